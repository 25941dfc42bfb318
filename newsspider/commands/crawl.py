"""``scrapy crawl`` for cron: a clear one-line error and a distinct exit status when a run
cannot happen, and a run lock on the state directory.

Exit statuses: 0 the crawl ran (even if some pages failed); 1 it ran but every source failed, or
no WARC file of a WARC input could be read (or Scrapy could not start it); 2 the sources file, the
WARC input's arguments or the state store cannot be used; 3 another run holds the state
directory; 4 an output (the WARC output) could not be written and the run stopped.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from newsspider import distributed
from newsspider.output import recover_partial_outputs
from newsspider.sources import SourcesError, load_sources
from newsspider.spiders.warc_input import WarcArguments
from newsspider.state.base import EmittedArticle
from newsspider.state.lock import LockHeld, RunLock
from newsspider.state.sqlite import SQLiteState
from newsspider.state.sqlite.db import StateError

if TYPE_CHECKING:
    import argparse

    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

EXIT_ALL_SOURCES_FAILED = 1
EXIT_CONFIG_ERROR = 2
EXIT_LOCKED = 3
EXIT_OUTPUT_FAILED = 4

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    """Scrapy's ``crawl``, with the run lock, the recovery of a killed run and the exit statuses above."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Run the ``news`` spider as a cron job (any other spider as Scrapy would)."""
        if args != ["news"]:
            return super().run(args, opts)
        settings = self.settings
        assert settings is not None
        try:
            warc = WarcArguments.parse(opts.spargs) is not None
        except ValueError as exc:
            return self._fail(str(exc), EXIT_CONFIG_ERROR)
        try:  # a WARC input needs no sources file
            path = opts.spargs.get("sources") or (None if warc else settings.get("NEWSSPIDER_SOURCES"))
            sources = [source.name for source in load_sources(path)] if path else []
        except SourcesError as exc:
            return self._fail(str(exc), EXIT_CONFIG_ERROR)
        if distributed.enabled(settings):
            if warc:
                return self._fail("-a warc= reads local files: a distributed crawl (NEWSSPIDER_REDIS_URL) cannot "
                                  "share them out", EXIT_CONFIG_ERROR)
            return self._run_worker(settings, opts, sources)
        state_dir = settings.get("NEWSSPIDER_STATE_DIR")
        lock = RunLock(state_dir)
        try:
            lock.acquire()
        except LockHeld as exc:
            return self._fail(str(exc), EXIT_LOCKED)
        except OSError as exc:
            return self._fail(f"cannot lock the state directory {state_dir}: {exc}", EXIT_CONFIG_ERROR)
        try:
            if lock.previous_owner:
                logger.warning("took over a stale run lock left by %s", lock.previous_owner)
            try:
                _recover_killed_run_output(state_dir, settings.get("NEWSSPIDER_DEFAULT_FEED"))
            except StateError as exc:
                return self._fail(str(exc), EXIT_CONFIG_ERROR)
            crawler = self._crawl(opts)
            if self.exitcode == 0 and _source_stats(crawler).get("finish_reason") == "output_failed":
                self._fail("an output could not be written (see the log)", EXIT_OUTPUT_FAILED)
            elif self.exitcode == 0 and warc and not _source_stats(crawler).get("newsspider/warc/files"):
                self._fail("no WARC file could be read (see the log)", EXIT_ALL_SOURCES_FAILED)
            elif self.exitcode == 0 and not warc and _every_source_failed(crawler, sources):
                self._fail("every source failed (see the summary line)", EXIT_ALL_SOURCES_FAILED)
        finally:
            lock.release()

    def _run_worker(self, settings: Settings, opts: argparse.Namespace, sources: list[str]) -> None:
        """A worker of a distributed crawl: the state is in Redis and several workers of one run
        may share this machine, so no run lock; only dead workers' output files are recovered."""
        from newsspider.distributed.recovery import recover_dead_worker_outputs

        try:
            recover_dead_worker_outputs(settings)
        except Exception as exc:  # redis unreachable or missing, output directory unusable
            return self._fail(f"cannot use the distributed state at {settings.get('NEWSSPIDER_REDIS_URL')}: "
                              f"{exc}", EXIT_CONFIG_ERROR)
        crawler = self._crawl(opts)
        # Another worker may have read the feeds: fail on errors only, not on an empty share.
        if self.exitcode == 0 and _every_source_failed(crawler, sources) and _any_error(crawler, sources):
            self._fail("every source failed (see the summary line)", EXIT_ALL_SOURCES_FAILED)

    def _crawl(self, opts: argparse.Namespace) -> Crawler:
        """Scrapy's crawl command, keeping the crawler to read its stats afterwards."""
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler("news")
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        return crawler

    def _fail(self, message: str, status: int) -> None:
        print(f"newsspider: {message}", file=sys.stderr)
        self.exitcode = status


def _recover_killed_run_output(state_dir: str, default_feed: str | None) -> None:
    """Rename the default output of a killed run into place and mark its articles as emitted,
    so that this run writes only what the killed one did not."""
    state = SQLiteState(state_dir)
    try:
        state.open()  # a state directory that cannot be used stops the run here (StateError)
        if not default_feed:
            return
        for path, records in recover_partial_outputs(Path(default_feed).parent):
            state.seen.add(EmittedArticle.from_records(records))
            logger.warning("recovered %d articles written by a killed run into %s", len(records), path)
    finally:
        state.close()


def _source_stats(crawler: Crawler) -> dict:
    try:
        return crawler.stats.get_stats()
    except RuntimeError:  # the crawl did not get as far as creating its stats
        return {}


def _every_source_failed(crawler: Crawler, sources: list[str]) -> bool:
    stats = _source_stats(crawler)
    return bool(stats) and not any(stats.get(f"newsspider/source/{name}/discovery_ok") for name in sources)


def _any_error(crawler: Crawler, sources: list[str]) -> bool:
    stats = _source_stats(crawler)
    return any(stats.get(f"newsspider/source/{name}/{key}")
               for name in sources for key in ("errors", "feed_errors", "sitemap_errors"))
