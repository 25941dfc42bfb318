"""Permuted-block index over 64-bit simhashes (Manku, Jain, Das Sarma, WWW 2007).

Split the 64 bits into ``blocks`` contiguous blocks. Two fingerprints within ``max_distance``
(k) bits differ in at most k blocks, so they agree exactly on at least ``blocks - k`` of them
(pigeonhole). One table per choice of ``blocks - k`` blocks, keyed by those blocks' bits: a
lookup probes C(blocks, k) keys and only checks the fingerprints that share one.

Layout, chosen for ~1M fingerprints in <= 200 bytes each and lookups well under 0.1 ms:
- ``_fps``: uint64 fingerprint per row (8 B), ``_refs``: int64 caller reference per row (8 B).
- all tables in ONE sorted uint32 array of ``table_id << key_bits | key`` plus a parallel
  uint32 row array: 8 B per table per row, and one vectorised ``searchsorted`` per lookup.
  k=5, blocks=7: 21 tables -> 16 + 21*8 = 184 B per fingerprint.
- new rows go to a small unsorted buffer scanned linearly, merged into the sorted arrays in
  batches (``np.insert`` at ``searchsorted`` positions, O(n) per batch, not per insert).
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np

_U64 = np.uint64


def _block_bounds(bits: int, blocks: int) -> list[tuple[int, int]]:
    """[(shift, width)] of contiguous blocks, widths differing by at most one."""
    base, extra = divmod(bits, blocks)
    bounds, shift = [], 0
    for i in range(blocks):
        width = base + (1 if i < extra else 0)
        bounds.append((shift, width))
        shift += width
    return bounds


class SimhashIndex:
    """k-bit Hamming lookup over 64-bit fingerprints without scanning them all."""

    def __init__(self, max_distance: int = 5, blocks: int = 7, buffer_size: int = 4096) -> None:
        if not 0 <= max_distance < blocks:
            raise ValueError("need 0 <= max_distance < blocks")
        self.max_distance = max_distance
        self.buffer_size = buffer_size
        bounds = _block_bounds(64, blocks)
        self._tables = [tuple(bounds[i] for i in combo)
                        for combo in itertools.combinations(range(blocks), blocks - max_distance)]
        self._key_bits = max(sum(w for _, w in t) for t in self._tables)
        table_bits = max(1, (len(self._tables) - 1).bit_length())
        if self._key_bits + table_bits > 32:
            raise ValueError(f"{len(self._tables)} tables of {self._key_bits}-bit keys do not fit 32 bits")
        self._fps = np.zeros(0, dtype=np.uint64)
        self._refs = np.zeros(0, dtype=np.int64)
        self._n = 0
        self._keys = np.zeros(0, dtype=np.uint32)
        self._rows = np.zeros(0, dtype=np.uint32)
        self._pending_from = 0  # rows >= this are in the unsorted buffer

    def __len__(self) -> int:
        return self._n

    @property
    def tables(self) -> int:
        return len(self._tables)

    def nbytes(self) -> int:
        """Bytes held by the arrays (capacity included)."""
        return self._fps.nbytes + self._refs.nbytes + self._keys.nbytes + self._rows.nbytes

    def _table_keys(self, fps: np.ndarray) -> np.ndarray:
        """(tables, n) uint32 combined keys for the given fingerprints."""
        fps = fps.astype(np.uint64, copy=False)
        out = np.empty((len(self._tables), fps.shape[0]), dtype=np.uint32)
        for t, blocks in enumerate(self._tables):
            key = np.zeros(fps.shape[0], dtype=np.uint64)
            for shift, width in blocks:
                key = (key << _U64(width)) | ((fps >> _U64(shift)) & _U64((1 << width) - 1))
            out[t] = (key | _U64(t << self._key_bits)).astype(np.uint32)
        return out

    def _query_keys(self, fingerprint: int) -> np.ndarray:
        """Combined keys of one fingerprint in plain ints: numpy per-call overhead would dominate."""
        out = []
        for t, blocks in enumerate(self._tables):
            key = 0
            for shift, width in blocks:
                key = (key << width) | ((fingerprint >> shift) & ((1 << width) - 1))
            out.append(key | (t << self._key_bits))
        return np.array(out, dtype=np.uint32)

    def add(self, fingerprint: int, ref: int) -> None:
        """Add one fingerprint with the caller's integer reference (e.g. a store row id)."""
        self.add_many(np.array([fingerprint], dtype=np.uint64), np.array([ref], dtype=np.int64))

    def add_many(self, fingerprints: Iterable[int] | np.ndarray, refs: Iterable[int] | np.ndarray) -> None:
        """Bulk add (e.g. when loading from the store); merges when the buffer is full."""
        fps = np.asarray(np.fromiter((int(f) for f in fingerprints), dtype=np.uint64)
                         if not isinstance(fingerprints, np.ndarray) else fingerprints, dtype=np.uint64)
        rs = np.asarray(list(refs) if not isinstance(refs, np.ndarray) else refs, dtype=np.int64)
        if fps.shape != rs.shape:
            raise ValueError("fingerprints and refs differ in length")
        need = self._n + fps.size
        if need > self._fps.size:
            cap = max(need, int(self._fps.size * 1.5), 1024)
            self._fps = np.resize(self._fps, cap)
            self._refs = np.resize(self._refs, cap)
        self._fps[self._n:need] = fps
        self._refs[self._n:need] = rs
        self._n = need
        if self._n - self._pending_from >= self.buffer_size:
            self._merge()

    def _merge(self) -> None:
        start, end = self._pending_from, self._n
        if end == start:
            return
        keys = self._table_keys(self._fps[start:end]).ravel()
        rows = np.tile(np.arange(start, end, dtype=np.uint32), len(self._tables))
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        pos = np.searchsorted(self._keys, keys)
        self._keys = np.insert(self._keys, pos, keys)
        self._rows = np.insert(self._rows, pos, rows)
        self._pending_from = end

    def lookup(self, fingerprint: int, max_distance: int | None = None) -> list[tuple[int, int]]:
        """[(ref, distance)] of stored fingerprints within ``max_distance`` bits (<= the index's k),
        nearest first."""
        k = self.max_distance if max_distance is None else min(max_distance, self.max_distance)
        fp = np.uint64(fingerprint)
        keys = self._query_keys(int(fingerprint))
        # one call for both ends: needles key, key+1 interleaved stay sorted and share cache lines
        bounds = np.searchsorted(self._keys, np.repeat(keys, 2) + np.tile(np.array([0, 1], np.uint32), keys.size))
        b = bounds.tolist()
        parts = [self._rows[b[i]:b[i + 1]] for i in range(0, len(b), 2) if b[i + 1] > b[i]]
        if self._n > self._pending_from:
            parts.append(np.arange(self._pending_from, self._n, dtype=np.uint32))
        if not parts:
            return []
        rows = np.unique(np.concatenate(parts)) if len(parts) > 1 else parts[0]
        dist = np.bitwise_count(self._fps[rows] ^ fp)
        keep = dist <= k
        rows, dist = rows[keep], dist[keep]
        order = np.argsort(dist, kind="stable")
        return [(int(self._refs[r]), int(d)) for r, d in zip(rows[order], dist[order])]
