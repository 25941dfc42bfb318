"""The state of a distributed crawl: one Redis shared by every worker (``NEWSSPIDER_REDIS_URL``).

Same protocols as the SQLite stores (``state.base``, ``stories.store``), so the components do not
know which one they talk to. Every method is one round trip (a pipeline, a multi-key command or a
Lua script), so the reactor is never held for long. ``keys.py`` documents the layout.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import redis

from newsspider.state.redis.layout import open_layout
from newsspider.state.redis.learned_lines import RedisLineStats
from newsspider.state.redis.seen import RedisSeenStore
from newsspider.state.redis.stories import RedisStoryStore
from newsspider.state.redis.validators import RedisValidatorStore

__all__ = ["RedisState"]


class RedisState:
    """``StateBackend`` on a Redis client, every key under ``prefix``; closes the client at the end.
    Opening it checks the layout version and brings an older layout up to date (``layout.py``)."""

    shared = True

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.client = client
        self.prefix = prefix
        open_layout(client, prefix)

    @cached_property
    def seen(self) -> RedisSeenStore:
        """The articles emitted so far, by any worker."""
        return RedisSeenStore(self.client, self.prefix)

    @cached_property
    def validators(self) -> RedisValidatorStore:
        """The feeds' and sitemaps' HTTP validators."""
        return RedisValidatorStore(self.client, self.prefix)

    @cached_property
    def learned_lines(self) -> RedisLineStats:
        """The per-site recurring-line counts."""
        return RedisLineStats(self.client, self.prefix)

    @cached_property
    def stories(self) -> RedisStoryStore:
        """The story index's shared article log."""
        return RedisStoryStore(self.client, self.prefix)

    def watch(self, callback: Callable[[str], None]) -> None:
        """Nothing is watched: a Redis error reaches the worker through the distributed add-on's own
        handling (timeouts, the reliable queue), unchanged."""

    def compact(self) -> None:
        """Nothing to do: Redis frees the memory of deleted keys itself."""

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()
