"""Spider middleware: skip the requests for pages an earlier run emitted an article under.

It sits where scrapy-deltafetch does, on the spider's output: a request is dropped before it is
scheduled, and counted per source (``newsspider/source/<name>/skipped_seen``). The news spider
checks its article links itself, with the age rule, before it makes their requests
(``newsspider.discovery.follow``, used by ``NewsSpider._links_followed``): a request flagged
``ARTICLE`` is passed as it is. Every other request a spider yields is checked here against the
state service's ``seen`` store (the canonical and the fetched URL of every article written),
unless ``NEWSSPIDER_REEMIT_MODIFIED`` or ``NEWSSPIDER_REEMIT_ALL`` is on (``skips_seen``).

The item-level twin of these checks, on the article's own id and dates, is
``newsspider.pipelines.incremental.IncrementalPipeline``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from scrapy import Request

from newsspider.discovery.follow import skips_seen, split_seen
from newsspider.extensions.state import StateService
from newsspider.middlewares import ARTICLE, SOURCE

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

SEEN_BATCH = 500
"""Requests checked against the seen store in one query (a feed's links are one batch)."""


class IncrementalMiddleware:
    """Drops the requests, other than those the spider checked (``ARTICLE``), for pages already emitted."""

    def __init__(self, state: StateService, stats: StatsCollector, *, check_seen: bool = True) -> None:
        self.state = state
        self.stats = stats
        self.check_seen = check_seen

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        """The middleware, from ``NEWSSPIDER_REEMIT_MODIFIED`` / ``_ALL``."""
        return cls(StateService.of(crawler), crawler.stats, check_seen=skips_seen(crawler.settings))

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The spider's output without the skipped requests, in order; requests are checked in batches."""
        batch: list[Request] = []
        async for entry in result:
            if not isinstance(entry, Request) or not self.check_seen or entry.meta.get(ARTICLE):
                for request in self._kept(batch):
                    yield request
                batch = []
                yield entry
            else:
                batch.append(entry)
                if len(batch) >= SEEN_BATCH:
                    for request in self._kept(batch):
                        yield request
                    batch = []
        for request in self._kept(batch):
            yield request

    def _kept(self, requests: list[Request]) -> list[Request]:
        """``requests`` minus those whose URL an earlier run emitted an article under."""
        kept, seen = split_seen(requests, [request.url for request in requests], self.state.seen.seen_urls)
        for request in seen:
            source = request.meta.get(SOURCE)
            self.stats.inc_value(f"newsspider/source/{source}/skipped_seen" if source else "newsspider/skipped_seen")
        return kept
