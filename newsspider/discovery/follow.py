"""Which discovered links a run follows: the age rule and the seen rule, over plain links.

The news spider applies both to a document's article links before any request exists
(``NewsSpider._links_followed``, with the source's patterns and ``NEWSSPIDER_DOCUMENT_MAX_LINKS``):
a link that would be dropped costs no request, and the cap counts only the links a run can use.
Only article links are held against the seen store: a feed, sitemap, listing or home page is read
every run (a conditional GET says whether it changed), even where an article was once emitted
under its URL. ``IncrementalPipeline`` holds the article's own id against the seen store and its
own date (not the listing's) against the same age limit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from typing import Protocol, TypeVar

from w3lib.url import safe_url_string

from newsspider.dates import is_too_old
from newsspider.discovery.entry import DiscoveredLink
from newsspider.urls import canonicalize_url

T = TypeVar("T")


class Settings(Protocol):
    """What ``skips_seen`` reads of the crawl's settings (Scrapy's ``BaseSettings`` has it)."""

    def getbool(self, name: str, default: bool = False) -> bool:
        """The setting ``name`` as a bool."""


def age_limit(own: float | None, crawl: float) -> float:
    """The age limit of a source, in days (0: none): its own ``max_age_days`` where the sources
    file sets one, else the crawl's ``NEWSSPIDER_MAX_AGE_DAYS``."""
    return crawl if own is None else own


def not_too_old(links: Iterable[DiscoveredLink], max_age_days: float,
                now: datetime | None = None) -> list[DiscoveredLink]:
    """``links`` without those the listing dates more than ``max_age_days`` before ``now``
    (``is_too_old``): an undated link is kept, its page's own date is checked once fetched."""
    now = now or datetime.now(timezone.utc)
    return [link for link in links if not is_too_old(link.published, max_age_days, now)]


def canonical_links(links: Iterable[DiscoveredLink]) -> list[DiscoveredLink]:
    """``links`` under their canonical URL (``canonicalize_url``), the one the seen store is asked
    about and then requested: computed once, as it costs about as much as building the request."""
    found = []
    for link in links:
        url = canonicalize_url(link.url)
        found.append(link if url == link.url else replace(link, url=url))
    return found


def skips_seen(settings: Settings) -> bool:
    """Whether a link to an article an earlier run emitted is skipped: unless
    ``NEWSSPIDER_REEMIT_MODIFIED`` (a changed article must be fetched to be seen changed) or
    ``NEWSSPIDER_REEMIT_ALL`` (everything is emitted again)."""
    return not (settings.getbool("NEWSSPIDER_REEMIT_MODIFIED") or settings.getbool("NEWSSPIDER_REEMIT_ALL"))


def split_seen(entries: Sequence[T], urls: Sequence[str],
               seen_urls: Callable[[Iterable[str]], set[str]]) -> tuple[list[T], list[T]]:
    """``entries`` as (not seen, seen): seen when its URL (``urls``, canonical, in the same order),
    in either of its forms (``url_forms``), is one an earlier run emitted an article under.
    ``seen_urls`` is the seen store's lookup, asked once for all of them (not at all for none)."""
    if not entries:
        return [], []
    addresses = [url_forms(url) for url in urls]
    seen = seen_urls([form for forms in addresses for form in forms])
    if not seen:
        return list(entries), []
    kept: list[T] = []
    dropped: list[T] = []
    for entry, forms in zip(entries, addresses, strict=True):
        (dropped if any(form in seen for form in forms) else kept).append(entry)
    return kept, dropped


def url_forms(url: str) -> tuple[str, ...]:
    """``url`` as discovered and, for one not all ASCII (``/новости-...``, an IDN host), as
    requested (``safe_url_string``: percent-encoded, the host in punycode). The seen store keeps
    the URL a page was fetched at, which is the request's, and a declared canonical as written: a
    feed's link written in Unicode is the page an earlier run fetched, and emitted, under the other."""
    return (url,) if url.isascii() else (url, safe_url_string(url))
