"""The crawl's state database: one SQLite file under ``NEWSSPIDER_STATE_DIR``.

WAL mode lets the pipelines read while another part of the crawl writes, and a crash leaves the
last committed state intact. Each store creates its own tables (``CREATE TABLE IF NOT EXISTS``,
names prefixed by the store); ``PRAGMA user_version`` records the layout version so later
releases can migrate old state directories instead of failing on them.
"""
from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from newsspider.state.base import StateError
from newsspider.state.learned_lines import run_of_v3, runs_of_counts

__all__ = ["BUSY_TIMEOUT_SECONDS", "DB_NAME", "MAX_VARIABLES", "MIGRATIONS", "SCHEMA_VERSION", "StateError",
           "WatchedConnection", "compact", "open_state_db"]

SCHEMA_VERSION = 4
DB_NAME = "state.sqlite3"
BUSY_TIMEOUT_SECONDS = 30
"""How long a statement waits for another connection's lock (a reader of the same file)."""
MAX_VARIABLES = 500
"""Bound parameters per ``IN (...)`` query: well below SQLite's oldest limit (999)."""


def _seen_article_keys(connection: sqlite3.Connection) -> None:
    """v2: ``seen_articles.article_key``, the digest that tells a new article declaring an emitted
    article's address from that article (``seen.SQLiteSeenStore``). Rows of v1 keep NULL: taken as
    the same article, as v1 did. Idempotent (a run killed before the version was written)."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(seen_articles)")}
    if columns and "article_key" not in columns:  # no table yet: the store creates it with the column
        connection.execute("ALTER TABLE seen_articles ADD COLUMN article_key TEXT")


def _number_runs(connection: sqlite3.Connection) -> None:
    """v3: each numbered line's ``NumberRun`` (``learned_lines_counts.run``, ``NumberRun.encode``d as the
    current layout keeps it; NULL on every other key), and for the numbered keys already counted the run their counts imply
    (``state.learned_lines.runs_of_counts``: digits never counted are unknown, taken as one number
    until a page shows another). Idempotent: a key that has a run keeps it."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(learned_lines_counts)")}
    if not columns:  # no table yet: the store creates it with the column
        return
    if "run" not in columns:
        connection.execute("ALTER TABLE learned_lines_counts ADD COLUMN run TEXT")
    # Numbered and digits keys are the ones holding the number mark (an upper-case N).
    rows = connection.execute("SELECT site, line_key, pages FROM learned_lines_counts WHERE line_key GLOB '*N*'"
                              " AND run IS NULL ORDER BY site").fetchall()
    updates = [(run.encode(), site, key)
               for site, group in itertools.groupby(rows, key=lambda row: row[0])
               for key, run in runs_of_counts({key: pages for _, key, pages in group}).items()]
    with connection:
        connection.execute("BEGIN")
        connection.executemany("UPDATE learned_lines_counts SET run = ? WHERE site = ? AND line_key = ?", updates)


def _runs_from_first_page(connection: sqlite3.Connection) -> None:
    """v4: ``learned_lines_counts.run`` holds the digits of a run from the site's first page alone
    (``NumberRun.encode``); the runs of v3 ("pages start digits") that began later, after a change of
    number, decided nothing and are dropped (``state.learned_lines.run_of_v3``). Idempotent: a v4
    run holds no space."""
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'learned_lines_counts'").fetchone():
        return  # no table yet: the store creates it
    rows = connection.execute("SELECT site, line_key, run FROM learned_lines_counts WHERE run GLOB '* *'").fetchall()
    updates = [(run.encode() if (run := run_of_v3(value)) else None, site, key) for site, key, value in rows]
    with connection:
        connection.execute("BEGIN")
        connection.executemany("UPDATE learned_lines_counts SET run = ? WHERE site = ? AND line_key = ?", updates)


# version reached -> migration from the previous version (version 1 is the first layout)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _seen_article_keys, 3: _number_runs,
                                                               4: _runs_from_first_page}


class WatchedConnection(sqlite3.Connection):
    """A connection that tells ``on_error`` of every error of its statements before raising it, so
    the crawl notices its state failing (a full disk, an I/O error, a lock held past the busy
    timeout) whichever store was writing, and wherever that store was called from."""

    on_error: Callable[[sqlite3.Error], None] | None = None

    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        """``sqlite3.Connection.execute``, its error reported."""
        with self._reported():
            return super().execute(*args, **kwargs)

    def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        """``sqlite3.Connection.executemany``, its error reported."""
        with self._reported():
            return super().executemany(*args, **kwargs)

    def executescript(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        """``sqlite3.Connection.executescript``, its error reported."""
        with self._reported():
            return super().executescript(*args, **kwargs)

    def commit(self) -> None:
        """``sqlite3.Connection.commit``, its error reported."""
        with self._reported():
            super().commit()

    def __exit__(self, *exc_info: Any) -> Literal[False]:
        """The commit (or rollback) ending a ``with connection:`` block, its error reported: the
        stores commit that way, and a full disk in WAL mode is mostly met at the commit."""
        with self._reported():
            return super().__exit__(*exc_info)

    @contextlib.contextmanager
    def _reported(self) -> Iterator[None]:
        """Tell ``on_error`` of a ``sqlite3.Error`` raised in the block, then raise it on."""
        try:
            yield
        except sqlite3.Error as exc:
            if self.on_error is not None:
                self.on_error(exc)
            raise


def open_state_db(state_dir: str | Path) -> WatchedConnection:
    """Open (creating if needed) the state database and bring its layout up to date."""
    directory = Path(state_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(directory / DB_NAME, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                     check_same_thread=False, factory=WatchedConnection)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        new = version == 0 and not connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        if new:
            # Pages freed by the retention can be given back to the file system (``compact``);
            # only possible before the first table exists.
            connection.execute("PRAGMA auto_vacuum=INCREMENTAL")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        if new:  # the stores create the current layout: nothing to migrate, one write
            connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            version = SCHEMA_VERSION
    except (OSError, sqlite3.Error) as exc:
        raise StateError(f"cannot open state store in {directory}: {exc}{_remedy(exc, directory / DB_NAME)}") from exc
    if version > SCHEMA_VERSION:
        connection.close()
        raise StateError(f"state store in {directory} has layout v{version}, newer than this release (v{SCHEMA_VERSION})")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        migrate = MIGRATIONS.get(target)
        if migrate:
            migrate(connection)
        connection.execute(f"PRAGMA user_version={target}")
    return connection


def _remedy(exc: BaseException, path: Path) -> str:
    """What to do about a damaged database file (a disk fault, a copy cut short, another program's
    file): SQLite's message names no way out, and the crawl cannot repair it by itself."""
    if not isinstance(exc, sqlite3.DatabaseError) or not any(
            sign in str(exc) for sign in ("malformed", "not a database")):
        return ""
    return (f" ({path} is damaged: move it aside, with its -wal and -shm files, to start a new state; the"
            f" next run then takes every article it finds for new)")


def compact(connection: sqlite3.Connection) -> None:
    """Give the pages freed by deletions back to the file system (a database created with
    incremental auto-vacuum; in an older one they are reused by later writes) and truncate the WAL."""
    # executescript runs the pragma to its end (execute would take one step: free one page).
    connection.executescript("PRAGMA incremental_vacuum;")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
