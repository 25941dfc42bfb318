"""Subheadings the text extractor dropped from inside the story.

A subheading (``<h2>``-``<h4>``) that stands between two paragraphs of the story, which the text
keeps one after the other, is part of the story: trafilatura sometimes drops such headings from
a container it otherwise keeps whole (depending on what else the page holds). They go back
between their two paragraphs. A heading elsewhere (a teaser list, a sidebar's box title, a
heading whose neighbours the text does not keep in that order) stays out.
"""
from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

SUBHEADING_TAGS = ("h2", "h3", "h4")
# A subheading is a line; a longer "heading" is a styled paragraph or a teaser's block.
MAX_SUBHEADING_CHARS = 200
# Elements skipped between a heading and the paragraph next to it (an ad slot, a script).
NEIGHBOUR_REACH = 3
_OUTSIDE_STORY = frozenset({"nav", "aside", "footer", "header", "form"})


def with_subheadings(text: str, tree: HtmlElement) -> str:
    """``text`` with the subheadings it lacks put back between the paragraphs they separate."""
    lines = text.split("\n")
    index = {key: i for i, key in enumerate(map(_key, lines)) if key}
    inserts: dict[int, str] = {}
    for heading in tree.iter(*SUBHEADING_TAGS):
        title = " ".join(heading.text_content().split())
        key = _key(title)
        if not key or key in index or len(title) > MAX_SUBHEADING_CHARS:
            continue
        before, after = _paragraph(heading.itersiblings(preceding=True)), _paragraph(heading.itersiblings())
        position = index.get(before) if before else None
        if position is None or index.get(after or "") != position + 1 or position + 1 in inserts:
            continue
        if any(ancestor.tag in _OUTSIDE_STORY for ancestor in heading.iterancestors()):
            continue
        inserts[position + 1] = title
    if not inserts:
        return text
    return "\n".join(line for i, original in enumerate(lines)
                     for line in ((inserts[i], original) if i in inserts else (original,)))


def _paragraph(siblings: Iterator[HtmlElement]) -> str | None:
    """The key of the first ``<p>`` among the next few siblings (None when another heading or a
    non-paragraph block with text comes first)."""
    count = 0
    for element in siblings:
        if not isinstance(element.tag, str):  # a comment
            continue
        if count == NEIGHBOUR_REACH:
            return None
        count += 1
        if element.tag == "p":
            return _key(element.text_content()) or None
        if element.tag in SUBHEADING_TAGS or element.tag in ("ul", "ol", "table", "blockquote"):
            return None
    return None


def _key(text: str) -> str:
    """Letters and digits, case-folded: one paragraph however its spaces and soft hyphens came out."""
    return "".join(char for char in text.casefold() if char.isalnum())
