"""Language tags as the record wants them: ISO 639-1.

Feeds, sitemaps, ``<html lang>`` and JSON-LD write ``ar-SA``, ``en_US``, ``zh-Hans`` or ``ara``;
discovery and extraction both normalise through this one function.
"""
from __future__ import annotations

import re

_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_ISO639_2_TO_1 = {"ara": "ar", "urd": "ur", "hin": "hi", "fas": "fa", "per": "fa", "ukr": "uk", "rus": "ru",
                  "zho": "zh", "chi": "zh", "tur": "tr", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de",
                  "eng": "en", "spa": "es", "por": "pt", "ita": "it", "nld": "nl", "dut": "nl", "pol": "pl",
                  "ell": "el", "gre": "el", "ben": "bn", "jpn": "ja", "kor": "ko", "ind": "id", "heb": "he"}


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
