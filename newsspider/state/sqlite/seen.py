"""SQLite ``SeenStore``: the articles emitted by earlier runs and the URLs they were reached under."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone

from newsspider.dates import utc_now_iso
from newsspider.state.base import EmittedArticle, EmittedIdentity
from newsspider.state.sqlite.db import MAX_VARIABLES


class SQLiteSeenStore:
    """Articles already emitted, keyed by id, and every URL they were reached under."""

    def __init__(self, connection: sqlite3.Connection):
        self.db = connection
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS seen_articles (
                id TEXT PRIMARY KEY, canonical_url TEXT NOT NULL, modified TEXT, emitted_at TEXT NOT NULL,
                article_key TEXT);
            CREATE TABLE IF NOT EXISTS seen_urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS seen_articles_emitted_at ON seen_articles(emitted_at);
            CREATE INDEX IF NOT EXISTS seen_urls_article_id ON seen_urls(article_id);
        """)

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        urls = list(dict.fromkeys(urls))
        found: set[str] = set()
        for start in range(0, len(urls), MAX_VARIABLES):
            chunk = urls[start:start + MAX_VARIABLES]
            rows = self.db.execute(f"SELECT url FROM seen_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            found.update(row[0] for row in rows)
        return found

    def modified_of(self, article_id: str) -> tuple[bool, str | None]:
        row = self.db.execute("SELECT modified FROM seen_articles WHERE id = ?", (article_id,)).fetchone()
        return (row is not None, row[0] if row else None)

    def identity_of(self, article_id: str, urls: Iterable[str]) -> EmittedIdentity | None:
        urls = list(dict.fromkeys(urls))[:MAX_VARIABLES]
        row = self.db.execute(
            "SELECT article_key, EXISTS(SELECT 1 FROM seen_urls WHERE article_id = seen_articles.id AND url IN "
            f"({','.join('?' * len(urls))})) FROM seen_articles WHERE id = ?", (*urls, article_id)).fetchone()
        return None if row is None else EmittedIdentity(row[0], bool(row[1]))

    def add(self, articles: Iterable[EmittedArticle]) -> None:
        now = utc_now_iso()
        with self.db:
            self.db.execute("BEGIN")
            for article in articles:
                self.db.execute(
                    "INSERT INTO seen_articles (id, canonical_url, modified, emitted_at, article_key) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET modified = excluded.modified, "
                    "emitted_at = excluded.emitted_at, article_key = coalesce(excluded.article_key, article_key)",
                    (article.id, article.canonical_url, article.modified, now, article.key))
                self.db.executemany("INSERT OR IGNORE INTO seen_urls (url, article_id) VALUES (?, ?)",
                                    [(article.canonical_url, article.id), (article.url, article.id)])

    def forget_before(self, cutoff: datetime) -> int:
        bound = cutoff.astimezone(timezone.utc).replace(microsecond=0).isoformat()  # utc_now_iso's form
        forgotten = 0
        while True:  # in chunks: a long delete would hold the write lock against the crawl
            with self.db:
                self.db.execute("BEGIN")
                ids = [row[0] for row in self.db.execute(
                    "SELECT id FROM seen_articles WHERE emitted_at < ? LIMIT ?", (bound, MAX_VARIABLES))]
                if not ids:
                    return forgotten
                forgotten += self._delete(ids)

    def forget(self, article_ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(article_ids))
        forgotten = 0
        with self.db:
            self.db.execute("BEGIN")
            for start in range(0, len(ids), MAX_VARIABLES):
                forgotten += self._delete(ids[start:start + MAX_VARIABLES])
        return forgotten

    def _delete(self, ids: list[str]) -> int:
        """Delete up to ``MAX_VARIABLES`` articles and their URLs, inside the caller's transaction."""
        marks = ",".join("?" * len(ids))
        self.db.execute(f"DELETE FROM seen_urls WHERE article_id IN ({marks})", ids)
        return self.db.execute(f"DELETE FROM seen_articles WHERE id IN ({marks})", ids).rowcount

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM seen_articles").fetchone()[0])
