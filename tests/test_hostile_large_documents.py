"""A sitemap of 100,000 URLs (6 MB, over Scrapy's 5 MB SCRAPER_SLOT_MAX_ACTIVE_SIZE) next to
another source: a real ``scrapy crawl news`` on 127.0.0.1.

Scrapy counts a response in its scraper slot until its callback's output is all scheduled, and
starts no download while the slot holds more than SCRAPER_SLOT_MAX_ACTIVE_SIZE: such a document
held back every source's downloads while it was parsed and its 100,000 requests were scheduled,
one event-loop turn each. A feed of 100,000 items (9 MB) with CLOSESPIDER_TIMEOUT=40 ran 111 s and
wrote nothing, not the 10 real articles at its top, nor the other source's
(/tmp/runint7-probe2.py). A feed of that size takes feedparser ~30 s under load; the sitemap here
is parsed in ~7 s.
"""
from __future__ import annotations

import time
from pathlib import Path

from newsspider.outcome import EXIT_LIMIT
from tests.crawl import run_crawl
from tests.static_site import StaticSite, write_news_site

LINKS = 100_000
CAP = 300  # NEWSSPIDER_DOCUMENT_MAX_LINKS for the test: fewer 404s to fetch than the default 5000
TIME_LIMIT = 60  # CLOSESPIDER_TIMEOUT: without the fix the run ends here, with nothing of the sitemap's


def test_a_huge_sitemap_neither_stalls_another_source_nor_buries_its_own_articles(tmp_path: Path) -> None:
    with StaticSite(tmp_path / "site") as site:
        urls = write_news_site(site.root, site.base_url, 20)
        real, other = urls[:10], urls[10:]
        (site.root / "other.xml").write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Other</title>'
            + "".join(f"<item><title>Other {n}</title><link>{url}</link></item>" for n, url in enumerate(other))
            + "</channel></rss>", encoding="utf-8")
        locs = [*real, *(f"{site.base_url}/gone/{n}.html" for n in range(LINKS))]
        (site.root / "big.xml").write_text(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>", encoding="utf-8")
        assert (site.root / "big.xml").stat().st_size > 5_000_000  # over Scrapy's default slot size
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "council"\nsitemaps = ["{site.base_url}/big.xml"]\n\n'
                           f'[[source]]\nname = "other"\nfeeds = ["{site.base_url}/other.xml"]\n', encoding="utf-8")
        started = time.monotonic()
        result = run_crawl(sources, tmp_path, settings={
            "NEWSSPIDER_DOCUMENT_MAX_LINKS": str(CAP), "CLOSESPIDER_TIMEOUT": str(TIME_LIMIT),
            "NEWSSPIDER_STORIES_BACKEND": "none", "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"})
        elapsed = time.monotonic() - started
        gone_fetched = sum("/gone/" in path for path, _headers in site.requests)
    written = {record["url"] for record in result.records}
    assert result.returncode != EXIT_LIMIT, result.log[-3000:]
    assert set(other) <= written, "the other source was starved"
    assert set(real) <= written, "the sitemap's own articles were buried"
    assert elapsed < TIME_LIMIT
    assert gone_fetched <= CAP
    assert result.stats["newsspider/source/council/links_over_cap"] == len(locs) - CAP
    assert result.report["sources"]["council"]["links_over_cap"] == len(locs) - CAP
    assert f"lists {len(locs)} article links: following the newest {CAP}" in result.log
