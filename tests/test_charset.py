"""Pages, feeds and sitemaps in legacy charsets, served the ways servers get charsets wrong, read as
their authors wrote them (``newsspider.charset``; the matrix: ``tests/charset_matrix.py``)."""
from __future__ import annotations

import codecs
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from scrapy.http import HtmlResponse

from newsspider.charset import choose_charset, decode_html, xml_as_utf8
from newsspider.discovery.feeds import parse_feed
from newsspider.discovery.sitemaps import parse_sitemap
from newsspider.extract.article import extract_page
from newsspider.spiders.news import page_text
from tests.charset_matrix import Case, cases, encode, feed_titles, feed_xml, has_text, page_html, sitemap_xml
from tests.charset_texts import TEXTS
from tests.crawl import run_crawl

URL = "http://127.0.0.1/a.html"
# Undeclared ISO-8859-2 Czech reads as Windows-1250 (the locale default): the two share every
# letter of Polish but not the carons (š ť ž), and the text reads as plausibly under both.
KNOWN_AMBIGUOUS = {"page:cs:iso-8859-2:undeclared", "feed:cs:iso-8859-2:undeclared",
                   "sitemap:cs:iso-8859-2:undeclared"}


def _response(body: bytes, content_type: str | None) -> HtmlResponse:
    return HtmlResponse(URL, body=body, headers={"Content-Type": content_type} if content_type else {})


def _words(text: str | None) -> list[str]:
    return (text or "").split()


def _decoded_right(case: Case) -> bool:
    if case.kind == "page":
        return all(has_text(page_text(_response(case.body, case.content_type)), case))
    if case.kind == "feed":
        links = parse_feed(case.body, "http://127.0.0.1/feed.xml", content_type=case.content_type or "")
        return [_words(link.title) for link in links] == [_words(title) for title in feed_titles(case.lang)]
    links = parse_sitemap(case.body, "http://127.0.0.1/sitemap.xml", content_type=case.content_type).links
    return [_words(link.title) for link in links] == [_words(case.title)]


@pytest.mark.parametrize("case", list(cases()), ids=lambda case: case.name)
def test_the_matrix_decodes_to_the_text_as_written(case):
    if case.name in KNOWN_AMBIGUOUS:
        pytest.xfail("ISO-8859-2 without a declaration reads as Windows-1250")
    assert _decoded_right(case)


def test_a_few_stray_bytes_do_not_turn_an_undeclared_utf8_page_into_windows_1252():
    body = page_html("de", None).encode("utf-8").replace(b"</h1>", b"</h1>\x93\xe9\x96")
    text, decoded_as = decode_html(body, "cp1252", from_header=False)
    assert "Wärmepumpen" in text and decoded_as.startswith("utf-8 (its bytes are UTF-8")


def test_legacy_cjk_text_is_not_taken_for_utf8_with_stray_bytes():
    for lang, charset in (("zh", "gbk"), ("ko", "euc-kr"), ("zh-Hant", "big5"), ("ja", "shift_jis")):
        body = encode(page_html(lang, charset), charset)
        assert has_text(decode_html(body, charset)[0], next(c for c in cases() if c.lang == lang))[1]


def test_an_iso_8859_1_header_yields_to_the_pages_own_meta_charset():
    body = encode(page_html("ru", "windows-1251"), "windows-1251")
    text, decoded_as = decode_html(body, "cp1252")
    assert TEXTS["ru"][0] in text and decoded_as == "cp1251 (its <meta charset> says so and its bytes fit)"


def test_a_meta_charset_after_the_first_4096_bytes_is_read():
    body = encode(page_html("el", "iso-8859-7", late_meta=True), "iso-8859-7")
    assert body.find(b"charset=iso-8859-7") > 4096
    text, decoded_as = decode_html(body, "cp1252", from_header=False)
    assert TEXTS["el"][0] in text and decoded_as.startswith("iso8859-7 (")


def test_a_header_charset_that_does_not_fit_the_bytes_is_not_believed():
    body = encode(page_html("ar", None), "windows-1256")
    assert TEXTS["ar"][0] in decode_html(body, "koi8-r")[0]  # decodes, but is not text


def test_an_undeclared_legacy_page_is_read_in_its_languages_charset_or_by_its_statistics():
    for lang, charset in (("tr", "windows-1254"), ("th", "tis-620"), ("ja", "euc-jp"), ("he", "iso-8859-8")):
        body = encode(page_html(lang, None), charset)
        assert TEXTS[lang][0] in decode_html(body, "cp1252", from_header=False)[0], lang
    body = encode(page_html("tr", None).replace(' lang="tr"', ""), "windows-1254")
    assert TEXTS["tr"][0] in extract_page(body, "cp1252", URL, source_language="tr",
                                          encoding_from_header=False).article.title


def test_iso_2022_jp_is_read_by_its_escape_sequences_and_windows_1258_composed():
    body = encode(page_html("ja", None), "iso-2022-jp")
    assert TEXTS["ja"][0] in decode_html(body, "cp1252")[0]
    body = encode(page_html("vi", "windows-1258"), "windows-1258")
    assert TEXTS["vi"][0] in decode_html(body, "cp1258")[0]  # NFC, as written


def test_a_head_of_unclosed_tags_or_comments_is_read_in_linear_time():
    # each unclosed "<", "<meta" or "<!--" of the first 64 KB was searched to the end for its ">" or
    # "-->": quadratic, minutes of a worker's time on a hostile page
    started = time.perf_counter()
    for head in (b"<", b"<meta ", b"<!--", b"<script", b"<a "):
        assert choose_charset(head * (256 * 1024 // len(head)) + "für".encode("cp1252")).codec
    assert time.perf_counter() - started < 5  # milliseconds in linear time; quadratic, > 8 s each


def test_whatwg_labels():
    for label, lang, charset in (("x-sjis", "ja", "shift_jis"), ("ks_c_5601-1987", "ko", "cp949"),
                                 ("GB2312", "zh", "gbk"), ("windows-874", "th", "tis-620")):
        body = encode(page_html(lang, label), charset)
        assert TEXTS[lang][0] in page_text(_response(body, f"text/html; charset={label}")), label


def test_byte_order_marks_decide():
    text = page_html("he", None)
    for body in (codecs.BOM_UTF8 + text.encode("utf-8"), codecs.BOM_UTF16_BE + text.encode("utf-16-be")):
        decoded, _ = decode_html(body, "cp1255")
        assert decoded.startswith("<!DOCTYPE") and TEXTS["he"][0] in decoded


def test_an_overridden_label_is_logged_once_at_info(caplog):
    body = encode(page_html("pl", "windows-1250"), "windows-1250")
    with caplog.at_level(logging.DEBUG, logger="newsspider"):
        page_text(_response(body, "text/html; charset=ISO-8859-1"))
        page_text(_response(encode(page_html("pl", "windows-1250"), "windows-1250"), "text/html; charset=windows-1250"))
    lines = [r for r in caplog.records if "charset" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.INFO, lines
    assert lines[0].getMessage() == ("charset cp1252 overridden for http://127.0.0.1/a.html: read as cp1250 "
                                     "(its <meta charset> says so and its bytes fit)")


def test_a_page_that_declares_nothing_is_logged_at_debug(caplog):
    with caplog.at_level(logging.DEBUG, logger="newsspider"):
        page_text(_response(encode(page_html("ru", None), "windows-1251"), "text/html"))
    lines = [r for r in caplog.records if "charset" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.DEBUG  # the label was Scrapy's guess
    assert lines[0].getMessage().endswith(
        "read as cp1251 (it declares no charset; a legacy charset of its language, ru)")


def test_a_feed_without_content_type_or_declaration_in_a_legacy_charset():
    body = encode(feed_xml("ru", None), "koi8-r")
    links = parse_feed(body, "http://127.0.0.1/feed.xml", content_type="")
    assert [link.title for link in links] == feed_titles("ru")


def test_a_feed_whose_header_contradicts_its_xml_declaration():
    body = encode(feed_xml("el", "windows-1253"), "windows-1253")
    links = parse_feed(body, "http://127.0.0.1/feed.xml", content_type="text/xml; charset=ISO-8859-1")
    assert [link.title for link in links] == feed_titles("el")


def test_a_utf8_sitemap_declared_iso_8859_1_and_a_legacy_one_declared_nothing():
    for body in (sitemap_xml("uk", "ISO-8859-1").encode("utf-8"), encode(sitemap_xml("uk", None), "windows-1251")):
        links = parse_sitemap(body, "http://127.0.0.1/sitemap.xml").links
        assert [link.title for link in links] == [TEXTS["uk"][0]]


def test_a_utf8_feed_is_handed_to_feedparser_as_it_is():
    body = feed_xml("de", "utf-8").encode("utf-8")
    assert xml_as_utf8(body, "application/rss+xml") == (body, None)


# --- end to end: a representative subset through ``scrapy crawl news`` -------------------------------
E2E = [("ja", "shift_jis", "undeclared"), ("ja", "iso-2022-jp", "header-contradicts-meta"),
       ("ko", "euc-kr", "header-contradicts-meta"), ("zh", "gbk", "late-meta"), ("zh-Hant", "big5", "declared"),
       ("ru", "koi8-r", "undeclared"), ("uk", "windows-1251", "header-contradicts-meta"),
       ("pl", "iso-8859-2", "declared"), ("hu", "windows-1250", "header-contradicts-meta"),
       ("el", "iso-8859-7", "undeclared"), ("tr", "windows-1254", "late-meta"),
       ("he", "windows-1255", "header-contradicts-meta"), ("ar", "windows-1256", "undeclared"),
       ("fa", "windows-1256", "declared"), ("th", "tis-620", "undeclared"), ("vi", "windows-1258", "declared"),
       ("de", "utf-8", "utf8-stray-bytes"), ("bg", "utf-8", "utf8-as-latin1"), ("sr", "utf-16", "utf16-bom")]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body, content_type = self.server.documents.get(self.path, (b"", None))  # type: ignore[attr-defined]
        self.send_response(200 if body else 404)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_crawl_reads_legacy_pages_feeds_and_sitemaps_as_written(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    matrix = {(c.lang, c.charset, c.name.rsplit(":", 1)[1]): c for c in cases() if c.kind == "page"}
    documents: dict[str, tuple[bytes, str | None]] = {}
    expected = {}
    for number, key in enumerate(E2E, start=1):
        case = matrix[key]
        path = f"/news/2024/05/0{1 + number % 9}/story-{number}-{case.lang}.html"
        documents[path] = (case.body, case.content_type)
        expected[base + path] = case
    half = len(E2E) // 2
    links = "".join(f"<item><link>{url}</link></item>" for url in list(expected)[:half])
    documents["/rss.xml"] = (encode(f'<?xml version="1.0" encoding="koi8-r"?><rss version="2.0"><channel>'
                                    f"<title>{TEXTS['ru'][0]}</title><link>{base}/</link>{links}</channel></rss>",
                                    "koi8-r"), "text/xml; charset=ISO-8859-1")
    urls = "".join(f"<url><loc>{url}</loc></url>" for url in list(expected)[half:])
    documents["/sitemap.xml"] = (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
                                 .encode("ascii"), None)
    server.documents = documents  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "legacy"\nfeeds = ["{base}/rss.xml"]\n'
                           f'sitemaps = ["{base}/sitemap.xml"]\n', encoding="utf-8")
        result = run_crawl(sources, tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.log[-3000:]
    records = {record["url"]: record for record in result.records}
    assert sorted(records) == sorted(expected), result.log[-3000:]
    for url, case in expected.items():
        assert _words(records[url]["title"]) == _words(case.title), url
        assert all(paragraph in records[url]["text"] for paragraph in case.paragraphs), url
    assert "overridden for" in result.log




def test_utf16_without_a_bom_is_read_by_its_first_character():
    text = page_html("sr", None)
    for codec in ("utf-16-le", "utf-16-be"):
        decoded, _ = decode_html(text.encode(codec), "utf-16")
        assert decoded == text


def test_an_ascii_feed_declared_utf16_reaches_feedparser_as_utf8():
    body = feed_xml("de", "UTF-16").encode("ascii", errors="xmlcharrefreplace")
    utf8, _ = xml_as_utf8(body, None)
    assert utf8.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert [link.title for link in parse_feed(body, "http://127.0.0.1/feed.xml")] == feed_titles("de")


def test_a_utf8_pages_stray_bytes_are_read_in_its_legacy_charset_not_lost():
    body = page_html("de", None).encode("utf-8").replace(b"</h1>", b"</h1><p>\x84Zitat\x93 \x96 S\xe9ance</p>")
    text, _ = decode_html(body, "utf-8")
    assert "„Zitat“ – Séance" in text and "\ufffd" not in text
    body = page_html("ru", None).encode("utf-8").replace(b"</h1>", b"</h1><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>")
    assert "<p>Привет</p>" in decode_html(body, "utf-8")[0]  # the page's language: Windows-1251


def test_a_large_feeds_and_sitemaps_override_reaches_the_caller_for_the_crawl_log():
    from newsspider.discovery.feeds import read_feed

    body = encode(feed_xml("bg", "windows-1251"), "windows-1251")
    links, decoded_as, _cut = read_feed(body, "http://127.0.0.1/feed.xml", content_type="text/xml; charset=ISO-8859-1")
    assert [link.title for link in links] == feed_titles("bg")
    assert decoded_as == "cp1251 (its XML declaration says so and its bytes fit)"
    sitemap = parse_sitemap(sitemap_xml("bg", "ISO-8859-1").encode("utf-8"), "http://127.0.0.1/sitemap.xml")
    assert sitemap.decoded_as == "utf-8 (its bytes are UTF-8)"


def test_a_binary_body_served_as_a_feed_is_decoded_in_one_pass_not_a_reread_per_stray_byte():
    import random

    body = random.Random(7).randbytes(4 << 20)  # 4 MB of invalid UTF-8 nearly everywhere
    started = time.process_time()
    utf8, _ = xml_as_utf8(body, "application/rss+xml")
    assert time.process_time() - started < 3.0  # 8-10 s when each stray byte re-read its 4 KB piece
    assert utf8.decode("utf-8")  # whatever it held, valid UTF-8 for the parser


def test_a_page_that_is_utf8_throughout_is_not_searched_for_stray_bytes(monkeypatch):
    """A valid UTF-8 page is read as it is: the search of the decoded text for stray bytes (fifteen
    times the decoding's CPU on a large page) is only for pages that have some."""
    import newsspider.charset as charset

    class NoSearch:
        def search(self, text):
            raise AssertionError("a valid UTF-8 page searched for stray bytes")

    body = page_html("de", None).encode("utf-8")
    expected = body.decode("utf-8")
    monkeypatch.setattr(charset, "_STRAY_RUN", NoSearch())
    assert decode_html(body, "utf-8")[0] == expected


def test_a_run_of_stray_bytes_is_read_whole_in_a_two_byte_legacy_charset():
    body = page_html("zh", None).encode("utf-8").replace(b"</h1>", b"</h1><p>\xb0\xa1\xb0\xa2</p>")
    assert "<p>啊阿</p>" in decode_html(body, "utf-8", language="zh")[0]  # GBK, the page's language's
