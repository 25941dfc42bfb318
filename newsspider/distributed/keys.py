"""Who a worker is, which run it belongs to, and the Redis keys of that run."""
from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


def worker_id() -> str:
    """``<host>-<pid>``: unique among live workers, and tells which host can recover its files."""
    return f"{socket.gethostname()}-{os.getpid()}"


def run_id(settings: BaseSettings) -> str:
    """``NEWSSPIDER_RUN_ID``, or the current UTC hour: workers started in the same hour share it."""
    value = settings.get("NEWSSPIDER_RUN_ID") or datetime.now(timezone.utc).strftime("%Y%m%dT%HZ")
    return re.sub(r"[^A-Za-z0-9_.:-]", "_", str(value))


@dataclass(frozen=True)
class RunKeys:
    """The Redis keys of one run (``<p>:run:<run id>``, ``<p>`` = ``NEWSSPIDER_REDIS_PREFIX``) for one worker.

    The Lua scripts of ``queue.py`` build ``<run>:inflight:<worker>`` and ``<run>:hb:<worker>``
    for the other workers the same way.
    """

    run: str
    worker: str

    @classmethod
    def from_settings(cls, settings: BaseSettings, worker: str | None = None) -> RunKeys:
        """The keys of the run the settings name, for ``worker`` (default: this process)."""
        return cls(f"{settings.get('NEWSSPIDER_REDIS_PREFIX')}:run:{run_id(settings)}", worker or worker_id())

    @property
    def requests(self) -> str:
        """Sorted set: the run's queue (score = -priority)."""
        return f"{self.run}:requests"

    @property
    def dupefilter(self) -> str:
        """Set: fingerprints of every request the run queued."""
        return f"{self.run}:dupefilter"

    @property
    def workers(self) -> str:
        """Set: the workers that may hold requests in flight."""
        return f"{self.run}:workers"

    @property
    def inflight(self) -> str:
        """Hash: this worker's requests in flight (sha1 of the request -> "<score> <request>")."""
        return f"{self.run}:inflight:{self.worker}"

    @property
    def heartbeat(self) -> str:
        """String with a TTL: this worker is alive while it exists."""
        return f"{self.run}:hb:{self.worker}"


def written_key(prefix: str, worker: str) -> str:
    """Hash ``<p>:written:<worker>``: the requests of the articles a worker committed to its output
    (article id -> "<score> <request>", as queued again), so that a survivor can queue them once
    more if the worker dies and its hidden file is gone. Not under the run's keys: the worker that
    finds the file gone may belong to a later run (the only worker of its host)."""
    return f"{prefix}:written:{worker}"
