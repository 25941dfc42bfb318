"""Crawl-scoped services as Scrapy extensions: the state database.

Components find them with ``crawler.get_extension(...)`` (see ``StateStore.of``), so there is no
module-level state and two crawls in one process never share a connection.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.state.db import open_state_db

logger = logging.getLogger(__name__)


class StateStore:
    """Owns the SQLite state database under ``NEWSSPIDER_STATE_DIR`` for one crawl."""

    def __init__(self, state_dir: str | Path):
        self.state_dir = Path(state_dir)
        self._connection: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateStore:
        store = cls(crawler.settings.get("NEWSSPIDER_STATE_DIR"))
        crawler.signals.connect(store.close, signal=signals.spider_closed)
        return store

    @staticmethod
    def of(crawler: Crawler) -> StateStore:
        store = crawler.get_extension(StateStore)
        if store is None:
            raise RuntimeError("newsspider.extensions.StateStore must be enabled in EXTENSIONS")
        return store

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = open_state_db(self.state_dir)
            logger.info("state store: %s", self.state_dir.resolve())
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
