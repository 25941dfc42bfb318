"""A growing multimap of 32-bit keys to integer values, as sorted runs merged like a binary counter.

Why: the detector needs two lookups that a Python dict would hold at ~100 bytes per entry, for
millions of entries: which stored articles share a shingle with a new one (postings), and in how
many stories a shingle occurred (document frequency). Here an entry costs 12 bytes (4 with no
values) and a lookup is one binary search per run for all the query keys at once.

Each ``add`` becomes a sorted run; while the previous run is at most twice as large as the last
one they are merged (a log-structured merge), so there are O(log n) runs and every entry is copied
O(log n) times over its life.
"""
from __future__ import annotations

import numpy as np

_EMPTY_KEYS = np.zeros(0, dtype=np.uint32)


class KeyRuns:
    """Sorted runs of (key, value) pairs; ``values=False`` keeps keys only (a multiset)."""

    def __init__(self, values: bool = True) -> None:
        self._with_values = values
        self._runs: list[tuple[np.ndarray, np.ndarray | None]] = []
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def nbytes(self) -> int:
        """Bytes held by the runs' arrays."""
        return sum(k.nbytes + (0 if v is None else v.nbytes) for k, v in self._runs)

    def add(self, keys: np.ndarray, value: int = 0) -> None:
        """Add one entry per key (duplicates kept), each with ``value``."""
        keys = np.asarray(keys, dtype=np.uint32)
        self.add_entries(keys, np.full(keys.size, value, dtype=np.int64) if self._with_values else None)

    def add_entries(self, keys: np.ndarray, values: np.ndarray | None = None) -> None:
        """Add one entry per key with its own value (``values`` aligned with ``keys``): many
        articles' keys in one run, one sort instead of one per article."""
        keys = np.asarray(keys, dtype=np.uint32)
        if not keys.size:
            return
        run_values = None
        if self._with_values:
            if values is None or len(values) != keys.size:
                raise ValueError("one value per key is needed")
            order = np.argsort(keys, kind="stable")
            run_keys, run_values = keys[order], np.asarray(values, dtype=np.int64)[order]
        else:  # keys alone: equal keys are alike, any order is the stable one (numpy's sort: SIMD, no gather)
            run_keys = np.sort(keys)
        self._runs.append((run_keys, run_values))
        self._n += keys.size
        while len(self._runs) >= 2 and self._runs[-2][0].size <= 2 * self._runs[-1][0].size:
            (k2, v2), (k1, v1) = self._runs.pop(), self._runs.pop()
            merged = np.concatenate((k1, k2))
            if v1 is None or v2 is None:  # keys only
                merged.sort()
                self._runs.append((merged, None))
                continue
            order = np.argsort(merged, kind="stable")  # two sorted runs: timsort merges them in O(n)
            self._runs.append((merged[order], np.concatenate((v1, v2))[order]))

    def _ranges(self, keys: np.ndarray):
        for run_keys, run_values in self._runs:
            yield run_keys, run_values, run_keys.searchsorted(keys, "left"), run_keys.searchsorted(keys, "right")

    def count(self, keys: np.ndarray) -> np.ndarray:
        """Entries held under each of ``keys`` (int64, same shape).

        Keys not in order are searched in order and their counts put back in place: a binary
        search runs about three times faster over sorted keys (numpy starts each one where the
        previous one ended), and the stock counts look up hashed, unordered keys. A run's end of
        a key's entries is searched for only where its first search found the key: most keys of
        a text are in few runs, if any (the stock counts' lookups a quarter faster)."""
        keys = np.asarray(keys, dtype=np.uint32)
        order = np.argsort(keys, kind="stable") if keys.ndim == 1 and (keys[1:] < keys[:-1]).any() else None
        if order is not None:
            keys = keys[order]
        total = np.zeros(keys.shape, dtype=np.int64)
        for run_keys, _ in self._runs:
            lo = run_keys.searchsorted(keys, "left")
            found = run_keys[np.minimum(lo, run_keys.size - 1)] == keys  # past the end: its last key, smaller
            if found.any():
                total[found] += run_keys.searchsorted(keys[found], "right") - lo[found]
        if order is None:
            return total
        in_place = np.empty_like(total)
        in_place[order] = total
        return in_place

    def values(self, keys: np.ndarray, max_per_key: int | None = None) -> np.ndarray:
        """Values of every entry under ``keys`` (one per entry; a key given twice counts twice).
        Keys with more than ``max_per_key`` entries in all are skipped."""
        if not self._with_values:
            raise TypeError("this KeyRuns keeps no values")
        keys = np.asarray(keys, dtype=np.uint32)
        if max_per_key is not None:
            keys = keys[self.count(keys) <= max_per_key]
        found = []
        for _, run_values, lo, hi in self._ranges(keys):
            sizes = hi - lo
            hit = sizes > 0
            if not hit.any():
                continue
            lo, sizes = lo[hit], sizes[hit]
            # indices lo[i] .. lo[i] + sizes[i] - 1 for every hit, without a Python loop
            starts = np.repeat(lo - np.cumsum(sizes) + sizes, sizes)
            found.append(run_values[starts + np.arange(sizes.sum())])
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
