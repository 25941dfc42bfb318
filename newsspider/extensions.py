"""Crawl-scoped services as Scrapy extensions: the state database and this run's pending state.

Components find them with ``crawler.get_extension(...)`` (see ``StateStore.of``), so there is no
module-level state and two crawls in one process never share a connection.
"""
from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler

from newsspider.items import Article
from newsspider.state.base import EmittedArticle, SeenStore, ValidatorStore, Validators
from newsspider.state.sqlite.db import open_state_db
from newsspider.state import factory

logger = logging.getLogger(__name__)


T = TypeVar("T")


def required_extension(crawler: Crawler, cls: type[T]) -> T:
    """The crawl's instance of extension ``cls``; a clear error when it is not enabled."""
    extension = crawler.get_extension(cls)
    if extension is None:
        raise RuntimeError(f"{cls.__module__}.{cls.__qualname__} must be enabled in EXTENSIONS")
    return extension


class StateStore:
    """Owns the SQLite state database under ``NEWSSPIDER_STATE_DIR`` for one crawl."""

    def __init__(self, state_dir: str | Path):
        self.state_dir = Path(state_dir)
        self._connection: sqlite3.Connection | None = None
        self._before_close: list[Callable[[], None]] = []

    def before_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the crawl is over (after the output was stored), before closing."""
        self._before_close.append(callback)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateStore:
        store = cls(crawler.settings.get("NEWSSPIDER_STATE_DIR"))
        crawler.signals.connect(store.close, signal=signals.engine_stopped)
        return store

    @staticmethod
    def of(crawler: Crawler) -> StateStore:
        return required_extension(crawler, StateStore)

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = open_state_db(self.state_dir)
            logger.info("state store: %s", self.state_dir.resolve())
        return self._connection

    def close(self) -> None:
        for callback in self._before_close:
            try:
                callback()
            except Exception:
                logger.exception("could not save the run's state")
        self._before_close.clear()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class RunState:
    """What this run has emitted and which feeds it has read, committed to the state store
    only once the output is safely written (``engine_stopped`` comes after the feed storage
    closed), so a crash never marks an unwritten article as done.

    Validators (ETag/Last-Modified) are committed only when the crawl finished normally: after a
    time limit or a crash, the next run must fetch those feeds again in full.
    """

    def __init__(self, open_stores: Callable[[], tuple[SeenStore, ValidatorStore]], stats=None):
        self._open_stores = open_stores
        self._stores: tuple[SeenStore, ValidatorStore] | None = None
        self.stats = stats
        self.pending_articles: list[EmittedArticle] = []
        self.pending_validators: dict[str, Validators] = {}
        self.finish_reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunState:
        def open_stores():
            # Extensions cannot look each other up while they are being built, so the state
            # store is reached on first use, when the crawl is running.
            StateStore.of(crawler).before_close(state.commit)
            return factory.seen_store(crawler), factory.validator_store(crawler)

        state = cls(open_stores, crawler.stats)
        # Distributed mode: other workers may fetch these articles again (a dead worker's requests
        # are requeued), so each one is marked as emitted once written, not at the end of the run.
        state.mark_on_write = bool(crawler.settings.get("NEWSSPIDER_REDIS_URL"))
        crawler.signals.connect(state.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(state.spider_closed, signal=signals.spider_closed)
        return state

    @property
    def seen(self) -> SeenStore:
        return self._attach()[0]

    @property
    def validators(self) -> ValidatorStore:
        return self._attach()[1]

    def _attach(self) -> tuple[SeenStore, ValidatorStore]:
        if self._stores is None:
            self._stores = self._open_stores()
        return self._stores

    @staticmethod
    def of(crawler: Crawler) -> RunState:
        return required_extension(crawler, RunState)

    mark_on_write = False

    def item_scraped(self, item, **kwargs) -> None:
        if isinstance(item, Article):
            article = EmittedArticle(item.id, item.canonical_url, item.url, item.modified)
            if self.mark_on_write:  # the feed exporter's item_scraped handler has written it
                self.seen.add([article])
            else:
                self.pending_articles.append(article)

    def validators_received(self, url: str, validators: Validators) -> None:
        self.pending_validators[url] = validators

    def spider_closed(self, spider, reason: str) -> None:
        self.finish_reason = reason

    def commit(self) -> None:
        self.seen.add(self.pending_articles)
        if self.finish_reason == "finished":
            self.validators.put(self.pending_validators.items())
        logger.info("state committed: %d articles marked as emitted, %d feed validators %s",
                    len(self.pending_articles), len(self.pending_validators),
                    "saved" if self.finish_reason == "finished" else f"discarded ({self.finish_reason})")
        self.pending_articles.clear()
        self.pending_validators.clear()


class GarbageCollector:
    """Tunes CPython's cyclic garbage collector for the crawl, and restores it afterwards.

    The crawl process holds a few hundred thousand objects that live as long as it does (Scrapy,
    Twisted, the extractor's and numpy's modules, the sources, the story index), and every full
    collection walked them all again, while each page allocates thousands of short-lived objects
    that trigger young collections. When the spider opens, what exists is frozen out of the
    collector (``gc.freeze``: never freed, never walked) and the young-generation threshold is
    raised to ``NEWSSPIDER_GC_THRESHOLD`` (0 keeps Python's), so most of a page's objects are freed
    by reference counting before a collection looks at them. Cycles still get collected.
    """

    def __init__(self, freeze: bool, threshold: int):
        self.freeze = freeze
        self.threshold = threshold
        self._saved: tuple[int, int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GarbageCollector:
        settings = crawler.settings
        collector = cls(settings.getbool("NEWSSPIDER_GC_FREEZE"), settings.getint("NEWSSPIDER_GC_THRESHOLD"))
        crawler.signals.connect(collector.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(collector.engine_stopped, signal=signals.engine_stopped)
        return collector

    def spider_opened(self, spider=None) -> None:
        self._saved = gc.get_threshold()
        if self.threshold:
            gc.set_threshold(self.threshold, *self._saved[1:])
        if self.freeze:
            gc.freeze()

    def engine_stopped(self) -> None:
        if self._saved is None:
            return
        if self.freeze:
            gc.unfreeze()
        gc.set_threshold(*self._saved)
        self._saved = None


class RemoteControlWhenEnabled:
    """Scrapy's remote-control extension, imported only when ``REMOTE_CONTROL_ENABLED`` is on.

    It is off here (no listening sockets), but Scrapy would import it at every start just to be
    told so, and that import pulls in aiohttp: about a quarter of a second of CPU per cron run.
    ``settings.py`` replaces Scrapy's entry by this one; turning the setting on works as before.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        if not crawler.settings.getbool("REMOTE_CONTROL_ENABLED"):
            raise NotConfigured
        from scrapy.extensions.remote_control import RemoteControl

        return build_from_crawler(RemoteControl, crawler)


class CrawlSummary:
    """One log line at the end of a run, per source, for a cron mail or a log grep:

    ``summary: <source> requests=N new=N duplicates=N seen=N errors=N; ...``
    """

    FIELDS = (("requests", "requests"), ("new", "articles"), ("duplicates", "duplicates"),
              ("seen", "skipped_seen"), ("errors", "errors"))

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        summary = cls(crawler.stats)
        crawler.signals.connect(summary.spider_closed, signal=signals.spider_closed)
        return summary

    def spider_closed(self, spider, reason: str) -> None:
        logger.info("summary (%s): %s", reason, self.line(getattr(spider, "sources", {})))

    def line(self, source_names) -> str:
        stats = self.stats.get_stats()
        parts = []
        for name in source_names:
            values = " ".join(f"{label}={stats.get(f'newsspider/source/{name}/{key}', 0)}" for label, key in self.FIELDS)
            parts.append(f"{name} {values}")
        return "; ".join(parts) or "no sources"
