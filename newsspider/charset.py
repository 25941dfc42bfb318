"""A fetched document's bytes as text, read by what the bytes are, not only by what is declared.

Servers and templates get charsets wrong in a few recurring ways: no charset anywhere, a header
(often the old HTTP default ISO-8859-1) contradicting the page's ``<meta charset>`` or a feed's XML
declaration, a ``<meta charset>`` past the first KB, ISO-8859-1 or a legacy label on a UTF-8 page,
a few stray cp1252 bytes pasted into a UTF-8 page. The rules, in order (``choose_charset``):

1. a byte order mark decides (UTF-8, UTF-16, UTF-32), else markup's first character beside
   NULs (UTF-16, UTF-32 without a BOM);
2. plain ASCII is ASCII (or ISO-2022-JP when it holds that charset's escape sequences);
3. bytes that are UTF-8, but for a few stray bytes, are UTF-8: legacy text practically never forms
   valid multi-byte UTF-8 sequences, while every "für" of a UTF-8 page read as Windows-1252 becomes
   "fÃ¼r"; the stray bytes are read in a legacy charset, not replaced;
4. a declared charset (the header's, the page's own ``<meta>``/XML declaration) is believed when
   the bytes decode under it and the text is plausible (charset_normalizer's mess measure); a
   header naming Windows-1252 (ISO-8859-1, the HTTP/1.1 default servers send without knowing)
   yields to the page's own, different declaration when that fits too;
5. otherwise the bytes' statistics (charset_normalizer), with the page's language (``<html lang>``,
   a feed's ``<language>``, the source's) proposing its legacy charsets first, as browsers fall back
   by locale.

Labels are read as WHATWG does (w3lib: ISO-8859-1 is Windows-1252, GB2312 is GBK/GB18030,
x-sjis is Shift_JIS, ks_c_5601-1987 is EUC-KR/CP949). Pages are decoded in the worker that extracts
them: decoding in the crawl process, then pickling the text to the worker, cost that process
~0.4 ms per page of its CPU, the crawl's narrowest resource; the bytes pickle as they are.
"""
from __future__ import annotations

import codecs
import functools
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from w3lib.encoding import http_content_type_encoding, resolve_encoding

HEAD_BYTES = 64 * 1024
"""How far into a document its ``<meta charset>`` is looked for (a head's inline scripts and styles
can push it past the 1024 bytes of the WHATWG prescan and the 4096 Scrapy reads)."""
SAMPLE_BYTES = 16 * 1024
"""Bytes of a document's text (markup removed) that its plausibility and detection are judged on."""
UTF8_MAJORITY = 4
"""Bytes are UTF-8 with stray bytes when their valid multi-byte characters outnumber their invalid
sequences this many times (legacy CJK text forms chance-valid sequences at most ~1 in 4)."""
MAX_CHAOS = 0.2
"""charset_normalizer's mess ratio above which a decoded text is implausible (its own default)."""

NOTHING_DECLARED = "it declares no charset"

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"<meta\b[^<>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']\s*([A-Za-z0-9_.:+-]+)", re.IGNORECASE)
_LANGUAGE = re.compile(rb"<(?:html\b[^<>]*?\blang|[^<>]*?\bxml:lang)\s*=\s*[\"']?([A-Za-z]{2,3})\b"
                       rb"|<(?:\w+:)?language>\s*([A-Za-z]{2,3})\b", re.IGNORECASE)
# A tag's attributes hold no "<", and what is left open runs to the end (as a browser reads it): each
# search stops at the next "<" or takes the rest, linear on a head of unclosed "<" or "<!--" however many.
_NON_TEXT = re.compile(rb"<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)|<[^>]*(?:>|\Z)|&#?\w+;",
                       re.DOTALL | re.IGNORECASE)
_XML_ENCODING_TEXT = re.compile(r"^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']\s*)[A-Za-z0-9_.:+-]+")
_STRAY_RUN = re.compile("[\udc80-\udcff]+")  # invalid UTF-8 bytes as surrogateescape writes them
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_ISO2022JP_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J")
# Markup's first character ('<' or a space) in UTF-32 and UTF-16 without a BOM (XML 1.0's appendix F).
_WIDE_STARTS = tuple((re.compile(pattern), codec) for pattern, codec in (
    (rb"[\t\n\r <]\x00\x00\x00", "utf-32-le"), (rb"\x00\x00\x00[\t\n\r <]", "utf-32-be"),
    (rb"[\t\n\r <]\x00", "utf-16-le"), (rb"\x00[\t\n\r <]", "utf-16-be")))
_UNICODE = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_HTTP_DEFAULT = "cp1252"  # what w3lib reads ISO-8859-1, latin1 and US-ASCII as
_STRAY_DEFAULT = "cp1252"  # where a UTF-8 page's stray bytes mostly come from (Word's quotes and dashes)
# The legacy charsets of a language's sites, the WHATWG locale default first (HTML's "encoding
# sniffing algorithm", its table of defaults by locale), then the ISO siblings in use.
_LANGUAGE_CHARSETS: dict[str, tuple[str, ...]] = {
    "ja": ("cp932", "euc_jp"), "ko": ("cp949",), "zh": ("gb18030", "big5hkscs"),
    "ru": ("cp1251", "koi8_r"), "uk": ("cp1251", "koi8_u"), "be": ("cp1251",), "bg": ("cp1251",),
    "sr": ("cp1251", "cp1250"), "mk": ("cp1251",), "kk": ("cp1251",),
    "pl": ("cp1250", "iso8859_2"), "cs": ("cp1250", "iso8859_2"), "sk": ("cp1250", "iso8859_2"),
    "hu": ("cp1250", "iso8859_2"), "ro": ("cp1250", "iso8859_2", "iso8859_16"), "sl": ("cp1250", "iso8859_2"),
    "hr": ("cp1250", "iso8859_2"), "bs": ("cp1250", "iso8859_2"),
    "el": ("cp1253", "iso8859_7"), "tr": ("cp1254",), "az": ("cp1254",), "he": ("cp1255", "iso8859_8"),
    "ar": ("cp1256",), "fa": ("cp1256",), "ur": ("cp1256",), "th": ("cp874",), "vi": ("cp1258",),
    "lt": ("cp1257", "iso8859_13"), "lv": ("cp1257", "iso8859_13"), "et": ("cp1257", "iso8859_15"),
}
# What charset_normalizer may propose: the legacy charsets a browser knows (WHATWG's list).
_DETECTABLE = ("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
               "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10",
               "iso8859_13", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "cp874",
               "gb18030", "big5hkscs", "cp932", "euc_jp", "cp949")


@dataclass(frozen=True)
class Choice:
    """The codec a document is read with, and why (for the log line when a declaration was overridden)."""

    codec: str
    why: str
    stray: str = _STRAY_DEFAULT
    """The charset a UTF-8 document's stray bytes are read with: the legacy one it declares, else
    its language's, else Windows-1252."""


def decode_html(body: bytes, encoding: str | None, *, from_header: bool = True,
                language: str | None = None) -> tuple[str, str | None]:
    """``body`` as text, and the charset it was read with instead of ``encoding`` when that label
    is wrong (None when it is right).

    ``encoding`` is the charset the crawl read (``TextResponse.encoding``); ``from_header`` says
    whether the Content-Type header named it (else it is Scrapy's reading of the first 4 KB, which
    is read here again, whole). ``language``: the source's, a hint for undeclared legacy pages."""
    choice = choose_charset(body, encoding if from_header else None, language)
    text = decode(body, choice.codec, choice.stray)
    said = _resolved(encoding) if encoding else None
    return text, (None if choice.codec in (said, "ascii") else f"{choice.codec} ({choice.why})")


def xml_as_utf8(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """A feed's or sitemap's bytes as UTF-8, its XML declaration saying so, for parsers that
    would believe a wrong header or declaration (feedparser, lxml); and the charset it was read
    with instead of what it declared (None when that was right)."""
    label = header_charset(content_type)
    choice = choose_charset(body, label)
    first = None if choice.codec == "ascii" else next(iter(_candidates(_declared(body, label))), None)
    overridden = f"{choice.codec} ({choice.why})" if first and first[0] != choice.codec else None
    declaration = _XML_ENCODING.match(body[:HEAD_BYTES])
    says_utf8 = declaration is None or _resolved(declaration.group(1).decode("ascii")) == "utf-8"
    if choice.codec in ("ascii", "utf-8") and says_utf8 and not body.startswith(codecs.BOM_UTF8) and _strict_utf8(body):
        return body, None
    text = decode(body, choice.codec, choice.stray)
    return _XML_ENCODING_TEXT.sub(r"\1UTF-8", text, count=1).encode("utf-8"), overridden


def decode(body: bytes, codec: str, stray: str = _STRAY_DEFAULT) -> str:
    """``body`` read with ``codec``, its BOM dropped, undecodable bytes replaced; in UTF-8, the
    stray bytes are read with ``stray`` (nothing lost: a pasted cp1252 quote stays a quote).
    Windows-1258 writes Vietnamese tones as combining marks: composed (NFC), as written."""
    for bom, _ in _BOMS:
        if body.startswith(bom) and codec.startswith(("utf-8", "utf-16", "utf-32")):
            body = body[len(bom):]
            break
    if codec == "utf-8":
        return _utf8_with_stray_bytes(body, stray)
    text = body.decode(codec, errors="replace")
    return unicodedata.normalize("NFC", text) if codec == "cp1258" else text


def _utf8_with_stray_bytes(body: bytes, stray: str) -> str:
    """UTF-8, each run of invalid bytes read with ``stray`` (U+FFFD where that fails too). The C
    decoder marks the invalid bytes in one pass (``surrogateescape``) and a one-byte ``stray``
    charset maps them in one more (a multi-byte one reads each run whole, keeping a stray
    two-byte CJK character whole). Why: a body that is mostly invalid (binary served as a feed)
    took 23 s of CPU per 10 MB when each stray byte re-read the rest of its piece. A body that
    is UTF-8 throughout (most) is read strictly: the same text, without a search of all of it
    for stray bytes (some 2 ms a page, fifteen times the decoding)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="surrogateescape")
    if _STRAY_RUN.search(text) is None:
        return text
    table = _stray_byte_table(stray)
    if table is not None:
        return text.translate(table)
    return _STRAY_RUN.sub(lambda run: run.group().encode("utf-8", "surrogateescape").decode(stray, errors="replace"),
                          text)


@functools.lru_cache(maxsize=None)
def _stray_byte_table(codec: str) -> dict[int, str] | None:
    """What each byte 0x80-0xFF, as ``surrogateescape`` writes it, reads as in a one-byte charset
    (None for a multi-byte one, which reads a byte by its neighbours)."""
    high = bytes(range(0x80, 0x100))
    chars = [bytes([byte]).decode(codec, errors="replace") for byte in high]
    if "".join(chars) != high.decode(codec, errors="replace"):
        return None
    return {0xDC00 + byte: char for byte, char in zip(high, chars, strict=True)}


def _declared(body: bytes, header: str | None) -> list[tuple[str, str]]:
    """The document's declarations, (label, where), in the order they are believed."""
    return ([(header, "HTTP header")] if header else []) + page_declarations(body)


def page_declarations(body: bytes) -> list[tuple[str, str]]:
    """The charsets a document declares itself: its XML declaration, its ``<meta>`` tags."""
    head = body[:HEAD_BYTES]
    found = [(m.group(1).decode("ascii"), "XML declaration") for m in [_XML_ENCODING.match(head)] if m]
    return found + [(m.group(1).decode("ascii"), "<meta charset>") for m in _META_CHARSET.finditer(head)]


def choose_charset(body: bytes, header: str | None = None, language: str | None = None) -> Choice:
    """The codec ``body`` is read with (the module's rules), given the charset its Content-Type
    header names and a language hint; ``ascii`` for plain ASCII (read alike by every label)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Choice(codec, "its byte order mark says so")
    for start, codec in _WIDE_STARTS:
        if start.match(body):
            return Choice(codec, "its first character is in that form")
    if body.isascii():
        if any(escape in body for escape in _ISO2022JP_ESCAPES) and _fits(body, "iso2022_jp"):
            return Choice("iso2022_jp", "it holds ISO-2022-JP escape sequences")
        return Choice("ascii", "plain ASCII")
    if _strict_utf8(body):  # most pages: checked once, not again for a stray-byte charset
        return Choice("utf-8", "its bytes are UTF-8")
    if _utf8_but_stray_bytes(body):
        return Choice("utf-8", "its bytes are UTF-8", _stray_charset(body, header, language))
    candidates = _candidates(_declared(body, header))
    sample = _text_sample(body)
    fitting = [(codec, why) for codec, why in candidates if codec not in _UNICODE and _plausible(body, sample, codec)]
    if fitting:
        header_default = fitting[0][1] == "HTTP header" and fitting[0][0] == _HTTP_DEFAULT
        own = [(codec, why) for codec, why in fitting if why != "HTTP header" and codec != _HTTP_DEFAULT]
        codec, where = own[0] if header_default and own else fitting[0]
        return Choice(codec, f"its {where} says so and its bytes fit")
    unfit = ", ".join(f"{where} {codec}" for codec, where in candidates)
    return _detected(body, sample, language or _declared_language(body),
                     f"its {unfit} does not fit its bytes" if unfit else NOTHING_DECLARED)


def _stray_charset(body: bytes, header: str | None, language: str | None) -> str:
    """What a UTF-8 document's stray bytes are read with (``Choice.stray``)."""
    legacy = [codec for codec, _ in _candidates(_declared(body, header)) if codec not in _UNICODE]
    base = (language or _declared_language(body) or "").split("-")[0].lower()
    return (legacy + [_codec(codec) for codec in _LANGUAGE_CHARSETS.get(base, ())] + [_STRAY_DEFAULT])[0]


def header_charset(content_type: str | None) -> str | None:
    """The charset a Content-Type header names, as WHATWG reads it (None when it names none it knows)."""
    return http_content_type_encoding(content_type) if content_type else None


def log_wrong_label(log: logging.Logger, url: str, label: str | None, decoded_as: str | None) -> None:
    """Say, once per document, that it was read otherwise than ``label`` (``decode_html`` read it
    ``decoded_as``): at INFO when it declared a charset, at DEBUG when it declared none (``label``
    was Scrapy's guess)."""
    if decoded_as:
        level = logging.DEBUG if NOTHING_DECLARED in decoded_as else logging.INFO
        log.log(level, "charset %s overridden for %s: read as %s", label or "declared", url, decoded_as)


def _candidates(declared: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Known declared labels as Python codecs, first occurrence of each kept."""
    seen: dict[str, str] = {}
    for label, where in declared:
        codec = _resolved(label)
        if codec and codec not in seen:
            seen[codec] = where
    return list(seen.items())


def _resolved(label: str) -> str | None:
    """A charset label as the Python codec WHATWG reads it as (None for an unknown label)."""
    resolved = resolve_encoding(label.strip().strip("\"'"))
    return None if resolved is None else _codec(resolved)


def _codec(name: str) -> str:
    """A codec's canonical Python name (``cp1251``, ``iso8859-2``, ``euc_jp``), BOM variants as plain UTF-8."""
    canonical = codecs.lookup(name).name
    return "utf-8" if canonical == "utf-8-sig" else canonical


def _utf8_but_stray_bytes(body: bytes) -> bool:
    """Whether ``body``, not strictly UTF-8, is UTF-8 but for a few stray bytes (``UTF8_MAJORITY``)."""
    text = body.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    return multibyte >= invalid * UTF8_MAJORITY


def _strict_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _fits(body: bytes, codec: str) -> bool:
    """Whether ``body`` decodes under ``codec`` but for a few stray bytes, without C1 control
    characters (never text: the bytes of another code page)."""
    try:
        text = body.decode(codec, errors="replace")
    except LookupError:
        return False
    invalid = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if invalid * UTF8_MAJORITY > non_ascii:
        return False
    return not _C1_CONTROLS.search(text)


def _plausible(body: bytes, sample: bytes, codec: str) -> bool:
    """``body`` fits ``codec`` and its text reads as text (``MAX_CHAOS``)."""
    return _chaos(body, sample, codec) is not None


def _chaos(body: bytes, sample: bytes, codec: str) -> float | None:
    """charset_normalizer's mess ratio of ``sample`` read with ``codec``; None when ``body`` does
    not fit ``codec`` or the text is implausible (``MAX_CHAOS``)."""
    from charset_normalizer.md import mess_ratio

    if not _fits(body, codec):
        return None
    chaos = mess_ratio(sample.decode(codec, errors="replace"), MAX_CHAOS)
    return chaos if chaos < MAX_CHAOS else None


def _text_sample(body: bytes) -> bytes:
    """The first ``SAMPLE_BYTES`` of the document's text: markup, scripts and styles removed (in
    every ASCII-compatible charset their bytes are ASCII)."""
    return _NON_TEXT.sub(b" ", body[:SAMPLE_BYTES * 4])[:SAMPLE_BYTES]


def _declared_language(body: bytes) -> str | None:
    match = _LANGUAGE.search(body[:HEAD_BYTES])
    return (match.group(1) or match.group(2)).decode("ascii").lower() if match else None


def _detected(body: bytes, sample: bytes, language: str | None, declared: str) -> Choice:
    """No declaration fits: the language's legacy charsets, else charset_normalizer's best guess
    (the least messy of all that decode), else UTF-8 with replacement characters."""
    from charset_normalizer import from_bytes

    base = (language or "").split("-")[0].lower()
    by_language = [(chaos, index, codec) for index, codec in enumerate(_LANGUAGE_CHARSETS.get(base, ()))
                   if (chaos := _chaos(body, sample, codec)) is not None]
    if by_language:
        return Choice(_codec(min(by_language)[2]), f"{declared}; a legacy charset of its language, {base}")
    best = from_bytes(sample, cp_isolation=list(_DETECTABLE), threshold=MAX_CHAOS).best()
    if best is not None and _fits(body, best.encoding):
        return Choice(_codec(best.encoding), f"{declared}; its bytes' statistics")
    return Choice("utf-8", f"{declared}; no charset fits: UTF-8, other bytes as Windows-1252")
