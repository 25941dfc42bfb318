"""Subheadings the text extractor dropped from inside the story.

A subheading (``<h2>``-``<h4>``) that stands between two paragraphs of the story's container (the
element holding most of the page's paragraphs), paragraphs the text keeps one after the other,
is part of the story: trafilatura sometimes drops such headings from a container it otherwise
keeps whole (depending on what else the page holds). They go back between their two paragraphs.
A heading elsewhere (a teaser list, a sidebar's box title, a heading whose neighbours the text
does not keep in that order) stays out. A picture between a heading and its paragraph (a ``<p>`` that
shows no text) does not part them, and a section's heading may open onto its first sub-section's
heading (an ``<h3>`` right under the ``<h2>``) instead of a paragraph.

The story's opening paragraphs the text lacks (a lead set apart, ``<p class="teasertext">``, which
trafilatura discards by its class, or one whose opening words link elsewhere) go back above it
(:func:`with_opening`): the paragraphs before the one the text opens with, in the story's container,
each a sentence of its own.

A list (``<ul>``, ``<ol>``) that a paragraph of the story's container announces (it ends in a colon:
"... folgende Angaben erforderlich:"), between that paragraph and the next the text keeps one after
the other, is the story's too (:func:`with_lists`): trafilatura's fast pass, where its main reading
comes up short and it recovers the page's loose paragraphs, takes paragraphs, tables and quotes but
no list, and leaves the announcing sentence hanging. So does a list whose every item is a sentence
of its own set as text alone: the story told in points, which a language may announce with a
sentence ("... 주요 내용은 다음과 같다."), unless trafilatura's own rules discard the list by its
class or id (a cookie notice's, a newsletter's: left out on purpose). Another list no paragraph
announces (a box of links, a share bar, a poll, labels) stays out, as does a list of links
(another story's headline as an item: "Lesen Sie auch:" over teasers). The same recovery drops the bold line opening a block of the story
above its paragraph (a FAQ's question over its answer): it goes back too (:func:`with_block_leads`).

A subheading that merely copies the title, below a paragraph of running text of the same container,
goes (:func:`without_title_copy`): the paragraphs above it are the story's lead, which the cleaner
would otherwise take for chrome above the headline.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from lxml.etree import Element
from lxml.html import HtmlElement
from trafilatura.xpaths import OVERALL_DISCARD_XPATH

from newsspider.extract.elements import single_spaced, text_content
from newsspider.extract.headline import title_key
from newsspider.unicode_classes import alnum_only, alnum_only_is, ends_sentence

SUBHEADING_TAGS = ("h2", "h3", "h4")
# A subheading is a line; a longer "heading" is a styled paragraph or a teaser's block.
MAX_SUBHEADING_CHARS = 200
# Elements skipped between a heading and the paragraph next to it (an ad slot, a script).
NEIGHBOUR_REACH = 3
# Elements that show a picture: a paragraph holding one is the picture with its caption.
_PICTURES = ("img", "picture", "video", "figure", "svg")
# How a paragraph announces the list below it (a colon, or a full-width one).
_ANNOUNCING = (":", "\uff1a")
# How a block sets its lead line apart: in bold, the block's own heading (a question over its answer).
_BOLD = frozenset({"strong", "b"})
# Containers of no story: headings and lists in one are a menu's, a sidebar's, a form's (:func:`_outside_story`).
_OUTSIDE_STORY = frozenset({"nav", "aside", "footer", "header", "form"})


def with_subheadings(text: str, story: HtmlElement) -> str:
    """``text`` with the subheadings it lacks put back between the paragraphs they separate;
    ``story`` is the element holding the story's paragraphs (the headings looked at are its
    children)."""
    if _outside_story(story):
        return text
    lines = text.split("\n")
    keys: list[str] | None = None  # each line's key, built once a heading stands between paragraphs
    held: set[str] = set()  # the lines' keys
    pairs: dict[tuple[str, str], list[int]] = {}  # a line's key and the next line's -> its positions, in order
    inserts: dict[int, list[str]] = {}
    last = -1  # where the last heading went: the next one goes below it, as the page has them
    for heading in story.iterchildren(*SUBHEADING_TAGS):
        title = single_spaced(text_content(heading))
        if not title or len(title) > MAX_SUBHEADING_CHARS or title in text:
            continue
        before = _paragraph(heading.itersiblings(preceding=True), lists=True)
        after = _paragraph(heading.itersiblings(), below=heading.tag, lists=True)
        if before is None or after is None:
            continue
        if keys is None:
            keys = [_key(line) for line in lines]
            held = set(keys)
            held.discard("")
            for i, key in enumerate(keys[:-1]):
                if key:
                    pairs.setdefault((key, keys[i + 1]), []).append(i)
        if _key(title) in held:
            continue
        # a paragraph the text holds more than once ("Meal 1" in each of a plan's days): the copy
        # right above the heading's other neighbour, below the heading placed last (found by
        # bisection: a page may repeat a paragraph thousands of times)
        copies = pairs.get((_key(_edge(before, last=True)), _key(_edge(after, last=False))), [])
        at = bisect_right(copies, last)
        position = copies[at] if at < len(copies) else None
        if position is None or position + 1 in inserts:
            continue
        inserts[position + 1] = [title]
        last = position
    return _inserted(lines, inserts) if inserts else text


def with_lists(text: str, story: HtmlElement) -> str:
    """``text`` with the lists it lacks that a paragraph announces (ends in a colon) put back, item
    by item ("- item", as trafilatura writes a list), between that paragraph and the next;
    ``story`` is the element holding the story's paragraphs (the lists looked at are its children).
    A list with an item that is wholly a link's text (a teaser's headline) stays out."""
    if _outside_story(story):
        return text
    lines = text.split("\n")
    keys: list[str] | None = None  # each line's key, built once a list stands between paragraphs
    held: set[str] = set()  # the lines' keys
    inserts: dict[int, list[str]] = {}
    for listing in story.iterchildren("ul", "ol"):
        before = _paragraph(listing.itersiblings(preceding=True))
        if before is None:
            continue
        after = _paragraph(listing.itersiblings())
        if after is None:
            continue
        items = _items(listing)
        if not items or _links_list(items):
            continue
        if not (text_content(before).rstrip().endswith(_ANNOUNCING)
                or (_told_points(items) and not _discarded_by_name(listing))):
            continue
        if keys is None:
            keys = [_key(line) for line in lines]
            held = set(keys)
        if any(_key(shown) in held for shown, _ in items):  # the text has the list
            continue
        pair = (_key(text_content(before)), _key(text_content(after)))
        position = next((i for i in range(len(keys) - 1) if (keys[i], keys[i + 1]) == pair), None)
        if position is not None and position + 1 not in inserts:
            inserts[position + 1] = [f"- {shown}" for shown, _ in items]
    return _inserted(lines, inserts) if inserts else text


def with_block_leads(text: str, story: HtmlElement) -> str:
    """``text`` with the line that opens a block of ``story`` (the story's container) above its
    first paragraph put back above that paragraph: a ``<div>`` child of the story whose text before
    its first ``<p>`` is all set in bold (:data:`_BOLD`: a question over its answer, "개통 시기는
    언제인가요?"), ends like a sentence and shows no link or picture, where the text keeps that
    paragraph right below the last paragraph before the block. trafilatura's recovery of a short
    page's loose paragraphs takes ``<p>`` elements only, and leaves the answers without their
    questions; its main reading keeps such a line with its block. Text before the paragraph that is
    not bold (a run-in dateline, "<span>Chemnitz. </span><p>Am letzten ..."), a link (a teaser's
    label) or a caption stays out."""
    if _outside_story(story):
        return text
    lines: list[str] | None = None
    keys: dict[str, int] = {}  # a line's key -> its first position
    inserts: dict[int, list[str]] = {}
    for block in story.iterchildren("div"):
        first = next(block.iterchildren("p"), None)
        if first is None:
            continue
        lead: list[str] = []
        for child in block.iterchildren():
            if child is first:
                break
            if not isinstance(child.tag, str) or child.tag == "br":
                continue
            if (child.tag not in _BOLD or (child.tail or "").strip()
                    or next(child.iter("a", *_PICTURES), None) is not None):
                lead = []  # a run-in dateline in a <span> ("Chemnitz. "), a link, a picture's caption
                break
            lead.append(text_content(child))
        shown = single_spaced(" ".join(lead)) if not (block.text or "").strip() else ""
        if not shown or len(shown) > MAX_SUBHEADING_CHARS or not ends_sentence(shown):
            continue
        before = _last_paragraph(block)
        said = single_spaced(text_content(first))
        if before is None or any(said == single_spaced(text_content(link)) for link in first.iter("a")):
            continue  # a teaser's headline under its label ("Read more.") is no answer
        if lines is None:
            lines = text.split("\n")
            for i, line in enumerate(lines):
                keys.setdefault(_key(line), i)
        if _key(shown) in keys:  # the text has it
            continue
        at = keys.get(_key(text_content(first)))
        if at is None or at == 0 or _key(lines[at - 1]) != _key(text_content(before)) or at in inserts:
            continue
        inserts[at] = [shown]
    return _inserted(lines, inserts) if lines is not None and inserts else text


def _last_paragraph(block: HtmlElement) -> HtmlElement | None:
    """The last ``<p>`` with text before ``block`` among its nearest siblings that show text (the
    sibling itself, or its last paragraph: the answer of the question block above)."""
    for sibling in block.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or not text_content(sibling).strip():
            continue
        if sibling.tag == "p":
            return sibling
        return next((p for p in reversed(list(sibling.iter("p"))) if text_content(p).strip()), None)
    return None


def _told_points(items: list[tuple[str, HtmlElement]]) -> bool:
    """Whether every item is a sentence of its own that shows no link: the story told in points
    ("... 주요 내용은 다음과 같다." over them, a sentence where another language writes a colon), each
    item text alone (:func:`_shows_text`): not a box of teasers, a menu, a poll or a list of labels,
    whose items are links, controls, icons or no sentences."""
    return all(ends_sentence(shown) and all(_shows_text(element) for element in item.iterdescendants())
               for shown, item in items)


def _discarded_by_name(listing: HtmlElement) -> bool:
    """Whether trafilatura's reading throws ``listing`` out by its names (its ``OVERALL_DISCARD_XPATH``:
    a cookie notice's, a newsletter's, a share box's class or id), read on a stand-in of the list as
    trafilatura sees one (a ``<list>`` with its attributes). Where its main reading ran, such a list
    is missing from the text because trafilatura left it out, not because its recovery of a short
    page's paragraphs took no list: a set of sentences ("We use cookies to ...") it is no story's."""
    holder = Element("div")
    holder.append(Element("list", dict(listing.attrib)))
    return any(xpath(holder) for xpath in OVERALL_DISCARD_XPATH)


def _shows_text(element: HtmlElement) -> bool:
    """Whether ``element`` is text set in a style (a ``<b>``, a line break): not a link, nor an icon,
    a form's control or a picture that shows none (a follow list's logo, a poll's button)."""
    return element.tag == "br" or (element.tag != "a" and bool(text_content(element).strip()))


def _outside_story(story: HtmlElement) -> bool:
    """Whether ``story`` is, or stands in, a container of no story (:data:`_OUTSIDE_STORY`): the headings and
    lists among its children are not a story's (the ancestors of every child of ``story``, read once)."""
    return story.tag in _OUTSIDE_STORY or next(story.iterancestors(*_OUTSIDE_STORY), None) is not None  # (matched in C)


def _inserted(lines: list[str], inserts: dict[int, list[str]]) -> str:
    """``lines`` joined, each of ``inserts``' lines put in above the line at its position."""
    return "\n".join(line for i, original in enumerate(lines)
                     for line in ((*inserts[i], original) if i in inserts else (original,)))


def without_title_copy(text: str, story: HtmlElement, title: str | None) -> str:
    """``text`` without the lines below its first that copy ``title`` when the copy is a subheading
    of ``story`` (the story's container) with a paragraph of running text above it in the same
    container: a repeat of the headline inside the story, not the headline over it. (A lead
    above the headline's copy in another container is left to the cleaner.)"""
    key = title_key(title or "")
    if not key or not any(title_key(text_content(heading)) == key and _below_sentence(heading)
                          for heading in story.iterchildren(*SUBHEADING_TAGS)):
        return text
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    kept = lines[:first + 1] + [line for line in lines[first + 1:] if title_key(line) != key]
    return text if len(kept) == len(lines) else "\n".join(kept)


def _below_sentence(heading: HtmlElement) -> bool:
    """Whether a ``<p>`` ending like a sentence comes before ``heading`` in its container."""
    return any(sibling.tag == "p" and ends_sentence(text_content(sibling))
               for sibling in heading.itersiblings("p", preceding=True))


def _paragraph(siblings: Iterator[HtmlElement], below: str | None = None, lists: bool = False) -> HtmlElement | None:
    """The first ``<p>`` with text among the next few siblings (None when another heading or a
    list, table or quote comes first); a ``<p>`` showing no text (a picture) is passed over. With
    ``below`` (a heading's tag), a subheading of a lower rank than it (an ``<h3>`` under an
    ``<h2>``) counts as the neighbour too: the first sub-section's heading under its section's.
    With ``lists``, so does a list of the story's (items with text, none wholly a link's: not a
    box of teasers): a heading over a list of tips ("Allgemeine Reisetipps"), or a list that ends
    a section above the next one's heading."""
    count = 0
    for element in siblings:
        if not isinstance(element.tag, str):  # a comment
            continue
        if count == NEIGHBOUR_REACH:
            return None
        count += 1
        if element.tag == "p":
            if text_content(element).strip():
                return element
        elif element.tag in SUBHEADING_TAGS:
            return element if below is not None and element.tag > below and text_content(element).strip() else None
        elif element.tag in ("ul", "ol"):
            items = _items(element) if lists else []
            return element if items and not _links_list(items) else None
        elif element.tag in ("table", "blockquote"):
            return None
    return None


def _items(listing: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """The list's items that show text, each with its text (spaces collapsed)."""
    return [(shown, item) for item in listing.iterchildren("li") if (shown := single_spaced(text_content(item)))]


def _links_list(items: list[tuple[str, HtmlElement]]) -> bool:
    """Whether an item is wholly a link's text: a list of other pages (teasers, a table of
    contents), not of the story's points."""
    return any(shown == single_spaced(text_content(link)) for shown, item in items for link in item.iter("a"))


def _edge(neighbour: HtmlElement, last: bool) -> str:
    """The text of the line of ``neighbour`` next to the heading: a paragraph's or a heading's
    text; a list's first item's (below the heading) or its last's (above it), as the text writes a
    list item by item."""
    if neighbour.tag not in ("ul", "ol"):
        return text_content(neighbour)
    items = _items(neighbour)
    return items[-1 if last else 0][0]


def _key(text: str) -> str:
    """Letters and digits, case-folded: one paragraph however its spaces and soft hyphens came out."""
    return alnum_only(text.casefold())


def _keyed_as(text: str, key: str) -> bool:
    """``_key(text) == key``, read letter by letter up to the first that differs
    (:func:`newsspider.unicode_classes.alnum_only_is`): most paragraphs differ from ``key`` in their
    first letters, and keying each whole paragraph cost more than the rest of :func:`with_opening`."""
    return alnum_only_is(text.casefold(), key)


def with_opening(text: str, story: HtmlElement) -> str:
    """``text`` with the paragraphs that open ``story`` (the story's container) above the one the
    text opens with put back above it: the ``<p>`` siblings before that paragraph, each ending like
    a sentence and not wholly a link's text (a teaser's title), up to the first element showing
    text that is not such a paragraph (a byline, a heading, a list, a paragraph holding a picture:
    its caption). Elements that show no text (a picture, an ad's slot) do not stop the walk."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if _key(line)), None)
    if first is None:
        return text
    opening_key = _key(lines[first])
    anchor = next((paragraph for paragraph in story.iterchildren("p")
                   if _keyed_as(text_content(paragraph), opening_key)), None)
    if anchor is None:
        return text
    held: set[str] | None = None  # the lines' keys, built when a paragraph above passes the other tests
    opening: list[str] = []
    for element in anchor.itersiblings(preceding=True):
        if not isinstance(element.tag, str):  # a comment
            continue
        shown = single_spaced(text_content(element))
        if not shown:
            continue
        links = [single_spaced(text_content(link)) for link in element.iter("a")]
        if (element.tag != "p" or not ends_sentence(shown) or shown in links
                or next(element.iter(*_PICTURES), None) is not None):  # a picture's caption
            break
        held = {_key(line) for line in lines} if held is None else held
        if _key(shown) in held:
            break
        opening.append(shown)
    if not opening:
        return text
    return "\n".join([*lines[:first], *reversed(opening), *lines[first:]])
