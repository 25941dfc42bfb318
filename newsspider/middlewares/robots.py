"""Scrapy's robots.txt middleware, whose line about a robots.txt that could not be fetched carries no
traceback of a network failure.

A source on a dead domain (no DNS answer, connection refused, a timeout) logged, before its one-line
error (``feed <url> failed (source s): CannotResolveHostError: ...``), Scrapy's ERROR line
``Error downloading <GET ...>: DNS lookup failed ...`` followed by some thirty lines of traceback
through Scrapy's downloader: the failure is the network's, and the traceback says nothing the line
does not. The line stays; its traceback goes, for the exceptions Scrapy retries as network failures
(``RETRY_EXCEPTIONS``). Any other exception (a bug, a parser failing) keeps its traceback.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.misc import load_object

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class NetworkTracebacks(logging.Filter):
    """Takes the traceback off a log record whose exception is one of ``exceptions``."""

    def __init__(self, exceptions: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.exceptions = exceptions

    def filter(self, record: logging.LogRecord) -> bool:
        """Every record passes; one of a network failure without its traceback."""
        if record.exc_info and isinstance(record.exc_info[1], self.exceptions):
            record.exc_info = None
            record.exc_text = None
        return True


def network_failures(crawler: Crawler) -> tuple[type[BaseException], ...]:
    """The exceptions Scrapy retries as failures of the network (``RETRY_EXCEPTIONS``)."""
    listed = crawler.settings.getlist("RETRY_EXCEPTIONS")
    loaded = (load_object(name) if isinstance(name, str) else name for name in listed)
    return tuple(cls for cls in loaded if isinstance(cls, type) and issubclass(cls, BaseException))


class RobotsTxtOneLine(RobotsTxtMiddleware):
    """Scrapy's ``RobotsTxtMiddleware`` (same place, same rules), its log lines about a network
    failure without a traceback for the crawl's duration."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)  # NotConfigured when ROBOTSTXT_OBEY is off: no filter added
        self.log_filter = NetworkTracebacks(network_failures(crawler))
        self.logger = logging.getLogger(RobotsTxtMiddleware.__module__)
        self.logger.addFilter(self.log_filter)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    def engine_stopped(self) -> None:
        """The filter goes with the crawl (another crawl of the process keeps Scrapy's logging as it is)."""
        self.logger.removeFilter(self.log_filter)
