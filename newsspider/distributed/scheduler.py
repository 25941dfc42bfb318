"""The scheduler of a distributed crawl: scrapy-redis' scheduler on the run's reliable queue.

What it adds to scrapy-redis (see the package docstring for the whole mode):

* atomic seeding and dupefiltering (``ReliableQueue.push``);
* in-flight tracking: a request taken from the queue stays in this worker's in-flight hash until
  the crawl is done with it. It learns that from public signals only (``tracking.py`` says which
  and when); the ids of the requests done go to Redis with the next heartbeat;
* heartbeats: ``<run>:hb:<worker>`` is refreshed from a thread of its own (a reactor busy with a
  long callback must not get a live worker's requests taken over) and, with the acknowledgements
  and the run keys' TTLs, by a ``TICK_SECONDS`` loop in the reactor, which also requeues the
  in-flight requests of workers whose heartbeat expired;
* waking: an engine asks the scheduler for work when a download ends, and otherwise only every
  few seconds; so when the queue has requests (another worker added them) and none of this
  worker's requests is downloading, the tick hands one to the engine (``ExecutionEngine.crawl``),
  which then pulls the rest as usual;
* the end of a run: ``has_pending_requests`` stays true while other workers have requests in
  flight. The engine looks again only at its heartbeat, so the tick ends an idle worker whose
  run is over itself, as the engine would (``spider_idle``, then ``close_spider_async``). On close,
  a finished worker clears its in-flight hash, an interrupted one requeues it.
"""
from __future__ import annotations

import collections
import logging
import threading
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from newsspider.distributed import signals as distributed_signals
from newsspider.distributed.connection import redis_client
from newsspider.distributed.keys import RunKeys, worker_id, written_key
from newsspider.distributed.queue import INFLIGHT, ReliableQueue
from newsspider.distributed.recovery import REWRITTEN, recover_dead_worker_outputs
from newsspider.distributed.spider_output import PARENT
from newsspider.distributed.tracking import InFlight
from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.state import StateService
from newsspider.items import Article
from newsspider.signals import articles_lost, items_committed

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)

TICK_SECONDS = 0.5
"""How often the reactor acknowledges finished requests, refreshes the heartbeat and looks for dead workers."""
BEATS_PER_TTL = 4
"""The heartbeat thread beats this many times per ``NEWSSPIDER_REDIS_HEARTBEAT``: a few failed beats
(a Redis hiccup) do not get a live worker taken for dead."""


def _in_flight_id(response: Any) -> str | None:
    """The in-flight id of the request behind a response (or an errback's failure), if any."""
    request = getattr(response, "request", None)
    return None if request is None else request.meta.get(INFLIGHT)


class ReliableScheduler(Scheduler):
    """scrapy-redis' scheduler with atomic seeding, in-flight tracking, heartbeats and requeueing
    of dead workers' requests (see the module docstring)."""

    def __init__(self, server: redis.Redis, *, crawler: Crawler, keys: RunKeys, heartbeat_ttl: int,
                 run_ttl: int, written_key: str = "") -> None:
        super().__init__(server, persist=True,  # the run's keys expire (run_ttl); no worker flushes them
                         queue_key=keys.requests, dupefilter_key=keys.dupefilter,
                         dupefilter=RFPDupeFilter(server, keys.dupefilter,
                                                  debug=crawler.settings.getbool("DUPEFILTER_DEBUG")))
        self.queue: ReliableQueue
        self.crawler = crawler
        self.keys = keys
        self.heartbeat_ttl = heartbeat_ttl
        self.run_ttl = run_ttl
        self.in_flight = InFlight()
        self._unacknowledged: list[str] = []   # done, not yet removed from Redis
        self._ready: collections.deque[Request] = collections.deque()  # taken by the tick for the engine
        self._waking: Request | None = None
        self._start_failed = False  # the engine ends such a crawl with its own reason
        self._ending = False
        self._loop: AsyncioLoopingCall | LoopingCall | None = None
        self._heartbeat_stop = threading.Event()
        self._written: dict[str, bytes] = {}  # article id -> the request it came from (ReliableQueue.encode)
        self.written_key = written_key  # the same in Redis, for a survivor if this worker dies ("": not kept)
        self._closed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReliableScheduler:
        """The scheduler of the run the settings name; fails at once when Redis cannot be reached."""
        settings = crawler.settings
        server = redis_client(settings)
        server.ping()
        scheduler = cls(server, crawler=crawler, keys=RunKeys.from_settings(settings),
                        heartbeat_ttl=max(1, settings.getint("NEWSSPIDER_REDIS_HEARTBEAT")),
                        run_ttl=settings.getint("NEWSSPIDER_REDIS_RUN_TTL"),
                        written_key=written_key(settings.get("NEWSSPIDER_REDIS_PREFIX"), worker_id()))
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider: Spider) -> None:
        """Open the queue, register this worker, requeue what dead workers held, start the heartbeats."""
        self.spider = spider
        self.queue = ReliableQueue(self.server, spider, self.keys.requests, self.serializer, keys=self.keys)
        # An item written is done once the output made it durable (items_committed); with no
        # output, once scraped.
        written = (self._outputs_committed, items_committed) if FeedOutput.of(self.crawler) is not None \
            else (self._output_finished, signals.item_scraped)
        for handler, signal in ((self._responded, signals.response_received),
                                written,
                                (self._output_finished, signals.item_dropped),
                                (self._output_finished, signals.item_error),
                                (self._spider_error, signals.spider_error),
                                (self._output_done, distributed_signals.spider_output_done),
                                (self._download_failed, distributed_signals.download_failed),
                                (self._rewrite_lost, articles_lost)):
            self.crawler.signals.connect(handler, signal=signal)
        self._beat()
        threading.Thread(target=self._heartbeat_thread, name="newsspider-heartbeat", daemon=True).start()
        moved, gone = self.queue.requeue()
        if moved or gone:
            logger.warning("requeued %d in-flight requests of dead workers %s", moved, ", ".join(gone))
        logger.info("distributed crawl: worker %s, run %s (%d requests queued)",
                    self.keys.worker, self.keys.run, len(self.queue))
        self._loop = create_looping_call(self.tick)
        self._loop.start(TICK_SECONDS, now=False)

    def close(self, reason: str) -> None:
        """Leave the run: clear (finished) or requeue (interrupted) what this worker holds."""
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self._heartbeat_stop.set()
        if (output := FeedOutput.of(self.crawler)) is not None:
            output.announce_lost_articles()  # their requests requeued (``_rewrite_lost``) while this worker is registered
        self._closed = True
        try:
            if self.written_key:  # a file lost from here on is this worker's own to report (``_rewrite_lost``)
                self.server.delete(self.written_key)
            if reason == "finished":  # the engine is idle: everything it took is done
                self.server.delete(self.keys.inflight)
                self.server.srem(self.keys.workers, self.keys.worker)
            else:  # shut down early: give what it still held back to the other workers
                moved, _ = self.queue.requeue(own=True)
                if moved:
                    logger.warning("requeued %d requests this worker had in flight (%s)", moved, reason)
            self.server.delete(self.keys.heartbeat)
        except redis.RedisError as exc:
            logger.error("could not deregister worker %s: %s", self.keys.worker, exc)
        super().close(reason)
        self.server.close()

    # -- scheduler interface ----------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        """Queue a request unless the run's dupefilter knows it; learn what it finishes."""
        if request is self._waking:  # taken by the tick to wake the engine: already in flight
            self._ready.append(request)
            return True
        parent = request.meta.pop(PARENT, None)       # the spider yielded it for an in-flight response
        replaced = request.meta.pop(INFLIGHT, None)   # a retry or redirect of an in-flight request
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        queued = self.queue.push(request, fingerprint)
        if queued:
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/redis")
        else:
            self.df.log(request, self.spider)
        if parent:
            self.in_flight.output_finished(parent)
        if replaced:
            self.in_flight.reissued(replaced)
        return queued

    def next_request(self) -> Request | None:
        """The next request for the engine, now held in flight by this worker."""
        if self._ready:
            return self._ready.popleft()
        return self._take()

    def has_pending_requests(self) -> bool:
        """Work for this worker may still come: requests queued, or in flight at another worker
        (which may add more, or die and have them requeued)."""
        return bool(self._ready) or self.queue.pending_elsewhere() > 0

    def _end_if_idle(self) -> None:
        """Close an idle worker whose run is over now, rather than at the engine's next heartbeat
        (5 s): ``spider_idle`` first, whose handlers may keep it open (``DontCloseSpider``) or
        name the reason (``CloseSpider``), as the engine's own idle check does."""
        engine = self.crawler.engine
        if self._ending or self._start_failed or not engine.spider_is_idle():
            return
        results = self.crawler.signals.send_catch_log(signals.spider_idle, spider=self.spider,
                                                      dont_log=(DontCloseSpider, CloseSpider))
        raised = [getattr(result, "value", None) for _, result in results]
        if any(isinstance(exc, DontCloseSpider) for exc in raised):
            return
        reason = next((exc.reason for exc in raised if isinstance(exc, CloseSpider) and exc.reason), "finished")
        self._ending = True
        deferred_from_coro(engine.close_spider_async(reason=reason))

    def _take(self) -> Request | None:
        """Pop the next request of the run's queue; this worker now holds it in flight."""
        request = self.queue.pop()
        if request is not None:
            self.in_flight.taken(request.meta[INFLIGHT])
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # -- what the crawl is done with (signal handlers) -------------------------------------------
    def _responded(self, response: Any, request: Request, **kwargs: Any) -> None:
        if key := request.meta.get(INFLIGHT):
            self.in_flight.responded(key)

    def _output_done(self, response: Any, outputs: int, **kwargs: Any) -> None:
        if key := _in_flight_id(response):
            self.in_flight.output_done(key, outputs)

    def _output_finished(self, response: Any = None, **kwargs: Any) -> None:
        if key := _in_flight_id(response):
            self.in_flight.output_finished(key)

    def _outputs_committed(self, items: list[Any], responses: list[Any], **kwargs: Any) -> None:
        for response in responses:
            self._output_finished(response)
        kept: dict[str, bytes] = {}
        for item, response in zip(items, responses, strict=True):  # after: a request that cannot be kept
            if isinstance(item, Article) and getattr(response, "request", None) is not None:  # ends nothing
                try:
                    self._written[item.id] = self.queue.encode(response.request)
                    kept[item.id] = self.queue.entry(response.request.replace(dont_filter=True))
                except ValueError as exc:  # a callback that is not the spider's: not queueable either
                    logger.debug("cannot keep the request of %s to write it again: %s", item.id, exc)
        if kept and self.written_key:  # before the next tick acknowledges them: a kill after that
            try:  # and the file's deletion leave the survivor these (``recovery.requeue_forgotten``)
                with self.server.pipeline(transaction=False) as pipe:
                    pipe.hset(self.written_key, mapping=kept)
                    if self.run_ttl > 0:
                        pipe.expire(self.written_key, self.run_ttl)
                    pipe.execute()
            except redis.RedisError as exc:
                logger.warning("could not keep the requests of %d articles committed (%s): if this worker is "
                               "killed and its output file deleted, they are not written again", len(kept), exc)

    def _rewrite_lost(self, article_ids: list[str], **kwargs: Any) -> None:
        """Articles this worker wrote were lost with their output file (deleted while written): their
        requests are done, and in the run's dupefilter, so no worker would fetch them again in this
        run (nor in the next, whose feeds answer 304 to the validators another worker saved). They
        are forgotten as emitted, then their requests queued again for the run's workers to write
        them. After this worker's scheduler closed (a file found deleted only when stored), through
        a client of its own: the run's other workers, or the next one started for it, take them."""
        encoded = [data for article_id in article_ids if (data := self._written.pop(article_id, None)) is not None]
        if not encoded:
            return
        StateService.of(self.crawler).seen.forget(article_ids)  # before any worker can take them
        server = redis_client(self.crawler.settings) if self._closed else self.server
        try:
            queue = ReliableQueue(server, self.spider, self.keys.requests, self.serializer, keys=self.keys)
            queue.push_again(encoded)
        except redis.RedisError as exc:
            logger.error("could not requeue the %d requests of articles lost with a deleted output file (%s): "
                         "the next run writes them again", len(encoded), exc)
            return
        finally:
            if server is not self.server:
                server.close()
        logger.warning("requeued the requests of %d articles lost with a deleted output file: the run's workers "
                       "write them again", len(encoded))
        self.crawler.stats.inc_value(REWRITTEN, len(encoded))

    def _spider_error(self, response: Any = None, **kwargs: Any) -> None:
        if response is None:  # raised by the spider's start()
            self._start_failed = True
        elif key := _in_flight_id(response):  # a callback that raised before yielding: its output is over
            self.in_flight.output_done(key, 0)

    def _download_failed(self, request: Request, **kwargs: Any) -> None:
        if key := request.meta.get(INFLIGHT):
            self.in_flight.failed(key)

    # -- heartbeat, acknowledgements, dead workers, waking ----------------------------------------
    def _beat(self, done: list[str] | None = None) -> int:
        """Refresh the heartbeat and the run keys' TTLs, remove ``done`` from the in-flight hash;
        return the number of requests queued."""
        with self.server.pipeline(transaction=False) as pipe:
            pipe.set(self.keys.heartbeat, self.keys.worker, ex=self.heartbeat_ttl)
            pipe.sadd(self.keys.workers, self.keys.worker)
            if done:
                pipe.hdel(self.keys.inflight, *done)
            if self.run_ttl > 0:
                for key in (self.keys.requests, self.keys.dupefilter, self.keys.workers, self.keys.inflight):
                    pipe.expire(key, self.run_ttl)
            pipe.zcard(self.keys.requests)
            return int(pipe.execute()[-1])

    def _heartbeat_thread(self) -> None:
        """Proof of life from a thread of its own, with its own client: only a dead process (or
        one cut off from Redis) stops beating."""
        client = redis_client(self.crawler.settings)
        try:
            while not self._heartbeat_stop.wait(self.heartbeat_ttl / BEATS_PER_TTL):
                try:
                    client.set(self.keys.heartbeat, self.keys.worker, ex=self.heartbeat_ttl)
                except redis.RedisError:
                    pass  # the reactor's tick logs Redis trouble
        finally:
            client.close()

    def tick(self) -> None:
        """One beat of the reactor's loop (every ``TICK_SECONDS``): acknowledge the requests done,
        refresh the heartbeat, requeue dead workers' requests, wake an idle engine."""
        try:
            self._unacknowledged += self.in_flight.acknowledge()
            queued = self._beat(self._unacknowledged)
            self._unacknowledged = []
            self._finish_dead_workers_files()
            moved, gone = self.queue.requeue()
            if gone:
                logger.warning("worker(s) %s stopped sending heartbeats: requeued their %d in-flight requests",
                               ", ".join(gone), moved)
                self.crawler.stats.inc_value("newsspider/distributed/requeued", moved)
            if (queued or moved) and not self._ready and not self.in_flight.downloading():
                self._wake()
            elif not queued and not moved and not self.in_flight and not self._ready:
                self._end_if_idle()
        except redis.RedisError as exc:
            logger.warning("redis unavailable for the heartbeat: %s", exc)
        except Exception:  # the loop must go on: a worker that stops beating gets taken over
            logger.exception("distributed scheduler tick failed")

    def _finish_dead_workers_files(self) -> None:
        """Before their requests are requeued: the output files of this host's dead workers are
        finished and their articles marked as seen (what they wrote after their last commit point
        is not written again)."""
        try:
            recover_dead_worker_outputs(self.crawler.settings, StateService.of(self.crawler).seen, self.server,
                                        self.crawler.stats)
        except (OSError, redis.RedisError) as exc:
            logger.warning("could not finish the output files of dead workers: %s", exc)

    def _wake(self) -> None:
        """Hand one queued request to an engine with no download running: it would otherwise ask
        for work only at its next heartbeat (5 s); once downloading, it pulls the rest as usual."""
        engine = self.crawler.engine
        if engine.needs_backout() or (request := self._take()) is None:
            return
        self._waking = request
        try:
            engine.crawl(request)
        finally:
            self._waking = None
