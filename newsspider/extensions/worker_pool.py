"""One set of worker processes per crawl for the CPU-heavy stages (extraction, cleaning, embedding;
the spider's parsing of feeds and sitemaps).

Work that takes tens of milliseconds per page would stall downloading if run in the reactor
thread, and trafilatura crashes when run from threads, so the pipelines hand it to processes
and await the result. The pool is a Scrapy extension so that it lives exactly as long as the
crawl and is shared by every pipeline of that crawl: ``crawler.get_extension(WorkerPool)``.

Each worker is a process forked from a zygote the pool spawns (``newsspider.worker_process``: not
forked from the crawl process, whose reactor threads must not be copied; not from a forkserver,
which listens on a socket), with one socket to the crawl. The reactor writes a job (the
pickled function and arguments, length-prefixed) and reads the result from that socket with
non-blocking calls, so no thread sits between the two: ``concurrent.futures.ProcessPoolExecutor``
moves every job through a feeder thread, a manager thread and three pipes, which cost the crawl
process about as much CPU per page as the rest of its bookkeeping.

Keeping the workers busy: a worker can only be handed work when the reactor thread gets round to
it, and that thread is sometimes busy for a long stretch (a batch of story fingerprints comes
back and a hundred copies waiting for it are assigned and written in one go). So each worker
holds, already in its socket, about ``PREFETCH_SECONDS`` of work (each function's mean CPU time
per item so far) and at least the job after the one it runs, and runs them in the order sent. Jobs not yet sent wait in the pool by
``priority``, highest first: the pipelines give a later stage's job a higher one, so pages
already under way finish before new ones start, instead of every page in flight being extracted,
then every one cleaned, and so on in waves that leave the workers idle while the next wave is read.
A job goes to the worker whose work is estimated to end first. A stage that gathers items into
batches asks when the workers have nothing to do (``idle_workers``, ``when_idle``), so that it does
not hold a partial batch back while they wait (``newsspider.batching``).

The zygote starts when the pool is built, before Scrapy builds its engine, and warms up before
it forks the workers (the stage modules imported, the language model loaded, the cleaner's
patterns compiled), once for all of them, so that the first pages do not wait for it. They
ignore Ctrl-C and SIGTERM (sent to the crawl's whole process group by a terminal or a service
manager): the crawl decides when they stop (it closes their sockets), so a graceful shutdown
still finishes the pages in flight, and nothing is restarted while it does.

Every job is timed inside the worker (CPU seconds of that process), and the crawl's stats get,
per worker function: ``newsspider/workers/<function>/calls``, ``.../items`` (the ``items`` each
call declares: a batch of 16 is 16 items) and ``.../cpu_ms``; ``.../wait_ms`` is the wall time
from submission to result seen from the reactor (queueing + IPC + work). For the pool:
``newsspider/workers/busy_ms``, the wall time the workers spent running jobs, and
``newsspider/workers/idle_ms``, the wall time they waited for their next job after their first
(work the reactor did not hand them in time). These are what the benchmarks (bench/crawl.py,
bench/warc.py) divide into CPU ms per page and stage, and the workers' idle share. They are
totalled here and written to the stats every 50 calls of a function and when the spider closes.
"""
from __future__ import annotations

import asyncio
import atexit
import collections
import functools
import itertools
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy import signals

from newsspider.extensions import required_extension
from newsspider.worker_process import ENDED, JOB_TIMEOUT_SECONDS, LENGTH, PID, WARM_MODULES, ZYGOTE_COMMAND, WarmCall

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
T = TypeVar("T")

PREFETCH_SECONDS = 0.25
"""Work a worker holds (the job it runs and the next ones, already in its socket), in CPU seconds
estimated from each function's jobs so far: longer than the reactor thread's longest stretches of
other work, so that the worker is not left idle meanwhile."""
PREFETCH_MIN_JOBS = 2
"""Jobs a worker holds at least, however long they are estimated to take: the one it runs and the
next, so that it does not wait for the reactor thread to answer at the end of every long job."""
PREFETCH_MAX_JOBS = 64
"""Jobs a worker holds at most, however cheap they are."""
FIRST_JOB_SECONDS = 0.01
"""Estimated CPU time of a function's job before one has been timed."""
SENDMSG_BUFFERS = 64
"""Buffers (two per job) handed to one ``sendmsg`` call."""
RETRIES_AFTER_A_DEATH = 1
"""Times a job is sent again when the worker running it died (a native crash, out of memory)."""
ENDED_REPORT_SECONDS = 1.0
"""Wait at most for the zygote's report of how a dead worker ended (it comes within milliseconds;
none comes when the zygote itself is gone) before its job fails without it."""


class WorkerDied(BrokenProcessPool):
    """The worker process running (or holding) a job ended before answering."""


class JobTimedOut(TimeoutError):
    """A job ran longer than its timeout (``JOB_TIMEOUT_SECONDS`` an item): its worker process was
    ended, and the job is not sent again (it would take as long on another worker)."""


def _ending(pid: int | None, status: int | None) -> str:
    """How a worker process ended, from its wait status (``os.waitpid``), for :class:`WorkerDied`:
    an exit code of its own, or the signal that ended it (SIGKILL: the kernel's out-of-memory
    killer, most often; SIGSEGV: a native crash)."""
    process = "the worker process" if pid is None else f"worker process {pid}"
    if status is None:
        return f"{process} ended (how is unknown) before answering"
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "unknown"
        return f"{process} was ended by signal {-code} ({name}) before answering"
    return f"{process} exited with code {code} before answering"


class _Job:
    """A pickled call, the future of its answer, and what the pool knows of its cost."""

    __slots__ = ("message", "future", "priority", "cost", "timeout")

    def __init__(self, message: bytes, future: asyncio.Future, priority: int, cost: float,
                 timeout: float | None = None):
        self.message, self.future, self.priority, self.cost = message, future, priority, cost
        self.timeout = timeout  # wall seconds it may run, from when its worker starts it; None: no limit


ANSWER_READ_BYTES = 1 << 20
"""Bytes one read of a worker's socket takes at most (a batch's answer comes in a few reads)."""
REPORT_READ_BYTES = 1 << 16
"""Bytes one read of the zygote's reports takes at most (8 bytes a report)."""


def _received(sock: socket.socket, buffer: memoryview) -> memoryview | None:
    """What ``sock`` holds now, read into ``buffer`` (as much as it takes), without waiting: None
    when nothing yet, an empty view when the other end is gone (or the socket broke). Into a buffer
    kept by the reader: ``recv(size)`` allocates ``size`` bytes at every call, an empty one included
    (a megabyte, mapped and unmapped: ~15 us of CPU, several times a page)."""
    try:
        return buffer[:sock.recv_into(buffer, 0, socket.MSG_DONTWAIT)]
    except BlockingIOError:
        return None
    except OSError:
        return buffer[:0]


def _name(function: Callable) -> str:
    while isinstance(function, functools.partial):
        function = function.func
    return getattr(function, "__name__", type(function).__name__)


def interpreter_options() -> list[str]:
    """The crawl's own interpreter options a worker must share (``python -O``, ``-W error``,
    ``-X dev``, ``-B``), read from :data:`sys.flags` and :data:`sys.warnoptions`: ``python -c``
    alone starts without them (multiprocessing's spawn passed them on)."""
    options = [f"-{'O' * sys.flags.optimize}"] if sys.flags.optimize else []
    options += [f"-W{option}" for option in sys.warnoptions]
    if sys.flags.dev_mode:
        options += ["-X", "dev"]
    if sys.flags.dont_write_bytecode:
        options.append("-B")
    return options


class _Zygote:
    """The process the workers are forked from (``worker_process.zygote``, started as
    ``ZYGOTE_COMMAND``: a new interpreter, not a fork of the crawl, whose reactor's threads must not
    be copied), and the crawl's end of the socket pair that asks it for one."""

    def __init__(self, warm_modules: tuple[str, ...], warm_calls: tuple[WarmCall, ...]):
        self.control, theirs = socket.socketpair()
        with theirs:
            # -P: ``import pickle`` in ZYGOTE_COMMAND is the standard library's, not a file of that
            # name in the directory the crawl runs in (``-c`` puts it first on the path).
            command = [sys.executable, *interpreter_options(), "-P", "-c", ZYGOTE_COMMAND]
            self.process = subprocess.Popen(command, stdin=subprocess.PIPE, pass_fds=[theirs.fileno()])
            assert self.process.stdin is not None
            with self.process.stdin as setup:  # read at once: it is the zygote's first step
                pickle.dump(sys.path, setup)
                pickle.dump((theirs.fileno(), warm_modules, warm_calls), setup)
        # It ignores SIGTERM (``worker_process``): killed when the crawl process exits, so that
        # it never outlives it.
        atexit.register(self._end)
        self._ended: dict[int, int] = {}  # process id -> wait status, of the workers reported ended
        self._waiting: dict[int, tuple[Callable[[int | None], None], asyncio.TimerHandle]] = {}
        self._inbox = bytearray()
        self._buffer = memoryview(bytearray(REPORT_READ_BYTES))  # what one read takes in
        self._loop: asyncio.AbstractEventLoop | None = None  # reading the reports

    def _end(self) -> None:
        self.process.kill()
        self.process.wait()

    def when_ended(self, pid: int | None, callback: Callable[[int | None], None]) -> None:
        """Call ``callback`` with the wait status of worker ``pid`` once the zygote reports it
        ended (None for an unknown ``pid``, or no report within ``ENDED_REPORT_SECONDS``)."""
        if pid is None:
            return callback(None)
        self._read()
        if pid in self._ended:
            return callback(self._ended.pop(pid))
        loop = asyncio.get_running_loop()
        if self._loop is None and self.control.fileno() >= 0:
            self._loop = loop
            loop.add_reader(self.control, self._read)
        self._waiting[pid] = (callback, loop.call_later(ENDED_REPORT_SECONDS, self._no_report, pid))

    def _read(self) -> None:
        """Take in the reports (:data:`ENDED`) the zygote has sent, and answer those waited for."""
        data = _received(self.control, self._buffer)
        if data is None:
            return
        if not data:  # the zygote is gone: no report is coming
            self._stop_reading()
            for pid in list(self._waiting):
                self._no_report(pid)
            return
        self._inbox += data
        whole = len(self._inbox) - len(self._inbox) % ENDED.size
        for pid, status in ENDED.iter_unpack(self._inbox[:whole]):
            waiting = self._waiting.pop(pid, None)
            if waiting is None:
                self._ended[pid] = status
            else:
                waiting[1].cancel()
                waiting[0](status)
        del self._inbox[:whole]

    def _no_report(self, pid: int) -> None:
        callback, timer = self._waiting.pop(pid)
        timer.cancel()
        callback(None)

    def _stop_reading(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self.control)
            self._loop = None

    def fork(self, worker_end: socket.socket) -> None:
        """Have a worker forked that serves ``worker_end`` (it forks once warm). Raises OSError
        when the zygote is gone."""
        socket.send_fds(self.control, [b"w"], [worker_end.fileno()])

    def close(self) -> None:
        self._stop_reading()
        for pid in list(self._waiting):
            self._no_report(pid)
        self.control.close()
        # Ended and reaped now, not at the interpreter's exit: a process that runs crawls one after
        # another (tests, a scheduler) keeps no exited zygote and no atexit entry per crawl. Its
        # workers are processes of their own: they finish their job and exit when their sockets close.
        self._end()
        atexit.unregister(self._end)


class _Worker:
    """One worker process and the crawl's end of its socket (non-blocking, on the event loop)."""

    def __init__(self, fork: Callable[[socket.socket], None], on_answered: Callable[[], None],
                 on_lost: Callable[[_Worker, list[_Job]], None],
                 on_overdue: Callable[[_Worker, _Job], None] = lambda worker, job: None):
        self.sock, theirs = socket.socketpair()
        try:
            fork(theirs)
        finally:
            theirs.close()
        self.sock.setblocking(False)
        self.waiting: collections.deque[_Job] = collections.deque()  # sent, answers due, in order
        self.held_seconds = 0.0  # the estimated cost of the jobs waiting
        self.running_since = 0.0  # when the first job waiting started, as far as the reactor can tell
        self.alive = True
        self.pid: int | None = None  # the process's id, its first message
        self._on_answered = on_answered
        self._on_lost = on_lost
        self._on_overdue = on_overdue
        self._deadline: asyncio.TimerHandle | None = None  # of the job it runs (the first waiting)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._writing = False  # the loop calls _writable when the socket has room
        self._inbox = bytearray()
        self._buffer = memoryview(bytearray(ANSWER_READ_BYTES))  # what one read takes in
        self._outbox: collections.deque[memoryview] = collections.deque()  # not yet in the socket, in order

    def send(self, job: _Job) -> None:
        if self._loop is None:  # the first job: the loop is running now
            self._loop = asyncio.get_running_loop()
            self._loop.add_reader(self.sock, self._readable)
        starts = not self.waiting
        if starts:
            self.running_since = time.perf_counter()
        self.waiting.append(job)
        if starts:
            self._time_running()
        self.held_seconds += job.cost
        queued = bool(self._outbox)
        self._outbox += (memoryview(LENGTH.pack(len(job.message))), memoryview(job.message))
        if not queued:  # else the socket is full and _writable is waiting for it: keep the order
            self._writable()

    def _writable(self) -> None:
        """Write what the socket takes of the jobs not yet written (without copying them)."""
        outbox = self._outbox
        try:
            sent = self.sock.sendmsg(list(itertools.islice(outbox, SENDMSG_BUFFERS)))
        except BlockingIOError:
            sent = 0
        except OSError:
            return self.lost()
        while sent:
            if sent < len(outbox[0]):
                outbox[0] = outbox[0][sent:]
                break
            sent -= len(outbox.popleft())
        if self._loop is None or bool(outbox) == self._writing:
            return
        if outbox:  # the socket is full: write the rest when it has room
            self._loop.add_writer(self.sock, self._writable)
        else:
            self._loop.remove_writer(self.sock)
        self._writing = bool(outbox)

    def _readable(self) -> None:
        data = _received(self.sock, self._buffer)
        if data is None:
            return
        if not data:
            return self.lost()
        inbox = self._inbox
        inbox += data
        if self.pid is None and len(inbox) >= PID.size:
            (self.pid,) = PID.unpack_from(inbox)
            del inbox[:PID.size]
            self._time_running()  # the process is up: its first job's time starts now
        while self.pid is not None and len(inbox) >= LENGTH.size:
            end = LENGTH.size + LENGTH.unpack_from(inbox)[0]
            if len(inbox) < end:
                break
            job = self.waiting.popleft()
            self.held_seconds = max(0.0, self.held_seconds - job.cost) if self.waiting else 0.0
            self.running_since = time.perf_counter()  # the next job started when this answer was sent
            self._time_running()
            try:
                answer = pickle.loads(bytes(inbox[LENGTH.size:end]))
            except Exception as exc:
                answer = (False, exc, 0.0, 0.0, 0.0)
            del inbox[:end]
            if not job.future.done():
                job.future.set_result(answer)
        self._on_answered()

    def _time_running(self) -> None:
        """Watch the job it now runs (the first waiting) for its timeout, from about when it started
        (when the reactor saw the answer before it, or the new process's id: later, never sooner)."""
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        if self.waiting and self.waiting[0].timeout and self._loop is not None and self.pid is not None:
            self._deadline = self._loop.call_later(self.waiting[0].timeout, self._overdue, self.waiting[0])

    def _overdue(self, job: _Job) -> None:
        self._deadline = None
        if self.alive and self.waiting and self.waiting[0] is job:
            self._on_overdue(self, job)

    def end(self) -> None:
        """End the process now (SIGKILL: it may be deep in native code), then hand the pool what it
        held (:meth:`lost`). Without its id (not yet read) its socket is closed: it exits once its
        job ends."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.lost()

    def seconds_left(self, now: float) -> float:
        """The estimated work left in the jobs it holds: their cost, less the time the one it runs
        has run (up to that job's own estimate)."""
        if not self.waiting:
            return 0.0
        return max(0.0, self.held_seconds - min(now - self.running_since, self.waiting[0].cost))

    def lost(self) -> None:
        """The process ended (or its socket broke): hand the pool what it held, once."""
        if not self.alive:
            return
        self.close()
        jobs = list(self.waiting)
        self.waiting.clear()
        self.held_seconds = 0.0
        self._on_lost(self, jobs)

    def close(self) -> None:
        if not self.alive:
            return
        self.alive = False
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        if self._loop is not None:
            self._loop.remove_reader(self.sock)
            self._loop.remove_writer(self.sock)
        self.sock.close()  # the process sees the end of its input and exits


def stage_priority(crawler: Crawler, pipeline: type) -> int:
    """The pipeline's order in ``ITEM_PIPELINES`` (0 when it is not listed), as the priority of its
    jobs: a later stage's jobs go first, so pages already under way finish before new ones start."""
    for cls, order in _pipelines(crawler):
        if cls is pipeline:
            return order
    return 0


def warm_calls(crawler: Crawler) -> tuple[WarmCall, ...]:
    """What the crawl's pipelines ask the zygote to load once, before it forks the workers: each
    listed pipeline class's ``worker_warm_up(settings)``, if it has one (the story model: loaded
    once and shared by every worker instead of loaded by each at its first job)."""
    calls: list[WarmCall] = []
    for cls, _ in _pipelines(crawler):
        hook = getattr(cls, "worker_warm_up", None)
        if hook is not None:
            calls += hook(crawler.settings)
    return tuple(calls)


def _pipelines(crawler: Crawler) -> list[tuple[type, int]]:
    """``ITEM_PIPELINES``' classes (not built) and orders, leaving out those set to None."""
    from scrapy.utils.misc import load_object

    return [(path if isinstance(path, type) else load_object(path), int(order))
            for path, order in crawler.settings.getwithbase("ITEM_PIPELINES").items() if order is not None]


class WorkerPool:
    """``NEWSSPIDER_WORKERS`` worker processes (0 = number of cores), fed from the reactor thread."""

    STATS_EVERY = 50

    def __init__(self, size: int, stats: Any = None, warm_modules: tuple[str, ...] = WARM_MODULES,
                 prefetch_seconds: float = PREFETCH_SECONDS, warm_calls: tuple[WarmCall, ...] = (),
                 job_timeout: float = JOB_TIMEOUT_SECONDS) -> None:
        self.size = size or os.cpu_count() or 1
        self.job_timeout = job_timeout  # wall seconds a job may run per item; 0: no limit
        self.stats = stats
        self.warm_modules = warm_modules
        self.warm_calls = warm_calls
        self.prefetch_seconds = prefetch_seconds
        self._zygote: _Zygote | None = None
        self._workers: list[_Worker] = []
        self._queues: dict[int, collections.deque[_Job]] = {}  # not yet sent, by priority
        self._totals: dict[str, list] = {}  # function -> [calls, items, cpu_ms, wait_ms]
        self._busy_idle = [0.0, 0.0]  # seconds the workers ran jobs / waited for one (after their first)
        self._closed = False
        self._idle_callbacks: list[Callable[[], None]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPool:
        """The pool, its workers already started: Scrapy builds extensions before the engine, so
        the workers are warm before the spider opens, when the first pages are arriving."""
        pool = cls(crawler.settings.getint("NEWSSPIDER_WORKERS"), crawler.stats, warm_calls=warm_calls(crawler),
                   job_timeout=crawler.settings.getfloat("NEWSSPIDER_WORKER_TIMEOUT"))
        pool.start()
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        crawler.signals.connect(pool.close, signal=signals.engine_stopped)  # the spider never opened
        return pool

    @staticmethod
    def of(crawler: Crawler) -> WorkerPool:
        """The crawl's pool; pipelines call this from ``from_crawler``."""
        return required_extension(crawler, WorkerPool)

    def start(self) -> None:
        """Start every worker now (forked from the zygote as soon as it is warm)."""
        self._closed = False
        while len(self._workers) < self.size:
            self._workers.append(self._new_worker())
        logger.info("started %d worker processes", self.size)

    async def run(self, function: Callable[..., T], *args: Any, priority: int = 0, items: int = 1) -> T:
        """Run ``function(*args)`` in a worker process without blocking the reactor; among the
        jobs waiting for a worker, those of the highest ``priority`` go first. ``items``: how many
        items the call handles (a batch's length), for its cost estimate (see ``_cost``).

        A worker that dies (native crash, out of memory) is replaced and the call it was running
        sent again (``RETRIES_AFTER_A_DEATH`` times), so one poisonous page cannot end the crawl;
        the calls queued behind it in its socket go to the new worker as they were. A call that
        runs longer than ``job_timeout`` seconds an item ends its worker (replaced the same way) and
        raises :class:`JobTimedOut`, counted as ``newsspider/workers/timed_out``: one runaway page
        must not hold a worker, and the crawl's end, for as long as it runs.
        """
        submitted = time.perf_counter()
        name = _name(function)
        message = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        timeout = self.job_timeout * items if self.job_timeout > 0 else None
        for attempt in range(RETRIES_AFTER_A_DEATH + 1):
            try:
                ok, result, cpu, busy, idle = await self._submit(message, priority, self._cost(name, items), timeout)
                break
            except WorkerDied as died:
                if attempt == RETRIES_AFTER_A_DEATH:
                    raise
                logger.error("%s; started another, sending its job again", died)
                if self.stats is not None:
                    self.stats.inc_value("newsspider/workers/restarted")
        self._busy_idle[0] += busy
        self._busy_idle[1] += idle
        self._account(name, items, cpu, time.perf_counter() - submitted)
        if not ok:
            raise result
        return result

    def _cost(self, function: str, items: int) -> float:
        """Estimated CPU seconds of a job of ``function`` handling ``items`` items: the function's
        mean CPU time per item so far, times ``items``. Per item, not per call: a batch of one
        estimated at a full batch's cost would leave its worker holding no other work, idle when
        it ends while the other worker's socket holds the rest."""
        totals = self._totals.get(function)
        return items * totals[2] / totals[1] / 1000 if totals and totals[1] else FIRST_JOB_SECONDS

    async def _submit(self, message: bytes, priority: int, cost: float,
                      timeout: float | None = None) -> tuple[bool, Any, float, float, float]:
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        if not self._workers:
            self.start()
        job = _Job(message, asyncio.get_running_loop().create_future(), priority, cost, timeout)
        if priority not in self._queues:
            self._queues = dict(sorted({**self._queues, priority: collections.deque()}.items(), reverse=True))
        self._queues[priority].append(job)
        self._dispatch()
        return await job.future

    def _dispatch(self) -> None:
        """Send queued jobs, highest priority first, to the workers holding the least work (fewer
        than ``PREFETCH_MIN_JOBS`` jobs first), until each holds ``PREFETCH_MIN_JOBS`` jobs and
        ``prefetch_seconds`` of work (or ``PREFETCH_MAX_JOBS`` jobs).

        Least work by what is left of it (``seconds_left``), not by what was sent: a worker near
        the end of a long job is free sooner than one that has just started a shorter one, and a
        batch sent to the latter waits in its socket while the former idles. Only workers with room
        are candidates: a nearly done worker that is full must not stop the others' prefetch."""
        now = time.perf_counter()
        for queue in self._queues.values():
            while queue:
                with_room = [w for w in self._workers if self._has_room(w)]
                if not with_room:
                    return
                worker = min(with_room, key=lambda w: (len(w.waiting) >= PREFETCH_MIN_JOBS, w.seconds_left(now)))
                job = queue.popleft()
                if not job.future.done():  # cancelled while queued: nothing to send
                    worker.send(job)

    def _has_room(self, worker: _Worker) -> bool:
        """Whether ``worker`` takes another job: it holds fewer than ``PREFETCH_MIN_JOBS``, or fewer
        than ``PREFETCH_MAX_JOBS`` jobs worth less than ``prefetch_seconds``."""
        held = len(worker.waiting)
        return held < PREFETCH_MIN_JOBS or (held < PREFETCH_MAX_JOBS and worker.held_seconds < self.prefetch_seconds)

    def idle_workers(self) -> int:
        """The workers holding no job while no job waits to be sent: work handed to the pool now
        starts at once on that many. 0 while any job waits."""
        if any(self._queues.values()):
            return 0
        return sum(1 for worker in self._workers if not worker.waiting)

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` each time answers leave a worker with nothing to do (``idle_workers``),
        from the reactor thread, before the callers waiting for those answers resume."""
        self._idle_callbacks.append(callback)

    def _answered(self) -> None:
        self._dispatch()
        if self._idle_callbacks and self.idle_workers():
            for callback in self._idle_callbacks:
                callback()

    def _new_worker(self) -> _Worker:
        return _Worker(self._fork, self._answered, self._replace, self._overdue)

    def _overdue(self, worker: _Worker, job: _Job) -> None:
        """``job`` ran past its timeout: it fails, and its worker is ended and replaced."""
        logger.error("worker process %s ran a job for over %g s: ended, the job failed", worker.pid, job.timeout)
        if not job.future.done():
            job.future.set_exception(JobTimedOut(
                f"worker process {worker.pid} ran the job for over {job.timeout:g} s (NEWSSPIDER_WORKER_TIMEOUT)"))
        if self.stats is not None:
            self.stats.inc_value("newsspider/workers/timed_out")
        worker.end()

    def _fork(self, worker_end: socket.socket) -> None:
        """A worker for ``worker_end``, forked from the zygote (started first, or again if it died)."""
        if self._zygote is not None:
            try:
                return self._zygote.fork(worker_end)
            except OSError:
                logger.error("the worker zygote process ended; starting another")
                self._zygote.close()
        self._zygote = _Zygote(self.warm_modules, self.warm_calls)
        self._zygote.fork(worker_end)

    def _replace(self, dead: _Worker, jobs: list[_Job]) -> None:
        """A worker died: the job it was running fails (``run`` sends it again, or gives up) with
        the process's id and how it ended, once the zygote reports it; the jobs queued behind it
        go first to the workers, as they were."""
        replaceable = not self._closed and dead in self._workers
        for job in reversed(jobs[1:]):
            if replaceable:
                self._queues[job.priority].appendleft(job)
            else:
                job.future.cancel()
        if jobs and not jobs[0].future.done():
            running = jobs[0].future

            def fail(status: int | None) -> None:
                if not running.done():
                    running.set_exception(WorkerDied(_ending(dead.pid, status)))

            if self._zygote is None:
                fail(None)
            else:
                self._zygote.when_ended(dead.pid, fail)
        if replaceable:
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
        for name, seconds in zip(("busy_ms", "idle_ms"), self._busy_idle, strict=True):
            self.stats.set_value(f"newsspider/workers/{name}", round(seconds * 1000, 1))

    def close(self) -> None:
        """Stop the workers (they exit when their socket closes); jobs still queued are cancelled."""
        for function, totals in self._totals.items():
            self._publish(function, totals)
        self._closed = True
        for worker in self._workers:
            worker.close()
            for job in worker.waiting:
                job.future.cancel()
        self._workers.clear()
        if self._zygote is not None:
            self._zygote.close()
            self._zygote = None
        for queue in self._queues.values():
            while queue:
                queue.popleft().future.cancel()
