"""SQLite ``LineStatsStore``: per-site recurring-line counts, answered from memory, written in batches."""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsspider.state.learned_lines import (
    MIN_PAGES_FLOOR,
    NumberRun,
    next_run,
    page_hash,
    page_keys,
    page_numbers,
    pages_needed,
)
from newsspider.state.sqlite.db import MAX_VARIABLES

FLUSH_EVERY = 100
"""Pages observed between two writes: a killed run loses at most these pages' counts."""
MAX_CACHED_KEYS = 200_000
"""Keys held in memory before those seen on a single page are dropped (they are looked up again)."""


@dataclass
class _Site:
    """What a ``SQLiteLineStats`` knows about one site: exact counts, with no round trip.

    Invariant: every key seen on ``MIN_PAGES_FLOOR`` or more pages (stored or not) is in
    ``counts`` and in ``by_count``. A key missing from ``counts`` was seen on at most one page,
    and on none when ``complete`` (the site was new when loaded and no key was evicted since).
    ``runs`` holds the ``NumberRun`` of the numbered keys in ``counts`` that have one (its pages are
    the key's count).
    """

    pages: int
    pages_in_db: bool                        # pages stored before loading: a page id may be one of them
    complete: bool
    counts: dict[str, int] = field(default_factory=dict)
    by_count: dict[int, set[str]] = field(default_factory=dict)  # count (>= the floor) -> keys
    runs: dict[str, NumberRun] = field(default_factory=dict)
    observed: set[int] = field(default_factory=set)              # page hashes counted by this process

    def set(self, key: str, count: int) -> None:
        """Record ``key``'s new count, keeping ``by_count`` in step."""
        before = self.counts.get(key, 0)
        self.counts[key] = count
        if before >= MIN_PAGES_FLOOR:
            keys = self.by_count[before]
            keys.discard(key)
            if not keys:
                del self.by_count[before]
        if count >= MIN_PAGES_FLOOR:
            self.by_count.setdefault(count, set()).add(key)


class SQLiteLineStats:
    """SQLite-backed store on the caller's connection, answering from memory and writing in batches.

    Writing every page as it comes (three statements and an upsert per line, each its own
    transaction on the crawl's autocommit connection) and re-reading a site's keys for every
    template refresh cost the reactor more than a millisecond per article. So a site's state is
    loaded once (its page count and the keys seen on two or more pages), kept up to date in
    memory, and the observations are written in one transaction every ``flush_every`` pages and
    on ``flush()`` (the pipeline calls it when the spider closes). Pages are counted by their id,
    whatever the sites they are observed under: the boilerplate pipeline observes each article under
    three (its lines, its title suffixes, its story lines), and counting those three as three pages
    wrote (and committed) three times as often as the setting says. Reads are exactly what SQLite
    would answer after a flush. This assumes a single writer per site, which the run lock on the
    state directory guarantees.

    A killed run loses the observations of at most the last ``flush_every`` pages; the pages and
    their counts go in the same transaction, so the store stays consistent and those pages are
    simply not counted. Keys seen on one page are dropped from memory after a flush once more
    than ``max_cached_keys`` are held, and looked up again if they recur.
    """

    def __init__(self, conn: sqlite3.Connection, *, flush_every: int = FLUSH_EVERY,
                 max_cached_keys: int = MAX_CACHED_KEYS) -> None:
        self._conn = conn
        self.flush_every = max(1, flush_every)
        self.max_cached_keys = max_cached_keys
        self._sites: dict[str, _Site] = {}
        self._pending_pages: list[tuple[str, int]] = []
        self._pending_ids: set[str] = set()  # the page ids of _pending_pages: what flush_every counts
        self._pending_counts: collections.Counter[tuple[str, str]] = collections.Counter()
        self._pending_runs: dict[tuple[str, str], NumberRun | None] = {}  # None: the run broke
        conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS learned_lines_sites (
                site TEXT PRIMARY KEY,
                pages INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE IF NOT EXISTS learned_lines_pages (
                site TEXT NOT NULL,
                page_hash INTEGER NOT NULL,
                PRIMARY KEY (site, page_hash)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS learned_lines_counts (
                site TEXT NOT NULL,
                line_key TEXT NOT NULL,
                pages INTEGER NOT NULL DEFAULT 0,
                run TEXT,
                PRIMARY KEY (site, line_key)
            ) WITHOUT ROWID;
            """
        )

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        state = self._site(site)
        page = page_hash(site, page_id)
        if page in state.observed or (state.pages_in_db and self._conn.execute(
                "SELECT 1 FROM learned_lines_pages WHERE site = ? AND page_hash = ?", (site, page)).fetchone()):
            return  # page already counted
        keys = sorted(page_keys(lines))
        counts = state.counts
        if not state.complete:  # keys not in memory may have been seen on one earlier page
            self._load_stored(site, state, [k for k in keys if k not in counts])
        for key in keys:
            state.set(key, counts.get(key, 0) + 1)
            self._pending_counts[site, key] += 1
        for numbered, digits in page_numbers(keys).items():
            run = self._pending_runs[site, numbered] = next_run(state.runs.get(numbered), digits, state.pages)
            if run is None:
                state.runs.pop(numbered, None)
            else:
                state.runs[numbered] = run
        state.pages += 1
        state.observed.add(page)
        self._pending_pages.append((site, page))
        self._pending_ids.add(page_id)
        if len(self._pending_ids) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Write the buffered observations in one transaction (committed unless the caller
        already had one open on the connection)."""
        if not self._pending_pages:
            return
        conn = self._conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            conn.executemany("INSERT OR IGNORE INTO learned_lines_pages (site, page_hash) VALUES (?, ?)",
                             self._pending_pages)
            conn.executemany(
                "INSERT INTO learned_lines_sites (site, pages) VALUES (?, ?) "
                "ON CONFLICT(site) DO UPDATE SET pages = pages + excluded.pages",
                sorted(collections.Counter(site for site, _ in self._pending_pages).items()))
            # A numbered key's run is written as it stands in memory (NULL once it broke); other keys have none.
            conn.executemany(
                "INSERT INTO learned_lines_counts (site, line_key, pages, run) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(site, line_key) DO UPDATE SET pages = pages + excluded.pages, run = excluded.run",
                [(site, key, n, run.encode() if (run := self._pending_runs.get((site, key))) else None)
                 for (site, key), n in sorted(self._pending_counts.items())])
        except BaseException:
            if own:
                conn.rollback()
            raise
        if own:
            conn.commit()
        self._pending_pages.clear()
        self._pending_ids.clear()
        self._pending_counts.clear()
        self._pending_runs.clear()
        if sum(len(state.counts) for state in self._sites.values()) > self.max_cached_keys:
            self._evict_single_page_keys()

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        state = self._site(site)
        need = pages_needed(min_pages, min_share, state.pages)
        return frozenset().union(*(keys for count, keys in state.by_count.items() if count >= need))

    def page_count(self, site: str) -> int:
        return self._site(site).pages

    def number_runs(self, site: str, keys: Iterable[str]) -> dict[str, NumberRun]:
        """From memory: a key asked about is one the tiers hold, seen on two pages or more (loaded)."""
        runs = self._site(site).runs
        return {key: runs[key] for key in keys if key in runs}

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        self.flush()
        cur = self._conn.execute(
            "DELETE FROM learned_lines_counts WHERE site = ? AND pages < ?", (site, min_pages))
        self._sites.pop(site, None)  # reloaded from the pruned rows on next use
        return cur.rowcount

    def decay(self, *, max_pages: int) -> int:
        self.flush()
        sites = [site for site, state in self._sites.items() if state.pages > max_pages]
        for site in sites:
            pages = self._sites[site].pages
            with self._conn:
                self._conn.execute("BEGIN")
                self._conn.execute("UPDATE learned_lines_counts SET pages = pages / 2 WHERE site = ?", (site,))
                # a run goes with its line's row (its pages are the line's count)
                self._conn.execute("DELETE FROM learned_lines_counts WHERE site = ? AND pages = 0", (site,))
                self._conn.execute("UPDATE learned_lines_sites SET pages = ? WHERE site = ?", (pages // 2, site))
                self._conn.execute(
                    "DELETE FROM learned_lines_pages WHERE site = ? AND page_hash IN "
                    "(SELECT page_hash FROM learned_lines_pages WHERE site = ? ORDER BY page_hash LIMIT ?)",
                    (site, site, pages - pages // 2))
            self._sites.pop(site)  # reloaded from the halved rows on next use
        return len(sites)

    def _site(self, site: str) -> _Site:
        state = self._sites.get(site)
        if state is None:
            row = self._conn.execute("SELECT pages FROM learned_lines_sites WHERE site = ?", (site,)).fetchone()
            pages = int(row[0]) if row else 0
            state = _Site(pages=pages, pages_in_db=pages > 0, complete=pages == 0)
            if pages:
                self._remember(state, self._conn.execute(
                    "SELECT line_key, pages, run FROM learned_lines_counts WHERE site = ? AND pages >= ?",
                    (site, MIN_PAGES_FLOOR)))
            self._sites[site] = state
        return state

    def _load_stored(self, site: str, state: _Site, keys: list[str]) -> None:
        """Bring the stored counts and runs of keys not in memory (counted on at most one page
        each, by the invariant of ``_Site``) into it."""
        for start in range(0, len(keys), MAX_VARIABLES):
            chunk = keys[start:start + MAX_VARIABLES]
            self._remember(state, self._conn.execute(
                "SELECT line_key, pages, run FROM learned_lines_counts "
                f"WHERE site = ? AND line_key IN ({','.join('?' * len(chunk))})", (site, *chunk)))

    @staticmethod
    def _remember(state: _Site, rows: Iterable[tuple[str, int, str | None]]) -> None:
        """Rows (key, pages, run) into a site's memory."""
        for key, count, run in rows:
            state.set(key, count)
            if run is not None:
                state.runs[key] = NumberRun.decode(run)

    def _evict_single_page_keys(self) -> None:
        """Forget keys seen on one page (all stored now); they are looked up if they recur."""
        for state in self._sites.values():
            kept = {key: n for key, n in state.counts.items() if n >= MIN_PAGES_FLOOR}
            if len(kept) < len(state.counts):
                state.counts, state.complete = kept, False
                state.runs = {key: run for key, run in state.runs.items() if key in kept}
