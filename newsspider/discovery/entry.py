"""The unit every discovery parser returns: a URL plus the metadata the listing gave for it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DiscoveredLink:
    """A link found in a feed, a sitemap or a listing page.

    Metadata here comes from the listing (feed entry, Google News sitemap tags) and is used as a
    hint for the article page: the page's own metadata wins where it has any.
    """

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 with UTC offset
    modified: str | None = None   # ISO 8601 with UTC offset (sitemap lastmod, feed updated)
    language: str | None = None   # ISO 639-1
