"""Incremental pipeline: each article emitted once across runs, within the run's limits."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.dates import is_too_old, parse_timestamp
from newsspider.extensions.state import StateService
from newsspider.items import Article
from newsspider.sources import Source
from newsspider.state.base import EmittedArticle

logger = logging.getLogger(__name__)


class IncrementalPipeline:
    """Emit each article once across runs, within the run's age and per-source limits.

    The age and per-source limits are the source's own (``max_age_days``, ``max_articles`` in the
    sources file) where it sets them. An article emitted by an earlier run is dropped (``newsspider/source/<name>/skipped_seen``)
    unless ``NEWSSPIDER_REEMIT_MODIFIED`` is on and its ``modified`` date changed. What this run
    emits is recorded as seen once the feed exporter has written it (``item_scraped``): at the
    end of the run, after the output is stored (``StateService.before_close``), so a crash never
    marks an unwritten article as done; at once when other workers share the state (a dead
    worker's requests are fetched again elsewhere, and must find what it wrote).
    """

    def __init__(self, state: StateService, stats, *, max_age_days: float, max_per_source: int,
                 reemit_modified: bool, sources: Mapping[str, Source] | None = None):
        self.state = state
        self.sources = sources if sources is not None else {}
        self.stats = stats
        self.max_age_days = max_age_days
        self.max_per_source = max_per_source
        self.reemit_modified = reemit_modified
        self._per_source: dict[str, int] = {}
        self.emitted: list[EmittedArticle] = []  # written, not yet recorded as seen

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        """The pipeline on the crawl's state service, with its age and per-source limits."""
        settings = crawler.settings
        pipeline = cls(StateService.of(crawler), crawler.stats,
                       max_age_days=settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"),
                       max_per_source=settings.getint("NEWSSPIDER_MAX_ARTICLES_PER_SOURCE"),
                       reemit_modified=settings.getbool("NEWSSPIDER_REEMIT_MODIFIED"),
                       sources=getattr(crawler.spider, "sources", None))
        # Connected after the feed exporter's handler (extensions are built first): it runs once
        # the article is written.
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        pipeline.state.before_close(pipeline.save)
        return pipeline

    def process_item(self, item):
        """Drop an article emitted by an earlier run (unless modified), too old, or over its source's limit."""
        if not isinstance(item, Article):
            return item
        emitted_before, modified_then = self.state.seen.modified_of(item.id)
        if emitted_before and not (self.reemit_modified and item.modified and item.modified != modified_then):
            self._drop(item, "skipped_seen", "already emitted by an earlier run")
        source = self.sources.get(item.source)
        max_age = self.max_age_days if source is None or source.max_age_days is None else source.max_age_days
        # against the fetch time: the same as now for a page just fetched, the capture's date for an archived one
        if is_too_old(item.published, max_age, now=fetched_moment(item.fetched_at)):
            self._drop(item, "skipped_too_old", f"published {item.published}, older than the age limit")
        limit = self.max_per_source if source is None or source.max_articles is None else source.max_articles
        count = self._per_source.get(item.source, 0)
        if limit and count >= limit:
            self._drop(item, "over_limit", f"source reached {limit} articles")
        self._per_source[item.source] = count + 1
        return item

    def _drop(self, item: Article, key: str, why: str):
        self.stats.inc_value(f"newsspider/source/{item.source}/{key}")
        raise DropItem(f"{why}: {item.url}", log_level="DEBUG")

    def item_scraped(self, item, **kwargs) -> None:
        """Remember a written article: at once in a shared (Redis) state, else at ``save``."""
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


def fetched_moment(fetched_at: str | None) -> datetime | None:
    """The fetch time of a record (None, i.e. now, when it has none)."""
    stamp = parse_timestamp(fetched_at)
    return stamp.moment if stamp is not None and stamp.has_offset else None
