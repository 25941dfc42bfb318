"""Tuning of CPython's garbage collector for the length of a crawl."""
from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class GarbageCollector:
    """Tunes CPython's cyclic garbage collector for the crawl, and restores it afterwards.

    The crawl process holds a few hundred thousand objects that live as long as it does (Scrapy,
    Twisted, the extractor's and numpy's modules, the sources, the story index), and every full
    collection walked them all again, while each page allocates thousands of short-lived objects
    that trigger young collections. When the spider opens, what exists is frozen out of the
    collector (``gc.freeze``: never freed, never walked) and the young-generation threshold is
    raised to ``NEWSSPIDER_GC_THRESHOLD`` (0 keeps Python's), so most of a page's objects are freed
    by reference counting before a collection looks at them. Cycles still get collected.
    """

    def __init__(self, freeze: bool, threshold: int) -> None:
        self.freeze = freeze
        self.threshold = threshold
        self._saved: tuple[int, int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GarbageCollector:
        """The collector's tuning from ``NEWSSPIDER_GC_FREEZE`` and ``NEWSSPIDER_GC_THRESHOLD``."""
        settings = crawler.settings
        collector = cls(settings.getbool("NEWSSPIDER_GC_FREEZE"), settings.getint("NEWSSPIDER_GC_THRESHOLD"))
        crawler.signals.connect(collector.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(collector.engine_stopped, signal=signals.engine_stopped)
        return collector

    def spider_opened(self, spider: object = None) -> None:
        """Freeze what exists and raise the young-generation threshold, remembering Python's."""
        self._saved = gc.get_threshold()
        if self.threshold:
            gc.set_threshold(self.threshold, *self._saved[1:])
        if self.freeze:
            gc.freeze()

    def engine_stopped(self) -> None:
        """Undo ``spider_opened``."""
        if self._saved is None:
            return
        if self.freeze:
            gc.unfreeze()
        gc.set_threshold(*self._saved)
        self._saved = None
