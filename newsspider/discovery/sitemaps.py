"""Sitemaps (XML, plain text or an RSS/Atom feed, each optionally gzipped), Google News sitemap
fields, and robots.txt Sitemap: lines.

Scrapy's own Sitemap class drops the ``news:`` extension, which is where news sites put the
title, publication date and language of each article; this parser keeps them. Elements are
matched by local name because real sitemaps use no namespace or the wrong one.

Safety: the gzip layer is decompressed incrementally with a hard output cap (gzip bombs), the XML
parser never resolves entities, loads DTDs or touches the network: a DOCTYPE's plain internal
entities are expanded beforehand and any other entity declaration is refused
(``xmlsafety.without_internal_entities``). Malformed XML is parsed with lxml's ``recover=True``:
whatever well-formed part precedes the damage is returned, and only a body with no recognisable
root raises SitemapError. Real sitemaps often contain an unescaped ``&`` (``?id=1&page=2``): an
ampersand that begins no reference is a literal one, and is read as one (``&amp;``) before the
parse, which would otherwise drop it and the name after it (``?id=1=2``, another page's address).
An entry an unclosed element left nested in the one before it (``<url>...<image></url><url>``)
is still an entry: entries are found at any depth.

sitemaps.org allows three formats besides the XML ``urlset``: a plain-text file of one URL per
line, and an RSS 2.0 or Atom feed; a robots.txt ``Sitemap:`` line may point at any of them.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from lxml import etree

from newsspider.charset import xml_as_utf8
from newsspider.dates import to_iso8601
from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.feeds import FeedError, read_feed
from newsspider.discovery.limits import SITEMAP_MAX_BYTES
from newsspider.discovery.xmlsafety import (
    UnsafeEntities,
    absolute_http_url,
    cut_short,
    dedupe_links,
    html_page,
    without_internal_entities,
)
from newsspider.langcodes import normalize_language

GZIP_MAGIC = b"\x1f\x8b"
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
# robots.txt keys naming a sitemap: Google's parser also takes the "site-map" spelling.
_ROBOTS_SITEMAP_KEYS = frozenset({"sitemap", "site-map"})
# An ampersand that begins no character or entity reference; with the CDATA sections it may stand in.
_BARE_AMPERSAND = re.compile(rb"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z_:][-\w.:]*;)")
_BARE_AMPERSAND_OR_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>|" + _BARE_AMPERSAND.pattern, re.DOTALL)
# What libxml2 reports that loses no entry: an entity the document does not declare (``&nbsp;``: a
# character of a text), an XML declaration after a blank line or a script's notice (the encoding it
# names is read before, by xml_as_utf8).
_HARMLESS_ERRORS = frozenset({"ERR_UNDECLARED_ENTITY", "ERR_RESERVED_XML_NAME"})
# An entry's address, in any namespace: what content after the root element may hold.
_LOC = re.compile(rb"<(?:[\w.-]+:)?loc\b")


class SitemapError(ValueError):
    """The body is not a sitemap, is too large (also after gunzip), or is hostile."""


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: article links for a ``urlset``, child sitemaps for a ``sitemapindex``."""

    kind: Literal["urlset", "sitemapindex"]
    links: list[DiscoveredLink]
    decoded_as: str | None = None
    """The charset it was read with when not the one it declared (for the caller to log: the log
    lines of a worker process, where a large sitemap is parsed, are not the crawl's)."""
    cut: bool = False
    """The XML ended before its root element closed (``cut_short``): its links after the cut are missing."""
    malformed: str | None = None
    """Where and how the XML is not well-formed, when the recovering parse met that (``_parse_xml``):
    entries near the damage may be misread or missing."""


def parse_sitemap(body: bytes, url: str, *, max_bytes: int = SITEMAP_MAX_BYTES,
                  content_type: str | None = None) -> Sitemap:
    """Parse a sitemap or sitemap index; gzip is detected by magic bytes, not by the URL.

    ``max_bytes`` caps both the body and its decompressed size. Relative ``<loc>`` values resolve
    against ``url``; non-http(s) ones are skipped; duplicates keep their first occurrence.
    ``content_type`` is the HTTP Content-Type header: the XML is read by what its bytes are, its
    header's and declaration's charset believed when they fit (``newsspider.charset``).
    """
    if len(body) > max_bytes:
        raise SitemapError(f"sitemap body is {len(body)} bytes, over the {max_bytes}-byte cap")
    if body.startswith(GZIP_MAGIC):
        body = _gunzip(body, max_bytes)
    try:
        body = without_internal_entities(body, max_bytes)
    except UnsafeEntities as exc:
        raise SitemapError(f"refusing sitemap: DOCTYPE declares {exc}") from None
    if body.lstrip(b"\xef\xbb\xbf \t\r\n")[:8].lower().startswith((b"http://", b"https://")):
        return Sitemap("urlset", _text_entries(body, url))
    utf8, decoded_as = xml_as_utf8(body, content_type)
    if (page := html_page(utf8)) is not None:  # a site's error page answered 200: say so, not the parser's error
        raise SitemapError(f"not a sitemap ({url}): {page}")
    root, malformed = _parse_xml(escape_bare_ampersands(utf8), url)
    kind = _local_name(root)
    if kind == "urlset":
        return Sitemap("urlset", dedupe_links(_url_entries(root, url)), decoded_as, cut_short(utf8), malformed)
    if kind == "sitemapindex":
        return Sitemap("sitemapindex", dedupe_links(_index_entries(root, url)), decoded_as, cut_short(utf8),
                       malformed)
    if kind in _FEED_ROOTS:
        try:
            return Sitemap("urlset", *read_feed(body, url, max_bytes=max_bytes, content_type=content_type))
        except FeedError as exc:
            raise SitemapError(f"feed given as a sitemap is not usable ({url}): {exc}") from exc
    raise SitemapError(f"not a sitemap ({url}): root element <{kind}>")


def escape_bare_ampersands(xml: bytes) -> bytes:
    """``xml`` with each ``&`` that begins no reference written ``&amp;`` (outside CDATA sections,
    where an ``&`` is itself): what its author meant, a literal ampersand."""
    if _BARE_AMPERSAND.search(xml) is None:  # the common case, found scanning only the ampersands
        return xml
    return _BARE_AMPERSAND_OR_CDATA.sub(lambda match: match[0] if match[0] != b"&" else b"&amp;", xml)


def sitemap_urls_from_robots(robots_txt: str | bytes, base_url: str) -> list[str]:
    """Absolute http(s) URLs of the ``Sitemap:`` lines (any case) of a robots.txt, de-duplicated."""
    if isinstance(robots_txt, bytes):
        robots_txt = robots_txt.decode("utf-8", errors="replace")
    urls = []
    taken: set[str] = set()  # what urls holds: a robots.txt of 20,000 sitemaps searched the list for each
    for line in robots_txt.lstrip("\ufeff").splitlines():
        field, sep, value = line.partition(":")
        if not sep or field.strip().lower() not in _ROBOTS_SITEMAP_KEYS:
            continue
        value = re.split(r"\s#", value, maxsplit=1)[0].strip()  # trailing comment
        absolute = absolute_http_url(value, base_url)
        if absolute and absolute not in taken:
            urls.append(absolute)
            taken.add(absolute)
    return urls


def is_robots_url(url: str) -> bool:
    """True for a robots.txt URL, so a caller can route it to ``sitemap_urls_from_robots``."""
    return urlsplit(url).path.endswith("/robots.txt")


def normalize_datetime(value: str | None) -> str | None:
    """W3C datetime (or stray RFC 2822) as ISO 8601 with offset, to the second; None if unparseable.

    Date-only values become midnight UTC, "Z" becomes "+00:00", a time without zone is taken as
    UTC, and an explicit offset is kept as given.
    """
    return to_iso8601(value, timespec="seconds")


def _gunzip(body: bytes, max_bytes: int) -> bytes:
    """Decompress (possibly multi-member) gzip, never producing more than ``max_bytes``."""
    out = bytearray()
    data = body
    try:
        while data:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            _inflate_member(decompressor, data, out, max_bytes)
            data = decompressor.unused_data
            if not data.startswith(GZIP_MAGIC):
                break  # trailing garbage after the last member is ignored, as gzip(1) does
    except zlib.error as exc:
        raise SitemapError(f"corrupt gzip sitemap: {exc}") from exc
    return bytes(out)


def _inflate_member(decompressor, data: bytes, out: bytearray, max_bytes: int) -> None:
    """Inflate one gzip member into ``out`` in bounded steps (max_length is never 0)."""
    while not decompressor.eof:
        chunk = decompressor.decompress(data, max_bytes + 1 - len(out))
        out += chunk
        if len(out) > max_bytes:
            raise SitemapError(f"gzip sitemap inflates beyond the {max_bytes}-byte cap")
        data = decompressor.unconsumed_tail
        if not chunk and not data:
            raise SitemapError("truncated gzip sitemap")


def _parse_xml(body: bytes, url: str) -> tuple[etree._Element, str | None]:
    """The root element, and the first damage the recovering parse read past (line, column and
    libxml2's message), if any: an error of the parser's, as damage to the document's structure is,
    where an entry may be lost with it. None of :data:`_HARMLESS_ERRORS` is, nor a namespace's fault
    (the wrong namespace, a prefix never declared: ``<image:image>``), since elements are matched by
    local name, nor content after the root element that holds no entry (a script's notice: a second
    ``<urlset>`` there is lost)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        recover=True, remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise SitemapError(f"malformed sitemap XML ({url}): {exc}") from exc
    if root is None:
        raise SitemapError(f"malformed sitemap XML ({url}): no root element")
    damage = next((error for error in parser.error_log if error.domain == etree.ErrorDomains.PARSER
                   and error.type_name not in _HARMLESS_ERRORS
                   and (error.type_name != "ERR_DOCUMENT_END" or _entries_after_root(body, root))), None)
    return root, None if damage is None else f"line {damage.line}, column {damage.column}: {damage.message.strip()}"


def _entries_after_root(body: bytes, root: etree._Element) -> bool:
    """Whether ``body`` holds an entry's ``<loc>`` after the first closing tag of ``root``."""
    end = re.search(rb"</(?:[\w.-]+:)?" + re.escape((_local_name(root) or "").encode()) + rb"\s*>", body)
    return end is not None and _LOC.search(body, end.end()) is not None


def _text_entries(body: bytes, sitemap_url: str) -> list[DiscoveredLink]:
    """A plain-text sitemap: one absolute URL per line, UTF-8; other lines are skipped."""
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
    return dedupe_links(DiscoveredLink(url=url) for line in text.splitlines()
                        if (url := _plain_url(line.strip(), sitemap_url)))


def _plain_url(line: str, sitemap_url: str) -> str | None:
    if not line.lower().startswith(("http://", "https://")) or any(c.isspace() for c in line):
        return None
    return absolute_http_url(line, sitemap_url)


def _url_entries(root: etree._Element, sitemap_url: str) -> Iterator[DiscoveredLink]:
    for element in root.iter("{*}url"):  # at any depth: see the module's docstring
        url = absolute_http_url(_child_text(element, "loc"), sitemap_url)
        if url is None:
            continue
        news = _child(element, "news")
        publication = _child(news, "publication")
        yield DiscoveredLink(
            url=url,
            title=_normalize_space(_child_text(news, "title")),
            published=normalize_datetime(_child_text(news, "publication_date")),
            modified=normalize_datetime(_child_text(element, "lastmod")),
            language=normalize_language(_child_text(publication, "language")),
        )


def _index_entries(root: etree._Element, sitemap_url: str) -> Iterator[DiscoveredLink]:
    for element in root.iter("{*}sitemap"):
        url = absolute_http_url(_child_text(element, "loc"), sitemap_url)
        if url is not None:
            yield DiscoveredLink(url=url, modified=normalize_datetime(_child_text(element, "lastmod")))


def _local_name(element: etree._Element) -> str | None:
    """Local name of an element, ignoring namespace; None for entities and other non-elements. A
    prefix the document never declared stays in the tag (``image:image``) and is dropped too."""
    tag = element.tag
    return tag.rpartition("}")[2].rpartition(":")[2] if isinstance(tag, str) else None


def _children(parent: etree._Element | None, name: str) -> Iterator[etree._Element]:
    if parent is None:
        return
    for child in parent:
        if _local_name(child) == name:
            yield child


def _child(parent: etree._Element | None, name: str) -> etree._Element | None:
    return next(_children(parent, name), None)


def _child_text(parent: etree._Element | None, name: str) -> str | None:
    child = _child(parent, name)
    if child is None:
        return None
    text = "".join(child.itertext()).strip()
    return text or None


def _normalize_space(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(text.split()) or None
