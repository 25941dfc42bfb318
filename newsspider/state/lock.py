"""One run per state directory at a time.

Two cron runs on the same state would emit the same articles twice and fight over the story
index. An ``flock`` on ``<state dir>/run.lock`` is released by the kernel when its holder dies,
even by SIGKILL, so a lock left by a killed run is never an obstacle: the file merely still
names the dead process, which we report when taking over.
"""
from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path
from typing import IO

LOCK_NAME = "run.lock"


class LockHeld(RuntimeError):
    """Another live run holds the state directory."""


class RunLock:
    """An exclusive, non-blocking ``flock`` on ``<state dir>/run.lock``; a context manager."""

    def __init__(self, state_dir: str | Path):
        self.path = Path(state_dir) / LOCK_NAME
        self._handle: IO[str] | None = None
        self.previous_owner: str | None = None

    def acquire(self) -> RunLock:
        """Take the lock or raise :class:`LockHeld` at once (never waits)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "unknown process"
            handle.close()
            raise LockHeld(f"another newsspider run ({owner}) is using the state directory {self.path.parent}") from None
        handle.seek(0)
        self.previous_owner = handle.read().strip() or None  # a stale lock: its holder died
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        """Release the lock (a no-op when not held)."""
        if self._handle is not None:
            self._handle.seek(0)
            self._handle.truncate()
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc_info) -> None:
        self.release()
