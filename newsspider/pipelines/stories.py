"""Story pipeline: exact, near-duplicate and translated copies of one story flagged (``newsspider.stories``)."""
from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.batching import MicroBatcher
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.items import Article
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import Prepared, StoryDetector, StoryInput, prepare_in_worker
from newsspider.stories.embed import backend_setting


class StoryPipeline:
    """Flag exact, near-duplicate and translated copies of the same story (``newsspider.stories``),
    with the article each copy was matched against and how strongly.

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
        """The pipeline on the crawl's worker pool and story store; an unknown backend stops the crawl."""
        settings = crawler.settings
        backend = backend_setting(settings.get("NEWSSPIDER_STORIES_BACKEND"))  # a typo stops the crawl here
        detector = StoryDetector(StateService.of(crawler).stories, None, StoryConfig.from_settings(settings))
        pipeline = cls(WorkerPool.of(crawler), detector, backend,
                       crawler.stats, settings.getint("NEWSSPIDER_STORIES_BATCH_SIZE"),
                       settings.getfloat("NEWSSPIDER_STORIES_BATCH_WAIT"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def _prepare(self, inputs: list[StoryInput]) -> list[Prepared]:
        return await self.pool.run(prepare_in_worker, inputs, self.backend, self.detector.config)

    async def process_item(self, item):
        """Fingerprint the article in a batch in a worker, then assign its story here (one writer)."""
        if not isinstance(item, Article):
            return item
        prepared = await self.batcher.submit(StoryInput(
            id=item.id, text=item.text, title=item.title, language=item.language,
            published=item.published, fetched_at=item.fetched_at, source=item.source))
        assignment = self.detector.assign(prepared)
        item.simhash = assignment.simhash
        item.story_id = assignment.story_id
        item.duplicate_of = assignment.duplicate_of
        item.duplicate_kind = assignment.duplicate_kind
        item.matched_id = assignment.matched_id
        item.duplicate_score = assignment.duplicate_score
        if assignment.duplicate_kind:
            self.stats.inc_value(f"newsspider/source/{item.source}/duplicates")
        return item

    def spider_closed(self, spider, reason: str) -> None:
        """Flush the detector's pending writes and copy its counters into the crawl's stats."""
        self.detector.flush()
        for key, count in self.detector.stats.items():
            self.stats.set_value(f"newsspider/stories/{key}", count)
