"""The state of a crawl that runs alone: one SQLite database under the state directory.

``db.py`` opens the file (WAL, schema version); one module per store, each creating its own
tables on the shared connection. The run lock (``state.lock``) guarantees a single writer.
"""
from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from newsspider.state.sqlite.db import DB_NAME, WatchedConnection, compact, open_state_db
from newsspider.state.sqlite.learned_lines import FLUSH_EVERY, SQLiteLineStats
from newsspider.state.sqlite.seen import SQLiteSeenStore
from newsspider.state.sqlite.stories import SQLiteStoryStore
from newsspider.state.sqlite.validators import SQLiteValidatorStore

__all__ = ["SQLiteState"]

logger = logging.getLogger(__name__)


class SQLiteState:
    """``StateBackend`` on ``<state_dir>/state.sqlite3``, opened on first use.

    ``lines_flush_every`` is how many pages of learned-line counts are buffered between writes.
    """

    shared = False

    def __init__(self, state_dir: str | Path, *, lines_flush_every: int = FLUSH_EVERY) -> None:
        self.state_dir = Path(state_dir)
        self.lines_flush_every = lines_flush_every
        self._connection: WatchedConnection | None = None
        self._watcher: Callable[[str], None] | None = None

    def open(self) -> sqlite3.Connection:
        """Open the database (once), bringing its layout up to date; ``StateError`` if it cannot be used."""
        if self._connection is None:
            self._connection = open_state_db(self.state_dir)
            self._connection.on_error = self._report
            logger.info("state store: %s", self.state_dir.resolve())
        return self._connection

    def watch(self, callback: Callable[[str], None]) -> None:
        """Call ``callback`` with ``<file>: <error>`` for every error a statement of the stores raises."""
        self._watcher = callback

    def _report(self, exc: sqlite3.Error) -> None:
        if self._watcher is None:
            return
        if self._connection is not None:  # the run is stopping: its last statements fail at once, not
            with contextlib.suppress(sqlite3.Error):  # after BUSY_TIMEOUT_SECONDS each
                sqlite3.Connection.execute(self._connection, "PRAGMA busy_timeout=0")
        self._watcher(f"{self.state_dir / DB_NAME}: {exc}")

    @property
    def connection(self) -> sqlite3.Connection:
        """The database connection, opened on first use."""
        return self.open()

    @cached_property
    def seen(self) -> SQLiteSeenStore:
        """The articles emitted so far."""
        return SQLiteSeenStore(self.connection)

    @cached_property
    def validators(self) -> SQLiteValidatorStore:
        """The feeds' and sitemaps' HTTP validators."""
        return SQLiteValidatorStore(self.connection)

    @cached_property
    def learned_lines(self) -> SQLiteLineStats:
        """The per-site recurring-line counts."""
        return SQLiteLineStats(self.connection, flush_every=self.lines_flush_every)

    @cached_property
    def stories(self) -> SQLiteStoryStore:
        """The story index's records."""
        return SQLiteStoryStore(self.connection)

    def compact(self) -> None:
        """Give the space freed by the retention back to the file system."""
        if self._connection is not None:
            compact(self._connection)

    def close(self) -> None:
        """Close the connection (a later store access would reopen it: do not)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
