"""Redis ``LineStatsStore``: per-site recurring-line counts shared by every worker."""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import redis

from newsspider.state.learned_lines import page_hash, page_keys, pages_needed

# KEYS: pages set, counts zset; ARGV: page hash, line keys...
_OBSERVE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
for i = 2, #ARGV do redis.call('ZINCRBY', KEYS[2], 1, ARGV[i]) end
return 1
"""


class RedisLineStats:
    """Per-site recurring lines (``LineStatsStore``); counting a page is one atomic script, so
    two workers observing the same page count it once."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.prefix = prefix
        self._observe = client.register_script(_OBSERVE)

    def _keys(self, site: str) -> tuple[str, str]:
        return f"{self.prefix}:lines:{site}:pages", f"{self.prefix}:lines:{site}:counts"

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        self._observe(keys=list(self._keys(site)), args=[page_hash(site, page_id), *sorted(page_keys(lines))])

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        pages_key, counts_key = self._keys(site)
        # Read the page count first, then the keys: one round trip, and never more lines than
        # the thresholds allow (a page observed in between only raises the counts).
        need = pages_needed(min_pages, min_share, cast(int, self.r.scard(pages_key)))
        keys = cast("list[bytes]", self.r.zrangebyscore(counts_key, need, "+inf"))
        return frozenset(key.decode() for key in keys)

    def page_count(self, site: str) -> int:
        return int(self.r.scard(self._keys(site)[0]))

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        return int(self.r.zremrangebyscore(self._keys(site)[1], "-inf", f"({int(min_pages)}"))

    def flush(self) -> None:
        """Nothing is buffered: each page is written by its own script (other workers read it)."""
