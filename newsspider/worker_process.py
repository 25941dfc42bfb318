"""The worker process's side of ``newsspider.extensions.worker_pool``: warm up, then run jobs from the socket.

Imports nothing from Scrapy (the crawl-side pool does): a worker needs only the stage modules, and
importing Scrapy would cost it another 0.3 s of CPU at start-up.
"""
from __future__ import annotations

import importlib
import logging
import pickle
import signal
import socket
import struct
import time
import traceback
from typing import Any

logger = logging.getLogger(__name__)

# Imported, and their ``warm_up()`` run, in each worker before its first job (a failure is
# ignored: an optional stage fails later, on the job that needs it).
WARM_MODULES = (
    "newsspider.extract.article",
    "newsspider.extract.language",
    "newsspider.extract.cleaning",
    "newsspider.stories.detector",
)

LENGTH = struct.Struct("!Q")  # every message: its length, then a pickle


def warm_up(modules: tuple[str, ...] = WARM_MODULES) -> None:
    """Import the stage modules and run their ``warm_up()`` (model load, pattern compile): paid
    at start-up, while the first pages download, not by the first job."""
    for name in modules:
        try:
            module = importlib.import_module(name)
            getattr(module, "warm_up", lambda: None)()
        except Exception:
            logger.debug("worker warm-up: cannot warm %s", name, exc_info=True)


def serve(connection: socket.socket, warm_modules: tuple[str, ...]) -> None:
    """Worker process: run jobs from ``connection`` until the crawl closes it.

    A job is ``(function, args)``; the answer is ``(ok, result or exception, CPU seconds, wall
    seconds running it, wall seconds waiting for it)``; the wait is counted from the previous
    answer (0 for the first job: before it, the crawl is starting).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(warm_modules)
    answered: float | None = None
    with connection, connection.makefile("rb") as incoming:
        while True:
            header = incoming.read(LENGTH.size)
            if len(header) < LENGTH.size:
                return  # the crawl is over
            job = incoming.read(LENGTH.unpack(header)[0])
            began = time.perf_counter()
            idle = began - answered if answered is not None else 0.0
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
                answer = pickle.dumps((*outcome, cpu, busy, idle), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # an unpicklable result or exception: say so instead
                answer = pickle.dumps((False, RuntimeError(f"cannot send the result back: {exc!r}"), cpu, busy, idle))
            try:
                connection.sendall(LENGTH.pack(len(answer)) + answer)
            except OSError:
                return  # the crawl closed the socket while this job ran
            answered = time.perf_counter()
