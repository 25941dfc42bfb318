"""One process pool per crawl for the CPU-heavy stages (extraction, embedding).

Work that takes tens of milliseconds per page would stall downloading if run in the reactor
thread, and trafilatura crashes when run from threads, so the pipelines hand it to processes
and await the result. The pool is a Scrapy extension so that it lives exactly as long as the
crawl and is shared by every pipeline of that crawl: ``crawler.get_extension(WorkerPool)``.
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from scrapy import signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
T = TypeVar("T")


class WorkerPool:
    """Process pool sized by ``NEWSSPIDER_WORKERS`` (0 = number of cores)."""

    def __init__(self, size: int, stats=None):
        self.size = size or os.cpu_count() or 1
        self.stats = stats
        self._executor: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPool:
        pool = cls(crawler.settings.getint("NEWSSPIDER_WORKERS"), crawler.stats)
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pool

    @staticmethod
    def of(crawler: Crawler) -> WorkerPool:
        """The crawl's pool; pipelines call this from ``from_crawler``."""
        pool = crawler.get_extension(WorkerPool)
        if pool is None:
            raise RuntimeError("newsspider.workers.WorkerPool must be enabled in EXTENSIONS")
        return pool

    def _get_executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn, not fork: the parent runs a reactor and threads that must not be copied.
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=self.size, mp_context=context)
            logger.info("started %d worker processes", self.size)
        return self._executor

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in a worker process without blocking the reactor.

        A worker that dies (native crash, out of memory) breaks the pool; it is replaced once
        and the call retried, so one poisonous page cannot end the crawl.
        """
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._get_executor(), function, *args)
        except BrokenProcessPool:
            logger.error("a worker process died; restarting the pool and retrying once")
            if self.stats:
                self.stats.inc_value("newsspider/workers/restarted")
            self._shutdown()
            return await loop.run_in_executor(self._get_executor(), function, *args)

    def close(self) -> None:
        self._shutdown()

    def _shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
