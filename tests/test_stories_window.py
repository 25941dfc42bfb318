"""The story index holds a window, not the history: the stores find the recent articles by a time
index, and a detector starting on a long history loads only those (an exact copy of an older
article is still found)."""
from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from newsspider.state.redis.stories import RedisStoryStore
from newsspider.state.sqlite.stories import SQLiteStoryStore
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.prepare import StoryInput
from newsspider.stories.store import INDEXED_FIELDS, ArticleDetails, ArticleRecord, MemoryStoryStore

DAY = 86400.0


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request):
    if request.param == "memory":
        return MemoryStoryStore()
    if request.param == "sqlite":
        return SQLiteStoryStore(sqlite3.connect(":memory:"))
    return RedisStoryStore(request.getfixturevalue("redis_client"), "window")


def record(aid: str, ts: float) -> ArticleRecord:
    return ArticleRecord(article_id=aid, story_id=aid, language="en", ts=ts, exact=aid * 4, simhash=len(aid),
                         anchors=frozenset({"12"}), vector=np.ones(4, dtype=np.float16),
                         ehash=np.arange(4, dtype=np.uint64), source="site",
                         shingles=np.array([3, 9, 27], dtype=np.uint32), opening=np.array([3], dtype=np.uint32),
                         headline=np.array([5, 8], dtype=np.uint32))


def test_recent_articles_come_from_the_time_index_in_arrival_order(store):
    assert store.latest_ts() is None and list(store.iter_articles(since_ts=0.0)) == []
    for aid, ts in (("a", 50.0), ("b", 10.0), ("c", 60.0), ("d", 5.0), ("e", 70.0)):  # not in time order
        store.add_article(record(aid, ts))
    assert store.latest_ts() == 70.0
    assert [r.article_id for r in store.iter_articles(since_ts=40.0)] == ["a", "c", "e"]
    assert [r.article_id for r in store.iter_articles()] == ["a", "b", "c", "d", "e"]
    assert [r.article_id for r in store.iter_articles(since_ts=10.0, until_ts=60.0)] == ["a", "b"]
    assert [r.article_id for r in store.iter_articles(until_ts=10.0)] == ["d"]
    light = list(store.iter_articles(since_ts=40.0, indexed_only=True))
    full = {r.article_id: r for r in store.iter_articles(since_ts=40.0)}
    for rec in light:
        for name in INDEXED_FIELDS:
            got, want = getattr(rec, name), getattr(full[rec.article_id], name)
            assert np.array_equal(got, want) if isinstance(want, np.ndarray) else got == want, name


def test_a_redis_log_written_before_the_time_index_gets_one(redis_client):
    old = RedisStoryStore(redis_client, "window")
    for aid, ts in (("a", 50.0), ("b", 10.0), ("c", 60.0)):
        old.add_article(record(aid, ts))
    redis_client.delete(old.ts_key)  # as an older newsspider wrote it
    store = RedisStoryStore(redis_client, "window")
    assert store.latest_ts() == 60.0
    assert [r.article_id for r in store.iter_articles(since_ts=40.0)] == ["a", "c"]
    assert redis_client.zcard(store.ts_key) == 3


def _text(seed: int) -> str:
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(150)]
    return " ".join(" ".join(words[i:i + 15]) + "." for i in range(0, 150, 15))


def _input(aid: str, text: str, published: datetime) -> StoryInput:
    return StoryInput(id=aid, text=text, title="A title", language="en", published=published.isoformat(),
                      fetched_at=published.isoformat(), source=f"site-{aid}")


def _edited(text: str) -> str:
    """The text with its last sentence dropped and a credit line added: a near copy."""
    return text.rsplit(".", 2)[0] + ". Reporting by a wire agency."


def test_a_detector_loads_only_the_window_and_still_finds_exact_copies_of_older_articles(store):
    now = datetime.now(timezone.utc)
    old_text, mid_text, recent_text = _text(1), _text(3), _text(2)
    first = StoryDetector(store, None, StoryConfig())
    for p in first.prepare([_input("old", old_text, now - timedelta(days=60)),
                            _input("mid", mid_text, now - timedelta(days=22)),
                            _input("recent", recent_text, now - timedelta(days=1))]):
        first.assign(p)
    first.flush()
    assert first.assign(first.prepare([_input("old-edit", _edited(old_text), now - timedelta(days=60))])[0]
                        ).story_id == "old"  # within one run, the copy is found

    later = StoryDetector(store, None, StoryConfig(window_days=7))
    assert later.index_days == 7 and later.stats["index_loaded"] == 1  # "recent" only
    assert later.index_since(now.timestamp()) == pytest.approx(now.timestamp() - DAY - 7 * DAY, abs=1)
    copies = later.prepare([_input("recent-edit", _edited(recent_text), now),
                            _input("old-edit-2", _edited(old_text) + " More.", now),
                            _input("old-exact", old_text, now)])
    assert [later.assign(p).story_id for p in copies] == ["recent", "old-edit-2", "old"]
    assert later.stats["index_loaded"] == 1
    # an article published 20 days ago brings its own window in (once): "mid", 22 days old
    late = later.prepare([_input("mid-edit", _edited(mid_text), now - timedelta(days=20)),
                          _input("mid-edit-2", _edited(mid_text) + " Again.", now - timedelta(days=19))])
    assert [later.assign(p).story_id for p in late] == ["mid", "mid"]
    assert later.stats["index_loaded"] == 2


def test_a_date_in_the_future_does_not_move_the_window():
    store = MemoryStoryStore()
    now = datetime.now(timezone.utc).timestamp()
    store.add_article(record("future", now + 400 * DAY))
    detector = StoryDetector(store, None, StoryConfig(index_days=10))
    assert detector.index_since(now) == now - 10 * DAY


def test_forgetting_old_articles_keeps_the_stories_and_lookups_of_the_others_right(store):
    for aid, story, ts in (("a", "a", 10.0), ("b", "a", 20.0), ("c", "c", 15.0), ("d", "a", 50.0), ("e", "e", 60.0)):
        store.add_article(replace(record(aid, ts), story_id=story))
    store.add_details([ArticleDetails("b", url="https://x.test/b"), ArticleDetails("d", url="https://x.test/d")])
    assert store.forget_before(30.0) == 3  # a, b, c
    assert set(store.get_details(["b", "d"])) == {"d"}
    assert store.forget_before(30.0) == 0
    assert [r.article_id for r in store.iter_articles()] == ["d", "e"]
    assert [r.article_id for r in store.iter_articles(since_ts=0.0)] == ["d", "e"]
    assert store.find_exact("aaaa") is None and store.find_article("b") is None
    assert store.find_article("d").article_id == "d" and store.find_exact("dddd").article_id == "d"
    assert [m.article_id for m in store.story_members("a", 10)] == ["d"]  # the story goes on from d
    assert store.get_story("a").size == 1 and store.get_story("c") is None
    assert [r.article_id for r in store.get_articles([1, 4])] == ["d"]
    assert store.latest_ts() == 60.0


def test_the_end_of_a_run_forgets_story_articles_past_the_retention(tmp_path):
    from newsspider.extensions.state import Retention, StateService
    from newsspider.state.sqlite import SQLiteState

    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    service = StateService(lambda: SQLiteState(tmp_path), Retention(stories_days=90))
    for aid, age in (("old", 200), ("kept", 80), ("new", 1)):
        service.stories.add_article(record(aid, now.timestamp() - age * DAY))
    assert service.apply_retention(now) == {"stories_forgotten": 1}
    assert [r.article_id for r in service.stories.iter_articles()] == ["kept", "new"]
