"""Crawl-process tuning that must not change behaviour: per-page log messages below LOG_LEVEL are
not built, the garbage collector is tuned for the crawl and restored, the remote control is
and cookies middleware imported only when enabled, and the redis modules only in distributed mode."""
from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys

import pytest
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

import newsspider.settings as project_settings
from newsspider.extensions.gc_tuning import GarbageCollector
from newsspider.extensions.remote_control import RemoteControlWhenEnabled
from newsspider.logformatter import LevelAwareLogFormatter
from newsspider.middlewares.cookies import CookiesWhenEnabled
from newsspider.middlewares.robots import RobotsTxtOneLine
from tests.crawl import PROJECT_ROOT


def formatter(**settings) -> LevelAwareLogFormatter:
    return LevelAwareLogFormatter.from_crawler(get_crawler(settings_dict=settings))


def test_per_page_messages_are_skipped_only_below_the_log_level():
    request = Request("https://example.org/a")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    spider = get_crawler().spider
    quiet, verbose = formatter(LOG_LEVEL="INFO"), formatter(LOG_LEVEL="DEBUG")
    assert quiet.crawled(request, response, spider) is None
    assert quiet.scraped({"a": 1}, response, spider) is None
    assert verbose.crawled(request, response, spider)["level"] == logging.DEBUG
    assert verbose.scraped({"a": 1}, response, spider)["level"] == logging.DEBUG
    assert formatter(LOG_LEVEL="DEBUG", LOG_ENABLED=False).crawled(request, response, spider) is None


def test_dropped_items_are_logged_at_or_above_the_log_level():
    crawler = get_crawler(settings_dict={"LOG_LEVEL": "INFO", "DEFAULT_DROPITEM_LOG_LEVEL": "INFO"})
    spider = Spider.from_crawler(crawler, "x")
    quiet = LevelAwareLogFormatter.from_crawler(crawler)
    assert quiet.dropped({}, DropItem("seen", log_level="DEBUG"), None, spider) is None
    assert quiet.dropped({}, DropItem("not an article", log_level="INFO"), None, spider)["level"] == logging.INFO
    assert quiet.dropped({}, DropItem("default"), None, spider)["level"] == logging.INFO


def test_garbage_collector_is_tuned_for_the_crawl_and_restored():
    before = gc.get_threshold()
    collector = GarbageCollector(freeze=True, threshold=12345)
    kept = [object() for _ in range(10)]  # noqa: F841
    try:
        collector.spider_opened()
        assert gc.get_threshold()[0] == 12345 and gc.get_freeze_count() > 0
    finally:
        collector.engine_stopped()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    built = build_from_crawler(GarbageCollector, get_crawler(settings_dict={"NEWSSPIDER_GC_FREEZE": False,
                                                                             "NEWSSPIDER_GC_THRESHOLD": 0}))
    assert (built.freeze, built.threshold) == (False, 0)
    untouched = GarbageCollector(freeze=False, threshold=0)
    untouched.spider_opened()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    untouched.engine_stopped()


def test_remote_control_is_built_only_when_enabled():
    with pytest.raises(NotConfigured):
        RemoteControlWhenEnabled.from_crawler(get_crawler(settings_dict={"REMOTE_CONTROL_ENABLED": False}))
    from scrapy.extensions.remote_control import RemoteControl

    crawler = get_crawler(settings_dict={"REMOTE_CONTROL_ENABLED": True, "TWISTED_REACTOR_ENABLED": False})
    assert isinstance(RemoteControlWhenEnabled.from_crawler(crawler), RemoteControl)


def test_cookies_are_handled_by_scrapys_middleware_at_its_place_only_when_enabled():
    """Scrapy's cookies middleware is neither imported nor built while cookies are off (as here);
    turned on, it is built where Scrapy lists it (700), and keeps cookies as Scrapy's does."""
    from scrapy.downloadermiddlewares.cookies import CookiesMiddleware

    with pytest.raises(NotConfigured):
        CookiesWhenEnabled.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": False}))
    assert isinstance(CookiesWhenEnabled.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": True})),
                      CookiesMiddleware)
    settings = Settings()
    settings.setmodule("newsspider.settings")
    middlewares = settings.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert "scrapy.downloadermiddlewares.cookies.CookiesMiddleware" not in middlewares
    assert middlewares["newsspider.middlewares.cookies.CookiesWhenEnabled"] == 700
    # what Scrapy's downloader middleware manager imports: every key of DOWNLOADER_MIDDLEWARES (None or
    # not) to merge them with the base, then each component listed
    code = ("import sys\nfrom scrapy.utils.conf import build_component_list\nfrom scrapy.utils.misc import load_object\n"
            "from scrapy.utils.project import get_project_settings\n"
            "listed = get_project_settings().get_component_priority_dict_with_base('DOWNLOADER_MIDDLEWARES')\n"
            "for path in build_component_list(listed):\n"
            "    load_object(path)\n"
            "print('scrapy.downloadermiddlewares.cookies' in sys.modules, 'tldextract' in sys.modules)")
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=PROJECT_ROOT)
    assert out.stdout.split() == ["False", "False"], out.stderr[-2000:]


def test_robots_txt_is_scrapys_middleware_at_its_place_logging_a_network_failure_without_its_traceback():
    """A dead domain's robots.txt: Scrapy's ERROR line stays, its traceback through the downloader
    goes; an exception that is no network failure keeps its traceback; the filter goes with the crawl."""
    from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
    from scrapy.exceptions import CannotResolveHostError
    from scrapy.settings import default_settings

    settings = Settings()
    settings.setmodule(project_settings)
    middlewares = settings.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware" not in middlewares
    assert middlewares["newsspider.middlewares.robots.RobotsTxtOneLine"] == \
        default_settings.DOWNLOADER_MIDDLEWARES_BASE["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"]
    with pytest.raises(NotConfigured):
        RobotsTxtOneLine.from_crawler(get_crawler(settings_dict={"ROBOTSTXT_OBEY": False}))
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    middleware = RobotsTxtOneLine.from_crawler(crawler)
    assert isinstance(middleware, RobotsTxtMiddleware)
    scrapys = logging.getLogger(RobotsTxtMiddleware.__module__)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    scrapys.addHandler(handler)
    try:
        for error in (CannotResolveHostError("DNS lookup failed"), ValueError("a parser's bug")):
            try:
                raise error
            except Exception:
                scrapys.error("Error downloading %s", "<GET http://dead.invalid/rss.xml>", exc_info=True)
        crawler.signals.send_catch_log(signals.engine_stopped)
        try:
            raise CannotResolveHostError("after the crawl")
        except Exception:
            scrapys.error("Error downloading", exc_info=True)
    finally:
        scrapys.removeHandler(handler)
    assert [record.exc_info is None for record in records] == [True, False, False]
    assert records[0].getMessage() == "Error downloading <GET http://dead.invalid/rss.xml>"


def test_project_lists_every_scrapy_extension_but_the_remote_control_with_feed_output_for_feed_exports():
    settings = Settings()
    settings.setmodule(project_settings)
    from scrapy.settings import default_settings

    ours = settings.getdict("EXTENSIONS_BASE")
    assert set(ours) == (set(default_settings.EXTENSIONS_BASE) - {"scrapy.extensions.remote_control.RemoteControl",
                                                                  "scrapy.extensions.feedexport.FeedExporter"}
                         | {"newsspider.extensions.feed_output.FeedOutput"})
    assert ours["newsspider.extensions.feed_output.FeedOutput"] == \
        default_settings.EXTENSIONS_BASE["scrapy.extensions.feedexport.FeedExporter"]


def test_a_local_crawl_imports_neither_aiohttp_nor_redis(tmp_path):
    """A whole crawl (extensions, spider, middlewares, pipelines, state stores) in a fresh process,
    through Scrapy's public API, against a feed that refuses the connection."""
    (tmp_path / "sources.toml").write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n')
    code = f"""
import sys
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
settings = get_project_settings()
settings.set("NEWSSPIDER_STATE_DIR", {str(tmp_path / 'state')!r})
settings.set("NEWSSPIDER_WORKERS", 1)
settings.set("RETRY_TIMES", 0)
settings.set("LOG_LEVEL", "ERROR")
process = CrawlerProcess(settings)
process.crawl("news", sources="sources.toml")
process.start()
assert "newsspider.state.sqlite.learned_lines" in sys.modules  # the pipelines and their stores were built
print(sorted(m for m in ("aiohttp", "redis", "scrapy_redis") if m in sys.modules))
"""
    env = {"SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
