"""The page's elements of the kinds extraction reads, found in one walk of the tree.

Metadata (``<meta>``, ``<link>``, JSON-LD ``<script>``, ``<title>``, ``<time>``), the headline
(``<h1>``, ``<h2>``), tag lists and chrome (``<a>``, ``<audio>``, ``<video>``, ``<iframe>``, form controls, buttons, teaser
``<article>`` cards), photos' captions (``<figcaption>``: most pages have none, and so no photo story), the largest block
of paragraphs (``<p>``) and teasers (``<h1>``-``<h6>``) all come from one walk: a walk of the
whole tree for one kind costs about as much as one for all of them (lxml matches the tags in C;
visiting the nodes is the cost), and a page has a dozen kinds to find.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from copy import deepcopy
from itertools import islice
from typing import Any, NamedTuple, TypeVar

from lxml import etree
from lxml.html import HtmlElement

# What makes a text a copyright line, lower-cased: XPath's ``contains(., '©') or
# contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')``, the letters folded in ASCII only.
COPYRIGHT_MARKS = ("©", "copyright")
# The marks in UTF-8, found in the page's texts encoded so and their ASCII letters lower-cased
# (``bytes.lower``), by ``bytes.find``.
_COPYRIGHT_MARKS = tuple(mark.encode() for mark in COPYRIGHT_MARKS)
# Copyright lines inside these are the article's or a picture's, not the site's.
_NOT_SITE_LINES = frozenset({"article", "figure"})
_TEXT_BREAK = "\x00"  # between a page's texts searched at once: in no text of lxml's (XML allows no NUL)
_TEXT_BREAK_BYTE = _TEXT_BREAK.encode()
_Found = TypeVar("_Found")

# Elements whose text a page does not show (:func:`seen_text`).
UNSEEN_TAGS = ("script", "style", "noscript", "template")
# A line break: a space between the words it separates (:func:`seen_text`).
_LINE_BREAK = "br"
# The classes of the CSS utilities that hide an element from sight and leave it to screen readers
# (Bootstrap's "sr-only", "visually-hidden", H5BP's "visuallyhidden", WordPress's "screen-reader-text",
# Drupal's "element-invisible", Naver's "blind", "is_blind"), or hide it altogether ("hidden"), each a
# whole class name (:func:`hidden_from_sight`): "hidden-xs" hides on small screens only.
_HIDING_CLASS = re.compile(r"(?:(?:is|u|a11y|ui)[-_])?(?:sr[-_]only|visually[-_]?hidden|screen[-_]?reader[-_]?(?:text|only)"
                           r"|element[-_]invisible|blind|hidden)")
# A utility class that shows an element again from a screen's width up (Tailwind's "sr-only
# sm:not-sr-only", "hidden md:block"): the element is seen on wider screens.
_SHOWN_FROM = re.compile(r"\S:(?:not-sr-only|block|inline|inline-block|flex|inline-flex|grid|table|contents|visible)(?:\s|$)")
# The page's own elements, around all of it: a page hides them whole while it loads ("<body style='visibility:
# hidden'>"), and no section of the page is one.
PAGE_TAGS = ("html", "body")
# An inline style that hides an element.
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# The elements a page sets its headings in (the headline among them).
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TAGS = ("meta", "link", "script", "title", "time", *HEADING_TAGS, "a", "p", "audio", "video", "img",
        "input", "select", "textarea", "button", "iframe", "article", "figcaption", "dialog")
# The microdata properties a page's dates are read from.
ITEM_DATES = ("datePublished", "dateModified")
# The elements that declare what the page is and when, in one walk (:meth:`PageElements.declaring`):
# microdata's items and dates, and the elements of the body to which RDFa gives a property and its
# value. Through the elements' attribute axis: libxml2 then visits elements only (``//`` visits text
# nodes too) and tests only the attributes present (the microdata's 0.17 ms a page against 0.27 for
# ``//*[@itemprop or @itemscope][...]``); one XPath of the three costs 0.30 ms a page against 0.41
# for the microdata's and the RDFa's apart.
_DECLARING = etree.XPath(
    "/descendant::*/@itemscope/.. | "
    f"/descendant::*/@itemprop[{' or '.join(f'.={name!r}' for name in ITEM_DATES)}]/.. | "
    "/descendant::body/descendant::*/@property/parent::*[@content and not(self::meta)]")


class PageElements:
    """The elements of :data:`TAGS` in ``tree`` (the tree's own element included, as
    ``tree.iter`` has it), by tag and in page order. Built after the last change to the tree;
    the lists it gives out are its own (not to be changed)."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self._ordered = list(tree.iter(*TAGS))
        self._by_tag: dict[str, list[HtmlElement]] = {}
        self._places: dict[str, list[int]] = {}  # each tag's elements' places in _ordered
        for place, element in enumerate(self._ordered):
            tag = element.tag  # (lxml writes the name out anew at each read)
            if tag in self._by_tag:
                self._by_tag[tag].append(element)
                self._places[tag].append(place)
            else:
                self._by_tag[tag], self._places[tag] = [element], [place]
        self._by_tags: dict[tuple[str, ...], list[HtmlElement]] = {}
        self._outside: dict[tuple[tuple[str, ...], frozenset[str]], list[HtmlElement]] = {}
        self._body_text: str | None = None
        self._declaring: list[HtmlElement] | None = None
        self._copyright_texts_found: tuple[list[str], list[str]] | None = None
        self._remembered: dict[Hashable, Any] = {}
        self._texts: dict[HtmlElement, str] = {}
        self._links: list[tuple[HtmlElement, str]] | None = None

    def of(self, *tags: str) -> list[HtmlElement]:
        """The elements of ``tags`` (each one of :data:`TAGS`) in page order."""
        if len(tags) == 1:
            return self._by_tag.get(tags[0], [])
        found = self._by_tags.get(tags)
        if found is None:  # the cleaners ask for the same few mixes several times a page
            # their elements by their places: no walk of the page's elements, nor a read of each one's tag
            places = sorted([place for tag in dict.fromkeys(tags) for place in self._places.get(tag, ())])
            found = self._by_tags[tags] = [self._ordered[place] for place in places]
        return found

    def text(self, element: HtmlElement) -> str:
        """:func:`text_content` of one of the page's elements, read once per page: every link's text
        is read by the tag list, the chrome rules, the page type and the headline's sections (an
        element holding others is written out by ``tostring``; lxml writes even a lone text node's
        string anew at each read, ~0.45 us, ten times the lookup: 39 of a page's 93 such reads were
        repeats on the extract_cpu pages)."""
        found = self._texts.get(element)
        if found is None:
            found = self._texts[element] = text_content(element)
        return found

    def links(self) -> list[tuple[HtmlElement, str]]:
        """The page's ``<a>`` elements that have an address (a non-empty ``href``, as the page writes
        it), in page order, each with it; read once per page (not to be changed): the chrome rules, the
        tag list, the headline's sections and the site's logo each go through every link's address, and
        lxml writes an attribute out anew at each read (~0.4 us: a teaser grid's links cost ~60 us a read)."""
        if self._links is None:
            self._links = [(link, href) for link in self.of("a") if (href := link.get("href"))]
        return self._links

    def body_text(self) -> str:
        """:func:`body_text` of the tree, joined once per page (the date readers search it)."""
        if self._body_text is None:
            self._body_text = body_text(self.tree)
        return self._body_text

    def declaring(self) -> list[HtmlElement]:
        """The elements of :data:`_DECLARING` in page order, found once per page: the metadata reads
        the microdata's, the dates the RDFa's."""
        if self._declaring is None:
            self._declaring = _DECLARING(self.tree)
        return self._declaring

    def copyright_lines(self) -> list[str]:
        """:func:`copyright_lines` of the tree, found once per page."""
        return self._copyright_texts()[0]

    def copyright_notices(self) -> list[str]:
        """:func:`copyright_notices` of the tree, found with its copyright lines, once per page."""
        return self._copyright_texts()[1]

    def _copyright_texts(self) -> tuple[list[str], list[str]]:
        if self._copyright_texts_found is None:
            self._copyright_texts_found = _copyright_texts(self.tree)
        return self._copyright_texts_found

    def remembered(self, key: Hashable, find: Callable[[], _Found]) -> _Found:
        """``find()``, found once per page for ``key`` (the question, its arguments included): what
        two steps ask of the page alike (the page-type step's teasers, which the date search drops)."""
        if key not in self._remembered:
            self._remembered[key] = find()
        found: _Found = self._remembered[key]
        return found

    def outside(self, tags: tuple[str, ...], containers: frozenset[str]) -> list[HtmlElement]:
        """The elements of ``tags``, tag after tag (each in page order), that have no ancestor of
        a tag in ``containers`` (a headline is not in a ``<nav>``); found once per page."""
        key = (tags, containers)
        found = self._outside.get(key)
        if found is None:
            # the ancestors' tags matched in C (an HTML tree's elements are in no namespace; no tag
            # given, ``iterancestors`` would yield every ancestor)
            found = self._outside[key] = [
                element for tag in tags for element in self.of(tag)
                if not containers or next(element.iterancestors(*containers), None) is None]
        return found


def text_content(element: HtmlElement) -> str:
    """``element.text_content()`` (the XPath string value: its text nodes joined): an element holding
    text alone (most paragraphs and headings) is that text; one holding elements is written out by
    ``tostring``'s text method, the same text at about half the cost of the XPath call (which sets up
    an evaluation context each time; on the benchmark's pages the two agree on all 43,361 calls)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False) if len(element) else element.text or ""


def seen_text(element: HtmlElement) -> str:
    """:func:`text_content` without the text of the elements a reader never sees inside ``element``
    (:data:`UNSEEN_TAGS`: a ``<style>`` SZ sets inside its ``<h1>``, a tracking ``<script>`` in a link):
    their rules and code are no words of a heading's or a link's text; and with a space where a
    ``<br>`` breaks the line ("Headline<br>on two lines": two words, not "Headlineon"). An element
    holding neither (most) is read as :func:`text_content` reads it."""
    if not len(element) or next(element.iter(*UNSEEN_TAGS, _LINE_BREAK), None) is None:
        return text_content(element)
    pieces: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag in UNSEEN_TAGS:
                walker.skip_subtree()  # its tail is seen: read at its end
            elif node.tag == _LINE_BREAK:
                pieces.append(" ")
            elif isinstance(node.tag, str) and node.text:  # a comment's text is no text node
                pieces.append(node.text)
        elif node is not element and node.tail:
            pieces.append(node.tail)
    return "".join(pieces)


class Line(NamedTuple):
    """A line of an element's text (:func:`text_lines`)."""

    text: str  # as the source writes it (its spaces and line breaks kept)
    elements: list[HtmlElement]  # the elements that start on it, in page order (an end among them)


def blank_line_after(element: HtmlElement) -> bool:
    """Whether ``element`` is a ``<br>`` followed by another with nothing but spaces between: a blank
    line, where a text written without ``<p>`` (an old CMS's story, a blog's post) ends a paragraph."""
    following = element.getnext()
    return (element.tag == _LINE_BREAK and following is not None and following.tag == _LINE_BREAK
            and not (element.tail or "").strip())


def paragraphs_apart(element: HtmlElement, blocks: Collection[str],
                     kept: str) -> tuple[HtmlElement, dict[HtmlElement, HtmlElement]] | None:
    """A copy of ``element``, out of the page, whose paragraphs each stand in a ``<p>`` of their own, and
    each of its ``kept`` elements (a tag) mapped to its copy; None where ``element`` holds no blank line
    (:func:`blank_line_after`) among its own children. A paragraph is what a blank line, the element's
    start or end, or a child of a tag in ``blocks`` (a box of its own) parts: the page says so where it
    writes its story as one block, "one.<br><br>two." (Blogger, DLE, a table's cell). A single ``<br>``
    parts lines of one paragraph (an address, verse) and stays inside it, as inside a ``<p>``. So the
    rules that read a paragraph's element read each such paragraph as the one a ``<p>`` would be."""
    if not any(blank_line_after(child) for child in element.iterchildren(_LINE_BREAK)):
        return None
    copy = deepcopy(element)
    copy.tail = None
    mapped = dict(zip(element.iter(kept), copy.iter(kept), strict=True))
    holder = copy.makeelement("div", {})
    paragraph = holder.makeelement("p", {})
    paragraph.text, copy.text = copy.text, None
    children = list(copy)
    for at, child in enumerate(children):
        if child.tag == _LINE_BREAK and (blank_line_after(child)
                                        or (at and children[at - 1].tag == _LINE_BREAK
                                            and not (children[at - 1].tail or "").strip())):
            if not blank_line_after(child):  # the run's last: what follows opens the next paragraph
                holder.append(paragraph)
                paragraph = holder.makeelement("p", {})
                paragraph.text = child.tail
            copy.remove(child)
        elif isinstance(child.tag, str) and child.tag in blocks:
            holder.append(paragraph)
            tail, child.tail = child.tail, None
            holder.append(child)
            paragraph = holder.makeelement("p", {})
            paragraph.text = tail
        else:
            paragraph.append(child)
    holder.append(paragraph)
    for empty in [p for p in holder if p.tag == "p" and not len(p) and not (p.text or "").strip()]:
        holder.remove(empty)
    return holder, mapped


def text_lines(element: HtmlElement, ends: Collection[str], *, nested: bool = True) -> list[Line]:
    """``element``'s text (:func:`text_content`) parted into lines where an element of a tag in ``ends``
    stands inside it: one ends the line before it and, when it holds text or elements, the line of its
    own text too (a ``<p>`` is a line of its own; a ``<br>`` is one place: "a<br><br>b" is three lines,
    the middle one empty). ``nested``: whether an end inside one of ``element``'s children ends a line
    too (a byline box's lines, a paragraph's) or only ``element``'s own (a block's list of links, each
    between the block's ``<br>``: a ``<br>`` inside a link is a line of no list). One walk for every
    reader of a text by its lines (a teaser's paragraphs, a byline box's lines, a block's list of links),
    each naming the elements that end its kind of line."""
    walked: list[str | HtmlElement | None] = [element.text or ""]
    _walk_lines(element, ends, nested, walked)
    lines: list[Line] = []
    pieces: list[str] = []
    inside: list[HtmlElement] = []
    for item in walked:
        if item is None:
            lines.append(Line("".join(pieces), inside))
            pieces, inside = [], []
        elif isinstance(item, str):
            pieces.append(item)
        else:
            inside.append(item)
    lines.append(Line("".join(pieces), inside))
    return lines


def _walk_lines(node: HtmlElement, ends: Collection[str], nested: bool, walked: list[str | HtmlElement | None]) -> None:
    """:func:`text_lines`' walk of the elements inside ``node``: to ``walked`` each element, its text and
    its tail in page order, and None where a line ends."""
    for child in node:
        tag = child.tag
        if isinstance(tag, str):  # not a comment, whose text is no text node
            text = child.text
            ending = tag in ends
            if ending:
                walked.append(None)
            walked.append(child)
            if text:
                walked.append(text)
            if len(child):
                _walk_lines(child, ends if nested else (), nested, walked)
                if ending:
                    walked.append(None)
            elif ending and text:
                walked.append(None)
        tail = child.tail
        if tail:
            walked.append(tail)


def hidden_from_sight(element: HtmlElement) -> bool:
    """Whether the page hides ``element`` from sight: it or an ancestor has the ``hidden`` attribute,
    an inline style ``display: none`` or ``visibility: hidden``, or a class of a utility that hides
    it (:data:`_HIDING_CLASS`: a screen reader's label, "sr-only") that no class shows again on wider
    screens (:data:`_SHOWN_FROM`: "sr-only sm:not-sr-only"). A site labels its page for screen
    readers so ("<h1 class='sr-only'>Nachrichten</h1>"), a heading no reader sees. Not by hiding its
    ``<html>`` or ``<body>``: a page hidden whole while its styles or scripts load is shown whole then."""
    return _hides(element) or any(_hides(node) for node in element.iterancestors() if node.tag not in PAGE_TAGS)


def _hides(node: HtmlElement) -> bool:
    """Whether ``node``'s own attributes hide it (:func:`hidden_from_sight`)."""
    if node.get("hidden") is not None or _HIDING_STYLE.search(node.get("style") or ""):
        return True
    classes = (node.get("class") or "").lower()
    return any(map(_HIDING_CLASS.fullmatch, classes.split())) and not _SHOWN_FROM.search(classes)


def sighted_text(element: HtmlElement) -> str:
    """:func:`seen_text` without the text of the elements inside ``element`` that the page hides from
    sight (:func:`hidden_from_sight`): a screen reader's label in a heading ("<h1><span
    class='visually-hidden'>Artikel: </span>Headline</h1>") is no word of the headline a reader sees.
    A hidden separator (:func:`_is_separator`) between shown words stays, a space after it: it parts
    what the reader sees in two lines ("Kicker: Headline"); before or after all of them it parts nothing."""
    hidden = [node for node in element.iterdescendants() if isinstance(node.tag, str) and _hides(node)]
    if not hidden:
        return seen_text(element)
    copy = deepcopy(element)
    copy.tail = None
    separators = []
    for node in [node for node in copy.iterdescendants() if isinstance(node.tag, str) and _hides(node)]:
        if _is_separator(text_content(node)):
            separators.append(node)
        else:
            node.drop_tree()  # its tail stays
    for node in separators:  # read with every hidden label gone: a label is no shown word
        if _shows_words(node.xpath("preceding::text()")) and _shows_words(node.xpath("following::text()")):
            node.tail = f" {node.tail or ''}"
        elif node.getparent() is not None:
            node.drop_tree()
    return seen_text(copy)


def _is_separator(text: str) -> bool:
    """Whether a hidden element's ``text`` is punctuation alone (": " between a kicker and the headline
    shown as two lines; Unicode's punctuation and maths symbols, "|" among them, not an emoji): the
    page writes it for those who do not see the layout, and it parts the shown words ("Kicker: Headline",
    not "KickerHeadline")."""
    marks = "".join(text.split())
    return bool(marks) and all(unicodedata.category(char)[0] == "P" or unicodedata.category(char) == "Sm"
                               for char in marks)


def _shows_words(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` holds a letter or digit."""
    return any(char.isalnum() for text in texts for char in text)


def body_text(tree: HtmlElement) -> str:
    """The text of the page's body (of the whole tree without one), its pieces joined by spaces."""
    return " ".join(next(tree.iter("body"), tree).itertext())


def copyright_lines(tree: HtmlElement) -> list[str]:
    """:func:`_copyright_texts`' lines."""
    return _copyright_texts(tree)[0]


def copyright_notices(tree: HtmlElement) -> list[str]:
    """:func:`copyright_lines`, each that holds no letter after its last mark (:data:`_COPYRIGHT_MARKS`, the
    sign ``©``) run on into the page's next text: a footer links its owner's name home, ``© 2024 <a
    href="/">Site</a>``, and the notice is the line and the link's text."""
    return _copyright_texts(tree)[1]


def _copyright_texts(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The text nodes of ``tree``'s document that hold "©" or "copyright" (in any case) and are
    in no ``<article>`` or ``<figure>``, in page order: the XPath
    ``//text()[contains(., '©') or contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')]
    [not(ancestor::article or ancestor::figure)]`` as one walk in Python, a quarter of its CPU
    (libxml2 translates every text node of the page to test it). The walk skips the articles and
    figures, and the texts are searched at once, joined by a character neither mark holds (a
    search of each of a page's thousands of texts costs more than the walk), for each mark by
    ``bytes.find`` (:data:`_COPYRIGHT_MARKS`): a case-insensitive regex tries its alternatives at
    every character of the page's text, scripts included, and cost twice the walk. Second, the same
    lines as :func:`copyright_notices` reads them, from the same walk."""
    texts: list[str] = []
    walker = etree.iterwalk(tree.getroottree().getroot(), events=("start", "end"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if tag in _NOT_SITE_LINES:
                walker.skip_subtree()  # its tail is the site's: read at its end
            elif isinstance(tag, str) and (text := node.text):  # a comment's text is no text node
                texts.append(text)
        elif tail := node.tail:
            texts.append(tail)
    joined = _TEXT_BREAK.join(texts).encode()  # lxml's texts hold no NUL: each piece is one text
    folded = joined.lower()  # the ASCII letters only: one byte for one, the offsets kept
    following = {mark: folded.find(mark) for mark in _COPYRIGHT_MARKS}  # each mark's next place
    found: list[str] = []
    notices: list[str] = []
    position = 0
    while True:
        for mark, place in following.items():
            if 0 <= place < position:
                following[mark] = folded.find(mark, position)
        places = [place for place in following.values() if place >= 0]
        if not places:
            return found, notices
        start = joined.rfind(_TEXT_BREAK_BYTE, 0, min(places)) + 1
        end = joined.find(_TEXT_BREAK_BYTE, start)
        end = len(joined) if end < 0 else end
        line = joined[start:end].decode()
        found.append(line)
        notices.append(line + _linked_owner(joined, folded, start, end))
        position = end + 1


def _linked_owner(joined: bytes, folded: bytes, start: int, end: int) -> str:
    """The page's next text after a copyright line (``joined[start:end]`` of :func:`_copyright_texts`' texts)
    that holds no letter after its last mark (:data:`_COPYRIGHT_MARKS`): the owner's name a footer links home,
    ``© 2024 <a href="/">Site</a>`` (:func:`copyright_notices`); nothing after a line that names its owner."""
    last = max(folded.rfind(mark, start, end) for mark in _COPYRIGHT_MARKS)
    if end >= len(joined) or any(char.isalpha() for char in joined[last:end].decode(errors="ignore")):
        return ""
    after = joined.find(_TEXT_BREAK_BYTE, end + 1)
    return joined[end + 1:len(joined) if after < 0 else after].decode()


def around(element: HtmlElement, before: int, after: int) -> list[HtmlElement]:
    """The ``before`` elements nearest ahead of ``element`` and the ``after`` nearest behind it
    (XPath's ``preceding::*[position() <= before] | following::*[position() <= after]``: neither
    its ancestors nor its descendants), in page order."""
    preceding, following = neighbours(element, before, after)
    preceding.reverse()
    return preceding + following


def neighbours(element: HtmlElement, before: int, after: int) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """:func:`around`'s elements as two lists, each nearest first: those ahead of ``element``
    and those behind it. Walked outward from the element: libxml2 evaluates XPath's
    ``preceding::`` and ``following::`` axes over the whole document, three times the cost on a
    long page."""
    return list(islice(_preceding(element), before)), list(islice(following(element), after))


def following(element: HtmlElement, within: HtmlElement | None = None) -> Iterator[HtmlElement]:
    """The elements behind ``element`` in page order (XPath's ``following::*``) inside ``within`` (an
    ancestor of it; None: the page), walked outward from it only as far as they are read."""
    node: HtmlElement | None = element
    while node is not None and node is not within:
        for sibling in node.itersiblings(etree.Element):
            yield from sibling.iter(etree.Element)
        node = node.getparent()


def _preceding(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements ahead of ``element``, nearest first (XPath's ``preceding::*``), walked outward."""
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element, preceding=True):
            yield from _backwards(sibling)
        node = node.getparent()


def _backwards(root: HtmlElement) -> Iterator[HtmlElement]:
    """``root`` and the elements inside it, last in page order first."""
    stack = [(root, root.iterchildren(etree.Element, reversed=True))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            yield node
        else:
            stack.append((child, child.iterchildren(etree.Element, reversed=True)))


def first_showing(tree: HtmlElement, elements: Iterable[HtmlElement], lines: Iterable[str]) -> dict[str, HtmlElement]:
    """Each of ``lines`` (single-spaced) the first of ``elements`` (of ``tree``) shows as its text
    (:func:`single_spaced`) is mapped to that element. An element's text is read only where it has as
    many characters other than spaces as a line: the blocks nested around a page's story each show
    all of it, and reading every one would cost the page's size times its depth."""
    wanted = {line for line in lines if line}
    lengths = {_non_space(line) for line in wanted}
    if not lengths:
        return {}
    counts = _non_space_counts(tree)
    found: dict[str, HtmlElement] = {}
    for element in elements:
        if counts.get(element) in lengths:
            shown = single_spaced(text_content(element))
            if shown in wanted:
                found.setdefault(shown, element)
    return found


def _non_space(text: str | None) -> int:
    """How many characters of ``text`` are no whitespace (as :meth:`str.split` reads it)."""
    return sum(map(len, text.split())) if text else 0


def _non_space_counts(tree: HtmlElement) -> dict[HtmlElement, int]:
    """Each node of ``tree`` and the characters other than spaces of its ``text_content()`` (its own
    text and its descendants' texts and tails; a comment's or processing instruction's text is none),
    counted in one walk, the children before their parent."""
    counts: dict[HtmlElement, int] = {}
    for node in reversed(list(tree.iter())):
        count = _non_space(node.text) if isinstance(node.tag, str) else 0
        for child in node:
            count += counts[child] + _non_space(child.tail)
        counts[node] = count
    return counts


def single_spaced(text: str | None) -> str:
    """``text`` with every run of whitespace one space, trimmed: an element's text as a reader sees it."""
    return " ".join(text.split()) if text else ""


def without_spaces(text: str) -> str:
    """``text`` without any whitespace: a text read from its text nodes (joined as they are) compared with
    an element's text (joined with a space at each line break), whatever spaces either puts between words."""
    return "".join(text.split())
