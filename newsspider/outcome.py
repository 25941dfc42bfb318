"""How a run ended: its exit status and the one line that says why, from its finish reason and stats.

One decision shared by the run report (``extensions/run_report.py``), the summary line and the
``crawl`` command's exit status, so the three never disagree. No Scrapy here: the inputs are the
stats dict and the finish reason.

=====  ==================================================================================
0      the crawl finished (some pages or sources may have failed: the summary says which)
1      every source failed (nothing written, an error for each), no article could be extracted
       (extraction failed for two or more pages and none gave an article), or the crawl could not start
2      bad sources file, bad setting, or unusable state directory (nothing was fetched)
3      another run holds the state directory
4      the output or the state store could not be written (read-only or full disk...): the run stopped
5      the run stopped at a limit (``CLOSESPIDER_TIMEOUT``, or another ``CLOSESPIDER_*``)
130    the run was interrupted (Ctrl-C or SIGTERM; twice: forced, without waiting)
=====  ==================================================================================
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

EXIT_OK = 0
EXIT_SOURCES_FAILED = 1
EXIT_CONFIG_ERROR = 2
EXIT_LOCKED = 3
EXIT_OUTPUT_FAILED = 4
EXIT_LIMIT = 5
EXIT_INTERRUPTED = 130

OUTPUT_FAILED = "output_failed"
"""The finish reason of a run stopped because its output could not be written."""
OUTPUT_ERROR = "newsspider/output/error"
"""The stats key of the first output failure (what could not be written, and why)."""
OUTPUT_LATER_ERRORS = "newsspider/output/later_errors"
"""The stats key of the output failures after the first (a list, in order): the first one caused
the others as often as not (one full disk), so it is the run's error, and these only add to it."""
STATE_FAILED = "state_failed"
"""The finish reason of a run stopped because its state store failed (full disk, I/O error, lock)."""
STATE_ERROR = "newsspider/state/error"
"""The stats key of the first state store failure."""
EXTRACTION_FAILED = "extraction_failed"
"""The ending of a run in which no article could be extracted and pages' extraction failed
(a worker unable to load its language model, an extractor raising on every page): exit status 1."""
FORCED_STOP = "forced_stop"
"""What the report and the summary call the end of a run stopped without closing (Ctrl-C twice)."""
SYSTEMIC_EXTRACTION_FAILURES = 2
"""Failed extractions, with no page extracted, that make a run's ending ``extraction_failed``: one
page failing alone may be that page's fault (a hostile or broken page, counted as its source's
error), and a quiet cron run that meets it would fail again on every run while it stays listed."""
MAX_ERROR_REASONS = 5
"""Error reasons kept per source (the count of errors is complete)."""
START_ERROR = "start_error"
"""The ending of a run whose crawl could not start (exit status 1)."""
CONFIG_ERROR = "config_error"
"""The ending of a run refused before any request: bad sources file, setting, WARC arguments or
state directory (exit status 2)."""
LOCKED = "locked"
"""The ending of a run refused because another run holds the state directory (exit status 3)."""
INTERRUPTED = "interrupted"
"""The ending of a run stopped by Ctrl-C or SIGTERM (once: after the pages in flight; while it
started: before any request), exit status 130."""
REFUSED_ENDINGS = {EXIT_SOURCES_FAILED: START_ERROR, EXIT_CONFIG_ERROR: CONFIG_ERROR, EXIT_LOCKED: LOCKED,
                   EXIT_OUTPUT_FAILED: OUTPUT_FAILED, EXIT_INTERRUPTED: INTERRUPTED}
"""The ending of a run stopped before its crawl ran, by its exit status."""


class Stats(Protocol):
    """The part of a stats collector ``note_output_error`` uses (Scrapy's ``StatsCollector``)."""

    def get_value(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default``."""

    def set_value(self, key: str, value: Any) -> None:
        """Set ``key`` to ``value``."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        """Add ``count`` to ``key``."""


def note_output_error(stats: Stats, error: str) -> None:
    """Record ``error`` as the run's output error (``OUTPUT_ERROR``: exit status 4) unless an
    earlier failure is already recorded: the first one is what the run reports, and a later one
    (another error) is added to ``OUTPUT_LATER_ERRORS``, never in its place."""
    first = stats.get_value(OUTPUT_ERROR)
    if not first:
        stats.set_value(OUTPUT_ERROR, error)
        return
    later = list(stats.get_value(OUTPUT_LATER_ERRORS) or [])
    if error != first and error not in later:
        stats.set_value(OUTPUT_LATER_ERRORS, [*later, error])


def output_errors(stats: Mapping[str, Any]) -> list[str]:
    """Every output failure of the run, the first (the run's error) first."""
    first = stats.get(OUTPUT_ERROR)
    return [first, *(stats.get(OUTPUT_LATER_ERRORS) or [])] if first else []


def source_key(source: str, key: str) -> str:
    """The stats key of a per-source counter: ``newsspider/source/<source>/<key>``."""
    return f"newsspider/source/{source}/{key}"


def note_source_error(stats: Stats, source: str, stage: str, url: str, reason: str) -> None:
    """One error of ``source`` (``errors``, ``errors/<stage>``, and among its ``error_reasons``
    if one of the first ``MAX_ERROR_REASONS``): the summary counts it, and the source keeps no
    feed validators, so the next run reads its feeds in full and tries the link again."""
    stats.inc_value(source_key(source, "errors"))
    stats.inc_value(source_key(source, f"errors/{stage}"))
    reasons = stats.get_value(source_key(source, "error_reasons")) or []
    if len(reasons) < MAX_ERROR_REASONS:
        stats.set_value(source_key(source, "error_reasons"), [*reasons, {"stage": stage, "url": url, "reason": reason}])


@dataclass(frozen=True)
class SourceResult:
    """What a run did for one source, from its ``newsspider/source/<name>/*`` stats."""

    name: str
    discovered: int          # feeds, sitemaps and listing pages read (or unchanged: 304)
    errors: int
    written: int
    reasons: list[dict] = field(default_factory=list)  # {"stage", "url", "reason"}, the first few
    extracted: int = 0       # article pages extracted as articles (written or not)
    extract_errors: int = 0  # article pages whose extraction failed
    output_errors: int = 0   # articles the exporter could not serialize (not written)

    @classmethod
    def from_stats(cls, stats: Mapping[str, Any], name: str) -> SourceResult:
        """The source's result read from a stats dict."""
        return cls(name, int(stats.get(source_key(name, "discovery_ok"), 0)),
                   int(stats.get(source_key(name, "errors"), 0)), int(stats.get(source_key(name, "written"), 0)),
                   list(stats.get(source_key(name, "error_reasons")) or []),
                   int(stats.get(source_key(name, "articles"), 0)),
                   int(stats.get(source_key(name, "errors/extract"), 0)),
                   int(stats.get(source_key(name, "errors/output"), 0)))

    @property
    def failed(self) -> bool:
        """Nothing of the source could be read: errors, and no feed, sitemap or page that worked
        (a page extracted counts: a WARC input's sources discover nothing)."""
        return self.errors > 0 and self.discovered == 0 and self.written == 0 and self.extracted == 0

    def describe(self) -> str:
        """``name (feed https://x/rss.xml: HTTP 404)``, with the error count when there are several."""
        if not self.reasons:
            return f"{self.name} ({self.errors} errors)"
        first = self.reasons[0]
        text = f"{first.get('stage', '?')} {first.get('url', '?')}: {first.get('reason', '?')}"
        more = f"; {self.errors - 1} more errors" if self.errors > 1 else ""
        return f"{self.name} ({text}{more})"


@dataclass(frozen=True)
class Outcome:
    """The ending of a run: the exit status, a name for it, and a one-line message (None when all is well)."""

    status: int
    ending: str
    message: str | None


def decide(finish_reason: str | None, sources: Iterable[SourceResult], output_error: str | None,
           state_error: str | None = None) -> Outcome:
    """The outcome of a run that got as far as crawling.

    ``finish_reason`` is Scrapy's (None when the spider never closed: a forced stop);
    ``output_error`` the first output failure, ``state_error`` the first state store failure, if
    any. The most serious ending wins: a lost output, a failed state store, then an
    interruption, a limit, and every source failing. A run whose every article failed to be
    written (``output_failure``) lost its output too.
    """
    results = list(sources)
    if output_error or finish_reason == OUTPUT_FAILED:
        return Outcome(EXIT_OUTPUT_FAILED, OUTPUT_FAILED,
                       f"output failed: {output_error or 'an output could not be written (see the log)'}")
    if state_error or finish_reason == STATE_FAILED:
        return Outcome(EXIT_OUTPUT_FAILED, STATE_FAILED,
                       f"state store failed: {state_error or 'see the log'}; the run stopped, and the next "
                       "run fetches its feeds in full")
    if message := output_failure(results):
        return Outcome(EXIT_OUTPUT_FAILED, OUTPUT_FAILED, f"output failed: {message}")
    if finish_reason is None:
        return Outcome(EXIT_INTERRUPTED, FORCED_STOP,
                       "forced stop: the output's complete lines are kept and the next run finishes the file")
    if finish_reason == "shutdown":
        return Outcome(EXIT_INTERRUPTED, INTERRUPTED, "interrupted (Ctrl-C or SIGTERM): the run stopped early")
    if finish_reason.startswith("closespider_"):
        limit = finish_reason.removeprefix("closespider_").upper()
        return Outcome(EXIT_LIMIT, finish_reason, f"stopped at a limit: CLOSESPIDER_{limit}; the next run goes on")
    if finish_reason != "finished":
        return Outcome(EXIT_SOURCES_FAILED, finish_reason, f"the crawl ended early ({finish_reason})")
    if results and all(result.failed for result in results):
        return Outcome(EXIT_SOURCES_FAILED, "sources_failed",
                       "every source failed: " + "; ".join(result.describe() for result in results))
    if message := extraction_failure(results):
        return Outcome(EXIT_SOURCES_FAILED, EXTRACTION_FAILED, message)
    return Outcome(EXIT_OK, "finished", None)


def output_failure(results: Iterable[SourceResult]) -> str | None:
    """Why a run that had articles to write wrote none: every one the exporter was given failed
    to serialize (a feed's ``encoding`` that names no codec fails them all), so the run could not
    write its output, whatever each article's one error line said. None when any article was
    written: one article that cannot be serialized is its source's error, and the run goes on."""
    results = list(results)
    failed = sum(result.output_errors for result in results)
    if not failed or any(result.written for result in results):
        return None
    return (f"no article written: {failed} articles could not be written{_first_reason(results, 'output')}; "
            "the next run fetches them again")


def extraction_failure(results: Iterable[SourceResult]) -> str | None:
    """Why a run that tried article pages extracted none, when extraction itself failed: at least
    ``SYSTEMIC_EXTRACTION_FAILURES`` pages' extraction raised and no page gave an article, so
    nothing was written because of errors (a worker that cannot load its model fails every page).
    None otherwise: a run with nothing new, or one whose pages were only not articles, or failed to
    download (a page not up yet: the summary names it), or one bad page, did what it could."""
    results = list(results)
    failed = sum(result.extract_errors for result in results)
    if failed < SYSTEMIC_EXTRACTION_FAILURES or any(result.extracted or result.written for result in results):
        return None
    return (f"no article extracted: extraction failed for {failed} article pages{_first_reason(results, 'extract')}; "
            "the next run fetches them again")


def _first_reason(results: list[SourceResult], stage: str) -> str:
    """The first error reason kept of ``stage`` as a failure line gives it, " (<source>: <url>: <reason>)", or ""."""
    first = next((f"{result.name}: {reason.get('url', '?')}: {reason.get('reason', '?')}" for result in results
                  for reason in result.reasons if reason.get("stage") == stage), None)
    return f" ({first})" if first else ""


def source_names(spider: Any) -> list[str]:
    """The names of a spider's sources (``NewsSpider.source_names``: a source the sources file's
    mistake set aside included), or of its ``sources`` mapping."""
    names = getattr(spider, "source_names", None)
    return list(names) if names is not None else list(getattr(spider, "sources", {}) or [])


class RunEndReader:
    """What the extensions that speak at a run's end (the summary, the run report) share: they
    speak once, only for a run whose spider opened, and read its sources then (a WARC input adds
    its sources as it reads the archive)."""

    spider: Any = None
    opened = False
    done = False

    def spider_opened(self, spider: Any) -> None:
        """Remember the spider, whose sources are read at the end."""
        self.opened = True
        self.spider = spider

    @property
    def sources(self) -> list[str]:
        """The run's sources (``source_names``)."""
        return source_names(self.spider) if self.spider is not None else []

    def first_finish(self) -> bool:
        """True the first time a run that opened ends (the crawl command may call ``finish`` again
        after a forced stop)."""
        if self.done or not self.opened:
            return False
        self.done = True
        return True


def refused(status: int, message: str) -> Outcome:
    """The outcome of a run stopped before its crawl ran (nothing fetched), with its stderr line."""
    return Outcome(status, REFUSED_ENDINGS.get(status, CONFIG_ERROR), message)


def source_results(stats: Mapping[str, Any], names: Iterable[str]) -> list[SourceResult]:
    """Each source's result, from the run's stats."""
    return [SourceResult.from_stats(stats, name) for name in names]


def outcome_from_stats(stats: Mapping[str, Any], names: Iterable[str]) -> Outcome:
    """The outcome of a run from its stats (``finish_reason`` is missing after a forced stop)."""
    if not stats.get("start_time"):
        return Outcome(EXIT_SOURCES_FAILED, START_ERROR, "the crawl could not start (see the log)")
    return decide(stats.get("finish_reason"), source_results(stats, names), stats.get(OUTPUT_ERROR),
                  stats.get(STATE_ERROR))


def total(stats: Mapping[str, Any], names: Iterable[str], key: str) -> int:
    """A per-source counter summed over the sources."""
    return sum(int(stats.get(source_key(name, key), 0)) for name in names)


def why_nothing_written(stats: Mapping[str, Any], names: Iterable[str]) -> str | None:
    """Why a run wrote no article (None when it wrote some): what it skipped, and how to get it."""
    names = list(names)
    if total(stats, names, "written"):
        return None
    reasons = []
    if error := stats.get(OUTPUT_ERROR):
        reasons.append(f"the output failed ({error})")
    if error := stats.get(STATE_ERROR):
        reasons.append(f"the state store failed ({error})")
    if seen := total(stats, names, "skipped_seen"):
        reasons.append(f"{seen} articles were emitted by an earlier run (NEWSSPIDER_REEMIT_ALL=True writes them again)")
    if unchanged := total(stats, names, "not_modified"):
        reasons.append(f"{unchanged} feeds, sitemaps or pages were not modified since the last run "
                       "(NEWSSPIDER_REEMIT_ALL=True fetches them in full)")
    if too_old := total(stats, names, "skipped_too_old"):
        reasons.append(f"{too_old} articles were older than NEWSSPIDER_MAX_AGE_DAYS")
    not_articles = sum(int(value) for key, value in stats.items() if key.startswith("newsspider/not_article/"))
    if not_articles:
        reasons.append(f"{not_articles} pages were not articles")
    if errors := total(stats, names, "errors"):
        reasons.append(f"{errors} requests or documents failed")
    return "; ".join(reasons) or "no source linked to any article"
