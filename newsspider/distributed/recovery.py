"""Finish the output files of this host's dead workers before a worker starts."""
from __future__ import annotations

import logging
import os
import socket
from functools import partial
from typing import TYPE_CHECKING, Any

from newsspider.distributed.connection import redis_client
from newsspider.distributed.keys import RunKeys, written_key
from newsspider.distributed.queue import push_entries
from newsspider.output import JournalEntry, OutputJournal, journal_dir, overwritten_outputs, recover_outputs
from newsspider.state.redis import RedisState

if TYPE_CHECKING:
    import redis
    from scrapy.settings import BaseSettings

    from newsspider.state.base import SeenStore

logger = logging.getLogger(__name__)

REWRITTEN = "newsspider/distributed/rewritten"
"""The stats key of the articles whose requests were queued again because their output file was lost."""


def recover_dead_worker_outputs(settings: BaseSettings, seen: SeenStore | None = None,
                                server: redis.Redis | None = None, stats: Any = None) -> None:
    """Complete the output files of dead workers of this host (``newsspider.output.recover_outputs``).

    Every worker records the files it has open in the output journal under its
    ``NEWSSPIDER_STATE_DIR`` (the only local state of a distributed crawl). A SIGKILLed worker
    leaves its entries: their complete lines are kept, a hidden file is renamed into place, and
    their articles are marked as seen in Redis (those committed were already; this covers the
    lines written after the last commit point). Entries of live workers are left alone. The
    articles of a dead worker's file that is gone (deleted) are forgotten and their requests queued
    again in this worker's run (``requeue_forgotten``).

    A worker calls it when it starts, and the scheduler before each requeue of dead workers'
    requests, so that a requeued request for an article the dead worker wrote finds it seen.
    ``seen`` and ``server`` are the store and client to use (new ones when None).
    """
    host = socket.gethostname()
    journal = OutputJournal(journal_dir(settings.get("NEWSSPIDER_STATE_DIR")))

    def abandoned(entry: JournalEntry) -> bool:
        return entry.host == host and not _alive(entry.pid)

    client = server if server is not None else redis_client(settings)
    try:
        store = seen if seen is not None else RedisState(client, settings.get("NEWSSPIDER_REDIS_PREFIX")).seen
        recover_outputs(journal, store, abandoned, overwritten_outputs(settings),
                        forgotten=partial(requeue_forgotten, client, settings, stats=stats))
    finally:
        if server is None:
            client.close()


def requeue_forgotten(server: redis.Redis, settings: BaseSettings, entry: JournalEntry, article_ids: list[str],
                      stats: Any = None) -> int:
    """The articles a dead worker committed to a file now gone were forgotten as emitted; their
    requests are done, and in the run's dupefilter, so no worker would fetch them again (nor would
    the next run: its feeds answer 304 to the validators the survivors save). Queue the requests
    the worker kept for them (``<p>:written:<worker>``, ``ReliableScheduler``) in this worker's
    run, past the dupefilter; returns how many. An article without one (the worker died before it
    kept them, with the request still in flight: requeued as such) is left."""
    key = written_key(settings.get("NEWSSPIDER_REDIS_PREFIX"), f"{entry.host}-{entry.pid}")
    entries = [value for value in server.hmget(key, article_ids) if isinstance(value, bytes)]  # bytes: no decoding
    queued = push_entries(server, RunKeys.from_settings(settings).requests, entries)
    server.hdel(key, *article_ids)
    if queued:
        logger.warning("requeued the requests of %d articles lost with the deleted output file of dead worker "
                       "%s-%d: the run's workers write them again", queued, entry.host, entry.pid)
        if stats is not None:
            stats.inc_value(REWRITTEN, queued)
    return queued


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
