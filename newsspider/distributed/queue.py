"""The run's queue: scrapy-redis' priority queue whose pop keeps the request in the worker's in-flight hash.

Requests are encoded with scrapy-redis' serializer of ``Request.to_dict()`` and decoded with
``scrapy.utils.request.request_from_dict`` (public APIs). Every operation that touches more than
one key is one Lua script, so two workers never see it half done.
"""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from scrapy.utils.request import request_from_dict
from scrapy_redis.queue import PriorityQueue

if TYPE_CHECKING:
    import redis
    from scrapy import Request, Spider

    from newsspider.distributed.keys import RunKeys

INFLIGHT = "newsspider_inflight"
"""Request meta key: the id of a request taken from the queue in this worker's in-flight hash
(the sha1 of its encoded form, the hash's field)."""

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
    """scrapy-redis' priority queue with atomic seeding, in-flight tracking and requeueing."""

    def __init__(self, server: redis.Redis, spider: Spider, key: str, serializer: Any = None, *,
                 keys: RunKeys) -> None:
        super().__init__(server, spider, key, serializer)
        self.keys = keys
        self._enqueue = server.register_script(_ENQUEUE)
        self._pop = server.register_script(_POP)
        self._requeue = server.register_script(_REQUEUE)
        self._pending = server.register_script(_PENDING)

    def push(self, request: Request, fingerprint: str = "") -> bool:
        """Add to the dupefilter and the queue atomically; False if the fingerprint was known."""
        data = self.serializer.dumps(request.to_dict(spider=self.spider))
        return bool(self._enqueue(keys=[self.keys.dupefilter, self.key], args=[fingerprint, -request.priority, data]))

    def encode(self, request: Request) -> bytes:
        """``request`` as the queue holds it (``push_again`` takes it back), without its in-flight id."""
        data = request.to_dict(spider=self.spider)
        data["meta"] = {key: value for key, value in data.get("meta", {}).items() if key != INFLIGHT}
        return self.serializer.dumps(data)

    def entry(self, request: Request) -> bytes:
        """``request`` as the queue's sorted set holds it with its score (``"<score> <request>"``,
        as in an in-flight hash), for ``push_entries``."""
        return f"{-request.priority} ".encode() + self.encode(request)

    def push_again(self, encoded: list[bytes]) -> int:
        """Queue these requests (``encode``) once more, past the dupefilter that has them already
        (``dont_filter``: a retry of one is not refused either); returns how many."""
        for data in encoded:
            request = request_from_dict(self.serializer.loads(data), spider=self.spider).replace(dont_filter=True)
            self.push(request)
        return len(encoded)

    def pop(self, timeout: int = 0) -> Request | None:
        """The next request, now in this worker's in-flight hash (``meta[INFLIGHT]`` says where)."""
        data = self._pop(keys=[self.key, self.keys.inflight])
        if data is None:
            return None
        request = request_from_dict(self.serializer.loads(data), spider=self.spider)
        request.meta[INFLIGHT] = hashlib.sha1(data).hexdigest()
        return request

    def requeue(self, own: bool = False) -> tuple[int, list[str]]:
        """Put the in-flight requests of dead workers (or, ``own``, this worker's) back in the queue.

        Returns how many requests moved and which workers were deregistered.
        """
        moved, gone = self._requeue(keys=[self.keys.workers, self.key],
                                    args=[self.keys.run, self.keys.worker, "self" if own else ""])
        return int(moved), [w.decode() if isinstance(w, bytes) else w for w in gone]

    def pending_elsewhere(self) -> int:
        """Requests queued, plus those in flight at other workers (which may add more, or die)."""
        return int(self._pending(keys=[self.keys.workers, self.key], args=[self.keys.run, self.keys.worker]))


def push_entries(server: redis.Redis, queue_key: str, entries: list[bytes]) -> int:
    """Queue requests kept as ``ReliableQueue.entry`` (their dupefilter check is for the caller to
    have settled: ``dont_filter``); needs no spider, so a worker can do it before its crawl starts."""
    if not entries:
        return 0
    score_and_data = (entry.split(b" ", 1) for entry in entries)
    server.zadd(queue_key, {data: float(score) for score, data in score_and_data})
    return len(entries)
