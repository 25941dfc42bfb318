"""Home-page discovery: the feeds a page announces and the usual news sitemap locations."""
from __future__ import annotations

from newsspider.discovery.home import feed_links, is_news_sitemap, robots_url, well_known_news_sitemaps

HOME = """<!doctype html><html><head>
<base href="https://news.example.org/">
<link rel="alternate" type="application/rss+xml" title="Latest" href="/rss/latest.xml">
<link rel="alternate" type="application/atom+xml; charset=utf-8" href="feeds/world.atom">
<link rel="Alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
<link rel="alternate" type="application/rss+xml" href="/?feed=comments-rss2">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="stylesheet" type="text/css" href="/style.css">
<link rel="alternate" type="application/rss+xml" href="/rss/latest.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
</head><body><a href="/rss/other.xml">RSS</a></body></html>"""


def test_feed_links_are_the_announced_article_feeds_in_page_order():
    assert feed_links(HOME, "https://news.example.org/index.html") == [
        "https://news.example.org/rss/latest.xml",
        "https://news.example.org/feeds/world.atom",
    ]


def test_feed_links_of_empty_or_broken_pages_are_none():
    assert feed_links("", "https://x.org/") == []
    assert feed_links("<html><head><link rel=alternate type=application/rss+xml href=/f.xml><body><div><p>cut", "https://x.org/") == [
        "https://x.org/f.xml"]


def test_an_xhtml_home_page_with_its_xml_declaration_announces_its_feeds_as_the_article_links_read_it():
    """The home page is read as the listing pages are (``links.page_document``): lxml refuses a string that
    declares its encoding, and an XHTML home page (``<?xml ... encoding="utf-8"?>``) announced no feed."""
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             '<link rel="alternate" type="application/rss+xml" href="/feed.xml"/></head><body></body></html>')
    assert feed_links(xhtml, "https://x.org/") == ["https://x.org/feed.xml"]


def test_robots_and_well_known_news_sitemaps_are_on_the_home_pages_site():
    assert robots_url("https://x.org/de/start?x=1") == "https://x.org/robots.txt"
    assert well_known_news_sitemaps("https://x.org/de/") == [
        "https://x.org/news-sitemap.xml", "https://x.org/sitemap-news.xml",
        "https://x.org/sitemap_news.xml", "https://x.org/news_sitemap.xml"]


def test_only_news_sitemaps_of_robots_txt_are_followed_from_a_home_page():
    assert is_news_sitemap("https://x.org/sitemaps/google-news.xml")
    assert is_news_sitemap("https://x.org/NewsSitemap.xml")
    assert not is_news_sitemap("https://x.org/sitemap_index.xml")
    assert not is_news_sitemap("https://news.x.org/post-sitemap.xml")  # the host does not count
