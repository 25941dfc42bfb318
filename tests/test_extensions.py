"""The crawl-wide extensions, in process: the summary line, the stats file, the worker pool's life.
(The GC tuning and the remote control are in test_crawl_process.py.)"""
from __future__ import annotations

import json
import logging
from types import SimpleNamespace

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler

from newsspider.extensions.stats_file import StatsFile, local_path, stats_path
from newsspider.extensions.summary import CrawlSummary
from newsspider.extensions.worker_pool import WorkerPool


def test_summary_line_gives_each_sources_counters(make_crawler, caplog):
    crawler = make_crawler(CrawlSummary)
    stats = crawler.stats
    stats.set_value("newsspider/source/a/requests", 9)
    stats.set_value("newsspider/source/a/articles", 5)
    stats.set_value("newsspider/source/a/skipped_seen", 2)
    spider = SimpleNamespace(sources={"a": None, "b": None})
    with caplog.at_level(logging.INFO, logger="newsspider.extensions.summary"):
        crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    assert ("summary (finished): a requests=9 new=5 duplicates=0 seen=2 errors=0; "
            "b requests=0 new=0 duplicates=0 seen=0 errors=0") in caplog.text


def test_stats_file_is_written_beside_each_local_output_when_the_engine_stops(make_crawler, tmp_path):
    crawler = make_crawler(StatsFile)
    crawler.stats.set_value("newsspider/source/a/articles", 3)
    crawler.stats.set_value("finish_reason", "finished")
    for uri in (str(tmp_path / "out.jsonl"), (tmp_path / "run" / "articles-1.jsonl").as_uri(), "s3://bucket/x.jsonl"):
        (tmp_path / "run").mkdir(exist_ok=True)
        crawler.signals.send_catch_log(signals.feed_slot_closed, slot=SimpleNamespace(uri=uri))
    crawler.signals.send_catch_log(signals.engine_stopped)
    for written in (tmp_path / "out.stats.json", tmp_path / "run" / "articles-1.stats.json"):
        stats = json.loads(written.read_text(encoding="utf-8"))
        assert stats["newsspider/source/a/articles"] == 3 and stats["finish_reason"] == "finished"
    assert not list(tmp_path.glob("**/.*.part"))


def test_stats_file_can_be_switched_off_and_names_follow_the_output():
    from scrapy.utils.test import get_crawler

    with pytest.raises(NotConfigured):
        StatsFile.from_crawler(get_crawler(settings_dict={"NEWSSPIDER_STATS_FILE": False}))
    assert stats_path(local_path("output/articles-X.jsonl")).as_posix() == "output/articles-X.stats.json"
    assert local_path("file:///tmp/out.jsonl").as_posix() == "/tmp/out.jsonl"
    assert local_path("s3://bucket/out.jsonl") is None and local_path("stdout:") is None


def test_worker_pool_starts_with_the_crawl_and_stops_with_its_engine(make_crawler):
    crawler = make_crawler(NEWSSPIDER_WORKERS=1)
    pool = build_from_crawler(WorkerPool, crawler)
    try:
        assert pool.size == 1 and [worker.process.is_alive() for worker in pool._workers] == [True]
    finally:
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert pool._closed and not pool._workers
