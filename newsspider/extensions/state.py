"""The state service: the one place a crawl's state between runs is opened, handed out and closed."""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.utils.asyncio import call_later

from newsspider.extensions import built, required_extension, stop_run
from newsspider.outcome import STATE_ERROR, STATE_FAILED
from newsspider.state.sqlite import SQLiteState
from newsspider.stories.config import StoryConfig

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

    from newsspider.state.base import LineStatsStore, SeenStore, StateBackend, ValidatorStore
    from newsspider.stories.store import StoryStore

logger = logging.getLogger(__name__)

RETENTION_ERROR = "newsspider/state/retention_error"
"""The stats key of a state store failure while the retention was applied (after the run was recorded)."""


@dataclass(frozen=True)
class Retention:
    """How long the state keeps what it learns (0 = for ever); the ``NEWSSPIDER_*`` settings named."""

    seen_days: float = 0.0          # NEWSSPIDER_SEEN_RETENTION_DAYS
    lines_max_pages: int = 0        # NEWSSPIDER_BOILERPLATE_MAX_PAGES
    stories_days: float = 0.0       # NEWSSPIDER_STORIES_RETENTION_DAYS (StoryConfig.retention_days)

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Retention:
        """The retention the settings ask for."""
        retention = cls(settings.getfloat("NEWSSPIDER_SEEN_RETENTION_DAYS"),
                        settings.getint("NEWSSPIDER_BOILERPLATE_MAX_PAGES"),
                        StoryConfig.from_settings(settings).retention_days)
        if retention.seen_days and not settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"):
            logger.info("NEWSSPIDER_MAX_AGE_DAYS=0: an article forgotten after NEWSSPIDER_SEEN_RETENTION_DAYS=%g "
                        "is emitted again if a source still links to it", retention.seen_days)
        return retention


class StateService:
    """The crawl's state between runs: one backend, chosen once, opened on first use, shared.

    Components ask it for the stores they need (``StateService.of(crawler).seen``) and talk to
    the protocols of ``newsspider.state.base`` only. What a run writes is committed by the
    callbacks registered with ``before_close``, which run when the engine has stopped: after the
    feed storage closed, so nothing is committed for an article that is not on disk. Then the
    backend's connection is closed.

    Before it closes, it keeps the state bounded (``Retention``): articles emitted longer ago than
    ``NEWSSPIDER_SEEN_RETENTION_DAYS`` are forgotten, the learned lines of a site that has
    counted more than ``NEWSSPIDER_BOILERPLATE_MAX_PAGES`` pages are halved, and the story store
    forgets articles published ``NEWSSPIDER_STORIES_RETENTION_DAYS`` before its newest one.

    The state failing under the crawl (a full disk, an I/O error, a lock held past the busy
    timeout: any error the backend reports through ``watch``) stops the run: one log line, the
    finish reason ``state_failed``, exit status 4, and no feed validators saved, so the next run
    fetches the feeds in full and finds again the articles this one could not record.

    This class keeps the state in SQLite under ``NEWSSPIDER_STATE_DIR``; the distributed add-on
    replaces it with ``newsspider.distributed.state.RedisStateService``.
    """

    def __init__(self, open_backend: Callable[[], StateBackend], retention: Retention | None = None,
                 stats: Any = None, crawler: Crawler | None = None) -> None:
        self._open_backend = open_backend
        self._backend: StateBackend | None = None
        self._before_close: list[Callable[[], None]] = []
        self.retention = retention or Retention()
        self.stats = stats
        self.crawler = crawler
        self.failure: str | None = None
        self.retention_failure: str | None = None
        self._closing = False
        self._retaining = False  # applying the retention: the run is recorded, an error there costs it nothing

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateService:
        """The service for ``crawler``, closed on ``engine_stopped``."""
        service = cls(cls.backend_opener(crawler.settings), Retention.from_settings(crawler.settings), crawler.stats,
                      crawler)
        crawler.signals.connect(service.close, signal=signals.engine_stopped)
        return service

    @staticmethod
    def backend_opener(settings: BaseSettings) -> Callable[[], StateBackend]:
        """How to open this service's backend (called once, on first use)."""
        return partial(SQLiteState, settings.get("NEWSSPIDER_STATE_DIR"),
                       lines_flush_every=settings.getint("NEWSSPIDER_BOILERPLATE_COMMIT_EVERY"))

    @staticmethod
    def of(crawler: Crawler) -> StateService:
        """The crawl's state service (an error when it is not enabled)."""
        return required_extension(crawler, StateService)

    @property
    def backend(self) -> StateBackend:
        """The backend, opened on first use."""
        if self._backend is None:
            self._backend = self._open_backend()
            self._backend.watch(self.failed)
        return self._backend

    def failed(self, what: str) -> None:
        """The state store failed (``what``: the file and the error): the first failure is logged
        and counted (``newsspider/state/error``) and stops the run; later ones add nothing. While the
        retention is applied (the run and its validators are saved) it is only the retention's:
        ``newsspider/state/retention_error``, an error line, and the run's ending unchanged."""
        if self._retaining:
            if self.retention_failure is None:
                self.retention_failure = what
                if self.stats is not None:
                    self.stats.set_value(RETENTION_ERROR, what)
            return
        if self.failure is not None:
            return
        self.failure = what
        if self.stats is not None:
            self.stats.set_value(STATE_ERROR, what)
        if self.crawler is not None and not built(self.crawler):  # nothing fetched: the command exits 2
            logger.error("state store failed: %s; the crawl cannot start", what)
            return
        logger.error("state store failed: %s; stopping the run (the next run fetches the feeds in full)", what)
        if self.crawler is not None and not self._closing:
            call_later(0, stop_run, self.crawler, STATE_FAILED)

    def stopped_by(self, exc: BaseException) -> bool:
        """Whether ``exc`` is the state store's error after it failed and stopped the run (the pages
        in flight meet it too): logged once, by ``failed``, not again with each page."""
        return self.failure is not None and isinstance(exc, sqlite3.Error)

    @property
    def shared(self) -> bool:
        """Whether other crawls write to the same state while this one runs (``StateBackend.shared``)."""
        return self.backend.shared

    @property
    def seen(self) -> SeenStore:
        """The articles emitted by earlier runs (and, once committed, this one)."""
        return self.backend.seen

    @property
    def validators(self) -> ValidatorStore:
        """The feeds' and sitemaps' HTTP validators from the last complete run."""
        return self.backend.validators

    @property
    def learned_lines(self) -> LineStatsStore:
        """Per-site recurring-line counts."""
        return self.backend.learned_lines

    @property
    def stories(self) -> StoryStore:
        """The story index's records."""
        return self.backend.stories

    def before_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the crawl is over (its output stored), before the backend closes."""
        self._before_close.append(callback)

    def close(self) -> None:
        """Run the ``before_close`` callbacks (an error in one is logged, the others still run),
        apply the retention unless the store failed under the run (it would fail again, and the run
        is not recorded), then close."""
        self._closing = True
        for callback in self._before_close:
            try:
                callback()
            except Exception as exc:
                if not self.stopped_by(exc):
                    logger.exception("could not save the run's state")
        self._before_close.clear()
        if self._backend is not None and self.failure is not None:
            logger.info("state retention not applied: the state store failed; a later run applies it")
        elif self._backend is not None:
            self._retaining = True
            try:
                self.apply_retention()
            except (OSError, sqlite3.Error) as exc:
                logger.error("state retention failed: %s; the run is recorded, and the state keeps what the "
                             "retention would have forgotten until a later run applies it",
                             self.retention_failure or exc)
            except Exception:
                logger.exception("could not apply the state retention")
            finally:
                self._retaining = False
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def apply_retention(self, now: datetime | None = None) -> dict[str, int]:
        """Forget what the retention settings say is too old; returns what was removed, per store."""
        retention, removed = self.retention, {}
        if retention.seen_days:
            cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=retention.seen_days)
            removed["seen_forgotten"] = self.seen.forget_before(cutoff)
        if retention.lines_max_pages:
            removed["learned_sites_halved"] = self.learned_lines.decay(max_pages=retention.lines_max_pages)
        if retention.stories_days and (latest := self.stories.latest_ts()) is not None:
            newest = min(latest, (now or datetime.now(timezone.utc)).timestamp())  # a future date moves nothing
            removed["stories_forgotten"] = self.stories.forget_before(newest - retention.stories_days * 86400)
        for key, count in removed.items():
            if self.stats is not None:
                self.stats.set_value(f"newsspider/state/{key}", count)
        if any(removed.values()):
            self.backend.compact()
            logger.info("state retention: %s", ", ".join(f"{key}={count}" for key, count in removed.items()))
        return removed

