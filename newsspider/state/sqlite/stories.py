"""SQLite implementation of newsspider.stories.store.StoryStore.

Tables are prefixed ``stories_`` so they can share a database file with other state. The
crawl's connection commits each statement on its own (autocommit) unless a transaction is open:
the detector writes each assignment (its means, its article and story) in one (``assigning``),
one commit instead of four or five.
"""
from __future__ import annotations

import contextlib
import math
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from newsspider.state.sqlite.db import MAX_VARIABLES
from newsspider.stories.store import (
    ArticleDetails,
    ArticleRecord,
    Link,
    StoryRecord,
    decode_details,
    decode_link,
    encode_details,
    encode_link,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS stories_articles (
    ref INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL,
    story_id TEXT NOT NULL,
    language TEXT NOT NULL,
    ts REAL NOT NULL,
    exact TEXT NOT NULL,
    simhash INTEGER NOT NULL,          -- signed view of the unsigned 64-bit value
    anchors TEXT NOT NULL,             -- canonical numbers joined by spaces
    vector BLOB,                       -- float16 raw embedding
    ehash BLOB,                        -- uint64 words, little-endian
    duplicate_kind TEXT,
    length REAL NOT NULL DEFAULT 0,    -- body length in English-equivalent characters (0 = unknown)
    passages BLOB,                     -- float16 raw embeddings of the body's middle and end, (2, dim)
    source TEXT NOT NULL DEFAULT '',
    shingles BLOB,                     -- uint32 shingle hashes of the body, sorted
    opening BLOB,                      -- uint32 hashes of the body's first shingles, sorted
    names TEXT NOT NULL DEFAULT '',    -- fingerprints.names joined by tabs
    matched_id TEXT,                   -- the article the evidence was against
    score REAL,                        -- the strength of that evidence, 0-1
    paragraphs INTEGER NOT NULL DEFAULT 0, -- paragraphs of the body (0 = not counted)
    headline BLOB,                     -- uint32 hashes of the headline's words, sorted
    paragraph_vectors BLOB,            -- float16 raw embeddings of a short body's headline and paragraph
                                       -- starts (embed.aligned_units), (k, dim); older rows: the starts
                                       -- alone (told apart by rows > paragraphs)
    headline_figures TEXT,             -- fingerprints.headline_figures joined by spaces (NULL: stored before)
    figure_places TEXT,                -- fingerprints.figure_places: each paragraph as "|" and its
                                       -- figures joined by spaces (NULL: stored before)
    unit_figures TEXT                  -- fingerprints.unit_figures joined by spaces (NULL: stored before)
);
CREATE INDEX IF NOT EXISTS stories_articles_exact ON stories_articles(exact);
CREATE INDEX IF NOT EXISTS stories_articles_id ON stories_articles(article_id);
CREATE INDEX IF NOT EXISTS stories_articles_story ON stories_articles(story_id, ref);
CREATE INDEX IF NOT EXISTS stories_articles_story_language ON stories_articles(story_id, language, ref);
CREATE INDEX IF NOT EXISTS stories_articles_ts ON stories_articles(ts);
CREATE TABLE IF NOT EXISTS stories_stories (
    story_id TEXT PRIMARY KEY,
    first_ts REAL NOT NULL,
    size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS stories_details (
    article_id TEXT PRIMARY KEY,
    details TEXT NOT NULL              -- JSON: url, title, published, direction (ArticleDetails)
);
CREATE TABLE IF NOT EXISTS stories_links (  -- an article's link (ArticleRecord.link), kept here only
    ref INTEGER PRIMARY KEY,           -- the article that made the link (it may be forgotten since)
    stories TEXT NOT NULL              -- story_id:root_ref of its story, then of the bridged ones
);
CREATE TABLE IF NOT EXISTS stories_means (
    backend TEXT NOT NULL,
    language TEXT NOT NULL,
    total BLOB NOT NULL,               -- float64 sum of raw vectors
    n INTEGER NOT NULL,
    PRIMARY KEY (backend, language)
);
"""

_STORED = ("ref, article_id, story_id, language, ts, exact, simhash, anchors, vector, ehash, duplicate_kind,"
           " length, passages, source, shingles, opening, names, matched_id, score, paragraphs, headline,"
           " paragraph_vectors, headline_figures, figure_places, unit_figures")
# what a record is read from: its row and the link it made, kept once, in stories_links (a state
# directory of an earlier layout has the columns bridged and root_refs too, never read)
_COLUMNS = (_STORED + ", (SELECT stories_links.stories FROM stories_links"
            " WHERE stories_links.ref = stories_articles.ref)")
# columns added after the first layout: (name, definition) for ALTER TABLE on an older state directory
_ADDED = (("length", "REAL NOT NULL DEFAULT 0"), ("passages", "BLOB"), ("source", "TEXT NOT NULL DEFAULT ''"),
          ("shingles", "BLOB"), ("opening", "BLOB"),
          ("names", "TEXT NOT NULL DEFAULT ''"), ("matched_id", "TEXT"), ("score", "REAL"),
          ("paragraphs", "INTEGER NOT NULL DEFAULT 0"), ("headline", "BLOB"), ("paragraph_vectors", "BLOB"),
          ("headline_figures", "TEXT"), ("figure_places", "TEXT"), ("unit_figures", "TEXT"))


def encode_places(places: tuple[frozenset[str], ...]) -> str:
    """``ArticleRecord.figure_places`` as text: each paragraph as "|" and its figures joined by
    spaces (a figure is digits, "." or "-"): no paragraph is "", one without figures "|"."""
    return "".join("|" + " ".join(sorted(cited)) for cited in places)


def decode_places(text: str) -> tuple[frozenset[str], ...]:
    """The places :func:`encode_places` wrote."""
    return tuple(frozenset(part.split()) for part in text.split("|")[1:])


def _signed(v: int) -> int:
    return v - (1 << 64) if v >= 1 << 63 else v


def _uint32(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<u4").astype(np.uint32, copy=False)


def _blob32(values: np.ndarray | None) -> bytes | None:
    return None if values is None else np.asarray(values, dtype="<u4").tobytes()


def _blob16(values: np.ndarray | None) -> bytes | None:
    return None if values is None else np.asarray(values, dtype="<f2").tobytes()


def _rows16(blob: bytes | None, vec: bytes | None) -> np.ndarray | None:
    """float16 rows of the lead vector's size (``vec``, its blob) kept as ``blob``: the passages or
    the paragraph starts; None without the lead vector."""
    return None if blob is None or vec is None else np.frombuffer(blob, dtype="<f2").reshape(-1, len(vec) // 2)


def _row_to_record(row: tuple) -> ArticleRecord:
    (ref, aid, sid, lang, ts, exact, sh, anchors, vec, eh, kind, length, passages, source, shingles, opening, names,
     matched, score, paragraphs, headline, paragraph_vectors, headline_figures, figure_places, unit_figures,
     link) = row
    stories = decode_link(link) if link else ()
    return ArticleRecord(
        article_id=aid, story_id=sid, language=lang, ts=ts, exact=exact,
        simhash=sh & ((1 << 64) - 1),
        anchors=frozenset(anchors.split()),
        vector=None if vec is None else np.frombuffer(vec, dtype="<f2"),
        ehash=None if eh is None else np.frombuffer(eh, dtype="<u8"),
        duplicate_kind=kind, ref=ref, length=float(length or 0.0),
        passages=_rows16(passages, vec),
        source=source, shingles=_uint32(shingles), opening=_uint32(opening),
        names=frozenset(names.split("\t")) if names else frozenset(),
        matched_id=matched, score=score, paragraphs=int(paragraphs or 0),
        bridged=tuple(story for story, _ in stories[1:]), root_refs=tuple(ref for _, ref in stories),
        headline=_uint32(headline), paragraph_vectors=_rows16(paragraph_vectors, vec),
        headline_figures=None if headline_figures is None else frozenset(headline_figures.split()),
        figure_places=None if figure_places is None else decode_places(figure_places),
        unit_figures=None if unit_figures is None else frozenset(unit_figures.split()),
    )


_INDEXED_COLUMNS = "ref, article_id, story_id, language, ts, simhash, anchors, ehash, source, shingles, headline"


def _indexed_row_to_record(row: tuple) -> ArticleRecord:
    """A record with the ``INDEXED_FIELDS`` only (``iter_articles(indexed_only=True)``)."""
    ref, aid, sid, language, ts, sh, anchors, eh, source, shingles, headline = row
    return ArticleRecord(
        article_id=aid, story_id=sid, language=language, ts=ts, exact="", simhash=sh & ((1 << 64) - 1),
        anchors=frozenset(anchors.split()), ehash=None if eh is None else np.frombuffer(eh, dtype="<u8"),
        ref=ref, source=source, shingles=_uint32(shingles), headline=_uint32(headline))


class SQLiteStoryStore:
    """StoryStore over an open connection (the caller owns and closes it)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(_SCHEMA)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(stories_articles)")}
        for name, definition in _ADDED:  # a state directory written before these columns existed
            if name not in columns:
                conn.execute(f"ALTER TABLE stories_articles ADD COLUMN {name} {definition}")
        if "minhash" in columns:  # replaced by the body's shingles
            conn.execute("ALTER TABLE stories_articles DROP COLUMN minhash")

    def add_article(self, rec: ArticleRecord) -> int:
        cur = self.conn.execute(
            f"INSERT INTO stories_articles ({_STORED}) VALUES (NULL{', ?' * _STORED.count(',')})",
            (rec.article_id, rec.story_id, rec.language, rec.ts, rec.exact, _signed(rec.simhash),
             " ".join(sorted(rec.anchors)),
             _blob16(rec.vector),
             None if rec.ehash is None else np.asarray(rec.ehash, dtype="<u8").tobytes(),
             rec.duplicate_kind, float(rec.length),
             _blob16(rec.passages),
             rec.source, _blob32(rec.shingles), _blob32(rec.opening), "\t".join(sorted(rec.names)),
             rec.matched_id, rec.score, int(rec.paragraphs), _blob32(rec.headline),
             _blob16(rec.paragraph_vectors),
             None if rec.headline_figures is None else " ".join(sorted(rec.headline_figures)),
             None if rec.figure_places is None else encode_places(rec.figure_places),
             None if rec.unit_figures is None else " ".join(sorted(rec.unit_figures))),
        )
        self.conn.execute(
            "INSERT INTO stories_stories (story_id, first_ts, size) VALUES (?, ?, 1) "
            "ON CONFLICT(story_id) DO UPDATE SET size = size + 1, first_ts = min(first_ts, excluded.first_ts)",
            (rec.story_id, rec.ts),
        )
        assert cur.lastrowid is not None  # an INSERT into a rowid table
        if rec.bridged:
            self.conn.execute("INSERT INTO stories_links (ref, stories) VALUES (?, ?)",
                              (cur.lastrowid, encode_link(rec.link)))
        return cur.lastrowid

    def get_articles(self, refs: Sequence[int]) -> list[ArticleRecord]:
        refs = [int(r) for r in refs]
        if not refs:
            return []
        by_ref: dict[int, ArticleRecord] = {}
        for i in range(0, len(refs), MAX_VARIABLES):
            chunk = refs[i:i + MAX_VARIABLES]
            q = f"SELECT {_COLUMNS} FROM stories_articles WHERE ref IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(q, chunk):
                by_ref[row[0]] = _row_to_record(row)
        return [by_ref[r] for r in refs if r in by_ref]

    def find_exact(self, exact: str) -> ArticleRecord | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM stories_articles WHERE exact = ? ORDER BY ref LIMIT 1", (exact,)
        ).fetchone()
        return None if row is None else _row_to_record(row)

    def find_article(self, article_id: str) -> ArticleRecord | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM stories_articles WHERE article_id = ? ORDER BY ref LIMIT 1", (article_id,)
        ).fetchone()
        return None if row is None else _row_to_record(row)

    def story_members(self, story_id: str, limit: int) -> list[ArticleRecord]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM stories_articles WHERE story_id = ? ORDER BY ref LIMIT ?", (story_id, limit)
        )
        return [_row_to_record(r) for r in rows]

    def first_member(self, story_id: str, language: str) -> ArticleRecord | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM stories_articles WHERE story_id = ? AND language = ? ORDER BY ref LIMIT 1",
            (story_id, language)).fetchone()
        return None if row is None else _row_to_record(row)

    def get_story(self, story_id: str) -> StoryRecord | None:
        row = self.conn.execute(
            "SELECT story_id, first_ts, size FROM stories_stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        return None if row is None else StoryRecord(*row)

    def iter_articles(self, since_ts: float | None = None, *, until_ts: float | None = None,
                      indexed_only: bool = False) -> Iterator[ArticleRecord]:
        columns, decode = (_INDEXED_COLUMNS, _indexed_row_to_record) if indexed_only else (_COLUMNS, _row_to_record)
        if since_ts is None and until_ts is None:
            for row in self.conn.execute(f"SELECT {columns} FROM stories_articles ORDER BY ref"):
                yield decode(row)
            return
        # the refs from the ts index (no row read), then the rows by ref: never a scan of the history
        refs = sorted(ref for (ref,) in self.conn.execute(
            "SELECT ref FROM stories_articles INDEXED BY stories_articles_ts WHERE ts >= ? AND ts < ?",
            (-math.inf if since_ts is None else since_ts, math.inf if until_ts is None else until_ts)))
        for i in range(0, len(refs), MAX_VARIABLES):
            chunk = refs[i:i + MAX_VARIABLES]
            rows = self.conn.execute(f"SELECT {columns} FROM stories_articles WHERE ref IN "
                                     f"({','.join('?' * len(chunk))}) ORDER BY ref", chunk)
            yield from map(decode, rows)

    def latest_ts(self) -> float | None:
        row = self.conn.execute("SELECT max(ts) FROM stories_articles").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def story_links(self) -> list[Link]:
        return [decode_link(stories) for (stories,) in self.conn.execute("SELECT stories FROM stories_links ORDER BY ref")]

    def forget_before(self, ts: float) -> int:
        forgotten = 0
        self.conn.commit()  # what was written before is not part of the chunks
        while True:  # in chunks: a long delete would hold the write lock
            with self.conn:
                self.conn.execute("BEGIN")
                rows = self.conn.execute("SELECT ref, story_id, article_id FROM stories_articles INDEXED BY "
                                         "stories_articles_ts WHERE ts < ? LIMIT ?", (ts, MAX_VARIABLES)).fetchall()
                if not rows:
                    return forgotten
                refs, stories = [ref for ref, _, _ in rows], sorted({story for _, story, _ in rows})
                self.conn.execute(f"DELETE FROM stories_articles WHERE ref IN ({','.join('?' * len(refs))})", refs)
                ids = [aid for _, _, aid in rows]
                self.conn.execute(f"DELETE FROM stories_details WHERE article_id IN ({','.join('?' * len(ids))}) AND "
                                  "article_id NOT IN (SELECT article_id FROM stories_articles WHERE article_id IN "
                                  f"({','.join('?' * len(ids))}))", ids + ids)
                marks = ",".join("?" * len(stories))
                self.conn.execute(f"UPDATE stories_stories SET size = (SELECT count(*) FROM stories_articles a "
                                  f"WHERE a.story_id = stories_stories.story_id) WHERE story_id IN ({marks})", stories)
                self.conn.execute(f"DELETE FROM stories_stories WHERE size = 0 AND story_id IN ({marks})", stories)
            forgotten += len(rows)

    def get_mean(self, backend: str, language: str) -> tuple[np.ndarray | None, int]:
        row = self.conn.execute(
            "SELECT total, n FROM stories_means WHERE backend = ? AND language = ?", (backend, language)
        ).fetchone()
        if row is None:
            return None, 0
        return np.frombuffer(row[0], dtype="<f8").copy(), int(row[1])

    def add_to_mean(self, backend: str, language: str, vec: np.ndarray) -> None:
        total, n = self.get_mean(backend, language)
        v = np.asarray(vec, dtype="<f8")
        total = v.copy() if total is None else total + v
        self.conn.execute(
            "INSERT INTO stories_means (backend, language, total, n) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(backend, language) DO UPDATE SET total = excluded.total, n = excluded.n",
            (backend, language, total.tobytes(), n + 1),
        )

    def commit(self) -> None:
        self.conn.commit()

    @contextlib.contextmanager
    def assigning(self) -> Iterator[None]:
        """One transaction for the block's writes (see ``StoryStore.assigning``) on an autocommit
        connection (the crawl's). Within a transaction the caller opened, or on a connection that
        opens its own (``isolation_level`` not None: committed by ``commit()``), the writes join it."""
        if self.conn.in_transaction or self.conn.isolation_level is not None:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
            self.conn.commit()
        except BaseException:
            if self.conn.in_transaction:  # a failed COMMIT may leave it open
                self.conn.rollback()
            raise

    def sync(self) -> list[ArticleRecord]:
        return []  # one run per state directory (run lock): a single writer

    def add_details(self, details: Iterable[ArticleDetails]) -> None:
        self.conn.executemany(
            "INSERT INTO stories_details (article_id, details) VALUES (?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET details = excluded.details",
            ((d.article_id, encode_details(d)) for d in details))

    def get_details(self, article_ids: Iterable[str]) -> dict[str, ArticleDetails]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, ArticleDetails] = {}
        for i in range(0, len(ids), MAX_VARIABLES):
            chunk = ids[i:i + MAX_VARIABLES]
            rows = self.conn.execute(f"SELECT article_id, details FROM stories_details "
                                     f"WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
            found.update((aid, decode_details(aid, text)) for aid, text in rows)
        return found
