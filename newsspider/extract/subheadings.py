"""Subheadings the text extractor dropped from inside the story.

A subheading (``<h2>``-``<h4>``) that stands between two paragraphs of the story's container (the
element holding most of the page's paragraphs), paragraphs the text keeps one after the other,
is part of the story: trafilatura sometimes drops such headings from a container it otherwise
keeps whole (depending on what else the page holds). They go back between their two paragraphs.
A heading elsewhere (a teaser list, a sidebar's box title, a heading whose neighbours the text
does not keep in that order) stays out.

A subheading that merely copies the title, below a paragraph of running text of the same container,
goes (:func:`without_title_copy`): the paragraphs above it are the story's lead, which the cleaner
would otherwise take for chrome above the headline.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsspider.extract.headline import title_key
from newsspider.unicode_classes import ends_sentence

SUBHEADING_TAGS = ("h2", "h3", "h4")
# A subheading is a line; a longer "heading" is a styled paragraph or a teaser's block.
MAX_SUBHEADING_CHARS = 200
# Elements skipped between a heading and the paragraph next to it (an ad slot, a script).
NEIGHBOUR_REACH = 3
_NOT_ALNUM = re.compile(r"[\W_]+")
_OUTSIDE_STORY = frozenset({"nav", "aside", "footer", "header", "form"})


def with_subheadings(text: str, story: HtmlElement) -> str:
    """``text`` with the subheadings it lacks put back between the paragraphs they separate;
    ``story`` is the element holding the story's paragraphs (the headings looked at are its
    children)."""
    lines = text.split("\n")
    index: dict[str, int] | None = None  # line key -> position, built once a heading stands between paragraphs
    inserts: dict[int, str] = {}
    for heading in story.iterchildren(*SUBHEADING_TAGS):
        title = " ".join(heading.text_content().split())
        if not title or len(title) > MAX_SUBHEADING_CHARS or title in text:
            continue
        before, after = _paragraph(heading.itersiblings(preceding=True)), _paragraph(heading.itersiblings())
        if before is None or after is None or any(ancestor.tag in _OUTSIDE_STORY
                                                  for ancestor in heading.iterancestors()):
            continue
        if index is None:
            index = {key: i for i, key in enumerate(map(_key, lines)) if key}
        position = index.get(_key(before.text_content()))
        if (position is None or index.get(_key(after.text_content())) != position + 1 or position + 1 in inserts
                or _key(title) in index):
            continue
        inserts[position + 1] = title
    if not inserts:
        return text
    return "\n".join(line for i, original in enumerate(lines)
                     for line in ((inserts[i], original) if i in inserts else (original,)))


def without_title_copy(text: str, story: HtmlElement, title: str | None) -> str:
    """``text`` without the lines below its first that copy ``title`` when the copy is a subheading
    of ``story`` (the story's container) with a paragraph of running text above it in the same
    container: a repeat of the headline inside the story, not the headline over it. (A lead
    above the headline's copy in another container is left to the cleaner.)"""
    key = title_key(title or "")
    if not key or not any(title_key(heading.text_content()) == key and _below_sentence(heading)
                          for heading in story.iterchildren(*SUBHEADING_TAGS)):
        return text
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    kept = lines[:first + 1] + [line for line in lines[first + 1:] if title_key(line) != key]
    return text if len(kept) == len(lines) else "\n".join(kept)


def _below_sentence(heading: HtmlElement) -> bool:
    """Whether a ``<p>`` ending like a sentence comes before ``heading`` in its container."""
    return any(sibling.tag == "p" and ends_sentence(sibling.text_content())
               for sibling in heading.itersiblings("p", preceding=True))


def _paragraph(siblings: Iterator[HtmlElement]) -> HtmlElement | None:
    """The first ``<p>`` with text among the next few siblings (None when another heading or a
    list, table or quote comes first)."""
    count = 0
    for element in siblings:
        if not isinstance(element.tag, str):  # a comment
            continue
        if count == NEIGHBOUR_REACH:
            return None
        count += 1
        if element.tag == "p":
            return element if element.text_content().strip() else None
        if element.tag in SUBHEADING_TAGS or element.tag in ("ul", "ol", "table", "blockquote"):
            return None
    return None


def _key(text: str) -> str:
    """Letters and digits, case-folded: one paragraph however its spaces and soft hyphens came out."""
    return _NOT_ALNUM.sub("", text.casefold())
