"""Scrapy's log messages, without building the per-page ones that ``LOG_LEVEL`` hides.

Scrapy leaves its loggers at NOTSET and lets the root handler filter by ``LOG_LEVEL``, so the
DEBUG "Crawled (200) <GET ...>" and "Scraped from <200 ...>" messages of every page still build
a log record (and look up the referer) only for the handler to discard it. Returning ``None``
from a ``LogFormatter`` method is Scrapy's documented way to omit a message; this formatter does
so exactly when the message is below ``LOG_LEVEL`` (or logging is off), so what is written and
the ``log_count/<level>`` stats stay the same. (Scrapy's annotations do not say ``| None``; its
documentation does: hence the ``type: ignore[override]``.)
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


class LevelAwareLogFormatter(LogFormatter):
    """Scrapy's log formatter that builds no message below ``level`` (the crawl's ``LOG_LEVEL``)."""

    def __init__(self, level: int = logging.NOTSET, crawler: Crawler | None = None):
        self.level = level
        self.crawler = crawler  # its state service, looked up when a page fails (built after the formatter)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LevelAwareLogFormatter:
        """The formatter at the crawl's ``LOG_LEVEL`` (above every level when logging is off)."""
        settings = crawler.settings
        if not settings.getbool("LOG_ENABLED"):
            return cls(logging.CRITICAL + 1, crawler)
        level = settings.get("LOG_LEVEL")
        return cls(logging.getLevelName(level.upper()) if isinstance(level, str) else int(level), crawler)

    def crawled(  # type: ignore[override]
            self, request: Request, response: Response, spider: Spider) -> LogFormatterResult | None:
        """Scrapy's "Crawled" message, or None below the level."""
        return super().crawled(request, response, spider) if logging.DEBUG >= self.level else None

    def scraped(  # type: ignore[override]
            self, item: Any, response: Response | Failure | None, spider: Spider) -> LogFormatterResult | None:
        """Scrapy's "Scraped from" message, or None below the level."""
        return super().scraped(item, response, spider) if logging.DEBUG >= self.level else None

    def dropped(  # type: ignore[override]
            self, item: Any, exception: BaseException, response: Response | Failure | None,
            spider: Spider) -> LogFormatterResult | None:
        """Scrapy's "Dropped" message, or None below the level."""
        entry = super().dropped(item, exception, response, spider)
        return entry if entry is not None and entry["level"] >= self.level else None

    def item_error(self, item: Any, exception: BaseException, response: Response | Failure | None,
                   spider: Spider) -> LogFormatterResult:
        """Scrapy's "Error processing" message; at DEBUG for a page that met the state store after it
        failed: the store's one ERROR line already stopped the run, and the next run fetches the
        page again (Scrapy logs the traceback with it: hidden below DEBUG)."""
        from newsspider.extensions.state import StateService  # not before the crawl installs its reactor

        entry = super().item_error(item, exception, response, spider)
        state = self.crawler.get_extension(StateService) if self.crawler is not None else None
        if state is not None and state.stopped_by(exception):
            return {**entry, "level": logging.DEBUG, "msg": "Not processed (the state store failed): %(item)s"}
        return entry
