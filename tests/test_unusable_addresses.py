"""Addresses no request can be made to, in a real ``scrapy crawl news`` on 127.0.0.1: a port out of
range ("http://x.org:99999/"), a port that is no number, a broken IPv6 literal ("http://[::1/"), a
host with a space. ``urlsplit`` splits them without a word and raises only when their port or host
is read: one of them among a feed's, a sitemap index's, a robots.txt's or a home page's links must
cost that link only, not the document's other links; a page declaring one as its canonical is
written under its own address, and one refreshing to one is read as it is; a sources file naming one sets that source aside, not the crawl."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl import CrawlResult, run_crawl
from tests.hostile.server import HostileServer, send
from tests.static_site import ARTICLE

UNUSABLE = ("http://127.0.0.1:99999/news/a.html", "http://127.0.0.1:abc/news/b.html", "http://[::1/news/c.html",
            "http://exa mple.org/news/d.html", "http://127.0.0.1:-1/news/e.html")
SETTINGS = {"NEWSSPIDER_STORIES_BACKEND": "none", "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0", "RETRY_TIMES": "0"}
GOOD = {"feed": 0, "index": 1, "robots": 2, "home": 3, "canonical": 4, "refresh": 5}
"""Each source's one good article (its number in the page template)."""


def _article(n: int, head: str = "") -> bytes:
    page = ARTICLE.format(title=f"Council item {n}", n=n, day=1 + n)
    return page.replace("</head>", f"{head}</head>").encode()


def _rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def _sitemap(root: str, child: str, locs: list[str]) -> bytes:
    entries = "".join(f"<{child}><loc>{loc}</loc></{child}>" for loc in locs)
    return (f'<?xml version="1.0"?><{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}'
            f"</{root}>").encode()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, str]:
    workdir: Path = tmp_path_factory.mktemp("addresses")
    with HostileServer() as server:
        base = server.base_url
        routes = server.routes
        url = {name: f"{base}/news/{name}-{n}.html" for name, n in GOOD.items()}
        for name, n in GOOD.items():
            routes[f"/news/{name}-{n}.html"] = send(_article(n), "text/html; charset=utf-8")
        routes[f"/news/canonical-{GOOD['canonical']}.html"] = send(_article(GOOD["canonical"], (
            '<link rel="canonical" href="http://127.0.0.1:99999/news/elsewhere.html">'
            '<meta property="og:url" content="http://[::1/news/elsewhere.html">')), "text/html; charset=utf-8")
        routes[f"/news/refresh-{GOOD['refresh']}.html"] = send(_article(GOOD["refresh"], (
            '<meta http-equiv="refresh" content="30; url=http://127.0.0.1:99999/news/elsewhere.html">')),
            "text/html; charset=utf-8")
        xml = "application/xml"
        routes["/feed.rss"] = send(_rss([*UNUSABLE, url["feed"]]), "application/rss+xml")
        routes["/index.xml"] = send(_sitemap("sitemapindex", "sitemap", [*UNUSABLE, f"{base}/urls.xml"]), xml)
        routes["/urls.xml"] = send(_sitemap("urlset", "url", [*UNUSABLE, url["index"]]), xml)
        routes["/robots/robots.txt"] = send(b"", "text/plain")
        routes["/robots.txt"] = send(("User-agent: *\nAllow: /\n" + "".join(f"Sitemap: {u}\n" for u in UNUSABLE)
                                      + f"Sitemap: {base}/robots-urls.xml\n").encode(), "text/plain")
        routes["/robots-urls.xml"] = send(_sitemap("urlset", "url", [url["robots"]]), xml)
        routes["/home/"] = send(("<html><head>" + "".join(
            f'<link rel="alternate" type="application/rss+xml" href="{u}">' for u in UNUSABLE)
            + f'<link rel="alternate" type="application/rss+xml" href="{base}/home.rss"></head><body></body></html>'
        ).encode(), "text/html; charset=utf-8")
        routes["/home.rss"] = send(_rss([url["home"]]), "application/rss+xml")
        routes["/canonical.rss"] = send(_rss([url["canonical"]]), "application/rss+xml")
        routes["/refresh.rss"] = send(_rss([url["refresh"]]), "application/rss+xml")
        sources = workdir / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "feed"\nfeeds = ["{base}/feed.rss"]\n\n'
            f'[[source]]\nname = "index"\nsitemaps = ["{base}/index.xml"]\n\n'
            f'[[source]]\nname = "robots"\nsitemaps = ["{base}/robots.txt"]\n\n'
            f'[[source]]\nname = "home"\nhome = ["{base}/home/"]\n\n'
            f'[[source]]\nname = "canonical"\nfeeds = ["{base}/canonical.rss"]\n\n'
            f'[[source]]\nname = "refresh"\nfeeds = ["{base}/refresh.rss"]\n\n'
            f'[[source]]\nname = "port"\nfeeds = ["http://127.0.0.1:99999/rss.xml"]\n', encoding="utf-8")
        return run_crawl(sources, workdir, settings=SETTINGS), base


def test_an_unusable_link_costs_only_itself_and_every_good_article_is_written_once(crawled) -> None:
    result, base = crawled
    assert result.returncode == 0, result.log[-3000:]
    urls = sorted(record["url"] for record in result.records)
    assert urls == sorted(f"{base}/news/{name}-{n}.html" for name, n in GOOD.items()), result.log[-3000:]
    assert "Traceback" not in result.log and "Spider error processing" not in result.log, result.log[-5000:]


def test_a_canonical_no_request_can_be_made_to_leaves_the_article_under_its_own_address(crawled) -> None:
    result, base = crawled
    [record] = [r for r in result.records if r["source"] == "canonical"]
    assert record["canonical_url"] == f"{base}/news/canonical-{GOOD['canonical']}.html"


def test_a_source_naming_an_unusable_address_is_set_aside_with_one_line_and_the_others_are_crawled(crawled) -> None:
    result, _ = crawled
    assert "source 'port': key 'feeds': not an http(s) URL: 'http://127.0.0.1:99999/rss.xml' (Port out of range" \
        in result.log
    sources = result.report["sources"]
    assert sources["port"]["errors"] == 1
    assert all(sources[name]["errors"] == 0 for name in GOOD), {name: sources[name]["error_reasons"] for name in GOOD}
