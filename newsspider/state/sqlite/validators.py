"""SQLite ``ValidatorStore``: the ETag / Last-Modified of each feed and sitemap URL."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from newsspider.dates import utc_now_iso
from newsspider.state.base import Validators


class SQLiteValidatorStore:
    """ETag / Last-Modified of each feed and sitemap URL."""

    def __init__(self, connection: sqlite3.Connection):
        self.db = connection
        self.db.execute("CREATE TABLE IF NOT EXISTS http_validators "
                        "(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, updated_at TEXT NOT NULL)")

    def get(self, url: str) -> Validators | None:
        row = self.db.execute("SELECT etag, last_modified FROM http_validators WHERE url = ?", (url,)).fetchone()
        return Validators(*row) if row else None

    def put(self, items: Iterable[tuple[str, Validators]]) -> None:
        now = utc_now_iso()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                "updated_at = excluded.updated_at",
                [(url, v.etag, v.last_modified, now) for url, v in items])
