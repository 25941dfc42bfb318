"""The article budget: a source's links become requests within its max_articles, newest first, and an
article that ends unwritten hands its place to the next link (newsspider.discovery.budget); the
extension that tells it how each article ended (newsspider.extensions.article_budget)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Request, XmlResponse
from scrapy.utils.misc import build_from_crawler
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure

from newsspider.discovery.budget import ArticleBudget, article_limit
from newsspider.discovery.entry import DiscoveredLink
from newsspider.extensions.article_budget import ArticleEndings
from newsspider.items import Page
from newsspider.middlewares import ARTICLE
from newsspider.spiders.news import NewsSpider
from tests.conftest import project_settings
from tests.test_pipelines import article


def link(n: int, day: int | None = None) -> DiscoveredLink:
    return DiscoveredLink(f"https://x.org/story-{n}", published=f"2026-11-{day:02d}T08:00:00+00:00" if day else None)


def urls(links: list[DiscoveredLink]) -> list[str]:
    return [entry.url.rsplit("-", 1)[1] for entry in links]


def test_a_source_without_a_limit_requests_every_link():
    budget = ArticleBudget(lambda source: 0)
    links = [link(n) for n in range(10)]
    assert budget.admit("x", links) == links
    assert budget.left("x") == 0 and budget.ended("x", written=False) == []


def test_the_newest_links_get_the_places_and_the_others_wait():
    budget = ArticleBudget(lambda source: 2)
    assert urls(budget.admit("x", [link(1, 3), link(2, 9), link(3, 5), link(4)])) == ["2", "3"]
    assert budget.left("x") == 2


def test_an_article_not_written_hands_its_place_to_the_newest_waiting_link():
    budget = ArticleBudget(lambda source: 2)
    budget.admit("x", [link(1, 1), link(2, 2), link(3, 3), link(4, 4)])
    assert budget.ended("x", written=True) == []
    assert urls(budget.ended("x", written=False)) == ["2"]  # of 1 and 2 waiting, 2 is newer
    assert budget.ended("x", written=True) == []
    assert budget.ended("x", written=False) == []  # two written: the limit is reached
    assert budget.left("x") == 1


def test_a_later_document_fills_only_the_free_places_and_joins_the_queue_by_date():
    budget = ArticleBudget(lambda source: 2)
    budget.admit("x", [link(1, 1), link(2, 2), link(3, 3)])
    assert budget.admit("x", [link(4, 9), link(3, 3)]) == []  # full; link 3 is not taken twice
    assert urls(budget.ended("x", written=False)) == ["4"]
    assert budget.left("x") == 1


def test_at_idle_every_place_no_written_article_holds_is_given_again():
    """An ending the budget was not told of (nothing is out when the crawl is idle)."""
    budget = ArticleBudget(lambda source: 3)
    budget.admit("x", [link(n, n) for n in range(1, 7)])
    budget.ended("x", written=True)
    released = budget.at_idle()
    assert {source: urls(links) for source, links in released.items()} == {"x": ["3", "2"]}
    # at the next idle those have ended too, unwritten: the last link waiting takes a place
    assert {source: urls(links) for source, links in budget.at_idle().items()} == {"x": ["1"]}
    assert budget.at_idle() == {} and budget.left("x") == 0


def test_limits_are_per_source():
    budget = ArticleBudget({"a": 1, "b": 2}.__getitem__)
    assert len(budget.admit("a", [link(n) for n in range(5)])) == 1
    assert len(budget.admit("b", [link(n) for n in range(5)])) == 2
    assert (budget.left("a"), budget.left("b")) == (4, 3)


def test_a_sources_own_limit_wins_over_the_crawls():
    assert article_limit(None, 1000) == 1000
    assert article_limit(5, 1000) == 5
    assert article_limit(0, 1000) == 0  # its own "no limit"


def test_the_places_wait_for_every_listed_document_and_go_to_the_newest_of_all():
    budget = ArticleBudget(lambda source: 2)
    budget.expect("x", 2)
    assert budget.admit("x", [link(1, 1), link(2, 2), link(3, 3)]) == []  # the older feed came first
    assert budget.document_read("x") == []
    assert budget.admit("x", [link(4, 20), link(5, 21)]) == []
    assert urls(budget.document_read("x")) == ["5", "4"]
    assert budget.document_read("x") == [] and budget.left("x") == 3


def test_a_listed_document_never_told_of_is_not_waited_for_after_idle():
    budget = ArticleBudget(lambda source: 2)
    budget.expect("x", 2)
    budget.admit("x", [link(1, 1), link(2, 2)])
    budget.document_read("x")
    assert {source: urls(links) for source, links in budget.at_idle().items()} == {"x": ["2", "1"]}


# --- the extension (newsspider.extensions.article_budget) -----------------------------------------

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>""" + b"".join(
    f"<item><link>https://example.org/{n}</link><pubDate>Tue, 0{n} Mar 2026 08:00:00 GMT</pubDate></item>".encode()
    for n in (1, 2, 3, 4)) + b"</channel></rss>"


def budgeted_crawl(make_crawler, tmp_path, **settings) -> tuple[NewsSpider, list[Request]]:
    """The news spider of a one-feed source as ``Crawler.crawl()`` builds it (the spider, then the
    extensions), with an engine that only collects the requests sent to it."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "site"\nlanguage = "en"\nfeeds = ["https://example.org/rss.xml"]\n')
    settings.setdefault("NEWSSPIDER_MAX_AGE_DAYS", 0)
    crawler = make_crawler(spidercls=NewsSpider, **settings)
    crawler.spider = build_from_crawler(NewsSpider, crawler, sources=str(sources))
    sent: list[Request] = []
    crawler.engine = SimpleNamespace(crawl=sent.append)
    return crawler.spider, sent


def read_feed(spider: NewsSpider) -> list[Request]:
    async def collect() -> list[Request]:
        feed = Request("https://example.org/rss.xml")
        return [r async for r in spider.parse_feed(XmlResponse(feed.url, body=FEED, request=feed), source="site")]
    return asyncio.run(collect())


def test_the_extension_hands_the_place_of_an_article_not_written_to_the_newest_link_waiting(make_crawler, tmp_path):
    spider, sent = budgeted_crawl(make_crawler, tmp_path, NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=1)
    extension = build_from_crawler(ArticleEndings, spider.crawler)  # held, as the extension manager does: signals
    stats, send = spider.crawler.stats, spider.crawler.signals.send_catch_log
    assert [r.url for r in read_feed(spider)] == ["https://example.org/4"]
    assert stats.get_value("newsspider/source/site/over_limit_skipped") == 3
    page = Page(url="https://example.org/4", body=b"", encoding="utf-8", source="site", fetched_at="")
    send(signals.item_dropped, item=page, response=None, exception=None, spider=spider)  # not an article
    assert [r.url for r in sent] == ["https://example.org/3"] and sent[0].meta[ARTICLE]
    failure = Failure(ConnectionRefusedError())
    failure.request = sent[0]  # type: ignore[attr-defined]
    spider.on_error(failure)  # a failed request (article_request_failed)
    duplicate = Request("https://example.org/2", meta={ARTICLE: True}, cb_kwargs={"source": "site"})
    send(signals.request_dropped, request=duplicate, spider=spider)
    assert [r.url for r in sent] == [f"https://example.org/{n}" for n in (3, 2, 1)]
    assert stats.get_value("newsspider/budget/released") == 3
    assert stats.get_value("newsspider/source/site/requests") == 3  # those released (parse_feed's: the middleware's)
    assert stats.get_value("newsspider/source/site/over_limit_skipped") == 0
    send(signals.item_scraped, item=article("1"), response=None, spider=spider)  # written: keeps its place
    assert len(sent) == 3 and spider.budget.sources["site"].written == 1
    extension.release_at_idle()  # every ending was told: nothing to give again, the crawl may close


def test_at_idle_the_extension_gives_the_places_it_was_not_told_of_and_keeps_the_crawl_open(make_crawler, tmp_path):
    spider, sent = budgeted_crawl(make_crawler, tmp_path, NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=2)
    extension = build_from_crawler(ArticleEndings, spider.crawler)
    assert len(read_feed(spider)) == 2  # whose endings are never told
    with pytest.raises(DontCloseSpider):
        extension.release_at_idle()
    assert [r.url for r in sent] == ["https://example.org/2", "https://example.org/1"]
    assert spider.crawler.stats.get_value("newsspider/budget/released_at_idle") == 2
    extension.release_at_idle()  # nothing waits: the crawl may close


@pytest.mark.parametrize("settings", [{"NEWSSPIDER_REDIS_URL": "redis://127.0.0.1:9/0"},
                                      {"NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": 0}], ids=["distributed", "no limit"])
def test_the_extension_is_off_when_the_spider_has_no_budget(make_crawler, tmp_path, settings):
    spider, _ = budgeted_crawl(make_crawler, tmp_path, **settings)
    assert spider.budget is None
    with pytest.raises(NotConfigured):
        build_from_crawler(ArticleEndings, spider.crawler)


def test_the_extension_is_off_for_a_warc_input_and_without_a_spider(make_crawler, tmp_path):
    with pytest.raises(NotConfigured):  # extensions built before the spider: nothing to tell
        build_from_crawler(ArticleEndings, make_crawler(spidercls=NewsSpider))
    (tmp_path / "a.warc.gz").write_bytes(b"")
    crawler = Crawler(NewsSpider, project_settings(NEWSSPIDER_SOURCES=str(tmp_path / "missing.toml")))  # as before a crawl
    crawler.spider = NewsSpider.from_crawler(crawler, warc=str(tmp_path / "a.warc.gz"))
    with pytest.raises(NotConfigured):
        build_from_crawler(ArticleEndings, crawler)
