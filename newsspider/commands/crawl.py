"""``scrapy crawl`` for cron: settings and sources checked up front, a run lock on the state
directory, the output files of a killed run finished, and an exit status for every ending.

Exit statuses (``newsspider.outcome``): 0 the crawl finished (even if some pages or sources
failed); 1 every source failed, no article could be extracted (extraction failed on two or more pages, none gave an
article), no WARC file of a WARC input could be read, or the crawl could not start; 2 bad sources
file (unusable as a whole, or no usable source: one source's mistake sets it aside), bad setting,
bad WARC input arguments or unusable state directory; 3 another run holds the state directory; 4 an output (a feed, the WARC output) could
not be written; 5 stopped at a limit (``CLOSESPIDER_TIMEOUT``...); 130 interrupted (Ctrl-C, SIGTERM).
Whatever the ending, the run says it in one line on stderr (``newsspider: ...``).
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sqlite3
import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.utils.conf import feed_process_params_from_cli
from twisted.internet.defer import Deferred

from newsspider import distributed
from newsspider.extensions.run_report import RunReport, write_refusal_reports
from newsspider.extensions.summary import CrawlSummary
from newsspider.outcome import (
    EXIT_CONFIG_ERROR,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    EXIT_OUTPUT_FAILED,
    EXIT_SOURCES_FAILED,
    STATE_ERROR,
    outcome_from_stats,
    refused,
    source_names,
)
from newsspider.output import (
    OutputJournal,
    journal_dir,
    overwritten_outputs,
    recover_outputs,
    writes_to_standard_output,
)
from newsspider.settings_check import SettingsError, without_bad_scrapy_settings
from newsspider.sources import SourceFile, SourcesError, load_source_file
from newsspider.spiders.warc_input import WarcArguments
from newsspider.state.lock import LockHeld, RunLock
from newsspider.state.sqlite import SQLiteState
from newsspider.state.sqlite.db import StateError

if TYPE_CHECKING:
    import argparse

    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

logger = logging.getLogger(__name__)


class StopSignals:
    """Notes a stop signal (SIGINT, SIGTERM) that comes while the run starts, before Scrapy
    installs its own handlers when the crawl starts: Python's defaults ended the process there
    (SIGTERM killed it, status 143 and no line; SIGINT raised KeyboardInterrupt in whatever the run
    was doing, the recovery of a killed run's files included). The run checks it where stopping
    leaves everything consistent; a second signal ends the process at once, as Ctrl-C twice does."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: signal.Signals | None = None

    def install(self) -> None:
        """Take SIGINT and SIGTERM over (Scrapy's crawl replaces these handlers with its own)."""
        for signum in self.SIGNALS:
            signal.signal(signum, self.note)

    def note(self, signum: int, frame: object) -> None:
        """Remember the first; the second is the default action, now (the process ends by it)."""
        if self.received is not None:
            for each in self.SIGNALS:
                signal.signal(each, signal.SIG_DFL)
            signal.raise_signal(signum)
        self.received = signal.Signals(signum)

    def message(self) -> str:
        """The run's line when it stops for the signal noted."""
        signal_name = self.received.name if self.received else "a stop signal"
        return f"interrupted ({signal_name}) while the run was starting: nothing was fetched"


class Command(ScrapyCrawlCommand):
    """Scrapy's ``crawl``, with the checks, the run lock, the recovery and the exit statuses above."""

    spider_name = "news"
    """The spider run as a cron job (``NewsSpider.name``); any other runs as Scrapy runs it."""
    settings_error: SettingsError | None = None
    start_error: BaseException | None = None
    started: datetime | None = None
    stop_signals: StopSignals | None = None
    sources_file: SourceFile | None = None
    """The sources file as the run checked it, handed to the spider (read once per run)."""

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then the project's settings checked; ``NEWSSPIDER_QUIET`` raises the
        log level to WARNING (the summary line is kept: ``extensions.summary``)."""
        self.started = datetime.now(timezone.utc)
        self.stop_signals = StopSignals()
        self.stop_signals.install()
        try:
            super().process_options(args, opts)
        except UsageError as exc:  # Scrapy's parser prints it and exits 2: a refused run, with its report
            if args == [self.spider_name] and str(exc):
                self._report_usage_error(opts, str(exc))
            raise
        settings = self.settings
        assert settings is not None
        self.settings_error = without_bad_scrapy_settings(settings)
        if self.settings_error is not None:
            return
        if settings.getbool("NEWSSPIDER_QUIET") and logging.getLevelName(settings.get("LOG_LEVEL")) < logging.WARNING:
            settings.set("LOG_LEVEL", "WARNING", priority="cmdline")

    def _report_usage_error(self, opts: argparse.Namespace, message: str) -> None:
        """The refusal report of a command line Scrapy rejects (``-o`` with ``-O``, a bad ``-s`` or
        ``-a``), beside each output it names: its ``-o`` and ``-O`` files, as separate runs would
        have named them, or the default output when it names none."""
        settings = self.settings
        assert settings is not None
        feeds: dict[str, dict] = {}
        for outputs, overwrite in ((opts.output, None), (None, opts.overwrite_output)):
            if outputs or overwrite:
                try:
                    feeds.update(feed_process_params_from_cli(settings, outputs or [], overwrite_output=overwrite))
                except UsageError:  # an output that cannot be named: none beside it
                    continue
        if feeds:
            settings.set("FEEDS", feeds, priority="cmdline")
        write_refusal_reports(settings, self.spider_name, refused(EXIT_CONFIG_ERROR, message),
                              self.started or datetime.now(timezone.utc))

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Run the ``news`` spider as a cron job (any other spider as Scrapy would)."""
        if args != [self.spider_name]:
            return super().run(args, opts)
        settings = self.settings
        assert settings is not None
        if self.settings_error is not None:
            return self._refuse(f"bad setting: {self.settings_error}", EXIT_CONFIG_ERROR)
        try:
            warc = WarcArguments.parse(opts.spargs) is not None
        except ValueError as exc:
            return self._refuse(str(exc), EXIT_CONFIG_ERROR)
        if sys.stdout is None and writes_to_standard_output(settings):  # a job started with ``>&-``
            return self._refuse("output failed: cannot write standard output: it is closed", EXIT_OUTPUT_FAILED)
        try:  # a WARC input needs no sources file
            path = opts.spargs.get("sources") or (None if warc else settings.get("NEWSSPIDER_SOURCES"))
            self.sources_file = load_source_file(path) if path else None
        except SourcesError as exc:
            return self._refuse(str(exc), EXIT_CONFIG_ERROR)
        sources = self.sources_file.names if self.sources_file else []  # a source set aside too: its error
        if self._stopped():
            return None
        if distributed.enabled(settings):
            if warc:
                return self._refuse("-a warc= reads local files: a distributed crawl (NEWSSPIDER_REDIS_URL) cannot "
                                  "share them out", EXIT_CONFIG_ERROR)
            return self._run_worker(settings, opts, sources)
        state_dir = settings.get("NEWSSPIDER_STATE_DIR")
        lock = RunLock(state_dir)
        try:
            lock.acquire()
        except LockHeld as exc:
            return self._refuse(str(exc), EXIT_LOCKED)
        except OSError as exc:
            return self._refuse(f"cannot lock the state directory {state_dir}: {exc}", EXIT_CONFIG_ERROR)
        try:
            if lock.previous_owner:
                logger.warning("took over a stale run lock left by %s", lock.previous_owner)
            try:
                _recover_killed_run_outputs(state_dir, overwritten_outputs(settings))
            except (StateError, OSError, sqlite3.Error) as exc:
                return self._refuse(f"cannot use the state store in {state_dir}: {exc}" if isinstance(exc, sqlite3.Error)
                                  else str(exc), EXIT_CONFIG_ERROR)
            if self._stopped():  # the killed run's files are finished: a consistent place to stop
                return None
            self._finish(self._crawl(opts), sources, warc=warc)
        finally:
            lock.release()

    def _run_worker(self, settings: Settings, opts: argparse.Namespace, sources: list[str]) -> None:
        """A worker of a distributed crawl: the state is in Redis and several workers of one run
        may share this machine, so no run lock; only dead workers' output files are recovered."""
        from newsspider.distributed.recovery import recover_dead_worker_outputs

        try:
            recover_dead_worker_outputs(settings)
        except Exception as exc:  # redis unreachable or missing, output directory unusable
            return self._refuse(f"cannot use the distributed state at {settings.get('NEWSSPIDER_REDIS_URL')}: "
                              f"{exc}", EXIT_CONFIG_ERROR)
        if self._stopped():
            return None
        self._finish(self._crawl(opts), sources)

    def _stopped(self) -> bool:
        """Whether a stop signal came while the run started: then the run is refused, status 130."""
        if self.stop_signals is None or self.stop_signals.received is None:
            return False
        self._refuse(self.stop_signals.message(), EXIT_INTERRUPTED)
        return True

    def _pass_on_stop(self) -> None:
        """A stop signal noted after the run's last check, while the crawler was built: sent again
        once Scrapy's handlers are in place (the reactor has started), for them to stop the crawl."""
        if self.stop_signals is not None and self.stop_signals.received is not None:
            signal.raise_signal(self.stop_signals.received)

    def _crawl(self, opts: argparse.Namespace) -> Crawler:
        """Scrapy's crawl command, keeping the crawler to read its stats afterwards, and the error
        that stopped it being built, if any (``_finish`` says it: left in its task, asyncio printed
        "Task exception was never retrieved" and its traceback after the store's own error line)."""
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler(self.spider_name)
        # the sources file as checked, read once: a rewrite while the crawler is built changes nothing
        started = self.crawler_process.crawl(crawler, **opts.spargs, sources_file=self.sources_file)
        errors: list[BaseException] = []
        if isinstance(started, Deferred):
            started.addErrback(lambda failure: errors.append(failure.value))
        from twisted.internet import reactor  # the one Scrapy installed; its handlers come at start-up

        reactor.callWhenRunning(reactor.callLater, 0, self._pass_on_stop)  # type: ignore[attr-defined]
        self.crawler_process.start()
        if isinstance(started, asyncio.Future) and started.done() and not started.cancelled():
            if (error := started.exception()) is not None:  # retrieved: asyncio no longer reports it
                errors.append(error)
        self.start_error = errors[0] if errors else None
        return crawler

    def _finish(self, crawler: Crawler, sources: list[str], warc: bool = False) -> None:
        """The exit status of the run that ended, with its line; after a forced stop (the spider
        never closed), the summary and the report are written here. A WARC input that read no
        file ends like a crawl whose every source failed."""
        assert self.crawler_process is not None
        if self.crawler_process.bootstrap_failed:
            try:
                state_error = crawler.stats.get_value(STATE_ERROR)
            except RuntimeError:  # failed before its stats were made (the spider's from_crawler)
                state_error = None
            if state_error:  # its tables could not be created:
                return self._refuse(f"cannot use the state store: {state_error}", EXIT_CONFIG_ERROR)  # logged once
            if self.start_error is not None:
                logger.error("the crawl could not start", exc_info=self.start_error)
            return self._refuse("the crawl could not start (see the error above)", EXIT_SOURCES_FAILED)
        try:
            stats = crawler.stats.get_stats()
            summary, report = CrawlSummary.of(crawler), RunReport.of(crawler)
        except RuntimeError:  # the crawl did not get as far as building its extensions
            return self._refuse("the crawl could not start (see the error above)", EXIT_SOURCES_FAILED)
        for finisher in (report, summary):  # the summary says if the report could not be written
            if finisher is not None:
                finisher.finish()
        if crawler.spider is not None:  # as the summary and the report read them: a WARC input adds its archive's
            sources = source_names(crawler.spider)
        outcome = outcome_from_stats(stats, sources)
        if outcome.message:
            self._fail(outcome.message, outcome.status)
        elif report is not None and report.errors:  # the run's account is missing: not a success
            self._fail(f"output failed: {report.errors[0]}", EXIT_OUTPUT_FAILED)
        elif warc and not stats.get("newsspider/warc/files"):
            self._fail("no WARC file could be read (see the log)", EXIT_SOURCES_FAILED)

    def _refuse(self, message: str, status: int) -> None:
        """A run stopped before its crawl ran: its line and status, and its run report in place of
        the previous run's, which a monitor would otherwise read as this run's."""
        self._fail(message, status)
        assert self.settings is not None
        write_refusal_reports(self.settings, self.spider_name, refused(status, message),
                              self.started or datetime.now(timezone.utc))

    def _fail(self, message: str, status: int) -> None:
        print(f"newsspider: {message}", file=sys.stderr)
        self.exitcode = status


def _recover_killed_run_outputs(state_dir: str, overwritten: list[str]) -> None:
    """Finish the output files of a killed run of this state directory and record their articles
    as emitted, so that this run writes only what the killed one did not."""
    state = SQLiteState(state_dir)
    try:
        state.open()  # a state directory that cannot be used stops the run here (StateError)
        recover_outputs(OutputJournal(journal_dir(state_dir)), state.seen, abandoned=lambda entry: True,
                        overwritten=overwritten)
    finally:
        state.close()
