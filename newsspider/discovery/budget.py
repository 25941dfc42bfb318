"""A source's article budget for one run (``max_articles``): which of its links become requests.

A limit of N articles should write the source's N newest articles, not whichever pages finish
first, and a page that fails, is no article or is a duplicate should not use up a place. So a
source's links become requests only while it has room: at most N of them are out (requested and
not yet ended) or written. Links past that wait, newest first (the feed's or sitemap's date:
``entry.newest_first``); each article that ends without being written (a failed request, a page
that is no article, a duplicate, one the pipelines dropped) hands its place to the newest link
waiting. A source's places are given once each document its sources-file entry lists (feeds,
sitemaps, listing pages) has been read (``expect``, ``document_read``), so the newest of all their
links win, whichever document came first. When the crawl goes idle nothing is out, so every
place not taken by a written article goes to the links waiting (``at_idle``): a safety net for
an ending this module was not told of. Links still waiting when the run ends are links left over
(``left``): their source keeps no feed validators, so the next run reads its documents in full
and takes them, newest first again (those written now are skipped as seen).

Plain bookkeeping, no Scrapy: the news spider holds it (``NewsSpider.budget``), admits its links
and tells it of the documents read; ``extensions.article_budget`` tells it how each article ended
and when the crawl is idle. A distributed crawl has none: its workers share no counts, and
``IncrementalPipeline`` keeps each worker's articles within the limit.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsspider.discovery.entry import DiscoveredLink, newest_first


def article_limit(own: int | None, crawl: int) -> int:
    """A source's article limit per run (0: none): its own ``max_articles`` where the sources file
    sets one, else the crawl's ``NEWSSPIDER_MAX_ARTICLES_PER_SOURCE``."""
    return crawl if own is None else own


@dataclass
class SourceBudget:
    """One source's places: ``limit`` articles, ``written`` of them written, ``out`` requested and
    not yet ended; the links not yet given a place (newest first) and every link seen."""

    limit: int
    written: int = 0
    out: int = 0
    waiting: list[DiscoveredLink] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    unread: int = 0
    """Listed documents of the source not read yet: no place is given before they are."""

    @property
    def room(self) -> int:
        """Places free now (none while a listed document is unread)."""
        return 0 if self.unread else max(0, self.limit - self.written - self.out)

    def take(self, count: int) -> list[DiscoveredLink]:
        """The ``count`` newest waiting links, given a place each."""
        taken, self.waiting = self.waiting[:count], self.waiting[count:]
        self.out += len(taken)
        return taken


class ArticleBudget:
    """Per-source article budgets of a run; ``limit_of(source)`` is its limit (0: none)."""

    def __init__(self, limit_of: Callable[[str], int]) -> None:
        self.limit_of = limit_of
        self.sources: dict[str, SourceBudget] = {}

    def _of(self, source: str) -> SourceBudget | None:
        budget = self.sources.get(source)
        if budget is None:
            limit = self.limit_of(source)
            if not limit:
                return None
            budget = self.sources[source] = SourceBudget(limit)
        return budget

    def admit(self, source: str, links: list[DiscoveredLink]) -> list[DiscoveredLink]:
        """Of a document's ``links`` (canonical URLs), those to request now: the newest of them and of
        the links waiting, as many as the source has room for; the others wait. A link already
        given to the budget (listed by another document of the source) is not taken twice. All of
        ``links`` for a source without a limit."""
        budget = self._of(source)
        if budget is None:
            return links
        new = [link for link in links if link.url not in budget.known]
        budget.known.update(link.url for link in new)
        budget.waiting = newest_first(budget.waiting + new)
        return budget.take(budget.room)

    def expect(self, source: str, documents: int) -> None:
        """``documents`` listed documents of ``source`` will be read: its links wait until they are."""
        if (budget := self._of(source)) is not None:
            budget.unread += documents

    def document_read(self, source: str) -> list[DiscoveredLink]:
        """A listed document of ``source`` was read (or failed); once all are, the links that
        take the source's places."""
        budget = self.sources.get(source)
        if budget is None or not budget.unread:
            return []
        budget.unread -= 1
        return budget.take(budget.room)

    def ended(self, source: str, written: bool) -> list[DiscoveredLink]:
        """An article request of ``source`` ended, with its article written or not; the links
        that take the place it leaves (none when it was written)."""
        budget = self.sources.get(source)
        if budget is None:
            return []
        budget.out = max(0, budget.out - 1)
        if written:
            budget.written += 1
            return []
        return budget.take(budget.room)

    def at_idle(self) -> dict[str, list[DiscoveredLink]]:
        """The crawl is idle: nothing is out. Per source, the links given the places no written
        article holds (none when every ending was told to ``ended``)."""
        released = {}
        for source, budget in self.sources.items():
            budget.out = budget.unread = 0  # a document whose end was not told of is not waited for
            if taken := budget.take(budget.room):
                released[source] = taken
        return released

    def left(self, source: str) -> int:
        """Links of ``source`` waiting: over its limit, left for a later run."""
        budget = self.sources.get(source)
        return len(budget.waiting) if budget is not None else 0
