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
  copy, dropped as before);
- an address on the page's own site an earlier run emitted another article under: one whose
  ``article_key`` digest (recorded with it in the seen store) differs, fetched at none of its
  URLs (another site's page declaring it is a syndicated copy, as in a run). Without this, a new
  article declaring the canonical a CMS copies into every page is dropped as already emitted,
  and lost for good. The same page (a URL of the article) stays that article whatever its
  headline now says (an edited headline), and a row of an older release (no digest) is trusted
  as before. Titles are compared whole, not loosely: a series' headlines differ in one word
  ("day 100", "day 101") and are different articles; an edited headline reached at a new URL
  makes a second record, which story detection marks as a copy, where a loose match would
  lose an article.

A refused address is kept for the article's copies in the run: a page of the same source
declaring the same address under the same key is given the address its first page got (and so
dropped as its duplicate).

``ArticleAddresses`` keeps what the last three rules need for a run; the crawl's extraction
pipeline and ``scrapy article`` both use it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Literal, NamedTuple, Protocol
from urllib.parse import unquote, urlsplit

from newsspider.discovery.links import looks_like_article_url
from newsspider.urls import canonicalize_url, host_key, resolve_canonical


def trusted_canonical(page_url: str, declared: str | None, discovery_pages: frozenset[str] = frozenset(),
                      *, own: str | None = None) -> Address:
    """The address an article fetched at ``page_url`` is known by: its declared canonical
    (canonicalized) unless that names its home page, its section or one of ``discovery_pages``
    (canonical URLs); the page's own URL then, the canonical refused as ``not_an_article`` (a home
    page is no canonical at all: ``resolve_canonical``). ``own``: ``canonicalize_url(page_url)``,
    when the caller has it (the crawl asks once per page: it is not worked out again)."""
    own = canonicalize_url(page_url) if own is None else own
    candidate = resolve_canonical(page_url, declared) if declared else own  # none declared: the page's own
    if candidate == own:
        return Address(own)
    if candidate in discovery_pages or is_section_of(candidate, own):
        return Address(own, "not_an_article")
    return Address(candidate)


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


def key_digest(key: str) -> str:
    """The short form of an ``article_key`` kept with an emitted article (16 hex digits of
    SHA-256): enough to tell two titles apart, not the title itself."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class EarlierArticle(Protocol):
    """What the seen store knows of the article an earlier run emitted under an address."""

    @property
    def key(self) -> str | None:
        """Its ``key_digest`` (None: recorded by a release that kept none)."""

    @property
    def reached_at(self) -> bool:
        """Whether the page asked about is at one of the URLs it was reached under."""


EarlierLookup = Callable[[str, Collection[str]], "EarlierArticle | None"]
"""(address, the page's URLs) -> the article an earlier run emitted under the address, if any."""

Refusal = Literal["not_an_article", "taken_in_run", "taken_by_earlier_run"]


class Address(NamedTuple):
    """The address an article is known by, and why its declared canonical was refused, if it was:
    it names no article (``trusted_canonical``), another article of the run has it, or an earlier
    run emitted another article under it."""

    url: str
    refused: Refusal | None = None


def is_another_article(earlier: EarlierArticle | None, key: str) -> bool:
    """Whether the article an earlier run emitted under an address (``earlier``) is not the page's
    (``key``: its ``article_key``): a recorded digest that differs, for a page at none of its URLs."""
    return earlier is not None and not earlier.reached_at and earlier.key is not None \
        and earlier.key != key_digest(key)


class ArticleAddresses:
    """A run's article addresses: each source's discovery pages, per address an article of the
    run declared or was given its source and ``article_key``, the addresses refused to an
    article (for its copies), and ``earlier``: what earlier runs emitted (none: this run only)."""

    def __init__(self, discovery_pages: Mapping[str, Iterable[str]] | None = None,
                 earlier: EarlierLookup | None = None) -> None:
        self.discovery_pages = {source: frozenset(map(canonicalize_url, urls))
                                for source, urls in (discovery_pages or {}).items()}
        self.earlier = earlier
        self.claims: dict[str, tuple[str, str]] = {}
        self.refused: dict[tuple[str, str, str], str] = {}

    def address(self, source: str, page_url: str, declared: str | None, key: str) -> Address:
        """The canonical URL of the article of ``source`` fetched at ``page_url`` (``key``: its
        ``article_key``), recorded for the articles after it. Its declared canonical unless
        ``trusted_canonical`` refuses it, another article of the source (another key) has that
        address already in this run, or, on the page's site, an earlier run emitted another
        article under it (``is_another_article``); then the address its copy was given, else its
        own URL."""
        own = canonicalize_url(page_url)
        address, refused = trusted_canonical(page_url, declared, self.discovery_pages.get(source, frozenset()), own=own)
        if address != own:
            claim = self.claims.get(address)
            if claim is not None and claim[0] == source and claim[1] != key:
                refused = "taken_in_run"
            elif claim is None and self.earlier is not None and host_key(address) == host_key(own) \
                    and is_another_article(self.earlier(address, (page_url, own)), key):
                refused = "taken_by_earlier_run"
            if refused is not None:
                address = self.refused.setdefault((source, address, key), own)
        self.claims.setdefault(address, (source, key))
        return Address(address, refused)
