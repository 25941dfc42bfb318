"""Downloader middleware: a feed, sitemap, listing or home page answered 503 or 429 with
``Retry-After`` is asked again when the server said (``newsspider.discovery.retry_after``).

Scrapy's ``RetryMiddleware`` (550) ignores ``Retry-After``: it asks again at once. This one sits
before it on the way back (``process_response`` runs in decreasing order): a wait up to
``RETRY_AFTER_MAX_SECONDS`` (and ending before ``CLOSESPIDER_TIMEOUT``) is slept without blocking
the reactor, and the retry is Scrapy's own (``get_retry_request``: the same ``RETRY_TIMES`` budget
and ``retry/*`` stats); a longer one marks the request ``dont_retry``, so the response goes on as
the source's error (``HTTP 503``) and the next run asks again. A stop (Ctrl-C, SIGTERM) ends the
wait within ``WAIT_SLICE_SECONDS``: the response goes on as the error. Article pages keep Scrapy's
retries: a run does not wait on one page.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import sleep

from newsspider.discovery.retry_after import OVER_THE_CAP, RETRY_AFTER_MAX_SECONDS, wait_before_retry
from newsspider.middlewares import ARTICLE, SOURCE

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

WAITED = "newsspider/retry_after/waited"
"""Stats key: requests asked again after the wait their ``Retry-After`` gave."""
OVER_CAP = "newsspider/retry_after/over_cap"
"""Stats key: requests not asked again this run, their ``Retry-After`` over the cap (or past the time limit)."""
WAIT_SLICE_SECONDS = 1.0
"""How often a wait looks whether the crawl is being stopped (a stop should not wait a minute)."""


class RetryAfterMiddleware:
    """Honours ``Retry-After`` on a source's discovery requests (not its article pages)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.time_limit = crawler.settings.getfloat("CLOSESPIDER_TIMEOUT")  # 0: none
        self.opened = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        """The middleware; ``NotConfigured`` when ``RETRY_ENABLED`` is off (nothing is retried)."""
        if not crawler.settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self) -> None:
        """The time ``CLOSESPIDER_TIMEOUT`` counts from."""
        self.opened = time.monotonic()

    def longest_wait(self) -> float:
        """``RETRY_AFTER_MAX_SECONDS``, or less when the run's time limit comes sooner."""
        if not self.time_limit:
            return RETRY_AFTER_MAX_SECONDS
        return max(0.0, min(RETRY_AFTER_MAX_SECONDS, self.opened + self.time_limit - time.monotonic()))

    def stopping(self) -> bool:
        """Whether the crawl is being stopped (Ctrl-C, SIGTERM: the engine no longer runs)."""
        engine = self.crawler.engine
        return engine is None or not engine.running

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        """The response, or the request again after the wait its ``Retry-After`` asks for."""
        meta = request.meta
        if meta.get(ARTICLE) or meta.get(SOURCE) is None or meta.get("dont_retry"):
            return response
        header = response.headers.get("Retry-After")
        value = header.decode("latin-1") if header is not None else None
        cap = self.longest_wait()
        wait = wait_before_retry(response.status, value, datetime.now(timezone.utc), cap)
        if wait is None:
            return response
        stats = self.crawler.stats
        assert stats is not None
        if wait == OVER_THE_CAP:
            meta["dont_retry"] = True  # Scrapy's retries would ask again at once
            stats.inc_value(OVER_CAP)
            logger.warning("%s: HTTP %d with Retry-After %r, longer than the %g s this run can wait: not asked "
                           "again this run", request.url, response.status, value, cap)
            return response
        spider = self.crawler.spider
        if spider is None:
            return response
        retry = get_retry_request(request, spider=spider, reason=f"{response.status} Retry-After {wait:g} s")
        if retry is None:  # the retries are spent (Scrapy logged it): the response is the source's error
            meta["dont_retry"] = True
            return response
        stats.inc_value(WAITED)
        logger.info("%s: HTTP %d, asked again in %g s (Retry-After)", request.url, response.status, wait)
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            if self.stopping():
                return response  # the source's error, as without the wait
            await sleep(min(left, WAIT_SLICE_SECONDS))
        return retry
