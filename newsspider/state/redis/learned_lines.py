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


# KEYS: pages set, counts zset; ARGV: max pages. Halve a site past max pages; returns 1 if it was.
_DECAY = """
local pages = redis.call('SCARD', KEYS[1])
if pages <= tonumber(ARGV[1]) then return 0 end
redis.call('SPOP', KEYS[1], pages - math.floor(pages / 2))
redis.call('ZUNIONSTORE', KEYS[2], 1, KEYS[2], 'WEIGHTS', 0.5)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(1')
return 1
"""


class RedisLineStats:
    """Per-site recurring lines (``LineStatsStore``); counting a page is one atomic script, so
    two workers observing the same page count it once."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.prefix = prefix
        self._observe = client.register_script(_OBSERVE)
        self._decay = client.register_script(_DECAY)
        self._sites: set[str] = set()  # observed or read by this process: the ones ``decay`` looks at

    def _keys(self, site: str) -> tuple[str, str]:
        self._sites.add(site)
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

    def decay(self, *, max_pages: int) -> int:
        # Counts become halves (x.5): a key seen on 3 pages keeps 1.5, one seen once is dropped.
        return sum(int(self._decay(keys=list(self._keys(site)), args=[max_pages])) for site in sorted(self._sites))
