"""Incremental pipeline: each article emitted once across runs, within the run's limits."""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from newsspider.dates import is_too_old, parse_timestamp
from newsspider.discovery.budget import article_limit
from newsspider.discovery.canonical import article_key, key_digest
from newsspider.discovery.follow import age_limit
from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.state import StateService
from newsspider.items import Article
from newsspider.outcome import source_key
from newsspider.signals import articles_lost, items_committed
from newsspider.sources import Source
from newsspider.state.base import EmittedArticle

logger = logging.getLogger(__name__)


class IncrementalPipeline:
    """Emit each article once across runs, within the run's age and per-source limits.

    The age and per-source limits are the source's own (``max_age_days``, ``max_articles`` in the
    sources file) where it sets them. The per-source limit is applied here only when the spider has
    no article budget (``newsspider.discovery.budget``: a distributed crawl, a WARC input); with one,
    no more articles are requested than may be written, and an article dropped after this stage
    (only boilerplate) must leave its place to another. An article emitted by an earlier run is dropped
    (``newsspider/source/<name>/skipped_seen``) unless ``NEWSSPIDER_REEMIT_ALL`` is on (every
    article is emitted again) or ``NEWSSPIDER_REEMIT_MODIFIED`` is on and its ``modified`` date
    changed. What this run emits is recorded as seen only once the output has made it durable
    (``newsspider.signals.items_committed``, sent at each commit point of
    ``extensions.feed_output.FeedOutput``): a crash never marks an unwritten article as done,
    and in a distributed crawl a dead worker's requests, fetched again elsewhere, find what it
    wrote. A crawl with no output records nothing. Each article is recorded with the digest of its
    ``article_key`` as extracted (taken here, before the boilerplate stage trims learned title
    suffixes): the key a later run's extraction of another page is compared with
    (``discovery.canonical.ArticleAddresses``).
    """

    def __init__(self, state: StateService, stats: StatsCollector, *, max_age_days: float, max_per_source: int,
                 reemit_modified: bool, sources: Mapping[str, Source] | None = None, reemit_all: bool = False,
                 limits: bool = True):
        self.state = state
        self.sources = sources if sources is not None else {}
        self.stats = stats
        self.max_age_days = max_age_days
        self.max_per_source = max_per_source
        self.reemit_modified = reemit_modified
        self.reemit_all = reemit_all
        self.limits = limits  # the per-source limit, unless the spider's article budget keeps it
        self._per_source: dict[str, int] = {}
        self._keys: dict[str, str] = {}  # article id -> key digest, until the output commits it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        """The pipeline on the crawl's state service, recording what the output commits."""
        settings = crawler.settings
        budgeted = getattr(crawler.spider, "budget", None) is not None
        pipeline = cls(StateService.of(crawler), crawler.stats,
                       max_age_days=settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"),
                       max_per_source=settings.getint("NEWSSPIDER_MAX_ARTICLES_PER_SOURCE"),
                       reemit_modified=settings.getbool("NEWSSPIDER_REEMIT_MODIFIED"),
                       sources=getattr(crawler.spider, "sources", None),
                       reemit_all=settings.getbool("NEWSSPIDER_REEMIT_ALL"), limits=not budgeted)
        crawler.signals.connect(pipeline.items_committed, signal=items_committed)
        crawler.signals.connect(pipeline.articles_lost, signal=articles_lost)
        for signal in (signals.item_dropped, signals.item_error):
            crawler.signals.connect(pipeline.item_not_written, signal=signal)
        if crawler.get_extension(FeedOutput) is None:
            logger.warning("no output is configured (no -o, -O or FEEDS, and NEWSSPIDER_DEFAULT_FEED is empty): "
                           "no article is written, and none is recorded as emitted")
        return pipeline

    def process_item(self, item: Any) -> Any:
        """``item``, or ``DropItem`` when it was emitted before, is too old, or is over its source's limit."""
        if not isinstance(item, Article):
            return item
        if not self.reemit_all:
            emitted_before, modified_then = self.state.seen.modified_of(item.id)
            if emitted_before and not (self.reemit_modified and item.modified and item.modified != modified_then):
                self._drop(item, "skipped_seen", "already emitted by an earlier run")
        source = self.sources.get(item.source)
        max_age = age_limit(None if source is None else source.max_age_days, self.max_age_days)
        # against the fetch time: the same as now for a page just fetched, the capture's date for an archived one
        if is_too_old(item.published, max_age, now=fetched_moment(item.fetched_at)):
            self._drop(item, "skipped_too_old", f"published {item.published}, older than the age limit")
        if self.limits:
            limit = article_limit(None if source is None else source.max_articles, self.max_per_source)
            count = self._per_source.get(item.source, 0)
            if limit and count >= limit:
                self._drop(item, "over_limit", f"source reached {limit} articles")
            self._per_source[item.source] = count + 1
        self._keys[item.id] = key_digest(article_key(item.title, item.text))
        return item

    def _drop(self, item: Article, key: str, why: str):
        self.stats.inc_value(source_key(item.source, key))
        raise DropItem(f"{why}: {item.url}", log_level="DEBUG")

    def items_committed(self, items: list, **kwargs) -> None:
        """Record the articles the output has made durable as emitted. A state store failing now, or
        failed earlier in the run, was logged once and stopped the run (``StateService.failed``): the
        articles stay in the output journal for the next run to record (``FeedOutput``)."""
        articles = [EmittedArticle(item.id, item.canonical_url, item.url, item.modified, self._keys.pop(item.id, None))
                    for item in items if isinstance(item, Article)]
        if articles:
            self._change_seen(lambda: self.state.seen.add(articles), "newsspider/state/recorded_emitted", len(articles))

    def item_not_written(self, item: Any, **kwargs) -> None:
        """An article dropped or failed in a later stage is not written: its key goes."""
        if isinstance(item, Article):
            self._keys.pop(item.id, None)

    def articles_lost(self, article_ids: list[str], **kwargs) -> None:
        """Forget articles recorded as emitted whose output file was lost: the next run writes them.
        A failed state store was logged once (``items_committed``); the journal notes of a hidden
        ``.part`` file make the next run forget them (``recover_outputs``); an appended file's are
        left recorded, as after a kill."""
        self._change_seen(lambda: self.state.seen.forget(article_ids), "newsspider/state/forgotten_lost",
                          len(article_ids))

    def _change_seen(self, change: Callable[[], object], counter: str, count: int) -> None:
        """Make ``change`` to the emitted articles and add ``count`` to the stats' ``counter``; a
        state store that failed and stopped the run was logged once (``StateService.stopped_by``)."""
        try:
            change()
        except Exception as exc:
            if not self.state.stopped_by(exc):
                raise
            return
        self.stats.inc_value(counter, count)


def fetched_moment(fetched_at: str | None) -> datetime | None:
    """The fetch time of a record (None, i.e. now, when it has none)."""
    stamp = parse_timestamp(fetched_at)
    return stamp.moment if stamp is not None and stamp.has_offset else None
