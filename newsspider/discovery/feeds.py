"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to DiscoveredLink records.

feedparser does the format work (dialects, relative links, xml:base, date formats); this module
adds what a crawler needs on top: a size cap and an entity-declaration check before feedparser
sees untrusted bytes, http(s)-only de-duplicated links, and metadata in the shape of
DiscoveredLink (ISO 8601 dates with offset, ISO 639-1 language).
"""
from __future__ import annotations

import html
import io
import logging
import re
import time
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from newsspider.charset import header_charset, log_wrong_label, xml_as_utf8
from newsspider.dates import MAX_ZONE_OFFSET
from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.limits import FEED_MAX_BYTES
from newsspider.discovery.xmlsafety import (
    UnsafeEntities,
    absolute_http_url,
    cut_short,
    dedupe_links,
    html_page,
    without_internal_entities,
)
from newsspider.langcodes import normalize_language

if TYPE_CHECKING:
    import feedparser

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]*>")
# feedparser is given the feed as UTF-8, read by what its bytes are (``newsspider.charset``):
# it would believe a wrong header (RFC 3023 lets text/xml's charset beat the XML declaration) and
# guess ISO-8859-1 for a legacy feed that declares nothing.
_XML_UTF8 = "application/xml; charset=utf-8"
# A numeric zone at the end of a date: RFC 822 "+0200" or ISO 8601 "+02:00".
_NUMERIC_ZONE = re.compile(r"[+-](\d{2}):?(\d{2})\s*$")


# The root element of an RSS 2.0, RSS 1.0 (RDF) or Atom document, after the XML declaration,
# comments, processing instructions and a doctype.
_FEED_ROOT = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|(?:\w+:)?RDF)[\s>/]",
                        re.DOTALL | re.IGNORECASE)


def looks_like_feed(body: bytes) -> bool:
    """Whether a document is an RSS or Atom feed by its root element (a feed listed as a web page)."""
    return bool(_FEED_ROOT.match(body[:4096].lstrip(b"\xef\xbb\xbf")))


class FeedError(ValueError):
    """The body is not a feed, is too large, or is hostile (entity declarations)."""


def parse_feed(body: bytes, url: str, *, max_bytes: int = FEED_MAX_BYTES,
               content_type: str | None = None) -> list[DiscoveredLink]:
    """:func:`read_feed`'s links, a charset override logged here."""
    links, decoded_as, _cut = read_feed(body, url, max_bytes=max_bytes, content_type=content_type)
    log_wrong_label(logger, url, header_charset(content_type), decoded_as)
    return links


def read_feed(body: bytes, url: str, *, max_bytes: int = FEED_MAX_BYTES,
              content_type: str | None = None) -> tuple[list[DiscoveredLink], str | None, bool]:
    """Links of the feed's entries, in feed order, first occurrence of each URL kept.

    ``url`` is the feed's own URL: relative links (and xml:base) resolve against it.
    ``content_type`` is the HTTP Content-Type header: its charset, the BOM and the XML declaration
    are believed when the bytes fit them (``newsspider.charset``).
    A feed with no entries gives ``[]``; a body that is not a feed at all raises FeedError.
    Also the charset the feed was read with when not the one it declared (for the caller to log:
    the log lines of a worker process, where a large feed is parsed, are not the crawl's), and
    whether the feed was cut short (``cut_short``: its links after the cut are missing).
    """
    body = _check_body(body, max_bytes)
    parsed, decoded_as = _run_feedparser(body, url, content_type)
    if not parsed.get("version") and not parsed.entries:
        page = html_page(body)
        reason = parsed.get("bozo_exception") or "no RSS/Atom root element"
        if page is not None:  # a site's error page answered 200: the parser's reason would not say it
            reason = f"{page}, not RSS or Atom"
        raise FeedError(f"not a feed ({url}): {reason}")
    feed_language = normalize_language(parsed.feed.get("language"))
    is_atom = str(parsed.get("version", "")).startswith("atom")
    return dedupe_links(
        link for entry in parsed.entries if (link := _entry_link(entry, url, feed_language, is_atom))
    ), decoded_as, cut_short(body)


def _check_body(body: bytes, max_bytes: int) -> bytes:
    """The body a parser may see: oversized, empty and unsafely entity-declaring bodies refused
    before any parser runs, plain internal entities expanded (``without_internal_entities``)."""
    if len(body) > max_bytes:
        raise FeedError(f"feed body is {len(body)} bytes, over the {max_bytes}-byte cap")
    if not body.strip():
        raise FeedError("not a feed: empty body")
    try:
        return without_internal_entities(body, max_bytes)
    except UnsafeEntities as exc:
        raise FeedError(f"refusing feed: DOCTYPE declares {exc}") from None


def _run_feedparser(body: bytes, url: str, content_type: str | None) -> tuple[feedparser.FeedParserDict, str | None]:
    # Imported by the first feed read: the crawl process imports this module for its spider, and a
    # crawl of sitemaps and pages alone would pay feedparser's import (~10 ms of CPU) for nothing.
    import feedparser

    # A stream, never raw bytes/str: feedparser treats strings as URLs or file paths.
    # Content-Location is how feedparser learns the base for relative links.
    body, decoded_as = xml_as_utf8(body, content_type)
    headers = {"content-location": url, "content-type": _XML_UTF8}
    try:
        return feedparser.parse(io.BytesIO(body), response_headers=headers), decoded_as
    except Exception as exc:  # feedparser has rare crashes on pathological input
        raise FeedError(f"feedparser failed on {url}: {exc!r}") from exc


def _entry_link(entry: dict[str, Any], feed_url: str, feed_language: str | None, is_atom: bool) -> DiscoveredLink | None:
    """DiscoveredLink for one entry, or None when it has no usable http(s) link."""
    url = absolute_http_url(entry.get("link"), feed_url)
    if url is None:
        return None
    title_detail = entry.get("title_detail") or {}
    published = _entry_date(entry, "published") or _entry_date(entry, "created")
    # dict.get: FeedParserDict.get("updated_parsed") falls back to published (feedparser issue 310).
    modified = _entry_date(entry, "updated")
    if published is None and not is_atom:
        # RSS 1.0 (and RSS 2.0 with Dublin Core) dates an item with dc:date, its only date, which
        # feedparser files as "updated"; Atom's <updated> is a modification time and stays one.
        published, modified = modified, None
    return DiscoveredLink(
        url=url,
        title=_plain_title(entry.get("title"), title_detail.get("type")),
        published=published,
        modified=modified,
        language=(normalize_language(entry.get("language"))  # item-level dc:language
                  or normalize_language(title_detail.get("language")) or feed_language),
    )


def _entry_date(entry: dict[str, Any], key: str) -> str | None:
    """The entry's ``key`` date as ISO 8601 UTC; None when absent or its zone offset is impossible
    (feedparser accepts "+3000"; minutes must be under 60, the offset at most 14 hours). Read with
    ``dict.get``: FeedParserDict's own ``get`` answers a missing "updated" with "published"."""
    raw = dict.get(entry, key)
    if isinstance(raw, str) and (zone := _NUMERIC_ZONE.search(raw)):
        hours, minutes = int(zone.group(1)), int(zone.group(2))
        if minutes >= 60 or timedelta(hours=hours, minutes=minutes) > MAX_ZONE_OFFSET:
            return None
    return _iso_utc(dict.get(entry, f"{key}_parsed"))


def _plain_title(title: str | None, content_type: str | None) -> str | None:
    """Whitespace-normalised title, with markup stripped when the feed declared it HTML."""
    if not title:
        return None
    if content_type and "html" in content_type:
        title = html.unescape(_TAG.sub(" ", title))
    return " ".join(title.split()) or None


def _iso_utc(parsed: time.struct_time | None) -> str | None:
    """feedparser's *_parsed values are UTC struct_times; render them as ISO 8601 +00:00."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    except (TypeError, ValueError):
        return None
