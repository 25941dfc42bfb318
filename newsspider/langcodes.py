"""Language tags as the record wants them: ISO 639-1.

Feeds, sitemaps, ``<html lang>`` and JSON-LD write ``ar-SA``, ``en_US``, ``zh-Hans`` or ``ara``;
discovery and extraction both normalise through this one function.
"""
from __future__ import annotations

import re

# Languages whose news is published in two scripts under one code (Serbian and Bosnian in Cyrillic
# and Latin, Chinese in simplified and traditional characters, Uzbek, Kazakh and Azerbaijani in
# Latin and Cyrillic or Arabic, Kurdish, Punjabi and Sindhi in Arabic and another script,
# Mongolian in Cyrillic and its own): two texts of such a language may be one text transliterated.
TWO_SCRIPT_LANGUAGES = frozenset({"sr", "bs", "zh", "uz", "kk", "az", "ku", "pa", "sd", "mn"})
_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
# ISO 639-2 (bibliographic and terminology) and 639-3 codes of languages that have a 639-1 code.
_ISO639_2_TO_1 = {
    "afr": "af", "alb": "sq", "sqi": "sq", "amh": "am", "ara": "ar", "arm": "hy", "hye": "hy", "asm": "as",
    "aze": "az", "baq": "eu", "eus": "eu", "bel": "be", "ben": "bn", "bos": "bs", "bre": "br", "bul": "bg",
    "bur": "my", "mya": "my", "cat": "ca", "ces": "cs", "cze": "cs", "chi": "zh", "zho": "zh", "cym": "cy",
    "wel": "cy", "dan": "da", "deu": "de", "ger": "de", "dut": "nl", "nld": "nl", "ell": "el", "gre": "el",
    "eng": "en", "epo": "eo", "est": "et", "fao": "fo", "fas": "fa", "per": "fa", "fin": "fi", "fra": "fr",
    "fre": "fr", "fry": "fy", "geo": "ka", "kat": "ka", "gla": "gd", "gle": "ga", "glg": "gl", "grn": "gn",
    "guj": "gu", "hat": "ht", "hau": "ha", "heb": "he", "hin": "hi", "hrv": "hr", "hun": "hu", "ibo": "ig",
    "ice": "is", "isl": "is", "ind": "id", "ita": "it", "jav": "jv", "jpn": "ja", "kan": "kn", "kaz": "kk",
    "khm": "km", "kin": "rw", "kir": "ky", "kor": "ko", "kur": "ku", "lao": "lo", "lat": "la", "lav": "lv",
    "lit": "lt", "ltz": "lb", "mac": "mk", "mkd": "mk", "mal": "ml", "mao": "mi", "mri": "mi", "mar": "mr",
    "may": "ms", "msa": "ms", "mlg": "mg", "mlt": "mt", "mon": "mn", "nep": "ne", "nno": "nn", "nob": "nb",
    "nor": "no", "oci": "oc", "ori": "or", "pan": "pa", "pol": "pl", "por": "pt", "pus": "ps", "que": "qu",
    "roh": "rm", "rum": "ro", "ron": "ro", "rus": "ru", "sin": "si", "slo": "sk", "slk": "sk", "slv": "sl",
    "sme": "se", "snd": "sd", "som": "so", "spa": "es", "srp": "sr", "swa": "sw", "swe": "sv", "tam": "ta",
    "tat": "tt", "tel": "te", "tgk": "tg", "tgl": "tl", "tha": "th", "tib": "bo", "bod": "bo", "tir": "ti",
    "tuk": "tk", "tur": "tr", "uig": "ug", "ukr": "uk", "urd": "ur", "uzb": "uz", "vie": "vi", "vol": "vo",
    "wln": "wa", "xho": "xh", "yid": "yi", "yor": "yo", "zul": "zu",
    # Languages the detector or the script table names that the list above left out.
    "arg": "an", "bak": "ba", "div": "dv", "dzo": "dz", "kas": "ks", "lin": "ln", "lug": "lg", "orm": "om",
    "san": "sa", "sna": "sn", "sot": "st",
    # Filipino, the national standard of Tagalog, has no code of its own in ISO 639-1.
    "fil": "tl",
}
# Individual languages of a macrolanguage that has a 639-1 code (ISO 639-3): the language
# detector names some (Wu and Cantonese Chinese, Egyptian and Moroccan Arabic), pages others.
_MACROLANGUAGE_MEMBERS = {
    "zh": ("cmn", "wuu", "yue", "nan", "hak", "gan", "hsn", "cdo", "cjy", "cpx", "czh", "lzh"),
    "ar": ("arb", "arz", "ary", "apc", "ajp", "acm", "aeb", "arq", "ars", "afb", "ayl", "acq", "apd", "shu"),
    "fa": ("pes", "prs"), "ms": ("zsm",), "uz": ("uzn", "uzs"), "ku": ("ckb", "kmr", "sdh"), "gn": ("gug",),
    "et": ("ekk",), "lv": ("lvs",), "az": ("azj", "azb"), "mn": ("khk",), "ne": ("npi",), "ps": ("pbt", "pbu"),
    "sw": ("swh",), "sq": ("als",), "mg": ("plt",), "or": ("ory",), "yi": ("ydd",), "qu": ("quz", "qug"),
}
_THREE_LETTER = {**_ISO639_2_TO_1, **{member: macro for macro, members in _MACROLANGUAGE_MEMBERS.items()
                                      for member in members}}
"""Every three-letter code read, to its ISO 639-1 code."""
# Withdrawn two-letter codes still in use: Hebrew, Indonesian, Yiddish, Javanese, Moldovan (Romanian).
_WITHDRAWN = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
# The ISO 639-1 codes CLDR keys its data by another code: Tagalog's under Filipino, its standard form.
_CLDR_KEYS = {"tl": "fil"}


def normalize_language(code: str | None) -> str | None:
    """Map a language tag (``ar-SA``, ``en_US``, ``ara``, ``zh-Hans``, ``yue``) to ISO 639-1 (an
    individual language to its macrolanguage: Cantonese and Wu are Chinese), or None."""
    if not code:
        return None
    match = _CODE.match(str(code))
    if not match:
        return None
    primary = match.group(1).lower()
    if len(primary) == 3:
        return _THREE_LETTER.get(primary)
    return _WITHDRAWN.get(primary, primary)


def cldr_language(tag: str) -> str:
    """A page's language tag as CLDR's data is keyed (:func:`normalize_language`: "en-GB" -> "en",
    "zsm" -> "ms"), else the tag's lower-cased first subtag: a language ISO 639-1 has no code for ("haw",
    Hawaiian) still has CLDR's data; "tl" is CLDR's "fil" (:data:`_CLDR_KEYS`)."""
    code = normalize_language(tag) or tag.replace("_", "-").split("-")[0].lower()
    return _CLDR_KEYS.get(code, code)
