"""Distributed crawls: several workers (processes, machines) sharing one Redis.

``NEWSSPIDER_REDIS_URL`` (empty = off) turns a crawl into one worker of a distributed crawl: the
``DistributedCrawl`` add-on (``addon.py``, listed in ``ADDONS``) swaps in

* the scheduler (``scheduler.py``): scrapy-redis' scheduler on per-run keys
  ``<p>:run:<run id>:requests`` and ``:dupefilter`` (``NEWSSPIDER_RUN_ID``; default: the UTC hour,
  e.g. ``20261121T14Z``, so each cron run fetches the feeds again), made reliable: a request
  taken from the queue stays in the worker's in-flight hash until the crawl is done with it,
  which it learns from public signals (``tracking.py``), and a live worker requeues the
  in-flight requests of a worker whose heartbeat expired;
* the state service (``state.py``): every store on the run's Redis (``newsspider.state.redis``);
* the per-run output file: ``output/articles-<UTC>-<host>-<pid>.jsonl``, so that several workers
  can share a directory (``recovery.py`` completes the files of dead workers of this host).

Seeding: every worker's ``start()`` yields every source, and a request enters the queue only if
its fingerprint was new to the run's dupefilter, in one Lua script (``queue.py``). The first
worker seeds the run; later ones see their seeds dropped, and a worker that died half-way
through seeding is completed by the next one to start.

End of a run: a worker closes when its own engine is idle, the queue is empty and no other
worker (alive, or dead but not yet requeued) has requests in flight: a worker never leaves while
another may still add requests or die with some.

Every Redis client comes from ``connection.redis_client`` (one set of timeouts); the keys of a
run from ``keys.RunKeys``. Nothing here is imported by a local crawl.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


def enabled(settings: BaseSettings) -> bool:
    """Whether the settings ask for a distributed crawl (``NEWSSPIDER_REDIS_URL`` is set)."""
    return bool(settings.get("NEWSSPIDER_REDIS_URL"))
