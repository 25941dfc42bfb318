"""Redis ``ValidatorStore``: the ETag / Last-Modified of each feed and sitemap URL."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import redis

from newsspider.state.base import Validators


class RedisValidatorStore:
    """ETag / Last-Modified of each feed and sitemap URL (``ValidatorStore``)."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.key = f"{prefix}:validators"

    def get(self, url: str) -> Validators | None:
        value = self.r.hget(self.key, url)
        return None if value is None else Validators(**json.loads(value))

    def put(self, items: Iterable[tuple[str, Validators]]) -> None:
        mapping: dict[Any, str] = {url: json.dumps({"etag": v.etag, "last_modified": v.last_modified}) for url, v in items}
        if mapping:
            self.r.hset(self.key, mapping=mapping)
