"""Input hygiene shared by the discovery parsers: hostile XML and URLs.

Feeds and sitemaps come from sites we do not control. An internal DTD subset that declares
entities is the vehicle for both billion-laughs (exponential expansion) and XXE (external
entities), and no legitimate feed or sitemap needs one, so we refuse such bodies before any XML
parser sees them. The check only walks the prolog (everything before the root element) with
plain byte searches, so it costs next to nothing on normal documents.

URL normalisation lives here too so that feeds, sitemaps and listing pages apply exactly the
same rules (http(s) only, no fragment, first occurrence wins). Language tags go through
``newsspider.langcodes``.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from urllib.parse import urldefrag, urljoin

from newsspider.discovery.entry import DiscoveredLink
from newsspider.urls import url_problem

_WHITESPACE = b" \t\r\n"
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ELEMENT_NAME = re.compile(rb"<([^\s/>]+)")

# BOM -> codec for the encodings whose bytes are not ASCII-compatible.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def declares_entities(body: bytes) -> bool:
    """True if the document's DOCTYPE has an internal subset with an ``<!ENTITY`` declaration.

    Comments, processing instructions and junk before the root element are skipped so they
    cannot be used to hide a DOCTYPE from this check. When the DOCTYPE is malformed or
    unterminated we err on the side of refusing (any ``<!ENTITY`` after it counts).
    """
    data = _ascii_compatible(body)
    pos = 0
    while True:
        pos = _skip_whitespace(data, pos)
        if pos >= len(data):
            return False
        if data.startswith(b"<?", pos):
            pos = _after(data, b"?>", pos + 2)
        elif data.startswith(b"<!--", pos):
            pos = _after(data, b"-->", pos + 4)
        elif data[pos:pos + 9].upper() == b"<!DOCTYPE":
            verdict, pos = _scan_doctype(data, pos + 9)
            if verdict is not None:
                return verdict
        elif _is_element_start(data, pos):
            return False  # reached the root element: the prolog is clean
        else:
            pos = data.find(b"<", pos + 1)  # junk before the root: lenient parsers skip it too
        if pos < 0:  # unterminated comment/PI, or no root at all: be conservative
            return _ENTITY_DECL.search(data) is not None


def cut_short(body: bytes) -> bool:
    """True if the document ends before its root element closes: cut in transit (a connection
    closed mid-body, with no Content-Length to tell) or by the site. Lenient parsers read what came
    before the cut; its entries after the cut are missing, so the document must be read again in
    full, not answered with a 304. A document with no root element is not judged here."""
    data = _ascii_compatible(body)
    pos = 0
    while 0 <= pos < len(data):
        pos = _skip_whitespace(data, pos)
        if data.startswith(b"<?", pos):
            pos = _after(data, b"?>", pos + 2)
        elif data.startswith(b"<!--", pos):
            pos = _after(data, b"-->", pos + 4)
        elif data[pos:pos + 9].upper() == b"<!DOCTYPE":
            pos = _scan_doctype(data, pos + 9)[1]
        elif _is_element_start(data, pos):
            break
        else:
            pos = data.find(b"<", pos + 1)
    else:
        return False
    name = _ELEMENT_NAME.match(data, pos)
    start_tag_end = data.find(b">", pos)
    if name is None or start_tag_end < 0:
        return True
    if data[start_tag_end - 1:start_tag_end] == b"/":  # an empty root: <urlset/>
        return False
    # anywhere after the start tag: what a host injects after the root (a <script>) is no cut
    return re.compile(rb"</" + re.escape(name.group(1)) + rb"\s*>").search(data, start_tag_end) is None


def absolute_http_url(value: str | None, base: str) -> str | None:
    """``value`` resolved against ``base``, fragment dropped; None unless an http(s) address a
    request can be made to (``url_problem``).

    Fragments never reach the server, so two URLs differing only there are the same page.
    """
    if not value or not value.strip():
        return None
    try:
        absolute, _fragment = urldefrag(urljoin(base, value.strip()))
    except ValueError:  # e.g. malformed IPv6 literal
        return None
    return absolute if url_problem(absolute) is None else None


def dedupe_links(links: Iterable[DiscoveredLink]) -> list[DiscoveredLink]:
    """Links in order, keeping the first record for each URL."""
    seen: set[str] = set()
    unique = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            unique.append(link)
    return unique


def _ascii_compatible(body: bytes) -> bytes:
    """The body as bytes in which markup characters are plain ASCII (re-encoding UTF-16/32)."""
    for bom, codec in _WIDE_BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace").encode("utf-8")
    if body.startswith(b"<\x00") or body.startswith(b"\x00<"):
        codec = "utf-16-le" if body[0] == 0x3C else "utf-16-be"
        return body.decode(codec, errors="replace").encode("utf-8")
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8):]
    return body


def _scan_doctype(data: bytes, pos: int) -> tuple[bool | None, int]:
    """Walk a DOCTYPE from just after ``<!DOCTYPE``.

    Returns (True, _) if it declares entities, (None, next_pos) if it is clean, and falls back to
    a plain search of the rest of the document when the declaration is unterminated.
    """
    start = pos
    while pos < len(data):
        char = data[pos:pos + 1]
        if char in (b'"', b"'"):
            pos = _after(data, char, pos + 1)
        elif char == b"[":
            return _scan_internal_subset(data, pos + 1, start)
        elif char == b">":
            return None, pos + 1
        else:
            pos += 1
        if pos < 0:
            break
    return _fallback(data, start)


def _scan_internal_subset(data: bytes, pos: int, doctype_start: int) -> tuple[bool | None, int]:
    """Walk the ``[...]`` of a DOCTYPE, looking for an entity declaration."""
    while 0 <= pos < len(data):
        pos = _skip_whitespace(data, pos)
        if data.startswith(b"]", pos):
            end = data.find(b">", pos)
            return (None, end + 1) if end >= 0 else _fallback(data, doctype_start)
        if data[pos:pos + 8].upper() == b"<!ENTITY":
            return True, pos
        if data.startswith(b"<!--", pos):
            pos = _after(data, b"-->", pos + 4)
        elif data.startswith(b"<?", pos):
            pos = _after(data, b"?>", pos + 2)
        elif data.startswith(b"<!", pos):
            pos = _after_declaration(data, pos + 2)
        else:
            pos += 1  # parameter-entity reference or stray character
    return _fallback(data, doctype_start)


def _after_declaration(data: bytes, pos: int) -> int:
    """Position after the ``>`` closing a markup declaration, skipping quoted literals."""
    while 0 <= pos < len(data):
        char = data[pos:pos + 1]
        if char in (b'"', b"'"):
            pos = _after(data, char, pos + 1)
        elif char == b">":
            return pos + 1
        else:
            pos += 1
    return -1


def _fallback(data: bytes, doctype_start: int) -> tuple[bool, int]:
    """Unterminated DOCTYPE: refuse if an entity declaration appears anywhere after it."""
    return _ENTITY_DECL.search(data, doctype_start) is not None, -1


def _after(data: bytes, token: bytes, pos: int) -> int:
    """Position just after the next ``token`` at or after ``pos``, or -1."""
    found = data.find(token, pos)
    return found + len(token) if found >= 0 else -1


def _skip_whitespace(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos] in _WHITESPACE:
        pos += 1
    return pos


def _is_element_start(data: bytes, pos: int) -> bool:
    """``<`` followed by an XML name-start character (ASCII letter, ``_``, ``:`` or non-ASCII)."""
    if not data.startswith(b"<", pos) or pos + 1 >= len(data):
        return False
    nxt = data[pos + 1]
    return nxt >= 0x80 or chr(nxt).isalpha() or nxt in b"_:"
