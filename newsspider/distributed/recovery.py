"""Finish the output files of this host's dead workers before a worker starts."""
from __future__ import annotations

import logging
import os
import socket
from typing import TYPE_CHECKING

from newsspider.distributed.connection import redis_client
from newsspider.output import JournalEntry, OutputJournal, journal_dir, overwritten_outputs, recover_outputs
from newsspider.state.redis import RedisState

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from newsspider.state.base import SeenStore

logger = logging.getLogger(__name__)


def recover_dead_worker_outputs(settings: BaseSettings, seen: SeenStore | None = None) -> None:
    """Complete the output files of dead workers of this host (``newsspider.output.recover_outputs``).

    Every worker records the files it has open in the output journal under its
    ``NEWSSPIDER_STATE_DIR`` (the only local state of a distributed crawl). A SIGKILLed worker
    leaves its entries: their complete lines are kept, a hidden file is renamed into place, and
    their articles are marked as seen in Redis (those committed were already; this covers the
    lines written after the last commit point). Entries of live workers are left alone.

    A worker calls it when it starts, and the scheduler before each requeue of dead workers'
    requests, so that a requeued request for an article the dead worker wrote finds it seen.
    ``seen`` is the store to mark them in (a new Redis client when None).
    """
    host = socket.gethostname()
    journal = OutputJournal(journal_dir(settings.get("NEWSSPIDER_STATE_DIR")))

    def abandoned(entry: JournalEntry) -> bool:
        return entry.host == host and not _alive(entry.pid)

    if seen is not None:
        recover_outputs(journal, seen, abandoned, overwritten_outputs(settings))
        return
    state = RedisState(redis_client(settings), settings.get("NEWSSPIDER_REDIS_PREFIX"))
    try:
        recover_outputs(journal, state.seen, abandoned, overwritten_outputs(settings))
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
