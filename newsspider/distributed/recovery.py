"""Finish the output files of this host's dead workers before a worker starts."""
from __future__ import annotations

import logging
import os
import re
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from newsspider.distributed.connection import redis_client
from newsspider.output import recover_partial_outputs
from newsspider.state.base import EmittedArticle
from newsspider.state.redis import RedisState

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


def recover_dead_worker_outputs(settings: BaseSettings) -> None:
    """Complete the default output files of dead workers of this host.

    A SIGKILLed worker leaves ``.articles-<UTC>-<host>-<pid>.jsonl.part``: its complete lines are
    kept, the file is renamed into place, and its articles are marked as seen in Redis (they were
    already, as each was written; this covers a kill between the write and the mark). Files of
    live workers are left alone.
    """
    default_feed = settings.get("NEWSSPIDER_DEFAULT_FEED")
    if not default_feed:
        return
    directory = Path(default_feed).parent
    pattern = re.compile(rf"^\.articles-.*-{re.escape(socket.gethostname())}-(\d+)\.jsonl\.part$")
    state = RedisState(redis_client(settings), settings.get("NEWSSPIDER_REDIS_PREFIX"))
    try:
        for partial in sorted(directory.glob(".articles-*.jsonl.part")):
            match = pattern.match(partial.name)
            if not match or _alive(int(match.group(1))):
                continue
            for path, records in recover_partial_outputs(directory, partial.name):
                state.seen.add(EmittedArticle.from_records(records))
                logger.warning("recovered %d articles written by a dead worker into %s", len(records), path)
    finally:
        state.close()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
