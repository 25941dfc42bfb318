"""The item pipelines, in process: built by Scrapy from a crawler with the project's settings and
the services they ask for (the state service, the worker pool)."""
from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

import pytest
from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.misc import build_from_crawler

from newsspider.discovery.canonical import article_key, key_digest
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.items import Article, Page, article_id
from newsspider.pipelines.boilerplate import BoilerplatePipeline
from newsspider.pipelines.extract import ExtractPipeline
from newsspider.pipelines.incremental import IncrementalPipeline
from newsspider.pipelines.stories import StoryPipeline
from newsspider.signals import articles_lost, items_committed
from newsspider.state.base import EmittedArticle, EmittedIdentity
from newsspider.state.sqlite import SQLiteState
from newsspider.state.sqlite.db import DB_NAME
from tests.test_extract_pipeline import InlinePool

PARAGRAPHS = ["The city council voted on Tuesday to extend the tram line to the new northern district by 2027.",
              "The project, estimated at 120 million euros, will add six stations and a depot near the river.",
              "Residents had asked for a faster connection to the centre for more than a decade, the mayor said."]
HTML = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Tram line to be extended</title>"
        "<meta property='article:published_time' content='2024-03-01T08:00:00+00:00'></head><body><article>"
        "<h1>Tram line to be extended</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p>Follow us on Telegram</p></article></body></html>")


def article(id: str = "0123456789abcdef", source: str = "site", **changes) -> Article:
    values = dict(id=id, url=f"https://example.org/{id}", canonical_url=f"https://example.org/{id}", source=source,
                  title="t", authors=[], published="2024-03-01T08:00:00+00:00", modified=None, language="en",
                  direction="ltr", text="text", description=None, image=None, tags=[],
                  fetched_at="2024-03-02T00:00:00+00:00", story_id=id)
    values.update(changes)
    return Article(**values)


# --- incremental: once across runs ---------------------------------------------------------------

def incremental(make_crawler, **settings) -> tuple[IncrementalPipeline, object]:
    crawler = make_crawler(StateService, **settings)
    return build_from_crawler(IncrementalPipeline, crawler), crawler


def test_articles_an_earlier_run_emitted_are_dropped_unless_changed_and_asked_for(make_crawler):
    for reemit, dropped in ((False, {"a1", "a2"}), (True, {"a1"})):
        pipeline, crawler = incremental(make_crawler, NEWSSPIDER_REEMIT_MODIFIED=reemit, NEWSSPIDER_MAX_AGE_DAYS=0)
        StateService.of(crawler).seen.add([EmittedArticle("a1", "https://example.org/a1", "https://example.org/a1", "m1"),
                                           EmittedArticle("a2", "https://example.org/a2", "https://example.org/a2", "m1")])
        out = set()
        for item in (article("a1", modified="m1"), article("a2", modified="m2"), article("a3")):
            try:
                out.add(pipeline.process_item(item).id)
            except DropItem:
                pass
        assert {"a1", "a2", "a3"} - out == dropped
        crawler.signals.send_catch_log(signals.engine_stopped)


def test_age_and_per_source_limits(make_crawler):
    pipeline, crawler = incremental(make_crawler, NEWSSPIDER_MAX_AGE_DAYS=30, NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=2)
    with pytest.raises(DropItem):
        pipeline.process_item(article("old", published="2001-01-01T00:00:00+00:00"))
    kept = [pipeline.process_item(article(f"n{n}", published=None)).id for n in range(2)]
    with pytest.raises(DropItem):
        pipeline.process_item(article("n2", published=None))
    assert kept == ["n0", "n1"] and pipeline.process_item(article("o1", source="other", published=None))
    stats = crawler.stats
    assert stats.get_value("newsspider/source/site/skipped_too_old") == 1
    assert stats.get_value("newsspider/source/site/over_limit") == 1


def test_the_age_limit_counts_from_the_fetch_time_so_an_archived_page_is_judged_as_when_it_was_captured(make_crawler):
    pipeline, _ = incremental(make_crawler, NEWSSPIDER_MAX_AGE_DAYS=30)
    assert pipeline.process_item(article("cap", published="2001-01-01T00:00:00+00:00", fetched_at="2001-01-05T00:00:00+00:00"))
    with pytest.raises(DropItem):
        pipeline.process_item(article("late", published="2001-01-01T00:00:00+00:00", fetched_at="2001-03-05T00:00:00+00:00"))


def test_articles_are_recorded_as_seen_only_once_the_output_commits_them(make_crawler, tmp_path):
    pipeline, crawler = incremental(make_crawler)
    crawler.signals.send_catch_log(signals.item_scraped, item=article("a1"), response=None, spider=None)
    assert StateService.of(crawler).seen.modified_of("a1") == (False, None)  # written is not yet durable
    crawler.signals.send_catch_log(items_committed, items=[article("a1"), {"not": "an article"}], responses=[None] * 2)
    crawler.signals.send_catch_log(signals.engine_stopped)
    state = SQLiteState(tmp_path / "state")
    assert state.seen.modified_of("a1") == (True, None) and state.seen.seen_urls(["https://example.org/a1"])
    state.close()


def test_with_a_shared_state_committed_articles_are_recorded_at_once(make_crawler, redis_server, redis_client):
    from newsspider.distributed.state import RedisStateService

    crawler = make_crawler(RedisStateService, NEWSSPIDER_REDIS_URL=redis_server.url, NEWSSPIDER_REDIS_PREFIX="p")
    pipeline = build_from_crawler(IncrementalPipeline, crawler)  # signals hold their receivers weakly
    crawler.signals.send_catch_log(items_committed, items=[article("a1")], responses=[None])
    assert redis_client.hexists("p:seen:articles", "a1") and pipeline.reemit_all is False
    crawler.signals.send_catch_log(signals.engine_stopped)


def test_a_state_store_failing_when_the_output_commits_is_one_error_line_not_a_traceback(make_crawler, tmp_path,
                                                                                        monkeypatch, caplog):
    """The state store failing under the run (here locked by another process past its busy timeout;
    a full state disk, an I/O error) when the output commits its articles, or when the output of
    a run whose state had failed kept its complete lines: Scrapy logged the store's error as "Error
    caught on signal handler" with a traceback, beside the run's one "state store failed" line."""
    monkeypatch.setattr("newsspider.state.sqlite.db.BUSY_TIMEOUT_SECONDS", 0.05)
    pipeline, crawler = incremental(make_crawler)
    StateService.of(crawler).seen.add([EmittedArticle("a0", "https://example.org/a0", "https://example.org/a0", None)])
    holder = sqlite3.connect(tmp_path / "state" / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.INFO):
            crawler.signals.send_catch_log(items_committed, items=[article("a1")], responses=[None])
            crawler.signals.send_catch_log(items_committed, items=[article("a2")], responses=[None])
            crawler.signals.send_catch_log(articles_lost, article_ids=["a0"])
    finally:
        holder.rollback()
        holder.close()
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].startswith("state store failed: ") and "database is locked" in errors[0], errors
    assert pipeline.state.failure is not None
    crawler.signals.send_catch_log(signals.engine_stopped)


def test_reemit_all_emits_what_an_earlier_run_emitted(make_crawler):
    pipeline, crawler = incremental(make_crawler, NEWSSPIDER_REEMIT_ALL=True, NEWSSPIDER_MAX_AGE_DAYS=0)
    StateService.of(crawler).seen.add([EmittedArticle("a1", "https://example.org/a1", "https://example.org/a1", None)])
    assert pipeline.process_item(article("a1")).id == "a1"
    crawler.signals.send_catch_log(signals.engine_stopped)


def test_each_article_is_recorded_with_the_key_of_its_title_as_extracted(make_crawler, tmp_path):
    """The key is the title as extraction gave it (a later run compares its extraction with it),
    not as the boilerplate stage leaves it (a learned suffix trimmed); an article dropped or
    failed after this stage leaves nothing behind."""
    pipeline, crawler = incremental(make_crawler, NEWSSPIDER_MAX_AGE_DAYS=0)
    kept = pipeline.process_item(article("a1", title="Tram line extended | Valley Gazette"))
    kept.title = "Tram line extended"  # the boilerplate stage trimmed the site's suffix
    dropped = pipeline.process_item(article("a2", title="Only boilerplate"))
    crawler.signals.send_catch_log(signals.item_dropped, item=dropped, response=None, exception=DropItem("x"),
                                   spider=None)
    failed = pipeline.process_item(article("a3", title="Failed in the story stage"))
    crawler.signals.send_catch_log(signals.item_error, item=failed, response=None, spider=None,
                                   failure=None)
    assert list(pipeline._keys) == ["a1"]
    crawler.signals.send_catch_log(items_committed, items=[kept], responses=[None])
    assert StateService.of(crawler).seen.identity_of("a1", []) == EmittedIdentity(
        key_digest(article_key("Tram line extended | Valley Gazette", "text")), False)
    assert pipeline._keys == {}
    crawler.signals.send_catch_log(signals.engine_stopped)


def test_a_page_declaring_the_address_an_earlier_run_gave_another_article_keeps_its_own(make_crawler):
    """The extraction pipeline asks the crawl's seen store about a declared canonical other than
    the page's URL: another article's (another title) is refused and counted, the same article's
    (its title) is kept, so the incremental stage drops it as seen."""
    crawler = make_crawler(WorkerPool, StateService, NEWSSPIDER_WORKERS=1)
    pipeline = build_from_crawler(ExtractPipeline, crawler)
    pipeline.pool = InlinePool()  # extraction in this process: the addresses are under test
    top = "https://example.org/news/top-story-of-the-day"
    StateService.of(crawler).seen.add([EmittedArticle(article_id(top), top, "https://example.org/news/first", None,
                                                      key_digest(article_key("Council approves budget", "")))])
    declaring = HTML.replace("</head>", f"<link rel='canonical' href='{top}'></head>")

    def page(path: str, html: str) -> Page:
        return Page(url=f"https://example.org/news/{path}", body=html.encode(), encoding="utf-8", source="site",
                    fetched_at="2024-03-02T00:00:00+00:00", source_language="en", hints={})

    try:
        other = asyncio.run(pipeline.process_item(page("tram", declaring)))
        same = asyncio.run(pipeline.process_item(page("first-amp", declaring.replace(
            "Tram line to be extended", "Council approves budget"))))
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert (other.canonical_url, other.id) == ("https://example.org/news/tram", article_id(other.canonical_url))
    assert same.canonical_url == top and same.id == article_id(top)
    assert crawler.stats.get_value("newsspider/extract/canonical_not_trusted") == 1
    assert crawler.stats.get_value("newsspider/extract/canonical_taken_by_earlier_run") == 1


# --- the whole chain, through a real worker pool -----------------------------------------------

def test_a_page_goes_through_every_pipeline_with_the_crawls_services(make_crawler):
    crawler = make_crawler(WorkerPool, StateService, NEWSSPIDER_WORKERS=1, NEWSSPIDER_STORIES_BACKEND="none",
                           NEWSSPIDER_MAX_AGE_DAYS=0)
    pipelines = [build_from_crawler(cls, crawler) for cls in
                 (ExtractPipeline, IncrementalPipeline, BoilerplatePipeline, StoryPipeline)]
    service = StateService.of(crawler)
    assert pipelines[0].pool is pipelines[2].pool is WorkerPool.of(crawler)
    # a later stage's jobs go first in the pool: pages under way finish before new ones start
    assert 0 < pipelines[0].priority < pipelines[2].priority < pipelines[3].priority
    assert pipelines[2].lines is service.learned_lines and pipelines[3].detector.store is service.stories

    async def through(item):
        for pipeline in pipelines:
            item = pipeline.process_item(item)
            item = await item if asyncio.iscoroutine(item) else item
        return item

    async def through_each(*items):
        return [await through(item) for item in items]

    page = Page(url="https://example.org/news/tram?utm_source=rss", body=HTML.encode(), encoding="utf-8",
                source="site", fetched_at="2024-03-02T00:00:00+00:00", source_language="en", hints={})
    # a page fetched before the date it declares (an old crawl's WARC re-read later): not its date
    early = Page(url="https://example.org/news/tram-early", body=HTML.encode(), encoding="utf-8",
                 source="site", fetched_at="2024-02-01T00:00:00+00:00", source_language="en", hints={})
    try:
        result, result_early = asyncio.run(through_each(page, early))
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert isinstance(result, Article) and result.language == "en" and result.story_id == result.id
    assert result.canonical_url == "https://example.org/news/tram" and result.simhash
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)
    assert crawler.stats.get_value("newsspider/source/site/articles") == 2
    assert result.published == "2024-03-01T08:00:00+00:00" and result_early.published is None
    assert crawler.stats.get_value("newsspider/workers/extract_page/calls") == 2


# --- stories: an article with the text of a recent one is not prepared again -------------------

def test_an_article_with_a_recent_articles_text_takes_its_fingerprints_without_a_worker_call(make_crawler):
    crawler = make_crawler(WorkerPool, StateService, NEWSSPIDER_WORKERS=1, NEWSSPIDER_STORIES_BACKEND="none")
    pipeline = build_from_crawler(StoryPipeline, crawler)
    text = "\n\n".join(PARAGRAPHS)
    first = article("a" * 16, text=text, title="Tram line to be extended")
    copy = article("b" * 16, source="other", text=text, title="Tram line to be extended",
                   published="2024-03-01T09:30:00+00:00")
    edited = article("c" * 16, text=text + " The works start in May.", title="Tram line to be extended")

    async def run_all():
        return await asyncio.gather(*(pipeline.process_item(item) for item in (first, copy, edited)))

    try:
        first_out, copy_out, edited_out = asyncio.run(run_all())
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert first_out.story_id == first_out.id and first_out.duplicate_kind is None
    assert copy_out.duplicate_kind == "exact" and copy_out.duplicate_of == first_out.id
    assert edited_out.duplicate_kind == "near" and edited_out.duplicate_of == first_out.id
    assert crawler.stats.get_value("newsspider/workers/prepare_in_worker/items") == 2  # the copy: no work
    assert crawler.stats.get_value("newsspider/stories/prepared_from_twin") == 1


def test_a_partial_story_batch_goes_once_the_workers_have_nothing_else_to_do(make_crawler):
    """No waiting out NEWSSPIDER_STORIES_BATCH_WAIT with the workers idle (an article alone goes at
    once, those waiting go when the last other job ends); while a worker has other work, articles
    gather into one batch, even with the other worker idle, and that batch, sent when both are
    idle, is split between them."""
    crawler = make_crawler(WorkerPool, StateService, NEWSSPIDER_WORKERS=2, NEWSSPIDER_STORIES_BACKEND="none",
                           NEWSSPIDER_STORIES_BATCH_WAIT=600)
    pipeline, pool = build_from_crawler(StoryPipeline, crawler), WorkerPool.of(crawler)
    alone, *during = (article(str(n) * 16, text=f"{n} {PARAGRAPHS[n]}", title=f"Story {n}") for n in range(3))

    async def run_all():
        first = await asyncio.wait_for(pipeline.process_item(alone), timeout=60)
        other_work = asyncio.ensure_future(pool.run(time.sleep, 1.0))
        waiting = [asyncio.ensure_future(pipeline.process_item(during[0]))]
        await asyncio.sleep(0.3)
        waiting.append(asyncio.ensure_future(pipeline.process_item(during[1])))
        await asyncio.sleep(0.3)
        held_back = not any(item.done() for item in waiting)
        await other_work
        return first, held_back, await asyncio.wait_for(asyncio.gather(*waiting), timeout=60)

    try:
        first, held_back, later = asyncio.run(run_all())
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
        crawler.signals.send_catch_log(signals.engine_stopped)
    assert first.story_id == first.id and [item.story_id for item in later] == [item.id for item in later]
    assert held_back
    assert crawler.stats.get_value("newsspider/workers/prepare_in_worker/calls") == 3  # the alone one, then one each
    assert crawler.stats.get_value("newsspider/workers/prepare_in_worker/items") == 3
