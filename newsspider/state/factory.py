"""Which implementation of each state store a crawl uses.

The one place that knows about backends: SQLite under ``NEWSSPIDER_STATE_DIR`` by default, Redis
when ``NEWSSPIDER_REDIS_URL`` is set (distributed crawls, see ``newsspider.distributed``). The
components ask here and talk to the protocols (``state.base``, ``state.learned_lines``,
``stories.store``) only.
"""
from __future__ import annotations

from scrapy.crawler import Crawler

from newsspider.state.base import LineStatsStore, SeenStore, ValidatorStore
from newsspider.state.sqlite.learned_lines import SQLiteLineStats
from newsspider.state.sqlite.seen import SQLiteSeenStore
from newsspider.state.sqlite.stories import SQLiteStoryStore
from newsspider.state.sqlite.validators import SQLiteValidatorStore
from newsspider.stories.store import StoryStore


def _connection(crawler: Crawler):
    from newsspider.extensions import StateStore  # extensions import this module

    return StateStore.of(crawler).connection


def _redis(crawler: Crawler):
    """(client, key prefix) in distributed mode, else None (without importing redis)."""
    if not crawler.settings.get("NEWSSPIDER_REDIS_URL"):
        return None
    from newsspider import distributed

    return distributed.redis_client(crawler), distributed.state_prefix(crawler)


def seen_store(crawler: Crawler) -> SeenStore:
    if shared := _redis(crawler):
        from newsspider.state.redis.seen import RedisSeenStore
        return RedisSeenStore(*shared)
    return SQLiteSeenStore(_connection(crawler))


def validator_store(crawler: Crawler) -> ValidatorStore:
    if shared := _redis(crawler):
        from newsspider.state.redis.validators import RedisValidatorStore
        return RedisValidatorStore(*shared)
    return SQLiteValidatorStore(_connection(crawler))


def line_stats(crawler: Crawler) -> LineStatsStore:
    if shared := _redis(crawler):
        from newsspider.state.redis.learned_lines import RedisLineStats
        return RedisLineStats(*shared)
    return SQLiteLineStats(_connection(crawler), flush_every=crawler.settings.getint("NEWSSPIDER_BOILERPLATE_COMMIT_EVERY"))


def story_store(crawler: Crawler) -> StoryStore:
    if shared := _redis(crawler):
        from newsspider.state.redis.stories import RedisStoryStore
        return RedisStoryStore(*shared)
    return SQLiteStoryStore(_connection(crawler))
