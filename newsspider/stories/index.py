"""Permuted-block index over 64-bit simhashes (Manku, Jain, Das Sarma, WWW 2007).

Split the 64 bits into ``blocks`` contiguous blocks. Two fingerprints within ``max_distance``
(k) bits differ in at most k blocks, so they agree exactly on at least ``blocks - k`` of them
(pigeonhole). One table per choice of ``blocks - k`` blocks, keyed by those blocks' bits: a
lookup probes C(blocks, k) keys and only checks the fingerprints that share one.

Layout, chosen for ~1M fingerprints in <= 200 bytes each and lookups well under 0.1 ms:
- ``_fps``: uint64 fingerprint per row (8 B), ``_refs``: int64 caller reference per row (8 B).
- a bucket directory per table (CSR): a table's bucket is the top ``d`` bits of its key, with
  ``2**d`` about half the number of rows, so a bucket holds ~2-4 rows. ``_rows`` (uint32, 4 B per
  table per row) lists the rows of every (table, bucket) contiguously; ``_offs`` (uint32,
  ``tables * 2**d + 1``) says where each bucket starts. k=5, blocks=7: 21 tables ->
  16 + 21*4 + <= 21*4*2**d/n (<= 42) B per fingerprint, ~120-140 B in practice.
- a lookup is one fancy index into ``_offs`` for the 21 probed buckets, one gather of the
  ~60 candidate rows, one XOR + popcount: no binary search, no scan, a few numpy calls.
  Bucket members share only the top ``d`` key bits, a superset of the exact-key match; the
  Hamming check on the candidates keeps the exact k-bit semantics.
- new rows go to a small unsorted buffer scanned linearly, merged into the directory in
  batches: each new row is inserted at the end of its bucket (``np.insert`` at ``_offs[b+1]``,
  O(n) per batch, no sort); the directory is rebuilt with a larger ``d`` when the rows double.
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

    def __init__(self, max_distance: int, blocks: int, buffer_size: int = 4096) -> None:
        if not 0 <= max_distance < blocks:
            raise ValueError("need 0 <= max_distance < blocks")
        self.max_distance = max_distance
        self.buffer_size = buffer_size
        bounds = _block_bounds(64, blocks)
        self._tables = [tuple(bounds[i] for i in combo)
                        for combo in itertools.combinations(range(blocks), blocks - max_distance)]
        self._table_bits = [sum(w for _, w in t) for t in self._tables]
        self._key_bits = max(self._table_bits)
        table_bits = max(1, (len(self._tables) - 1).bit_length())
        if self._key_bits + table_bits > 32:
            raise ValueError(f"{len(self._tables)} tables of {self._key_bits}-bit keys do not fit 32 bits")
        self._fps = np.zeros(0, dtype=np.uint64)
        self._refs = np.zeros(0, dtype=np.int64)
        self._n = 0
        self._pending_from = 0  # rows >= this are in the unsorted buffer
        self._set_directory_bits(0)
        self._rows = np.zeros(0, dtype=np.uint32)
        self._offs = np.zeros(len(self._tables) * (1 << self._d) + 1, dtype=np.uint32)
        self._views()

    def _views(self) -> None:
        """memoryviews of the directory: indexing them gives plain ints, fast in a Python loop."""
        self._offs_view = self._offs.data
        self._rows_view = self._rows.data

    def __len__(self) -> int:
        return self._n

    @property
    def tables(self) -> int:
        """How many tables a lookup probes: one per choice of ``blocks - max_distance`` blocks."""
        return len(self._tables)

    def nbytes(self) -> int:
        """Bytes held by the arrays (capacity included)."""
        return self._fps.nbytes + self._refs.nbytes + self._rows.nbytes + self._offs.nbytes

    # -- keys and buckets -------------------------------------------------------------------
    def _set_directory_bits(self, rows: int) -> None:
        """Bucket = top ``d`` bits of a table key, 2**d ~ rows / 2 (capped at the key width)."""
        d = max(1, min(self._key_bits, max(2, rows).bit_length() - 2))
        self._d = d
        # per table: [(shift, mask, position in the bucket id)] with the key's low bits dropped
        plan = []
        for t, blocks in enumerate(self._tables):
            drop = max(0, self._table_bits[t] - d)
            parts, pos = [], self._table_bits[t]
            for shift, width in blocks:  # the key is block 0's bits (high) ... last block (low)
                pos -= width
                lo = max(0, drop - pos)  # low bits of this block that fall below the bucket
                if lo < width:
                    parts.append((shift + lo, (1 << (width - lo)) - 1, pos + lo - drop))
            plan.append((t << d, tuple(parts)))
        self._plan = plan

    def _table_keys(self, fps: np.ndarray) -> np.ndarray:
        """(tables, n) uint32 combined keys ``table_id << key_bits | key`` (introspection, tests)."""
        fps = fps.astype(np.uint64, copy=False)
        out = np.empty((len(self._tables), fps.shape[0]), dtype=np.uint32)
        for t, blocks in enumerate(self._tables):
            key = np.zeros(fps.shape[0], dtype=np.uint64)
            for shift, width in blocks:
                key = (key << _U64(width)) | ((fps >> _U64(shift)) & _U64((1 << width) - 1))
            out[t] = (key | _U64(t << self._key_bits)).astype(np.uint32)
        return out

    def _query_keys(self, fingerprint: int) -> np.ndarray:
        """Combined keys ``table_id << key_bits | key`` of one fingerprint (introspection, tests)."""
        out = []
        for t, blocks in enumerate(self._tables):
            key = 0
            for shift, width in blocks:
                key = (key << width) | ((fingerprint >> shift) & ((1 << width) - 1))
            out.append(key | (t << self._key_bits))
        return np.array(out, dtype=np.uint32)

    @property
    def _keys(self) -> np.ndarray:
        """Sorted combined keys of every merged (table, row): what a sorted-array layout would
        hold. Computed on demand, for introspection and tests only."""
        return np.sort(self._table_keys(self._fps[:self._pending_from]).ravel())

    def _bucket_ids(self, fps: np.ndarray) -> np.ndarray:
        """(tables, n) global bucket ids ``table << d | top d key bits``."""
        fps = fps.astype(np.uint64, copy=False)
        out = np.empty((len(self._tables), fps.shape[0]), dtype=np.int64)
        for t, (base, parts) in enumerate(self._plan):
            b = np.full(fps.shape[0], base, dtype=np.uint64)
            for shift, mask, pos in parts:
                b |= ((fps >> _U64(shift)) & _U64(mask)) << _U64(pos)
            out[t] = b.astype(np.int64)
        return out

    def _query_buckets(self, fingerprint: int) -> list[int]:
        """Global bucket ids of one fingerprint, in plain ints (numpy per-call overhead would dominate)."""
        out = []
        for base, parts in self._plan:
            b = base
            for shift, mask, pos in parts:
                b |= ((fingerprint >> shift) & mask) << pos
            out.append(b)
        return out

    # -- adding ---------------------------------------------------------------------------------
    def add(self, fingerprint: int, ref: int) -> None:
        """Add one fingerprint with the caller's integer reference (e.g. a store row id)."""
        n = self._n
        if n == self._fps.size:
            self._grow(n + 1)
        self._fps[n] = fingerprint
        self._refs[n] = ref
        self._n = n + 1
        if self._n - self._pending_from >= self.buffer_size:
            self._merge()

    def add_many(self, fingerprints: Iterable[int] | np.ndarray, refs: Iterable[int] | np.ndarray) -> None:
        """Bulk add (e.g. when loading from the store); merges when the buffer is full."""
        fps = np.asarray(np.fromiter((int(f) for f in fingerprints), dtype=np.uint64)
                         if not isinstance(fingerprints, np.ndarray) else fingerprints, dtype=np.uint64)
        rs = np.asarray(list(refs) if not isinstance(refs, np.ndarray) else refs, dtype=np.int64)
        if fps.shape != rs.shape:
            raise ValueError("fingerprints and refs differ in length")
        need = self._n + fps.size
        if need > self._fps.size:
            self._grow(need)
        self._fps[self._n:need] = fps
        self._refs[self._n:need] = rs
        self._n = need
        if self._n - self._pending_from >= self.buffer_size:
            self._merge()

    def _grow(self, need: int) -> None:
        cap = max(need, int(self._fps.size * 1.25), 1024)
        self._fps = np.resize(self._fps, cap)
        self._refs = np.resize(self._refs, cap)

    def _merge(self) -> None:
        start, end = self._pending_from, self._n
        if end == start:
            return
        old_d = self._d
        self._set_directory_bits(end)
        if self._d != old_d or start == 0:
            self._rebuild(end)
        else:
            gids = self._bucket_ids(self._fps[start:end]).ravel()
            new_rows = np.tile(np.arange(start, end, dtype=np.uint32), len(self._tables))
            # a bucket's rows are unordered: insert each new row at the end of its bucket
            self._rows = np.insert(self._rows, self._offs[gids + 1].astype(np.int64), new_rows)
            counts = np.bincount(gids, minlength=self._offs.size - 1)
            self._offs[1:] += np.cumsum(counts, dtype=np.int64).astype(np.uint32)
        self._views()
        self._pending_from = end

    def _rebuild(self, end: int) -> None:
        """Directory of rows [0, end) from scratch (first merge, or ``d`` grew)."""
        nb = len(self._tables) << self._d
        gids = self._bucket_ids(self._fps[:end]).ravel()
        order = np.argsort(gids)  # order inside a bucket does not matter
        self._rows = (order % end).astype(np.uint32) if end else np.zeros(0, dtype=np.uint32)
        offs = np.zeros(nb + 1, dtype=np.int64)
        np.cumsum(np.bincount(gids, minlength=nb), out=offs[1:])
        self._offs = offs.astype(np.uint32)

    # -- lookup ---------------------------------------------------------------------------------
    def lookup(self, fingerprint: int, max_distance: int | None = None) -> list[tuple[int, int]]:
        """[(ref, distance)] of stored fingerprints within ``max_distance`` bits (<= the index's k),
        nearest first."""
        k = self.max_distance if max_distance is None else min(max_distance, self.max_distance)
        fingerprint = int(fingerprint)
        fp = _U64(fingerprint)
        found = []
        if self._pending_from:
            # plain-int walk over the probed buckets: ~21 tiny ranges, where numpy's per-call
            # overhead would cost more than the work
            offs, table_rows = self._offs_view, self._rows_view
            cand: list[int] = []
            for b in self._query_buckets(fingerprint):
                start, end = offs[b], offs[b + 1]
                if end > start:
                    cand.extend(table_rows[start:end])
            if cand:
                rows = np.array(cand, dtype=np.intp)
                dist = np.bitwise_count(self._fps[rows] ^ fp)
                found.append(rows[dist <= k])
        if self._n > self._pending_from:
            dist = np.bitwise_count(self._fps[self._pending_from:self._n] ^ fp)
            found.append(np.flatnonzero(dist <= k) + self._pending_from)
        if not found:
            return []
        rows = np.concatenate(found) if len(found) > 1 else found[0]
        if not rows.size:
            return []
        rows = np.unique(rows)  # a row matches in every table it agrees on; ascending = insertion order
        dist = np.bitwise_count(self._fps[rows] ^ fp)
        order = np.argsort(dist, kind="stable")
        return list(zip(self._refs[rows[order]].tolist(), dist[order].tolist(), strict=True))
