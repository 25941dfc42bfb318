"""One page whose extraction runs for minutes among a site's articles: a real ``scrapy crawl news``
on 127.0.0.1.

trafilatura's reading of some page shapes grows with the square of the page (bench.pathological:
25,000 sibling paragraphs took 161 s to extract, a table of 12,400 cells 31 s, 10,000 one-line
paragraphs 52 s). Without a limit the worker held by such a page is lost to the crawl until it
ends, and the crawl cannot end before it; with ``NEWSSPIDER_WORKER_TIMEOUT`` the page fails
(counted, the source's error) and the worker is replaced, so the other articles are written and
the run ends in seconds.
"""
from __future__ import annotations

import time
from pathlib import Path

from bench.pathological import siblings
from tests.crawl import run_crawl
from tests.static_site import StaticSite, write_news_site

TIMEOUT = 5  # NEWSSPIDER_WORKER_TIMEOUT for the test
RUNAWAY_PARAGRAPHS = 16_000  # bench.pathological.siblings: about 20 s of CPU to extract (6,000: 3 s)


def test_a_page_whose_extraction_runs_away_fails_alone_and_the_crawl_ends(tmp_path: Path) -> None:
    with StaticSite(tmp_path / "site") as site:
        urls = write_news_site(site.root, site.base_url, 6)
        runaway = f"{site.base_url}/news/runaway.html"
        (site.root / "news" / "runaway.html").write_text(siblings(RUNAWAY_PARAGRAPHS), encoding="utf-8")
        items = "".join(f"<item><title>Item {n}</title><link>{url}</link></item>" for n, url in enumerate([runaway, *urls]))
        (site.root / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
                                           f'{items}</channel></rss>', encoding="utf-8")
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "council"\nfeeds = ["{site.base_url}/rss.xml"]\n', encoding="utf-8")
        started = time.monotonic()
        result = run_crawl(sources, tmp_path, timeout=120, settings={
            "NEWSSPIDER_WORKER_TIMEOUT": str(TIMEOUT), "NEWSSPIDER_STORIES_BACKEND": "none",
            "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"})
        elapsed = time.monotonic() - started
    assert {record["url"] for record in result.records} == set(urls), result.log[-3000:]
    assert result.stats["newsspider/workers/timed_out"] == 1
    assert result.stats["newsspider/extract/failed"] == 1
    assert f"ran the job for over {TIMEOUT} s" in result.log
    assert elapsed < 90  # the runaway page alone would hold it longer on a loaded machine
