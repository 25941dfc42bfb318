"""Redis ``SeenStore``: the articles emitted so far by any worker, and the URLs they were reached under."""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import redis

from newsspider.state.base import EmittedArticle
from newsspider.state.redis.keys import CHUNK


class RedisSeenStore:
    """Articles already emitted and the URLs they were reached under (``SeenStore``)."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.urls_key = f"{prefix}:seen:urls"
        self.articles_key = f"{prefix}:seen:articles"

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

    def add(self, articles: Iterable[EmittedArticle]) -> None:
        articles = list(articles)
        if not articles:
            return
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(self.articles_key, mapping={
                a.id: ("1" + a.modified if a.modified is not None else "0") for a in articles})
            pipe.sadd(self.urls_key, *{u for a in articles for u in (a.canonical_url, a.url)})
            pipe.execute()
