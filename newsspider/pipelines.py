"""Item pipelines: thin Scrapy adapters around ``newsspider.extract`` and ``newsspider.stories``.

Order (``ITEM_PIPELINES``): extract (Page -> Article, in worker processes) -> incremental
(seen in an earlier run? too old? over the per-source limit?) -> boilerplate cleaning -> story
detection. The JSONL feed then writes what comes out.
"""
from __future__ import annotations

import logging

from dataclasses import fields

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from functools import partial

from newsspider.dates import is_too_old
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.extract.article import ExtractOptions, extract_article
from newsspider.batching import MicroBatcher
from newsspider.extract.boilerplate import clean_text
from newsspider.state.base import EmittedArticle, LineStatsStore
from newsspider.stories.detector import Prepared, StoryConfig, StoryDetector, StoryInput, prepare_in_worker
from newsspider.items import Article, Page, article_id
from newsspider.urls import resolve_canonical

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
            second_pass=settings.get("NEWSSPIDER_EXTRACT_SECOND_PASS"),
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
    unless ``NEWSSPIDER_REEMIT_MODIFIED`` is on and its ``modified`` date changed. What this run
    emits is recorded as seen once the feed exporter has written it (``item_scraped``): at the
    end of the run, after the output is stored (``StateService.before_close``), so a crash never
    marks an unwritten article as done; at once when other workers share the state (a dead
    worker's requests are fetched again elsewhere, and must find what it wrote).
    """

    def __init__(self, state: StateService, stats, *, max_age_days: float, max_per_source: int,
                 reemit_modified: bool):
        self.state = state
        self.stats = stats
        self.max_age_days = max_age_days
        self.max_per_source = max_per_source
        self.reemit_modified = reemit_modified
        self._per_source: dict[str, int] = {}
        self.emitted: list[EmittedArticle] = []  # written, not yet recorded as seen

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        settings = crawler.settings
        pipeline = cls(StateService.of(crawler), crawler.stats,
                       max_age_days=settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"),
                       max_per_source=settings.getint("NEWSSPIDER_MAX_ARTICLES_PER_SOURCE"),
                       reemit_modified=settings.getbool("NEWSSPIDER_REEMIT_MODIFIED"))
        # Connected after the feed exporter's handler (extensions are built first): it runs once
        # the article is written.
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        pipeline.state.before_close(pipeline.save)
        return pipeline

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

    def item_scraped(self, item, **kwargs) -> None:
        if isinstance(item, Article):
            article = EmittedArticle(item.id, item.canonical_url, item.url, item.modified)
            if self.state.shared:
                self.state.seen.add([article])
            else:
                self.emitted.append(article)

    def save(self) -> None:
        """Record the articles this run wrote as seen (called when its output is stored)."""
        self.state.seen.add(self.emitted)
        logger.info("%d articles recorded as emitted", len(self.emitted))
        self.emitted.clear()


class BoilerplatePipeline:
    """Strip the site chrome trafilatura leaves in the text (``newsspider.extract.boilerplate``).

    Besides the language patterns, lines that recur on many pages of the same source are learned
    as template text and removed; what is learned persists in the state store, so later runs start
    out knowing each site's template. Removals are counted per rule: ``newsspider/boilerplate/<rule>``.
    """

    def __init__(self, pool: WorkerPool, lines: LineStatsStore, stats, *, min_pages: int, min_share: float,
                 refresh_every: int = 50):
        self.pool = pool
        self.lines = lines
        self.stats = stats
        self.min_pages = min_pages
        self.min_share = min_share
        self.refresh_every = refresh_every
        self._template_cache: dict[str, tuple[int, frozenset[str]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BoilerplatePipeline:
        settings = crawler.settings
        pipeline = cls(WorkerPool.of(crawler), StateService.of(crawler).learned_lines, crawler.stats,
                       min_pages=settings.getint("NEWSSPIDER_BOILERPLATE_MIN_PAGES"),
                       min_share=settings.getfloat("NEWSSPIDER_BOILERPLATE_MIN_SHARE"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def process_item(self, item):
        if not isinstance(item, Article):
            return item
        self.lines.observe(item.source, item.id, item.text.split("\n"))  # raw lines: see learned_lines
        job = partial(clean_text, item.text, title=item.title, language=item.language,
                      site_lines=self._template_lines(item.source))
        result = await self.pool.run(job)
        for rule, count in result.removed.items():
            self.stats.inc_value(f"newsspider/boilerplate/{rule}", count)
        if not result.text.strip():
            self.stats.inc_value("newsspider/not_article/only_boilerplate")
            raise DropItem(f"nothing but boilerplate: {item.url}", log_level="INFO")
        item.text = result.text
        return item

    def _template_lines(self, site: str) -> frozenset[str]:
        """Learned lines of ``site``, re-read from the store every ``refresh_every`` articles."""
        age, lines = self._template_cache.get(site, (self.refresh_every, frozenset()))
        if age >= self.refresh_every or (age < self.min_pages and not lines):
            lines = self.lines.template_lines(site, min_pages=self.min_pages, min_share=self.min_share)
            age = 0
        self._template_cache[site] = (age + 1, lines)
        return lines

    def spider_closed(self, spider, reason: str) -> None:
        self.lines.flush()  # the store writes learned-line counts in batches


def story_config(settings) -> StoryConfig:
    """``StoryConfig`` from the ``NEWSSPIDER_STORIES_<FIELD>`` settings (defaults in settings.py)."""
    values = {}
    for field in fields(StoryConfig):
        name = f"NEWSSPIDER_STORIES_{field.name.upper()}"
        if name in settings:
            values[field.name] = type(field.default)(settings.get(name))
    return StoryConfig(**values)


class StoryPipeline:
    """Flag exact, near-duplicate and translated copies of the same story (``newsspider.stories``).

    Fingerprints and embeddings are computed in worker processes, in batches; assignment to a
    story (index lookup, verification, store update) happens here, one article at a time, so that
    two copies arriving together cannot both start a story.
    """

    def __init__(self, pool: WorkerPool, detector: StoryDetector, backend: str | None, stats,
                 batch_size: int = 16, batch_wait: float = 0.2):
        self.pool = pool
        self.detector = detector
        self.backend = backend
        self.stats = stats
        self.batcher: MicroBatcher[StoryInput, Prepared] = MicroBatcher(self._prepare, batch_size, batch_wait)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoryPipeline:
        settings = crawler.settings
        detector = StoryDetector(StateService.of(crawler).stories, None, story_config(settings))
        pipeline = cls(WorkerPool.of(crawler), detector, settings.get("NEWSSPIDER_STORIES_BACKEND") or None,
                       crawler.stats, settings.getint("NEWSSPIDER_STORIES_BATCH_SIZE"),
                       settings.getfloat("NEWSSPIDER_STORIES_BATCH_WAIT"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def _prepare(self, inputs: list[StoryInput]) -> list[Prepared]:
        return await self.pool.run(prepare_in_worker, inputs, self.backend, self.detector.config)

    async def process_item(self, item):
        if not isinstance(item, Article):
            return item
        prepared = await self.batcher.submit(StoryInput(
            id=item.id, text=item.text, title=item.title, language=item.language,
            published=item.published, fetched_at=item.fetched_at))
        assignment = self.detector.assign(prepared)
        item.simhash = assignment.simhash
        item.story_id = assignment.story_id
        item.duplicate_of = assignment.duplicate_of
        item.duplicate_kind = assignment.duplicate_kind
        if assignment.duplicate_kind:
            self.stats.inc_value(f"newsspider/source/{item.source}/duplicates")
        return item

    def spider_closed(self, spider, reason: str) -> None:
        self.detector.flush()
        for key, count in self.detector.stats.items():
            self.stats.set_value(f"newsspider/stories/{key}", count)
