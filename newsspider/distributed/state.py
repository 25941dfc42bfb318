"""The state service of a distributed crawl: every store on the run's Redis, shared by the workers."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from newsspider.distributed.connection import redis_client
from newsspider.extensions.state import StateService
from newsspider.state.redis import RedisState

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from newsspider.state.base import StateBackend


def _open_redis_state(settings: BaseSettings) -> RedisState:
    return RedisState(redis_client(settings), settings.get("NEWSSPIDER_REDIS_PREFIX"))


class RedisStateService(StateService):
    """``StateService`` on Redis (``NEWSSPIDER_REDIS_URL``, keys under ``NEWSSPIDER_REDIS_PREFIX``).

    The distributed add-on puts it in ``EXTENSIONS`` in place of the SQLite one; components find
    it as ``StateService.of(crawler)`` all the same.
    """

    @staticmethod
    def backend_opener(settings: BaseSettings) -> Callable[[], StateBackend]:
        """Open the Redis state of the settings' ``NEWSSPIDER_REDIS_URL`` and prefix."""
        return partial(_open_redis_state, settings)
