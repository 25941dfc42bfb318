"""Size and depth limits of discovery: the one home of their defaults.

The parsers use them as defaults and ``settings.py`` exposes them as ``NEWSSPIDER_FEED_MAX_BYTES``,
``NEWSSPIDER_SITEMAP_MAX_BYTES`` and ``NEWSSPIDER_SITEMAP_MAX_DEPTH``. This module imports nothing,
so the settings module can read it without loading the parsers.
"""

FEED_MAX_BYTES = 10 * 1024 * 1024
"""A larger feed is rejected (no real feed comes near it; a hostile one could)."""

SITEMAP_MAX_BYTES = 50 * 1024 * 1024
"""Cap on a sitemap, checked on the body and again after gzip decompression (the sitemaps.org limit)."""

SITEMAP_MAX_DEPTH = 3
"""Sitemap index nesting followed at most (robots.txt -> index -> index -> urlset)."""

DOCUMENT_MAX_LINKS = 5000
"""Article links one feed, sitemap or listing page is followed for, after its too-old links are
dropped; the newest are kept (undated last, in document order). A callback keeps its response in
Scrapy's scraper slot until every request it yields is scheduled, about a millisecond each: 100,000
links stalled a crawl for minutes. Five times the default ``max_articles``; a Google News sitemap
holds at most 1,000, a real feed a few hundred; the sitemaps.org limit of 50,000 is an archive."""
