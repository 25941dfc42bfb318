"""The one-line summary of a run, per source."""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.spiders import Spider
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class CrawlSummary:
    """One log line at the end of a run, per source, for a cron mail or a log grep.

    ``summary (<finish reason>): <source> requests=N new=N duplicates=N seen=N errors=N; ...``,
    from the ``newsspider/source/<source>/<key>`` stats the other components count.
    """

    FIELDS = (("requests", "requests"), ("new", "articles"), ("duplicates", "duplicates"),
              ("seen", "skipped_seen"), ("errors", "errors"))

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        """The summary, logged on ``spider_closed``."""
        summary = cls(crawler.stats)
        crawler.signals.connect(summary.spider_closed, signal=signals.spider_closed)
        return summary

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Log the summary line of the spider's sources."""
        logger.info("summary (%s): %s", reason, self.line(getattr(spider, "sources", {})))

    def line(self, source_names: Iterable[str]) -> str:
        """The summary of ``source_names`` (``no sources`` for none)."""
        stats: dict[str, Any] = self.stats.get_stats()
        parts = []
        for name in source_names:
            values = " ".join(f"{label}={stats.get(f'newsspider/source/{name}/{key}', 0)}" for label, key in self.FIELDS)
            parts.append(f"{name} {values}")
        return "; ".join(parts) or "no sources"
