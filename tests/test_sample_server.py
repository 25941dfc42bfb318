"""The local sample server and the bundled offline corpus (newsspider/sample/)."""
from __future__ import annotations

import gzip
import http.client
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, unquote, urljoin, urlsplit
from urllib.request import urlopen

import pytest

from newsspider.sample.server import DEFAULT_ROOT, DEFAULT_SOURCES_TEMPLATE, LocalSite, render_sources

ROOT = DEFAULT_ROOT
MANIFEST = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
PAGES = MANIFEST["pages"]
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
RTL = {"ar", "ur", "fa"}


@pytest.fixture(scope="module")
def site():
    with LocalSite(ROOT) as running:
        yield running


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read()


def raw_get(site: LocalSite, raw_path: str) -> int:
    """GET with the path sent exactly as given (urllib would normalise dot segments)."""
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
    try:
        connection.putrequest("GET", raw_path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]


def html_links(html: str, page_url: str) -> set[str]:
    parser = _Links()
    parser.feed(html)
    return {urljoin(page_url, href) for href in parser.hrefs}


def xml_links(body: bytes) -> tuple[str, set[str]]:
    """Root local name and the URLs of a feed, urlset or sitemap index."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    root = ET.fromstring(body)
    kind = root.tag.rsplit("}", 1)[-1]
    urls: set[str] = set()
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        if name == "loc" or (name == "link" and kind == "rss" and element.text):
            urls.add(element.text.strip())
        elif name == "link" and kind == "feed" and element.get("rel", "alternate") == "alternate":
            urls.add(element.get("href"))
    return kind, urls


def page_path(url: str) -> str:
    """The percent-encoded path of a URL (listing pages may link raw Unicode IRIs)."""
    return quote(unquote(urlsplit(url).path), safe="/")


def discover(site: LocalSite, source: dict) -> set[str]:
    """Article paths a source leads to: feeds, sitemaps (index, .gz, robots.txt) and one listing hop."""
    found: set[str] = set()
    queue = list(source.get("sitemaps", []))
    while queue:
        url = queue.pop()
        status, _headers, body = fetch(url)
        assert status == 200, url
        if url.endswith("/robots.txt"):
            queue += re.findall(r"(?im)^sitemap:\s*(\S+)", body.decode())
            continue
        kind, urls = xml_links(body)
        if kind == "sitemapindex":
            queue += urls
        else:
            found |= {page_path(u) for u in urls}
    for url in source.get("feeds", []):
        status, _headers, body = fetch(url)
        assert status == 200, url
        found |= {page_path(u) for u in xml_links(body)[1]}
    for url in source.get("pages", []):
        status, _headers, body = fetch(url)
        assert status == 200, url
        found |= {page_path(u) for u in html_links(body.decode(), url) if u.startswith(site.base_url)}
    return found


# ------------------------------------------------------------------ server
def test_binds_loopback_and_serves_robots(site: LocalSite) -> None:
    assert site.base_url == f"http://127.0.0.1:{site.port}"
    assert site._server.server_address[0] == "127.0.0.1"
    status, headers, body = fetch(site.url("/robots.txt"))
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {site.base_url}/xinwen/sitemap_index.xml" in body.decode()
    assert "Disallow: /private/" in body.decode()


def test_rejects_non_loopback_host(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        LocalSite(tmp_path, host="0.0.0.0")


def test_substitutes_base_and_sets_content_types(site: LocalSite) -> None:
    expected = {
        "/alkhabar/rss.xml": "application/xml",
        "/hindi-samachar/feed.atom": "application/atom+xml",
        "/alkhabar/2024/07/25/rockets-iraq-syria-bases.html": "text/html; charset=utf-8",
        "/manifest.json": "application/json",
    }
    for path, content_type in expected.items():
        status, headers, body = fetch(site.url(path))
        assert status == 200, path
        assert headers["Content-Type"] == content_type, path
        assert b"{{BASE}}" not in body, path
    _status, _headers, body = fetch(site.url("/alkhabar/rss.xml"))
    assert f"<link>{site.base_url}/alkhabar/2024/07/25/".encode() in body


def test_gzip_sibling_generated_and_real_gz_served_raw(site: LocalSite, tmp_path: Path) -> None:
    status, headers, body = fetch(site.url("/nachrichten/sitemap-news.xml.gz"))
    assert status == 200 and headers["Content-Type"] == "application/gzip"
    assert f"<loc>{site.base_url}/nachrichten/".encode() in gzip.decompress(body)
    raw = gzip.compress(b"<urlset>{{BASE}}</urlset>", mtime=0)
    (tmp_path / "s.xml.gz").write_bytes(raw)
    (tmp_path / "rss.rss").write_text("<rss>{{BASE}}</rss>", encoding="utf-8")
    with LocalSite(tmp_path) as other:
        assert fetch(other.url("/s.xml.gz"))[2] == raw
        status, headers, body = fetch(other.url("/rss.rss"))
        assert headers["Content-Type"] == "application/rss+xml" and body.decode() == f"<rss>{other.base_url}</rss>"


def test_404_directories_and_no_escape(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "empty").mkdir(parents=True)
    (root / "section").mkdir()
    (root / "section" / "index.html").write_text("<p>{{BASE}}</p>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("top secret", encoding="utf-8")
    with LocalSite(root) as site:
        assert fetch(site.url("/missing.html"))[0] == 404
        assert fetch(site.url("/empty/"))[0] == 404  # no directory listings
        status, _headers, body = fetch(site.url("/section/?page=2"))
        assert status == 200 and body.decode() == f"<p>{site.base_url}</p>"
        for raw in ("/../secret.txt", "/section/../../secret.txt", "/%2e%2e/secret.txt",
                    "/section/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%ff%fe", "/a%00b"):
            assert raw_get(site, raw) in (400, 404), raw
    with pytest.raises(RuntimeError):
        _ = site.base_url  # stopped


def test_render_sources(site: LocalSite) -> None:
    text = render_sources(DEFAULT_SOURCES_TEMPLATE, site.base_url)
    assert "{{BASE}}" not in text
    data = tomllib.loads(text)
    names = [source["name"] for source in data["source"]]
    assert len(names) == len(set(names))
    for source in data["source"]:
        assert set(source) <= {"name", "language", "feeds", "sitemaps", "pages"}
        assert any(source.get(key) for key in ("feeds", "sitemaps", "pages"))


# ------------------------------------------------------------------ corpus
def test_manifest_pages_exist_and_declare_their_metadata() -> None:
    assert len({page["path"] for page in PAGES}) == len(PAGES)
    for page in PAGES:
        file = ROOT / page["file"]
        assert file.is_file(), page["file"]
        assert unquote(page["path"]).lstrip("/") in (page["file"], page["file"].removesuffix("index.html"))
        html = file.read_text(encoding="utf-8")
        assert f'<html lang="{page["html_lang"]}"' in html
        assert ('dir="rtl"' in html) == (page["html_lang"][:2] in RTL), page["path"]
        assert f'<link rel="canonical" href="{{{{BASE}}}}{page["path"]}">' in html
        assert f'<meta property="article:published_time" content="{page["published"]}">' in html
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", page["published"])
        if page["render"] == "jsonld":
            assert '<div id="app"></div>' in html and '"articleBody"' in html and "<p>" not in html
        else:
            assert "<article" in html and '<time class="' in html and f'datetime="{page["published"]}"' in html
            for paragraph in page["body"]:
                assert paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html


def test_every_page_reachable_from_its_source(site: LocalSite) -> None:
    sources = tomllib.loads(render_sources(DEFAULT_SOURCES_TEMPLATE, site.base_url))["source"]
    reach = {source["name"]: discover(site, source) for source in sources}
    for page in PAGES:
        assert page["path"] in reach[page["source"]], page["path"]
        assert page["linked-from"], page["path"]
        status, _headers, _body = fetch(site.url(page["path"]))
        assert status == 200, page["path"]
    # some pages come through two discovery paths (de-duplication), and every source finds something
    assert sum(len(page["linked-from"]) > 1 for page in PAGES) >= 5
    assert all(reach.values())
    non_articles = {entry["path"] for entry in MANIFEST["non_articles"]}
    assert non_articles <= reach["daily-en"]
    assert not non_articles & {page["path"] for page in PAGES}


def test_language_counts_and_special_pages() -> None:
    counts = Counter(page["language"] for page in PAGES if page["story"] is None)
    assert sum(counts.values()) >= 32
    for language in ("ar", "ur", "hi", "uk"):
        assert counts[language] >= 3, language
    for language in ("fa", "ru", "fr", "zh", "tr", "de", "en"):
        assert counts[language] >= 2, language
    story = [page for page in PAGES if page["story"] == "afp-rockets"]
    assert sorted(page["language"] for page in story) == ["ar", "en", "hi", "ur"]
    stamps = sorted(page["published"] for page in story)
    from datetime import datetime
    spread = datetime.fromisoformat(stamps[-1]) - datetime.fromisoformat(stamps[0])
    assert all(abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds()) <= 86400
               for a in stamps for b in stamps), spread
    reprints = [page for page in PAGES if page["reprint-of"]]
    assert len(reprints) == 1 and reprints[0]["language"] == "en"
    assert any(page["path"] == reprints[0]["reprint-of"] for page in PAGES)
    assert any(page["distractor-of"] == "afp-rockets" for page in PAGES)
    assert sum(page["render"] == "jsonld" for page in PAGES) == 1
    texts = {page["path"]: " ".join(page["body"]) for page in PAGES}
    assert any(re.search("[٠-٩]", texts[p["path"]]) for p in PAGES if p["language"] == "ar")
    assert any(re.search("[०-९]", texts[p["path"]]) for p in PAGES if p["language"] == "hi")


def test_own_articles_are_short_news() -> None:
    for page in PAGES:
        if page["story"]:
            continue
        assert 5 <= len(page["body"]) <= 10, page["path"]
        text = " ".join(page["body"])
        size = len(text) / 2 if page["language"] == "zh" else len(text.split())
        assert 120 <= size <= 400, (page["path"], size)


def test_seed_pages_reproduce_seed_text_and_chrome() -> None:
    def norm(text: str) -> str:
        return " ".join(text.split())

    for page in [p for p in PAGES if p["story"] == "afp-rockets"]:
        seed = (SEEDS / page["seed"]).read_text(encoding="utf-8")
        html = (ROOT / page["file"]).read_text(encoding="utf-8")
        seed_lines = [norm(line) for line in seed.splitlines() if norm(line)]
        for paragraph in page["body"]:
            assert norm(paragraph) in seed_lines
        page_text = re.sub(r"<[^>]+>", "", html)
        for chrome in page["chrome"]:
            assert chrome in page_text, (page["path"], chrome)
        container = html.split('class="entry-content">', 1)[-1].split("</div>", 1)[0]
        if page["language"] == "ar":
            assert ["[ad_1]", "[ad_2]", "المصدر"] <= page["chrome"]
            assert seed_lines[0] in container and container.index("[ad_1]") < container.index("[ad_2]")
            assert container.rstrip().endswith("المصدر</a></p>")
        if page["language"] == "en":
            text = re.sub(r"<[^>]+>", "", container)
            lines = [norm(line) for line in text.splitlines() if norm(line.replace("&nbsp;", ""))]
            assert lines[:2] == ["завжди свіжі новини", "Всі новини, Політика, Світ"]
            assert lines[-1] == "залишити коментар:"


def test_corpus_is_small() -> None:
    total = sum(path.stat().st_size for path in ROOT.rglob("*") if path.is_file())
    assert total < 800_000
