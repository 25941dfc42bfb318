"""Redis ``SeenStore``: the articles emitted so far by any worker, and the URLs they were reached under."""
from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime
from typing import cast

import redis

from newsspider.state.base import EmittedArticle, EmittedIdentity
from newsspider.state.redis.keys import CHUNK

# KEYS: emitted zset, urls-of hash, articles hash, urls set, keys hash. Removes the articles `ids`
# and their URLs; returns how many were recorded.
_REMOVE = """
local function remove(ids)
  local urls = redis.call('HMGET', KEYS[2], unpack(ids))
  for _, joined in ipairs(urls) do
    if joined then
      for url in string.gmatch(joined, '[^\\n]+') do redis.call('SREM', KEYS[4], url) end
    end
  end
  redis.call('HDEL', KEYS[2], unpack(ids))
  redis.call('HDEL', KEYS[5], unpack(ids))
  redis.call('ZREM', KEYS[1], unpack(ids))
  return redis.call('HDEL', KEYS[3], unpack(ids))
end
"""
# ARGV: cutoff (epoch s), batch size. Forgets one batch of the articles emitted before the cutoff.
_FORGET_BEFORE = _REMOVE + """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
if #ids == 0 then return 0 end
remove(ids)
return #ids
"""
# ARGV: article ids. Forgets them.
_FORGET = _REMOVE + """
return remove(ARGV)
"""


class RedisSeenStore:
    """Articles already emitted and the URLs they were reached under (``SeenStore``).

    Besides the article hash and the URL set that answer the crawl's questions, ``seen:emitted``
    (article id -> when it was last emitted) and ``seen:urls_of`` (article id -> its URLs) let
    ``forget_before`` remove old articles with their URLs. Articles recorded before these keys
    existed are never forgotten. ``seen:keys`` (article id -> ``EmittedArticle.key``) is a hash of
    its own, so the values an older release reads are unchanged; an article recorded without a
    key has none there.
    """

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.urls_key = f"{prefix}:seen:urls"
        self.articles_key = f"{prefix}:seen:articles"
        self.emitted_key = f"{prefix}:seen:emitted"
        self.urls_of_key = f"{prefix}:seen:urls_of"
        self.keys_key = f"{prefix}:seen:keys"
        self._forget_before = client.register_script(_FORGET_BEFORE)
        self._forget = client.register_script(_FORGET)

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        urls = list(dict.fromkeys(urls))
        found: set[str] = set()
        with self.r.pipeline(transaction=False) as pipe:
            for start in range(0, len(urls), CHUNK):
                pipe.smismember(self.urls_key, urls[start:start + CHUNK])
            results = pipe.execute() if urls else []
        for start, flags in zip(range(0, len(urls), CHUNK), results, strict=True):
            found.update(url for url, flag in zip(urls[start:start + CHUNK], flags, strict=True) if flag)
        return found

    def modified_of(self, article_id: str) -> tuple[bool, str | None]:
        raw = cast("bytes | None", self.r.hget(self.articles_key, article_id))
        if raw is None:
            return False, None
        value = raw.decode()
        return True, (value[1:] if value[0] == "1" else None)

    def identity_of(self, article_id: str, urls: Iterable[str]) -> EmittedIdentity | None:
        with self.r.pipeline(transaction=False) as pipe:
            pipe.hexists(self.articles_key, article_id)
            pipe.hget(self.keys_key, article_id)
            pipe.hget(self.urls_of_key, article_id)
            emitted, key, joined = pipe.execute()
        if not emitted:
            return None
        reached = set(joined.decode().split("\n")) if joined else set()
        return EmittedIdentity(key.decode() if key else None, any(url in reached for url in urls))

    def add(self, articles: Iterable[EmittedArticle]) -> None:
        articles = list(articles)
        if not articles:
            return
        now = time.time()
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(self.articles_key, mapping={
                a.id: ("1" + a.modified if a.modified is not None else "0") for a in articles})
            pipe.sadd(self.urls_key, *{u for a in articles for u in (a.canonical_url, a.url)})
            pipe.zadd(self.emitted_key, {a.id: now for a in articles})
            pipe.hset(self.urls_of_key, mapping={a.id: "\n".join(dict.fromkeys((a.canonical_url, a.url)))
                                                 for a in articles})
            if any(a.key is not None for a in articles):
                pipe.hset(self.keys_key, mapping={a.id: a.key for a in articles if a.key is not None})
            pipe.execute()

    def forget_before(self, cutoff: datetime) -> int:
        forgotten = 0
        while batch := int(self._forget_before(keys=self._keys, args=[cutoff.timestamp(), CHUNK])):
            forgotten += batch
        return forgotten

    def forget(self, article_ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(article_ids))
        return sum(int(self._forget(keys=self._keys, args=ids[start:start + CHUNK]))
                   for start in range(0, len(ids), CHUNK))

    @property
    def _keys(self) -> list[str]:
        return [self.emitted_key, self.urls_of_key, self.articles_key, self.urls_key, self.keys_key]

    def count(self) -> int:
        return int(cast(int, self.r.hlen(self.articles_key)))
