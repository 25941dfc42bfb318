"""The crawl-wide extensions, in process: the summary line, the run report, the worker pool's life.
(The GC tuning and the remote control are in test_crawl_process.py.)"""
from __future__ import annotations

import asyncio
import errno
import io
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings
from scrapy.spiders import Spider
from scrapy.statscollectors import StatsCollector
from scrapy.utils.misc import build_from_crawler

from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.run_report import RunReport, build_report, report_path
from newsspider.extensions.summary import CrawlSummary, summary_level
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.items import Article
from newsspider.outcome import note_output_error
from newsspider.output import partial_name
from newsspider.signals import articles_lost, items_committed
from tests.crawl import validate_report


def test_summary_line_gives_each_sources_counters_and_names_the_failing_ones(make_crawler, caplog):
    crawler = make_crawler(CrawlSummary)
    stats = crawler.stats
    stats.set_value("newsspider/source/a/requests", 9)
    stats.set_value("newsspider/source/a/articles", 7)  # extracted: not what new= counts
    stats.set_value("newsspider/source/a/written", 5)
    stats.set_value("newsspider/source/a/written_copies", 1)
    stats.set_value("newsspider/source/a/skipped_seen", 2)
    stats.set_value("newsspider/source/b/errors", 1)
    stats.set_value("newsspider/source/b/error_reasons", [{"stage": "feed", "url": "http://b/rss", "reason": "HTTP 404"}])
    spider = SimpleNamespace(sources={"a": None, "b": None})
    with caplog.at_level(logging.INFO, logger="newsspider.extensions.summary"):
        crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
        crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
        assert "summary" not in caplog.text  # only once the outputs are stored
        crawler.signals.send_catch_log(signals.engine_stopped)
        CrawlSummary.of(crawler).finish()  # a second call (the crawl command's) logs nothing more
    assert caplog.text.count("summary (finished): a requests=9 new=5 duplicates=1 seen=2 errors=0; "
                             "b requests=0 new=0 duplicates=0 seen=0 errors=1") == 1
    assert "sources with errors: b (feed http://b/rss: HTTP 404)" in caplog.text
    assert "nothing written" not in caplog.text


def test_summary_says_why_nothing_was_written(make_crawler, caplog):
    crawler = make_crawler(CrawlSummary)
    crawler.stats.set_value("newsspider/source/a/skipped_seen", 10)
    crawler.stats.set_value("newsspider/source/a/not_modified", 1)
    spider = SimpleNamespace(sources={"a": None})
    with caplog.at_level(logging.INFO, logger="newsspider.extensions.summary"):
        crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
        crawler.signals.send_catch_log(signals.engine_stopped)  # no spider_closed: a forced stop
    assert "summary (forced_stop): a requests=0 new=0" in caplog.text
    assert "nothing written: 10 articles were emitted by an earlier run (NEWSSPIDER_REEMIT_ALL=True" in caplog.text


def test_summary_is_logged_at_warning_when_the_log_level_hides_info():
    assert summary_level("INFO") == summary_level("DEBUG") == logging.INFO
    assert summary_level("WARNING") == summary_level("ERROR") == logging.WARNING


def test_report_counts_per_source_and_stage_and_carries_the_exit_status():
    stats = {"start_time": datetime(2026, 1, 1, tzinfo=timezone.utc), "finish_reason": "finished",
             "newsspider/source/a/requests": 3, "newsspider/source/a/feed_links": 2,
             "newsspider/source/a/written": 2, "newsspider/source/a/discovery_ok": 1,
             "newsspider/source/b/errors": 1, "newsspider/not_article/too_short": 4,
             "newsspider/workers/extract_article/cpu_ms": 12.5,
             "newsspider/source/b/error_reasons": [{"stage": "sitemap", "url": "http://b/s.xml", "reason": "HTTP 500"}]}
    report = build_report(stats, ["a", "b"], [])
    validate_report(report)
    assert report["exit_status"] == 0 and report["ending"] == "finished" and report["message"] is None
    assert report["sources"]["a"]["links"] == 2 and report["totals"]["written"] == 2
    assert report["errors"] == [{"source": "b", "stage": "sitemap", "url": "http://b/s.xml", "reason": "HTTP 500"}]
    assert report["stages"]["not_article"] == {"too_short": 4}
    assert report["workers"] == {"extract_article": {"cpu_ms": 12.5}}
    failed = build_report({**stats, "newsspider/source/a/written": 0, "newsspider/source/a/discovery_ok": 0,
                           "newsspider/source/a/errors": 1}, ["a", "b"], [])
    assert failed["exit_status"] == 1 and failed["message"].startswith("every source failed: a (1 errors); b (sitemap")
    assert "nothing_written" in failed and failed["nothing_written"].endswith("2 requests or documents failed")


def test_a_run_whose_every_article_page_failed_extraction_exits_1_and_one_with_nothing_new_exits_0():
    """The language-ID model could not be unpacked (``ulimit -f``): every page's extraction failed,
    nothing was written, and the run exited 0 like a run that simply found nothing new."""
    base = {"start_time": datetime(2026, 1, 1, tzinfo=timezone.utc), "finish_reason": "finished",
            "newsspider/source/a/discovery_ok": 1, "newsspider/source/b/discovery_ok": 1}
    reason = {"stage": "extract", "url": "http://a/1.html", "reason": "OSError(27, 'File too large')"}
    failing = {**base, "newsspider/source/a/pages": 3, "newsspider/source/a/errors": 3,
               "newsspider/source/a/errors/extract": 3, "newsspider/source/a/error_reasons": [reason],
               "newsspider/source/b/not_modified": 1}
    report = build_report(failing, ["a", "b"], [])
    validate_report(report)
    assert report["exit_status"] == 1 and report["ending"] == "extraction_failed", report["message"]
    assert report["message"] == ("no article extracted: extraction failed for 3 article pages (a: http://a/1.html: "
                                 "OSError(27, 'File too large')); the next run fetches them again")
    not_articles = {**failing, "newsspider/not_article/too_short": 2}  # some pages were read: still none extracted
    assert build_report(not_articles, ["a", "b"], [])["exit_status"] == 1
    nothing_new = {**base, "newsspider/source/a/not_modified": 1, "newsspider/source/b/skipped_seen": 4}
    assert build_report(nothing_new, ["a", "b"], [])["exit_status"] == 0
    one_extracted = {**failing, "newsspider/source/b/articles": 1}  # extraction works: one bad page does not fail the run
    assert build_report(one_extracted, ["a", "b"], [])["exit_status"] == 0
    pages_404 = {**base, "newsspider/source/a/errors": 3, "newsspider/source/a/errors/article": 3}  # not up yet
    assert build_report(pages_404, ["a", "b"], [])["exit_status"] == 0


def test_a_warc_inputs_source_with_pages_extracted_and_one_failing_has_not_failed():
    """A WARC input's sources discover nothing (no feed is read): one page failing extraction beside
    four extracted (already emitted) made the source "failed", and the run exit 1 as sources_failed."""
    stats = {"start_time": datetime(2026, 1, 1, tzinfo=timezone.utc), "finish_reason": "finished",
             "newsspider/source/a/pages": 5, "newsspider/source/a/articles": 4, "newsspider/source/a/errors": 1,
             "newsspider/source/a/errors/extract": 1, "newsspider/source/a/skipped_seen": 4,
             "newsspider/source/a/error_reasons": [{"stage": "extract", "url": "http://a/1", "reason": "ValueError()"}]}
    assert build_report(stats, ["a"], [])["exit_status"] == 0


def test_one_page_failing_extraction_in_a_quiet_run_is_the_pages_error_not_the_runs():
    """A quiet cron run whose only new page is one the extractor cannot read would exit 1 on every
    run while the feed lists it: one page alone says nothing about the extractor."""
    stats = {"start_time": datetime(2026, 1, 1, tzinfo=timezone.utc), "finish_reason": "finished",
             "newsspider/source/a/discovery_ok": 1, "newsspider/source/a/pages": 1, "newsspider/source/a/errors": 1,
             "newsspider/source/a/errors/extract": 1, "newsspider/source/a/skipped_seen": 30,
             "newsspider/source/a/error_reasons": [{"stage": "extract", "url": "http://a/1", "reason": "ValueError()"}]}
    report = build_report(stats, ["a"], [])
    assert report["exit_status"] == 0 and report["ending"] == "finished", report["message"]
    assert build_report({**stats, "newsspider/source/a/errors/extract": 2}, ["a"], [])["exit_status"] == 1


def test_the_summary_says_at_error_why_a_run_extracted_nothing(make_crawler, caplog):
    crawler = make_crawler(CrawlSummary)
    crawler.stats.set_value("start_time", datetime(2026, 1, 1, tzinfo=timezone.utc))
    crawler.stats.set_value("finish_reason", "finished")
    for key, value in (("discovery_ok", 1), ("pages", 2), ("errors", 2), ("errors/extract", 2)):
        crawler.stats.set_value(f"newsspider/source/a/{key}", value)
    crawler.stats.set_value("newsspider/source/a/error_reasons", [{"stage": "extract", "url": "http://a/1",
                                                                   "reason": "OSError(27, 'File too large')"}])
    with caplog.at_level(logging.INFO, logger="newsspider.extensions.summary"):
        crawler.signals.send_catch_log(signals.spider_opened, spider=SimpleNamespace(sources={"a": None}))
        crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
        crawler.signals.send_catch_log(signals.engine_stopped)
    errors = [record.getMessage() for record in caplog.records if record.levelno == logging.ERROR]
    assert errors == ["no article extracted: extraction failed for 2 article pages (a: http://a/1: "
                      "OSError(27, 'File too large')); the next run fetches them again"], errors


def test_the_first_output_error_is_the_runs_and_later_ones_are_listed_after_it():
    """A later output failure replaced the first in the stats, the report and the exit line."""
    stats = StatsCollector(SimpleNamespace(settings=Settings()))
    for error in ("cannot write to warc: disk full", "cannot write out.jsonl: disk full",
                  "cannot write to warc: disk full", "cannot write out.report.json: disk full"):
        note_output_error(stats, error)
    values = {**stats.get_stats(), "start_time": datetime(2026, 1, 1, tzinfo=timezone.utc), "finish_reason": "output_failed"}
    report = build_report(values, [], [])
    validate_report(report)
    assert report["message"] == "output failed: cannot write to warc: disk full"
    assert [error["reason"] for error in report["errors"]] == [
        "cannot write to warc: disk full", "cannot write out.jsonl: disk full", "cannot write out.report.json: disk full"]


def test_report_is_written_beside_each_local_output_when_the_engine_stops(make_crawler, tmp_path):
    crawler = make_crawler(FeedOutput, RunReport, FEEDS={str(tmp_path / "out.jsonl"): {"format": "jsonlines"},
                                                         str(tmp_path / "run" / "b.jsonl"): {"format": "jsonlines"}})
    spider = SimpleNamespace(sources={"a": None}, crawler=crawler, name="news")
    crawler.stats.set_value("start_time", datetime.now(timezone.utc))
    crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
    crawler.stats.set_value("finish_reason", "finished")
    crawler.signals.send_catch_log(signals.engine_stopped)
    for path in (tmp_path / "out.jsonl", tmp_path / "run" / "b.jsonl"):
        report = json.loads(report_path(path).read_text(encoding="utf-8"))
        validate_report(report)
        assert [output["path"] for output in report["outputs"]] == [str(tmp_path / "out.jsonl"),
                                                                   str(tmp_path / "run" / "b.jsonl")]
    assert not list(tmp_path.glob("**/.*.report.json.part"))


def test_no_report_goes_beside_a_named_pipe_even_when_it_could_not_be_opened(make_crawler, tmp_path, monkeypatch):
    """``-o to-jq.jsonl`` a named pipe no process reads: the run stops (status 4), and its report went
    beside the pipe as ``to-jq.report.json``, which a pipe that was read never gets. The pipe is a
    stream whether or not it opened; the file beside it gets the report."""
    monkeypatch.setattr("newsspider.output.PIPE_READER_WAIT_SECONDS", 0.2)
    pipe = tmp_path / "to-jq.jsonl"
    os.mkfifo(pipe)
    crawler = make_crawler(FeedOutput, RunReport, FEEDS={str(tmp_path / "out.jsonl"): {"format": "jsonlines"},
                                                         str(pipe): {"format": "jsonlines"}})
    monkeypatch.setattr(FeedOutput.of(crawler), "_stop_run", lambda: None)
    spider = SimpleNamespace(sources={"a": None}, crawler=crawler, name="news")
    crawler.stats.set_value("start_time", datetime.now(timezone.utc))

    async def scenario() -> None:
        crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
        crawler.signals.send_catch_log(signals.engine_stopped)

    asyncio.run(scenario())
    report = json.loads(report_path(tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert report["exit_status"] == 4 and "no process reads the named pipe" in report["message"]
    assert not report_path(pipe).exists()


def test_report_can_be_switched_off():
    from scrapy.utils.test import get_crawler

    with pytest.raises(NotConfigured):
        RunReport.from_crawler(get_crawler(settings_dict={"NEWSSPIDER_RUN_REPORT": False}))
    assert report_path(Path("output/articles-X.jsonl")).as_posix() == "output/articles-X.report.json"


def test_worker_pool_starts_with_the_crawl_and_stops_with_its_engine(make_crawler):
    crawler = make_crawler(NEWSSPIDER_WORKERS=1)
    pool = build_from_crawler(WorkerPool, crawler)
    try:
        assert pool.size == 1 and [worker.alive for worker in pool._workers] == [True]
        assert pool._zygote is not None and pool._zygote.process.poll() is None  # the workers' parent, running
    finally:
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert pool._closed and not pool._workers and pool._zygote is None


# --- the feed output: written whole, committed, a write error stops the run ------------------------

def article(identifier: str, source: str = "a", **changes) -> Article:
    values = dict(id=identifier, url=f"https://x.org/{identifier}", canonical_url=f"https://x.org/{identifier}",
                  source=source, title="t", authors=[], published=None, modified=None, language="en", direction="ltr",
                  text="text", description=None, image=None, tags=[], fetched_at="2024-03-02T00:00:00+00:00",
                  story_id=identifier)
    values.update(changes)
    return Article(**values)


def feed_output(make_crawler, tmp_path, **settings) -> tuple[FeedOutput, list, Spider]:
    settings.setdefault("FEEDS", {str(tmp_path / "out.jsonl"): {"format": "jsonlines", "overwrite": True}})
    crawler = make_crawler(FeedOutput, NEWSSPIDER_OUTPUT_COMMIT_SECONDS=0, **settings)
    committed: list = []
    crawler.signals.connect(lambda items, responses: committed.extend(items), signal=items_committed, weak=False)
    spider = Spider.from_crawler(crawler, "news")
    output = FeedOutput.of(crawler)
    output.open_spider(spider)
    return output, committed, spider


def test_feed_output_announces_items_only_once_committed_and_counts_what_it_wrote(make_crawler, tmp_path):
    output, committed, spider = feed_output(make_crawler, tmp_path)
    assert partial_name(tmp_path / "out.jsonl").exists()  # opened with the spider: an unwritable output fails first
    output.item_scraped(article("a1"), spider)
    output.item_scraped(article("a2", duplicate_of="a1", duplicate_kind="exact"), spider)
    assert committed == [] and partial_name(tmp_path / "out.jsonl").read_bytes().count(b"\n") == 2
    output.commit()
    assert [item.id for item in committed] == ["a1", "a2"]
    stats = output.stats
    assert stats.get_value("newsspider/source/a/written") == 2 and stats.get_value("newsspider/source/a/written_copies") == 1


def test_scrapys_feed_export_lines_name_a_feed_without_its_credentials(make_crawler, tmp_path, caplog):
    """Scrapy formats a feed's URI whole into its own lines (``Stored ...``, ``Error storing ...``):
    an FTP feed's password was in the log, though our lines showed the URI without it."""
    feed_output(make_crawler, tmp_path)
    feed_output(make_crawler, tmp_path, FEEDS={str(tmp_path / "second.jsonl"): {"format": "jsonlines"}})
    scrapy_logger = logging.getLogger("scrapy.extensions.feedexport")  # a second crawl found its filter there
    assert sum(type(attached).__name__ == "CredentialsHidden" for attached in scrapy_logger.filters) == 1
    with caplog.at_level(logging.INFO, logger="scrapy.extensions.feedexport"):
        scrapy_logger.info("Stored %s", "jsonlines feed (3 items) in: ftp://news:s3cret@ftp.example.com:2121/a%20b.jsonl")
        scrapy_logger.error("Error storing %s", "jsonlines feed (0 items) in: s3://KEY:s3cret@bucket/out.jsonl")
        scrapy_logger.info("Stored %s", "jsonlines feed (3 items) in: ftp://news:s3cret@[::1/out.jsonl")  # unparsable
        scrapy_logger.info("Stored %s", "jsonlines feed (2 items) in: /data/100% out.jsonl")
    assert [record.getMessage() for record in caplog.records] == [
        "Stored jsonlines feed (3 items) in: ftp://ftp.example.com:2121/a%20b.jsonl",
        "Error storing jsonlines feed (0 items) in: s3://bucket/out.jsonl",
        "Stored jsonlines feed (3 items) in: ftp://[::1/out.jsonl",
        "Stored jsonlines feed (2 items) in: /data/100% out.jsonl"]


def test_an_article_no_exporter_can_write_is_its_sources_error_and_the_others_are_written(make_crawler, tmp_path,
                                                                                          caplog):
    """An article the exporter cannot serialize (a lone surrogate: UTF-8 cannot encode it) raised out
    of the feed output into Scrapy's signal dispatch: a traceback, the article neither written nor
    counted as an error, the run ending 0 with its source's feed validators kept, so that no
    later run fetched it again."""
    output, committed, spider = feed_output(make_crawler, tmp_path)
    with caplog.at_level(logging.INFO):
        output.item_scraped(article("a1"), spider)
        output.item_scraped(article("a2", title="t \ud800"), spider)
        output.item_scraped(article("a3"), spider)
    output.commit()
    assert [item.id for item in committed] == ["a1", "a3"] and output.failure is None
    assert partial_name(tmp_path / "out.jsonl").read_bytes().count(b"\n") == 2
    stats = output.stats
    assert stats.get_value("newsspider/source/a/written") == 2 and stats.get_value("newsspider/source/a/errors") == 1
    assert stats.get_value("newsspider/source/a/error_reasons")[0]["stage"] == "output"
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].startswith("article not written: https://x.org/a2 (a): "), errors


def test_feed_output_commits_a_file_it_could_not_read_back_after_a_kill_only_once_stored(make_crawler, tmp_path):
    output, committed, spider = feed_output(make_crawler, tmp_path, FEEDS={
        str(tmp_path / "out.jsonl"): {"format": "jsonlines", "overwrite": True},
        str(tmp_path / "out.json"): {"format": "json", "overwrite": True}})
    output.item_scraped(article("a1"), spider)
    output.commit()  # a killed run's JSON array is not recovered: its articles must stay unrecorded
    assert committed == []


def test_feed_output_stops_the_run_at_the_first_write_error_and_keeps_the_complete_lines(make_crawler, tmp_path,
                                                                                       monkeypatch):
    output, committed, spider = feed_output(make_crawler, tmp_path)
    stopped: list = []
    monkeypatch.setattr(output, "_stop_run", lambda: stopped.append(True))

    async def scenario() -> None:
        output.item_scraped(article("a1"), spider)
        storage = output.slots[0].storage
        monkeypatch.setattr(storage.file, "raw", ShortWrites(partial_name(tmp_path / "out.jsonl"),
                                                             storage.file.complete, room=20))
        output.item_scraped(article("a2"), spider)  # cut after 20 bytes: a full disk
        output.item_scraped(article("a3"), spider)  # not even tried
        await asyncio.sleep(0.01)
        await output.close_spider(spider)

    asyncio.run(scenario())
    assert stopped == [True] and "No space left on device" in output.failure.describe()
    assert output.stats.get_value("newsspider/output/not_written") == 2
    assert [item.id for item in committed] == ["a1"]  # the complete line before the failure: durable, announced
    assert [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == ["a1"]
    assert output.reports()[0].stored and "No space left" in output.reports()[0].error


class ShortWrites(io.FileIO):
    """The rest of a file opened for appending at ``start``: writes fail with ENOSPC after ``room`` bytes."""

    def __init__(self, path, start: int, room: int):
        super().__init__(path, "r+b")
        self.seek(start)
        self.room = room

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        part = bytes(data[:self.room])
        self.room -= len(part)
        return super().write(part)


class OnlySourceB:
    """A feed's ``item_filter``: the articles of source ``b`` only."""

    def __init__(self, feed_options) -> None:
        pass

    def accepts(self, item) -> bool:
        return item.source == "b"


def test_a_file_deleted_while_written_loses_only_its_own_articles(make_crawler, tmp_path, monkeypatch, caplog):
    """Two files, one of them deleted mid-run: the articles committed to the other, which never were in
    the lost one, were forgotten too, and the next run wrote them into the other file again. One in
    both (b1) is forgotten, and the log says the kept file gets it again (one "emitted" record)."""
    lost: list = []
    output, committed, spider = feed_output(make_crawler, tmp_path, FEEDS={
        str(tmp_path / "all.jsonl"): {"format": "jsonlines", "overwrite": True},
        str(tmp_path / "b.jsonl"): {"format": "jsonlines", "overwrite": True, "item_filter": OnlySourceB}})
    output.crawler.signals.connect(lambda article_ids: lost.extend(article_ids), signal=articles_lost, weak=False)
    monkeypatch.setattr(output, "_stop_run", lambda: None)

    async def scenario() -> None:
        output.item_scraped(article("a1"), spider)
        output.item_scraped(article("b1", source="b"), spider)
        output.commit()
        partial_name(tmp_path / "b.jsonl").unlink()
        output.item_scraped(article("a2"), spider)
        output.commit()  # finds the deletion: the run stops
        await output.close_spider(spider)

    asyncio.run(scenario())
    assert [item.id for item in committed] == ["a1", "b1"] and lost == ["b1"]
    assert output.stats.get_value("newsspider/output/lost") == 1
    assert "(1 of them also in the run's other files, which get them again too)" in caplog.text


class FirstOnly:
    """A stateful ``item_filter``: the first item it is asked about only (a sample, a quota)."""

    calls = 0

    def __init__(self, feed_options) -> None:
        pass

    def accepts(self, item) -> bool:
        FirstOnly.calls += 1
        return FirstOnly.calls == 1


def test_a_feeds_item_filter_is_asked_once_per_item(make_crawler, tmp_path):
    """FeedOutput asked each filter itself before Scrapy's loop asked again: a stateful filter was
    called twice per item, and this one wrote nothing (its one yes went to the first call)."""
    FirstOnly.calls = 0
    output, committed, spider = feed_output(make_crawler, tmp_path, FEEDS={
        str(tmp_path / "all.jsonl"): {"format": "jsonlines", "overwrite": True},
        str(tmp_path / "one.jsonl"): {"format": "jsonlines", "overwrite": True, "item_filter": FirstOnly}})
    output.item_scraped(article("a1"), spider)
    output.item_scraped(article("a2"), spider)
    output.commit()
    assert FirstOnly.calls == 2
    assert partial_name(tmp_path / "one.jsonl").read_bytes().count(b"\n") == 1
    assert [item.id for item in committed] == ["a1", "a2"]
