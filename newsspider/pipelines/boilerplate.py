"""Boilerplate pipeline: the site chrome trafilatura leaves in the text, removed (``newsspider.extract.cleaning``)."""
from __future__ import annotations

from functools import partial

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.extract.cleaning import clean_text
from newsspider.items import Article
from newsspider.state.base import LineStatsStore


class BoilerplatePipeline:
    """Strip the site chrome trafilatura leaves in the text (``newsspider.extract.cleaning``).

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
        job = partial(clean_text, item.text, title=item.title, site_name=item.site_name,
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
