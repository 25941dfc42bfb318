"""Per-site recurring-line learning, same behaviour for both stores."""

from __future__ import annotations

import collections
import random
import sqlite3

import pytest

from newsspider.extract.cleaning import clean_text, line_key, story_short_lines
from newsspider.extract.cleaning.rules import is_short
from newsspider.state.base import LineStatsStore
from newsspider.state.learned_lines import (
    MAX_KEY_CHARS,
    MAX_LINE_CHARS,
    Learned,
    MemoryLineStats,
    NumberRun,
    SiteLineThresholds,
    learned_tiers,
    next_run,
    page_keys,
    page_numbers,
    run_of_v3,
    runs_of_counts,
)
from newsspider.state.sqlite.learned_lines import SQLiteLineStats

TEMPLATE = "Join our Telegram channel for breaking news"
# The update line of ``_page`` is learned under its key and its numbered key (``numbered_key``).
UPDATED = {line_key("Updated 0:00"), "updated N"}


@pytest.fixture(params=["memory", "sqlite"])
def store(request) -> LineStatsStore:
    if request.param == "memory":
        yield MemoryLineStats()
        return
    conn = sqlite3.connect(":memory:")
    yield SQLiteLineStats(conn)
    conn.close()


def _page(i: int, *, template: bool = True) -> list[str]:
    lines = [f"Headline number {chr(65 + i)} about something else",
             f"Story {chr(65 + i)} sentence one is unique to this page."]
    if template:
        lines.append(TEMPLATE)
        lines.append(f"Updated {i}:{i:02d}")  # digits fold: one key for every page
    return lines


def test_protocol_implemented(store):
    assert isinstance(store, LineStatsStore)


def test_template_lines_found(store):
    for i in range(10):
        store.observe("example.com", f"https://example.com/{i}", _page(i, template=i < 6))
    assert store.page_count("example.com") == 10
    learned = store.template_lines("example.com", min_pages=3, min_share=0.5)
    assert learned == {line_key(TEMPLATE), *UPDATED}
    # 6 of 10 pages: below a 0.7 share
    assert store.template_lines("example.com", min_pages=3, min_share=0.7) == frozenset()
    # Other sites are separate.
    assert store.template_lines("other.org", min_pages=2, min_share=0.0) == frozenset()
    assert store.page_count("other.org") == 0


def test_single_page_line_never_returned(store):
    store.observe("s", "p1", ["Only once here", TEMPLATE])
    store.observe("s", "p2", [TEMPLATE])
    for min_pages in (0, 1, 2):
        learned = store.template_lines("s", min_pages=min_pages, min_share=0.0)
        assert line_key("Only once here") not in learned
        assert line_key(TEMPLATE) in learned


def test_same_page_counted_once(store):
    for _ in range(5):
        store.observe("s", "same-url", [TEMPLATE, TEMPLATE])
    assert store.page_count("s") == 1
    assert store.template_lines("s", min_pages=2, min_share=0.0) == frozenset()


def test_share_threshold_rounding(store):
    for i in range(10):
        store.observe("s", str(i), [TEMPLATE] if i < 3 else [f"page {chr(97 + i)}"])
    # 3 of 10 pages satisfies a 0.3 share exactly.
    assert store.template_lines("s", min_pages=2, min_share=0.3) == {line_key(TEMPLATE)}


def test_long_lines_not_observed():
    long = "x" * MAX_LINE_CHARS
    assert page_keys([long, " ", "", "Short line"]) == {"short line"}
    assert all(len(k) <= MAX_KEY_CHARS for k in page_keys(["é" * (MAX_LINE_CHARS - 1)]))


def test_prune_drops_singletons(store):
    for i in range(4):
        store.observe("s", str(i), _page(i))
    dropped = store.prune("s")
    assert dropped == 12  # 2 unique lines per page, and the digits of its update line ("=updated N=707")
    assert store.template_lines("s", min_pages=2, min_share=0.5) == {line_key(TEMPLATE), *UPDATED}


def test_sqlite_persists_across_instances(tmp_path):
    db = tmp_path / "state.sqlite"
    conn = sqlite3.connect(db)
    st = SQLiteLineStats(conn)
    for i in range(3):
        st.observe("s", str(i), _page(i))
    st.flush()
    conn.close()
    conn = sqlite3.connect(db)
    st = SQLiteLineStats(conn)  # CREATE TABLE IF NOT EXISTS: no error, data kept
    assert st.page_count("s") == 3
    assert line_key(TEMPLATE) in st.template_lines("s", min_pages=2, min_share=0.5)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables and all(t.startswith("learned_lines_") for t in tables)
    conn.close()


def test_learned_lines_feed_clean_text(store):
    pages = [_page(i) for i in range(5)]
    for i, lines in enumerate(pages):
        store.observe("s", str(i), lines)
    learned = store.template_lines("s", min_pages=3, min_share=0.5)
    text = "\n".join(_page(7)[1:] + ["A second unique sentence of story seven."])
    result = clean_text(text, site_lines=learned)
    assert TEMPLATE not in result.text and "Updated" not in result.text
    assert "Story H sentence one is unique to this page." in result.text
    assert result.removed["site_learned"] == 2


def _stored(db) -> tuple[dict, dict, set]:
    """(site -> pages, (site, key) -> pages, page hashes) as committed in the database file."""
    conn = sqlite3.connect(db)
    try:
        return (dict(conn.execute("SELECT site, pages FROM learned_lines_sites")),
                {(s, k): n for s, k, n in conn.execute("SELECT site, line_key, pages FROM learned_lines_counts")},
                {h for (h,) in conn.execute("SELECT page_hash FROM learned_lines_pages")})
    finally:
        conn.close()


def test_sqlite_writes_in_batches_and_a_killed_run_loses_only_the_last_batch(tmp_path):
    db = tmp_path / "state.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)  # autocommit, like the crawl's connection
    st = SQLiteLineStats(conn, flush_every=3)
    for i in range(2):
        st.observe("s", str(i), _page(i))
    assert _stored(db) == ({}, {}, set())  # buffered
    assert st.page_count("s") == 2  # but answered from memory
    st.observe("s", "2", _page(2))
    pages, counts, hashes = _stored(db)
    assert pages == {"s": 3} and len(hashes) == 3 and counts[("s", line_key(TEMPLATE))] == 3
    st.observe("s", "3", _page(3))
    conn.close()  # killed: page 3 was never flushed

    conn = sqlite3.connect(db, isolation_level=None)
    st = SQLiteLineStats(conn, flush_every=3)
    assert st.page_count("s") == 3 and ("s", line_key(_page(3)[0])) not in _stored(db)[1]
    st.observe("s", "3", _page(3))  # counted now, once
    st.observe("s", "2", _page(2))  # already stored by the killed run: ignored
    st.flush()
    pages, counts, _ = _stored(db)
    assert pages == {"s": 4} and counts[("s", line_key(TEMPLATE))] == 4
    conn.close()


def test_sqlite_counts_a_page_observed_under_several_sites_once_towards_a_write(tmp_path):
    """The boilerplate pipeline observes each article under three sites: the batch is of pages."""
    db = tmp_path / "state.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    st = SQLiteLineStats(conn, flush_every=2)
    for site in ("s", "title-suffixes:s", "story-lines:s"):
        st.observe(site, "0", _page(0))
    assert _stored(db) == ({}, {}, set())  # one page so far
    st.observe("s", "1", _page(1))
    assert _stored(db)[0] == {"s": 2, "title-suffixes:s": 1, "story-lines:s": 1}
    conn.close()


def test_sqlite_flush_leaves_a_callers_open_transaction_to_the_caller(tmp_path):
    db = tmp_path / "state.sqlite"
    conn = sqlite3.connect(db)  # legacy mode: the caller's DML opens a transaction
    st = SQLiteLineStats(conn, flush_every=1)
    conn.execute("CREATE TABLE other (x)")
    conn.execute("INSERT INTO other VALUES (1)")
    st.observe("s", "p", [TEMPLATE])
    assert conn.in_transaction and _stored(db) == ({}, {}, set())
    conn.commit()
    assert _stored(db)[0] == {"s": 1}
    conn.close()


@pytest.mark.parametrize("seed", range(4))
def test_sqlite_matches_the_memory_store_across_runs_batches_and_evictions(tmp_path, seed):
    """Several runs on one database, small batches and a tiny key cache (so keys are evicted
    and looked up again) give the same answers as the plain in-memory store, at every step."""
    rng = random.Random(seed)
    vocabulary = [f"line {word}" for word in "abcdefghijklmnopqrstuvwxyz"] + [TEMPLATE]
    # numbered lines whose number stays, changes once, or changes per page: their runs too
    vocabulary += ["Independent since 1998", "Awards 2025", "Awards 2026", *(f"Score: {n}-1" for n in range(4))]
    memory = MemoryLineStats()
    db = tmp_path / "state.sqlite"
    for _run in range(4):
        conn = sqlite3.connect(db, isolation_level=None)
        st = SQLiteLineStats(conn, flush_every=rng.choice([1, 2, 5]), max_cached_keys=rng.choice([0, 5, 1000]))
        for _ in range(rng.randrange(5, 25)):
            site = rng.choice(["a", "b"])
            page = str(rng.randrange(60))  # pages recur, within a run and across runs
            lines = rng.sample(vocabulary, rng.randrange(0, 8))
            st.observe(site, page, lines)
            memory.observe(site, page, lines)
            for s in ("a", "b"):
                assert st.page_count(s) == memory.page_count(s)
                for min_pages, min_share in ((2, 0.0), (3, 0.2), (5, 0.3)):
                    assert (st.template_lines(s, min_pages=min_pages, min_share=min_share)
                            == memory.template_lines(s, min_pages=min_pages, min_share=min_share))
                numbered = {k for k in memory.template_lines(s, min_pages=2, min_share=0.0) if "N" in k}
                assert st.number_runs(s, numbered) == memory.number_runs(s, numbered)
        st.flush()
        conn.close()
    pages, counts, _ = _stored(db)
    assert pages == {s: memory.page_count(s) for s in ("a", "b") if memory.page_count(s)}
    assert counts == {(s, k): n for s in ("a", "b") for k, n in memory._counts[s].items()}


def test_sqlite_prune_then_observe(tmp_path):
    conn = sqlite3.connect(tmp_path / "state.sqlite", isolation_level=None)
    st = SQLiteLineStats(conn, flush_every=100)
    for i in range(4):
        st.observe("s", str(i), _page(i))
    assert st.prune("s") == 12  # flushes first: the buffered pages are pruned too
    st.observe("s", "4", _page(4))
    assert st.page_count("s") == 5
    assert st.template_lines("s", min_pages=5, min_share=0.0) == {line_key(TEMPLATE), *UPDATED}
    conn.close()


def test_decay_halves_a_site_past_the_window_and_keeps_its_template(store):
    for i in range(12):
        store.observe("big", f"p{i}", _page(i, template=i % 2 == 0))
    store.observe("small", "p0", _page(0))
    assert store.decay(max_pages=10) == 1
    assert store.page_count("big") == 6 and store.page_count("small") == 1
    # 3 of 6 pages; "Updated 10:10" keeps the numbered key of "Updated 8:08" (one key on 6 pages before)
    assert store.template_lines("big", min_pages=2, min_share=0.5) == {line_key(TEMPLATE), "updated N"}
    assert store.prune("big", min_pages=1) == 0  # the lines seen on one page are gone already
    assert store.decay(max_pages=10) == 0


def test_decay_keeps_a_numbered_lines_run_while_its_line_is_counted(store):
    """A run's pages are its line's count, halved with it: the run is kept while the line is, and
    forgotten with a line seen once. A run that broke before the decay does not start again after
    it (the site's first page is long past)."""
    for i in range(12):
        store.observe("big", f"p{i}", [f"Story {chr(65 + i)} is its own.", "Independent since 1998", f"Score: {i % 3}-1"])
    store.observe("big", "p12", ["Story M is its own.", "Independent since 1998", "Edition 7"])
    assert store.number_runs("big", ["independent since N", "score: N", "edition N"]) == {
        "independent since N": NumberRun("1998")}
    assert store.decay(max_pages=10) == 1
    assert store.page_count("big") == 6
    assert store.number_runs("big", ["independent since N", "score: N"]) == {"independent since N": NumberRun("1998")}
    store.observe("big", "p13", ["Independent since 1998", "Score: 2-1", "Edition 7"])
    store.observe("big", "p14", ["Independent since 1998", "Score: 2-1", "Edition 7"])
    assert store.number_runs("big", ["independent since N", "score: N", "edition N"]) == {
        "independent since N": NumberRun("1998")}
    store.observe("big", "p15", ["Independent since 1999"])
    assert store.number_runs("big", ["independent since N"]) == {}


def test_a_sites_credit_label_is_learned_whatever_it_credits_and_cleans_its_credit_lines():
    store = MemoryLineStats()
    for n, outlet in enumerate(["Kanal Nord", "Radio Kaskazi", "Metro Courier", "Daily Meridian"]):
        store.observe("site", f"p{n}", [f"Story {n} has a sentence of its own.", f"سرچینه: {outlet}"])
    labels = store.template_lines("site", min_pages=3, min_share=0.1)
    assert "سرچینه" in labels  # Pashto "Source", with a Persian yeh the rules' folded form changes
    for tail in ("سرچینه: Radio Nova", "سرچینه"):
        cleaned = clean_text(f"The council approved the budget on Tuesday.\n{tail}", site_labels=labels).text
        assert cleaned == "The council approved the budget on Tuesday.", tail
    # A sentence under the label, or the label in the middle of the text, stays.
    text = "The council approved the budget on Tuesday.\nسرچینه: the ministry said the figures were final."
    assert clean_text(text, site_labels=labels).text == text


TIERS = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1, short_min_share=0.25)
MOTTO, TAGLINE, CLOSING = "Nachrichten aus dem Norden", "Truth first.", "Police are investigating."


def _tiered_site(store: LineStatsStore) -> None:
    """Twelve pages of source ``s``: the template on all, a motto, a tagline and a closing sentence
    on a third each (the closing sentence also inside its stories), a line on two pages, a title
    suffix on a third."""
    for i in range(12):
        page = f"p{i}"
        third = i % 3 == 0
        store.observe("s", page, [f"Story {chr(65 + i)} sentence one is unique to this page.", TEMPLATE,
                                  *([MOTTO, TAGLINE, CLOSING] if third else []), *(["Seen twice"] if i < 2 else [])])
        store.observe("story:s", page, [CLOSING] if third else [])
        store.observe("suffix:s", page, ["Example Times"] if third else [])


def test_learned_tiers_compose_the_stores_answers_without_scrapy(store):
    """The template is the first tier only; a short line on a quarter of the pages is learned
    unless the source's stories hold it; labels and title suffixes need a label's evidence."""
    _tiered_site(store)
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    keys = lambda *lines: frozenset(map(line_key, lines))  # noqa: E731
    assert learned == Learned(lines=keys(TEMPLATE), labels=keys(MOTTO, TAGLINE, CLOSING),
                              title_suffixes=keys("Example Times"), short_lines=keys(MOTTO, TAGLINE))


class CountingStore(MemoryLineStats):
    """A store that counts the questions put to it."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: collections.Counter[tuple[str, int, float]] = collections.Counter()

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        self.asked[site, min_pages, min_share] += 1
        return super().template_lines(site, min_pages=min_pages, min_share=min_share)


def test_learned_tiers_put_each_question_to_the_store_once():
    """Two tiers with the same thresholds (short lines on a label's share) share one answer."""
    store = CountingStore()
    _tiered_site(store)
    same = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.25, short_min_share=0.25)
    learned = learned_tiers(store, same, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert set(store.asked.values()) == {1}
    assert store.asked["s", 3, 0.25] == 1
    assert learned.short_lines == frozenset(map(line_key, (MOTTO, TAGLINE)))


def test_a_counter_whose_number_changes_width_is_learned_as_one_line_and_goes_where_the_template_has_it():
    """A reading time or view count changes its number, in width too, from page to page ("7 min
    read", "112 min read", "👁 1.234"): counted under one numbered key, learned as a short line,
    removed at the text's edge; the same shape between two of the story's paragraphs stays."""
    store = MemoryLineStats()
    minutes, views = [3, 12, 112, 7, 45, 9, 18, 101], ["5", "1.234", "87", "12.345", "640", "9", "2,022", "31"]
    for i, (n, seen) in enumerate(zip(minutes, views, strict=True)):
        store.observe("s", f"p{i}", [f"{n} min read", f"👁 {seen}", f"Story {chr(65 + i)} has a sentence of its own."])
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert {"N min read", "N"} <= learned.short_lines
    assert not {"N min read", "N"} & (learned.lines | learned.labels)  # never removed anywhere
    story = "The minister spoke on Tuesday in the capital city.\nHe said the plan was ready to go."
    cleaned = clean_text(f"27 min read\n👁 98.765\n{story}", site_lines=learned.lines, site_labels=learned.labels,
                         site_short_lines=learned.short_lines).text
    assert cleaned == story
    inside = "The minister spoke on Tuesday in the capital city.\n27 min read\nHe said the plan was ready to go."
    assert clean_text(inside, site_short_lines=learned.short_lines).text == inside


def test_the_numbered_key_of_a_story_line_is_the_storys():
    """A numbered line seen between two paragraphs of the site's stories ("Score: 2-1") is the
    stories' (as a short sentence is): not learned as the site's, wherever it stands."""
    store = MemoryLineStats()
    for i in range(8):
        score = f"Score: {i}-{i + 1}" if i % 2 else f"Score: {10 * i}-{i}"
        store.observe("s", f"p{i}", [f"Story {chr(65 + i)} has a sentence of its own.", score])
        store.observe("story:s", f"p{i}", [score])
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert "score: N" not in learned.short_lines


def _score_site(store: LineStatsStore, *, between: bool) -> None:
    """Twelve pages of a sports site, a quarter with a one-digit result line ("Final score: 2-1": one
    line key on all of them) standing between two paragraphs (``between``) or after the story."""
    for i in range(12):
        story = [f"Story {chr(65 + i)} sentence one is unique to this page.",
                 f"Story {chr(65 + i)} has a second paragraph of its own."]
        lines = [story[0], f"Final score: {i % 10}-{(i + 3) % 10}", story[1]] if i % 4 == 0 else story
        store.observe("s", f"p{i}", lines if between or i % 4 else [*story, lines[1]])
        store.observe("story:s", f"p{i}", story_short_lines(lines) if between else [])


def test_a_line_whose_one_digit_number_changes_per_page_is_learned_as_a_numbered_line_only():
    """A one-digit number folds to the same line key on every page ("Final score: 2-1" and "3-0"):
    the line is still one whose number changes per page, learned under its numbered key and removed
    only where the template has it, never as a label anywhere (a story's result line)."""
    store = MemoryLineStats()
    _score_site(store, between=False)
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert "final score: N" in learned.short_lines
    story = ("The home side took the lead after ten minutes of the match.\nFinal score: 4-2\n"
             "The visitors never found a way back into the game after that.")
    assert clean_text(story, site_lines=learned.lines, site_labels=learned.labels,
                      site_short_lines=learned.short_lines).text == story


def test_a_counter_on_a_tenth_of_the_pages_is_learned_as_a_labels_evidence_allows():
    """A numbered line is no sentence: seen on a label's share of the pages (3 of 20 here), it is
    learned as the site's short line (removed where the template has it), as a label would be."""
    store = MemoryLineStats()
    for i in range(20):
        store.observe("s", f"p{i}", [f"Story {chr(65 + i)} sentence one is unique to this page.",
                                     *([f"Comments ({10 + i})"] if i % 7 == 0 else [])])
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert "comments (N" in learned.short_lines
    assert "comments (N" not in learned.labels


def test_a_closing_sentence_with_a_changing_one_digit_score_is_learned_by_its_numbered_key_alone():
    """"The match ended 2-1." on a quarter of the pages, its one-digit score changing: one line key
    on all of them, but no score recurs as often, so only its numbered key is learned (and the
    cleaning keeps such a sentence right below the story); a motto whose year stays keeps its key."""
    store = MemoryLineStats()
    for i in range(16):
        closing = [f"The match ended {i % 10}-{(i + 3) % 10}.", "Muryar gaskiya tun 1999."] if i % 4 == 0 else []
        store.observe("s", f"p{i}", [f"Story {chr(65 + i)} sentence one is unique to this page.", *closing])
    learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    assert "the match ended N" in learned.short_lines
    assert line_key("The match ended 2-1.") not in learned.short_lines | learned.labels | learned.lines
    assert line_key("Muryar gaskiya tun 1999.") in learned.short_lines
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    text = f"{story}\nThe match ended 4-2.\nMuryar gaskiya tun 1999."
    assert clean_text(text, site_lines=learned.lines, site_labels=learned.labels,
                      site_short_lines=learned.short_lines).text == f"{story}\nThe match ended 4-2."


def _year_page(i: int, change: int) -> list[str]:
    """Page ``i`` of a site whose banner with a year ("Example Media Awards 2025"), on three of five
    pages between the story's paragraphs, turns to the next year from page ``change`` on."""
    word = "".join("abcdefghij"[int(d)] for d in str(i))  # digits fold in line keys: each page its own word
    story = [f"Story {word} opens with a sentence of its own.", f"Its second paragraph, {word}, is unique."]
    if i % 5 < 3:
        story.insert(1, f"Example Media Awards {2025 if i < change else 2026}")
    return story


def _score_page(i: int) -> list[str]:
    """Page ``i`` of a sports site: its story with the match's result between its paragraphs, the
    same result on pages 60-66 (seven reports of one match), another on every other page."""
    word = "".join("abcdefghij"[int(d)] for d in str(i))
    score = "2-1" if 60 <= i < 67 else f"{i % 10}-{(i * 3 + 1) % 7}"
    return [f"Story {word} opens with a sentence of its own about the match.", f"Final score: {score}",
            f"Its second paragraph, {word}, is unique and long enough to be story text.", "Independent since 1998"]


def test_a_result_repeated_on_a_few_pages_in_a_row_stays_a_changing_number(store):
    """Several reports of one match give its result on the pages in a row they are: the line's
    number has changed before, so the repeat makes no fixed site line of it (cut from every story
    that gives the result, the next reports' too); the site's own fixed line is learned."""
    learned_at = []
    for i in range(80):
        store.observe("s", f"p{i}", _score_page(i))
        learned = learned_tiers(store, TIERS, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
        if line_key("Final score: 2-1") in learned.lines | learned.labels:
            learned_at.append(i)
    assert learned_at == []
    assert line_key("Independent since 1998") in learned.lines


def test_a_numbers_run_goes_on_while_its_digits_stay_and_is_over_for_good_once_they_change():
    """The plain logic of ``NumberRun``: the site's first page starts a run; a later page with the
    run's digits (or any, when they are unknown) goes on with it; another number ends it for good
    (no run starts after a change of number, nor for a line first seen after the site's first page:
    the digit counts decide those), so nothing is stored for it. Its stored form is its digits."""
    unknown = NumberRun(None)
    assert next_run(unknown, "1998", 200) == NumberRun("1998")
    assert next_run(NumberRun("1998"), "1998", 230) == NumberRun("1998")
    assert next_run(NumberRun("2025"), "2026", 120) is None  # the year changed: over
    assert next_run(None, "2026", 121) is None  # and does not start again
    assert next_run(None, "21", 7) is None  # first seen on the site's 8th page
    assert next_run(None, "21", 0) == NumberRun("21")  # the site's first page
    assert [NumberRun("312,412").encode(), unknown.encode()] == ["312,412", ""]
    assert [NumberRun.decode(b"1998"), NumberRun.decode("")] == [NumberRun("1998"), unknown]
    # layout v3 kept "pages start digits": a run from the site's first page stays, a later one goes
    assert [run_of_v3("40 0 1998"), run_of_v3(b"30 0"), run_of_v3("20 20 2026"), run_of_v3("37 3 7")] == [
        NumberRun("1998"), unknown, None, None]
    assert page_numbers(page_keys(["Foto 4/12", "Foto 3/12", "Independent since 1998", "No number"])) == {
        "foto N": "312,412", "independent since N": "1998"}


def test_the_runs_an_old_stores_counts_imply():
    """A numbered key counted before runs were kept: digits never counted are unknown, one number
    counted is its run's, two numbers or more (a result, a counter) start no run."""
    counts = {"independent since N": 200, "independent since 0000": 200, "final score: N": 50,
              "=final score: N=21": 3, "=final score: N=30": 2, "updated N": 9, "=updated N=808": 9, "motto": 70}
    assert runs_of_counts(counts) == {"independent since N": NumberRun(None), "updated N": NumberRun("808")}


def test_a_label_is_the_sites_where_its_pages_show_it_before_headlines_and_different_links():
    from newsspider.state.learned_lines import HEADLINE_MARK, label_link_lines, linked_labels
    store = MemoryLineStats()
    for n in range(10):
        shown = f"Soma pia Habari fupi {'abcdefghij'[n]}"  # a short link, kept in the text
        taken = f"Soma pia: Mahakama yaamua kesi ya ardhi {'abcdefghij'[n]}"  # a headline: extraction took it
        lines = [(shown, "Soma pia"), (taken, "Soma pia:"), ("Imeandikwa na Juma Ali", "Imeandikwa na"),
                 ("Chanzo Radio Kaskazi", "Chanzo")]
        store.observe("label-links:site", f"p{n}", label_link_lines(lines, f"Story {n}.\n{shown}\nImeandikwa na Juma Ali\nChanzo Radio Kaskazi"))
    tier = store.template_lines("label-links:site", min_pages=3, min_share=0.1)
    assert "soma pia" + HEADLINE_MARK in tier  # the colon's label is the same label
    # Before headlines and other links on each page: the site's. Before one name on every page (one link:
    # a fixed line), or never before a headline (an author's, a source's name): not this rule's.
    assert linked_labels(tier) == frozenset({"soma pia"})
