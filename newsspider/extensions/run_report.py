"""The run report: one JSON file per run beside its output, for monitoring and scripts (not the log).

Its format is a public contract like the article record's: ``newsspider/run_report.schema.json``.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsspider.export.files import write_atomically
from newsspider.extensions.feed_output import FeedOutput
from newsspider.outcome import (
    Outcome,
    RunEndReader,
    note_output_error,
    outcome_from_stats,
    output_errors,
    source_key,
    why_nothing_written,
)
from newsspider.output import named_local_outputs, through_link
from newsspider.side_files import run_report_path as report_path  # the name its callers know it by
from newsspider.side_files import same_file

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

REPORT_VERSION = 1
SOURCE_COUNTERS = {  # report field -> per-source stats key (newsspider/source/<name>/<key>)
    "requests": "requests",              # requests sent (feeds, sitemaps, pages, articles)
    "not_modified": "not_modified",      # feeds, sitemaps and listing pages unchanged since the last run (304)
    "skipped_seen": "skipped_seen",      # articles skipped: emitted by an earlier run
    "skipped_too_old": "skipped_too_old",
    "skipped_pattern": "skipped_pattern",  # article links not matching the source's include, or matching its exclude
    "skipped_url_length": "skipped_url_length",  # article links longer than URLLENGTH_LIMIT: never requested
    "pages": "pages",                    # article pages fetched
    "extracted": "articles",             # pages extracted as articles
    "over_limit": "over_limit",          # dropped over NEWSSPIDER_MAX_ARTICLES_PER_SOURCE after extraction (no budget)
    "over_limit_left": "over_limit_skipped",  # links not requested over it, left for the next run
    "links_over_cap": "links_over_cap",  # links not followed past NEWSSPIDER_DOCUMENT_MAX_LINKS
    "written": "written",                # articles written to the output
    "duplicates": "written_copies",      # ... of which copies of a known story
    "errors": "errors",                  # failed requests, rejected feeds and sitemaps, nothing found
    "home_feeds": "home_feeds",          # feeds the source's home pages announced
    "home_sitemaps": "home_sitemaps",    # news sitemaps found from its home pages (robots.txt, usual paths)
    "home_as_listing": "home_as_listing",  # home pages read as listing pages: no feed, no news sitemap
}
LINK_COUNTERS = ("feed_links", "sitemap_links", "listing_links")
"""Article links discovered, per kind of discovery (a source's ``links``)."""


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _outcome_fields(outcome: Outcome) -> dict[str, Any]:
    return {"exit_status": outcome.status, "ending": outcome.ending, "message": outcome.message}


def build_report(stats: dict[str, Any], sources: list[str], outputs: list[dict[str, Any]]) -> dict[str, Any]:
    """The report of a run from its final stats, its source names and its outputs (plain data)."""
    outcome = outcome_from_stats(stats, sources)
    per_source: dict[str, dict[str, Any]] = {}
    errors: list[dict[str, Any]] = []
    for name in sources:
        counts = {field: int(stats.get(source_key(name, key), 0)) for field, key in SOURCE_COUNTERS.items()}
        counts["links"] = sum(int(stats.get(source_key(name, key), 0)) for key in LINK_COUNTERS)
        reasons = list(stats.get(source_key(name, "error_reasons")) or [])
        per_source[name] = {**counts, "error_reasons": reasons}
        errors += [{"source": name, **reason} for reason in reasons]
    errors[:0] = [{"source": None, "stage": "output", "url": None, "reason": error} for error in output_errors(stats)]
    totals = {field: sum(counts[field] for counts in per_source.values()) for field in (*SOURCE_COUNTERS, "links")}
    stages: dict[str, dict[str, Any]] = {}
    workers: dict[str, dict[str, Any]] = {}
    for key, value in stats.items():
        parts = key.split("/")
        if parts[0] != "newsspider" or len(parts) < 3 or parts[1] == "source":
            continue
        if parts[1] == "workers" and len(parts) == 4:
            workers.setdefault(parts[2], {})[parts[3]] = value
        else:
            stages.setdefault(parts[1], {})["/".join(parts[2:])] = value
    started, finished = stats.get("start_time"), stats.get("finish_time")
    return {
        "report_version": REPORT_VERSION,
        **_outcome_fields(outcome),
        "finish_reason": stats.get("finish_reason"),
        "started": started.isoformat() if isinstance(started, datetime) else started,
        "finished": finished.isoformat() if isinstance(finished, datetime) else finished,
        "elapsed_seconds": stats.get("elapsed_time_seconds"),
        "outputs": outputs,
        "totals": totals,
        "sources": per_source,
        "stages": stages,
        "workers": workers,
        "errors": errors,
        "nothing_written": why_nothing_written(stats, sources),
        "stats": stats,
    }


def refusal_report(outcome: Outcome, started: datetime, outputs: list[dict[str, Any]]) -> dict[str, Any]:
    """The report of a run stopped before its crawl ran (bad sources file, setting or state
    directory; the state directory locked): an empty run's, with its status, line and times."""
    finished = datetime.now(timezone.utc)
    return {**build_report({}, [], outputs), **_outcome_fields(outcome),
            "started": started.isoformat(),
            "finished": finished.isoformat(),
            "elapsed_seconds": max(0.0, (finished - started).total_seconds()),
            "nothing_written": f"the run stopped before fetching anything: {outcome.message}"}


def write_refusal_reports(settings: Any, spider_name: str, outcome: Outcome, started: datetime) -> list[str]:
    """Replace the report beside each fixed-name local output with this refused run's, so that a
    monitor never reads the previous run's ``finished`` for it; the errors of the reports that
    could not be written. None when ``NEWSSPIDER_RUN_REPORT`` is off or unreadable, or FEEDS is."""
    try:
        if not settings.getbool("NEWSSPIDER_RUN_REPORT"):
            return []
        outputs = named_local_outputs(settings, spider_name)
    except (ValueError, TypeError):  # the bad setting itself: no report can be placed
        return []
    listed = [{"uri": uri, "path": str(path), "format": form, "articles": 0, "stored": False, "error": None}
              for uri, path, form in outputs]
    _, errors = write_reports(refusal_report(outcome, started, listed), [through_link(path) for _, path, _ in outputs])
    return errors


def write_reports(report: dict[str, Any], outputs: list[Path]) -> tuple[list[Path], list[str]]:
    """Write ``report`` beside each of ``outputs`` (:func:`report_path`), each under a temporary name
    renamed into place: the reports written, and why each other could not be (logged). A report
    named as one of ``outputs`` (``-o out.jsonl -o out.report.json``, refused by the settings check)
    is not written: it would replace that output's articles."""
    text = json.dumps(report, default=_json_value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    written, errors = [], []
    for output in outputs:
        target = report_path(output)
        if (named := next((other for other in outputs if same_file(other, target)), None)) is not None:
            logger.error("the run report of %s is not written: it is the output %s", output, named)
            errors.append(f"cannot write the run report {target}: it is an output of the run")
            continue
        try:
            write_atomically(target, text)
        except OSError as exc:
            logger.error("could not write the run report %s: %s", target, exc)
            errors.append(f"cannot write the run report {target}: {exc.strerror or exc}")
        else:
            written.append(target)
    return written, errors


class RunReport(RunEndReader):
    """Writes the run report (``NEWSSPIDER_RUN_REPORT``, on by default) beside each local output
    file: ``out.jsonl`` gets ``out.report.json``; the default file ``output/articles-<UTC>.jsonl``
    gets ``output/articles-<UTC>.report.json`` (also when the run found nothing to write).

    One JSON object (schema: ``newsspider/run_report.schema.json``): the exit status and how the
    run ended, start, end and duration, the output files (records written, stored or not, the
    error), counts per source and stage (requests, not modified, links, skipped, pages,
    extracted, written, duplicates, errors with their first ``MAX_ERROR_REASONS`` reasons), the
    CPU time of each worker stage, why nothing was written when nothing was, and every stats
    counter. Written when the engine has stopped (after the outputs are stored and the state is
    committed), under a temporary name, fsync'd and renamed into place. A feed that is not a local
    file gets none. After a forced stop the crawl command writes it. A report that cannot be
    written is logged, kept in ``errors`` and counts as the run's output error (``OUTPUT_ERROR``,
    unless an earlier one is there): the run exits with status 4, since a monitor reading the
    report would otherwise take the run for one that did not happen, and the summary (logged
    after the report) says ``output_failed``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.written: list[Path] = []
        self.errors: list[str] = []  # reports that could not be written: "cannot write <path>: <why>"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        """The extension, or ``NotConfigured`` when ``NEWSSPIDER_RUN_REPORT`` is off."""
        if not crawler.settings.getbool("NEWSSPIDER_RUN_REPORT"):
            raise NotConfigured
        report = cls(crawler)
        crawler.signals.connect(report.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(report.finish, signal=signals.engine_stopped)
        return report

    @staticmethod
    def of(crawler: Crawler) -> RunReport | None:
        """The crawl's run report extension, if enabled."""
        return crawler.get_extension(RunReport)

    def finish(self) -> None:
        """Write the report beside every local output (once; the crawl command calls it after a forced stop)."""
        if not self.first_finish():
            return
        output = FeedOutput.of(self.crawler)
        if output is None:
            return
        outputs = [vars(report) for report in output.reports()]
        report = build_report(self.crawler.stats.get_stats(), self.sources, outputs)
        written, errors = write_reports(report, [Path(path) for path in output.local_paths()])
        self.written += written
        self.errors += errors
        if self.errors:  # the run's ending (exit status 4), as the summary logged next says
            note_output_error(self.crawler.stats, self.errors[0])
