"""One set of worker processes per crawl for the CPU-heavy stages (extraction, cleaning, embedding).

Work that takes tens of milliseconds per page would stall downloading if run in the reactor
thread, and trafilatura crashes when run from threads, so the pipelines hand it to processes
and await the result. The pool is a Scrapy extension so that it lives exactly as long as the
crawl and is shared by every pipeline of that crawl: ``crawler.get_extension(WorkerPool)``.

Each worker is a spawned process with one socket to the crawl. The reactor writes a job (the
pickled function and arguments, length-prefixed) and reads the result from that socket with
non-blocking calls, so no thread sits between the two: ``concurrent.futures.ProcessPoolExecutor``
moves every job through a feeder thread, a manager thread and three pipes, which cost the crawl
process about as much CPU per page as the rest of its bookkeeping. A worker holds at most
``PREFETCH`` jobs (one running, the next three already in its socket, in the order they were sent),
so that it does not sit idle while the reactor is busy with a burst of responses.

The workers start when the pool is built, before Scrapy builds its engine, and warm up before
their first job (``newsspider.worker_process``: the stage modules imported, the language model
loaded, the cleaner's patterns compiled), so that the first pages do not wait for it. They
ignore Ctrl-C: the crawl decides when they stop (it closes their sockets), so a graceful shutdown
still finishes the pages in flight.

Every job is timed inside the worker (CPU seconds of that process), and the crawl's stats get,
per worker function: ``newsspider/workers/<function>/calls``, ``.../items`` (list results count
their length: a batch of 16 is 16 items) and ``.../cpu_ms``; ``.../wait_ms`` is the wall time
from submission to result seen from the reactor (queueing + IPC + work). These are what the
benchmark (bench/crawl.py) divides into CPU ms per page and stage. They are totalled here and
written to the stats every 50 calls of a function and when the spider closes.
"""
from __future__ import annotations

import asyncio
import collections
import functools
import logging
import multiprocessing
import os
import pickle
import socket
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy import signals

from newsspider.extensions import required_extension
from newsspider.worker_process import LENGTH, WARM_MODULES, serve

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
T = TypeVar("T")

PREFETCH = 4
"""Jobs a worker holds at most: the one it runs and the next ones, already in its socket."""
RETRIES_AFTER_A_DEATH = 1
"""Times a job is sent again when the worker holding it died (a native crash, out of memory)."""


class WorkerDied(BrokenProcessPool):
    """The worker process running (or holding) a job ended before answering."""


def _name(function: Callable) -> str:
    while isinstance(function, functools.partial):
        function = function.func
    return getattr(function, "__name__", type(function).__name__)


class _Worker:
    """One worker process and the crawl's end of its socket (non-blocking, on the event loop)."""

    def __init__(self, context, warm_modules: tuple[str, ...], on_answered: Callable[[], None],
                 on_lost: Callable[[_Worker], None]):
        self.sock, theirs = socket.socketpair()
        self.process = context.Process(target=serve, args=(theirs, warm_modules), daemon=True)
        self.process.start()
        theirs.close()
        self.sock.setblocking(False)
        self.waiting: collections.deque[asyncio.Future] = collections.deque()  # answers due, in order
        self.alive = True
        self._on_answered = on_answered
        self._on_lost = on_lost
        self._loop: asyncio.AbstractEventLoop | None = None
        self._inbox = bytearray()
        self._outbox = bytearray()

    def send(self, message: bytes, future: asyncio.Future) -> None:
        if self._loop is None:  # the first job: the loop is running now
            self._loop = asyncio.get_running_loop()
            self._loop.add_reader(self.sock, self._readable)
        self.waiting.append(future)
        frame = LENGTH.pack(len(message)) + message
        if self._outbox:  # the socket is full: keep the order
            self._outbox += frame
            return
        try:
            sent = self.sock.send(frame)
        except BlockingIOError:
            sent = 0
        except OSError:
            return self.lost()
        if sent < len(frame):
            self._outbox += memoryview(frame)[sent:]
            self._loop.add_writer(self.sock, self._writable)

    def _writable(self) -> None:
        try:
            sent = self.sock.send(self._outbox)
        except BlockingIOError:
            return
        except OSError:
            return self.lost()
        del self._outbox[:sent]
        if not self._outbox and self._loop is not None:
            self._loop.remove_writer(self.sock)

    def _readable(self) -> None:
        try:
            data = self.sock.recv(1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            return self.lost()
        inbox = self._inbox
        inbox += data
        while len(inbox) >= LENGTH.size:
            end = LENGTH.size + LENGTH.unpack_from(inbox)[0]
            if len(inbox) < end:
                break
            future = self.waiting.popleft()
            try:
                answer = pickle.loads(bytes(inbox[LENGTH.size:end]))
            except Exception as exc:
                answer = (False, exc, 0.0)
            del inbox[:end]
            if not future.done():
                future.set_result(answer)
        self._on_answered()

    def lost(self) -> None:
        """The process ended (or its socket broke): fail what it held, tell the pool once."""
        if not self.alive:
            return
        self.close()
        while self.waiting:
            future = self.waiting.popleft()
            if not future.done():
                future.set_exception(WorkerDied(f"worker process {self.process.pid} ended"))
        self._on_lost(self)

    def close(self) -> None:
        if not self.alive:
            return
        self.alive = False
        if self._loop is not None:
            self._loop.remove_reader(self.sock)
            self._loop.remove_writer(self.sock)
        self.sock.close()  # the process sees the end of its input and exits


class WorkerPool:
    """``NEWSSPIDER_WORKERS`` worker processes (0 = number of cores), fed from the reactor thread."""

    STATS_EVERY = 50

    def __init__(self, size: int, stats: Any = None, warm_modules: tuple[str, ...] = WARM_MODULES,
                 prefetch: int = PREFETCH) -> None:
        self.size = size or os.cpu_count() or 1
        self.stats = stats
        self.warm_modules = warm_modules
        self.prefetch = max(1, prefetch)
        self._context = multiprocessing.get_context("spawn")  # not fork: the reactor's threads must not be copied
        self._workers: list[_Worker] = []
        self._queue: collections.deque[tuple[bytes, asyncio.Future]] = collections.deque()  # not yet sent
        self._totals: dict[str, list] = {}  # function -> [calls, items, cpu_ms, wait_ms]
        self._closed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPool:
        """The pool, its workers already starting: Scrapy builds extensions before the engine, so
        the workers warm up (~1.6 s of CPU each) while the crawl process builds its downloader,
        middlewares and pipelines, on the core that process leaves idle, instead of after the
        spider opens, when the first pages are arriving."""
        pool = cls(crawler.settings.getint("NEWSSPIDER_WORKERS"), crawler.stats)
        pool.start()
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        crawler.signals.connect(pool.close, signal=signals.engine_stopped)  # the spider never opened
        return pool

    @staticmethod
    def of(crawler: Crawler) -> WorkerPool:
        """The crawl's pool; pipelines call this from ``from_crawler``."""
        return required_extension(crawler, WorkerPool)

    def start(self) -> None:
        """Start every worker now (each warms up before its first job)."""
        self._closed = False
        while len(self._workers) < self.size:
            self._workers.append(self._new_worker())
        logger.info("started %d worker processes", self.size)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in a worker process without blocking the reactor.

        A worker that dies (native crash, out of memory) is replaced and the call sent again
        (``RETRIES_AFTER_A_DEATH`` times), so one poisonous page cannot end the crawl.
        """
        submitted = time.perf_counter()
        message = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        for attempt in range(RETRIES_AFTER_A_DEATH + 1):
            try:
                ok, result, cpu = await self._submit(message)
                break
            except WorkerDied:
                if attempt == RETRIES_AFTER_A_DEATH:
                    raise
                logger.error("a worker process died; started another, sending its job again")
                if self.stats is not None:
                    self.stats.inc_value("newsspider/workers/restarted")
        self._account(_name(function), len(result) if ok and isinstance(result, list) else 1, cpu,
                      time.perf_counter() - submitted)
        if not ok:
            raise result
        return result

    async def _submit(self, message: bytes) -> tuple[bool, Any, float]:
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        if not self._workers:
            self.start()
        future = asyncio.get_running_loop().create_future()
        self._queue.append((message, future))
        self._dispatch()
        return await future

    def _dispatch(self) -> None:
        """Send queued jobs to the least busy workers, up to ``prefetch`` each."""
        while self._queue and self._workers:
            worker = min(self._workers, key=lambda w: len(w.waiting))
            if len(worker.waiting) >= self.prefetch:
                return
            message, future = self._queue.popleft()
            if not future.done():  # cancelled while queued: nothing to send
                worker.send(message, future)

    def _new_worker(self) -> _Worker:
        return _Worker(self._context, self.warm_modules, self._dispatch, self._replace)

    def _replace(self, dead: _Worker) -> None:
        if self._closed or dead not in self._workers:
            return
        self._workers[self._workers.index(dead)] = self._new_worker()
        self._dispatch()

    def _account(self, function: str, items: int, cpu: float, wait: float) -> None:
        """Add one call to the function's totals; they reach the stats every ``STATS_EVERY`` calls
        and at close (four stats calls per job cost the reactor more than the bookkeeping)."""
        totals = self._totals.setdefault(function, [0, 0, 0.0, 0.0])
        totals[0] += 1
        totals[1] += items
        totals[2] += round(cpu * 1000, 3)
        totals[3] += round(wait * 1000, 3)
        if totals[0] % self.STATS_EVERY == 0:
            self._publish(function, totals)

    def _publish(self, function: str, totals: list) -> None:
        if self.stats is None:
            return
        key = f"newsspider/workers/{function}"
        for name, value in zip(("calls", "items", "cpu_ms", "wait_ms"), totals, strict=True):
            self.stats.set_value(f"{key}/{name}", value)

    def close(self) -> None:
        """Stop the workers (they exit when their socket closes); jobs still queued are cancelled."""
        for function, totals in self._totals.items():
            self._publish(function, totals)
        self._closed = True
        for worker in self._workers:
            worker.close()
            for future in worker.waiting:
                future.cancel()
        self._workers.clear()
        while self._queue:
            self._queue.popleft()[1].cancel()
