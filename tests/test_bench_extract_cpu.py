"""bench.extract_cpu's count mode: what a page costs in counts, per group of pages."""
from __future__ import annotations

import trafilatura

import bench.extract_cpu as extract_cpu
from newsspider.extract.article import extract_article

_STORY = ("<html><head><title>A story</title></head><body><article><h1>A story</h1>"
          + "".join(f"<p>This is sentence {i} of a story long enough for an article to be read from it.</p>"
                    for i in range(12))
          + "</article></body></html>")


def test_count_gives_each_groups_passes_parses_and_calls_a_page_and_leaves_trafilatura_as_it_was():
    real = trafilatura.bare_extraction
    pages = [("a", "http://example.com/a/1.html", _STORY), ("a", "http://example.com/a/2.html", _STORY),
             ("b", "http://example.com/b/1.html", _STORY)]
    counts = extract_cpu._count(pages, extract_article)
    assert trafilatura.bare_extraction is real
    assert set(counts) == {"a", "b"}
    assert counts["a"]["pages"] == 2 and counts["b"]["pages"] == 1
    for figures in counts.values():
        assert figures["passes_balanced_fast"] == 1.0  # every page's first pass, once
        assert figures["passes"] >= 1.0
        assert figures["lxml_document_parses"] >= 1.0  # the page itself
        # the page's own parse is this package's, and every parse is some package's
        assert figures["lxml_document_parses_by_newsspider"] == 1.0
        assert round(sum(value for key, value in figures.items() if key.startswith("lxml_document_parses_by_")),
                     2) == figures["lxml_document_parses"]
        assert 0 < figures["own_calls_replayed"] < figures["python_calls_replayed"]
