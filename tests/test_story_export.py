"""The story export and report built from a story store (plain logic), and the extension's switches."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler

from newsspider.export.files import export_path, report_path, write_atomically
from newsspider.export.html_report import CONTENT_SECURITY_POLICY, render_report
from newsspider.export.stories import RunArticle, story_records
from newsspider.extensions.story_export import StoryExport
from newsspider.stories.store import ArticleDetails, ArticleRecord, MemoryStoryStore

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "newsspider" / "story.schema.json").read_text("utf-8"))
EXPORTED_AT = "2026-12-01T10:00:00Z"


def _stored(store: MemoryStoryStore, aid: str, story: str, language: str, ts: float, kind: str | None = None,
            score: float | None = None, source: str = "site") -> None:
    store.add_article(ArticleRecord(aid, story, language, ts, "e" + aid, 7, frozenset(), np.ones(4, dtype=np.float16),
                                    None, kind, source=source, matched_id=story if kind else None, score=score))


def _run_article(aid: str, story: str, language: str, published: str, kind: str | None = None,
                 score: float | None = None, title: str = "A title", source: str = "site") -> RunArticle:
    return RunArticle(id=aid, story_id=story, url=f"https://news.example/{aid}", source=source, language=language,
                      title=title, published=published, direction="rtl" if language == "ar" else "ltr",
                      duplicate_kind=kind, matched_id=story if kind else None, duplicate_score=score)


@pytest.fixture
def two_runs() -> tuple[MemoryStoryStore, list[RunArticle]]:
    """A story begun by an earlier run (root + a copy) gains an Arabic translation; a new story starts."""
    store = MemoryStoryStore()
    _stored(store, "a" * 16, "a" * 16, "en", 1.0, source="wire")
    _stored(store, "b" * 16, "a" * 16, "en", 2.0, "near", 0.9123456, source="gazette")
    store.add_details([ArticleDetails("a" * 16, "https://wire.example/a", "Rockets hit base",
                                      "2024-07-25T19:10:00+03:00", "ltr")])  # b: kept before details existed
    run = [_run_article("c" * 16, "a" * 16, "ar", "2024-07-26T09:20:00+05:00", "translation", 0.65, "صواريخ"),
           _run_article("d" * 16, "d" * 16, "de", "2024-07-20T08:00:00+02:00")]
    _stored(store, "c" * 16, "a" * 16, "ar", 3.0, "translation", 0.65)
    _stored(store, "d" * 16, "d" * 16, "de", 4.0)
    return store, run


def test_a_story_lists_its_earlier_runs_members_from_the_store(two_runs):
    store, run = two_runs
    big, small = story_records(run, store, EXPORTED_AT)
    assert [m["id"][0] for m in big["members"]] == ["a", "b", "c"]  # the root first, in the state's order
    assert [m["this_run"] for m in big["members"]] == [False, False, True]
    assert (big["member_count"], big["new_members"], big["languages"]) == (3, 1, ["ar", "en"])
    root, near, translation = big["members"]
    assert (root["kind"], root["title"], root["published_utc"], root["source"]) == (
        "root", "Rockets hit base", "2024-07-25T16:10:00Z", "wire")
    assert (near["kind"], near["score"], near["url"], near["title"]) == ("near", 0.9123, None, None)
    assert (translation["kind"], translation["direction"], translation["matched_id"]) == ("translation", "rtl", "a" * 16)
    assert (big["first_published"], big["last_published"]) == ("2024-07-25T16:10:00Z", "2024-07-26T04:20:00Z")
    assert (small["story_id"], small["member_count"], small["members"][0]["kind"]) == ("d" * 16, 1, "root")


def test_export_records_validate_against_the_story_schema(two_runs):
    store, run = two_runs
    validator = jsonschema.Draft202012Validator(SCHEMA)
    records = story_records(run, store, EXPORTED_AT)
    for record in records:
        validator.validate(record)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**records[0], "member_count": 0})


def test_stories_come_biggest_first_then_in_more_languages():
    store = MemoryStoryStore()
    run = [_run_article("1" * 16, "1" * 16, "en", "2024-01-01T00:00:00Z"),
           _run_article("2" * 16, "2" * 16, "en", "2024-01-02T00:00:00Z"),
           _run_article("3" * 16, "2" * 16, "en", "2024-01-02T00:00:00Z", "exact", 1.0),
           _run_article("4" * 16, "4" * 16, "en", "2024-01-03T00:00:00Z"),
           _run_article("5" * 16, "4" * 16, "fr", "2024-01-03T00:00:00Z", "translation", 0.5)]
    for n, article in enumerate(run):
        _stored(store, article.id, article.story_id, article.language, float(n), article.duplicate_kind)
    assert [r["story_id"][0] for r in story_records(run, store, EXPORTED_AT)] == ["4", "2", "1"]


def test_story_files_sit_beside_the_articles_file():
    assert export_path(Path("output/articles-20261201T100000Z.jsonl")) == Path("output/stories-20261201T100000Z.jsonl")
    assert report_path(Path("output/articles-20261201T100000Z.jsonl")) == Path("output/stories-20261201T100000Z.html")
    assert export_path(Path("runs/out.jsonl")) == Path("runs/out.stories.jsonl")
    assert report_path(Path("out.jl")) == Path("out.stories.html")


def test_an_unwritable_story_file_raises_and_leaves_no_partial_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        write_atomically(blocker / "stories.jsonl", "{}\n")
    write_atomically(tmp_path / "out" / "stories.jsonl", "{}\n")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["stories.jsonl"]


def test_the_report_escapes_hostile_titles_and_links_only_web_urls(two_runs):
    store, run = two_runs
    run[1] = RunArticle(**{**vars(run[1]), "title": '<script>alert("x")</script>', "url": "javascript:alert(1)"})
    page = render_report(story_records(run, store, EXPORTED_AT), title="Stories <of> a run", generated_at="now")
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)" in page
    assert 'href="javascript:' not in page and 'href="https://news.example/' + "c" * 16 + '"' in page
    assert "Stories &lt;of&gt; a run" in page
    assert re.search(r'<span dir="rtl" lang="ar">|<a [^>]*dir="rtl" lang="ar"', page)
    assert page.count("<script>") == 1 and "src=" not in page and "http-equiv=\"Content-Security-Policy\"" in page


def test_the_report_page_may_load_nothing_from_the_network():
    policy = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert policy["default-src"] == "'none'"
    assert all(source.startswith("'sha256-") for source in (policy["style-src"], policy["script-src"]))


def test_an_empty_run_gets_a_report_that_says_so():
    page = render_report([], title="Stories", generated_at="now")
    assert "No story gained an article in this run." in page


def test_the_extension_is_off_when_export_and_report_are_off(make_crawler):
    crawler = make_crawler(NEWSSPIDER_STORY_EXPORT=False, NEWSSPIDER_STORY_REPORT=False)
    with pytest.raises(NotConfigured):
        build_from_crawler(StoryExport, crawler)
    extension = build_from_crawler(StoryExport, make_crawler(NEWSSPIDER_STORY_EXPORT=False))
    assert (extension.export, extension.report) == (False, True)
