"""The bundled sample corpus, crawled end to end (the ``sample_crawl`` fixture): the README's main job, checked."""
from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import unquote

import pytest

from tests.conftest import SAMPLE
from tests.crawl import read_jsonl, validate_records, validate_stories

MANIFEST = json.loads((SAMPLE / "site" / "manifest.json").read_text(encoding="utf-8"))
PAGES = {unquote(page["path"]): page for page in MANIFEST["pages"]}


def collapse(text: str) -> str:
    return " ".join(text.split())


def test_every_sample_article_is_emitted_once_and_nothing_else(sample_crawl):
    by_path, result, _ = sample_crawl
    assert len(by_path) == len(result.records), "an article was emitted twice"
    assert sorted(by_path) == sorted(PAGES)


def test_sample_records_validate_against_the_schema(sample_crawl):
    validate_records(sample_crawl[1].records)


def test_sample_languages_and_dates_are_right(sample_crawl):
    by_path = sample_crawl[0]
    wrong = {path: (record["language"], PAGES[path]["language"]) for path, record in by_path.items()
             if record["language"] != PAGES[path]["language"]}
    assert not wrong
    for path, record in by_path.items():
        assert record["published"] == PAGES[path]["published"], path
        assert record["direction"] == ("rtl" if PAGES[path]["language"] in {"ar", "ur", "fa"} else "ltr")


@pytest.mark.parametrize("path", sorted(path for path, page in PAGES.items() if page["seed"]))
def test_seed_pages_lose_their_chrome_and_keep_every_sentence(sample_crawl, path):
    record = sample_crawl[0][path]
    text = collapse(record["text"])
    for chrome in PAGES[path]["chrome"]:
        assert collapse(chrome) not in text, chrome
    for paragraph in PAGES[path]["body"]:
        assert collapse(paragraph) in text


def test_the_four_seed_copies_form_one_story_that_nothing_else_joins(sample_crawl):
    by_path = sample_crawl[0]
    stories = defaultdict(set)
    for path, record in by_path.items():
        stories[record["story_id"]].add(path)
    seeds = {path for path, page in PAGES.items() if page["seed"]}
    assert len(seeds) == 4
    assert seeds in stories.values()


def test_edited_reprint_is_flagged_as_near_duplicate(sample_crawl):
    by_path = sample_crawl[0]
    for path, page in PAGES.items():
        if page["reprint-of"]:
            pair = [by_path[path], by_path[unquote(page["reprint-of"])]]
            assert pair[0]["story_id"] == pair[1]["story_id"]
            later = [record for record in pair if record["duplicate_of"]]  # whichever arrived second
            assert len(later) == 1 and later[0]["duplicate_kind"] == "near"


def test_the_story_export_validates_and_holds_the_four_afp_copies_as_one_story(sample_crawl):
    by_path, result, workdir = sample_crawl
    stories = read_jsonl(workdir / "out.stories.jsonl")
    validate_stories(stories)
    assert sum(story["new_members"] for story in stories) == len(result.records)
    assert len(stories) == len({record["story_id"] for record in result.records})
    seeds = {by_path[path]["id"] for path, page in PAGES.items() if page["seed"]}
    (afp,) = [story for story in stories if {member["id"] for member in story["members"]} & seeds]
    assert {member["id"] for member in afp["members"]} == seeds and afp["member_count"] == 4
    assert len(afp["languages"]) == 4 == len({member["language"] for member in afp["members"]})
    assert stories[0] is afp  # the biggest story, in the most languages, comes first
    assert [member["kind"] for member in afp["members"]].count("root") == 1


def test_the_story_report_is_written_beside_the_articles(sample_crawl):
    page = (sample_crawl[2] / "out.stories.html").read_text(encoding="utf-8")
    assert page.count('<section class="story"') == len({r["story_id"] for r in sample_crawl[1].records})
    assert sample_crawl[1].stats["newsspider/story_export/shared_stories"] >= 2
