"""bench.goose_pages: which fixtures count, and how goose's expectations are scored."""
from __future__ import annotations

import json

from bench.goose_pages import checks, gold_language, lead_paragraphs, load_pages
from bench.splits import host_key, split_of


def _fixture(folder, name: str, url: str, expected: dict, html: bytes = b"<html><body><p>x</p></body></html>",
             target: str | None = None) -> None:
    (folder / f"test_{name}.html").write_bytes(html)
    (folder / f"test_{name}.json").write_text(json.dumps({"url": url, "target_language": target,
                                                          "expected": expected}), encoding="utf-8")


def test_goose_pages_loads_the_saved_pages_and_leaves_out_snippets_tweets_and_text_files(tmp_path):
    """A page with a real URL counts, split by its host; goose's video snippets, the tweet and the
    text file are left out, as is a JSON without its page."""
    _fixture(tmp_path, "elpais", "http://www.sociedad.elpais.com/a/1.html",
             {"cleaned_text": "Uno.\n\nDos.", "meta_lang": "es", "tags": ["Sanidad"]})
    _fixture(tmp_path, "embed", "http://foo.bar/index.html", {"movies": ["m"]})
    _fixture(tmp_path, "twitter", "https://twitter.com/github/status/1", {"meta_description": "d"})
    (tmp_path / "test_links.json").write_text('{"url": "http://x.example/", "expected": {}}', encoding="utf-8")
    pages = load_pages(tmp_path)
    assert [page.ident for page in pages] == ["elpais"]
    page = pages[0]
    assert page.split == split_of(host_key(page.url)) and page.served == "/a/1.html"
    assert page.gold == {"lead": "Uno.\n\nDos.", "title": None, "language": "es", "tags": ["Sanidad"]}


def test_a_pages_language_is_its_meta_lang_else_the_tests_target_language():
    assert gold_language({"meta_lang": "en-US"}, None) == "en"
    assert gold_language({"meta_lang": ""}, "ko") == "ko"
    assert gold_language({}, None) is None


def test_goose_s_lead_is_found_paragraph_by_paragraph_whatever_the_whitespace():
    """Each of goose's paragraphs must be in our text, spaces and line breaks aside (goose joins some
    paragraphs without a space; its last one is cut short); a paragraph of ours between two of goose's does not count against
    us, but our text starts with the lead only when its first paragraph opens it."""
    gold = {"lead": "첫 문단이다.“인용이다.”\n\n둘째 문단이", "title": None, "language": None, "tags": None}
    assert lead_paragraphs(gold["lead"]) == ["첫문단이다.“인용이다.”", "둘째문단이"]
    ours = {"text": "첫 문단이다.\n “인용이다.”\n사이의 문단.\n둘째 문단이 이어진다."}
    assert checks(gold, ours)["lead_in_text"] == 1.0 and checks(gold, ours)["text_starts_with_lead"] == 1.0
    captioned = {"text": "사진 설명\n" + ours["text"]}
    assert checks(gold, captioned)["lead_in_text"] == 1.0 and checks(gold, captioned)["text_starts_with_lead"] == 0.0
    assert checks(gold, {"text": "첫 문단이다."})["lead_in_text"] == 0.0
    assert checks(gold, None)["lead_in_text"] == 0.0


def test_fields_goose_does_not_give_are_not_scored():
    gold = {"lead": None, "title": "A Title", "language": "fr", "tags": ["EDF", "Areva"]}
    scored = checks(gold, {"title": "A  Title", "language": "fr-FR", "tags": ["edf"]})
    assert scored["lead_in_text"] is None and scored["text_starts_with_lead"] is None
    assert scored["title"] == 1.0 and scored["language"] == 1.0 and abs(scored["tags"] - 2 / 3) < 1e-9
