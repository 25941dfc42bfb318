"""Article language and writing direction.

The text detector (py3langid, model shipped in the package) is right far more often than page
markup, which is often a CMS default (``<html lang="en">`` on an Arabic site). So a confident
text detection wins; otherwise the hints (page, sitemap/feed, source) decide.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

_RTL_RANGES = (
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF),  # Arabic, supplement, extended
    (0xFB1D, 0xFB4F),  # Hebrew presentation forms
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Arabic presentation forms
)
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv", "ku", "ks"})
_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_ISO639_2_TO_1 = {"ara": "ar", "urd": "ur", "hin": "hi", "fas": "fa", "per": "fa", "ukr": "uk", "rus": "ru",
                  "zho": "zh", "chi": "zh", "tur": "tr", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de",
                  "eng": "en", "spa": "es", "por": "pt", "ita": "it", "nld": "nl", "dut": "nl", "pol": "pl",
                  "ell": "el", "gre": "el", "ben": "bn", "jpn": "ja", "kor": "ko", "ind": "id", "heb": "he"}
SAMPLE_CHARS = 3000


def normalize_language(code: str | None) -> str | None:
    """Map a language tag (``ar-SA``, ``en_US``, ``ara``, ``zh-Hans``) to ISO 639-1, or None."""
    if not code:
        return None
    match = _CODE.match(str(code))
    if not match:
        return None
    primary = match.group(1).lower()
    if len(primary) == 3:
        return _ISO639_2_TO_1.get(primary)
    return "he" if primary == "iw" else primary


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_text_language(text: str) -> tuple[str | None, float]:
    """Detect the language of ``text``: (ISO 639-1 code, probability 0..1)."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < 20:
        return None, 0.0
    code, prob = _identifier().classify(sample)
    return normalize_language(code), float(prob)


def choose_language(text: str, hints: Iterable[str | None], min_confidence: float = 0.9) -> str | None:
    """Pick the article language: confident text detection, else the hints' majority, else the guess.

    ``hints`` come in order of trust (page markup, sitemap/feed, source); ties go to the first.
    """
    detected, confidence = detect_text_language(text)
    if detected and confidence >= min_confidence:
        return detected
    normalized = [code for code in map(normalize_language, hints) if code]
    if detected in normalized:
        return detected
    if normalized:
        counts = Counter(normalized)
        return max(normalized, key=lambda code: (counts[code], -normalized.index(code)))
    return detected


def text_direction(text: str, language: str | None = None) -> str:
    """``rtl`` when most letters are Arabic-script or Hebrew (or, with no letters, for an RTL language)."""
    rtl = other = 0
    for char in text[:SAMPLE_CHARS]:
        if not char.isalpha():
            continue
        point = ord(char)
        if any(low <= point <= high for low, high in _RTL_RANGES):
            rtl += 1
        else:
            other += 1
    if rtl or other:
        return "rtl" if rtl > other else "ltr"
    return "rtl" if language in RTL_LANGUAGES else "ltr"
