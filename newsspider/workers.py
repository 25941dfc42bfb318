"""One process pool per crawl for the CPU-heavy stages (extraction, embedding).

Work that takes tens of milliseconds per page would stall downloading if run in the reactor
thread, and trafilatura crashes when run from threads, so the pipelines hand it to processes
and await the result. The pool is a Scrapy extension so that it lives exactly as long as the
crawl and is shared by every pipeline of that crawl: ``crawler.get_extension(WorkerPool)``.

The pool starts when the spider opens, and each worker imports the heavy modules (trafilatura,
lxml, numpy, the cleaner's pattern tables) before its first job, so that the first pages do
not wait for process start-up while the downloader is already busy.

Every job is timed inside the worker (CPU seconds of that process), and the crawl's stats get,
per worker function: ``newsspider/workers/<function>/calls``, ``.../items`` (list results count
their length: a batch of 16 is 16 items) and ``.../cpu_ms``; ``.../wait_ms`` is the wall time
from submission to result seen from the reactor (queueing + IPC + work). These are what the
benchmark (bench/crawl.py) divides into CPU ms per page and stage.
"""
from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.extensions import required_extension

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Imported by each worker before its first job (ImportError is ignored: optional stages).
WARM_MODULES = (
    "newsspider.extract.article",
    "newsspider.extract.boilerplate",
    "newsspider.stories.detector",
)


def _warm_up(modules: tuple[str, ...]) -> None:
    """Worker initializer: pay the imports once, at start-up, not on the first page."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional dependency fails later, on the job that needs it
            logger.debug("worker warm-up: cannot import %s", name, exc_info=True)


def _timed(function: Callable[..., T], args: tuple) -> tuple[T, float]:
    """Run in the worker: the result and the CPU seconds this process spent on it."""
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def _name(function: Callable) -> str:
    while isinstance(function, functools.partial):
        function = function.func
    return getattr(function, "__name__", type(function).__name__)


class WorkerPool:
    """Process pool sized by ``NEWSSPIDER_WORKERS`` (0 = number of cores)."""

    def __init__(self, size: int, stats=None, warm_modules: tuple[str, ...] = WARM_MODULES):
        self.size = size or os.cpu_count() or 1
        self.stats = stats
        self.warm_modules = warm_modules
        self._executor: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPool:
        pool = cls(crawler.settings.getint("NEWSSPIDER_WORKERS"), crawler.stats)
        crawler.signals.connect(pool.start, signal=signals.spider_opened)
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pool

    @staticmethod
    def of(crawler: Crawler) -> WorkerPool:
        """The crawl's pool; pipelines call this from ``from_crawler``."""
        return required_extension(crawler, WorkerPool)

    def start(self, spider=None) -> None:
        """Start every worker now (they warm up while the first requests are in flight)."""
        executor = self._get_executor()
        for _ in range(self.size):  # spawn-context pools start processes on demand: ask for all
            executor.submit(int)

    def _get_executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn, not fork: the parent runs a reactor and threads that must not be copied.
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=self.size, mp_context=context,
                                                 initializer=_warm_up, initargs=(self.warm_modules,))
            logger.info("started %d worker processes", self.size)
        return self._executor

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in a worker process without blocking the reactor.

        A worker that dies (native crash, out of memory) breaks the pool; it is replaced once
        and the call retried, so one poisonous page cannot end the crawl.
        """
        loop = asyncio.get_running_loop()
        submitted = time.perf_counter()
        try:
            result, cpu = await loop.run_in_executor(self._get_executor(), _timed, function, args)
        except BrokenProcessPool:
            logger.error("a worker process died; restarting the pool and retrying once")
            if self.stats is not None:
                self.stats.inc_value("newsspider/workers/restarted")
            self._shutdown()
            result, cpu = await loop.run_in_executor(self._get_executor(), _timed, function, args)
        if self.stats is not None:
            key = f"newsspider/workers/{_name(function)}"
            self.stats.inc_value(f"{key}/calls")
            self.stats.inc_value(f"{key}/items", len(result) if isinstance(result, list) else 1)
            self.stats.inc_value(f"{key}/cpu_ms", round(cpu * 1000, 3))
            self.stats.inc_value(f"{key}/wait_ms", round((time.perf_counter() - submitted) * 1000, 3))
        return result

    def close(self) -> None:
        self._shutdown()

    def _shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
