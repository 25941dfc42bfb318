"""Per-site learning of recurring lines (template text trafilatura keeps in the body).

A site's own chrome ("Subscribe to our Telegram channel", a slogan, a fixed disclaimer) is not in
any phrase list, but it recurs on many pages of that site while real sentences do not. We count,
per site, on how many distinct pages each line occurs; lines seen on enough pages and on a large
enough share of the site's pages are template text, passed to ``clean_text(site_lines=...)``.

Bounds, so the store does not grow without limit:

* only lines shorter than ``MAX_LINE_CHARS`` (200) characters are observed (template lines are
  short; long paragraphs are article text), and keys are capped at ``MAX_KEY_CHARS``;
* a page is counted once (re-observing a ``page_id`` is a no-op); page ids are stored as 8-byte
  hashes;
* ``prune`` drops keys seen on fewer than ``min_pages`` pages, which is most of the rows (every
  article sentence is a key seen once); call it from time to time per site.

``SQLiteLineStats`` answers from memory and writes in batches (see there): call ``flush()`` at
the end of a run.

Observe the text as extracted, *before* ``clean_text``: counting cleaned text would make learned
lines disappear from the counts and flip in and out of the template set.
"""

from __future__ import annotations

import collections
import hashlib
import math
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Protocol, runtime_checkable

from newsspider.extract.boilerplate import line_key

__all__ = [
    "LineStatsStore",
    "MemoryLineStats",
    "SQLiteLineStats",
    "MAX_LINE_CHARS",
    "MAX_KEY_CHARS",
    "page_keys",
]

MAX_LINE_CHARS = 200
MAX_KEY_CHARS = 200
# Whatever thresholds are asked for, a line seen on a single page is never template text.
MIN_PAGES_FLOOR = 2


def page_keys(lines: Iterable[str]) -> set[str]:
    """Distinct learnable keys of one page's lines (short, non-empty)."""
    keys = set()
    for line in lines:
        line = line.strip()
        if not line or len(line) >= MAX_LINE_CHARS:
            continue
        key = line_key(line)[:MAX_KEY_CHARS]
        if key:
            keys.add(key)
    return keys


def _page_hash(site: str, page_id: str) -> int:
    digest = hashlib.blake2b(f"{site}\x00{page_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _thresholds(min_pages: int, min_share: float, site_pages: int) -> int:
    """Pages a key needs: min_pages (never below 2) and min_share of the site's pages."""
    # The epsilon keeps 0.3 * 10 pages from rounding up to 4.
    return max(MIN_PAGES_FLOOR, int(min_pages), math.ceil(min_share * site_pages - 1e-9))


@runtime_checkable
class LineStatsStore(Protocol):
    """Storage-agnostic interface the pipeline talks to."""

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        """Record the distinct line keys of one page; a page already seen is ignored."""

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        """Keys seen on >= max(2, min_pages) pages and on >= min_share of the site's pages."""

    def page_count(self, site: str) -> int:
        """Distinct pages observed for the site."""

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        """Drop keys seen on fewer than min_pages pages; returns how many were dropped."""

    def flush(self) -> None:
        """Make the observations so far durable (stores that buffer writes); call at the end of a run."""


class MemoryLineStats:
    """In-process store for tests and single-run crawls."""

    def __init__(self) -> None:
        self._pages: dict[str, set[int]] = collections.defaultdict(set)
        self._counts: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter)

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        h = _page_hash(site, page_id)
        if h in self._pages[site]:
            return
        self._pages[site].add(h)
        self._counts[site].update(page_keys(lines))

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        need = _thresholds(min_pages, min_share, self.page_count(site))
        return frozenset(k for k, n in self._counts.get(site, {}).items() if n >= need)

    def page_count(self, site: str) -> int:
        return len(self._pages.get(site, ()))

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        counts = self._counts.get(site)
        if not counts:
            return 0
        drop = [k for k, n in counts.items() if n < min_pages]
        for k in drop:
            del counts[k]
        return len(drop)

    def flush(self) -> None:
        """Nothing is buffered."""


@dataclass
class _Site:
    """What a ``SQLiteLineStats`` knows about one site: exact counts, with no round trip.

    Invariant: every key seen on ``MIN_PAGES_FLOOR`` or more pages (stored or not) is in
    ``counts`` and in ``by_count``. A key missing from ``counts`` was seen on at most one page,
    and on none when ``complete`` (the site was new when loaded and no key was evicted since).
    """

    pages: int
    pages_in_db: bool                        # pages stored before loading: a page id may be one of them
    complete: bool
    counts: dict[str, int] = field(default_factory=dict)
    by_count: dict[int, set[str]] = field(default_factory=dict)  # count (>= the floor) -> keys
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
    on ``flush()`` (the pipeline calls it when the spider closes). Reads are exactly what SQLite
    would answer after a flush. This assumes a single writer per site, which the run lock on the
    state directory guarantees.

    A killed run loses the observations of at most the last ``flush_every`` pages; the pages and
    their counts go in the same transaction, so the store stays consistent and those pages are
    simply not counted. Keys seen on one page are dropped from memory after a flush once more
    than ``max_cached_keys`` are held, and looked up again if they recur.
    """

    def __init__(self, conn: sqlite3.Connection, *, flush_every: int = 100,
                 max_cached_keys: int = 200_000) -> None:
        self._conn = conn
        self.flush_every = max(1, flush_every)
        self.max_cached_keys = max_cached_keys
        self._sites: dict[str, _Site] = {}
        self._pending_pages: list[tuple[str, int]] = []
        self._pending_counts: collections.Counter[tuple[str, str]] = collections.Counter()
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
                PRIMARY KEY (site, line_key)
            ) WITHOUT ROWID;
            """
        )

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        state = self._site(site)
        page = _page_hash(site, page_id)
        if page in state.observed or (state.pages_in_db and self._conn.execute(
                "SELECT 1 FROM learned_lines_pages WHERE site = ? AND page_hash = ?", (site, page)).fetchone()):
            return  # page already counted
        keys = sorted(page_keys(lines))
        counts = state.counts
        if not state.complete:  # keys not in memory may have been seen on one earlier page
            counts.update(self._stored_counts(site, [k for k in keys if k not in counts]))
        for key in keys:
            state.set(key, counts.get(key, 0) + 1)
            self._pending_counts[site, key] += 1
        state.pages += 1
        state.observed.add(page)
        self._pending_pages.append((site, page))
        if len(self._pending_pages) >= self.flush_every:
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
            conn.executemany(
                "INSERT INTO learned_lines_counts (site, line_key, pages) VALUES (?, ?, ?) "
                "ON CONFLICT(site, line_key) DO UPDATE SET pages = pages + excluded.pages",
                [(site, key, n) for (site, key), n in sorted(self._pending_counts.items())])
        except BaseException:
            if own:
                conn.rollback()
            raise
        if own:
            conn.commit()
        self._pending_pages.clear()
        self._pending_counts.clear()
        if sum(len(state.counts) for state in self._sites.values()) > self.max_cached_keys:
            self._evict_single_page_keys()

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        state = self._site(site)
        need = _thresholds(min_pages, min_share, state.pages)
        return frozenset().union(*(keys for count, keys in state.by_count.items() if count >= need))

    def page_count(self, site: str) -> int:
        return self._site(site).pages

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        self.flush()
        cur = self._conn.execute(
            "DELETE FROM learned_lines_counts WHERE site = ? AND pages < ?", (site, min_pages))
        self._sites.pop(site, None)  # reloaded from the pruned rows on next use
        return cur.rowcount

    def _site(self, site: str) -> _Site:
        state = self._sites.get(site)
        if state is None:
            row = self._conn.execute("SELECT pages FROM learned_lines_sites WHERE site = ?", (site,)).fetchone()
            pages = int(row[0]) if row else 0
            state = _Site(pages=pages, pages_in_db=pages > 0, complete=pages == 0)
            if pages:
                for key, count in self._conn.execute(
                        "SELECT line_key, pages FROM learned_lines_counts WHERE site = ? AND pages >= ?",
                        (site, MIN_PAGES_FLOOR)):
                    state.set(key, count)
            self._sites[site] = state
        return state

    def _stored_counts(self, site: str, keys: list[str]) -> dict[str, int]:
        """Stored counts of keys not in memory (at most 1 each, by the invariant of ``_Site``)."""
        found: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            found.update(self._conn.execute(
                "SELECT line_key, pages FROM learned_lines_counts "
                f"WHERE site = ? AND line_key IN ({','.join('?' * len(chunk))})", (site, *chunk)))
        return found

    def _evict_single_page_keys(self) -> None:
        """Forget keys seen on one page (all stored now); they are looked up if they recur."""
        for state in self._sites.values():
            kept = {key: n for key, n in state.counts.items() if n >= MIN_PAGES_FLOOR}
            if len(kept) < len(state.counts):
                state.counts, state.complete = kept, False
