"""The news spider, in process: the requests it makes from the sources and from a feed, with the
meta its middlewares read, and the settings it leaves to others."""
from __future__ import annotations

import asyncio
import functools
import gzip
import logging
from datetime import datetime, timedelta, timezone

import pytest
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.utils.misc import build_from_crawler

from newsspider import settings as project_settings
from newsspider.charset import decode_html
from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.sitemaps import Sitemap
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.middlewares import CONDITIONAL, DISCOVERY_FAILED, SOURCE
from newsspider.middlewares.callback_errors import CallbackErrorsMiddleware
from newsspider.spiders.news import NewsSpider, page_text
from newsspider.state.base import EmittedArticle

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>A</title><link>https://example.org/a?utm_source=rss#top</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>B</title><link>/b</link></item></channel></rss>"""


def spider_for(make_crawler, tmp_path, *extensions, **settings) -> NewsSpider:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "site"\nlanguage = "en"\nfeeds = ["https://example.org/rss.xml"]\n'
                       'sitemaps = ["https://example.org/robots.txt"]\npages = ["https://example.org/world/"]\n')
    settings.setdefault("NEWSSPIDER_MAX_AGE_DAYS", 0)  # RSS's item A, of 2024, is followed
    crawler = make_crawler(*extensions, spidercls=NewsSpider, **settings)
    return build_from_crawler(NewsSpider, crawler, sources=str(sources))


def collected(results) -> list:
    """What an async callback yields."""

    async def collect() -> list:
        return [result async for result in results]

    return asyncio.run(collect())


def test_start_requests_each_discovery_url_conditionally_with_its_source(make_crawler, tmp_path):
    spider = spider_for(make_crawler, tmp_path)

    async def start():
        return [request async for request in spider.start()]

    requests = asyncio.run(start())
    assert [(r.url, r.callback.__name__) for r in requests] == [
        ("https://example.org/rss.xml", "parse_feed"), ("https://example.org/robots.txt", "parse_sitemap"),
        ("https://example.org/world/", "parse_listing")]
    assert all(r.meta[CONDITIONAL] and r.meta[SOURCE] == "site" and 304 in r.meta["handle_httpstatus_list"]
               for r in requests)
    assert all(r.errback == spider.on_error for r in requests)


def test_feed_links_become_canonical_article_requests_with_their_date(make_crawler, tmp_path):
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://example.org/rss.xml")
    requests = collected(spider.parse_feed(XmlResponse(feed.url, body=RSS, request=feed), source="site"))
    assert [r.url for r in requests] == ["https://example.org/a", "https://example.org/b"]
    hints = [request.cb_kwargs["hints"] for request in requests]
    assert hints[0]["published"].startswith("2024-03-05T08:00:00") and "published" not in hints[1]
    assert requests[0].cb_kwargs["hints"]["title"] == "A" and requests[0].callback == spider.parse_article
    assert spider.crawler.stats.get_value("newsspider/source/site/feed_links") == 2



def test_a_large_feed_is_parsed_in_a_worker_and_its_requests_leave_the_reactor_turns(make_crawler, tmp_path):
    """feedparser takes ~150 us per entry: a 10 MB feed of 75,000 entries held the reactor thread
    ~12 s (no download, no worker fed), then its 75,000 requests ~2.6 s more. Measured with a 10 ms
    ticker on the loop (2 cores, load 8): longest stall 31.5 s before, 0.81 s after."""
    spider = spider_for(make_crawler, tmp_path, WorkerPool, NEWSSPIDER_WORKERS=1,
                        NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=0)  # every link a request (not only 1,000)
    items = "".join(f"<item><title>{'x' * 50}</title><link>https://example.org/n/{n}</link></item>"
                    for n in range(1000)).encode()  # over PARSE_IN_PROCESS_BYTES
    feed = Request("https://example.org/rss.xml")
    response = XmlResponse(feed.url, body=RSS.replace(b"<item>", items + b"<item>", 1), request=feed)
    turns = []

    async def crawl() -> int:
        async def ticker() -> None:
            while True:
                turns.append(len(requests))
                await asyncio.sleep(0)

        requests: list = []
        ticking = asyncio.ensure_future(ticker())
        async for request in spider.parse_feed(response, source="site"):
            requests.append(request)
        ticking.cancel()
        return len(requests)

    pool = spider.crawler.get_extension(WorkerPool)
    try:
        assert asyncio.run(crawl()) == 1002
    finally:
        pool.close()
    assert spider.crawler.stats.get_value("newsspider/workers/read_feed/calls") == 1
    assert len({count for count in turns if count}) >= 4  # the reactor had turns while the requests came

def test_a_feed_or_sitemap_past_the_document_link_cap_follows_its_newest_links_and_says_so(
        make_crawler, tmp_path, caplog):
    """A callback keeps its response in Scrapy's scraper slot until every request it yields is
    scheduled: a 100,000-item feed (9 MB, over SCRAPER_SLOT_MAX_ACTIVE_SIZE) paused every download
    of the crawl for its 100,000 requests, CLOSESPIDER_TIMEOUT=40 ended it after 111 s with nothing
    written (/tmp/runint7-probe.py). Too-old links go before the cap; the rest past it are counted."""
    spider = spider_for(make_crawler, tmp_path, NEWSSPIDER_DOCUMENT_MAX_LINKS=100, NEWSSPIDER_MAX_AGE_DAYS=30)
    now = datetime.now(timezone.utc)
    dated = [DiscoveredLink(f"https://example.org/d/{n}", published=(now - timedelta(hours=n)).isoformat())
             for n in range(50)]
    old = [DiscoveredLink(f"https://example.org/old/{n}", published="2001-01-01T00:00:00+00:00") for n in range(10)]
    undated = [DiscoveredLink(f"https://example.org/u/{n}") for n in range(100_000)]
    links = [*undated[:10], *reversed(dated), *old, *undated[10:]]
    sitemap = Request("https://example.org/sitemap.xml", meta={CONDITIONAL: True})
    response = XmlResponse(sitemap.url, body=b"<urlset/>", request=sitemap)
    with caplog.at_level(logging.WARNING):
        requests = collected(spider.parse_sitemap(response, source="site", depth=0,
                                                  sitemap=Sitemap(kind="urlset", links=links)))
    assert [r.url for r in requests] == [link.url for link in dated + undated[:50]]
    stats = spider.crawler.stats
    assert stats.get_value("newsspider/source/site/links_over_cap") == 100_000 + 50 - 100
    assert stats.get_value("newsspider/source/site/skipped_too_old") == 10
    assert "lists 100050 article links: following the newest 100" in caplog.text
    assert DISCOVERY_FAILED not in response.meta  # the source's documents keep no validators (LINKS_LEFT)


def test_links_an_earlier_run_emitted_do_not_count_against_the_document_link_cap(make_crawler, tmp_path):
    """With the seen links inside the cap, a large undated sitemap would give the same first links
    every run (each then dropped as seen) and never reach the others."""
    spider = spider_for(make_crawler, tmp_path, StateService, NEWSSPIDER_DOCUMENT_MAX_LINKS=5)
    links = [DiscoveredLink(f"https://example.org/u/{n}") for n in range(20)]
    StateService.of(spider.crawler).seen.add(
        [EmittedArticle(f"a{n}", link.url, link.url, None) for n, link in enumerate(links[:8])])
    sitemap = Request("https://example.org/sitemap.xml", meta={CONDITIONAL: True})
    response = XmlResponse(sitemap.url, body=b"<urlset/>", request=sitemap)
    requests = collected(spider.parse_sitemap(response, source="site", depth=0,
                                              sitemap=Sitemap(kind="urlset", links=links)))
    assert [r.url for r in requests] == [link.url for link in links[8:13]]
    assert spider.crawler.stats.get_value("newsspider/source/site/skipped_seen") == 8
    assert spider.crawler.stats.get_value("newsspider/source/site/links_over_cap") == 7


@pytest.mark.parametrize("reemit", [None, "NEWSSPIDER_REEMIT_MODIFIED", "NEWSSPIDER_REEMIT_ALL"])
def test_links_an_earlier_run_emitted_become_no_request(make_crawler, tmp_path, reemit):
    """Under the document link cap too, the spider drops them before any request exists, counted
    as ``skipped_seen``; fetched again when emitted articles are."""
    settings = {reemit: True} if reemit else {}
    spider = spider_for(make_crawler, tmp_path, StateService, NEWSSPIDER_MAX_AGE_DAYS=30, **settings)
    StateService.of(spider.crawler).seen.add([EmittedArticle("a1", "https://example.org/a", "https://example.org/a",
                                                             None)])
    links = [DiscoveredLink("https://example.org/a?utm_source=rss"), DiscoveredLink("https://example.org/b"),
             DiscoveredLink("https://example.org/a", published="2001-01-01T00:00:00+00:00")]
    sitemap = Request("https://example.org/sitemap.xml", meta={CONDITIONAL: True})
    response = XmlResponse(sitemap.url, body=b"<urlset/>", request=sitemap)
    requests = collected(spider.parse_sitemap(response, source="site", depth=0,
                                              sitemap=Sitemap(kind="urlset", links=links)))
    stats = spider.crawler.stats
    expected = ["https://example.org/a", "https://example.org/b"] if reemit else ["https://example.org/b"]
    assert [r.url for r in requests] == expected
    assert stats.get_value("newsspider/source/site/skipped_seen") == (None if reemit else 1)
    assert stats.get_value("newsspider/source/site/skipped_too_old") == 1


def test_a_feed_or_sitemap_whose_worker_parse_fails_any_way_is_an_error_and_keeps_no_validators(make_crawler, tmp_path):
    """Only FeedError/SitemapError/BrokenProcessPool were caught: a MemoryError in the worker, a
    result it could not send back or a closed pool escaped the callback with no DISCOVERY_FAILED,
    so the validators were saved and the next run's 304 lost the entries for good."""
    spider = spider_for(make_crawler, tmp_path, WorkerPool, NEWSSPIDER_WORKERS=1)
    pool = spider.crawler.get_extension(WorkerPool)
    big = RSS.replace(b"<item>", b"<item><title>x</title><link>/n</link></item>" * 2000 + b"<item>", 1)
    failures = (MemoryError(), RuntimeError("cannot send the result back"), OSError(12, "Cannot allocate memory"))
    try:
        for error in failures:
            async def failing(*args, error=error, **kwargs):
                raise error
            pool.run = failing
            for callback, url in ((spider.parse_feed, "https://example.org/rss.xml"),
                                  (functools.partial(spider.parse_sitemap, depth=0), "https://example.org/s.xml")):
                request = Request(url, meta={CONDITIONAL: True})
                response = XmlResponse(url, body=big, request=request, headers={"ETag": '"v1"'})
                assert collected(callback(response, source="site")) == []
                assert response.meta[DISCOVERY_FAILED]
        assert spider.crawler.stats.get_value("newsspider/source/site/errors") == 2 * len(failures)
        reasons = spider.crawler.stats.get_value("newsspider/source/site/error_reasons")
        assert reasons[0]["reason"].startswith("MemoryError")
    finally:
        del pool.run
        pool.close()


def test_a_bug_in_our_parser_logs_its_traceback_and_a_hostile_feed_one_line(make_crawler, tmp_path, monkeypatch,
                                                                            caplog):
    """Every parse failure was reported as the source's error in one line: a programming error in
    our own parser (a TypeError) showed no traceback, so nothing pointed at the code to fix."""
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://example.org/rss.xml", meta={CONDITIONAL: True})
    with caplog.at_level("WARNING"):
        response = XmlResponse(feed.url, body=b"<html>not a feed</html>", request=feed)
        assert collected(spider.parse_feed(response, source="site")) == []
    hostile = [record for record in caplog.records if "failed (source site)" in record.getMessage()]
    assert len(caplog.records) == len(hostile) == 1 and hostile[0].exc_info is None

    def broken(*args, **kwargs):
        raise TypeError("a bug")

    monkeypatch.setattr("newsspider.spiders.news.read_feed", broken)
    caplog.clear()
    with caplog.at_level("WARNING"):
        response = XmlResponse(feed.url, body=RSS, request=feed.replace(meta={CONDITIONAL: True}))
        assert collected(spider.parse_feed(response, source="site")) == []
    assert response.meta[DISCOVERY_FAILED]  # still the source's error: no validators kept
    traced = [record for record in caplog.records if record.exc_info]
    assert len(traced) == 1 and traced[0].exc_info[0] is TypeError and "in our code" in traced[0].getMessage()


def test_only_a_discovery_document_its_callback_used_in_full_keeps_its_validators(make_crawler, tmp_path):
    """An unlisted source's feed, or a callback that raised while making its requests, must be read
    again in full by the next run; a feed whose requests were all made may answer 304."""
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://example.org/rss.xml", meta={CONDITIONAL: True})
    response = XmlResponse(feed.url, body=RSS, request=feed)
    assert collected(spider.parse_feed(response, source="gone")) == []
    assert response.meta[DISCOVERY_FAILED]
    response = XmlResponse(feed.url, body=RSS, request=feed.replace(meta={CONDITIONAL: True}))
    assert len(collected(spider.parse_feed(response, source="site"))) == 2
    assert DISCOVERY_FAILED not in response.meta

    def broken(*args, **kwargs):
        raise ValueError("a request could not be made")
        yield

    spider._article_requests = broken
    response = XmlResponse(feed.url, body=RSS, request=feed.replace(meta={CONDITIONAL: True}))
    with pytest.raises(ValueError):
        collected(spider.parse_feed(response, source="site"))
    assert response.meta[DISCOVERY_FAILED]


def test_a_gzipped_sitemap_under_the_in_process_size_is_parsed_in_a_worker(make_crawler, tmp_path):
    """The in-process cut-off was measured on the compressed body: 64 KB of gzip held 20 MB of XML,
    parsed in the reactor thread for seconds (/tmp/review15/gzbomb.py)."""
    spider = spider_for(make_crawler, tmp_path, WorkerPool, NEWSSPIDER_WORKERS=1)
    pool = spider.crawler.get_extension(WorkerPool)
    sent = []

    async def run(parser, body, url, **kwargs):
        sent.append(url)
        return parser(body, url)

    pool.run = run
    def xml(first: int) -> bytes:  # other links each time: a link the run has requested is not requested again
        return (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + b"".join(b"<url><loc>https://example.org/news/%d</loc></url>" % n for n in range(first, first + 3))
                + b"</urlset>")

    try:
        for url, body in (("https://example.org/s.xml", xml(0)), ("https://example.org/s.xml.gz", gzip.compress(xml(3)))):
            request = Request(url)
            assert len(collected(spider.parse_sitemap(XmlResponse(url, body=body, request=request),
                                                      source="site", depth=0))) == 3
    finally:
        del pool.run
        pool.close()
    assert sent == ["https://example.org/s.xml.gz"]  # the small plain one is parsed in process


def test_not_modified_feed_yields_nothing_and_is_counted(make_crawler, tmp_path):
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://example.org/rss.xml", headers={"If-None-Match": '"v1"'})
    assert collected(spider.parse_feed(Response(feed.url, status=304, request=feed), source="site")) == []
    assert spider.crawler.stats.get_value("newsspider/source/site/not_modified") == 1
    assert not spider.crawler.stats.get_value("newsspider/source/site/errors")


def test_a_304_to_a_request_that_named_no_earlier_copy_is_an_error_of_its_source(make_crawler, tmp_path):
    """A server (a proxy, a CDN) answering 304 to a request that sent no validator sent nothing to
    read: the run said "not modified since the last run" (a first run too), counted no error, and
    the source's articles were never found, run after run."""
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://example.org/rss.xml", callback=spider.parse_feed, meta={CONDITIONAL: True})
    response = Response(feed.url, status=304, request=feed)
    assert collected(spider.parse_feed(response, source="site")) == []
    stats = spider.crawler.stats
    assert not stats.get_value("newsspider/source/site/not_modified")
    assert stats.get_value("newsspider/source/site/errors/feed") == 1
    assert stats.get_value("newsspider/source/site/error_reasons")[0]["reason"].startswith(
        "HTTP 304 (not modified) to a request that named no earlier copy")
    assert response.meta[DISCOVERY_FAILED]


def test_article_page_becomes_a_page_item_with_the_sources_language(make_crawler, tmp_path):
    spider = spider_for(make_crawler, tmp_path)
    request = Request("https://example.org/a")
    response = HtmlResponse(request.url, body="<html><p>Текст</p></html>".encode(), encoding="utf-8", request=request)
    (page,) = spider.parse_article(response, source="site", hints={"title": "A"})
    assert page.url == request.url and page.source_language == "en"
    assert "Текст" in decode_html(page.body, page.encoding)[0]
    assert page.hints == {"title": "A"}


def test_default_output_is_set_only_without_user_feeds(make_crawler, tmp_path):
    from scrapy.settings import Settings

    settings = Settings({"NEWSSPIDER_DEFAULT_FEED": "output/articles-%(utc)s.jsonl"})
    NewsSpider.update_settings(settings)
    assert list(settings.getdict("FEEDS")) == ["output/articles-%(utc)s.jsonl"]
    settings = Settings({"NEWSSPIDER_DEFAULT_FEED": "x.jsonl", "FEEDS": {"mine.jsonl": {"format": "jsonlines"}}})
    NewsSpider.update_settings(settings)
    assert list(settings.getdict("FEEDS")) == ["mine.jsonl"]


def test_page_text_reads_utf8_labelled_as_a_legacy_charset_as_utf8():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Günstige Tarife für alle</p></body></html>'
    mislabelled = HtmlResponse("https://example.org/a", body=html.encode("utf-8"))
    assert "Günstige Tarife für alle" in page_text(mislabelled)
    latin1 = HtmlResponse("https://example.org/b", body=html.encode("iso-8859-1"))
    assert "Günstige Tarife für alle" in page_text(latin1)
    cp1251 = HtmlResponse("https://example.org/c", body='<meta charset="windows-1251"><p>Новини дня</p>'.encode("cp1251"))
    assert "Новини дня" in page_text(cp1251)


def test_a_resumed_request_of_a_source_or_probe_this_run_does_not_know_is_skipped_with_a_line(make_crawler, tmp_path,
                                                                                                 caplog):
    """A JOBDIR run resumed after the sources file was edited, or a distributed worker started with
    another version of it, gets requests of a source it does not list, and home-page probes it did not
    send: each failed with a KeyError and a traceback."""
    spider = spider_for(make_crawler, tmp_path)
    feed = Request("https://gone.example/rss.xml")
    assert collected(spider.parse_feed(XmlResponse(feed.url, body=RSS, request=feed), source="gone")) == []
    assert spider.crawler.stats.get_value("newsspider/unlisted_source") == 1
    assert "which the sources file no longer lists: not followed" in caplog.text
    article = Request("https://gone.example/a.html")  # was a KeyError in parse_article
    page = HtmlResponse(article.url, body=b"<html><p>text</p></html>", request=article)
    assert list(spider.parse_article(page, source="gone", hints={})) == []
    assert spider.crawler.stats.get_value("newsspider/unlisted_source") == 2
    robots = Request("https://example.org/robots.txt")
    response = TextResponse(robots.url, body=b"Sitemap: https://example.org/news-sitemap.xml", request=robots)
    requests = list(spider.parse_home_robots(response, source="site", site="https://example.org/robots.txt"))
    assert [r.url for r in requests] == ["https://example.org/news-sitemap.xml"]  # followed; no probe to close


def test_a_request_failing_with_an_empty_message_is_given_a_reason(make_crawler, tmp_path, caplog):
    """A feed whose connection was reset mid-body (Scrapy's ResponseDataLossError has no message)
    was reported as "feed ... failed (source site): ResponseDataLossError: ", in the log, the
    summary and the report: a reason saying nothing."""
    from scrapy.exceptions import ResponseDataLossError
    from twisted.python.failure import Failure

    spider = spider_for(make_crawler, tmp_path)
    request = Request("https://example.org/rss.xml", callback=spider.parse_feed, cb_kwargs={"source": "site"},
                      meta={CONDITIONAL: True})
    failure = Failure(ResponseDataLossError())
    failure.request = request
    with caplog.at_level("WARNING"):
        spider.on_error(failure)
    reason = spider.crawler.stats.get_value("newsspider/source/site/error_reasons")[0]["reason"]
    assert reason == ("ResponseDataLossError: the response was cut short (the connection closed or was reset "
                      "before the whole body came)"), reason
    assert caplog.records[-1].getMessage().endswith(reason)


def test_an_article_scrapy_stopped_redirecting_is_an_error_and_a_robots_skip_after_a_redirect_stays_a_skip(
        make_crawler, tmp_path):
    """Both end in an ``IgnoreRequest`` with no cause. One that has been redirected
    ``REDIRECT_MAX_TIMES`` times is Scrapy giving up on the next redirect: an error of its source
    naming the article's listed address; one redirected fewer times (robots.txt keeping out where
    a redirect led) stays a skip (``ignored``)."""
    from scrapy.exceptions import IgnoreRequest
    from twisted.python.failure import Failure

    spider = spider_for(make_crawler, tmp_path, REDIRECT_MAX_TIMES=2)
    chains = {"loop": ["https://example.org/a.html", "https://example.org/a.html?n=1"],
              "robots": ["https://example.org/b.html"]}
    for name, chain in chains.items():
        request = Request(f"https://example.org/{name}-end.html", callback=spider.parse_article,
                          cb_kwargs={"source": "site"}, meta={"redirect_urls": chain})
        failure = Failure(IgnoreRequest(name))
        failure.request = request
        spider.on_error(failure)
    [reason] = spider.crawler.stats.get_value("newsspider/source/site/error_reasons")
    assert reason["url"] == "https://example.org/a.html", reason
    assert reason["reason"] == "too many redirects (2), the last to https://example.org/loop-end.html", reason
    assert spider.crawler.stats.get_value("newsspider/source/site/ignored") == 1


def test_a_sources_article_links_become_requests_within_its_limit_once_each(make_crawler, tmp_path):
    """The article budget (newsspider.discovery.budget): a limited source's links past its limit
    wait (counted as left over), and a link another document listed already is not requested again."""
    spider = spider_for(make_crawler, tmp_path, NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=1)
    feed = Request("https://example.org/rss.xml")
    assert len(collected(spider.parse_feed(XmlResponse(feed.url, body=RSS, request=feed), source="site"))) == 1
    assert spider.crawler.stats.get_value("newsspider/source/site/over_limit_skipped") == 1
    again = Request("https://example.org/rss.xml")
    assert collected(spider.parse_feed(XmlResponse(again.url, body=RSS, request=again), source="site")) == []
    assert spider.crawler.stats.get_value("newsspider/source/site/over_limit_skipped") == 1


def test_a_distributed_crawl_has_no_article_budget(make_crawler, tmp_path):
    """Its workers share no counts: each worker's IncrementalPipeline keeps the limit instead."""
    assert spider_for(make_crawler, tmp_path).budget is not None
    assert spider_for(make_crawler, tmp_path, NEWSSPIDER_REDIS_URL="redis://127.0.0.1:9/0").budget is None


def test_an_exception_a_callback_raises_is_an_error_of_its_source_and_goes_on_to_scrapy(make_crawler, tmp_path, caplog):
    """Scrapy logged "Spider error processing" and nothing else: the source counted no error, the
    run exited 0, and the feed's links after the failure were lost without a word."""
    spider = spider_for(make_crawler, tmp_path)
    spider.crawler.spider = spider
    middleware = build_from_crawler(CallbackErrorsMiddleware, spider.crawler)
    request = Request("https://example.org/rss.xml", callback=spider.parse_feed, cb_kwargs={"source": "site"},
                      meta={SOURCE: "site"})
    response = XmlResponse(request.url, body=RSS, request=request)
    with caplog.at_level(logging.WARNING):
        assert middleware.process_spider_exception(response, ValueError("Port out of range 0-65535")) is None
        assert middleware.process_spider_exception(response, CloseSpider("cancelled")) is None  # Scrapy's to act on
    stats = spider.crawler.stats
    assert stats.get_value("newsspider/source/site/errors") == stats.get_value("newsspider/source/site/errors/feed") == 1
    assert stats.get_value("newsspider/source/site/error_reasons") == [
        {"stage": "feed", "url": request.url, "reason": "ValueError: Port out of range 0-65535"}]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        f"feed {request.url} failed (source site): ValueError: Port out of range 0-65535"]


def test_callback_errors_are_handed_to_the_spider_in_the_project_settings():
    assert "newsspider.middlewares.callback_errors.CallbackErrorsMiddleware" in project_settings.SPIDER_MIDDLEWARES
