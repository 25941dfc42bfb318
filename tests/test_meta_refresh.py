"""The meta-refresh middleware answers as Scrapy's does without decoding a page whole."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from w3lib.encoding import html_to_unicode

from newsspider import settings as project_settings
from newsspider.middlewares.meta_refresh import HEAD_CHARS, MetaRefreshMiddleware, bytes_per_character, head_text

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark" / "html"
REFRESH = '<meta http-equiv="refresh" content="0; url=/moved">'


def full_head(body: bytes, encoding: str) -> str:
    """What Scrapy reads: ``response.text[0:4096]``."""
    return html_to_unicode(f"charset={encoding}", body)[1][:HEAD_CHARS]


def page(text: str, encoding: str = "utf-8") -> bytes:
    return f"<html><head><title>t</title></head><body><p>{text}</p></body></html>".encode(encoding, "replace")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1", "iso-8859-5", "koi8-r"])
def test_the_head_is_the_whole_texts_start_wherever_the_cut_falls(encoding):
    for pad in range(12):
        for tail in ("é" * 5000, "€漢字😀" * 3000, "x" * 3000, "漢" * 1400, ""):
            body = page("a" * pad + tail, encoding)
            for cut_body in (body, body[:HEAD_CHARS * 4 + pad], body[:HEAD_CHARS + pad]):
                assert head_text(cut_body, encoding) == full_head(cut_body, encoding)


def test_invalid_bytes_are_replaced_as_in_the_whole_text():
    for pad in range(8):
        body = b"<p>" + b"a" * pad + (b"\xe2\x82" + b"\xff" + "é".encode() + b"\xf0\x9f") * 3000
        assert head_text(body, "utf-8") == full_head(body, "utf-8")


def test_encodings_that_cannot_be_cut_are_left_to_scrapy():
    assert bytes_per_character("utf-8") == 4 and bytes_per_character("cp1252") == 1
    for encoding in ("shift_jis", "gb18030", "utf-16", "iso-2022-jp", "utf-7", "no-such-codec"):
        assert bytes_per_character(encoding) is None
    assert head_text("\ufeff<p>bom</p>".encode("utf-8-sig"), "utf-8") is None  # a BOM chooses the encoding
    assert head_text(page("x", "shift_jis"), "shift_jis") is None


@pytest.mark.skipif(not PAGES.is_dir(), reason="shared benchmark pages not available")
def test_the_benchmark_pages_heads():
    for file in sorted(PAGES.glob("*.html.gz"))[:60]:
        response = HtmlResponse("http://example.com/a.html", body=gzip.decompress(file.read_bytes()))
        head = head_text(response.body, response.encoding)
        assert head is None or head == response.text[:HEAD_CHARS], file.name


class NoText(HtmlResponse):
    """A response that must not be decoded whole."""

    @property
    def text(self) -> str:
        raise AssertionError("the whole body was decoded")


def both():
    crawler = get_crawler()
    return MetaRefreshMiddleware.from_crawler(crawler), ScrapyMetaRefreshMiddleware.from_crawler(crawler)


def test_a_page_without_refresh_is_returned_without_decoding_it_whole():
    ours, _ = both()
    response = NoText("http://example.com/a", body=page("é" * 20000), encoding="utf-8")
    assert ours.process_response(Request(response.url), response) is response


@pytest.mark.parametrize("where", ["head", "late", "script", "none"])
def test_the_same_answer_as_scrapys(where):
    ours, scrapys = both()
    filler = "é" * 5000
    html = {"head": f"<html><head>{REFRESH}</head><body>{filler}</body></html>",
            "late": f"<html><head></head><body>{filler}{REFRESH}</body></html>",
            "script": f"<html><head><script>{REFRESH}</script></head><body>{filler}</body></html>",
            "none": f"<html><head></head><body>{filler}</body></html>"}[where]
    for encoding in ("utf-8", "cp1252", "shift_jis"):
        body = html.encode(encoding, "replace")
        request = Request("http://example.com/a")
        mine = ours.process_response(request, HtmlResponse(request.url, body=body, encoding=encoding))
        theirs = scrapys.process_response(request, HtmlResponse(request.url, body=body, encoding=encoding))
        assert type(mine) is type(theirs)
        if isinstance(theirs, Request):
            assert (mine.url, mine.method) == (theirs.url, theirs.method) == ("http://example.com/moved", "GET")


def test_it_replaces_scrapys_in_the_project_settings():
    middlewares = project_settings.DOWNLOADER_MIDDLEWARES
    assert middlewares["scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware"] is None
    assert middlewares["newsspider.middlewares.meta_refresh.MetaRefreshMiddleware"] == 580


@pytest.mark.parametrize("target", ["http://127.0.0.1:99999/moved", "http://[::1/moved", "http://x.org:abc/moved"])
def test_a_refresh_to_an_address_no_request_can_be_made_to_leaves_the_page_as_it_is(target):
    """Scrapy's middleware raised making the request (the page, an article, lost as a failed download)."""
    middleware = MetaRefreshMiddleware.from_crawler(get_crawler(settings_dict={}))
    request = Request("https://x.org/news/1.html")
    body = f'<html><head><meta http-equiv="refresh" content="30; url={target}"></head><body>x</body></html>'.encode()
    response = HtmlResponse(request.url, body=body, encoding="utf-8", request=request)
    assert middleware.process_response(request, response) is response
