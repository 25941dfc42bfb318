"""The crawl's stats collector: Scrapy's in-memory one, read and written at plain attribute speed.

Scrapy (2.13 on) gives its ``StatsCollector`` a Python ``__getattribute__`` that warns callers
still passing the deprecated ``spider`` argument: every attribute read of the collector, its own
``self._stats`` in ``inc_value`` included, first looks for a cached warning wrapper under another
name and raises and catches an ``AttributeError`` when there is none. That makes ``inc_value``
about 5 us instead of 0.25 us, and a crawl counts a few dozen stats per page: ~0.25 ms of the
Scrapy process's CPU per page (``python -m bench.crawl --sample-main``). newsspider passes no
``spider`` argument, so the warning has nothing to catch here; the collector is otherwise Scrapy's.
"""
from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class MemoryStats(MemoryStatsCollector):
    """``MemoryStatsCollector`` with Python's own attribute lookup (no per-read deprecation check)."""

    __getattribute__ = object.__getattribute__
