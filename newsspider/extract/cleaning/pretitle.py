"""Text above the headline: another story's teaser, or the story's own intro, told apart by the tree.

Where the headline opens the article (:func:`newsspider.extract.cleaning.passes.headline_line`), a
line above it is page chrome or a teaser of another story (a guide's blurb in a sidebar printed
before the story: macrumors), unless the author wrote it: a blogger's two sentences introducing a
reblogged post, whose headline is a paragraph of the post. Position does not tell them apart; the
tree does. An intro is plain prose set in the same container as the headline and the story below
it (or in a box of its own there holding no heading, set below the headline: a live ticker's first
entry, which trafilatura may print above it), and not a link's label. A teaser is the label of a link to another page, or sits in a card, an
item of a list or a box of its own that holds neither the headline nor the story. The cleaner
(``clean_text``) keeps such text above the headline; this step drops every line there that is not
an intro (a line the tree does not show as one block is dropped too: no intro is pieced together).
Short labels, kickers and dates above the headline stay the cleaner's (``pre_title``).
"""
from __future__ import annotations

from lxml.html import HtmlElement

from newsspider.extract.cleaning.keys import predicate_form
from newsspider.extract.cleaning.passes import headline_line
from newsspider.extract.cleaning.rules import is_short
from newsspider.extract.cleaning.text import ends_sentence
from newsspider.extract.elements import HEADING_TAGS, first_showing, single_spaced, text_content

__all__ = ["drop_pre_title_teasers"]

# A line is an intro only when links hold less than this share of its block's text: more, and it
# is a link's label (a teaser's blurb set inside the link to its story).
MAX_INTRO_LINKED_SHARE = 0.5
# The blocks a line of text above the headline is looked for in.
_BLOCKS = ("p", "div", "li", "td", "dd", "blockquote", "section", "article", "header", "span")
# The boxes that set their text apart from a story's (a list's items, a sidebar, the page's chrome).
_APART_TAGS = ("li", "ul", "ol", "aside", "nav", "header", "footer", "figure", "a")


def drop_pre_title_teasers(text: str, tree: HtmlElement, title: str | None, site_name: str | None) -> str:
    """``text`` without the lines above the headline that the tree does not show as the story's intro."""
    lines = text.split("\n")
    at = headline_line(lines, title, site_name)
    if not at:
        return text
    below = next((line for line in lines[at + 1:] if line.strip()), "")
    candidates = [i for i in range(at) if lines[i].strip() and _cleaner_keeps(lines[i])]
    if not candidates:
        return text
    blocks = first_showing(tree, tree.iter(*_BLOCKS), [single_spaced(lines[i]) for i in candidates])
    story = [single_spaced(lines[at]), single_spaced(below)]
    dropped = {i for i in candidates if not _is_intro(blocks.get(single_spaced(lines[i])), story)}
    if not dropped:
        return text
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped)


def _shows(element: HtmlElement, parts: list[str]) -> bool:
    """Whether ``element``'s text shows each of ``parts`` (whitespace collapsed)."""
    shown = single_spaced(text_content(element))
    return all(part and part in shown for part in parts)


def _cleaner_keeps(line: str) -> bool:
    """Whether the cleaner keeps ``line`` above the headline: it holds a sentence or is long (a
    short label is its ``pre_title``)."""
    form = predicate_form(line)
    return bool(form) and (not is_short(form) or ends_sentence(form))


def _is_intro(block: HtmlElement | None, story: list[str]) -> bool:
    """Whether ``block`` (the outermost element showing the line) is prose of the story's own
    container: its parent also shows the headline's line and the story's first line below it, or its
    parent is a box holding no heading inside such a container, beside the headline and the story (a
    live ticker's first entry, set under the headline in a box of its own, which trafilatura may print
    above it; not a sidebar's box beside a box holding the headline and the story, nor a box the page
    sets above the headline: a banner, a promo, another story's), and it is no link's label, no list
    item and no card with a heading of its own."""
    if block is None or block.tag == "li" or next(block.iter(*HEADING_TAGS), None) is not None:
        return False
    container, box = block.getparent(), block
    while container is not None and not _shows(container, story):
        if container.tag in _APART_TAGS or next(container.iter(*HEADING_TAGS), None) is not None:
            return False  # a card with a heading of its own, an item of a list, a box set apart
        container, box = container.getparent(), container  # a box of the story's own holding no heading (a ticker's entry)
    if container is None:
        return False
    if box is not block:
        if any(_shows(child, story) for child in container if child is not box):
            return False  # the headline and the story stand together in a box of their own, without this one (a sidebar's)
        before = list(container)[:container.index(box)]
        if not any(_shows(child, story[:1]) for child in before):
            return False  # set above the headline on the page: a banner, a promo, another story's box (a ticker's entry is below)
    linked = sum(len(single_spaced(text_content(link))) for link in block.iter("a"))
    return linked < MAX_INTRO_LINKED_SHARE * len(single_spaced(text_content(block)))
