"""The worker process's side of ``newsspider.extensions.worker_pool``: warm up, then run jobs from the socket.

Workers are forked from a *zygote* (:func:`zygote`), a process the crawl spawns that warms the
stage modules once: every worker then starts warm and shares that memory, where each spawned worker
paid ~1.2 s of CPU for it. The zygote is told to fork a worker by a message on a socket pair that
carries the worker's own socket (``SCM_RIGHTS``): unlike a forkserver it listens on nothing. A
worker's first message on its socket is its process id; the zygote, its parent, reaps it when it
ends and sends its wait status back on that socket pair, so that a dead worker's report says how
it ended (an exit code, or the signal: a native crash, the out-of-memory killer).

Imports nothing from Scrapy (the crawl-side pool does): a worker needs only the stage modules, and
importing Scrapy would cost it another 0.3 s of CPU at start-up.
"""
from __future__ import annotations

import gc
import importlib
import logging
import os
import pickle
import signal
import socket
import struct
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

# Imported, and their ``warm_up()`` run, in the zygote before it forks the first worker (a
# module that cannot be imported is skipped quietly: an optional stage fails later, on the job
# that needs it; a warm_up() that raises is logged as a warning, see _warm). The language
# model first: it loads while the others import (see warm_up). Then the tables extraction reads
# once a process (CLDR's names and date formats, the tz zones, the public suffix list, the digit
# table: ~0.3 s of CPU a worker paid at its first pages otherwise).
WARM_MODULES = (
    "newsspider.extract.language",
    "newsspider.extract.article",
    "newsspider.extract.published",
    "newsspider.extract.cleaning",
    "newsspider.extract.bylines",
    "newsspider.extract.zones",
    "newsspider.extract.calendars",
    "newsspider.extract.addresses",
    "newsspider.unicode_classes",
    "newsspider.stories.normalize",
    "newsspider.stories.prepare",
)

JOB_TIMEOUT_SECONDS = 60.0
"""Wall seconds a worker job may run per item it handles (``NEWSSPIDER_WORKER_TIMEOUT``; 0: no
limit) before the crawl ends its process and fails the job: a page costs tens of milliseconds, but
trafilatura's reading of some shapes grows with the square of the page (25,000 sibling paragraphs:
90 s; a table of 12,400 cells: 33 s), and a worker held by one page for ever would hold the crawl's
end with it. Generous, so that a loaded machine's slow but sane job is never cut."""

LENGTH = struct.Struct("!Q")  # every message: its length, then a pickle
PID = struct.Struct("!i")  # what a worker sends first: its process id
ENDED = struct.Struct("!ii")  # what the zygote sends when a worker ends: its process id and wait status


WarmCall = tuple[Callable[..., object], tuple]
"""A call the zygote makes once before it forks the workers (``function, args``), for what the
crawl's settings choose (the story model: ``StoryPipeline.worker_warm_up``)."""


class ByName:
    """A worker function named by its module and name, for a caller that need not import the
    module: pickled as the two names, looked up in the worker (where the warm-up has imported it).
    The crawl process sends ``extract_page`` so, and imports no extractor (trafilatura and the
    metadata rules: 0.15 s of CPU at every start) for a function it never runs."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.__name__ = name  # the worker pool's stats name the function

    def __call__(self, *args: Any) -> Any:
        """The named function's answer to ``args`` (its module imported if it is not yet)."""
        return getattr(importlib.import_module(self.module), self.__name__)(*args)


def warm_up(modules: tuple[str, ...] = WARM_MODULES, calls: tuple[WarmCall, ...] = ()) -> None:
    """Import the stage modules and run their ``warm_up()`` (model load, pattern compile), then
    ``calls``: paid at start-up, not by the first job. Each runs in a thread of its own while the
    next modules import: most of it, the language model's LZMA decompression, runs outside the GIL,
    so the workers are ready sooner (the crawl's other core is mostly idle meanwhile)."""
    threads = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except Exception:
            logger.debug("worker warm-up: cannot import %s", name, exc_info=True)
            continue
        if hasattr(module, "warm_up"):
            threads.append(threading.Thread(target=_warm, args=(name, module.warm_up), daemon=True))
            threads[-1].start()
    for function, args in calls:
        threads.append(threading.Thread(target=_warm, args=(_name(function), lambda f=function, a=args: f(*a)),
                                        daemon=True))
        threads[-1].start()
    for thread in threads:
        thread.join()


def _name(function: Callable) -> str:
    return f"{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', function)}"


def _warm(name: str, warm: Callable[[], object]) -> None:
    """Run one warm-up; one that raises leaves the zygote (and so the crawl) running, the tables it
    reads read lazily by the job that needs them. Logged as a warning, with its traceback: the
    zygote configures no logging, so only a warning reaches its standard error (the crawl's), and a
    stage whose module imports but whose tables cannot be read (Babel's locale data, the tz database
    missing) is a broken installation every worker would meet unseen."""
    try:
        warm()
    except Exception:
        logger.warning("worker warm-up: cannot warm %s", name, exc_info=True)


ZYGOTE_COMMAND = ("import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
                  "from newsspider.worker_process import zygote_main; zygote_main()")
"""What the crawl runs as ``python -c`` to start the zygote (``worker_pool._Zygote``), writing on its
standard input the crawl's ``sys.path`` (this package and the warm calls' modules are imported
from where the crawl imports them), then ``(socket descriptor, warm_modules, warm_calls)``, each
pickled. Why not ``multiprocessing``'s spawn: its child runs the crawl's main script first, and
``scrapy``'s imports Scrapy: about 0.3 s of CPU, and every worker's memory, for nothing."""


def zygote_main() -> None:
    """The zygote process's entry (:data:`ZYGOTE_COMMAND`): its arguments from standard input."""
    descriptor, warm_modules, warm_calls = pickle.load(sys.stdin.buffer)
    zygote(socket.socket(fileno=descriptor), warm_modules, warm_calls)


def zygote(control: socket.socket, warm_modules: tuple[str, ...], warm_calls: tuple[WarmCall, ...] = ()) -> None:
    """Zygote process: warm up, then fork a worker (:func:`serve`) for each socket received on
    ``control``, until the crawl closes it. Its objects are frozen out of the garbage collector
    before forking, so the workers' collections neither scan nor copy them. No collection runs
    while they pile up (about 140, 60 ms of CPU, rescanning objects that all stay), one when they
    are all there (20 ms): what the warm-up left over is freed, not frozen with the rest."""
    _ignore_stop_signals()
    gc.disable()
    warm_up(warm_modules, warm_calls)
    one_blas_thread()
    gc.collect()
    gc.freeze()
    gc.enable()
    signal.signal(signal.SIGCHLD, lambda *_: _report_ended(control))  # its children from here on: the workers
    with control:
        while True:
            try:
                _, fds, _, _ = socket.recv_fds(control, 1, 1)
            except OSError:
                return
            if not fds:
                return  # the crawl is over
            connection = socket.socket(fileno=fds[0])
            if os.fork() == 0:
                _forked_worker(control, connection)
            connection.close()  # the worker's alone: the crawl sees it end when it ends


def one_blas_thread() -> None:
    """BLAS (NumPy's OpenBLAS) on the calling thread alone, in this process and the workers it
    forks: the pool runs a process per core, so a BLAS thread of a worker's own would take another
    worker's core. Set in the zygote, before the forks: a worker starts without OpenBLAS's thread
    pool (OpenBLAS ends it before a fork) and, its limit already one, never starts it (the e5
    backend limits BLAS around its calls only where it has more threads: setting the count starts
    the pool again)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _ignore_stop_signals() -> None:
    """Ctrl-C and a SIGTERM sent to the crawl's whole process group (a service manager stopping it)
    are the crawl's to act on: it finishes the pages in flight, in these processes, then closes
    their sockets. (The crawl kills the zygote itself when it exits: ``worker_pool._Zygote``.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _report_ended(control: socket.socket) -> None:
    """Reap the workers that ended and tell the crawl how (:data:`ENDED`), for its report of a
    worker that died. Never blocks: a report the crawl's end has no room for is dropped."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return
        try:
            control.send(ENDED.pack(pid, status), socket.MSG_DONTWAIT)
        except OSError:
            pass


def _forked_worker(control: socket.socket, connection: socket.socket) -> None:
    """A worker forked by the zygote: serve, then leave without running the zygote's exit handlers."""
    status = 0
    try:
        control.close()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        serve(connection)
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def serve(connection: socket.socket) -> None:
    """Worker process: say its process id (:data:`PID`), then run jobs from ``connection`` until
    the crawl closes it.

    A job is ``(function, args)``; the answer is ``(ok, result or exception, CPU seconds, wall
    seconds running it, wall seconds waiting for it)``; the wait is counted from the previous
    answer (0 for the first job: before it, the crawl is starting).
    """
    _ignore_stop_signals()
    answered: float | None = None
    with connection, connection.makefile("rb") as incoming:
        try:
            connection.sendall(PID.pack(os.getpid()))
        except OSError:
            return  # the crawl closed the socket before this worker started
        while True:
            try:
                header = incoming.read(LENGTH.size)
                job = incoming.read(LENGTH.unpack(header)[0]) if len(header) == LENGTH.size else b""
            except ConnectionResetError:  # the crawl closed its end with answers unread (stopped by a signal)
                return
            if not job:
                return  # the crawl is over
            answer = _answer(job, time.perf_counter() - answered if answered is not None else 0.0)
            try:
                connection.sendall(LENGTH.pack(len(answer)) + answer)
            except OSError:
                return  # the crawl closed the socket while this job ran
            answered = time.perf_counter()


def _answer(job: bytes, idle: float) -> bytes:
    """The pickled answer to ``job`` (see :func:`serve`), ``idle`` the seconds waited for it."""
    began = time.perf_counter()
    start = time.process_time()
    try:
        function, args = pickle.loads(job)
        outcome: tuple[bool, Any] = (True, function(*args))
    except Exception as exc:
        exc.add_note("in worker process " + "".join(traceback.format_exception(exc)))
        outcome = (False, exc)
    cpu = time.process_time() - start
    busy = time.perf_counter() - began
    try:
        return pickle.dumps((*outcome, cpu, busy, idle), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an unpicklable result or exception: say so instead
        return pickle.dumps((False, RuntimeError(f"cannot send the result back: {exc!r}"), cpu, busy, idle))
