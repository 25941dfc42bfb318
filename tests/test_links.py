"""article_links / looks_like_article_url: which anchors on a listing page are articles."""
from __future__ import annotations

import pytest

from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.links import article_links, listing_links, looks_like_article_url

PAGE = "https://www.example.com/world/"
ARABIC_SLUG = "/ar/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A-%D8%A7%D9%84%D9%8A%D9%88%D9%85"
HINDI_SLUG = "/hi/%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%9A%E0%A5%81%E0%A4%A8%E0%A4%BE%E0%A4%B5"

LISTING = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>World</title></head><body>
<nav>
  <a href="/">Home</a> <a href="/world/">World</a> <a href="/sport">Sport</a>
  <a href="/tag/elections">Elections</a> <a href="/author/jane-doe">Jane</a>
  <a href="/world/page/2">Next</a> <a href="/world/?page=3">3</a>
  <a href="/login">Log in</a> <a href="/search?q=x">Search</a> <a href="/feed">RSS</a>
  <a href="mailto:desk@example.com">Mail</a> <a href="javascript:void(0)">Menu</a>
  <a href="/privacy-policy">Privacy</a> <a href="/about">About</a>
</nav>
<main>
  <a href="/world/2024/05/12/talks-resume#top"><img src="/img/talks.jpg" alt=""></a>
  <a href="/world/2024/05/12/talks-resume">
      Talks   resume
      in Geneva</a>
  <a href="https://example.com/world/europe-68123456">Europe story</a>
  <a href="https://live.example.com/world/floods-hit-coastal-towns">Floods</a>
  <a href="{ARABIC_SLUG}">العالم العربي اليوم</a>
  <a href="https://other-site.com/world/2024/05/12/talks-resume">Elsewhere</a>
  <a href="/files/report-on-the-talks.pdf">PDF</a>
  <a href="#comments">Comments</a>
  <a href="">Empty</a>
</main></body></html>"""


def test_listing_page_selects_same_site_articles_in_order_with_titles():
    assert article_links(LISTING, PAGE) == [
        DiscoveredLink("https://www.example.com/world/2024/05/12/talks-resume", title="Talks resume in Geneva"),
        DiscoveredLink("https://example.com/world/europe-68123456", title="Europe story"),
        DiscoveredLink("https://live.example.com/world/floods-hit-coastal-towns", title="Floods"),
        DiscoveredLink("https://www.example.com" + ARABIC_SLUG, title="العالم العربي اليوم"),
    ]


def test_bytes_input_decoded_from_meta_charset():
    body = LISTING.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256")
    titles = [link.title for link in article_links(body, PAGE)]
    assert "العالم العربي اليوم" in titles


def test_bytes_without_declared_charset_decoded_as_utf8():
    body = f'<a href="{ARABIC_SLUG}">العالم العربي</a>'.encode()
    assert article_links(body, PAGE)[0].title == "العالم العربي"


def test_invalid_bytes_and_malformed_html_tolerated():
    body = b'<html><body><div><a href="/news/a-broken-page-story">Broken \xff\xfe title<p></div></a>'
    (link,) = article_links(body, PAGE)
    assert link.url == "https://www.example.com/news/a-broken-page-story"


def test_xhtml_with_xml_declaration_parsed():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><a href="/news/one-more-story">x</a></body></html>'
    assert [link.url for link in article_links(html, PAGE)] == ["https://www.example.com/news/one-more-story"]


def test_base_href_honoured():
    html = '<html><head><base href="https://www.example.com/archive/"></head><body><a href="long-read-on-climate">x</a></body></html>'
    assert article_links(html, PAGE)[0].url == "https://www.example.com/archive/long-read-on-climate"


def test_page_itself_and_empty_document_excluded():
    assert article_links('<a href="https://ex.com/news/the-page-itself#x">self</a>', "https://ex.com/news/the-page-itself") == []
    assert article_links(b"", PAGE) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/world/2024/05/12/talks-resume",
        "https://www.example.com/2024/05/12/x",
        "https://www.example.com/world/2024/may/12/guardian-style",
        "https://www.example.com/news/20240512/story",
        "https://www.example.com/news/world-middle-east-68123456",
        "https://www.example.com/video/12345",
        "https://www.example.com/?p=12345",
        "https://www.example.com/news/a-big-story-here",
        "https://www.example.com/news/a_big_story_here/",
        "https://www.example.com/news/story.html",
        "https://www.example.com/news/markets-rally.php",
        "https://www.example.com" + ARABIC_SLUG,
        "https://www.example.com" + HINDI_SLUG,
        "https://www.example.com/zh/中国经济增长放缓的原因",
        "https://example.com/world/bare-host-same-site",
        "https://live.example.com/world/subdomain-same-site",
    ],
)
def test_article_urls_accepted(url):
    assert looks_like_article_url(url, PAGE)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/",
        "https://www.example.com/world/",
        "https://www.example.com/sport",
        "https://www.example.com/news/world",
        "https://www.example.com/world.html",
        "https://www.example.com/news/index.html",
        "https://www.example.com/2024/05/12/",
        "https://www.example.com/2024/05/",
        "https://www.example.com/events-2024",
        "https://www.example.com/tag/war-in-europe-now",
        "https://www.example.com/tags/war",
        "https://www.example.com/category/world-news-today",
        "https://www.example.com/categories/x",
        "https://www.example.com/topic/climate-change-news",
        "https://www.example.com/author/jane-mary-doe",
        "https://www.example.com/news/page/2",
        "https://www.example.com/world/2024/05/page/2",
        "https://www.example.com/news/latest-world-news?page=3",
        "https://www.example.com/news/latest-world-news?sort=new&page=3",
        "https://www.example.com/login",
        "https://www.example.com/signin",
        "https://www.example.com/register",
        "https://www.example.com/account/my-saved-articles",
        "https://www.example.com/subscribe",
        "https://www.example.com/search?q=long-search-term",
        "https://www.example.com/feed",
        "https://www.example.com/rss",
        "https://www.example.com/news/sitemap-2024-05-12.xml",
        "https://www.example.com/img/a-nice-photo-12345.jpg",
        "https://www.example.com/files/annual-report-2024.pdf",
        "https://www.example.com/static/site-main-bundle.css",
        "https://www.example.com/static/site-main-bundle.js",
        "https://www.example.com/dl/all-the-data.zip",
        "https://www.example.com/privacy",
        "https://www.example.com/terms",
        "https://www.example.com/contact",
        "https://www.example.com/about",
        "mailto:desk@example.com",
        "javascript:void(0)",
        "ftp://www.example.com/world/a-b-c",
        "https://other-site.com/world/2024/05/12/talks-resume",
        "https://example.co.uk/world/2024/05/12/talks-resume",
    ],
)
def test_non_article_urls_rejected(url):
    assert not looks_like_article_url(url, PAGE)


def test_public_suffix_aware_same_site():
    page = "https://www.bbc.co.uk/news"
    assert looks_like_article_url("https://news.bbc.co.uk/news/world-68123456", page)
    assert not looks_like_article_url("https://www.itv.co.uk/news/world-68123456", page)


def test_localhost_sites_compared_by_host():
    page = "http://127.0.0.1:8000/"
    assert looks_like_article_url("http://127.0.0.1:8000/news/local-test-story", page)
    assert not looks_like_article_url("http://localhost:8000/news/local-test-story", page)


SECTION_PAGE = """<html><body>
<a href="/world/europe/">Europe</a> <a href="/world/page/2/">2</a> <a href="/world/?page=3">3</a>
<a href="/sport/">Sport</a> <a href="/world/2024/05/01/big-story-here">A story</a>
<a href="/world/tag/eu/">EU</a> <a href="https://other.org/world/x/">x</a> <a href="/world/">World</a>
<a href="/world/feed.xml">RSS</a> <a href="/world/search?q=x">Search</a> <a href="/world/europe/#top">Top</a>
</body></html>"""


def test_listing_links_are_the_pages_pagination_and_sub_sections_only():
    assert listing_links(SECTION_PAGE, "https://ex.org/world/") == [
        "https://ex.org/world/europe/", "https://ex.org/world/page/2/", "https://ex.org/world/?page=3"]


def test_listing_links_of_a_page_file_stay_in_its_folder():
    html = '<a href="/world/page/2.html">2</a><a href="/world/asia/">Asia</a><a href="/index.html">Home</a>'
    assert listing_links(html, "https://ex.org/world/index.html") == [
        "https://ex.org/world/page/2.html", "https://ex.org/world/asia/"]
