"""``scrapy crawl`` for cron: a clear one-line error and a distinct exit status when a run
cannot happen, and a run lock on the state directory.

Exit statuses: 0 the crawl ran (even if some pages failed); 1 it ran but every source failed
(or Scrapy could not start it); 2 the sources file or the state store cannot be used; 3 another
run holds the state directory.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from newsspider.output import recover_partial_outputs
from newsspider.sources import SourcesError, load_sources
from newsspider.state.base import EmittedArticle
from newsspider.state.sqlite.db import StateError, open_state_db
from newsspider.state.lock import LockHeld, RunLock
from newsspider.state.sqlite.seen import SQLiteSeenStore

EXIT_ALL_SOURCES_FAILED = 1
EXIT_CONFIG_ERROR = 2
EXIT_LOCKED = 3

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts) -> None:
        if not args or args[0] != "news":
            return super().run(args, opts)
        try:
            sources = load_sources(opts.spargs.get("sources") or self.settings.get("NEWSSPIDER_SOURCES"))
        except SourcesError as exc:
            return self._fail(str(exc), EXIT_CONFIG_ERROR)
        if self.settings.get("NEWSSPIDER_REDIS_URL"):
            # Distributed: the state is in Redis and several workers of one run may share this
            # machine, so no run lock; only dead workers' output files are recovered.
            from newsspider.distributed import recover_dead_worker_outputs
            try:
                recover_dead_worker_outputs(self.settings)
            except Exception as exc:  # redis unreachable, output directory unusable
                return self._fail(f"cannot use the distributed state at {self.settings.get('NEWSSPIDER_REDIS_URL')}: {exc}",
                                  EXIT_CONFIG_ERROR)
            super().run(args, opts)
            names = [source.name for source in sources]  # another worker may have read the feeds:
            if self.exitcode == 0 and self._every_source_failed(names) and self._any_error(names):  # fail on errors only
                print("newsspider: every source failed (see the summary line)", file=sys.stderr)
                self.exitcode = EXIT_ALL_SOURCES_FAILED
            return
        state_dir = self.settings.get("NEWSSPIDER_STATE_DIR")
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
                self._recover_killed_run_output(state_dir)
            except StateError as exc:
                return self._fail(str(exc), EXIT_CONFIG_ERROR)
            super().run(args, opts)
            if self.exitcode == 0 and self._every_source_failed([source.name for source in sources]):
                print("newsspider: every source failed (see the summary line)", file=sys.stderr)
                self.exitcode = EXIT_ALL_SOURCES_FAILED
        finally:
            lock.release()

    def _recover_killed_run_output(self, state_dir: str) -> None:
        """Rename the default output of a killed run into place and mark its articles as emitted,
        so that this run writes only what the killed one did not."""
        connection = open_state_db(state_dir)
        try:
            default_feed = self.settings.get("NEWSSPIDER_DEFAULT_FEED")
            if not default_feed:
                return
            seen = SQLiteSeenStore(connection)
            for path, records in recover_partial_outputs(Path(default_feed).parent):
                seen.add(EmittedArticle(r["id"], r["canonical_url"], r["url"], r.get("modified"))
                         for r in records if isinstance(r, dict) and "id" in r)
                logger.warning("recovered %d articles written by a killed run into %s", len(records), path)
        finally:
            connection.close()

    def _create_crawler(self, spidercls):
        self._crawler = super()._create_crawler(spidercls)  # kept to read its stats after the run
        return self._crawler

    def _every_source_failed(self, names: list[str]) -> bool:
        crawler = getattr(self, "_crawler", None)
        if crawler is None or crawler.stats is None:
            return False
        stats = crawler.stats.get_stats()
        return not any(stats.get(f"newsspider/source/{name}/discovery_ok") for name in names)

    def _any_error(self, names: list[str]) -> bool:
        stats = self._crawler.stats.get_stats() if getattr(self, "_crawler", None) else {}
        return any(stats.get(f"newsspider/source/{name}/{key}")
                   for name in names for key in ("errors", "feed_errors", "sitemap_errors"))

    def _fail(self, message: str, status: int) -> None:
        print(f"newsspider: {message}", file=sys.stderr)
        self.exitcode = status
