"""The project's middlewares, in process (``get_crawler`` + ``build_from_crawler``)."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request, signals
from scrapy.http import HtmlResponse, Response
from scrapy.utils.misc import build_from_crawler

from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.state import StateService
from newsspider.middlewares import CONDITIONAL, DISCOVERY_FAILED, SOURCE
from newsspider.middlewares.conditional_get import ConditionalGetMiddleware
from newsspider.middlewares.source_requests import SourceRequestsMiddleware
from newsspider.state.base import Validators

FEED = "https://example.org/rss.xml"


async def _aiter(entries: Iterable[Any]) -> AsyncIterator[Any]:
    for entry in entries:
        yield entry


def spider_output(middleware: Any, entries: Iterable[Any], response: Response | None = None) -> list[Any]:
    response = response or HtmlResponse(FEED, body=b"<rss/>", request=Request(FEED))

    async def collect() -> list[Any]:
        return [entry async for entry in middleware.process_spider_output(response, _aiter(entries))]

    return asyncio.run(collect())


def article(url: str, source: str = "site") -> Request:
    return Request(url, meta={SOURCE: source})


# --- conditional GETs ------------------------------------------------------------------------------

def conditional_get(crawler) -> ConditionalGetMiddleware:
    return build_from_crawler(ConditionalGetMiddleware, crawler)


def test_flagged_request_carries_the_stored_validators(make_crawler):
    crawler = make_crawler(StateService)
    StateService.of(crawler).validators.put([(FEED, Validators('"v1"', "Tue, 01 Oct 2024 10:00:00 GMT"))])
    middleware = conditional_get(crawler)
    flagged, plain = Request(FEED, meta={CONDITIONAL: True}), Request(FEED)
    middleware.process_request(flagged)
    middleware.process_request(plain)
    assert flagged.headers["If-None-Match"] == b'"v1"'
    assert flagged.headers["If-Modified-Since"] == b"Tue, 01 Oct 2024 10:00:00 GMT"
    assert b"If-None-Match" not in plain.headers
    assert crawler.stats.get_value("newsspider/conditional/sent") == 1


def test_new_validators_are_saved_only_when_the_crawl_finished_with_its_output_written(make_crawler, tmp_path):
    feeds = {"FEEDS": {str(tmp_path / "out.jsonl"): {"format": "jsonlines"}}}
    for case, reason, settings, kept in (("finished", "finished", feeds, True),
                                         ("time limit", "closespider_timeout", feeds, False),
                                         ("no output", "finished", {}, False),
                                         ("output failed", "finished", feeds, False)):
        state_dir = str(tmp_path / case)
        crawler = make_crawler(StateService, FeedOutput, NEWSSPIDER_STATE_DIR=state_dir, **settings)
        middleware = conditional_get(crawler)
        request = Request(FEED, meta={CONDITIONAL: True})
        unusable = Request(FEED + "?html", meta={CONDITIONAL: True})
        middleware.process_response(request, Response(FEED, headers={"ETag": '"v2"'}, request=request))
        middleware.process_response(request, Response(FEED, status=304, request=request))
        middleware.process_response(unusable, Response(unusable.url, headers={"ETag": '"v3"'}, request=unusable))
        unusable.meta[DISCOVERY_FAILED] = True  # the spider could not use it: read it again next time
        if case == "output failed":
            crawler.stats.set_value("newsspider/output/error", "cannot write out.jsonl: No space left on device")
        middleware.spider_closed(spider=None, reason=reason)
        assert StateService.of(crawler).validators.get(FEED) is None  # nothing before the output is stored
        crawler.signals.send_catch_log(signals.engine_stopped)
        reopened = make_crawler(StateService, NEWSSPIDER_STATE_DIR=state_dir)
        assert StateService.of(reopened).validators.get(FEED) == (Validators('"v2"', None) if kept else None), case
        assert StateService.of(reopened).validators.get(unusable.url) is None
        assert crawler.stats.get_value("newsspider/conditional/not_modified") == 1
        reopened.signals.send_catch_log(signals.engine_stopped)


def test_a_sources_documents_keep_no_validators_when_some_of_its_article_links_were_not_fetched(
        make_crawler, tmp_path):
    """A 304 next run would hide the links this run left: an article page that failed (a 404 before
    the page is up, a timeout), a sitemap of an index that failed, or the articles past the
    source's limit, or the links of a document past NEWSSPIDER_DOCUMENT_MAX_LINKS would never be fetched."""
    crawler = make_crawler(StateService, FeedOutput, FEEDS={str(tmp_path / "out.jsonl"): {"format": "jsonlines"}})
    middleware = conditional_get(crawler)
    feeds = {source: f"https://{source}.example/rss.xml" for source in ("failed", "child", "full", "capped", "whole")}
    for source, url in feeds.items():
        request = Request(url, meta={CONDITIONAL: True, SOURCE: source})
        middleware.process_response(request, Response(url, headers={"ETag": '"v1"'}, request=request))
    crawler.stats.inc_value("newsspider/source/failed/errors")
    crawler.stats.inc_value("newsspider/source/child/errors")  # a sitemap its index listed: HTTP 404
    crawler.stats.inc_value("newsspider/source/full/over_limit")
    crawler.stats.inc_value("newsspider/source/capped/links_over_cap", 95_000)
    middleware.spider_closed(spider=None, reason="finished")
    crawler.signals.send_catch_log(signals.engine_stopped)
    reopened = make_crawler(StateService)
    kept = {source: StateService.of(reopened).validators.get(url) for source, url in feeds.items()}
    assert kept == {"failed": None, "child": None, "full": None, "capped": None, "whole": Validators('"v1"', None)}
    reopened.signals.send_catch_log(signals.engine_stopped)


def test_reemit_all_sends_no_validators(make_crawler):
    crawler = make_crawler(StateService, NEWSSPIDER_REEMIT_ALL=True)
    StateService.of(crawler).validators.put([(FEED, Validators('"v1"', None))])
    flagged = Request(FEED, meta={CONDITIONAL: True})
    conditional_get(crawler).process_request(flagged)
    assert b"If-None-Match" not in flagged.headers


# --- requests per source ---------------------------------------------------------------------------

def test_requests_reaching_the_engine_are_counted_per_source(make_crawler):
    crawler = make_crawler()
    middleware = build_from_crawler(SourceRequestsMiddleware, crawler)
    spider_output(middleware, [article("https://example.org/a"), article("https://example.org/b", source="other"),
                               Request("https://example.org/robots-like"), {"item": 1}])

    async def start() -> list[Any]:
        return [entry async for entry in middleware.process_start(_aiter([article(FEED)]))]

    assert len(asyncio.run(start())) == 1
    assert crawler.stats.get_value("newsspider/source/site/requests") == 2
    assert crawler.stats.get_value("newsspider/source/other/requests") == 1
