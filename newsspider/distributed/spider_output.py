"""Spider middleware: tell the scheduler when the spider's output for an in-flight request is exhausted."""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from scrapy import Request

from newsspider.distributed.queue import INFLIGHT
from newsspider.distributed.signals import spider_output_done

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.signalmanager import SignalManager

PARENT = "newsspider_parent"
"""Request meta key: the in-flight id of the response that yielded this request (the scheduler
takes it off before the request is queued)."""


class SpiderOutputMiddleware:
    """Counts the items and requests the spider yields for a request taken from the run's queue,
    tags the requests with their parent's in-flight id, and sends ``spider_output_done`` when the
    output is exhausted (or ends with an exception).

    It must be the spider middleware closest to the engine (the add-on gives it order 0), so that
    what it counts is exactly what the engine receives.
    """

    def __init__(self, signals: SignalManager) -> None:
        self.signals = signals

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SpiderOutputMiddleware:
        """The middleware, sending on the crawl's signals."""
        return cls(crawler.signals)

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The output unchanged, counted; its requests tagged with their parent's in-flight id."""
        key = response.request.meta.get(INFLIGHT) if response.request is not None else None
        if key is None:  # not taken from the run's queue
            async for entry in result:
                yield entry
            return
        outputs = 0
        try:
            async for entry in result:
                if isinstance(entry, Request):
                    entry.meta[PARENT] = key
                    outputs += 1
                elif entry is not None:
                    outputs += 1
                yield entry
        finally:
            self.signals.send_catch_log(spider_output_done, response=response, outputs=outputs)
