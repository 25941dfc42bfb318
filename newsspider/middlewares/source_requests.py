"""Spider middleware: count, per source, the requests the spider sends.

``newsspider/source/<name>/requests`` (the ``requests=`` of the summary line) counts every request
of the spider (from ``start()`` and from its callbacks) that reaches the engine: placed on the
engine side of the spider middlewares. Links skipped as seen or too old, and those waiting over
their source's article limit (``newsspider.discovery.budget``), never become requests; an article
request the budget releases later (an article before it ended unwritten) reaches the engine outside
the spider middlewares, and the spider counts it under the same key. Requests a downloader
middleware issues on its own (retries, redirects, robots.txt) are not counted.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from scrapy import Request

from newsspider.middlewares import SOURCE
from newsspider.outcome import source_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector


class SourceRequestsMiddleware:
    """Counts the spider's requests per source (``meta[SOURCE]``)."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceRequestsMiddleware:
        """The middleware, counting into the crawl's stats."""
        return cls(crawler.stats)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The spider's start requests, counted."""
        async for entry in start:
            self._count(entry)
            yield entry

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The callbacks' requests, counted."""
        async for entry in result:
            self._count(entry)
            yield entry

    def _count(self, entry: Any) -> None:
        if isinstance(entry, Request) and (source := entry.meta.get(SOURCE)):
            self.stats.inc_value(source_key(source, "requests"))
