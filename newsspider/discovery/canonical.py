"""When a page's declared canonical URL (``<link rel=canonical>``) is trusted as its article's URL.

An article's id is the hash of its canonical URL, and a run writes one article per id: a page
declaring another article's address is dropped as that article's copy, and once emitted, the id
is skipped by every later run. A canonical naming the same article under its one address (an AMP
or print page, a link with a campaign parameter) is what makes those copies one. But CMS
templates also declare addresses that are no article's: the site's home page, the page's
section, the feed or listing the page was found on, or one fixed page for all their articles.
Trusted, such a canonical merged a source's articles into one and dropped the others. So a
canonical is not trusted, and the article keeps the address it was fetched at, when it names:

- the site's home page (``newsspider.urls.resolve_canonical``);
- an ancestor of the page's path that lacks the article shape the page's own URL has
  (``/politics/`` on ``/politics/council-approves-budget``: the article's section). An ancestor
  that has one (``/2026/05/12/budget`` on ``/2026/05/12/budget/amp``) is the same article;
- one of the source's discovery pages (its feeds, sitemaps, listing and home pages);
- an address another article of the same source already declared or was emitted under in this
  run: another article when its title differs (when it is the same, the page is that article's
  copy, dropped as before).

``ArticleAddresses`` keeps what the last two rules need for a run; the crawl's extraction
pipeline and ``scrapy article`` both use it.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import unquote, urlsplit

from newsspider.discovery.links import looks_like_article_url
from newsspider.urls import canonicalize_url, host_key, resolve_canonical


def trusted_canonical(page_url: str, declared: str | None, discovery_pages: frozenset[str] = frozenset()) -> str:
    """The address an article fetched at ``page_url`` is known by: its declared canonical
    (canonicalized) unless that names its home page, its section or one of ``discovery_pages``
    (canonical URLs); the page's own URL then."""
    own = canonicalize_url(page_url)
    candidate = resolve_canonical(page_url, declared)
    if candidate == own or candidate in discovery_pages or is_section_of(candidate, own):
        return own
    return candidate


def is_section_of(candidate: str, page: str) -> bool:
    """Whether ``candidate`` is an ancestor path of ``page`` on its host (no query) that is not
    shaped like an article while ``page`` is (``links.looks_like_article_url``)."""
    target, own = urlsplit(candidate), urlsplit(page)
    if target.query or host_key(candidate) != host_key(page):
        return False
    ancestor, path = _segments(target.path), _segments(own.path)
    return (len(ancestor) < len(path) and path[:len(ancestor)] == ancestor
            and looks_like_article_url(page, candidate) and not looks_like_article_url(candidate, page))


def _segments(path: str) -> list[str]:
    return [unquote(segment) for segment in path.split("/") if segment]


def article_key(title: str | None, text: str) -> str:
    """What tells two articles apart at one address: the title (case and spacing aside), else
    the text's opening."""
    return " ".join((title or text[:200]).split()).casefold()


class ArticleAddresses:
    """A run's article addresses: each source's discovery pages, and, per address an article of
    the run declared or was given, its source and ``article_key``."""

    def __init__(self, discovery_pages: Mapping[str, Iterable[str]] | None = None) -> None:
        self.discovery_pages = {source: frozenset(map(canonicalize_url, urls))
                                for source, urls in (discovery_pages or {}).items()}
        self.claims: dict[str, tuple[str, str]] = {}

    def address(self, source: str, page_url: str, declared: str | None, key: str) -> str:
        """The canonical URL of the article of ``source`` fetched at ``page_url`` (``key``:
        its ``article_key``), recorded for the articles after it. Its declared canonical unless
        ``trusted_canonical`` refuses it, or another article of the source (another key) has that
        address already."""
        own = canonicalize_url(page_url)
        address = trusted_canonical(page_url, declared, self.discovery_pages.get(source, frozenset()))
        if address != own:
            claim = self.claims.get(address)
            if claim is not None and claim[0] == source and claim[1] != key:
                address = own
        self.claims.setdefault(address, (source, key))
        return address
