"""A source's own extraction hints: the body selector decides where the text is, prune removes
elements first, and a selector that matches nothing leaves the page to the heuristics."""
from __future__ import annotations

from newsspider.extract.article import extract_article
from newsspider.extract.selectors import SiteSelectors

# The site puts a long promotion in <article> and its story in plain <div> lines: the heuristics
# read the promotion; the story's fact box reads like the story itself.
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-30T08:00:00+00:00"></head><body>
<article class="promo"><h2>Editor's picks</h2>
<p>Our long read this week follows a family of lighthouse keepers through three generations on the coast.</p>
<p>It is the kind of story that takes months to report and a whole Sunday afternoon to read in full.</p>
<p>Subscribers can also listen to the audio version, read by the author, on the way to work each day.</p>
<p>Next week the series continues with the boat builders of the northern islands and their workshops.</p></article>
<div class="story-body"><div class="hl">Harbour plan approved</div>
<div class="ln">The port authority approved the plan for the new harbour wall on Monday after two years of talks.</div>
<div class="factbox"><div class="ln">The old harbour wall was built in 1902 and repaired twice since then by the town.</div></div>
<div class="ln">Work on the wall is due to start in spring, and the authority expects it to take eighteen months.</div>
<div class="ln">Fishermen welcomed the decision but asked for the quay to stay open for boats during construction.</div>
</div></body></html>"""


def text_of(selectors: SiteSelectors | None) -> str:
    extraction = extract_article(PAGE, "https://port.example/2026/11/30/harbour-plan-approved", selectors=selectors)
    assert extraction.article is not None, extraction.reason
    return extraction.article.text


def test_body_selector_reads_the_text_from_the_matched_element_only():
    assert "lighthouse keepers" in text_of(None)  # what the heuristics read on this page
    text = text_of(SiteSelectors(body="div.story-body"))
    assert "approved the plan for the new harbour wall" in text and "Fishermen welcomed" in text
    assert "lighthouse keepers" not in text


def test_prune_removes_the_matched_elements_before_extraction():
    assert "built in 1902" in text_of(SiteSelectors(body="div.story-body"))
    text = text_of(SiteSelectors(body="div.story-body", prune=(".factbox",)))
    assert "built in 1902" not in text
    assert "Work on the wall is due to start in spring" in text


def test_body_selector_that_matches_nothing_leaves_the_page_to_the_heuristics():
    assert text_of(SiteSelectors(body="div.no-such-class")) == text_of(None)


def test_metadata_is_read_from_the_whole_page():
    extraction = extract_article(PAGE, "https://port.example/a", selectors=SiteSelectors(body="div.story-body"))
    assert extraction.article.published == "2026-11-30T08:00:00+00:00"
    assert extraction.article.title == "Harbour plan approved"
