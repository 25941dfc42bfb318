"""The news spider's article budget, told how each article request ended.

The budget (``newsspider.discovery.budget``) gives a source's places to its newest links; the
spider asks it which links to request and tells it when a listed document was read. Everything
else the budget must hear comes from the rest of the crawl: an article written or dropped in the
pipelines, an article request that failed or was dropped, and the crawl going idle.
"""
from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING, Any, Protocol

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from newsspider.items import Article, Page
from newsspider.signals import article_request_failed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newsspider.discovery.budget import ArticleBudget
    from newsspider.discovery.entry import DiscoveredLink

logger = logging.getLogger(__name__)


class BudgetedSpider(Protocol):
    """What the extension needs of the spider besides its budget: a way to request the links released."""

    def release(self, source: str, links: list[DiscoveredLink]) -> None:
        """Request ``links`` of ``source``, given a place later (none: the links left counted again)."""


class ArticleEndings:
    """Tells the spider's article budget of each article request that ended, and requests the links
    given the places freed. An article that passed every pipeline keeps its place (``item_scraped``).
    A page or article dropped (not an article, a duplicate, seen, too old...) or failed in a
    pipeline (``item_dropped``, ``item_error``), and an article request that failed or was dropped
    (``article_request_failed``), hand theirs to the newest link of their source waiting
    (``newsspider/budget/released``). When the crawl goes idle nothing is out, so the places no
    written article holds go to the links waiting (``ArticleBudget.at_idle``;
    ``newsspider/budget/released_at_idle``, 0 when every ending was seen as it happened), and the
    crawl goes on.

    ``NotConfigured`` when the spider has no budget: a distributed crawl, a WARC input, no limit.
    """

    def __init__(self, spider: BudgetedSpider, budget: ArticleBudget, stats: StatsCollector) -> None:
        self.spider = spider
        self.budget = budget
        self.stats = stats
        self.ended: deque[str] = deque()  # sources of article requests ended, their places not yet handed on
        self.handing_on = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleEndings:
        """The extension on the spider's budget (the spider is built before the extensions)."""
        spider: BudgetedSpider | None = crawler.spider  # type: ignore[assignment]  # the news spider, or None
        budget = getattr(spider, "budget", None)
        if spider is None or budget is None:
            raise NotConfigured
        extension = cls(spider, budget, crawler.stats)
        crawler.signals.connect(extension.item_written, signal=signals.item_scraped)
        for signal in (signals.item_dropped, signals.item_error):
            crawler.signals.connect(extension.item_not_written, signal=signal)
        crawler.signals.connect(extension.article_not_written, signal=article_request_failed)
        crawler.signals.connect(extension.release_at_idle, signal=signals.spider_idle)
        return extension

    def item_written(self, item: Any) -> None:
        """An article passed every pipeline: it is written, and keeps its place."""
        if isinstance(item, Article):
            self.budget.ended(item.source, written=True)

    def item_not_written(self, item: Any) -> None:
        """A page or article dropped or failed in a pipeline: its place goes to a link waiting."""
        if isinstance(item, Page | Article):
            self.article_not_written(item.source)

    def article_not_written(self, source: str) -> None:
        """An article request of ``source`` ended with no article written: its place goes to the
        newest link of the source waiting. A request the scheduler drops at once (a duplicate of
        another source's) ends inside the ``release`` that sent it: its place is handed on when that
        returns, in this loop, not in a recursion as deep as the run of such links (400 links
        another source had requested first ended in ``RecursionError``)."""
        self.ended.append(source)
        if self.handing_on:
            return
        self.handing_on = True
        try:
            while self.ended:
                ended = self.ended.popleft()
                taken = self.budget.ended(ended, written=False)
                if taken:
                    self.stats.inc_value("newsspider/budget/released", len(taken))
                self.spider.release(ended, taken)
        finally:
            self.handing_on = False

    def release_at_idle(self) -> None:
        """The crawl is idle: the places not held by a written article go to the links waiting."""
        released = self.budget.at_idle()
        for source, links in released.items():
            self.stats.inc_value("newsspider/budget/released_at_idle", len(links))
            logger.info("source %s: %d article links released at idle (their places were free)", source, len(links))
            self.spider.release(source, links)
        if released:
            raise DontCloseSpider
