"""The WARC components in process: the output extension's records (the body as received, content
encoding kept), its place beside the feed, its switch; the language filter pipeline; and a crawl
without WARC loads no WARC library."""
from __future__ import annotations

import errno
import gzip
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler

from newsspider.extensions.warc_output import WarcOutput, exchange, output_place
from newsspider.items import Article
from newsspider.outcome import OUTPUT_ERROR
from newsspider.pipelines.languages import LanguageFilterPipeline, languages_setting
from newsspider.warc.reader import WarcReader
from newsspider.warc.selection import Selection
from newsspider.warc.writer import RotatingWarcWriter

ROOT = Path(__file__).resolve().parent.parent


class ArticleSpider(Spider):
    name = "news"

    def parse_article(self, response, source, hints):
        yield from ()


def test_the_response_is_recorded_as_received_and_reads_back_decoded(tmp_path):
    spider = ArticleSpider()
    html = "<html><body><p>Grüße aus dem Archiv</p></body></html>".encode()
    request = Request("https://example.com/a?x=1", callback=spider.parse_article,
                      cb_kwargs={"source": "example", "hints": {"title": "Feed title"}},
                      headers={"Accept-Encoding": "gzip", "User-Agent": "newsspider"})
    response = Response("https://example.com/a?x=1", status=200, body=gzip.compress(html), request=request,
                        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                                 "Transfer-Encoding": "chunked"}, protocol="HTTP/1.1")
    record = exchange(response, request, spider)
    assert record.response_body == response.body  # compressed, as it came
    assert b"Content-Encoding: gzip" in record.response_head and b"Transfer-Encoding" not in record.response_head
    assert record.request_head.startswith(b"GET /a?x=1 HTTP/1.1\r\nHost: example.com\r\n")
    writer = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={})
    writer.write(record)
    writer.close()
    counts: Counter[str] = Counter()
    [page] = WarcReader(Selection(), counts, max_body_bytes=1 << 20).pages(writer.written)
    assert page.body == html
    assert page.request == {"callback": "parse_article", "cb_kwargs": {"source": "example", "hints": {"title": "Feed title"}}}


def test_requests_without_a_spider_callback_get_no_request_record():
    spider = ArticleSpider()
    request = Request("https://example.com/robots.txt")
    response = Response(request.url, status=200, body=b"User-agent: *", request=request)
    assert exchange(response, request, spider).request_record is None


def test_warc_files_go_beside_the_first_local_feed_file():
    assert output_place({"s3://bucket/x.jsonl": {}, "out/run.jsonl": {}}, None, "news") == (Path("out"), "run")
    directory, stem = output_place({}, "output/articles-%(utc)s.jsonl", "news")
    assert directory == Path("output") and stem.startswith("articles-2") and stem.endswith("Z")
    assert output_place({"file:///data/a-%(name)s.jsonl": {}}, None, "news") == (Path("/data"), "a-news")
    opened = ["output/articles-20261204T000549Z-2.jsonl"]  # the file as opened: numbered past an earlier run's
    assert output_place({}, "output/articles-%(utc)s.jsonl", "news", opened) == (
        Path("output"), "articles-20261204T000549Z-2")


def test_warc_files_never_go_beside_a_device_feed(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert output_place({"/dev/null": {}, "out/run.jsonl": {}}, None, "news") == (Path("out"), "run")
    assert output_place({}, "output/articles.jsonl", "news", ["/dev/null", str(fifo)]) == (Path("output"), "articles")


def test_warc_output_is_off_unless_asked_for(make_crawler):
    with pytest.raises(NotConfigured):
        build_from_crawler(WarcOutput, make_crawler())
    assert isinstance(build_from_crawler(WarcOutput, make_crawler(NEWSSPIDER_WARC_OUTPUT=True)), WarcOutput)


def article(language: str | None) -> Article:
    return Article(id="0" * 16, url="https://x/a", canonical_url="https://x/a", source="x", title=None, authors=[],
                   published=None, modified=None, language=language, direction="ltr", text="t", description=None,
                   image=None, tags=[], fetched_at="2024-07-01T00:00:00+00:00")


def test_the_language_filter_keeps_the_selected_languages_and_counts_the_rest(make_crawler):
    crawler = make_crawler(NEWSSPIDER_LANGUAGES="en, de-AT")
    pipeline = build_from_crawler(LanguageFilterPipeline, crawler)
    assert pipeline.languages == {"en", "de"}
    assert pipeline.process_item(article("de")).language == "de"
    for language in ("fr", None):
        with pytest.raises(DropItem):
            pipeline.process_item(article(language))
    assert crawler.stats.get_value("newsspider/source/x/other_language") == 2
    with pytest.raises(NotConfigured):
        build_from_crawler(LanguageFilterPipeline, make_crawler())
    with pytest.raises(ValueError, match="not a language code"):
        languages_setting("english!")


def test_an_http_crawl_loads_no_warc_library():
    code = ("import sys, newsspider.spiders.news, newsspider.extensions.warc_output, newsspider.commands.crawl\n"
            "print(sorted(m for m in sys.modules if m.startswith(('fastwarc', 'newsspider.warc.reader', "
            "'newsspider.warc.writer'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"


def test_a_warc_input_lifts_the_cron_time_limit_and_needs_no_sources_file(tmp_path):
    from scrapy.crawler import Crawler

    from newsspider.spiders.news import NewsSpider
    from tests.conftest import project_settings

    (tmp_path / "a.warc.gz").write_bytes(b"")
    crawler = Crawler(NewsSpider, project_settings(NEWSSPIDER_SOURCES=str(tmp_path / "missing.toml")))  # as before a crawl
    spider = NewsSpider.from_crawler(crawler, warc=str(tmp_path / "a.warc.gz"), limit="3")
    assert spider.sources == {} and spider.warc_arguments.selection.limit == 3
    assert crawler.settings.getint("CLOSESPIDER_TIMEOUT") == 0
    http = Crawler(NewsSpider, project_settings(NEWSSPIDER_SOURCES=str(tmp_path / "s.toml")))
    (tmp_path / "s.toml").write_text('[[source]]\nname = "a"\nfeeds = ["https://a.example/rss"]\n')
    NewsSpider.from_crawler(http)
    assert http.settings.getint("CLOSESPIDER_TIMEOUT") == 3600


def test_a_last_warc_file_that_cannot_be_completed_is_the_runs_output_error(make_crawler, tmp_path):
    """The last file is completed (flushed, fsync'd, renamed) when the spider closes; an error there (a
    full disk at the last flush of its buffer) was logged and counted, and the run exited 0."""
    crawler = make_crawler(WarcOutput, NEWSSPIDER_WARC_OUTPUT=True, FEEDS={str(tmp_path / "out.jsonl"): {}})
    output = crawler.get_extension(WarcOutput)
    output.spider_opened(ArticleSpider())
    request = Request("https://example.com/a")
    output.response_downloaded(Response(request.url, body=b"<html></html>", request=request), request, ArticleSpider())

    def full_disk() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    output.writer._file.flush = full_disk
    output.spider_closed(ArticleSpider())
    assert crawler.stats.get_value(OUTPUT_ERROR) == f"cannot complete the WARC file in {tmp_path}: No space left on device"
    assert crawler.stats.get_value("newsspider/warc_output/failed") == 1
    assert [path.name for path in tmp_path.iterdir()] == [".out-00000.warc.gz.part"]
