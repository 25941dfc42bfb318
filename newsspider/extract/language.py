"""Article language and writing direction.

The text detector (py3langid, model shipped in the package) is right far more often than page
markup, which is often a CMS default (``<html lang="en">`` on an Arabic site). So a confident
text detection wins; otherwise the hints (page, sitemap/feed, source) decide.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from newsspider.extract.langid_model import LanguageModel
from newsspider.extract.options import ExtractOptions
from newsspider.langcodes import normalize_language

# The blocks Unicode reserves for scripts written right to left (DerivedBidiClass.txt: R and AL by default; every
# letter in them is R or AL, no letter outside): Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and
# their supplements and presentation forms, and in the supplementary planes Adlam, Hanifi Rohingya, Mende Kikakui.
_RTL_RANGES = (
    (0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF),
    (0x10800, 0x10FFF), (0x1E800, 0x1EFFF),
)
_RTL_CHAR = re.compile("[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _RTL_RANGES) + "]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LETTERS = re.compile(r"[\W\d_]+")  # a run of characters that are no letter: _LETTER's complement
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv", "ku", "ks"})
SAMPLE_CHARS = 3000
# The detector's cost grows with the text (a pass over its bytes) while its answer on running
# text is settled long before: the detector reads the first DETECT_CHARS characters. 400, 600 and
# 1,200 gave the same language on all 974 pages of the extraction benchmark and the multilingual
# test pages.
DETECT_CHARS = 600
# Letters of the Latin script (its basic, supplement, extended and additional blocks) and of any other.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
# A hint is ruled out by the text when the detector finds its language less than this share as
# probable as its own guess (a guess it is not sure of: a sure one wins anyway).
HINT_MIN_SHARE = 0.01
# Languages whose writing is not Latin; a hint naming a language of another script than the
# text's is impossible (an ``<html lang="en">`` template around Chinese text) and is ignored.
_SCRIPT_LANGUAGES = {
    "ARABIC": {"ar", "fa", "ur", "ps", "sd", "ug", "ku", "ks", "pa"},  # Punjabi's Shahmukhi too (CLDR's pa_Arab)
    "CYRILLIC": {"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"},
    "DEVANAGARI": {"hi", "mr", "ne", "sa"},
    "CJK": {"zh", "ja"}, "HIRAGANA": {"ja"}, "KATAKANA": {"ja"}, "HANGUL": {"ko"},
    "GREEK": {"el"}, "HEBREW": {"he", "yi"}, "BENGALI": {"bn", "as"}, "THAI": {"th"},
    "TAMIL": {"ta"}, "TELUGU": {"te"}, "KANNADA": {"kn"}, "MALAYALAM": {"ml"}, "GUJARATI": {"gu"},
    "GURMUKHI": {"pa"}, "ORIYA": {"or"}, "SINHALA": {"si"}, "MYANMAR": {"my"}, "KHMER": {"km"}, "LAO": {"lo"},
    "GEORGIAN": {"ka"}, "ARMENIAN": {"hy"}, "ETHIOPIC": {"am", "ti"}, "TIBETAN": {"bo", "dz"}, "THAANA": {"dv"},
}
# ... and of those, the languages written in the Latin script too: Serbian in both scripts alike,
# Kurmanji Kurdish in Latin, Kazakh moving to Latin (a "sr-Latn" page is Serbian, not impossible).
_ALSO_LATIN = frozenset({"sr", "ku", "kk"})
_NON_LATIN = set().union(*_SCRIPT_LANGUAGES.values()) - _ALSO_LATIN
# Close relatives the detector tells apart by a few spellings, confidently and often wrongly on a
# short text: where the page declares one of them, the page knows which it is (a CMS default is
# "en", not the neighbour's language). Punjabi in Shahmukhi reads as Urdu to a detector that
# learnt Punjabi in Gurmukhi: a page declaring Punjabi in the Arabic script is Punjabi.
_RELATIVES = ({"da", "no", "nb", "nn"}, {"hr", "sr", "bs", "sh"}, {"id", "ms"}, {"cs", "sk"}, {"gl", "pt"}, {"ur", "pa"})
_RELATIVE = {code: group for group in _RELATIVES for code in group}
# Serbian, Croatian and Bosnian differ most visibly in one sound: the old yat is written "e" in the
# Serbian of Serbia (ekavian: "gde", "mesto", "dete") and "ije"/"je" in the Croatian and Bosnian
# standards (ijekavian: "gdje", "mjesto", "dijete"). The detector, whose Serbian is Cyrillic, takes
# Latin ekavian text for Bosnian or Croatian; a text writing these words only the ekavian way is
# Serbian. Words that read the same in both (or as another word: "veće", "video"; "svet", "sveta",
# "svetu", the world in Serbian, are "holy" in Croatian and Bosnian: "svetu misu") are not listed.
_EKAVIAN = frozenset({"gde", "ovde", "negde", "pre", "posle", "dve", "uvek", "mesto", "mesta", "mestu", "dete",
                      "deca", "dece", "deo", "reč", "reči", "cena", "cene", "cenu",
                      "lepo", "reka", "reke", "vest", "vesti", "nedelja", "nedelje", "ceo", "cela", "celo",
                      "hteo", "pesma", "leto", "mera", "mere", "primer", "primera", "odeljenje", "vreme"})
_IJEKAVIAN = frozenset({"gdje", "ovdje", "negdje", "prije", "poslije", "dvije", "uvijek", "mjesto", "mjesta",
                        "mjestu", "dijete", "djeca", "djece", "dio", "riječ", "riječi", "svijet", "svijeta", "svijetu",
                        "cijena", "cijene", "cijenu", "lijepo", "rijeka", "rijeke", "vijest", "vijesti", "nedjelja",
                        "nedjelje", "cijeli", "cijela", "cijelo", "htio", "pjesma", "ljeto", "mjera", "mjere",
                        "primjer", "primjera", "odjeljenje", "vrijeme"})
EKAVIAN_MIN_WORDS = 2  # one word may be a quotation or a name; two make the text's own spelling
_YAT_READ = {"bs", "hr"}
_WORD = re.compile(r"[^\W\d_]+")
# A macrolanguage and its written standards: a page declaring Bokmål ("nb") names the Norwegian
# ("no") the detector found, and copies of one text on two sites keep one code.
_MACROLANGUAGE = {"nb": "no", "nn": "no"}


@functools.lru_cache(maxsize=1)
def _model() -> LanguageModel:
    return LanguageModel.shipped()


def warm_up() -> None:
    """Load the detector's model now (0.6 s of CPU where it is not cached yet, to decompress it;
    15 ms from the cache: see langid_model); see newsspider.worker_process."""
    _model()


def language_probabilities(text: str) -> dict[str, float]:
    """The detector's probability of each ISO 639-1 language for ``text`` (its labels without a
    639-1 code left out), a macrolanguage's with its members' (Chinese with Wu and Cantonese:
    the record names the macrolanguage, and a short Chinese text spreads over them); {} for
    too short a text."""
    sample = text[:DETECT_CHARS].strip()
    if len(sample.encode("utf-8")) < 24:  # bytes: a few CJK characters already say a lot
        return {}
    model = _model()
    probabilities: dict[str, float] = {}
    for code, probability in zip(_label_codes(), model.probabilities(sample).tolist(), strict=True):
        if code:
            probabilities[code] = probabilities.get(code, 0.0) + probability
    return probabilities


@functools.lru_cache(maxsize=1)
def _label_codes() -> tuple[str | None, ...]:
    return tuple(map(normalize_language, _model().labels))


def choose_language(text: str, hints: Iterable[str | None],
                    min_confidence: float = ExtractOptions.min_language_confidence) -> str | None:
    """Pick the article language: confident text detection (a language the detector has no model of
    where a hint declares one in the text's script: :func:`_declared_unmodelled`; a close relative of
    it where a hint declares one: :func:`_declared_relative`), else the majority of the hints the text
    does not rule out (:func:`_plausible_hints`), else the guess, if it can be written in the text's
    script (:func:`_written_in_script`).

    ``hints`` come in order of trust (page markup, sitemap/feed, source); ties go to the first.
    """
    hints = list(hints)  # read by more than one rule below
    probabilities, detected = _detection(text)
    confidence = probabilities.get(detected, 0.0) if detected else 0.0
    if detected in _YAT_READ and _ekavian(text):
        detected = "sr"  # a page declaring Bosnian or Croatian still has the last word (the hints below)
    if detected and confidence >= min_confidence:
        return _declared_unmodelled(hints, text) or _declared_relative(detected, hints, text) or detected
    script = dominant_script(text)
    plausible = _plausible_hints(hints, script, probabilities, detected, confidence)
    if detected in plausible:
        return detected
    if plausible:
        counts = Counter(plausible)
        return max(plausible, key=lambda code: (counts[code], -plausible.index(code)))
    return _written_in_script(detected, script)


def _written_in_script(guess: str | None, script: str | None) -> str | None:
    """An unsure guess, unless it names a language of another script than the text's and
    :data:`_SCRIPT_LANGUAGES` writes but one language in the text's script: then that language. The
    detector knows no language of some scripts (Thaana: it spreads Dhivehi thinly over Chinese,
    Korean, Amharic) and answers one it cannot be written in."""
    if guess is None or _fits_script(guess, script):
        return guess
    writers = _SCRIPT_LANGUAGES.get(script or "", set())
    return next(iter(writers)) if len(writers) == 1 else guess


def _ekavian(text: str) -> bool:
    """Whether ``text`` writes yat the ekavian way only (:data:`_EKAVIAN`): Serbian."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    return (sum(word in _EKAVIAN for word in words) >= EKAVIAN_MIN_WORDS
            and not any(word in _IJEKAVIAN for word in words))


def _detection(text: str) -> tuple[dict[str, float], str | None]:
    """The detector's probabilities and guess for ``text``. A guess in another script than the
    one holding most of the text's bytes (:func:`dominant_script`) is asked again of the text's
    lines in that script: the detector reads the start of the text, where lines of chrome in the
    site's script may outweigh the story."""
    probabilities = language_probabilities(text)
    detected = _guess(probabilities)
    written = dominant_script(text, by_bytes=True) if _mixed_scripts(text) else None
    if detected and written and not _fits_script(detected, written):
        own = _lines_in_script(text, written)
        probabilities = language_probabilities(own) if own else probabilities
        detected = _guess(probabilities) or detected
    return probabilities, detected


def _plausible_hints(hints: Iterable[str | None], script: str | None, probabilities: dict[str, float],
                     detected: str | None, confidence: float) -> list[str]:
    """The hints, normalised, that the text does not rule out. It rules out one of another script
    than the text's (an ``<html lang="en">`` template around Chinese), or of a language the
    detector knows and finds less than :data:`HINT_MIN_SHARE` as probable as its guess (that
    template around a short Spanish text the detector spreads over Spanish and its neighbours: a
    site-wide default, not the text's language), when that guess is in the text's script. A short
    text leaves every language it could be in plausible. ``script``: the text's (:func:`dominant_script`)."""
    judged = set(_label_codes()) if detected and _fits_script(detected, script) else set()
    return [code for code in map(normalize_language, hints) if code and _fits_script(code, script)
            and (code not in judged or probabilities.get(code, 0.0) >= HINT_MIN_SHARE * confidence)]


def _guess(probabilities: dict[str, float]) -> str | None:
    return max(probabilities, key=probabilities.__getitem__) if probabilities else None


def _declared_unmodelled(hints: list[str | None], text: str) -> str | None:
    """The first hint naming a language the detector has no model of (:func:`_unmodelled`: Tigrinya,
    Yiddish, Sindhi, Dhivehi, Tibetan, Kashmiri) that :data:`_SCRIPT_LANGUAGES` writes in the text's
    script: the detector can only answer a neighbour it knows in that script (Amharic for Tigrinya,
    Hebrew for Yiddish), so the page's word is the better one. Not in the Latin script, whose hundreds
    of languages a site-wide default may name wrongly; not from a tag whose script subtag names
    another script than the text's (``sd-Deva`` over Urdu, ``yi-Latn`` over Hebrew: it declares the
    site's other pages). Even where another hint names the detected neighbour: a platform without
    the language's locale writes the neighbour's (``he-IL`` on a Yiddish site), while naming an
    unmodelled language is a deliberate word. The text's script is read only where a hint names such
    a language (almost no page)."""
    declared = [tag for tag in hints if tag and normalize_language(tag) in _unmodelled()]
    if not declared:
        return None
    script = dominant_script(text)
    writers = _SCRIPT_LANGUAGES.get(script or "", set())
    return next((code for tag in declared if (code := normalize_language(tag)) in writers
                 and _script_subtag(tag) in (None, script)), None)


@functools.lru_cache(maxsize=1)
def _unmodelled() -> frozenset[str]:
    """The languages of :data:`_SCRIPT_LANGUAGES` the detector has no label for."""
    return frozenset(set().union(*_SCRIPT_LANGUAGES.values()) - set(_label_codes()))


def _declared_relative(detected: str, hints: Iterable[str | None], text: str) -> str | None:
    """The first hint naming a close relative of the detected language (Norwegian for Danish,
    Croatian for Serbian) that can be written in the text's script (Serbian in Cyrillic is no
    Croatian), unless a hint names the detected one itself (or its macrolanguage, or one of its
    standards: Bokmål for Norwegian)."""
    relatives = _RELATIVE.get(detected)
    if not relatives:
        return None
    script = dominant_script(text)
    if script != "LATIN":
        relatives = {code for code in relatives if _fits_script(code, script)}
    # a tag declaring its language in another script than the text's ("pa-Guru", "pa-IN" around Urdu)
    # declares the site's other pages, not this text; in Latin text a tag's likely script is no such
    # word ("sr-RS" is Cyrillic by CLDR, and Serbian sites write Latin under it)
    declared = [code for tag in hints if (code := normalize_language(tag))
                and (script == "LATIN" or declared_script(tag) in (None, script))]
    if any(detected in (code, _MACROLANGUAGE.get(code)) or code == _MACROLANGUAGE.get(detected) for code in declared):
        return None
    return next((code for code in declared if code in relatives), None)


# A language tag's language, script and region subtags (BCP 47: "pa-Arab-PK", "pa_IN", "sr-Latn").
_TAG_SUBTAGS = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?(?![A-Za-z0-9])")


@functools.lru_cache(maxsize=256)
def declared_script(tag: str) -> str | None:
    """The script a language tag says its language is written in, as :func:`dominant_script` names
    scripts: its script subtag ("pa-Guru", "pa-Arab-PK"), else CLDR's likely script of the language in
    the region it names (Babel's likely subtags: "pa-IN" Gurmukhi, "pa-PK" Arabic, "ur-IN" Arabic). None
    for a tag naming neither (a bare "pa" may be a Shahmukhi site's word), or a script by a name
    dominant_script does not give (Babel's "Traditional" for Hant)."""
    match = _TAG_SUBTAGS.match(tag)
    if match is None or not (match[2] or match[3]):
        return None
    from babel import Locale  # paid only where a page declares a script or region
    from babel.core import get_global

    script = match[2]
    if script is None:  # CLDR leaves out what its algorithm derives: the language's own region's script
        subtags = get_global("likely_subtags")
        language = match[1].lower()
        parts = (subtags.get(f"{language}_{match[3].upper()}") or subtags.get(language, "")).split("_")
        script = parts[1] if len(parts) == 3 else None
    name = Locale("en").scripts.get(script.title(), "").upper() if script else ""
    return name if name in _SCRIPT_LANGUAGES or name == "LATIN" else None


def _script_subtag(tag: str) -> str | None:
    """The script a language tag's own script subtag names ("sd-Deva", "yi-Latn"), as
    :func:`declared_script` names scripts; None for a tag without one. Not CLDR's likely script of a
    region: Sindhi in India is printed in the Arabic script as in Devanagari, whatever "sd-IN" likely is."""
    match = _TAG_SUBTAGS.match(tag)
    return declared_script(tag) if match is not None and match[2] else None


def dominant_script(text: str, *, by_bytes: bool = False) -> str | None:
    """The Unicode script name (``LATIN``, ``ARABIC``, ``CJK`` ...) of most letters in ``text``.

    ``by_bytes``: the script that holds most of its UTF-8 bytes (what the detector reads), marks
    and all: a Chinese character carries about as much as three Latin letters, and Devanagari
    vowel signs are marks, not letters. So a Chinese story under a line of Danish chrome, or a
    Hindi one above an English disclaimer, is written in its own script. Of scripts holding as
    many, the one met first.

    Each distinct character is counted once (``Counter``) and looked up once (:func:`_char_kind`):
    the text is asked by bytes when it has letters of two scripts (:func:`_detection`), where a
    first pass to find whether it has one script only would cost half the count again."""
    counts: dict[str, int] = {}
    kinds = _CHAR_KINDS
    for char, count in Counter(text[:SAMPLE_CHARS]).items():  # in the order first met
        kind = kinds.get(char) or _char_kind(char)
        script = kind[1] if by_bytes else kind[0]
        if script is not None:
            counts[script] = counts.get(script, 0) + (count * kind[2] if by_bytes else count)
    return max(counts, key=counts.__getitem__) if counts else None


# A character's script as a letter (None for any other), as a letter or mark, and its size in UTF-8;
# emptied when it holds MAX_CHAR_KINDS (hostile pages: a page of all of Unicode).
_CHAR_KINDS: dict[str, tuple[str | None, str | None, int]] = {}
MAX_CHAR_KINDS = 65_536


def letter_script(char: str) -> str | None:
    """The Unicode script of ``char`` when it is a letter, by the first word of its name (``LATIN``,
    ``CYRILLIC``, ``CJK``, ``HIRAGANA`` ...; ``UNKNOWN`` for a letter without a name), None for any
    other character."""
    return (_CHAR_KINDS.get(char) or _char_kind(char))[0]


def _char_kind(char: str) -> tuple[str | None, str | None, int]:
    """``char``'s entry of :data:`_CHAR_KINDS` (computed and kept)."""
    if len(_CHAR_KINDS) >= MAX_CHAR_KINDS:
        _CHAR_KINDS.clear()
    major = unicodedata.category(char)[0]
    script = unicodedata.name(char, "UNKNOWN").split(" ")[0] if major in "LM" else None
    size = len(char.encode("utf-8")) if script else 0  # a lone surrogate (no letter) has no UTF-8
    kind = _CHAR_KINDS[char] = (script if major == "L" else None, script, size)
    return kind


def _mixed_scripts(text: str) -> bool:
    """Whether ``text`` has letters of the Latin script and of another (most texts have one)."""
    sample = text[:SAMPLE_CHARS]
    return bool(_LATIN_LETTER.search(sample)) and bool(_OTHER_LETTER.search(sample))


def _lines_in_script(text: str, script: str | None) -> str:
    """The first lines of ``text`` written in ``script`` (:func:`dominant_script` by bytes), as many
    as the detector reads."""
    lines: list[str] = []
    size = 0
    for line in text.splitlines():
        if size >= DETECT_CHARS:
            break
        if line.strip() and dominant_script(line, by_bytes=True) == script:
            lines.append(line)
            size += len(line)
    return "\n".join(lines)


def _fits_script(language: str, script: str | None) -> bool:
    if script is None:
        return True
    if script == "LATIN":
        return language not in _NON_LATIN
    return language in _SCRIPT_LANGUAGES.get(script, {language})


def text_direction(text: str, language: str | None = None) -> str:
    """``rtl`` when most letters are of a script written right to left (:data:`_RTL_RANGES`: Arabic,
    Hebrew, Thaana, Syriac, N'Ko...), or, with no letters, for an RTL language."""
    sample = text[:SAMPLE_CHARS]
    if not _RTL_CHAR.search(sample):  # most text: one scan, no counting
        return "ltr" if _LETTER.search(sample) or language not in RTL_LANGUAGES else "rtl"
    # counted in C: the letters kept by one substitution, the right-to-left ones by the length another
    # takes off (a list of every letter, one string each, cost twice the time on an Arabic page)
    letters = _NON_LETTERS.sub("", sample)
    rtl = len(letters) - len(_RTL_CHAR.sub("", letters))
    other = len(letters) - rtl
    if rtl or other:
        return "rtl" if rtl > other else "ltr"
    return "rtl" if language in RTL_LANGUAGES else "ltr"
