"""Does the not-an-article decision depend on the page's script? The same real pages, their text
rewritten in scripts we have no pages for, must be decided as in the script they were written in.

Every page of bench.article_keep's sets (real article pages: htmldate-dev, fundus-dev, the
article-extraction benchmark, trafilatura's and newspaper4k's test pages) is made into a variant
of bench.article_keep (``undeclared`` by default: what the page says about itself removed, so the
decision rests on its text) and then rewritten: every text node (and the title, description and
JSON-LD texts) has each of its words replaced by a word of the target script carrying about as
much text, the same word always by the same one (a link's text stays the line it is), the markup,
links, headings and digits kept, and the sentence punctuation that script writes:

``zh``  Chinese: a word of n letters becomes ceil(n/3) ideographs, no spaces, 。，？！：
``ja``  Japanese: kana and ideographs, ceil(n/2) a word, no spaces, 。、？！
``ko``  Korean: Hangul syllables, ceil(n/2) a word, spaces and Latin punctuation kept
``th``  Thai: letters with vowel marks, no spaces inside a sentence, no sentence mark at all
        (a space between sentences), as Thai writes
``hi``  Hindi: Devanagari syllables (a consonant and a vowel sign: words end in combining marks), । ends a sentence
``bn``  Bengali: the same in Bengali script, । ends a sentence
``my``  Burmese: Myanmar syllables, no spaces inside a phrase, ။ and ၊
``ar``  Arabic: Arabic letters, ؟ and ،
``el``  Greek: Greek letters, ; for a question
``ru``  Russian: Cyrillic letters
``pl``  Polish: Latin letters with Polish diacritics (ą ę ł ś ż ź ć ń ó)

and, with ``--scripts more`` (or ``all``), further scripts and languages, each in its own typography:

``he``  Hebrew: Hebrew letters, final forms at a word's end (ך ם ן ף ץ), Latin punctuation
``fa``  Persian: Persian letters (پ چ ژ گ ک ی), a zero-width non-joiner inside some words
        ("می‌روند"), Persian digits (۰-۹), ، ؛ ؟
``ur``  Urdu: Urdu letters (ٹ ڈ ڑ ں ھ ے), ۔ ends a sentence, ، ؛ ؟
``ka``  Georgian: Mkhedruli letters (no case), Latin punctuation
``hy``  Armenian: Armenian letters (cased), ։ ends every sentence (a question's mark stands inside it)
``hyc`` Armenian as many pages type it: ":" for the full stop ։
``am``  Amharic: Ethiopic syllables, ceil(n/2) a word, ። ends a sentence, ፣ ፤ ፧
``ta``  Tamil, ``te`` Telugu, ``ml`` Malayalam, ``si`` Sinhala, ``gu`` Gujarati: syllables of their
        script (words end in vowel signs or a virama), "." ends a sentence
``pa``  Punjabi: Gurmukhi syllables, । ends a sentence
``mr``  Marathi: Devanagari syllables and digits, "." ends a sentence (as Marathi writes)
``ne``  Nepali: Devanagari syllables and digits, । ends a sentence
``km``  Khmer: Khmer syllables, no spaces inside a phrase, a space for a comma, ។ ends a sentence
``lo``  Lao: as Thai: no spaces inside a sentence, no sentence mark (a space between sentences)
``bo``  Tibetan: syllables each closed by a tsheg (་), no spaces, ། (shad) ends a clause and a
        sentence, a space after it
``vi``  Vietnamese: Latin syllables with Vietnamese diacritics and tones, ceil(n/4) a word, a
        space between syllables
``tr``  Turkish: Turkish letters (ç ğ ı İ ö ş ü)
``uk``  Ukrainian, ``sr`` Serbian, ``mn`` Mongolian: their Cyrillic alphabets (і ї є ґ; ђ ј љ њ ћ џ; ө ү)

For each script it prints how many pages were decided otherwise than the page in its own script
(emitted there, dropped here: with the reasons), and how many of the ``listing`` variant (a section
page from the same template, bench.article_keep) are emitted in that script (should be 0).

What it cannot tell apart: the words are made up, so trafilatura's jusText fallback (which finds
paragraphs by the stop words of the languages it knows) finds nothing in any script, where a real
Russian or Hindi page would give it its stop words; and a text near the minimum (200) may land on
either side of it (the words' lengths are kept only about). A ``too_little_text`` here is worth a
look, an ``index_page`` is the decision's.

    python -m bench.script_stress                              # tune split, every set, every script
    python -m bench.script_stress fundus --scripts zh,th --show  # list the pages decided otherwise
    python -m bench.script_stress --scripts more               # the further scripts
    python -m bench.script_stress --split test                 # once, at the end
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import unicodedata
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import article_keep  # noqa: E402

SCRIPTS = ("zh", "ja", "ko", "th", "hi", "bn", "my", "ar", "el", "ru", "pl")
MORE_SCRIPTS = ("he", "fa", "ur", "ka", "hy", "hyc", "am", "ta", "te", "ml", "si", "gu", "pa", "mr", "ne", "km", "lo",
                "bo", "vi", "tr", "uk", "sr", "mn")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SKIP = {"script", "style", "noscript", "code", "pre", "template"}
_JSONLD_TEXTS = {"headline", "name", "description", "articleBody", "alternativeHeadline", "text", "caption",
                 "articleSection", "keywords", "abstract"}
_META_TEXTS = {"og:title", "twitter:title", "title", "description", "og:description", "twitter:description",
               "keywords", "news_keywords"}


def _pick(seed: int, alphabet: str, n: int) -> str:
    """n characters of ``alphabet`` chosen by ``seed`` (the same word, the same characters)."""
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345 + i) & 0x7FFFFFFF
        out.append(alphabet[seed % len(alphabet)])
    return "".join(out)


def _range(low: int, high: int) -> str:
    return "".join(chr(c) for c in range(low, high + 1))


_HAN = _range(0x4E00, 0x4FFF) + _range(0x5000, 0x5FFF)
_KANA = _range(0x3042, 0x3093) + _range(0x30A2, 0x30F3)
_HANGUL = _range(0xAC00, 0xB7FF)
_THAI_CONS = _range(0x0E01, 0x0E2E)
_THAI_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e48\u0e49"
_DEVA_CONS = _range(0x0915, 0x0939)
_DEVA_SIGNS = "\u093e\u093f\u0940\u0941\u0942\u0947\u0948\u094b\u094c\u0902"
_BENG_CONS = _range(0x0995, 0x09A8) + _range(0x09AA, 0x09B0)
_BENG_SIGNS = "\u09be\u09bf\u09c0\u09c1\u09c2\u09c7\u09c8\u09cb\u09cc\u0982"
_MYAN_CONS = _range(0x1000, 0x1020)
_MYAN_SIGNS = "\u102b\u102c\u102d\u102e\u102f\u1030\u1031\u1032\u1036\u1037\u1038"
_ARABIC = _range(0x0627, 0x063A) + _range(0x0641, 0x064A)
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_GREEK = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя"
_POLISH = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż"
_HEBREW = "אבגדהוזחטיכלמנסעפצקרשת"
_HEBREW_FINAL = dict(zip("כמנפצ", "ךםןףץ", strict=True))
_PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_URDU = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھیے"
_GEORGIAN = _range(0x10D0, 0x10F0)
_ARMENIAN = _range(0x0561, 0x0586)
_ETHIOPIC = "".join(chr(c) for c in range(0x1200, 0x1358) if unicodedata.category(chr(c)) == "Lo")
_TURKISH = "abcçdefgğhıijklmnoöprsştuüvyz"
_UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_SERBIAN = "абвгдђежзијклљмнњопрстћуфхцчџш"
_MONGOLIAN = "абвгдеёжзийклмноөпрстуүфхцчшыьэюя"
_CYRILLICS = {"ru": _CYRILLIC, "uk": _UKRAINIAN, "sr": _SERBIAN, "mn": _MONGOLIAN}
# Syllables of the Brahmic scripts: (consonants, vowel signs, virama and the like).
_SYLLABLES = {
    "hi": (_DEVA_CONS, _DEVA_SIGNS), "mr": (_DEVA_CONS, _DEVA_SIGNS), "ne": (_DEVA_CONS, _DEVA_SIGNS + "\u094d"),
    "bn": (_BENG_CONS, _BENG_SIGNS),
    "my": (_MYAN_CONS, _MYAN_SIGNS),
    "th": (_THAI_CONS, _THAI_MARKS),
    "lo": ("ກຂຄງຈຊຍດຕຖທນບປຜຝພຟມຢຣລວສຫອຮ", "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0ec8\u0ec9"),
    "km": (_range(0x1780, 0x17A2), _range(0x17B6, 0x17C5)),
    "ta": ("கஙசஜஞடணதநனபமயரறலளழவஷஸஹ", _range(0x0BBE, 0x0BC2) + "\u0bc6\u0bc7\u0bc8\u0bca\u0bcb\u0bcc\u0bcd"),
    "te": ("".join(c for c in _range(0x0C15, 0x0C39) if unicodedata.category(c) == "Lo"),
           _range(0x0C3E, 0x0C44) + "\u0c46\u0c47\u0c48\u0c4a\u0c4b\u0c4c\u0c4d\u0c02"),
    "ml": (_range(0x0D15, 0x0D39), _range(0x0D3E, 0x0D43) + "\u0d46\u0d47\u0d48\u0d4a\u0d4b\u0d4c\u0d4d\u0d02"),
    "si": ("".join(c for c in _range(0x0D9A, 0x0DC6) if unicodedata.category(c) == "Lo"),
           "\u0dca\u0dcf\u0dd0\u0dd1\u0dd2\u0dd3\u0dd4\u0dd6\u0dd8\u0dd9\u0dda\u0ddc\u0d82"),
    "gu": ("".join(c for c in _range(0x0A95, 0x0AB9) if unicodedata.category(c) == "Lo"),
           _range(0x0ABE, 0x0AC5) + "\u0ac7\u0ac8\u0acb\u0acc\u0a82"),
    "pa": ("".join(c for c in _range(0x0A15, 0x0A39) if unicodedata.category(c) == "Lo"),
           "\u0a3e\u0a3f\u0a40\u0a41\u0a42\u0a47\u0a48\u0a4b\u0a4c\u0a70\u0a02"),
}
_TIBETAN_CONS = "".join(c for c in _range(0x0F40, 0x0F69) if unicodedata.category(c) == "Lo")
_TIBETAN_SIGNS = "\u0f72\u0f74\u0f7a\u0f7c"
_TSHEG, _SHAD = "\u0f0b", "\u0f0d"
_VI_ONSETS = ("b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", "ch", "nh", "ng",
              "th", "tr", "ph", "kh", "gi", "")
_VI_VOWELS = "aàáảãạâầấẩẫậăằắẳẵặeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VI_CODAS = ("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u")

# What each script writes for Latin's sentence and clause marks.
_MARKS = {
    "zh": {".": "。", ",": "，", "?": "？", "!": "！", ":": "：", ";": "；"},
    "ja": {".": "。", ",": "、", "?": "？", "!": "！", ":": "："},
    "th": {".": " ", ",": " ", "?": " ", "!": " ", ";": " "},
    "hi": {".": "।"},
    "bn": {".": "।"},
    "my": {".": "။", ",": "၊"},
    "ar": {"?": "؟", ",": "،", ";": "؛"},
    "el": {"?": ";"},
    "fa": {"?": "؟", ",": "،", ";": "؛"},
    "ur": {".": "۔", "?": "؟", ",": "،", ";": "؛"},
    "hy": {".": "։", "?": "։", "!": "։"},
    "hyc": {".": ":", "?": ":", "!": ":"},
    "am": {".": "።", ",": "፣", ";": "፤", "?": "፧", ":": "፥"},
    "pa": {".": "।"},
    "ne": {".": "।"},
    "km": {".": "។", ",": " "},
    "lo": {".": " ", ",": " ", "?": " ", "!": " ", ";": " "},
    "bo": {".": _SHAD, ",": _SHAD, "?": _SHAD, "!": _SHAD, ";": _SHAD},
}
# Scripts written without spaces between words (a space stays only between sentences, or before a digit or mark).
_UNSPACED = {"zh", "ja", "th", "my", "lo", "km", "bo"}
# Where a further script writes no space: between two characters of its own block (not at its sentence
# marks, after which a space stays); the first scripts join any two non-ASCII characters.
_JOINED = {"lo": "\u0e80-\u0eff", "km": "\u1780-\u17d3", "bo": "\u0f40-\u0fbc\u0f0b"}
# Scripts that end a sentence (or a clause) with a space, or write one in a mark's place: that one stays.
_SPACE_MARKS = {"th", "lo", "km"}
# Scripts that write their own digits.
_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "mr": "०१२३४५६७८९", "ne": "०१२३४५६७८९"}
_CASED = {"el", "ru", "pl", "hy", "hyc", "tr", "uk", "sr", "mn", "vi"}


def _syllables(seed: int, consonants: str, signs: str, n: int) -> str:
    """n syllables, each a consonant and (mostly) a vowel sign: words that end in combining marks."""
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345 + i) & 0x7FFFFFFF
        out.append(consonants[seed % len(consonants)])
        if seed % 5:
            out.append(signs[(seed >> 8) % len(signs)])
    return "".join(out)


def word_in(script: str, word: str) -> str:
    """``word`` (letters) as a word of ``script`` carrying about as much text."""
    seed = zlib.crc32(word.casefold().encode("utf-8"))
    n = len(word)
    upper = word[:1].isupper()
    if script == "zh":
        return _pick(seed, _HAN, math.ceil(n / 3))
    if script == "ja":
        return _pick(seed, _HAN if seed % 3 == 0 else _KANA, math.ceil(n / 2))
    if script == "ko":
        return _pick(seed, _HANGUL, math.ceil(n / 2))
    if script in _SYLLABLES:
        return _syllables(seed, *_SYLLABLES[script], math.ceil(n / 2))
    if script == "am":  # an Ethiopic character writes a syllable
        return _pick(seed, _ETHIOPIC, math.ceil(n / 2))
    if script == "bo":  # syllables of two or three letters, each closed by a tsheg
        return "".join(_syllables(seed + k, _TIBETAN_CONS, _TIBETAN_SIGNS, 1 + (seed >> k) % 2) + _TSHEG
                       for k in range(math.ceil(n / 3)))
    if script == "vi":  # short syllables, a space between them
        out = " ".join(_vietnamese_syllable(seed + k) for k in range(math.ceil(n / 4)))
    elif script == "pl":  # the word's own letters, some of them with their diacritics
        swap = dict(zip("acelnoszz", "ąćęłńóśźż", strict=True))
        out = "".join(swap.get(c, c) if (seed >> (i % 24)) & 1 else c for i, c in enumerate(word.lower()))
    elif script == "he":
        out = _pick(seed, _HEBREW, n)
        out = out[:-1] + _HEBREW_FINAL.get(out[-1], out[-1])
    elif script == "fa":  # a zero-width non-joiner after a prefix or before a suffix ("می‌روند", "کتاب‌ها")
        out = _pick(seed, _PERSIAN, n)
        if n >= 5 and seed % 4 == 0:
            out = out[:2] + "\u200c" + out[2:]
    else:
        alphabet = {"ar": _ARABIC, "el": _GREEK, "ur": _URDU, "ka": _GEORGIAN, "hy": _ARMENIAN, "hyc": _ARMENIAN, "tr": _TURKISH,
                    **_CYRILLICS}[script]
        out = _pick(seed, alphabet, n)
    if not (upper and script in _CASED):
        return out
    first = {"i": "İ", "ı": "I"}.get(out[0], out[0].upper()) if script == "tr" else out[0].upper()
    return first + out[1:]


def _vietnamese_syllable(seed: int) -> str:
    """An onset, a vowel with its tone mark, maybe a coda: a Vietnamese syllable's shape."""
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (_VI_ONSETS[seed % len(_VI_ONSETS)] + _VI_VOWELS[(seed >> 5) % len(_VI_VOWELS)]
            + _VI_CODAS[(seed >> 12) % len(_VI_CODAS)])


def rewrite(text: str, script: str) -> str:
    """``text`` with every word in ``script``, and that script's spacing and marks."""
    if not text:
        return text
    marks = _MARKS.get(script, {})
    out = _WORD.sub(lambda m: word_in(script, m.group()), text)
    if marks:
        out = "".join(marks.get(c, c) for c in out)
    if script in _DIGITS:
        out = out.translate(str.maketrans("0123456789", _DIGITS[script]))
    if script in _UNSPACED:  # no space between two of its words (Thai: one between sentences stays)
        letter = f"[{_JOINED[script]}]" if script in _JOINED else r"[^\s\x00-\x7f]"  # a letter or mark of the script
        if script in _SPACE_MARKS:  # a sentence's or clause's mark became a space: that one stays
            out = out.replace("  ", "\x00")
        out = re.sub(f"(?<={letter}) (?={letter})", "", out).replace("\x00", " ")
        out = re.sub("(?<=[。，？！：；、]) +", "", out)
        if script == "bo":  # no tsheg before a shad (but after ང), and a space after the shad
            out = re.sub(f"(?<!\u0f44){_TSHEG}{_SHAD}", _SHAD, out)
            out = re.sub(f"{_SHAD}(?=\\S)", f"{_SHAD} ", out)
    return out


def rewrite_tree(tree, script: str) -> None:
    """Every text of the page (not its scripts, styles, attributes or addresses) in ``script``."""
    for element in tree.iter():
        if not isinstance(element.tag, str):  # comment, processing instruction: its tail only
            element.tail = rewrite(element.tail or "", script) or element.tail
            continue
        tag = element.tag.lower()
        if tag == "script" and (element.get("type") or "").strip().lower() == "application/ld+json":
            try:
                element.text = json.dumps(_rewrite_jsonld(json.loads(element.text or ""), script), ensure_ascii=False)
            except ValueError:
                pass
        elif tag == "meta":
            key = (element.get("property") or element.get("name") or "").strip().lower()
            if key in _META_TEXTS and element.get("content"):
                element.set("content", rewrite(element.get("content"), script))
        elif tag not in _SKIP and element.text:
            element.text = rewrite(element.text, script)
        if element.tail:
            element.tail = rewrite(element.tail, script)
        if tag == "img" and element.get("alt"):
            element.set("alt", rewrite(element.get("alt"), script))


def _rewrite_jsonld(node, script: str):
    if isinstance(node, dict):
        return {key: rewrite(value, script) if key in _JSONLD_TEXTS and isinstance(value, str)
                else _rewrite_jsonld(value, script) for key, value in node.items()}
    if isinstance(node, list):
        return [_rewrite_jsonld(value, script) for value in node]
    return node


def _job(job: tuple[str, bytes, str, str, list]) -> tuple[str, str]:
    """(outcome, page type) of one page in one variant and script ("" for its own)."""
    url, raw, kind, script, others = job
    from lxml.html import tostring

    from newsspider.extract.article import extract_article
    from newsspider.extract.cleaning import clean_text
    from newsspider.extract.parse import parse_html

    html = article_keep.variant(article_keep._decode(raw, url), url, kind, others)
    if script:
        tree = parse_html(html)
        if tree is None:
            return "unparseable", ""
        rewrite_tree(tree, script)
        html = tostring(tree, encoding="unicode")
    extraction = extract_article(html, url)
    if extraction.article is None:
        return extraction.reason or "?", ""
    article = extraction.article
    if not clean_text(article.text, title=article.title, site_name=article.site_name).text.strip():
        return "only_boilerplate", article.page_type
    return "emitted", article.page_type


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=list(article_keep.SETS))
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--scripts", default=",".join(SCRIPTS), help="comma-separated, or 'more' or 'all'")
    parser.add_argument("--variant", default="undeclared", choices=[v for v in article_keep.VARIANTS if v != "listing"])
    parser.add_argument("--no-listing", action="store_true", help="skip the listing variant")
    parser.add_argument("--show", action="store_true", help="list the pages decided otherwise")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    named = {"more": ",".join(MORE_SCRIPTS), "all": ",".join(SCRIPTS + MORE_SCRIPTS)}
    scripts = [s for s in named.get(args.scripts, args.scripts).split(",") if s]
    kinds = [args.variant] + ([] if args.no_listing else ["listing"])
    started = time.monotonic()
    totals: Counter = Counter()
    with ProcessPoolExecutor(args.workers) as pool:
        for name in args.sets:
            every = article_keep.load(name)
            entries = list(pool.map(article_keep._page_entry, [(p["url"], p["html"]) for p in every], chunksize=8))
            pool_entries = [(title, blurb, p["url"]) for p, (title, blurb) in zip(every, entries, strict=True)
                            if title and blurb]
            pages = [p for p in every if args.split in ("all", p["split"])]
            print(f"\n== {name}: {len(pages)} pages ({args.split}), variant {args.variant}", flush=True)
            for kind in kinds:
                jobs_of: dict[str, list] = {}
                for script in ["", *scripts]:
                    jobs = []
                    for p in pages:
                        others = [e for e in pool_entries if e[2] != p["url"]][: article_keep.GRID_TEASERS + article_keep.RELATED_HEADINGS]
                        jobs.append((p["url"], p["html"], kind, script, others))
                    jobs_of[script] = list(pool.map(_job, jobs, chunksize=4))
                own = jobs_of[""]
                own_emitted = sum(outcome == "emitted" for outcome, _ in own)
                print(f"  {kind:<10} own script: emitted {own_emitted}/{len(pages)}"
                      f" {dict(Counter(o for o, _ in own if o != 'emitted'))}", flush=True)
                for script in scripts:
                    results = jobs_of[script]
                    emitted = sum(outcome == "emitted" for outcome, _ in results)
                    if kind == "listing":
                        print(f"    {script:<3} emitted {emitted}/{len(pages)} (should be 0)")
                        totals[f"listing emitted {script}"] += emitted
                        for p, (o0, _), (outcome, ptype) in zip(pages, own, results, strict=True):
                            if args.show and outcome == "emitted" and o0 != "emitted":
                                print(f"      {o0} -> emitted/{ptype}  {p['id'][:24]:<24} {p['url'][:80]}")
                        continue
                    lost = Counter(outcome for (o0, _), (outcome, _) in zip(own, results, strict=True)
                                   if o0 == "emitted" and outcome != "emitted")
                    gained = sum(o0 != "emitted" and outcome == "emitted"
                                 for (o0, _), (outcome, _) in zip(own, results, strict=True))
                    types = Counter(t for _, t in results if t)
                    print(f"    {script:<3} emitted {emitted}/{len(pages)} lost {sum(lost.values())} {dict(lost)}"
                          f" gained {gained}  page types {dict(sorted(types.items()))}", flush=True)
                    totals[f"lost {script}"] += sum(lost.values())
                    if args.show:
                        for p, (o0, t0), (outcome, ptype) in zip(pages, own, results, strict=True):
                            if (o0 == "emitted") != (outcome == "emitted"):
                                print(f"      {o0}/{t0} -> {outcome}/{ptype}  {p['id'][:24]:<24} {p['url'][:80]}")
    print("\n== totals: " + ", ".join(f"{key} {value}" for key, value in sorted(totals.items())))
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
