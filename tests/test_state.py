import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsspider.dates import is_too_old
from newsspider.state.base import EmittedArticle, EmittedIdentity, Validators
from newsspider.state.lock import LockHeld, RunLock
from newsspider.state.sqlite.db import SCHEMA_VERSION, StateError, open_state_db
from newsspider.state.sqlite.seen import SQLiteSeenStore
from newsspider.state.sqlite.validators import SQLiteValidatorStore


def test_state_db_uses_wal_and_records_its_layout_version(tmp_path):
    db = open_state_db(tmp_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_state_db_from_a_newer_release_is_refused(tmp_path):
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StateError, match="newer"):
        open_state_db(tmp_path)


def test_seen_store_knows_every_url_an_article_was_reached_under(tmp_path):
    seen = SQLiteSeenStore(open_state_db(tmp_path))
    seen.add([EmittedArticle("a1", "https://x.org/a", "https://x.org/a?utm_source=rss", "2024-01-01T00:00:00+00:00")])
    assert seen.seen_urls(["https://x.org/a", "https://x.org/a?utm_source=rss", "https://x.org/b"]) == {
        "https://x.org/a", "https://x.org/a?utm_source=rss"}
    assert seen.modified_of("a1") == (True, "2024-01-01T00:00:00+00:00")
    assert seen.modified_of("zz") == (False, None)


def test_seen_store_forgets_articles_emitted_before_the_cutoff_with_their_urls(tmp_path):
    db = open_state_db(tmp_path)
    seen = SQLiteSeenStore(db)
    seen.add([EmittedArticle(f"a{i}", f"https://x.org/{i}", f"https://x.org/{i}?utm=x", None) for i in range(1200)])
    db.execute("UPDATE seen_articles SET emitted_at = '2020-01-01T00:00:00+00:00' WHERE id != 'a7'")
    assert seen.forget_before(datetime(2024, 1, 1, tzinfo=timezone.utc)) == 1199 and seen.count() == 1
    assert seen.seen_urls(["https://x.org/3", "https://x.org/3?utm=x", "https://x.org/7"]) == {"https://x.org/7"}
    assert db.execute("SELECT count(*) FROM seen_urls").fetchone()[0] == 2


def test_seen_store_forgets_the_articles_named_with_their_urls(tmp_path):
    seen = SQLiteSeenStore(open_state_db(tmp_path))
    seen.add([EmittedArticle(f"a{i}", f"https://x.org/{i}", f"https://x.org/{i}?utm=x", None) for i in range(1200)])
    assert seen.forget([f"a{i}" for i in range(1, 1200)] + ["never"]) == 1199 and seen.count() == 1
    assert seen.seen_urls(["https://x.org/3", "https://x.org/3?utm=x", "https://x.org/0"]) == {"https://x.org/0"}
    assert seen.modified_of("a3") == (False, None) and seen.forget([]) == 0


def assert_keeps_article_keys(seen) -> None:
    """``SeenStore.identity_of`` on any backend: the key recorded with an article, updated when it
    is emitted again with one, kept when without (a record read back), forgotten with it."""
    assert seen.identity_of("a1", ["https://x.org/a"]) is None
    seen.add([EmittedArticle("a1", "https://x.org/top", "https://x.org/a?utm_source=rss", None, "k1"),
              EmittedArticle("a2", "https://x.org/b", "https://x.org/b", None)])  # no key: an older release's
    assert seen.identity_of("a1", ["https://x.org/new", "https://x.org/new?x"]) == EmittedIdentity("k1", False)
    assert seen.identity_of("a1", ["https://x.org/new", "https://x.org/a?utm_source=rss"]) == EmittedIdentity("k1", True)
    assert seen.identity_of("a1", ["https://x.org/top"]) == EmittedIdentity("k1", True)
    assert seen.identity_of("a1", []) == EmittedIdentity("k1", False)
    assert seen.identity_of("a2", ["https://x.org/c"]) == EmittedIdentity(None, False)
    seen.add([EmittedArticle("a1", "https://x.org/top", "https://x.org/a", "2024-01-02", "k2")])  # edited headline
    assert seen.identity_of("a1", ["https://x.org/c"]) == EmittedIdentity("k2", False)
    seen.add([EmittedArticle("a1", "https://x.org/top", "https://x.org/a", "2024-01-03")])  # read back: key unknown
    assert seen.identity_of("a1", ["https://x.org/c"]) == EmittedIdentity("k2", False)
    assert seen.modified_of("a1") == (True, "2024-01-03")
    assert seen.forget(["a1"]) == 1 and seen.identity_of("a1", ["https://x.org/a"]) is None
    seen.add([EmittedArticle("a1", "https://x.org/top", "https://x.org/a", None)])  # its key went with it
    assert seen.identity_of("a1", ["https://x.org/c"]) == EmittedIdentity(None, False)


def test_seen_store_keeps_the_key_of_each_article(tmp_path):
    assert_keeps_article_keys(SQLiteSeenStore(open_state_db(tmp_path)))


def test_a_state_database_of_the_first_layout_is_migrated_and_its_articles_have_no_key(tmp_path):
    """A state directory of a release before article keys (layout v1): opened, its table gains the
    column, and its articles are taken as the same article by any page, as that release did."""
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        db.executescript("""
            CREATE TABLE seen_articles (
                id TEXT PRIMARY KEY, canonical_url TEXT NOT NULL, modified TEXT, emitted_at TEXT NOT NULL);
            CREATE TABLE seen_urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL);
            INSERT INTO seen_articles VALUES ('old', 'https://x.org/top', NULL, '2026-11-01T00:00:00+00:00');
            INSERT INTO seen_urls VALUES ('https://x.org/top', 'old'), ('https://x.org/a', 'old');
            PRAGMA user_version=1;""")
    db = open_state_db(tmp_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    seen = SQLiteSeenStore(db)
    assert seen.identity_of("old", ["https://x.org/b"]) == EmittedIdentity(None, False)
    assert seen.identity_of("old", ["https://x.org/a"]) == EmittedIdentity(None, True)
    seen.add([EmittedArticle("new", "https://x.org/new", "https://x.org/new", None, "k")])
    assert seen.identity_of("new", []) == EmittedIdentity("k", False)
    db.execute("PRAGMA user_version=1")  # as a run killed after the migration, before its version was written
    db.close()
    migrate_again = open_state_db(tmp_path)  # the migration is idempotent, and a new database has the column
    assert migrate_again.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert SQLiteSeenStore(migrate_again).identity_of("new", []) == EmittedIdentity("k", False)
    fresh = SQLiteSeenStore(open_state_db(tmp_path / "new")).db
    assert "article_key" in {row[1] for row in fresh.execute("PRAGMA table_info(seen_articles)")}


def test_validators_round_trip_and_update(tmp_path):
    store = SQLiteValidatorStore(open_state_db(tmp_path))
    store.put([("https://x.org/rss", Validators('"v1"', None))])
    store.put([("https://x.org/rss", Validators('"v2"', "Tue, 01 Oct 2024 10:00:00 GMT"))])
    assert store.get("https://x.org/rss") == Validators('"v2"', "Tue, 01 Oct 2024 10:00:00 GMT")
    assert store.get("https://x.org/other") is None


def test_second_lock_on_the_same_state_is_refused_while_the_first_is_held(tmp_path):
    with RunLock(tmp_path):
        probe = subprocess.run([sys.executable, "-c", "import sys; from newsspider.state.lock import RunLock\n"
                                f"RunLock({str(tmp_path)!r}).acquire()"], capture_output=True, text=True)
        assert probe.returncode != 0 and "LockHeld" in probe.stderr
    RunLock(tmp_path).acquire().release()


def test_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    subprocess.run([sys.executable, "-c", f"from newsspider.state.lock import RunLock; RunLock({str(tmp_path)!r}).acquire()"],
                   check=True)  # exits without releasing: the kernel drops the flock, the file stays
    lock = RunLock(tmp_path).acquire()
    assert lock.previous_owner and lock.previous_owner.startswith("pid ")
    lock.release()
    with pytest.raises(LockHeld):
        with RunLock(tmp_path):
            RunLock(tmp_path).acquire()


def test_recovered_records_become_emitted_articles_and_stray_values_are_passed_over():
    records = [{"id": "a", "canonical_url": "https://x.test/a", "url": "https://x.test/a?utm=1", "modified": "m"},
               {"id": "b", "canonical_url": "https://x.test/b", "url": "https://x.test/b"},
               {"canonical_url": "https://x.test/c"}, {"id": "d"}, ["not", "an", "object"], 7]
    assert EmittedArticle.from_records(records) == [
        EmittedArticle("a", "https://x.test/a", "https://x.test/a?utm=1", "m"),
        EmittedArticle("b", "https://x.test/b", "https://x.test/b", None)]


def test_age_limit_ignores_unknown_dates_and_zero_means_none():
    now = datetime(2024, 6, 30, tzinfo=timezone.utc)
    assert is_too_old("2024-05-01T00:00:00+00:00", 30, now)
    assert not is_too_old("2024-06-15T00:00:00+02:00", 30, now)
    assert not is_too_old(None, 30, now) and not is_too_old("2000-01-01T00:00:00+00:00", 0, now)


def test_a_new_state_database_gives_the_pages_freed_by_the_retention_back(tmp_path):
    from newsspider.state.sqlite import SQLiteState

    state = SQLiteState(tmp_path)
    state.seen.add(EmittedArticle(f"a{i}", f"https://x.org/{i}" * 5, f"https://x.org/{i}?utm=x" * 5, None)
                   for i in range(5000))
    db = state.connection
    db.execute("UPDATE seen_articles SET emitted_at = '2020-01-01T00:00:00+00:00'")
    before = db.execute("PRAGMA page_count").fetchone()[0]
    assert state.seen.forget_before(datetime(2024, 1, 1, tzinfo=timezone.utc)) == 5000
    state.compact()
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert db.execute("PRAGMA page_count").fetchone()[0] < before / 4
    state.close()


def test_every_statement_error_of_the_stores_is_reported_and_then_the_store_fails_fast(tmp_path, monkeypatch):
    """The crawl stops on its state failing (``StateService.failed``) wherever the store was called from;
    a store stopped for a lock held elsewhere does not wait the busy timeout again on every statement."""
    from newsspider.state.sqlite import SQLiteState
    from newsspider.state.sqlite import db as state_db

    monkeypatch.setattr(state_db, "BUSY_TIMEOUT_SECONDS", 0.1)
    state, reported = SQLiteState(tmp_path), []
    state.watch(reported.append)
    state.seen.add([EmittedArticle("a" * 16, "https://x.org/a", "https://x.org/a", None)])
    assert reported == []
    holder = sqlite3.connect(tmp_path / "state.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError):
            state.seen.add([EmittedArticle("b" * 16, "https://x.org/b", "https://x.org/b", None)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert reported == [f"{tmp_path / 'state.sqlite3'}: database is locked"]
    assert state.connection.execute("PRAGMA busy_timeout").fetchone()[0] == 0
    state.close()


def test_a_commit_failing_at_the_end_of_a_with_block_is_reported(tmp_path):
    """The stores commit by ``with connection:``, whose commit Python makes in C: on a full disk in
    WAL mode the commit is where the write fails, and the crawl must hear of it."""
    from newsspider.state.sqlite.db import WatchedConnection

    db = sqlite3.connect(tmp_path / "t.db", factory=WatchedConnection)
    errors: list[sqlite3.Error] = []
    db.on_error = errors.append
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    db.commit()
    with pytest.raises(sqlite3.IntegrityError), db:  # the deferred key is checked at the commit alone
        db.execute("INSERT INTO child VALUES (1)")
    assert [type(error) for error in errors] == [sqlite3.IntegrityError]
    db.close()


@pytest.mark.parametrize("damage", [b"not sqlite at all " * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_state_database_says_which_file_to_move_aside(tmp_path, damage):
    (tmp_path / "state.sqlite3").write_bytes(damage)
    with pytest.raises(StateError, match="state.sqlite3 is damaged: move it aside"):
        open_state_db(tmp_path)


def as_written_before_digits_were_counted(state_dir) -> None:
    """Turn a state directory into what a release that counted numbered keys but not their digits
    (``digits_key``, session 53) left: layout v2, its learned-line counts without the digits keys
    and without the columns of later layouts."""
    with sqlite3.connect(state_dir / "state.sqlite3") as db:
        db.executescript("""
            CREATE TABLE old_counts (site TEXT NOT NULL, line_key TEXT NOT NULL, pages INTEGER NOT NULL DEFAULT 0,
                                     PRIMARY KEY (site, line_key)) WITHOUT ROWID;
            INSERT INTO old_counts SELECT site, line_key, pages FROM learned_lines_counts WHERE line_key NOT GLOB '=*';
            DROP TABLE learned_lines_counts;
            ALTER TABLE old_counts RENAME TO learned_lines_counts;
            PRAGMA user_version=2;""")
    db.close()


def _sports_page(i: int) -> list[str]:
    """A page of a site that prints "Independent since 1998" between the story's paragraphs on every
    page, and a one-digit result on a quarter of them ("Final score: 2-1")."""
    word = "".join("abcdefghij"[int(d)] for d in str(i))
    return [f"Story {word} opens with a sentence of its own.", "Independent since 1998",
            *([f"Final score: {i % 10}-{(i + 3) % 10}"] if i % 4 == 0 else []), f"Its second paragraph, {word}, is unique."]


def test_a_state_directory_written_before_digits_were_counted_keeps_its_lines_and_urls_and_its_fixed_numbers(tmp_path):
    """Layout v2 -> v3 (-> v4): every seen URL and learned count is kept; a numbered key whose digits were
    never counted gets a run of unknown digits, so its line is a fixed line (not a changing number)
    until a page shows its number changing; a result line does so at its next page."""
    from newsspider.extract.cleaning import line_key
    from newsspider.extract.cleaning.rules import is_short
    from newsspider.state.learned_lines import NumberRun, SiteLineThresholds, learned_tiers
    from newsspider.state.sqlite.learned_lines import SQLiteLineStats

    db = open_state_db(tmp_path)
    SQLiteSeenStore(db).add([EmittedArticle("a1", "https://x.org/a", "https://x.org/a?utm=x", None, "k")])
    lines = SQLiteLineStats(db)
    for i in range(200):
        lines.observe("s", f"p{i}", _sports_page(i))
    lines.flush()
    db.close()
    as_written_before_digits_were_counted(tmp_path)
    with sqlite3.connect(tmp_path / "state.sqlite3") as old:
        counts = set(old.execute("SELECT site, line_key, pages FROM learned_lines_counts"))
    old.close()

    db = open_state_db(tmp_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert SQLiteSeenStore(db).seen_urls(["https://x.org/a?utm=x", "https://x.org/b"]) == {"https://x.org/a?utm=x"}
    assert set(db.execute("SELECT site, line_key, pages FROM learned_lines_counts")) == counts
    lines = SQLiteLineStats(db)
    assert lines.page_count("s") == 200
    assert lines.number_runs("s", ["independent since N", "final score: N"]) == {
        "independent since N": NumberRun(None), "final score: N": NumberRun(None)}
    tiers = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1, short_min_share=0.25)

    def learned():
        return learned_tiers(lines, tiers, own="s", story="story:s", suffixes="suffix:s", is_short=is_short)
    fixed = line_key("Independent since 1998")
    for i in range(200, 206):
        lines.observe("s", f"p{i}", _sports_page(i))
        assert fixed in learned().lines
    assert "final score: N" in learned().short_lines  # 0-3 at page 200, 4-7 at 204: a changing number
    assert line_key("Final score: 2-1") not in learned().lines | learned().labels
    db.execute("PRAGMA user_version=2")  # as a run killed after the migrations, before their versions were written
    lines.flush()
    db.close()
    again = open_state_db(tmp_path)
    assert SQLiteLineStats(again).number_runs("s", ["independent since N", "final score: N"]) == {
        "independent since N": NumberRun("1998")}  # the result's run broke at page 204: over
    again.close()


STATE_V3 = Path(__file__).parent / "fixtures" / "state_v3"


def test_a_state_directory_of_layout_v3_loads_and_teaches_what_it_taught_the_release_that_wrote_it(tmp_path):
    """Layout v3 -> v4: a state directory written by the release before v4 (``fixtures/state_v3``,
    ``make_state_v3.py``: a site counted at v3 and one migrated from v2) keeps its seen URLs and counts;
    its runs from the site's first page keep their digits (unknown ones stay unknown) and those that
    began later are dropped; the lines learned from it, and after each of its sites' next pages, are
    those that release learned."""
    from newsspider.extract.cleaning.rules import is_short
    from newsspider.state.learned_lines import NumberRun, SiteLineThresholds, learned_tiers
    from newsspider.state.sqlite.learned_lines import SQLiteLineStats

    with sqlite3.connect(tmp_path / "state.sqlite3") as old:
        old.executescript((STATE_V3 / "state_v3.sql").read_text(encoding="utf-8") + "PRAGMA user_version=3;")
        counts = set(old.execute("SELECT site, line_key, pages FROM learned_lines_counts"))
    old.close()
    recorded = json.loads((STATE_V3 / "state_v3.json").read_text(encoding="utf-8"))
    assert recorded["runs_v3"]["s awards N"] == "20 20 2026" and recorded["runs_v3"]["old updated N"] == "30 0"
    db = open_state_db(tmp_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert SQLiteSeenStore(db).seen_urls(["https://x.org/a?utm=x", "https://x.org/b"]) == {"https://x.org/a?utm=x"}
    assert set(db.execute("SELECT site, line_key, pages FROM learned_lines_counts")) == counts
    assert dict(db.execute("SELECT site || ' ' || line_key, run FROM learned_lines_counts WHERE run IS NOT NULL")) == {
        "old final score: N": "", "old independent since N": "", "old updated N": "", "s foto N": "312,412",
        "s independent since N": "1998", "s lesezeit: N minuten": "5"}
    lines = SQLiteLineStats(db, flush_every=3)
    assert lines.number_runs("s", ["awards N", "edition N", "final score: N", "independent since N"]) == {
        "independent since N": NumberRun("1998")}
    tiers = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1, short_min_share=0.25)
    for step in recorded["steps"]:
        site = step["site"]
        if step["page"]:
            lines.observe(site, *step["page"])
        learned = learned_tiers(lines, tiers, own=site, story=f"story:{site}", suffixes=f"suffix:{site}",
                                is_short=is_short)
        # The tiers that release had (a later one's, ``label_links``, is asked of no ``linked`` key here: empty).
        assert {name: sorted(keys) for name, keys in learned._asdict().items()
                if name in step["learned"] or keys} == step["learned"], step["page"]
    db.close()
