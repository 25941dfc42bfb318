"""Redis ``LineStatsStore``: per-site recurring-line counts shared by every worker."""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import redis

from newsspider.state.learned_lines import NumberRun, page_hash, page_keys, page_numbers, pages_needed

# KEYS: pages set, counts zset, runs hash; ARGV: page hash, the number of line keys, the line keys,
# then (numbered key, digits) pairs. A run is its digits ("": unknown; ``NumberRun.encode``): the site's
# first page starts one, a later page goes on with it if it shows its digits (or they are unknown), else
# the run is over (``next_run``).
_OBSERVE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
local n = tonumber(ARGV[2])
for i = 3, n + 2 do redis.call('ZINCRBY', KEYS[2], 1, ARGV[i]) end
local first = redis.call('SCARD', KEYS[1]) == 1
for i = n + 3, #ARGV, 2 do
  local run = redis.call('HGET', KEYS[3], ARGV[i])
  if first or run == '' or run == ARGV[i + 1] then
    redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
  elseif run then
    redis.call('HDEL', KEYS[3], ARGV[i])
  end
end
return 1
"""

# Drop the keys of counts zset KEYS[counts] seen on fewer than ``below`` pages, and their runs (runs hash
# KEYS[runs]); returns how many.
_DROP_BELOW = """
local function drop_below(counts, runs, below)
  local drop = redis.call('ZRANGEBYSCORE', counts, '-inf', '(' .. below)
  for i = 1, #drop, 1000 do
    local chunk = {unpack(drop, i, math.min(i + 999, #drop))}
    redis.call('ZREM', counts, unpack(chunk))
    redis.call('HDEL', runs, unpack(chunk))
  end
  return #drop
end
"""

# KEYS: pages set, counts zset, runs hash; ARGV: max pages. Halve a site past max pages; returns 1 if it was.
# A run's pages are its line's count: it goes with the line when the line is forgotten.
_DECAY = _DROP_BELOW + """
local pages = redis.call('SCARD', KEYS[1])
if pages <= tonumber(ARGV[1]) then return 0 end
redis.call('SPOP', KEYS[1], pages - math.floor(pages / 2))
redis.call('ZUNIONSTORE', KEYS[2], 1, KEYS[2], 'WEIGHTS', 0.5)
drop_below(KEYS[2], KEYS[3], 1)
return 1
"""

# KEYS: counts zset, runs hash; ARGV: min pages. Drop the keys below it, and their runs; returns how many.
_PRUNE = _DROP_BELOW + """
return drop_below(KEYS[1], KEYS[2], ARGV[1])
"""


class RedisLineStats:
    """Per-site recurring lines (``LineStatsStore``); counting a page is one atomic script, so
    two workers observing the same page count it once."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        self.prefix = prefix
        self._observe = client.register_script(_OBSERVE)
        self._decay = client.register_script(_DECAY)
        self._prune = client.register_script(_PRUNE)
        self._sites: set[str] = set()  # observed or read by this process: the ones ``decay`` looks at

    def _keys(self, site: str) -> tuple[str, str, str]:
        """The site's pages set, counts sorted set and runs hash (``keys.py``)."""
        self._sites.add(site)
        return site_keys(self.prefix, site)

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        keys = sorted(page_keys(lines))
        numbers = [part for numbered, digits in sorted(page_numbers(keys).items()) for part in (numbered, digits)]
        self._observe(keys=list(self._keys(site)), args=[page_hash(site, page_id), len(keys), *keys, *numbers])

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        pages_key, counts_key, _ = self._keys(site)
        # Read the page count first, then the keys: one round trip, and never more lines than
        # the thresholds allow (a page observed in between only raises the counts).
        need = pages_needed(min_pages, min_share, cast(int, self.r.scard(pages_key)))
        keys = cast("list[bytes]", self.r.zrangebyscore(counts_key, need, "+inf"))
        return frozenset(key.decode() for key in keys)

    def page_count(self, site: str) -> int:
        return int(self.r.scard(self._keys(site)[0]))

    def number_runs(self, site: str, keys: Iterable[str]) -> dict[str, NumberRun]:
        asked = sorted(keys)
        if not asked:
            return {}
        values = cast("list[bytes | None]", self.r.hmget(self._keys(site)[2], asked))
        return {key: NumberRun.decode(value) for key, value in zip(asked, values, strict=True) if value is not None}

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        return int(self._prune(keys=list(self._keys(site)[1:]), args=[int(min_pages)]))

    def flush(self) -> None:
        """Nothing is buffered: each page is written by its own script (other workers read it)."""

    def decay(self, *, max_pages: int) -> int:
        # Counts become halves (x.5): a key seen on 3 pages keeps 1.5, one seen once is dropped.
        return sum(int(self._decay(keys=list(self._keys(site)), args=[max_pages])) for site in sorted(self._sites))


def site_keys(prefix: str, site: str) -> tuple[str, str, str]:
    """A site's pages set, line counts and numbered lines' runs (``keys.py``)."""
    return f"{prefix}:lines:{site}:pages", f"{prefix}:lines:{site}:counts", f"{prefix}:lines:{site}:runs"
