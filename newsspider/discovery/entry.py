"""The unit every discovery parser returns: a URL plus the metadata the listing gave for it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


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


def newest_first(links: list[DiscoveredLink]) -> list[DiscoveredLink]:
    """``links`` by date (``published``, else ``modified``), newest first; those without a readable
    date after them, in their order. A document's links beyond a cap are then its oldest."""
    def moment(link: DiscoveredLink) -> float:
        value = link.published or link.modified
        if not value:
            return _UNDATED
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return _UNDATED
        return -(parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).timestamp()

    return sorted(links, key=moment)


_UNDATED = float("inf")
