"""From a site's home page to its feeds and news sitemaps.

A user often knows only a news site's address. Sites announce their feeds in the home page's
``<link rel="alternate" type="application/rss+xml">`` elements (the RSS autodiscovery convention),
their sitemaps in robots.txt, and Google News sitemaps usually sit at one of a few well-known paths.
This module finds the candidates; the spider requests them and keeps what answers.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsspider.discovery.links import page_document
from newsspider.discovery.xmlsafety import absolute_http_url

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
NEWS_SITEMAP_PATHS = ("/news-sitemap.xml", "/sitemap-news.xml", "/sitemap_news.xml", "/news_sitemap.xml")
"""Where news sitemaps usually are when robots.txt does not name one (WordPress, Yoast, Drupal,
Rank Math and most newspaper CMSs use one of these)."""
# A comment feed lists comments, not articles ("/comments/feed/", "?feed=comments-rss2").
_COMMENT_FEED = re.compile(r"(?:^|[/=_-])comments?(?:$|[/_-]|-rss)", re.IGNORECASE)
_NEWS_WORD = re.compile(r"news", re.IGNORECASE)


def feed_links(html: str, page_url: str) -> list[str]:
    """Feed URLs the page announces with ``<link rel="alternate">``, in page order, comment
    feeds left out. Honours ``<base href>``; broken markup gives what could be parsed. Read as the
    listing pages are (:func:`newsspider.discovery.links.page_document`)."""
    page = page_document(html, page_url)
    if page is None:
        return []
    root, base = page
    found: list[str] = []
    taken: set[str] = set()  # what found holds: a page of 10,000 feed links searched the list for each
    for element in root.iter("link"):
        rels = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = absolute_http_url(element.get("href"), base)
        if url and url not in taken and not _is_comment_feed(url, element.get("title") or ""):
            found.append(url)
            taken.add(url)
    return found


def _is_comment_feed(url: str, title: str) -> bool:
    parts = urlsplit(url)
    return bool(_COMMENT_FEED.search(parts.path) or _COMMENT_FEED.search(parts.query)
                or re.search(r"\bcomments?\b", title, re.IGNORECASE))


def robots_url(home_url: str) -> str:
    """The robots.txt of the home page's site."""
    parts = urlsplit(home_url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def well_known_news_sitemaps(home_url: str) -> list[str]:
    """The usual news sitemap locations on the home page's site."""
    parts = urlsplit(home_url)
    return [f"{parts.scheme}://{parts.netloc}{path}" for path in NEWS_SITEMAP_PATHS]


def is_news_sitemap(url: str) -> bool:
    """Whether a sitemap URL (from robots.txt) names a news sitemap rather than the site's whole
    archive: a home-page crawl follows only those, since archives list years of old pages (a site
    whose news sitemap has another name is given with ``sitemaps = [...]``)."""
    return bool(_NEWS_WORD.search(urlsplit(url).path))
