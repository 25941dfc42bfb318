"""Redis ``StoryStore`` (``newsspider.stories.store``): an append-only article log shared by every worker."""
from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, cast

import numpy as np
import redis

from newsspider.state.redis.keys import CHUNK
from newsspider.stories.store import (
    ArticleDetails,
    ArticleRecord,
    Link,
    StoryConflict,
    StoryRecord,
    decode_details,
    decode_link,
    encode_details,
    encode_link,
)


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode()


def _blob32(values: np.ndarray | None) -> bytes | None:
    return None if values is None else np.asarray(values, dtype="<u4").tobytes()


def _uint32(b64: str | None) -> np.ndarray | None:
    return None if b64 is None else np.frombuffer(base64.b64decode(b64), dtype="<u4").astype(np.uint32)


def _encode_record(rec: ArticleRecord) -> bytes:
    return json.dumps({
        "a": rec.article_id, "s": rec.story_id, "l": rec.language, "t": rec.ts, "x": rec.exact,
        "h": rec.simhash, "n": sorted(rec.anchors),
        "v": _b64(None if rec.vector is None else np.asarray(rec.vector, dtype="<f2").tobytes()),
        "e": _b64(None if rec.ehash is None else np.asarray(rec.ehash, dtype="<u8").tobytes()),
        "k": rec.duplicate_kind, "g": float(rec.length),
        "p": _b64(None if rec.passages is None else np.asarray(rec.passages, dtype="<f2").tobytes()),
        "o": rec.source, "w": _b64(_blob32(rec.shingles)), "b": _b64(_blob32(rec.opening)), "nm": sorted(rec.names),
        "i": rec.matched_id, "c": rec.score, "pg": int(rec.paragraphs), "hl": _b64(_blob32(rec.headline)),
        **({} if rec.paragraph_vectors is None
           else {"pv": _b64(np.asarray(rec.paragraph_vectors, dtype="<f2").tobytes())}),
        **({"bg": list(rec.bridged), "br": list(rec.root_refs)} if rec.bridged else {}),
        **({} if rec.headline_figures is None else {"hf": sorted(rec.headline_figures)}),
        **({} if rec.figure_places is None else {"fp": [sorted(cited) for cited in rec.figure_places]}),
        **({} if rec.unit_figures is None else {"uf": sorted(rec.unit_figures)}),
    }, separators=(",", ":")).encode()


def _decode_record(ref: int, blob: bytes) -> ArticleRecord:
    d = json.loads(blob)
    vector = None if d["v"] is None else np.frombuffer(base64.b64decode(d["v"]), dtype="<f2")
    passages = paragraph_vectors = None
    if d.get("p") is not None and vector is not None:  # (2, dim): the body's middle and end
        passages = np.frombuffer(base64.b64decode(d["p"]), dtype="<f2").reshape(-1, vector.shape[-1])
    if d.get("pv") is not None and vector is not None:  # (k, dim): a short body's paragraph starts
        paragraph_vectors = np.frombuffer(base64.b64decode(d["pv"]), dtype="<f2").reshape(-1, vector.shape[-1])
    return ArticleRecord(
        article_id=d["a"], story_id=d["s"], language=d["l"], ts=d["t"], exact=d["x"], simhash=d["h"],
        anchors=frozenset(d["n"]), vector=vector,
        ehash=None if d["e"] is None else np.frombuffer(base64.b64decode(d["e"]), dtype="<u8"),
        duplicate_kind=d["k"], ref=ref, length=d.get("g", 0.0), passages=passages, source=d.get("o", ""),
        shingles=_uint32(d.get("w")), opening=_uint32(d.get("b")), names=frozenset(d.get("nm", ())),
        matched_id=d.get("i"), score=d.get("c"), paragraphs=d.get("pg", 0), bridged=tuple(d.get("bg", ())),
        root_refs=tuple(d.get("br", ())), headline=_uint32(d.get("hl")), paragraph_vectors=paragraph_vectors,
        headline_figures=None if d.get("hf") is None else frozenset(d["hf"]),
        figure_places=None if d.get("fp") is None else tuple(frozenset(cited) for cited in d["fp"]),
        unit_figures=None if d.get("uf") is None else frozenset(d["uf"]),
    )


class RedisStoryStore:
    """``StoryStore`` on an append-only article log shared by every worker.

    ``ref`` n is the n-th record of the log (``<p>:stories:rec`` field n, ``<p>:stories:seq`` the
    last one). ``sync()`` returns the records appended since this store last looked (by other
    workers), so the detector can add them to its in-memory indexes. ``add_article`` succeeds
    only if nothing was appended since then: it WATCHes the counter and writes the record and
    every index in one MULTI/EXEC, and raises ``StoryConflict`` when another worker appended
    first; the detector then syncs, recomputes the assignment and tries again. Two workers
    seeing two copies of one story at the same moment therefore cannot both start a story.
    """

    def __init__(self, client: redis.Redis, prefix: str):
        self.r = client
        p = f"{prefix}:stories"
        self.seq_key, self.rec_key, self.exact_key, self.ids_key = f"{p}:seq", f"{p}:rec", f"{p}:exact", f"{p}:ids"
        self.size_key, self.first_key, self.members_prefix, self.mean_prefix = (
            f"{p}:size", f"{p}:first_ts", f"{p}:members:", f"{p}:mean:")
        self.first_member_key = f"{p}:first"
        self.details_key = f"{p}:details"
        self.ts_key = f"{p}:ts"
        self.links_key = f"{p}:links"
        self._synced = 0  # refs up to this one are known to the caller

    # -- the optimistic-concurrency pair ----------------------------------------------------
    def sync(self) -> list[ArticleRecord]:
        """Records appended (by anyone) since the last sync/iteration/add, ascending ref."""
        last = int(self.r.get(self.seq_key) or 0)
        if last <= self._synced:
            return []
        records = self._read_range(self._synced + 1, last)
        self._synced = last
        return records

    def add_article(self, rec: ArticleRecord) -> int:
        with self.r.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(self.seq_key)
                if int(pipe.get(self.seq_key) or 0) != self._synced:
                    raise StoryConflict("the story log grew since the last sync")
                first = pipe.hget(self.first_key, rec.story_id)
                ref = self._synced + 1
                pipe.multi()
                pipe.set(self.seq_key, ref)
                pipe.hset(self.rec_key, ref, _encode_record(rec))
                pipe.zadd(self.ts_key, {str(ref): rec.ts})
                pipe.hsetnx(self.exact_key, rec.exact, ref)
                pipe.hsetnx(self.ids_key, rec.article_id, ref)
                pipe.rpush(self.members_prefix + rec.story_id, ref)
                pipe.hsetnx(self.first_member_key, f"{rec.story_id} {rec.language}", ref)
                pipe.hincrby(self.size_key, rec.story_id, 1)
                pipe.hset(self.first_key, rec.story_id, repr(min(rec.ts, float(first)) if first else rec.ts))
                if rec.bridged:
                    pipe.hset(self.links_key, ref, encode_link(rec.link))
                pipe.execute()
            except redis.WatchError:
                raise StoryConflict("another worker appended to the story log") from None
        self._synced = ref
        return ref

    # -- reads ------------------------------------------------------------------------------
    def _read_range(self, first: int, last: int) -> list[ArticleRecord]:
        out = []
        for start in range(first, last + 1, CHUNK):
            refs = list(range(start, min(last, start + CHUNK - 1) + 1))
            blobs = cast("list[bytes | None]", self.r.hmget(self.rec_key, refs))
            out += [_decode_record(ref, blob) for ref, blob in zip(refs, blobs, strict=True) if blob]
        return out

    def get_articles(self, refs: Sequence[int]) -> list[ArticleRecord]:
        refs = [int(r) for r in refs]
        if not refs:
            return []
        blobs = cast("list[bytes | None]", self.r.hmget(self.rec_key, refs))
        return [_decode_record(ref, blob) for ref, blob in zip(refs, blobs, strict=True) if blob]

    def _by_index(self, key: str, field: str) -> ArticleRecord | None:
        ref = self.r.hget(key, field)
        if ref is None:
            return None
        found = self.get_articles([int(ref)])
        return found[0] if found else None

    def find_exact(self, exact: str) -> ArticleRecord | None:
        return self._by_index(self.exact_key, exact)

    def find_article(self, article_id: str) -> ArticleRecord | None:
        return self._by_index(self.ids_key, article_id)

    def story_members(self, story_id: str, limit: int) -> list[ArticleRecord]:
        if limit <= 0:
            return []
        refs = self.r.lrange(self.members_prefix + story_id, 0, limit - 1)
        return self.get_articles([int(r) for r in refs])

    def first_member(self, story_id: str, language: str) -> ArticleRecord | None:
        return self._by_index(self.first_member_key, f"{story_id} {language}")

    def get_story(self, story_id: str) -> StoryRecord | None:
        with self.r.pipeline(transaction=False) as pipe:
            pipe.hget(self.first_key, story_id)
            pipe.hget(self.size_key, story_id)
            first, size = pipe.execute()
        return None if first is None else StoryRecord(story_id, float(first), int(size or 0))

    def iter_articles(self, since_ts: float | None = None, *, until_ts: float | None = None,
                      indexed_only: bool = False) -> Iterator[ArticleRecord]:
        last = int(self.r.get(self.seq_key) or 0)
        self._synced = max(self._synced, last)  # the caller has what it asked for up to ``last``
        if since_ts is None and until_ts is None:
            for start in range(1, last + 1, CHUNK):
                yield from self._read_range(start, min(last, start + CHUNK - 1))
            return
        self._index_times(last)
        recent = cast("list[bytes]", self.r.zrangebyscore(
            self.ts_key, "-inf" if since_ts is None else repr(since_ts), "+inf" if until_ts is None else f"({until_ts!r}"))
        refs = sorted(r for r in map(int, recent) if r <= last)
        for i in range(0, len(refs), CHUNK):
            yield from self.get_articles(refs[i:i + CHUNK])

    def latest_ts(self) -> float | None:
        self._index_times(int(self.r.get(self.seq_key) or 0))
        newest = self.r.zrevrange(self.ts_key, 0, 0, withscores=True)
        return float(newest[0][1]) if newest else None

    def story_links(self) -> list[Link]:
        """The links (``<p>:stories:links``, field: the ref of the article that made it, kept when
        the article is forgotten)."""
        found = cast("dict[bytes, bytes]", self.r.hgetall(self.links_key))
        return [decode_link(value.decode()) for _, value in sorted((int(ref), value) for ref, value in found.items())]

    def forget_before(self, ts: float) -> int:
        """Forget the articles with ``ts`` before this: their records and every index entry that
        points at them (an entry another article took is left; the links stay); the ref counter never goes back,
        so workers' refs stay valid (a forgotten ref reads as missing)."""
        self._index_times(int(self.r.get(self.seq_key) or 0))
        forgotten = 0
        while True:
            refs = [int(r) for r in cast("list[bytes]", self.r.zrangebyscore(self.ts_key, "-inf", f"({ts!r}",
                                                                             start=0, num=CHUNK))]
            if not refs:
                return forgotten
            records = self.get_articles(refs)
            pointers = [(self.exact_key, rec.exact) for rec in records] + [
                (self.ids_key, rec.article_id) for rec in records] + [
                (self.first_member_key, f"{rec.story_id} {rec.language}") for rec in records]
            with self.r.pipeline(transaction=False) as pipe:
                for key, field in pointers:
                    pipe.hget(key, field)
                current = pipe.execute()
            with self.r.pipeline(transaction=True) as pipe:
                for (key, field), ref, pointer in zip(pointers, [r.ref for r in records] * 3, current, strict=True):
                    if pointer is not None and int(pointer) == ref:  # hsetnx never moves a pointer
                        pipe.hdel(key, field)
                for rec in records:
                    pipe.lrem(self.members_prefix + rec.story_id, 0, str(rec.ref))
                    pipe.hincrby(self.size_key, rec.story_id, -1)
                pipe.hdel(self.rec_key, *refs)
                pipe.zrem(self.ts_key, *refs)
                if records:
                    pipe.hdel(self.details_key, *{rec.article_id for rec in records})
                pipe.execute()
            stories = sorted({rec.story_id for rec in records})
            sizes = cast("list[bytes | None]", self.r.hmget(self.size_key, stories)) if stories else []
            gone = [story for story, size in zip(stories, sizes, strict=True) if size is not None and int(size) <= 0]
            if gone:
                self.r.hdel(self.size_key, *gone)
                self.r.hdel(self.first_key, *gone)
            forgotten += len(refs)

    def _index_times(self, last: int) -> None:
        """Give the records of a log written before the time index existed their place in it (once)."""
        if self.r.zcard(self.ts_key) >= last:
            return
        for start in range(1, last + 1, CHUNK):
            records = self._read_range(start, min(last, start + CHUNK - 1))
            if records:
                self.r.zadd(self.ts_key, {str(rec.ref): rec.ts for rec in records})

    # -- language means -------------------------------------------------------------------
    def get_mean(self, backend: str, language: str) -> tuple[np.ndarray | None, int]:
        total, n = cast("list[bytes | None]", self.r.hmget(f"{self.mean_prefix}{backend}:{language}", ["total", "n"]))
        if total is None:
            return None, 0
        return np.frombuffer(total, dtype="<f8").copy(), int(n or 0)

    def add_to_mean(self, backend: str, language: str, vec: np.ndarray) -> None:
        key = f"{self.mean_prefix}{backend}:{language}"
        v = np.asarray(vec, dtype="<f8")
        while True:  # read-modify-write under WATCH: concurrent adds from other workers retry
            with self.r.pipeline(transaction=True) as pipe:
                try:
                    pipe.watch(key)
                    stored, n = cast("list[bytes | None]", pipe.hmget(key, ["total", "n"]))
                    total = v.copy() if stored is None else np.frombuffer(stored, dtype="<f8") + v
                    pipe.multi()
                    pipe.hset(key, mapping={"total": total.tobytes(), "n": int(n or 0) + 1})
                    pipe.execute()
                    return
                except redis.WatchError:
                    continue

    # -- what exports show of a member -------------------------------------------------------
    def add_details(self, details: Iterable[ArticleDetails]) -> None:
        mapping: dict[Any, str] = {d.article_id: encode_details(d) for d in details}
        if mapping:
            self.r.hset(self.details_key, mapping=mapping)

    def get_details(self, article_ids: Iterable[str]) -> dict[str, ArticleDetails]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, ArticleDetails] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            values = cast("list[bytes | None]", self.r.hmget(self.details_key, chunk))
            found.update((aid, decode_details(aid, value)) for aid, value in zip(chunk, values, strict=True) if value)
        return found

    def commit(self) -> None:
        """Every write is already durable in Redis (as durable as its persistence settings)."""

    def assigning(self) -> AbstractContextManager[None]:
        """Nothing to group: each write is durable on its own, and a conflict (``StoryConflict``)
        makes the detector recompute, so it needs no rollback."""
        return nullcontext()
