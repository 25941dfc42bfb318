"""Distributed crawls: several workers (processes, machines) sharing one Redis.

``NEWSSPIDER_REDIS_URL`` (empty = off) switches a crawl to this mode (``apply_settings``, called
from ``NewsSpider.update_settings``):

* the frontier is scrapy-redis' scheduler, with per-run keys ``<p>:run:<run id>:requests`` and
  ``<p>:run:<run id>:dupefilter`` (``NEWSSPIDER_RUN_ID``; default: the UTC hour, e.g.
  ``20261121T14Z``), so each cron run fetches the feeds again;
* the state stores are the Redis ones (``newsspider.state.redis``, chosen in ``state.factory``);
* seeding: every worker's ``start()`` yields every source, and a request enters the queue only
  if its fingerprint was new to the run's dupefilter, in one Lua script (add-to-dupefilter and
  push are atomic). The first worker seeds the run; later ones see their seeds dropped, and a
  worker that died half-way through seeding is completed by the next one to start;
* reliable queue: a pop moves the request into the worker's in-flight hash in the same script
  (``<p>:run:<id>:inflight:<worker>``). A request leaves it only when the engine is completely
  done with it (downloaded, called back, its items through the pipelines and written). Each worker
  refreshes ``<p>:run:<id>:hb:<worker>`` (TTL ``NEWSSPIDER_REDIS_HEARTBEAT`` seconds) from a thread
  of its own, so a busy reactor is not mistaken for a dead process; a live worker moves the in-flight requests of a worker whose heartbeat expired back to
  the queue (one Lua script, so only one worker does it);
* end of a run: a worker closes when its own engine is idle, the queue is empty and no other
  worker (alive, or dead but not yet requeued) has requests in flight: a worker never leaves
  while another may still add requests or die with some.

Worker ids are ``<host>-<pid>``; in this mode the default output file carries it
(``output/articles-<UTC>-<host>-<pid>.jsonl``) so several workers can share a directory.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import socket
import threading
from datetime import datetime, timezone
from pathlib import Path

from twisted.internet import task

from newsspider.extensions.state import StateService

try:  # the `redis` extra; the spider imports this module whether or not the mode is used
    import redis
    from scrapy_redis.queue import PriorityQueue
    from scrapy_redis.scheduler import Scheduler
except ImportError:  # pragma: no cover - apply_settings says what is missing
    redis = None
    PriorityQueue = Scheduler = object

logger = logging.getLogger(__name__)

TICK_SECONDS = 0.5


def is_distributed(settings) -> bool:
    return bool(settings.get("NEWSSPIDER_REDIS_URL"))


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def run_id(settings) -> str:
    """``NEWSSPIDER_RUN_ID``, or the current UTC hour: workers started in the same hour share it."""
    value = settings.get("NEWSSPIDER_RUN_ID") or datetime.now(timezone.utc).strftime("%Y%m%dT%HZ")
    return re.sub(r"[^A-Za-z0-9_.:-]", "_", str(value))


def run_prefix(settings) -> str:
    return f"{settings.get('NEWSSPIDER_REDIS_PREFIX')}:run:{run_id(settings)}"


def apply_settings(settings) -> None:
    """Switch the crawl to distributed mode when ``NEWSSPIDER_REDIS_URL`` is set (else no-op)."""
    if not is_distributed(settings):
        return
    if redis is None:
        raise ImportError("NEWSSPIDER_REDIS_URL is set but redis/scrapy-redis are missing: pip install 'newsspider[redis]'")
    run = run_prefix(settings)
    for name, value in {
        "SCHEDULER": "newsspider.distributed.ReliableScheduler",
        "SCHEDULER_QUEUE_CLASS": "newsspider.distributed.ReliableQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,           # keys expire (NEWSSPIDER_REDIS_RUN_TTL), never flushed by one worker
        "SCHEDULER_QUEUE_KEY": f"{run}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{run}:dupefilter",
        "REDIS_URL": settings.get("NEWSSPIDER_REDIS_URL"),
    }.items():
        settings.set(name, value, priority="spider")
    extensions = settings.getdict("EXTENSIONS")
    extensions.pop("newsspider.extensions.state.StateService", None)
    extensions["newsspider.distributed.RedisStateService"] = 0
    settings.set("EXTENSIONS", extensions, priority="spider")
    feed = settings.get("NEWSSPIDER_DEFAULT_FEED")
    if feed and worker_id() not in feed:
        path = Path(feed)
        settings.set("NEWSSPIDER_DEFAULT_FEED", str(path.with_name(f"{path.stem}-{worker_id()}{path.suffix}")),
                     priority=max(settings.getpriority("NEWSSPIDER_DEFAULT_FEED") or 0, 20))


class RedisStateService(StateService):
    """The state service on the run's Redis (every worker shares it)."""

    @staticmethod
    def backend_opener(settings):
        from newsspider.state.redis import RedisState

        def open_backend():
            client = redis.Redis.from_url(settings.get("NEWSSPIDER_REDIS_URL"), socket_timeout=30,
                                          socket_connect_timeout=10, health_check_interval=30)
            return RedisState(client, settings.get("NEWSSPIDER_REDIS_PREFIX"))

        return open_backend


# KEYS: dupefilter, queue. ARGV: fingerprint ("" = dont_filter), score, request.
_ENQUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
# KEYS: queue, in-flight hash. Returns the request; it stays in flight ("score request").
_POP = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return false end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], redis.sha1hex(item[1]), item[2] .. ' ' .. item[1])
return item[1]
"""
# KEYS: workers set, queue. ARGV: run prefix, this worker, "self" to requeue this worker's own.
# Requeues the in-flight requests of workers whose heartbeat expired (or our own).
_REQUEUE = """
local moved, gone = 0, {}
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local mine = (w == ARGV[2])
  if (ARGV[3] == 'self' and mine) or (ARGV[3] ~= 'self' and not mine
      and redis.call('EXISTS', ARGV[1] .. ':hb:' .. w) == 0) then
    local inflight = ARGV[1] .. ':inflight:' .. w
    for _, v in ipairs(redis.call('HVALS', inflight)) do
      local sp = string.find(v, ' ', 1, true)
      redis.call('ZADD', KEYS[2], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
      moved = moved + 1
    end
    redis.call('DEL', inflight)
    redis.call('SREM', KEYS[1], w)
    table.insert(gone, w)
  end
end
return {moved, gone}
"""
# KEYS: workers set, queue. ARGV: run prefix, this worker. Work left for the run besides ours.
_PENDING = """
local n = redis.call('ZCARD', KEYS[2])
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if w ~= ARGV[2] then n = n + redis.call('HLEN', ARGV[1] .. ':inflight:' .. w) end
end
return n
"""


class ReliableQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop keeps the request in this worker's in-flight hash."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        settings = spider.crawler.settings
        self.run = run_prefix(settings)
        self.worker = worker_id()
        self.inflight_key = f"{self.run}:inflight:{self.worker}"
        self.workers_key = f"{self.run}:workers"
        self._enqueue = server.register_script(_ENQUEUE)
        self._pop = server.register_script(_POP)
        self._requeue = server.register_script(_REQUEUE)
        self._pending = server.register_script(_PENDING)

    def push(self, request, fingerprint: str = "") -> bool:
        """Add to the dupefilter and the queue atomically; False if the fingerprint was known."""
        return bool(self._enqueue(keys=[self.dupefilter_key, self.key],
                                  args=[fingerprint, -request.priority, self._encode_request(request)]))

    def pop(self, timeout=0):
        data = self._pop(keys=[self.key, self.inflight_key])
        if data is None:
            return None
        request = self._decode_request(data)
        request.meta["newsspider_inflight"] = hashlib.sha1(data).hexdigest()
        return request

    def requeue(self, own: bool = False) -> tuple[int, list[str]]:
        moved, gone = self._requeue(keys=[self.workers_key, self.key],
                                    args=[self.run, self.worker, "self" if own else ""])
        return int(moved), [w.decode() if isinstance(w, bytes) else w for w in gone]

    def pending_elsewhere(self) -> int:
        return int(self._pending(keys=[self.workers_key, self.key], args=[self.run, self.worker]))


class ReliableScheduler(Scheduler):
    """scrapy-redis' scheduler with atomic seeding, in-flight tracking, heartbeats and requeueing
    of dead workers' requests (see the module docstring)."""

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.heartbeat_ttl = max(1, crawler.settings.getint("NEWSSPIDER_REDIS_HEARTBEAT"))
        scheduler.run_ttl = crawler.settings.getint("NEWSSPIDER_REDIS_RUN_TTL")
        return scheduler

    def open(self, spider):
        super().open(spider)
        self.queue.dupefilter_key = self.df.key
        self.hb_key = f"{self.queue.run}:hb:{self.queue.worker}"
        self._handed: dict[str, list] = {}  # in-flight id -> [request, ticks seen finished]
        self._beat()
        self._heartbeat_stop = threading.Event()
        threading.Thread(target=self._heartbeat_thread, name="newsspider-heartbeat", daemon=True).start()
        moved, gone = self.queue.requeue()
        if moved or gone:
            logger.warning("requeued %d in-flight requests of dead workers %s", moved, ", ".join(gone))
        logger.info("distributed crawl: worker %s, run %s (%d requests queued)",
                    self.queue.worker, self.queue.run, len(self.queue))
        self._loop = task.LoopingCall(self._tick)
        self._loop.start(TICK_SECONDS, now=False).addErrback(
            lambda failure: logger.error("distributed scheduler heartbeat stopped: %s", failure.getErrorMessage()))

    def close(self, reason):
        if getattr(self, "_loop", None) is not None and self._loop.running:
            self._loop.stop()
        if getattr(self, "_heartbeat_stop", None) is not None:
            self._heartbeat_stop.set()
        try:
            if reason == "finished":  # the engine is idle: everything it took is done
                self.server.delete(self.queue.inflight_key)
                self.server.srem(self.queue.workers_key, self.queue.worker)
            else:  # shut down early: give what it still held back to the other workers
                moved, _ = self.queue.requeue(own=True)
                if moved:
                    logger.warning("requeued %d requests this worker had in flight (%s)", moved, reason)
            self.server.delete(self.hb_key)
        except redis.RedisError as exc:
            logger.error("could not deregister worker %s: %s", self.queue.worker, exc)
        return super().close(reason)

    # -- scheduler interface ----------------------------------------------------------------
    def enqueue_request(self, request):
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push(request, fingerprint):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def next_request(self):
        request = super().next_request()
        if request is not None:
            self._handed[request.meta["newsspider_inflight"]] = [request, 0]
        return request

    def has_pending_requests(self):
        """Work for this worker may still come: queued requests, or requests in flight at another
        worker (which may add more, or die and have them requeued)."""
        return self.queue.pending_elsewhere() > 0

    # -- heartbeat, acknowledgements, dead workers -------------------------------------------
    def _beat(self, done: list[str] = ()) -> int:
        with self.server.pipeline(transaction=False) as pipe:
            pipe.set(self.hb_key, worker_id(), ex=self.heartbeat_ttl)
            pipe.sadd(self.queue.workers_key, self.queue.worker)
            if done:
                pipe.hdel(self.queue.inflight_key, *done)
            if self.run_ttl > 0:
                for key in (self.queue.key, self.df.key, self.queue.workers_key, self.queue.inflight_key):
                    pipe.expire(key, self.run_ttl)
            pipe.zcard(self.queue.key)
            return int(pipe.execute()[-1])

    def _heartbeat_thread(self) -> None:
        """Proof of life from a thread of its own, with its own connection: a reactor busy for a
        while (a long callback, a slow pipeline step) must not get a live worker's requests
        taken over; only a dead process (or one cut off from Redis) stops beating."""
        client = redis.Redis.from_url(self.crawler.settings.get("NEWSSPIDER_REDIS_URL"), socket_timeout=5,
                                      socket_connect_timeout=5)
        interval = max(0.2, self.heartbeat_ttl / 4)
        try:
            while not self._heartbeat_stop.wait(interval):
                try:
                    client.set(self.hb_key, self.queue.worker, ex=self.heartbeat_ttl)
                except redis.RedisError:
                    pass  # the reactor's tick logs Redis trouble
        finally:
            client.close()

    def _live_requests(self) -> set[int]:
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        inprogress = getattr(slot, "inprogress", None)  # from _download() to the end of scraping
        if inprogress is not None:
            return {id(r) for r in inprogress}
        live = {id(r) for r in engine.downloader.active}
        if engine.scraper.slot is not None:
            live |= {id(r) for r in engine.scraper.slot.active}
            live |= {id(entry[1]) for entry in engine.scraper.slot.queue}
        return live

    def _tick(self) -> None:
        try:
            live = self._live_requests()
            done = []
            for key, entry in list(self._handed.items()):
                if id(entry[0]) in live:
                    entry[1] = 0
                else:
                    entry[1] += 1
                    if entry[1] >= 2:  # finished at two ticks in a row: acknowledge
                        done.append(key)
                        del self._handed[key]
            queued = self._beat(done)
            moved, gone = self.queue.requeue()
            if gone:
                logger.warning("worker(s) %s stopped sending heartbeats: requeued their %d in-flight requests",
                               ", ".join(gone), moved)
                self.crawler.stats.inc_value("newsspider/distributed/requeued", moved)
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None and (queued or moved or not self.crawler.engine.downloader.active):
                slot.nextcall.schedule()  # wake an idle engine now rather than at its 5 s heartbeat
        except redis.RedisError as exc:
            logger.warning("redis unavailable for the heartbeat: %s", exc)


def recover_dead_worker_outputs(settings) -> None:
    """Finish the default output files of dead workers of this host (a SIGKILLed worker leaves
    ``.articles-<UTC>-<host>-<pid>.jsonl.part``): keep their complete lines, rename them into
    place, and mark their articles as seen in Redis (they were already, as they were written;
    this covers a kill between the write and the mark). Files of live workers are left alone."""
    from newsspider.output import recover_partial_outputs
    from newsspider.state.base import EmittedArticle
    from newsspider.state.redis.seen import RedisSeenStore

    default_feed = settings.get("NEWSSPIDER_DEFAULT_FEED")
    if not default_feed:
        return
    directory = Path(default_feed).parent
    host = socket.gethostname()
    pattern = re.compile(rf"^\.articles-.*-{re.escape(host)}-(\d+)\.jsonl\.part$")
    client = redis.Redis.from_url(settings.get("NEWSSPIDER_REDIS_URL"), socket_timeout=30)
    seen = RedisSeenStore(client, settings.get("NEWSSPIDER_REDIS_PREFIX"))
    try:
        for partial in sorted(directory.glob(".articles-*.jsonl.part")):
            match = pattern.match(partial.name)
            if not match or _alive(int(match.group(1))):
                continue
            for path, records in recover_partial_outputs(directory, partial.name):
                seen.add(EmittedArticle(r["id"], r["canonical_url"], r["url"], r.get("modified"))
                         for r in records if isinstance(r, dict) and "id" in r)
                logger.warning("recovered %d articles written by a dead worker into %s", len(records), path)
    finally:
        client.close()


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
