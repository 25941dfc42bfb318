"""The trafilatura test-page bench: its checks read from a test module's syntax tree, and scored
as trafilatura's comparison scores snippets (hand-written input: no external data)."""
from __future__ import annotations

from collections import Counter

import pytest

from bench.trafilatura_eval import load_pages, page_counts, read_checks, scores

TEST_MODULE = '''
MOCK_PAGES = {
'https://a.example/post': 'a.html',
'https://b.example/page': 'b.html',
'https://c.example/unused': 'c.html',
}

def load_mock_page(url, xml_flag=False):
    return url

def test_extract(xmloutput):
    result = load_mock_page('https://a.example/post', xmloutput)
    assert 'kept one' in result and 'chrome' not in result # and 'disabled' in result
    if xmloutput is False:
        assert 'text only' in result
    result = load_mock_page('https://b.example/page', xmloutput)
    assert 'body' in result and 'not a check' and 'footer' not in result
    #result = load_mock_page('https://c.example/unused', xmloutput)
    #assert 'x' in result
'''


def test_checks_are_the_asserted_snippets_of_each_loaded_page():
    files, checks = read_checks(TEST_MODULE)
    assert files["https://c.example/unused"] == "c.html"
    assert set(checks) == {"https://a.example/post", "https://b.example/page"}  # a commented call checks nothing
    a, b = checks["https://a.example/post"], checks["https://b.example/page"]
    assert (a.with_, a.without) == (["kept one", "text only"], ["chrome"])  # comments out, plain-text block in
    assert (b.with_, b.without) == (["body"], ["footer"])  # a bare string checks nothing


def test_pages_without_their_file_are_counted_and_left_out(tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "realworld_tests.py").write_text(TEST_MODULE, encoding="utf-8")
    (tmp_path / "cache" / "a.html").write_bytes(b"<html><body><p>kept one</p></body></html>")
    pages, missing = load_pages(tmp_path, "all")
    assert [page.url for page in pages] == ["https://a.example/post"] and missing == 1
    assert pages[0].gold == {"with": ["kept one", "text only"], "without": ["chrome"]}


def test_snippets_are_scored_as_trafilatura_scores_them():
    gold = {"with": ["a b", "c d", "e f"], "without": ["menu", "share"]}
    assert page_counts(gold, "a b and c d, then the menu") == Counter(tp=2, fn=1, fp=1, tn=1)
    # no result: every wanted snippet missed, every unwanted one absent
    assert page_counts(gold, None) == Counter(tp=0, fn=3, fp=0, tn=2)
    figures = scores(Counter(tp=2, fn=1, fp=1, tn=1))
    assert figures["precision"] == pytest.approx(2 / 3) and figures["recall"] == pytest.approx(2 / 3)
    assert figures["f1"] == pytest.approx(2 / 3) and figures["accuracy"] == pytest.approx(3 / 5)
