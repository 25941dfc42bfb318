"""Downloader middleware: a source that has reached its per-run article limit has its remaining
article pages left unfetched.

The limit (the source's ``max_articles``, else ``NEWSSPIDER_MAX_ARTICLES_PER_SOURCE``) is applied
to articles by ``newsspider.pipelines.incremental.IncrementalPipeline``, which counts
``newsspider/source/<name>/over_limit`` for each article past it. From the first such article on,
every later article of the source is dropped there too, so fetching it is wasted on both sides: a
feed listing 100,000 links made a source limited to 20 articles fetch every one of them. Such a
request raises ``SourceFull``, which the spider counts as ``newsspider/source/<name>/over_limit_skipped``
(no error); the first one of a source is logged.

A crawl with an article budget (``newsspider.discovery.budget``: one with a limit, neither distributed
nor a WARC input) never requests more articles than a source may write, so no article is over its limit there and
this middleware drops nothing: it is the distributed crawl's limit on fetching.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest

from newsspider.middlewares import ARTICLE, SOURCE
from newsspider.outcome import source_key

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class SourceFull(IgnoreRequest):
    """An article request of a source that has reached its article limit for the run."""


class SourceLimitMiddleware:
    """Drops the article requests (``meta[ARTICLE]``) of a source with an article over its limit."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.full: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceLimitMiddleware:
        """The middleware, reading the crawl's stats."""
        return cls(crawler.stats)

    def process_request(self, request: Request) -> None:
        """``SourceFull`` for an article request of a full source; nothing otherwise."""
        source = request.meta.get(SOURCE)
        if not request.meta.get(ARTICLE) or source is None:
            return
        if source not in self.full:
            if not self.stats.get_value(source_key(source, "over_limit")):
                return
            self.full.add(source)
            logger.info("source %s reached its article limit for this run: its other article links are not "
                        "fetched", source)
        raise SourceFull(f"source {source} reached its article limit")
