"""bench.readability_pages: which test pages count, and how Readability's output is read as gold."""
from __future__ import annotations

import json

from bench.readability_pages import byline_names, checks, html_text, load_pages
from bench.splits import split_of


def test_readabilitys_content_is_read_a_line_per_block():
    html = "<div><p>One\n  two <b>bold</b></p>tail<ul><li>a</li><li>b<br>c</li></ul><h2>Sub</h2></div>"
    assert html_text(html) == "One two bold\ntail\na\nb\nc\nSub"


def test_readabilitys_byline_is_read_as_the_name_it_gives():
    assert byline_names("by Dan Goodin - Apr 16, 2015 8:02 pm UTC") == ["Dan Goodin"]
    assert byline_names("By Kelli  Miller\n                    WebMD Health News") == ["Kelli Miller"]
    assert byline_names("Nicolas Perriault —") == ["Nicolas Perriault"]
    assert byline_names("Brenda Goodman, MA") == ["Brenda Goodman, MA"]  # what follows a comma stays
    assert byline_names(None) == [] and byline_names("  ") == []


def _page(root, name: str, source: str, metadata: dict, expected: str = "<div><p>Body.</p></div>") -> None:
    folder = root / name
    folder.mkdir()
    (folder / "source.html").write_text(source, encoding="utf-8")
    (folder / "expected.html").write_text(expected, encoding="utf-8")
    (folder / "expected-metadata.json").write_text(json.dumps(metadata), encoding="utf-8")


def test_readability_pages_leaves_out_snippets_and_splits_by_host_else_the_sites_word(tmp_path):
    """A unit test's snippet is no page; a product page is listed but scored on nothing; a page
    without a URL is split by the site word its folder starts with (one site's pages on one side)."""
    story = "<html><head><meta property='og:url' content='https://www.example.com/a/story.html'></head></html>"
    _page(tmp_path, "wapo-1", story, {"title": "T", "byline": "By Jane Doe"})
    _page(tmp_path, "webmd-1", "<html></html>", {"title": "U", "byline": None})
    _page(tmp_path, "mozilla-2", "<html></html>", {"title": "Firefox", "byline": None})
    _page(tmp_path, "replace-brs", "<html></html>", {"title": "Replace brs test"})
    pages = {page.ident: page for page in load_pages(tmp_path)}
    assert sorted(pages) == ["mozilla-2", "wapo-1", "webmd-1"]
    assert pages["wapo-1"].split == split_of("example.com") and pages["wapo-1"].served == "/a/story.html"
    assert pages["webmd-1"].split == split_of("webmd") and pages["webmd-1"].url == "https://webmd.invalid/webmd-1.html"
    assert pages["wapo-1"].gold["authors"] == ["Jane Doe"] and pages["wapo-1"].gold["body"] == "Body."
    assert pages["mozilla-2"].gold["article"] is False and pages["mozilla-2"].gold["body"] is None


def test_authors_are_compared_case_folded_and_a_missing_field_is_not_scored():
    gold = {"title": None, "authors": ["JOE HILDEBRAND"]}
    assert checks(gold, {"authors": ["Joe Hildebrand"]}) == {"title": None, "authors": 1.0}
    assert checks(gold, None)["authors"] == 0.0
