"""Fragments of one text joined later: an article verified into two stories at once as their text
links them, in every story store, and from then on either story's articles carry the first-seen
story's id; the stories export groups them and lists the ids written before the join."""
from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from newsspider.export.stories import RunArticle, story_records
from newsspider.state.redis.stories import RedisStoryStore
from newsspider.state.sqlite.stories import SQLiteStoryStore
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.links import StoryLinks
from newsspider.stories.prepare import StoryInput
from newsspider.stories.store import MemoryStoryStore, StoryStore

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "newsspider" / "story.schema.json").read_text("utf-8"))


def paragraph(seed: int, words: int = 40) -> str:
    rng = random.Random(seed)
    vocab = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta", "ve", "zo") for b in ("rin", "dal", "mek", "pos", "tuv")]
    return " ".join(rng.choice(vocab) for _ in range(words)) + "."


FIRST = " ".join(paragraph(k) for k in range(3))   # one text's first half (a story of its own)
SECOND = " ".join(paragraph(k) for k in range(3, 6))  # its second half: another story, no text shared
IDS = {name: f"{n:x}" * 16 for n, name in enumerate(("first", "second", "whole", "copy", "late"), start=1)}


def item(name: str, text: str) -> StoryInput:
    return StoryInput(id=IDS[name], text=text, title=None, language="en", published="2024-05-01T10:00:00+00:00",
                      fetched_at="2024-05-30T00:00:00Z", source=f"site-{name}")


def assign(det: StoryDetector, *items: StoryInput):
    return [det.assign(p) for p in det.prepare(list(items))]


def bridge(det: StoryDetector):
    """The two halves start two stories; the whole text is a near copy of each: it links them."""
    first, second, whole = assign(det, item("first", FIRST), item("second", SECOND), item("whole", FIRST + " " + SECOND))
    assert (first.story_id, second.story_id) == (IDS["first"], IDS["second"])
    assert (whole.story_id, whole.duplicate_kind) == (IDS["first"], "near")
    return second


@pytest.fixture(params=["memory", "sqlite", "redis"])
def make_store(request, tmp_path):
    """A factory of stores sharing one state (a reopened SQLite file, a Redis prefix)."""
    if request.param == "memory":
        store = MemoryStoryStore()
        return lambda: store
    if request.param == "sqlite":
        return lambda: SQLiteStoryStore(sqlite3.connect(tmp_path / "stories.sqlite"))
    client = request.getfixturevalue("redis_client")
    return lambda: RedisStoryStore(client, "t")


def test_a_copy_of_a_fragment_joined_later_carries_the_first_seen_story(make_store):
    det = StoryDetector(make_store(), None, StoryConfig())
    bridge(det)
    (copy,) = assign(det, item("copy", SECOND.upper()))
    assert (copy.story_id, copy.duplicate_of, copy.duplicate_kind) == (IDS["first"], IDS["first"], "exact")
    assert copy.matched_id == IDS["second"]
    det.flush()
    store = make_store()
    assert [sorted(link) for link in store.story_links()] == [[(IDS["first"], 1), (IDS["second"], 2)]]
    # a later run (or another worker) reads the link from the store
    (late,) = assign(StoryDetector(store, None, StoryConfig()), item("late", "Update. " + SECOND))
    assert (late.story_id, late.duplicate_kind) == (IDS["first"], "near")


def test_a_worker_started_before_the_join_learns_it_from_the_shared_store(redis_client):
    other = StoryDetector(RedisStoryStore(redis_client, "t"), None, StoryConfig())
    bridge(StoryDetector(RedisStoryStore(redis_client, "t"), None, StoryConfig()))
    (copy,) = assign(other, item("copy", SECOND.upper()))
    assert copy.story_id == IDS["first"]


def test_the_first_seen_story_is_canonical_whatever_order_the_links_come_in():
    refs = {"a": 3, "b": 1, "c": 2, "d": 4}
    for links_in in ([("a", "b"), ("c", "d"), ("d", "a")], [("d", "a"), ("c", "d"), ("a", "b")]):
        links = StoryLinks()
        for pair in links_in:
            links.link(tuple((s, refs[s]) for s in pair))
        assert {s: links.canonical(s) for s in refs} == dict.fromkeys(refs, "b")
        assert links.merged("b") == ["a", "c", "d"]


def test_the_stories_joined_into_each_canonical_one_are_its_groups_others():
    """merged() keeps its groups as links join them: the same as every linked story whose
    canonical story it is, over random links of chains and stars."""
    rng = random.Random(7)
    for _ in range(50):
        stories = [f"s{n}" for n in range(rng.randint(2, 30))]
        refs = {story: rng.choice([0, *range(1, 100)]) for story in stories}
        links = StoryLinks()
        linked: set[str] = set()
        for _ in range(rng.randint(1, 20)):
            group = rng.sample(stories, rng.randint(2, min(4, len(stories))))
            links.link(tuple((s, refs[s]) for s in group))
            linked.update(group)
        for story in stories:
            others = sorted(s for s in linked if s != story and links.canonical(s) == story)
            assert links.merged(story) == (others if links.canonical(story) == story else [])


def test_the_bridging_article_reads_back_with_its_link_from_every_store(make_store):
    det = StoryDetector(make_store(), None, StoryConfig())
    bridge(det)
    det.flush()
    rec = make_store().find_article(IDS["whole"])
    link = ((IDS["second"], 2), (IDS["first"], 1))  # its own story (the one it matched) first
    assert (rec.bridged, rec.root_refs, rec.link) == ((IDS["first"],), (2, 1), link)


def test_an_sqlite_state_keeps_a_link_once_and_reads_an_older_layouts_columns_as_nothing(tmp_path):
    """The link is kept in stories_links alone (an article's record reads it from there); a state
    directory written when the articles' rows held it too still works, its columns unread."""
    conn = sqlite3.connect(tmp_path / "new.sqlite")
    bridge(StoryDetector(SQLiteStoryStore(conn), None, StoryConfig()))
    assert not {"bridged", "root_refs"} & {row[1] for row in conn.execute("PRAGMA table_info(stories_articles)")}
    assert conn.execute("SELECT count(*) FROM stories_links").fetchone() == (1,)
    older = sqlite3.connect(tmp_path / "older.sqlite")
    SQLiteStoryStore(older)
    older.executescript("ALTER TABLE stories_articles ADD COLUMN bridged TEXT NOT NULL DEFAULT '';"
                        "ALTER TABLE stories_articles ADD COLUMN root_refs TEXT NOT NULL DEFAULT '';")
    store = SQLiteStoryStore(older)
    bridge(StoryDetector(store, None, StoryConfig()))
    assert store.find_article(IDS["whole"]).link == ((IDS["second"], 2), (IDS["first"], 1))
    assert [sorted(link) for link in store.story_links()] == [[(IDS["first"], 1), (IDS["second"], 2)]]


def test_an_old_sqlite_state_gets_the_links_column_and_no_links(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite")
    conn.executescript("""
        CREATE TABLE stories_articles (ref INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL,
            story_id TEXT NOT NULL, language TEXT NOT NULL, ts REAL NOT NULL, exact TEXT NOT NULL,
            simhash INTEGER NOT NULL, anchors TEXT NOT NULL, vector BLOB, ehash BLOB, duplicate_kind TEXT);
        INSERT INTO stories_articles (article_id, story_id, language, ts, exact, simhash, anchors)
            VALUES ('old', 'old', 'en', 1.0, 'x', 5, '');
    """)
    store = SQLiteStoryStore(conn)
    assert store.story_links() == []
    (rec,) = store.iter_articles()
    assert rec.bridged == ()
    det = StoryDetector(store, None, StoryConfig())
    bridge(det)
    assert [sorted(link) for link in store.story_links()] == [[(IDS["first"], 2), (IDS["second"], 3)]]


def forget_the_join(make_store):
    """Bridge, then forget the two roots and the article that linked them (retention); the copy's
    story is the first half's before and after, in the detector that ran through it and a new one."""
    store = make_store()
    det = StoryDetector(store, None, StoryConfig())
    bridge(det)
    (copy,) = assign(det, item("copy", SECOND.upper()))
    assert copy.story_id == IDS["first"]
    det.flush()
    late = StoryInput(id=IDS["late"], text="Update. " + SECOND, title=None, language="en",
                      published="2024-06-20T10:00:00+00:00", fetched_at="2024-06-30T00:00:00Z", source="site-late")
    (late_rec,) = assign(det, late)
    det.flush()
    newest = store.latest_ts()
    assert newest is not None
    assert store.forget_before(newest) == 4  # the roots, the bridging article, the copy
    assert store.find_article(IDS["whole"]) is None and store.find_article(IDS["first"]) is None
    store.commit()
    return det, late_rec


def test_a_join_outlives_the_article_that_made_it(make_store):
    det, late = forget_the_join(make_store)
    assert late.story_id == IDS["first"]
    assert det.canonical(IDS["second"]) == IDS["first"]
    fresh = StoryDetector(make_store(), None, StoryConfig())  # a later run, another worker
    assert fresh.canonical(IDS["second"]) == IDS["first"]
    assert fresh.canonical(IDS["first"]) == IDS["first"]


def test_a_fragment_copied_after_the_join_was_forgotten_carries_the_first_seen_story(make_store):
    det, _ = forget_the_join(make_store)
    fresh = StoryDetector(make_store(), None, StoryConfig())
    again = StoryInput(id="6" * 16, text="Update. " + SECOND.upper(), title=None, language="en",
                       published="2024-06-21T10:00:00+00:00", fetched_at="2024-06-30T00:00:00Z", source="site-again")
    (copy,) = assign(fresh, again)
    assert (copy.story_id, copy.matched_id) == (IDS["first"], IDS["late"])
    assert [sorted(link) for link in det.store.story_links()] == [[(IDS["first"], 1), (IDS["second"], 2)]]


def _run_article(store: StoryStore, name: str, emitted: str) -> RunArticle:
    rec = store.find_article(IDS[name])
    assert rec is not None
    return RunArticle(id=rec.article_id, story_id=emitted, url=f"https://news.example/{name}", source=rec.source,
                      language="en", title=name, published="2024-05-01T10:00:00+00:00",
                      direction="ltr", duplicate_kind=rec.duplicate_kind, matched_id=rec.matched_id,
                      duplicate_score=rec.score)


def test_the_export_groups_joined_stories_and_lists_the_ids_written_before():
    store = MemoryStoryStore()
    det = StoryDetector(store, None, StoryConfig())
    second = bridge(det)
    (copy,) = assign(det, item("copy", SECOND.upper()))
    run = [_run_article(store, "second", second.story_id), _run_article(store, "whole", IDS["first"]),
           _run_article(store, "copy", copy.story_id)]
    (record,) = story_records(run, store, "2026-12-02T10:00:00Z")
    assert (record["story_id"], record["merged_story_ids"]) == (IDS["first"], [IDS["second"]])
    assert [m["id"] for m in record["members"]] == [IDS[n] for n in ("first", "second", "whole", "copy")]
    assert [m["kind"] for m in record["members"]] == ["root", "root", "near", "exact"]
    assert (record["member_count"], record["new_members"]) == (4, 3)
    jsonschema.Draft202012Validator(SCHEMA).validate(record)
