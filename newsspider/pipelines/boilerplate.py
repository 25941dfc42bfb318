"""Boilerplate pipeline: the site chrome trafilatura leaves in the text, removed (``newsspider.extract.cleaning``)."""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool, stage_priority
from newsspider.extract.cleaning import clean_text, line_key, phrase_key, story_short_lines
from newsspider.extract.cleaning.keys import numbered_key
from newsspider.extract.cleaning.rules import is_short
from newsspider.extract.title_suffixes import (
    suffix_site,
    title_prefixes,
    title_suffixes,
    without_learned_prefixes,
    without_learned_suffixes,
)
from newsspider.holding import TICK_SECONDS, SourceHold
from newsspider.items import Article
from newsspider.state.base import LineStatsStore
from newsspider.state.learned_lines import Learned, SiteLineThresholds, label_link_lines, learned_tiers

logger = logging.getLogger(__name__)


class BoilerplatePipeline:
    """Strip the site chrome trafilatura leaves in the text (``newsspider.extract.cleaning``).

    Besides the language patterns, lines that recur on many pages of the same source are learned
    as template text and removed, as are the lines the sources file names for the source
    (``boilerplate``); what is learned persists in the state store, so later runs start
    out knowing each site's template; so are the suffixes that end many of a source's titles and
    the prefixes that start them (``newsspider.extract.title_suffixes``). A new source's first pages wait (``newsspider.holding``)
    until ``NEWSSPIDER_BOILERPLATE_HOLD_PAGES`` of its pages are observed, so that they are cleaned
    of what its other pages teach whatever the arrival order. Removals are counted per rule
    (``newsspider/boilerplate/<rule>``, titles cut as ``title_suffix`` and ``title_prefix``), pages
    that waited as ``newsspider/hold/pages``, and those released before their source had that many pages as
    ``newsspider/hold/released_early`` (``newsspider/hold/released_settled`` of them let go to make
    room because nothing on them was still to be learned: ``_settled_check``).
    """

    def __init__(self, pool: WorkerPool, lines: LineStatsStore, stats: StatsCollector, *, thresholds: SiteLineThresholds,
                 hold: SourceHold | None = None, busy: Callable[[int], bool] = lambda held: False,
                 tick_seconds: float = TICK_SECONDS, refresh_every: int = 50,
                 source_lines: Mapping[str, frozenset[str]] | None = None, priority: int = 0):
        self.pool = pool
        self.priority = priority  # of its jobs in the pool: see worker_pool.stage_priority
        self.source_lines = source_lines or {}
        self.lines = lines
        self.stats = stats
        self.thresholds = thresholds
        self.hold = hold
        self.busy = busy  # given the pages held: whether anything else is in flight in the crawl
        self.tick_seconds = tick_seconds
        self.refresh_every = refresh_every
        self._observed: Counter[str] = Counter()
        self._site_cache: dict[str, tuple[int, Learned]] = {}
        self._ticker: asyncio.TimerHandle | None = None
        self.state: StateService | None = None  # the crawl's: its last counts are not written once it failed

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BoilerplatePipeline:
        """The pipeline on the crawl's worker pool and learned-line store, with its settings."""
        settings = crawler.settings
        thresholds = SiteLineThresholds(
            min_pages=settings.getint("NEWSSPIDER_BOILERPLATE_MIN_PAGES"),
            min_share=settings.getfloat("NEWSSPIDER_BOILERPLATE_MIN_SHARE"),
            label_min_pages=settings.getint("NEWSSPIDER_BOILERPLATE_LABEL_MIN_PAGES"),
            label_min_share=settings.getfloat("NEWSSPIDER_BOILERPLATE_LABEL_MIN_SHARE"),
            short_min_share=settings.getfloat("NEWSSPIDER_BOILERPLATE_SHORT_MIN_SHARE"))
        hold_pages = settings.getint("NEWSSPIDER_BOILERPLATE_HOLD_PAGES")
        hold = SourceHold(hold_pages, settings.getint("NEWSSPIDER_BOILERPLATE_HOLD_MAX")) if hold_pages > 0 else None
        sources = getattr(crawler.spider, "sources", None) or {}
        pipeline = cls(WorkerPool.of(crawler), StateService.of(crawler).learned_lines, crawler.stats, thresholds=thresholds,
                       hold=hold, busy=partial(_busy, crawler),
                       source_lines={name: frozenset(map(phrase_key, source.boilerplate))
                                     for name, source in sources.items() if source.boilerplate},
                       priority=stage_priority(crawler, cls))
        pipeline.state = StateService.of(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def process_item(self, item: Any) -> Any:
        """Observe the article's lines, wait while its source is new, clean it in a worker."""
        if not isinstance(item, Article):
            return item
        lines = item.text.split("\n")  # raw lines: see learned_lines
        self.lines.observe(own_site(item.source), item.id, lines)
        self.lines.observe(suffix_site(item.source), item.id, [*title_suffixes(item.title), *title_prefixes(item.title)])
        self.lines.observe(story_site(item.source), item.id, story_short_lines(lines, item.title, item.site_name))
        self.lines.observe(label_link_site(item.source), item.id, label_link_lines(item.label_links, item.text))
        self._observed[item.source] += 1
        if self.hold is not None and not self.hold.is_warm(item.source):
            self.stats.inc_value("newsspider/hold/pages")
            self._start_ticking()
            observed = self.lines.page_count(own_site(item.source))
            settled = await self._settled_check(item) if observed < self.hold.pages else None
            await self.hold.wait(item.source, observed, settled)
        learned = self._learned(item.source)
        title = without_learned_suffixes(item.title, learned.title_suffixes)
        if title != item.title:
            self.stats.inc_value("newsspider/boilerplate/title_suffix")
        prefixed = title
        title = without_learned_prefixes(title, learned.title_suffixes)
        if title != prefixed:
            self.stats.inc_value("newsspider/boilerplate/title_prefix")
        item.title = title
        result = await self.pool.run(self._story_cleaning(item, learned), priority=self.priority)
        for rule, count in result.removed.items():
            self.stats.inc_value(f"newsspider/boilerplate/{rule}", count)
        if not result.text.strip():
            self.stats.inc_value("newsspider/not_article/only_boilerplate")
            raise DropItem(f"nothing but boilerplate: {item.url}", log_level="INFO")
        item.text = result.text
        if item.comments:
            item.comments = await self._clean_comments(item, item.comments, learned)
        return item

    async def _settled_check(self, item: Article) -> Callable[[], bool]:
        """Whether the held ``item``, cleaned now, would come out as it will later (``SourceHold``
        lets such pages go first when it is full): no short line that cleaning it now leaves,
        outside the story's running text (on the page as it came), is still to be learned. Those lines are what its
        source's other pages may yet teach as the site's (a motto, a prompt: the labels and short
        lines learned from a few pages); a short line between two paragraphs of the story is the
        story's, and a long line needs half the source's pages, which its first pages show."""
        learned = self._learned(item.source)
        result = await self.pool.run(self._story_cleaning(item, learned), priority=self.priority)
        # The story's lines as the page has them: cleaning takes the chrome that stood beside a motto.
        story = set(map(line_key, story_short_lines(item.text.split("\n"), item.title, item.site_name)))
        # Each line's keys: its own, and a line whose number changes per page also its numbered one.
        pending = frozenset((key, numbered_key(line, key)) for line in result.text.split("\n")
                            if line.strip() and is_short(line.strip()) and (key := line_key(line)) not in story)

        def settled() -> bool:
            learned = self._learned(item.source)
            known = learned.lines | learned.labels | learned.short_lines
            return all(key in known or numbered in known for key, numbered in pending)
        return settled

    async def _clean_comments(self, item: Article, comments: str, learned: Learned) -> str | None:
        """The record's reader ``comments`` (``NEWSSPIDER_COMMENTS``) cleaned of the site's chrome as its
        text is (without the title: comments do not open with the headline); None when nothing is
        left. Counted as ``newsspider/comments/articles``; what was removed is not counted with
        the text's removals."""
        cleaned = (await self.pool.run(self._cleaning(item, comments, learned), priority=self.priority)).text.strip()
        if cleaned:
            self.stats.inc_value("newsspider/comments/articles")
        return cleaned or None

    def _story_cleaning(self, item: Article, learned: Learned) -> partial:
        """The worker job cleaning ``item``'s text (:meth:`_cleaning`) with its title and the labels the site sets
        before links (:func:`_learned_label_links`): the record's cleaning, and its dry run for a held page."""
        return self._cleaning(item, item.text, learned, item.title, _learned_label_links(item, learned))

    def _cleaning(self, item: Article, text: str, learned: Learned, title: str | None = None,
                  label_links: frozenset[str] = frozenset()) -> partial:
        """The worker job cleaning ``text`` (the article's, or its comments) of the chrome of ``item``'s
        site: what is ``learned`` of it and its source's own lines; ``title``, the headline a text may
        open with; ``label_links``, the text's lines of a label the site sets before links
        (:func:`_learned_label_links`)."""
        return partial(clean_text, text, title=title, language=item.language, site_name=item.site_name,
                       site_lines=learned.lines,
                       site_labels=learned.labels, site_short_lines=learned.short_lines,
                       source_lines=self.source_lines.get(item.source, frozenset()),
                       site_label_links=label_links)

    def _learned(self, site: str) -> Learned:
        """What the store has learned of the site (``learned_lines.learned_tiers``), read again once this
        run has observed a tenth more of the site's pages (every page at first, at most every
        ``refresh_every`` pages)."""
        observed = self._observed[site]
        cached = self._site_cache.get(site)
        if cached and observed - cached[0] < min(self.refresh_every, max(1, cached[0] // 10)):
            return cached[1]
        learned = learned_tiers(self.lines, self.thresholds, own=own_site(site), story=story_site(site),
                                suffixes=suffix_site(site), is_short=is_short, linked=label_link_site(site))
        self._site_cache[site] = (observed, learned)
        return learned

    def _start_ticking(self) -> None:
        if self._ticker is None:
            self._ticker = asyncio.get_running_loop().call_later(self.tick_seconds, self._tick)

    def _tick(self) -> None:
        """Release the held pages when the crawl stalls (see ``SourceHold.tick``)."""
        self._ticker = None
        if self.hold is None:
            return
        try:
            released = self.hold.tick(self.busy(self.hold.held))
            if released:
                logger.debug("released %d waiting pages: the crawl stalled", released)
        finally:  # a tick that failed must not leave pages waiting for good
            if self.hold.held:
                self._start_ticking()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Release what still waits and write the learned-line counts."""
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self.hold is not None:
            self.hold.release_all()
            self.stats.set_value("newsspider/hold/released_early", self.hold.released_early)
            self.stats.set_value("newsspider/hold/released_settled", self.hold.released_settled)
        if self.state is not None and self.state.failure is not None:
            logger.info("learned-line counts of the last pages not written: the state store failed")
            return
        self.lines.flush()  # the store writes learned-line counts in batches


ESCAPED_SOURCE = "source:"
"""What the key of a source's own lines starts with when its name starts like a derived key (``own_site``)."""


def own_site(source: str) -> str:
    """The key a source's own lines are counted under in the learned-line store: its name, as in
    the stores written so far, unless the name starts like the key of another source's title
    suffixes, story lines or label + link lines (``suffix_site``, ``story_site``, ``label_link_site``; a
    source named ``title-suffixes:x`` counted its text lines as ``x``'s title suffixes) or like such an
    escaped name: then ``source:<name>``. So no two sources, and no source's lines and another's
    derived counts, share a key: an own key starts with no derived prefix, and an escaped one starts
    with ``source:``, which no derived key does. (A source named ``label-links:...`` before that key
    was derived is counted afresh under its escaped name.)"""
    if source.startswith((suffix_site(""), story_site(""), label_link_site(""), ESCAPED_SOURCE)):
        return ESCAPED_SOURCE + source
    return source


def story_site(source: str) -> str:
    """The key under which the short lines seen inside a source's stories are counted in the
    learned-line store (apart from its lines: ``cleaning.passes.story_short_lines``)."""
    return f"story-lines:{source}"


def label_link_site(source: str) -> str:
    """The key under which a source's lines of a bare label before a link to the site, and their labels,
    are counted in the learned-line store (``Article.label_links``; ``learned_lines.linked_labels``)."""
    return f"label-links:{source}"


def _learned_label_links(item: Article, learned: Learned) -> frozenset[str]:
    """The ``line_key`` s of the item's label + link lines whose label the site's pages taught."""
    if not item.label_links or not learned.label_links:
        return frozenset()
    return frozenset(line_key(line) for line, label in item.label_links if line_key(label) in learned.label_links)


def _busy(crawler: Crawler, held: int) -> bool:
    """Whether the crawl has anything in flight besides the ``held`` pages: a request scheduled or
    in the downloader, or a response or item in Scrapy's scraper (a page being extracted or
    cleaned). Requests still scheduled do not count when Scrapy stopped downloading (its scraper
    slot is full of held pages): they cannot come before something is released.

    Requests scheduled are this process's own (Scrapy's ``scheduler/enqueued - dequeued`` stats),
    not ``scheduler.has_pending_requests()``: in a distributed run that also counts requests in
    flight at other workers, held pages among them, so two workers holding pages would each wait
    for the other. The Redis scheduler counts under ``.../redis`` keys, which leaves its queue out."""
    try:
        engine = crawler.engine
    except RuntimeError:  # Scrapy sets the engine when the crawl starts: nothing is in flight
        return False
    if engine is None:
        return False
    scraper = engine.scraper.slot
    if engine.downloader.active or (scraper is not None and (
            scraper.queue or len(scraper.active) > held or scraper.itemproc_size > held)):
        return True
    stats = crawler.stats
    scheduled = (stats.get_value("scheduler/enqueued", 0) or 0) - (stats.get_value("scheduler/dequeued", 0) or 0)
    return scheduled > 0 and not engine.needs_backout()
