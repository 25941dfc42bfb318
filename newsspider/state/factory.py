"""Which implementation of each state store a crawl uses.

The one place that knows about backends: SQLite under ``NEWSSPIDER_STATE_DIR`` by default. The
components ask here, so a distributed backend only needs to be added here.
"""
from __future__ import annotations

from scrapy.crawler import Crawler

from newsspider.state.learned_lines import LineStatsStore, SQLiteLineStats
from newsspider.state.sqlite import SQLiteSeenStore, SQLiteValidatorStore
from newsspider.state.stories_sqlite import SQLiteStoryStore
from newsspider.stories.store import StoryStore


def _connection(crawler: Crawler):
    from newsspider.extensions import StateStore  # extensions import this module

    return StateStore.of(crawler).connection


def seen_store(crawler: Crawler) -> SQLiteSeenStore:
    return SQLiteSeenStore(_connection(crawler))


def validator_store(crawler: Crawler) -> SQLiteValidatorStore:
    return SQLiteValidatorStore(_connection(crawler))


def line_stats(crawler: Crawler) -> LineStatsStore:
    return SQLiteLineStats(_connection(crawler))


def story_store(crawler: Crawler) -> StoryStore:
    return SQLiteStoryStore(_connection(crawler))
