"""The distributed mode's components, in process: the add-on, the in-flight tracking, the reliable
queue and scheduler against a real redis-server, the two middlewares that report to it, and the
recovery of dead workers' files. (``test_distributed.py`` runs whole crawls.)"""
from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys

import pytest
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler

from newsspider.distributed import signals as distributed_signals
from newsspider.distributed.addon import DistributedCrawl, worker_feed
from newsspider.distributed.download_failures import DownloadFailureMiddleware
from newsspider.distributed.keys import RunKeys, worker_id
from newsspider.distributed.queue import INFLIGHT
from newsspider.distributed.recovery import recover_dead_worker_outputs
from newsspider.distributed.scheduler import ReliableScheduler
from newsspider.distributed.spider_output import PARENT, SpiderOutputMiddleware
from newsspider.distributed.state import RedisStateService
from newsspider.distributed.tracking import InFlight
from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.state import StateService
from newsspider.items import Article
from newsspider.output import JournalEntry, OutputJournal, journal_dir, partial_name
from newsspider.signals import articles_lost, items_committed
from newsspider.state.base import EmittedArticle
from newsspider.state.redis import RedisState

# --- when a taken request is done (plain logic) ------------------------------------------------------


def test_a_request_with_a_response_is_done_when_its_output_is_exhausted_and_finished():
    in_flight = InFlight()
    in_flight.taken("r")
    in_flight.responded("r")
    in_flight.output_finished("r")  # an item finished before the output was exhausted
    assert in_flight.acknowledge() == []
    in_flight.output_done("r", 2)  # one item, one request
    assert in_flight.acknowledge() == [] and "r" in in_flight
    in_flight.output_finished("r")  # the request was queued
    assert in_flight.acknowledge() == ["r"] and len(in_flight) == 0


def test_an_empty_output_or_a_raising_callback_ends_a_request():
    in_flight = InFlight()
    in_flight.taken("r")
    in_flight.responded("r")
    in_flight.output_done("r", 0)
    in_flight.output_done("r", 5)  # reported twice (the middleware, then spider_error): ignored
    assert in_flight.acknowledge() == ["r"]


def test_a_retried_redirected_or_failed_download_ends_a_request_but_not_once_it_responded():
    in_flight = InFlight()
    for key in ("retried", "failed", "scraping"):
        in_flight.taken(key)
    in_flight.responded("scraping")
    in_flight.reissued("retried")
    in_flight.failed("failed")
    in_flight.reissued("scraping")  # a child request that copied its parent's meta: not a retry
    assert in_flight.acknowledge() == ["retried", "failed"] and "scraping" in in_flight


def test_signals_about_requests_not_held_are_ignored():
    in_flight = InFlight()
    for call in (in_flight.responded, in_flight.reissued, in_flight.failed, in_flight.output_finished):
        call("unknown")
    in_flight.output_done("unknown", 1)
    assert in_flight.acknowledge() == [] and len(in_flight) == 0


def test_requests_downloading_are_those_without_a_response_yet():
    in_flight = InFlight()
    for key in ("a", "b", "c"):
        in_flight.taken(key)
    in_flight.responded("a")
    in_flight.failed("b")
    assert in_flight.downloading() == 1 and len(in_flight) == 2


# --- the add-on ----------------------------------------------------------------------------------------


def test_the_add_on_stays_out_of_a_local_crawl(make_crawler):
    crawler = make_crawler()
    assert crawler.get_addon(DistributedCrawl) is None
    assert crawler.settings.get("SCHEDULER") == "scrapy.core.scheduler.Scheduler"


def test_the_add_on_swaps_scheduler_state_service_middlewares_and_output_name(make_crawler):
    crawler = make_crawler(StateService, NEWSSPIDER_REDIS_URL="redis://127.0.0.1:9/0",
                           FEEDS={"output/articles-%(utc)s.jsonl": {"format": "jsonlines"}})
    settings = crawler.settings
    assert isinstance(crawler.get_addon(DistributedCrawl), DistributedCrawl)
    assert settings.get("SCHEDULER") == "newsspider.distributed.scheduler.ReliableScheduler"
    assert isinstance(StateService.of(crawler), RedisStateService)
    assert settings.getdict("SPIDER_MIDDLEWARES")[SpiderOutputMiddleware] == 0
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")[DownloadFailureMiddleware] == 0
    assert list(settings.getdict("FEEDS")) == [f"output/articles-%(utc)s-{worker_id()}.jsonl"]


def test_an_output_the_user_chose_keeps_its_name(make_crawler):
    crawler = make_crawler(NEWSSPIDER_REDIS_URL="redis://127.0.0.1:9/0", FEEDS={"mine.jsonl": {"format": "jsonlines"}})
    assert list(crawler.settings.getdict("FEEDS")) == ["mine.jsonl"]
    assert worker_feed("out/a.jsonl", "h-1") == "out/a-h-1.jsonl"


# --- the middlewares that report to the scheduler -------------------------------------------------------


def received(crawler, signal) -> list[dict]:
    calls: list[dict] = []
    crawler.signals.connect(lambda **kwargs: calls.append(kwargs), signal=signal, weak=False)
    return calls


def test_spider_output_of_an_in_flight_request_is_counted_and_its_requests_tagged(make_crawler):
    crawler = make_crawler()
    middleware = build_from_crawler(SpiderOutputMiddleware, crawler)
    calls = received(crawler, distributed_signals.spider_output_done)
    taken = Request("https://example.org/feed", meta={INFLIGHT: "k1"})
    child = Request("https://example.org/a")

    async def run(response, entries):
        async def result():
            for entry in entries:
                yield entry
        return [entry async for entry in middleware.process_spider_output(response, result())]

    out = asyncio.run(run(Response(taken.url, request=taken), [child, {"item": 1}, None]))
    assert out == [child, {"item": 1}, None] and child.meta[PARENT] == "k1"
    assert [call["outputs"] for call in calls] == [2]
    asyncio.run(run(Response("https://example.org/x", request=Request("https://example.org/x")), [{"item": 2}]))
    assert len(calls) == 1  # not a request taken from the queue: nothing to report


def test_download_failures_are_reported_and_left_to_the_errback(make_crawler):
    crawler = make_crawler()
    middleware = build_from_crawler(DownloadFailureMiddleware, crawler)
    calls = received(crawler, distributed_signals.download_failed)
    request, error = Request("https://example.org/a"), TimeoutError("slow")
    assert middleware.process_exception(request, error) is None
    assert len(calls) == 1 and calls[0]["request"] is request and calls[0]["exception"] is error


# --- the reliable scheduler on a real Redis -------------------------------------------------------------


class Engine:
    """The engine methods the scheduler calls (``needs_backout``, ``crawl``, ``spider_is_idle``,
    ``close_spider_async``), in place of an engine."""

    def __init__(self, scheduler: ReliableScheduler) -> None:
        self.scheduler = scheduler
        self.crawled: list[Request] = []
        self.idle = False
        self.closed: list[str] = []

    def needs_backout(self) -> bool:
        return False

    def spider_is_idle(self) -> bool:
        return self.idle and not self.scheduler.has_pending_requests()

    async def close_spider_async(self, *, reason: str) -> None:
        self.closed.append(reason)

    def crawl(self, request: Request) -> None:
        self.crawled.append(request)
        self.scheduler.enqueue_request(request)


@pytest.fixture
def scheduler_for(make_crawler, redis_server, redis_client):
    def make(worker: str | None = None):
        crawler = make_crawler(NEWSSPIDER_REDIS_URL=redis_server.url, NEWSSPIDER_REDIS_PREFIX="t",
                               NEWSSPIDER_RUN_ID="r1", NEWSSPIDER_REDIS_HEARTBEAT=2)
        scheduler = build_from_crawler(ReliableScheduler, crawler)
        if worker:
            scheduler.keys = RunKeys(scheduler.keys.run, worker)
        crawler.engine = Engine(scheduler)
        return crawler, scheduler
    return make


def in_loop(test):
    """Run ``test`` inside an asyncio loop (the scheduler's tick loop needs one)."""
    async def main():
        return test()
    return asyncio.run(main())


def test_requests_are_queued_once_per_run_and_held_in_flight_until_done(scheduler_for, redis_client):
    crawler, scheduler = scheduler_for()
    keys = scheduler.keys

    def test():
        scheduler.open(Spider("news"))
        try:
            assert scheduler.enqueue_request(Request("https://example.org/feed"))
            assert not scheduler.enqueue_request(Request("https://example.org/feed"))  # the dupefilter knows it
            assert scheduler.has_pending_requests()
            feed = scheduler.next_request()
            key = feed.meta[INFLIGHT]
            assert redis_client.hlen(keys.inflight) == 1 and key in scheduler.in_flight
            response = Response(feed.url, request=feed)
            crawler.signals.send_catch_log(signals.response_received, response=response, request=feed, spider=None)
            crawler.signals.send_catch_log(distributed_signals.spider_output_done, response=response, outputs=2)
            child = Request("https://example.org/a", meta={PARENT: key})
            assert scheduler.enqueue_request(child) and PARENT not in child.meta
            scheduler.tick()
            assert redis_client.hexists(keys.inflight, key)  # its item is still in the pipelines
            crawler.signals.send_catch_log(signals.item_dropped, item={}, response=response, spider=None,
                                           exception=Exception())
            scheduler.tick()
            assert not redis_client.hexists(keys.inflight, key) and key not in scheduler.in_flight
        finally:
            scheduler.close("finished")
    in_loop(test)
    assert not redis_client.exists(keys.heartbeat) and not redis_client.sismember(keys.workers, keys.worker)


def test_a_retried_request_and_a_failed_download_are_acknowledged(scheduler_for, redis_client):
    crawler, scheduler = scheduler_for()

    def test():
        scheduler.open(Spider("news"))
        try:
            for url in ("https://example.org/a", "https://example.org/b"):
                scheduler.enqueue_request(Request(url))
            first, second = scheduler.next_request(), scheduler.next_request()
            keys = [first.meta[INFLIGHT], second.meta[INFLIGHT]]
            retry = first.replace(dont_filter=True)  # what RetryMiddleware does: a copy of the request
            assert scheduler.enqueue_request(retry) and INFLIGHT not in retry.meta
            crawler.signals.send_catch_log(distributed_signals.download_failed, request=second, exception=Exception())
            scheduler.tick()
            assert not any(redis_client.hexists(scheduler.keys.inflight, key) for key in keys)
            assert scheduler.next_request().url == "https://example.org/a"  # the retry, queued again
        finally:
            scheduler.close("finished")
    in_loop(test)


def test_an_idle_engine_is_handed_a_queued_request(scheduler_for):
    crawler, scheduler = scheduler_for()

    def test():
        scheduler.open(Spider("news"))
        try:
            scheduler.enqueue_request(Request("https://example.org/a"))
            scheduler.tick()  # this worker holds nothing: wake the engine with the queued request
            assert [request.url for request in crawler.engine.crawled] == ["https://example.org/a"]
            woken = scheduler.next_request()
            assert woken is crawler.engine.crawled[0] and woken.meta[INFLIGHT] in scheduler.in_flight
            scheduler.enqueue_request(Request("https://example.org/b"))
            scheduler.tick()
            assert len(crawler.engine.crawled) == 1  # one is downloading: its end makes the engine ask
            response = Response(woken.url, request=woken)
            crawler.signals.send_catch_log(signals.response_received, response=response, request=woken, spider=None)
            scheduler.tick()  # its items may take a while in the pipelines: the engine gets the next one
            assert [request.url for request in crawler.engine.crawled][-1] == "https://example.org/b"
        finally:
            scheduler.close("finished")
    in_loop(test)


def test_an_idle_worker_whose_run_is_over_closes_at_the_next_tick(scheduler_for):
    crawler, scheduler = scheduler_for()
    keeping_open = []

    def keep_open(**kwargs):
        if not keeping_open:
            keeping_open.append(True)
            raise DontCloseSpider

    crawler.signals.connect(keep_open, signal=signals.spider_idle, weak=False)

    async def main():
        scheduler.open(Spider("news"))
        try:
            scheduler.tick()
            assert crawler.engine.closed == []  # the engine is busy
            crawler.engine.idle = True
            scheduler.tick()  # a spider_idle handler keeps it open this time
            scheduler.tick()
            await asyncio.sleep(0)
            assert crawler.engine.closed == ["finished"]
        finally:
            scheduler.close("finished")
    asyncio.run(main())


def test_an_interrupted_worker_requeues_what_it_held_and_a_dead_ones_requests_are_taken_over(scheduler_for, redis_client):
    crawler, scheduler = scheduler_for()
    other_crawler, other = scheduler_for(worker="other-1")

    def test():
        scheduler.open(Spider("news"))
        other.open(Spider("news"))
        try:
            for n in range(3):
                scheduler.enqueue_request(Request(f"https://example.org/{n}"))
            held = other.next_request()
            assert scheduler.has_pending_requests()  # the other worker may still add requests
            other.close("shutdown")  # interrupted: what it held goes back
            assert redis_client.zcard(scheduler.keys.requests) == 3
            mine = scheduler.next_request()
            redis_client.sadd(scheduler.keys.workers, "dead-2")  # a worker that died holding a request
            redis_client.hset(f"{scheduler.keys.run}:inflight:dead-2", "x", f"0 {json.dumps('ignored')}")
            moved, gone = scheduler.queue.requeue()
            assert (moved, gone) == (1, ["dead-2"]) and held.url and mine.url
        finally:
            scheduler.close("finished")
    in_loop(test)


# --- dead workers' files --------------------------------------------------------------------------------


def test_files_of_dead_workers_of_this_host_are_completed_and_their_articles_marked_seen(make_crawler, redis_server,
                                                                                         tmp_path):
    dead_pid = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                                  text=True, check=True).stdout.strip())
    host = socket.gethostname()
    settings = make_crawler(NEWSSPIDER_REDIS_URL=redis_server.url, NEWSSPIDER_REDIS_PREFIX="rec",
                            NEWSSPIDER_STATE_DIR=str(tmp_path / "state")).settings
    journal = OutputJournal(journal_dir(tmp_path / "state"))
    record = {"id": "a1", "url": "https://example.org/a?x", "canonical_url": "https://example.org/a", "modified": None}
    files = {}
    for who, pid, where in (("dead", dead_pid, host), ("live", os.getpid(), host), ("elsewhere", dead_pid, "other")):
        target = tmp_path / f"articles-{who}.jsonl"
        partial_name(target).write_text(json.dumps(record) + "\n" + '{"id": "cut', encoding="utf-8")
        journal.begin(JournalEntry(str(target), str(partial_name(target)), 0, "jsonlines", False, where, pid, "t"))
        files[who] = target
    recover_dead_worker_outputs(settings)
    assert files["dead"].read_text(encoding="utf-8") == json.dumps(record) + "\n"  # the cut line removed
    assert not partial_name(files["dead"]).exists()
    assert partial_name(files["live"]).exists() and partial_name(files["elsewhere"]).exists()
    assert len(list(journal.entries())) == 2
    state = RedisState(redis_server.client(), "rec")
    assert state.seen.modified_of("a1") == (True, None)
    state.close()


def test_an_article_lost_with_its_output_file_is_forgotten_and_its_request_queued_again(make_crawler, redis_server,
                                                                                      redis_client, tmp_path):
    """A committed article's request is done and in the run's dupefilter: once its file is lost, no
    worker of the run fetched it again. Now it is forgotten as emitted, then queued again."""
    crawler = make_crawler(RedisStateService, FeedOutput, NEWSSPIDER_REDIS_URL=redis_server.url,
                           NEWSSPIDER_REDIS_PREFIX="lost", NEWSSPIDER_RUN_ID="r1", NEWSSPIDER_REDIS_HEARTBEAT=2,
                           FEEDS={str(tmp_path / "out.jsonl"): {"format": "jsonlines"}})
    scheduler = build_from_crawler(ReliableScheduler, crawler)
    crawler.engine = Engine(scheduler)
    seen = StateService.of(crawler).seen
    article = Article(id="a1", url="https://example.org/a", canonical_url="https://example.org/a", source="s",
                      title=None, authors=[], published=None, modified=None, language="en", direction="ltr",
                      text="t", description=None, image=None, tags=[], fetched_at=None)

    def test():
        spider = Spider("news")
        scheduler.open(spider)
        try:
            assert scheduler.enqueue_request(Request(article.url))
            taken = scheduler.next_request()
            response = Response(taken.url, request=taken)
            crawler.signals.send_catch_log(signals.response_received, response=response, request=taken, spider=None)
            crawler.signals.send_catch_log(distributed_signals.spider_output_done, response=response, outputs=1)
            seen.add([EmittedArticle(article.id, article.canonical_url, article.url, None)])
            crawler.signals.send_catch_log(items_committed, items=[article], responses=[response])
            scheduler.tick()
            assert scheduler.next_request() is None and not redis_client.hlen(scheduler.keys.inflight)  # done
            crawler.signals.send_catch_log(articles_lost, article_ids=[article.id])
            again = scheduler.next_request()
            assert again is not None and again.url == article.url and again.dont_filter
            assert again.meta[INFLIGHT] != taken.meta[INFLIGHT]
            assert seen.modified_of(article.id)[0] is False  # forgotten before it was queued
            assert crawler.stats.get_value("newsspider/distributed/rewritten") == 1
        finally:
            scheduler.close("finished")
    in_loop(test)
