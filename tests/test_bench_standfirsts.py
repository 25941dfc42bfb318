"""The standfirst census's plain logic: which element shows the declared description, whether it
stands apart from the story, and what a gold says of it (small pages written here; no bench data)."""
from __future__ import annotations

from bench.lost_text import Page
from bench.standfirsts import gold_verdict, outside_story, shown_description
from newsspider.extract.parse import parse_html

SUMMARY = "The council approved the budget after a long night of talks."
STORY = "<div class=story><p>The council met on Monday evening in the town hall.</p><p>It voted at two.</p></div>"


def page(body: str):
    return parse_html(f"<html><head><meta name=description content='{SUMMARY}'></head><body>{body}</body></html>")


def test_the_description_shown_under_the_headline_is_found_innermost():
    tree = page(f"<header><h1>Budget passed</h1><div class=dek><p>{SUMMARY}</p></div></header>{STORY}")
    shown = shown_description(tree, SUMMARY)
    assert shown is not None and shown.tag == "p"


def test_a_description_cut_with_an_ellipsis_is_found_by_what_it_kept():
    tree = page(f"<h1>Budget passed</h1><p>{SUMMARY}</p>{STORY}")
    shown = shown_description(tree, SUMMARY[:40] + "...")
    assert shown is not None and shown.tag == "p"


def test_no_standfirst_without_a_headline_or_where_only_the_head_declares_it():
    assert shown_description(page(f"<p>{SUMMARY}</p>{STORY}"), SUMMARY) is None
    assert shown_description(page(f"<h1>Budget passed</h1>{STORY}"), SUMMARY) is None
    assert shown_description(page(f"<h1>Budget passed</h1><p>{SUMMARY}</p>"), "Budget") is None  # a label


def test_a_description_above_the_headline_is_no_standfirst():
    assert shown_description(page(f"<p>{SUMMARY}</p><h1>Budget passed</h1>{STORY}"), SUMMARY) is None


def test_a_description_that_copies_the_storys_first_paragraph_is_inside_the_story():
    tree = page(f"<h1>Budget passed</h1><div class=story><p>{SUMMARY}</p><p>It voted at two.</p></div>")
    shown = shown_description(tree, SUMMARY)
    story = tree.find_class("story")[0]
    assert shown is not None and not outside_story(shown, story)
    apart = page(f"<h1>Budget passed</h1><p class=dek>{SUMMARY}</p>{STORY}")
    assert outside_story(shown_description(apart, SUMMARY), apart.find_class("story")[0])


def test_gold_verdicts_by_shingles_and_by_snippets():
    full = Page("fundus", "a", "https://example.com/a", b"", f"{SUMMARY}\nThe council met on Monday.", "")
    assert gold_verdict(full, SUMMARY) == "kept"
    assert gold_verdict(Page("benchmark", "b", "", b"", "The council met on Monday evening.", ""), SUMMARY) == "left out"
    snippets = Page("trafilatura", "c", "", b"", "met on Monday", "", snippets=True)
    assert gold_verdict(snippets, SUMMARY) == "silent"
    assert gold_verdict(snippets, SUMMARY, ("a long night",)) == "left out"
    assert gold_verdict(Page("trafilatura", "d", "", b"", "approved the budget", "", snippets=True), SUMMARY) == "kept"
