"""Item pipelines: thin Scrapy adapters around ``newsspider.extract`` and ``newsspider.stories``.

Order (``ITEM_PIPELINES``): extract (Page -> Article, in worker processes) -> incremental
(seen in an earlier run? too old? over the per-source limit?) -> boilerplate cleaning -> story
detection. The JSONL feed then writes what comes out.
"""
from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.dates import is_too_old
from newsspider.extensions import RunState
from newsspider.extract.article import ExtractOptions, extract_article
from newsspider.items import Article, Page, article_id
from newsspider.urls import resolve_canonical
from newsspider.workers import WorkerPool

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Turn a fetched ``Page`` into an ``Article``, or drop it (counted) when it is not one."""

    def __init__(self, pool: WorkerPool, options: ExtractOptions, stats):
        self.pool = pool
        self.options = options
        self.stats = stats
        self._emitted_ids: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        settings = crawler.settings
        options = ExtractOptions(
            min_text_chars=settings.getint("NEWSSPIDER_MIN_TEXT_CHARS"),
            min_language_confidence=settings.getfloat("NEWSSPIDER_LANGUAGE_MIN_CONFIDENCE"),
        )
        return cls(WorkerPool.of(crawler), options, crawler.stats)

    async def process_item(self, item):
        if not isinstance(item, Page):
            return item
        try:
            extraction = await self.pool.run(extract_article, item.html, item.url, item.hints,
                                             item.source_language, self.options)
        except Exception as exc:  # a worker crash or an extractor bug: lose this page, not the crawl
            self.stats.inc_value("newsspider/extract/failed")
            logger.error("extraction failed for %s: %r", item.url, exc)
            raise DropItem(f"extraction failed: {item.url}", log_level="ERROR") from exc
        if extraction.fields is None:
            self.stats.inc_value(f"newsspider/not_article/{extraction.reason}")
            raise DropItem(f"not an article ({extraction.reason}): {item.url}", log_level="INFO")
        if extraction.via_jsonld:
            self.stats.inc_value("newsspider/extract/jsonld_fallback")
        fields = dict(extraction.fields)
        canonical = resolve_canonical(item.url, fields.pop("canonical"))
        identifier = article_id(canonical)
        if identifier in self._emitted_ids:
            self.stats.inc_value("newsspider/duplicates/same_url")
            raise DropItem(f"already emitted in this run under its canonical URL: {item.url}", log_level="DEBUG")
        self._emitted_ids.add(identifier)
        self.stats.inc_value(f"newsspider/source/{item.source}/articles")
        return Article(id=identifier, url=item.url, canonical_url=canonical, source=item.source,
                       fetched_at=item.fetched_at, story_id=identifier, **fields)


class IncrementalPipeline:
    """Emit each article once across runs, within the run's age and per-source limits.

    An article emitted by an earlier run is dropped (``newsspider/source/<name>/skipped_seen``)
    unless ``NEWSSPIDER_REEMIT_MODIFIED`` is on and its ``modified`` date changed.
    """

    def __init__(self, state: RunState, stats, *, max_age_days: float, max_per_source: int, reemit_modified: bool):
        self.state = state
        self.stats = stats
        self.max_age_days = max_age_days
        self.max_per_source = max_per_source
        self.reemit_modified = reemit_modified
        self._per_source: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        settings = crawler.settings
        return cls(RunState.of(crawler), crawler.stats,
                   max_age_days=settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"),
                   max_per_source=settings.getint("NEWSSPIDER_MAX_ARTICLES_PER_SOURCE"),
                   reemit_modified=settings.getbool("NEWSSPIDER_REEMIT_MODIFIED"))

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        emitted_before, modified_then = self.state.seen.modified_of(item.id)
        if emitted_before and not (self.reemit_modified and item.modified and item.modified != modified_then):
            self._drop(item, "skipped_seen", "already emitted by an earlier run")
        if is_too_old(item.published, self.max_age_days):
            self._drop(item, "skipped_too_old", f"published {item.published}, older than the age limit")
        count = self._per_source.get(item.source, 0)
        if self.max_per_source and count >= self.max_per_source:
            self._drop(item, "over_limit", f"source reached {self.max_per_source} articles")
        self._per_source[item.source] = count + 1
        return item

    def _drop(self, item: Article, key: str, why: str):
        self.stats.inc_value(f"newsspider/source/{item.source}/{key}")
        raise DropItem(f"{why}: {item.url}", log_level="DEBUG")
