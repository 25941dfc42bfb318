"""The one-line summary of a run, per source, and what went wrong, for a cron mail or a log grep."""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy import signals

from newsspider.outcome import (
    EXIT_OUTPUT_FAILED,
    EXTRACTION_FAILED,
    FORCED_STOP,
    RunEndReader,
    outcome_from_stats,
    source_key,
    source_results,
    why_nothing_written,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.spiders import Spider
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


def summary_level(log_level: str | int) -> int:
    """The level the summary is logged at: INFO, or WARNING when ``LOG_LEVEL`` hides INFO (a quiet
    cron run keeps its summary)."""
    level = logging.getLevelName(log_level) if isinstance(log_level, str) else log_level
    return logging.INFO if not isinstance(level, int) or level <= logging.INFO else logging.WARNING


class CrawlSummary(RunEndReader):
    """The end of a run in the log, once every output is stored:

    * ``summary (<ending>): <source> requests=N new=N duplicates=N seen=N errors=N; ...``:
      ``new`` counts the articles written, ``duplicates`` those of them that copy a known story,
      ``seen`` those skipped as emitted by an earlier run, ``errors`` the failed requests, feeds,
      sitemaps and pages of the source (HTTP errors, a page that is no feed or sitemap, nothing
      found); for a source with ``home`` pages, what they led to: ``home_feeds=N home_sitemaps=N``,
      and ``home_as_listing=N`` when a home page announced no feed and had no news sitemap;
    * ``sources with errors: <source> (<stage> <url>: <reason>); ...`` when some failed (WARNING);
    * ``nothing written: <why>`` when no article was written, and how to write them anyway;
    * ``no article extracted: ...`` (ERROR) when extraction failed and no page gave an article.

    The ending is Scrapy's finish reason, or ``output_failed`` / ``state_failed`` when the output,
    the run report or the state failed, also as the run ended (after the spider closed as
    ``finished``). Logged at INFO, or at WARNING when ``LOG_LEVEL`` (or ``NEWSSPIDER_QUIET``) hides INFO.
    """

    FIELDS = (("requests", "requests"), ("new", "written"), ("duplicates", "written_copies"),
              ("seen", "skipped_seen"), ("errors", "errors"))
    HOME_FIELDS = ("home_feeds", "home_sitemaps")
    """What a source's home pages led to (given for a source with ``home`` pages only)."""

    def __init__(self, stats: StatsCollector, level: int = logging.INFO) -> None:
        self.stats = stats
        self.level = level
        self.reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        """The summary, logged when the engine has stopped (after the outputs are stored)."""
        summary = cls(crawler.stats, summary_level(crawler.settings.get("LOG_LEVEL")))
        crawler.signals.connect(summary.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(summary.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(summary.finish, signal=signals.engine_stopped)
        return summary

    @staticmethod
    def of(crawler: Crawler) -> CrawlSummary | None:
        """The crawl's summary extension, if enabled."""
        return crawler.get_extension(CrawlSummary)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Remember why the crawl ended."""
        self.reason = reason

    def finish(self) -> None:
        """Log the summary (once; also called by the crawl command after a forced stop)."""
        if not self.first_finish():
            return
        stats: dict[str, Any] = self.stats.get_stats()
        sources = self.sources
        logger.log(self.level, "summary (%s): %s", self.ending(stats), self.line(sources))
        failing = [result for result in source_results(stats, sources) if result.errors]
        if failing:
            logger.warning("sources with errors: %s", "; ".join(result.describe() for result in failing))
        if (why := why_nothing_written(stats, sources)) is not None:
            logger.log(self.level, "nothing written: %s", why)
        outcome = outcome_from_stats(stats, sources)
        if outcome.ending == EXTRACTION_FAILED:  # the cause, once, for a log read without the command's stderr
            logger.error("%s", outcome.message)

    def ending(self, stats: dict[str, Any]) -> str:
        """The finish reason, unless the output or the state failed: a run whose spider closed as
        ``finished`` may then have failed to store its output (its exit status is 4)."""
        outcome = outcome_from_stats(stats, self.sources)
        return outcome.ending if outcome.status == EXIT_OUTPUT_FAILED else self.reason or FORCED_STOP

    def line(self, source_names: Iterable[str]) -> str:
        """The summary of ``source_names`` (``no sources`` for none)."""
        stats: dict[str, Any] = self.stats.get_stats()
        parts = []
        for name in source_names:
            values = " ".join(f"{label}={stats.get(source_key(name, key), 0)}" for label, key in self.FIELDS)
            if stats.get(source_key(name, "home_pages")):
                values += "".join(f" {key}={stats.get(source_key(name, key), 0)}" for key in self.HOME_FIELDS)
                if listing := stats.get(source_key(name, "home_as_listing")):
                    values += f" home_as_listing={listing}"
            parts.append(f"{name} {values}")
        return "; ".join(parts) or "no sources"
