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
from newsspider.langcodes import normalize_language

_RTL_RANGES = (
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF),  # Arabic, supplement, extended
    (0xFB1D, 0xFB4F),  # Hebrew presentation forms
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Arabic presentation forms
)
_RTL_CHAR = re.compile("[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _RTL_RANGES) + "]")
_LETTER = re.compile(r"[^\W\d_]")
_RTL_LETTER = re.compile(r"(?=[^\W\d_])" + _RTL_CHAR.pattern)
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv", "ku", "ks"})
SAMPLE_CHARS = 3000
# The detector's cost grows with the text (a pass over its bytes) while its answer on running
# text is settled long before: the detector reads the first DETECT_CHARS characters. 400, 600 and
# 1,200 gave the same language on all 974 pages of the extraction benchmark and the multilingual
# test pages.
DETECT_CHARS = 600
# Languages whose writing is not Latin; a hint naming a language of another script than the
# text's is impossible (an ``<html lang="en">`` template around Chinese text) and is ignored.
_SCRIPT_LANGUAGES = {
    "ARABIC": {"ar", "fa", "ur", "ps", "sd", "ug", "ku", "ks"},
    "CYRILLIC": {"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"},
    "DEVANAGARI": {"hi", "mr", "ne", "sa"},
    "CJK": {"zh", "ja"}, "HIRAGANA": {"ja"}, "KATAKANA": {"ja"}, "HANGUL": {"ko"},
    "GREEK": {"el"}, "HEBREW": {"he", "yi"}, "BENGALI": {"bn", "as"}, "THAI": {"th"},
}
_NON_LATIN = set().union(*_SCRIPT_LANGUAGES.values())
# Close relatives the detector tells apart by a few spellings, confidently and often wrongly on a
# short text: where the page declares one of them, the page knows which it is (a CMS default is
# "en", not the neighbour's language).
_RELATIVES = ({"da", "no", "nb", "nn"}, {"hr", "sr", "bs", "sh"}, {"id", "ms"}, {"cs", "sk"}, {"gl", "pt"})
_RELATIVE = {code: group for group in _RELATIVES for code in group}
# A macrolanguage and its written standards: a page declaring Bokmål ("nb") names the Norwegian
# ("no") the detector found, and copies of one text on two sites keep one code.
_MACROLANGUAGE = {"nb": "no", "nn": "no"}


@functools.lru_cache(maxsize=1)
def _model() -> LanguageModel:
    return LanguageModel.shipped()


def warm_up() -> None:
    """Load the detector's model now (about 0.8 s: it is shipped LZMA-compressed); see
    newsspider.worker_process."""
    _model()


def detect_text_language(text: str) -> tuple[str | None, float]:
    """Detect the language of ``text``: (ISO 639-1 code, probability 0..1)."""
    sample = text[:DETECT_CHARS].strip()
    if len(sample.encode("utf-8")) < 24:  # bytes: a few CJK characters already say a lot
        return None, 0.0
    code, prob = _model().classify(sample)
    return normalize_language(code), float(prob)


def choose_language(text: str, hints: Iterable[str | None], min_confidence: float = 0.9) -> str | None:
    """Pick the article language: confident text detection (a close relative of it when a hint
    declares one: :func:`_declared_relative`), else the hints' majority, else the guess.

    ``hints`` come in order of trust (page markup, sitemap/feed, source); ties go to the first.
    """
    detected, confidence = detect_text_language(text)
    if detected and confidence >= min_confidence:
        return _declared_relative(detected, hints, text) or detected
    script = dominant_script(text)
    normalized = [code for code in map(normalize_language, hints) if code and _fits_script(code, script)]
    if detected in normalized:
        return detected
    if normalized:
        counts = Counter(normalized)
        return max(normalized, key=lambda code: (counts[code], -normalized.index(code)))
    return detected


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
    declared = [code for code in map(normalize_language, hints) if code]
    if any(detected in (code, _MACROLANGUAGE.get(code)) or code == _MACROLANGUAGE.get(detected) for code in declared):
        return None
    return next((code for code in declared if code in relatives), None)


def dominant_script(text: str) -> str | None:
    """The Unicode script name (``LATIN``, ``ARABIC``, ``CJK`` ...) of most letters in ``text``."""
    counts: Counter[str] = Counter()
    for char in text[:SAMPLE_CHARS]:
        if char.isalpha():
            counts[unicodedata.name(char, "UNKNOWN").split(" ")[0]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _fits_script(language: str, script: str | None) -> bool:
    if script is None:
        return True
    if script == "LATIN":
        return language not in _NON_LATIN
    return language in _SCRIPT_LANGUAGES.get(script, {language})


def text_direction(text: str, language: str | None = None) -> str:
    """``rtl`` when most letters are Arabic-script or Hebrew (or, with no letters, for an RTL language)."""
    sample = text[:SAMPLE_CHARS]
    if not _RTL_CHAR.search(sample):  # most text: one scan, no counting
        return "ltr" if _LETTER.search(sample) or language not in RTL_LANGUAGES else "rtl"
    rtl = len(_RTL_LETTER.findall(sample))
    other = len(_LETTER.findall(sample)) - rtl
    if rtl or other:
        return "rtl" if rtl > other else "ltr"
    return "rtl" if language in RTL_LANGUAGES else "ltr"
