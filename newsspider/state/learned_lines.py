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

Observe the text as extracted, *before* ``clean_text``: counting cleaned text would make learned
lines disappear from the counts and flip in and out of the template set.
"""

from __future__ import annotations

import collections
import hashlib
import math
import sqlite3
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


class SQLiteLineStats:
    """SQLite-backed store on the caller's connection. It never commits: the state store that
    owns the connection decides when a crawl's observations become durable."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
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
        keys = page_keys(lines)
        conn = self._conn
        cur = conn.execute(
            "INSERT OR IGNORE INTO learned_lines_pages (site, page_hash) VALUES (?, ?)",
            (site, _page_hash(site, page_id)))
        if cur.rowcount != 1:
            return  # page already counted
        conn.execute(
            "INSERT INTO learned_lines_sites (site, pages) VALUES (?, 1) "
            "ON CONFLICT(site) DO UPDATE SET pages = pages + 1", (site,))
        conn.executemany(
            "INSERT INTO learned_lines_counts (site, line_key, pages) VALUES (?, ?, 1) "
            "ON CONFLICT(site, line_key) DO UPDATE SET pages = pages + 1",
            [(site, k) for k in sorted(keys)])

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        need = _thresholds(min_pages, min_share, self.page_count(site))
        rows = self._conn.execute(
            "SELECT line_key FROM learned_lines_counts WHERE site = ? AND pages >= ?",
            (site, need))
        return frozenset(r[0] for r in rows)

    def page_count(self, site: str) -> int:
        row = self._conn.execute(
            "SELECT pages FROM learned_lines_sites WHERE site = ?", (site,)).fetchone()
        return int(row[0]) if row else 0

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        cur = self._conn.execute(
            "DELETE FROM learned_lines_counts WHERE site = ? AND pages < ?", (site, min_pages))
        return cur.rowcount
