"""The one way a distributed crawl connects to its Redis: one set of timeouts, from named settings."""
from __future__ import annotations

from typing import TYPE_CHECKING

import redis

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

HEALTH_CHECK_SECONDS = 30
"""A connection idle this long is checked (PING) before it is used again."""


def redis_client(settings: BaseSettings) -> redis.Redis:
    """A new client (its own connection pool) on ``NEWSSPIDER_REDIS_URL``.

    A command or a connection attempt that takes longer than ``NEWSSPIDER_REDIS_TIMEOUT`` seconds
    fails (``redis.TimeoutError``): the reactor thread is never held longer, and a worker's
    heartbeat fails and is tried again well before ``NEWSSPIDER_REDIS_HEARTBEAT`` expires.
    Each owner (the state service, the scheduler, its heartbeat thread, the recovery at start-up)
    makes its own client and closes it.
    """
    timeout = settings.getfloat("NEWSSPIDER_REDIS_TIMEOUT")
    return redis.Redis.from_url(settings.get("NEWSSPIDER_REDIS_URL"), socket_timeout=timeout,
                                socket_connect_timeout=timeout, health_check_interval=HEALTH_CHECK_SECONDS)
