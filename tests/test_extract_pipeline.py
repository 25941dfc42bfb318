"""The extraction boundary: ExtractPipeline maps an ExtractedArticle to the record, field by field."""
from __future__ import annotations

import asyncio
import dataclasses
from collections import Counter

import pytest
from scrapy.exceptions import DropItem

from newsspider.extract.article import ExtractOptions
from newsspider.items import Article, Page
from newsspider.pipelines.boilerplate import BoilerplatePipeline
from newsspider.pipelines.extract import ExtractPipeline
from newsspider.state.learned_lines import SiteLineThresholds
from tests.test_extract_article import article_page


class InlinePool:
    """Runs a job in this process (the pipelines' worker pool, without the processes)."""

    def __init__(self):
        self.jobs = []

    async def run(self, function, *args, priority=0):
        self.jobs.append((function, args))
        return function(*args)


class Stats:
    def __init__(self):
        self.values: Counter[str] = Counter()
        self.set: dict = {}

    def inc_value(self, key, count=1, start=0):
        self.values[key] += count

    def get_value(self, key, default=None):
        return self.set.get(key, self.values.get(key, default))

    def set_value(self, key, value):
        self.set[key] = value


class FailingPool:
    """A worker pool whose every job fails (a worker that cannot load the language model)."""

    async def run(self, function, *args, priority=0):
        raise OSError(27, "File too large")


def fetched(html: str, url: str = "https://x.org/tram-line-extended?utm_source=rss") -> Page:
    return Page(url=url, body=html.encode(), encoding="utf-8", source="example", fetched_at="2024-03-05T10:00:00+00:00")


def test_an_extracted_article_becomes_the_record_with_its_site_name_and_page_type_counted():
    head = ("<meta property='og:type' content='article'><meta property='og:site_name' content='Valley Gazette'>"
            "<meta property='article:published_time' content='2024-03-05T08:30:00+01:00'>")
    stats = Stats()
    item = asyncio.run(ExtractPipeline(InlinePool(), ExtractOptions(), stats).process_item(
        fetched(article_page(head=head))))
    assert isinstance(item, Article)
    assert item.site_name == "Valley Gazette" and item.published == "2024-03-05T08:30:00+01:00"
    assert item.canonical_url == "https://x.org/tram-line-extended" and item.story_id == item.id
    assert set(dataclasses.asdict(item)) == {field.name for field in dataclasses.fields(Article)}
    assert stats.values["newsspider/page_type/declared"] == 1


def test_no_date_after_the_fetch_time_is_the_pages():
    """The fetch time reaches the extraction in the worker: a page fetched (archived) before the
    time its metadata states was not published then."""
    head = "<meta property='og:type' content='article'><meta property='article:published_time' content='%s'>"
    pipeline = ExtractPipeline(InlinePool(), ExtractOptions(), Stats())
    before = asyncio.run(pipeline.process_item(fetched(article_page(head=head % "2024-03-05T08:30:00+01:00"))))
    after = asyncio.run(pipeline.process_item(fetched(article_page(head=head % "2024-03-09T08:30:00+01:00"),
                                                      url="https://x.org/another")))
    assert before.published == "2024-03-05T08:30:00+01:00" and after.published != "2024-03-09T08:30:00+01:00"


def test_a_page_that_is_not_an_article_is_dropped_with_its_reason_counted():
    stats = Stats()
    with pytest.raises(DropItem):
        asyncio.run(ExtractPipeline(InlinePool(), ExtractOptions(), stats).process_item(fetched("")))
    assert stats.values["newsspider/not_article/empty_page"] == 1


def test_the_cleaner_gets_the_site_name():
    class Lines:
        def observe(self, *args):
            pass

        def template_lines(self, *args, **kwargs):
            return frozenset()

    pool = InlinePool()
    item = asyncio.run(ExtractPipeline(InlinePool(), ExtractOptions(), Stats()).process_item(
        fetched(article_page(head="<meta property='og:site_name' content='Valley Gazette'>"))))
    thresholds = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1,
                                    short_min_share=0.25)
    asyncio.run(BoilerplatePipeline(pool, Lines(), Stats(), thresholds=thresholds).process_item(item))
    (job, _), = pool.jobs
    # the page's language picks only the CLDR units a reading time is read with (every language's
    # phrase patterns apply to every text: chrome is often in the site's language, not the story's)
    assert job.keywords["site_name"] == "Valley Gazette" and job.keywords["language"] == item.language == "en"


def test_a_page_whose_extraction_fails_is_an_error_of_its_source_with_its_reason():
    """It was counted only as newsspider/extract/failed: the source had errors=0, so its feeds'
    validators were saved and the next run's 304 never brought the page back."""
    stats = Stats()
    with pytest.raises(DropItem):
        asyncio.run(ExtractPipeline(FailingPool(), ExtractOptions(), stats).process_item(fetched("<p>x</p>")))
    assert stats.values["newsspider/extract/failed"] == 1
    assert stats.values["newsspider/source/example/errors"] == 1
    assert stats.values["newsspider/source/example/errors/extract"] == 1
    assert stats.set["newsspider/source/example/error_reasons"] == [{
        "stage": "extract", "url": "https://x.org/tram-line-extended?utm_source=rss",
        "reason": "OSError(27, 'File too large')"}]
