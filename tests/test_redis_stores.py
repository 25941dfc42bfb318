"""Redis state stores against a real redis-server (tests/redis_server.py): same behaviour as the
SQLite/memory stores, and atomic story assignment between detectors sharing one Redis."""
from __future__ import annotations

import random
import threading
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from newsspider.state.base import EmittedArticle, StateError, Validators
from newsspider.state.learned_lines import MemoryLineStats, NumberRun
from newsspider.state.redis import RedisState
from newsspider.state.redis.layout import LAYOUT_VERSION
from newsspider.state.redis.learned_lines import RedisLineStats
from newsspider.state.redis.seen import RedisSeenStore
from newsspider.state.redis.stories import RedisStoryStore
from newsspider.state.redis.validators import RedisValidatorStore
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.prepare import StoryInput
from newsspider.stories.store import ArticleDetails, ArticleRecord, MemoryStoryStore, StoryConflict
from tests.test_state import assert_keeps_article_keys

P = "t"


def test_seen_store(redis_client):
    seen = RedisSeenStore(redis_client, P)
    assert seen.seen_urls(["http://a/1"]) == set() and seen.modified_of("a1") == (False, None)
    seen.add([EmittedArticle("a1", "http://a/1", "http://a/1?utm=x", "2024-05-01"),
              EmittedArticle("a2", "http://a/2", "http://a/2", None)])
    urls = [f"http://a/{i}" for i in range(2500)] + ["http://a/1?utm=x", "http://a/1"]
    assert seen.seen_urls(urls) == {"http://a/1", "http://a/2", "http://a/1?utm=x"}
    assert seen.modified_of("a1") == (True, "2024-05-01") and seen.modified_of("a2") == (True, None)
    seen.add([])  # nothing to do, no error


def test_seen_store_forgets_articles_emitted_before_the_cutoff_with_their_urls(redis_client):
    seen = RedisSeenStore(redis_client, P)
    seen.add([EmittedArticle("old", "http://a/old", "http://a/old?utm=x", None)])
    cutoff = datetime.now(timezone.utc) + timedelta(seconds=1)
    time.sleep(1.1)
    seen.add([EmittedArticle("new", "http://a/new", "http://a/new", None)])
    assert seen.count() == 2 and seen.forget_before(cutoff) == 1 and seen.forget_before(cutoff) == 0
    assert seen.modified_of("old") == (False, None) and seen.seen_urls(["http://a/old", "http://a/old?utm=x"]) == set()
    assert seen.modified_of("new") == (True, None) and seen.seen_urls(["http://a/new"]) == {"http://a/new"}
    assert seen.count() == 1


def test_seen_store_forgets_the_articles_named_with_their_urls(redis_client):
    seen = RedisSeenStore(redis_client, P)
    seen.add([EmittedArticle(f"a{i}", f"http://a/{i}", f"http://a/{i}?utm=x", None) for i in range(1200)])
    assert seen.forget([f"a{i}" for i in range(1, 1200)] + ["never"]) == 1199 and seen.count() == 1
    assert seen.seen_urls(["http://a/3", "http://a/3?utm=x", "http://a/0"]) == {"http://a/0"}
    assert seen.modified_of("a3") == (False, None) and seen.forget([]) == 0


def test_seen_store_keeps_the_key_of_each_article(redis_client):
    seen = RedisSeenStore(redis_client, P)
    assert_keeps_article_keys(seen)
    # the values an older release reads are unchanged, and the keys go with the retention too
    assert redis_client.hget(f"{P}:seen:articles", "a1") == b"0"
    seen.add([EmittedArticle("old", "http://a/old", "http://a/old", None, "k")])
    assert redis_client.hexists(f"{P}:seen:keys", "old")
    assert seen.forget_before(datetime.now(timezone.utc) + timedelta(seconds=1)) == 3  # a1, a2, old
    assert not redis_client.exists(f"{P}:seen:keys")


def test_validator_store(redis_client):
    store = RedisValidatorStore(redis_client, P)
    assert store.get("http://a/rss") is None
    store.put([("http://a/rss", Validators('"e1"', None)), ("http://b/rss", Validators(None, "Tue"))])
    store.put([])
    assert store.get("http://a/rss") == Validators('"e1"', None)
    assert store.get("http://b/rss") == Validators(None, "Tue")


def test_line_stats_match_the_memory_store(redis_client):
    redis_store, memory = RedisLineStats(redis_client, P), MemoryLineStats()
    pages = {f"p{i}": ["Subscribe to our channel", f"Unique sentence {chr(97 + i) * 3}.", "Follow us" if i % 2 else "x" * 300]
             for i in range(10)}
    for store in (redis_store, memory):
        for page_id, lines in pages.items():
            store.observe("site", page_id, lines)
        store.observe("site", "p0", ["counted twice?"])  # a page is counted once
    for min_pages, share in ((2, 0.0), (5, 0.3), (3, 0.6)):
        assert (redis_store.template_lines("site", min_pages=min_pages, min_share=share)
                == memory.template_lines("site", min_pages=min_pages, min_share=share))
    assert redis_store.page_count("site") == memory.page_count("site") == 10
    assert redis_store.page_count("other") == 0
    assert redis_store.prune("site", min_pages=2) == memory.prune("site", min_pages=2) == 10
    assert redis_store.template_lines("site", min_pages=2, min_share=0) == {"subscribe to our channel", "follow us"}


def test_line_stats_decay_like_the_memory_store(redis_client):
    redis_store, memory = RedisLineStats(redis_client, P), MemoryLineStats()
    for store in (redis_store, memory):
        for i in range(12):
            store.observe("big", f"p{i}", ["Subscribe to our channel", f"Unique sentence {chr(97 + i) * 3}."])
        store.observe("small", "p0", ["Subscribe to our channel"])
        assert store.decay(max_pages=10) == 1  # only the site past the window
        assert store.page_count("big") == 6 and store.page_count("small") == 1
        assert store.template_lines("big", min_pages=2, min_share=0.5) == {"subscribe to our channel"}
    assert redis_client.zcard(f"{P}:lines:big:counts") == 1  # lines seen once are forgotten


def test_line_stats_keep_the_runs_of_numbered_lines_as_the_memory_store(redis_client):
    """A numbered line's run (the number it has shown on every page since the site's first) is kept as
    the memory store keeps it, through decay and prune; one whose number changed (a year, a result)
    has none any more, nor one first seen after the site's first page."""
    redis_store, memory = RedisLineStats(redis_client, P), MemoryLineStats()
    rng = random.Random(5)
    pages = [[f"Unique sentence {chr(97 + i % 26) * (1 + i // 26)}.", "Independent since 1998",
              f"Awards {2025 if i < 25 else 2026}", f"Score: {rng.randrange(4)}-1",
              *(["Foto 3/12", "Foto 4/12"] if i % 3 == 0 else []), *(["Edition 7"] if i >= 2 else [])] for i in range(40)]
    for store in (redis_store, memory):
        for i, lines in enumerate(pages):
            store.observe("site", f"p{i}", lines)
    numbered = ["independent since N", "awards N", "score: N", "foto N", "edition N", "never seen N"]
    assert redis_store.number_runs("site", numbered) == memory.number_runs("site", numbered) == {
        "independent since N": NumberRun("1998"), "foto N": NumberRun("312,412")}
    assert redis_client.hgetall(f"{P}:lines:site:runs") == {b"independent since N": b"1998", b"foto N": b"312,412"}
    assert redis_store.number_runs("site", []) == {}
    assert redis_store.decay(max_pages=30) == memory.decay(max_pages=30) == 1
    assert redis_store.number_runs("site", numbered) == memory.number_runs("site", numbered)
    assert redis_store.prune("site", min_pages=8) == memory.prune("site", min_pages=8)
    assert redis_store.number_runs("site", numbered) == memory.number_runs("site", numbered)
    for min_pages, share in ((2, 0.0), (5, 0.3)):
        assert (redis_store.template_lines("site", min_pages=min_pages, min_share=share)
                == memory.template_lines("site", min_pages=min_pages, min_share=share))


def test_a_redis_state_of_layout_2_keeps_the_runs_from_a_sites_first_page_alone(redis_client):
    """Layout v2 -> v3: the runs hash kept "pages start digits" for every run, the ones that began after
    a change of number too, which decide nothing: those are dropped, a run from the site's first page
    keeps its digits (unknown ones stay unknown), and the learned lines are the same."""
    redis_client.set(f"{P}:version", 2)
    redis_client.sadd(f"{P}:lines:site:pages", *range(40))
    redis_client.zadd(f"{P}:lines:site:counts", {"independent since N": 40, "=independent since N=1998": 40,
                                                 "awards N": 40, "=awards N=2025": 20, "=awards N=2026": 20,
                                                 "updated N": 12, "edition N": 37, "=edition N=7": 37})
    redis_client.hset(f"{P}:lines:site:runs", mapping={"independent since N": "40 0 1998", "awards N": "20 20 2026",
                                                       "updated N": "12 0", "edition N": "37 3 7"})
    RedisState(redis_client, P)
    assert redis_client.get(f"{P}:version") == str(LAYOUT_VERSION).encode() == b"3"
    assert redis_client.hgetall(f"{P}:lines:site:runs") == {b"independent since N": b"1998", b"updated N": b""}
    lines = RedisLineStats(redis_client, P)
    assert lines.number_runs("site", ["independent since N", "awards N", "updated N", "edition N"]) == {
        "independent since N": NumberRun("1998"), "updated N": NumberRun(None)}
    lines.observe("site", "p40", ["Independent since 1998", "Updated 3:00", "Awards 2026"])
    assert redis_client.hgetall(f"{P}:lines:site:runs") == {b"independent since N": b"1998", b"updated N": b"300"}
    redis_client.set(f"{P}:version", 2)  # migrated again (two workers starting together): what is there stays
    RedisState(redis_client, P)
    assert redis_client.hgetall(f"{P}:lines:site:runs") == {b"independent since N": b"1998", b"updated N": b"300"}


def test_a_redis_state_of_an_older_layout_is_migrated_and_a_newer_one_refused(redis_client):
    """No version key (a release before it) with keys under the prefix: layout v1, migrated: a numbered
    key counted without its digits gets a run of unknown digits (a fixed line until a page shows its
    number changing), one counted with several numbers none; seen URLs and counts are kept. An empty
    prefix starts at the current layout; a newer layout stops the run."""
    redis_client.sadd(f"{P}:seen:urls", "http://a/1")
    redis_client.sadd(f"{P}:lines:site:pages", *range(200))
    counts = {"independent since N": 200, "independent since 0000": 200, "score: N": 50, "=score: N=21": 3,
              "=score: N=30": 2, "motto": 70}
    redis_client.zadd(f"{P}:lines:site:counts", counts)
    RedisState(redis_client, P)
    assert redis_client.get(f"{P}:version") == str(LAYOUT_VERSION).encode()
    lines = RedisLineStats(redis_client, P)
    assert lines.number_runs("site", counts) == {"independent since N": NumberRun(None)}
    assert RedisSeenStore(redis_client, P).seen_urls(["http://a/1"]) == {"http://a/1"}
    assert lines.template_lines("site", min_pages=2, min_share=0.0) == set(counts)
    lines.observe("site", "new", ["Independent since 1998"])
    assert lines.number_runs("site", ["independent since N"]) == {"independent since N": NumberRun("1998")}
    redis_client.delete(f"{P}:version")  # migrated again (two workers starting together): what is there stays
    RedisState(redis_client, P)
    assert lines.number_runs("site", ["independent since N"]) == {"independent since N": NumberRun("1998")}
    RedisState(redis_client, "empty")
    assert redis_client.get("empty:version") == str(LAYOUT_VERSION).encode()
    redis_client.set(f"{P}:version", LAYOUT_VERSION + 1)
    with pytest.raises(StateError, match="newer"):
        RedisState(redis_client, P)


def _record(aid: str, story: str, exact: str = "e", ts: float = 1.5) -> ArticleRecord:
    return ArticleRecord(aid, story, "hi", ts, exact, (1 << 64) - 3, frozenset({"12", "3.5"}),
                         np.arange(4, dtype=np.float16), np.array([1, 2**63 + 5], dtype=np.uint64), "exact",
                         source="site", shingles=np.array([5, 7, 2**32 - 2], dtype=np.uint32), matched_id="x", score=1.0)


def test_story_store_round_trip(redis_client):
    store = RedisStoryStore(redis_client, P)
    rec = _record("x", "x", "e" * 32)
    ref = store.add_article(rec)
    (got,) = store.get_articles([ref])
    assert got.simhash == rec.simhash and got.anchors == rec.anchors and got.ref == ref == 1
    assert np.array_equal(got.vector, rec.vector) and np.array_equal(got.ehash, rec.ehash)
    assert got.duplicate_kind == "exact" and got.source == "site" and np.array_equal(got.shingles, rec.shingles)
    assert got.shingles.dtype == np.uint32 and (got.matched_id, got.score) == ("x", 1.0)
    assert store.find_exact("e" * 32).article_id == "x" and store.find_exact("f") is None
    assert store.find_article("x").ref == 1 and store.find_article("y") is None
    store.add_article(_record("y", "x", "e" * 32, ts=0.5))
    assert store.find_exact("e" * 32).article_id == "x"  # the earliest
    assert [m.article_id for m in store.story_members("x", 10)] == ["x", "y"]
    assert store.first_member("x", "hi").article_id == "x" and store.first_member("x", "ar") is None
    assert store.get_story("x").size == 2 and store.get_story("x").first_ts == 0.5 and store.get_story("z") is None
    store.add_to_mean("b", "hi", np.ones(4))
    store.add_to_mean("b", "hi", np.ones(4))
    total, n = store.get_mean("b", "hi")
    assert n == 2 and np.allclose(total, 2.0) and store.get_mean("b", "en") == (None, 0)
    assert [a.article_id for a in store.iter_articles()] == ["x", "y"]
    assert [a.article_id for a in store.iter_articles(since_ts=1.0)] == ["x"]
    assert store.sync() == []
    store.add_details([ArticleDetails("x", url="http://a/x", title="عنوان", direction="rtl")])
    assert RedisStoryStore(redis_client, P).get_details(["x", "y"]) == {
        "x": ArticleDetails("x", url="http://a/x", title="عنوان", direction="rtl")}


def test_story_store_refuses_a_write_after_another_worker_appended(redis_client):
    one, two = RedisStoryStore(redis_client, P), RedisStoryStore(redis_client, P)
    assert one.add_article(_record("a", "a", "ea")) == 1
    with pytest.raises(StoryConflict):
        two.add_article(_record("b", "b", "eb"))  # two has not seen ref 1 yet
    assert [r.article_id for r in two.sync()] == ["a"]
    assert two.add_article(_record("b", "b", "eb")) == 2
    assert [r.article_id for r in one.sync()] == ["b"] and one.sync() == []


BODY = " ".join(f"word{i} sentence{i % 7} text{i % 11}." for i in range(120))


def _story(n: int) -> str:
    rng = random.Random(n)
    return " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(120))


def _item(aid: str, text: str, title: str) -> StoryInput:
    return StoryInput(id=aid, text=text, title=title, language="en", published="2024-05-01T10:00:00+00:00",
                      fetched_at="2024-05-30T00:00:00Z")


def test_two_copies_seen_by_two_workers_at_the_same_moment_make_one_story(redis_client):
    """Worker two appends its copy between worker one's look-up and its write: one's write is
    refused, it syncs, finds the copy and joins its story."""
    config = StoryConfig()
    det_two = StoryDetector(RedisStoryStore(redis_client, P), None, config)
    copy_one, copy_two = det_two.prepare([_item("one", BODY, "Same"), _item("two", BODY, "Same")])

    class Interleaved(RedisStoryStore):
        raced = False

        def add_article(self, rec):
            if not self.raced:
                self.raced = True
                det_two.assign(copy_two)  # lands after one's look-up, before its write
            return super().add_article(rec)

    det_one = StoryDetector(Interleaved(redis_client, P), None, config)
    first = det_one.assign(copy_one)
    assert det_one.stats["assign_retries"] == 1
    assert first.story_id == "two" and first.duplicate_kind == "exact"
    assert RedisStoryStore(redis_client, P).get_story("two").size == 2


def test_concurrent_detectors_partition_like_a_single_one(redis_client):
    """Two threads (own clients and detectors) assign interleaved copies of 40 stories: the
    partition equals the one a single detector with a memory store makes."""
    items = []
    for n in range(40):
        items += [_item(f"s{n}-a", _story(n), f"Story {n}"), _item(f"s{n}-b", _story(n).upper(), f"Story {n}")]
    config = StoryConfig()
    reference = StoryDetector(MemoryStoryStore(), None, config)
    prepared = reference.prepare(items)
    expected = {}
    for p in prepared:
        expected[p.id] = reference.assign(p).story_id

    import redis as redis_lib
    port = redis_client.connection_pool.connection_kwargs["port"]
    results: dict[str, str] = {}
    errors = []

    def worker(share):
        try:
            det = StoryDetector(RedisStoryStore(redis_lib.Redis(port=port), P), None, config)
            for p in share:
                results[p.id] = det.assign(p).story_id
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(prepared[k::2],)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors

    def partition(assignment):
        groups: dict[str, set] = {}
        for aid, story in assignment.items():
            groups.setdefault(story, set()).add(aid)
        return sorted(sorted(g) for g in groups.values())

    assert partition(results) == partition(expected)
    assert len(partition(results)) == 40


def test_story_record_round_trips_length_passages_paragraphs_and_headline_through_redis_encoding():
    from dataclasses import replace

    import numpy as np

    from newsspider.state.redis.stories import _decode_record, _encode_record
    from newsspider.stories.store import ArticleRecord

    record = ArticleRecord(article_id="a" * 16, story_id="a" * 16, language="ar", ts=1.0, exact="x", simhash=2**63 + 5,
                           anchors=frozenset({"2014"}), vector=np.ones(4, dtype=np.float16),
                           ehash=np.array([7], dtype=np.uint64), length=321.0,
                           passages=np.arange(8, dtype=np.float16).reshape(2, 4), paragraphs=17,
                           headline=np.array([4, 2**32 - 1], dtype=np.uint32))
    back = _decode_record(3, _encode_record(record))
    assert np.array_equal(back.headline, record.headline) and back.headline.dtype == np.uint32
    assert _decode_record(4, _encode_record(replace(record, headline=None))).headline is None
    assert back.headline_figures is None  # stored before them, or no headline
    for figures in (frozenset({"100", "2-1"}), frozenset()):  # a headline without figures is no missing one
        assert _decode_record(6, _encode_record(replace(record, headline_figures=figures))).headline_figures == figures
    assert back.figure_places is None  # stored before them
    for places in ((frozenset({"1234", "45"}), frozenset(), frozenset({"21-2"})), (), (frozenset(),)):
        assert _decode_record(7, _encode_record(replace(record, figure_places=places))).figure_places == places
    assert back.unit_figures is None  # stored before them
    for units in (frozenset({"30|length|0.9144", "27|length|1.0"}), frozenset()):
        assert _decode_record(8, _encode_record(replace(record, unit_figures=units))).unit_figures == units
    assert back.length == 321.0 and back.ref == 3 and back.simhash == record.simhash and back.paragraphs == 17
    assert np.array_equal(back.passages, record.passages) and np.array_equal(back.vector, record.vector)
    assert back.paragraph_vectors is None  # a record without them (stored before them, or a long body)
    with_paragraphs = replace(record, paragraph_vectors=np.arange(12, dtype=np.float16).reshape(3, 4))
    assert np.array_equal(_decode_record(5, _encode_record(with_paragraphs)).paragraph_vectors,
                          with_paragraphs.paragraph_vectors)
