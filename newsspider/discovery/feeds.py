"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to DiscoveredLink records.

feedparser does the format work (dialects, relative links, xml:base, date formats); this module
adds what a crawler needs on top: a size cap and an entity-declaration check before feedparser
sees untrusted bytes, http(s)-only de-duplicated links, and metadata in the shape of
DiscoveredLink (ISO 8601 dates with offset, ISO 639-1 language).
"""
from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Mapping
from datetime import datetime, timezone

import feedparser

from newsspider.discovery.entry import DiscoveredLink
from newsspider.langcodes import normalize_language
from newsspider.discovery.xmlsafety import (
    absolute_http_url,
    declares_entities,
    dedupe_links,
)

DEFAULT_MAX_BYTES = 10_000_000
_TAG = re.compile(r"<[^>]*>")


class FeedError(ValueError):
    """The body is not a feed, is too large, or is hostile (entity declarations)."""


def parse_feed(body: bytes, url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[DiscoveredLink]:
    """Links of the feed's entries, in feed order, first occurrence of each URL kept.

    ``url`` is the feed's own URL: relative links (and xml:base) resolve against it.
    A feed with no entries gives ``[]``; a body that is not a feed at all raises FeedError.
    """
    _check_body(body, max_bytes)
    parsed = _run_feedparser(body, url)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS/Atom root element"
        raise FeedError(f"not a feed ({url}): {reason}")
    feed_language = normalize_language(parsed.feed.get("language"))
    return dedupe_links(
        link for entry in parsed.entries if (link := _entry_link(entry, url, feed_language))
    )


def _check_body(body: bytes, max_bytes: int) -> None:
    """Refuse oversized, empty and entity-declaring bodies before any parser runs."""
    if len(body) > max_bytes:
        raise FeedError(f"feed body is {len(body)} bytes, over the {max_bytes}-byte cap")
    if not body.strip():
        raise FeedError("not a feed: empty body")
    if declares_entities(body):
        raise FeedError("refusing feed: DOCTYPE declares entities (billion-laughs/XXE risk)")


def _run_feedparser(body: bytes, url: str) -> feedparser.FeedParserDict:
    # A stream, never raw bytes/str: feedparser treats strings as URLs or file paths.
    # Content-Location is how feedparser learns the base for relative links.
    try:
        return feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    except Exception as exc:  # feedparser has rare crashes on pathological input
        raise FeedError(f"feedparser failed on {url}: {exc!r}") from exc


def _entry_link(entry: Mapping, feed_url: str, feed_language: str | None) -> DiscoveredLink | None:
    """DiscoveredLink for one entry, or None when it has no usable http(s) link."""
    url = absolute_http_url(entry.get("link"), feed_url)
    if url is None:
        return None
    title_detail = entry.get("title_detail") or {}
    return DiscoveredLink(
        url=url,
        title=_plain_title(entry.get("title"), title_detail.get("type")),
        published=_iso_utc(entry.get("published_parsed") or entry.get("created_parsed")),
        # dict.get: FeedParserDict.get("updated_parsed") falls back to published (issue 310).
        modified=_iso_utc(dict.get(entry, "updated_parsed")),
        language=normalize_language(title_detail.get("language")) or feed_language,
    )


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
