"""The real-page bench's scoring: tags compared as Fundus defines topics."""
from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from bench.extraction import PageServer
from bench.realpages import GoldPage, RealPageServer, fundus_checks, gold_topics, lost_text


def test_a_gold_topic_holding_commas_counts_as_the_topics_it_joins():
    assert gold_topics(["HABER, son dakika, yangın"]) == ["HABER", "son dakika", "yangın"]
    assert gold_topics(["Washington, D.C.", "Politik"]) == ["Washington, D.C.", "Politik"]  # a list as is
    gold = {"title": "T", "authors": [], "lang": "tr", "topics": ["HABER, son dakika, yangın"]}
    assert fundus_checks(gold, {"tags": ["HABER", "son dakika", "yangın"]})["tags"] == 1.0
    assert fundus_checks(gold, {"tags": ["HABER, son dakika, yangın"]})["tags"] == 0.0


def test_the_bench_page_servers_serve_their_pages_and_sitemaps_until_stopped(tmp_path):
    """bench.extraction's PageServer and bench.realpages' RealPageServer (one start/stop:
    bench.common.HandlerSite) serve their pages and sitemaps, and close when their block ends."""
    def get(url: str) -> bytes:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read()

    (tmp_path / "1.html").write_bytes(b"<html>one</html>")
    with PageServer(tmp_path, {"/a/one.html": "1.html"}) as server:
        assert get(server.base_url + "/a/one.html") == b"<html>one</html>"
        assert b"/a/one.html</loc>" in get(server.add_sitemap("s", ["/a/one.html"]))
        with pytest.raises(urllib.error.HTTPError):
            get(server.base_url + "/missing")
    page = GoldPage("p", "https://news.example/a/two.html", "tune", "s", {}, b"<html>two</html>", "/a/two.html")
    with RealPageServer([page]) as real:
        assert get(real.base_url + "/a/two.html") == b"<html>two</html>"
        assert b"/a/two.html</loc>" in get(real.add_sitemap("s", [page]))
    for url in (server.base_url, real.base_url):
        with pytest.raises(urllib.error.URLError):
            get(url + "/a/one.html")


def test_keep_lists_pages_that_lost_plain_trafilaturas_article_text():
    """--keep: no record, a body under half of plain trafilatura's, or one lacking over a tenth of
    its running text; its menus and labels lacking are no loss."""
    story = [f"Paragraph {i} tells what happened on day {i} in the town hall of Rostock." for i in range(20)]
    plain = "\n".join(["Home", "Sport", "Kultur"] + story)
    assert lost_text(None, plain)[0].startswith("not emitted")
    assert lost_text("\n".join(story), plain) is None  # the menu is not article text
    assert lost_text("\n".join(story[:8]), plain)[0].startswith("body")
    reason, lines = lost_text("\n".join(story[:17]) + "\n" + "x" * 700, plain)
    assert reason.startswith("lacks") and lines == story[17:]


def test_newspaper_pages_decides_articles_by_the_datas_files_and_keeps_identical_pages_on_one_side(tmp_path):
    """bench.newspaper_pages: an expected text or metadata (or an ``_article`` name) makes an
    article, ``*_main_site`` is a home page; a copy of a page's bytes takes its split and URL path."""
    from bench.newspaper_pages import load_pages
    from bench.splits import split_of

    for folder in ("html", "txt", "metadata"):
        (tmp_path / folder).mkdir()
    story = b"<html><head><meta property='og:url' content='https://news.example/a/story.html'></head></html>"
    (tmp_path / "html" / "aaa_story.html").write_bytes(story)
    (tmp_path / "html" / "zzz_copy.html").write_bytes(story)
    (tmp_path / "html" / "news_main_site.html").write_bytes(b"<html><head><link rel='canonical' href='https://news.example/'></head></html>")
    (tmp_path / "html" / "thai_article.html").write_bytes(b"<html></html>")
    (tmp_path / "txt" / "aaa_story.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "metadata" / "aaa_story.json").write_text(
        '{"title": "T", "authors": ["Jane Doe"], "publish_date": "2020-01-02T00:00:00"}', encoding="utf-8")
    pages = {page.ident: page for page in load_pages(tmp_path)}
    assert [pages[name].gold["article"] for name in ("aaa_story", "zzz_copy", "news_main_site", "thai_article")] == [
        True, False, False, True]
    assert pages["aaa_story"].gold["published_day"] == "2020-01-02" and pages["aaa_story"].gold["body"] == "Body."
    assert pages["zzz_copy"].split == pages["aaa_story"].split == split_of("aaa_story")
    assert pages["aaa_story"].served.startswith("/a/story.html?__page=")  # one path, two pages
    assert pages["news_main_site"].served == "/" and pages["thai_article"].served == "/thai_article.html"
