"""Interfaces of the state kept between runs, whichever backend holds it.

Two backends implement every protocol here: ``state.sqlite`` (one SQLite file under the state
directory, for a crawl that runs alone) and ``state.redis`` (one Redis, shared by the workers of a
distributed crawl). The crawl's components talk to these protocols only.

The story store is the exception: its protocol and records (``StoryStore``, ``ArticleRecord``)
are declared in ``newsspider.stories.store`` by the one that uses them, the plain-logic story
detector, which must not depend on this package; both backends implement it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from newsspider.state.learned_lines import NumberRun
    from newsspider.stories.store import StoryStore


class StateError(RuntimeError):
    """The state cannot be used (unwritable, corrupt, or from a newer release)."""


@dataclass(frozen=True)
class EmittedArticle:
    """What a later run needs to know about an article already written out."""

    id: str
    canonical_url: str
    url: str
    modified: str | None
    key: str | None = None
    """A short digest of what tells the article from another one declaring the same address (its
    title: ``discovery.canonical.key_digest``), so that a later run does not take that other
    article for this one; None when unknown (a record read back from a killed run's file, whose
    title the cleaning may have changed): such an article is taken as the same, as before."""

    @classmethod
    def from_records(cls, records: Iterable[object]) -> list[EmittedArticle]:
        """The articles of output records read back (the file of a killed run): every JSON object
        with an ``id`` and its URLs, without a ``key``; anything else a torn file left is passed over."""
        return [cls(r["id"], r["canonical_url"], r["url"], r.get("modified")) for r in records
                if isinstance(r, dict) and isinstance(r.get("id"), str) and "canonical_url" in r and "url" in r]


@dataclass(frozen=True)
class EmittedIdentity:
    """What tells whether a page is the article emitted under an id (``SeenStore.identity_of``)."""

    key: str | None
    """The ``EmittedArticle.key`` recorded with it (None: unknown, or recorded by an older release)."""
    reached_at: bool
    """Whether one of the URLs asked about is one it was reached under (the same page)."""


@dataclass(frozen=True)
class Validators:
    """HTTP cache validators of a feed or sitemap, for conditional GETs."""

    etag: str | None = None
    last_modified: str | None = None


class SeenStore(Protocol):
    """Articles emitted by earlier runs, and every URL they were reached under."""

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        """The subset of (canonical) URLs whose article was already emitted."""

    def modified_of(self, article_id: str) -> tuple[bool, str | None]:
        """(emitted before?, the ``modified`` date it was emitted with)."""

    def identity_of(self, article_id: str, urls: Iterable[str]) -> EmittedIdentity | None:
        """The key of the article emitted under ``article_id`` and whether it was reached at one of
        ``urls``; None when no article was emitted under it."""

    def add(self, articles: Iterable[EmittedArticle]) -> None:
        """Record articles as emitted (one emitted again takes its new ``modified`` and, when
        known, its new key: its headline now); called only once they are safely written."""

    def forget_before(self, cutoff: datetime) -> int:
        """Forget the articles last emitted before ``cutoff`` (and their URLs); returns how many."""

    def forget(self, article_ids: Iterable[str]) -> int:
        """Forget these articles (and their URLs): their output was lost; returns how many were recorded."""

    def count(self) -> int:
        """Articles recorded."""


class ValidatorStore(Protocol):
    """ETag / Last-Modified of each feed and sitemap URL, from the last complete run."""

    def get(self, url: str) -> Validators | None:
        """The validators stored for ``url``, if any."""

    def put(self, items: Iterable[tuple[str, Validators]]) -> None:
        """Store (replace) the validators of each URL."""


@runtime_checkable
class LineStatsStore(Protocol):
    """Per-site counts of recurring lines (``state.learned_lines`` explains the learning)."""

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        """Record the distinct line keys of one page; a page already seen is ignored."""

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        """Keys seen on >= max(2, min_pages) pages and on >= min_share of the site's pages."""

    def page_count(self, site: str) -> int:
        """Distinct pages observed for the site."""

    def number_runs(self, site: str, keys: Iterable[str]) -> dict[str, NumberRun]:
        """The ``NumberRun`` of each of these numbered keys that has one: the number its line has
        shown on every page it was on since the site's first (``state.learned_lines``)."""

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        """Drop keys seen on fewer than min_pages pages; returns how many were dropped."""

    def flush(self) -> None:
        """Make the observations so far durable (stores that buffer writes); call at the end of a run."""

    def decay(self, *, max_pages: int) -> int:
        """For each site this store observed or read in this process that has counted more than
        ``max_pages`` pages: halve its page count and every line count (rounding down, so a line
        seen on one page is forgotten) and keep half of its page hashes. Shares are kept, so the
        template lines stay learned, and a site's rows stay bounded. Returns the sites halved."""


class StateBackend(Protocol):
    """One place the state lives: it owns the connection and builds each store on it once."""

    shared: bool
    """Other crawls write to this state while this one runs (the workers of a distributed crawl)."""

    @property
    def seen(self) -> SeenStore:
        """The articles emitted so far."""

    @property
    def validators(self) -> ValidatorStore:
        """The feeds' and sitemaps' HTTP validators."""

    @property
    def learned_lines(self) -> LineStatsStore:
        """The per-site recurring-line counts."""

    @property
    def stories(self) -> StoryStore:
        """The story index's records (``newsspider.stories.store``)."""

    def watch(self, callback: Callable[[str], None]) -> None:
        """Call ``callback`` with a one-line description of every error the stores meet (the state
        failing under the crawl), before the error is raised to the store's caller."""

    def compact(self) -> None:
        """Give the space freed by forgetting (the retention) back, where the backend needs telling."""

    def close(self) -> None:
        """Release the connection; the stores must not be used afterwards."""
