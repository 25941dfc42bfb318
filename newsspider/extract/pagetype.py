"""Is this page an article? What the page says about itself first, then what its text is made of.

In order:
1. ``declared``: the page declares an article (``og:type=article``, a schema.org Article in its
   JSON-LD at any depth or in its microdata, ``article:published_time``).
2. ``listing``: it declares a collection (JSON-LD ``CollectionPage``, ``SearchResultsPage``,
   ``ProfilePage``; an author's page also by a ``rel=author`` link leading to itself:
   ``PageMetadata.declares_listing``) and has no body of its own; or its teasers link back to the page itself
   (:func:`lists_its_headline`: an author's page, each story's byline linking to it), or, dating
   nothing, it shows the words it was searched for or its ``<h1>`` bylines its teasers, its ``<h1>``
   heading no ``<article>`` of its own at an address naming no listing (:func:`lists_itself`,
   :func:`composes_its_headline`), read again without them for a long body of its own (none, where it
   declares a collection, dates nothing, heads no such ``<article>`` and its teasers outweigh its text:
   :func:`describes_entries`).
3. ``dated``: it declares its own publication date and its text has a body: paragraphs of
   running text one after another, outside any teaser, as a story has and a list of teasers has not.
4. ``listing``: most of its text is teasers for other pages and none of it is a body of its own
   (a tag, section or archive page; at an address naming a listing, a tag's, an author's or a
   search's, :func:`_listing_address`, not even a body its teasers outweigh: its description): a
   teaser is a heading that links elsewhere (or sits in a link) with what stands around it up to
   the next heading, at most one paragraph of running
   text (any number as one of a feed's entries, :func:`_mark_feed_entries`: a blog's front page
   showing each post's start, newest first), in a box of its own or side by side with others in
   one container (:func:`flat_units`);
   or a line that is one link to another page, in no heading, with what stands with it
   (:func:`line_teasers`). Or, on a page that declares no date, its text is nothing but short lines, none of them
   a paragraph of several sentences, a third of the first half of them links to other pages and
   (but in Thai or Lao, which end their sentences with no mark) none there reading as a sentence
   (a link list; judged on the text as extracted, before the lines the tree showed to be links
   to other stories came out of it). Short lines that link nowhere are a poem's or an agenda's.
5. ``data``: naming no author and declaring no date, its text is a table's rows with no line that reads
   (:func:`tabulates_only`: scores, a forecast), or reads only inside cards each pointing at a page of
   its own with a link that names nothing (:func:`pointer_cards`, :func:`points_only`: a horoscope's
   signs). Not emitted, unless the tree shows a story the text missed.
6. ``undeclared``: none of these. Emitted: when in doubt, a page is an article.

A ``listing`` by its text is read again without its teasers (:func:`without_teasers`, in
``extract.article``): a story the text missed for a grid of teasers makes it an article. So is a
page that declares a collection whose text holds no long body (its teasers' headlines may be no
headings, and their blurbs then read as a body of two paragraphs).

No rule counts words or weighs one script's letters against another's: headings, links and
paragraph ends are the same in every language.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsspider.extract.addresses import join_url, names_listing, other_site, split_url
from newsspider.extract.cleaning.text import LIST_ITEM_MARKS
from newsspider.extract.elements import (
    HEADING_TAGS,
    UNSEEN_TAGS,
    PageElements,
    hidden_from_sight,
    single_spaced,
    text_content,
    text_lines,
)
from newsspider.extract.headline import names_section
from newsspider.extract.jsonld import declares_listing
from newsspider.extract.language import dominant_script
from newsspider.unicode_classes import (
    CJK_CLASS,
    CLOSING_MARKS,
    REVERSED_CLOSING_QUOTES,
    SENTENCE_TERMINATORS,
    UNMARKED_SENTENCE_SCRIPTS,
    UNSPACED_TERMINATORS,
    WORD_CHAR_CLASS,
    ends_sentence,
    holds_words,
)

if TYPE_CHECKING:  # only named in annotations: metadata reads dates, whose search reads teasers here
    from newsspider.extract.metadata import PageMetadata

DECLARED, DATED, UNDECLARED, LISTING = "declared", "dated", "undeclared", "listing"
# Not an article either: a data page, its text a table's rows and no line that reads (:func:`tabulates_only`).
DATA = "data"
# A body is at least this many paragraphs of running text in a row (a teaser has one).
BODY_PARAGRAPHS = 2
# A listing's description under its name (a tag's SEO text, an author's bio) runs to at most this many
# paragraphs in a row: a longer run of the page's own is a story's body, wherever the story is filed
# (at a topic's address, "/tema/<its slug>", or on an article's second page, ".../page/2"), however many
# teasers follow it (when in doubt, emit).
DESCRIPTION_PARAGRAPHS = BODY_PARAGRAPHS
# A text of only short lines is a link list when it has at least this many of them.
LINK_LIST_LINES = 8
SHORT_LINE_CHARS = 60
# ... of which this share of its first half are links to other pages (a tag page's headlines).
LINKED_LINE_SHARE = 1 / 3
# A line holding this many sentences is a paragraph of prose: a story written as one paragraph (a
# blog post in a layout table's cell), never a link's text or a menu entry (a headline is one
# sentence, two with a title's abbreviation; a consent notice or a footer two or three).
PROSE_SENTENCES = 4
# A sentence ends inside a line where a terminator after a word (not an initial or a one-letter
# abbreviation: "z. B.", "U.S.") is followed by a space and more words (after the quote it closes,
# also the German way: see running_text); one of UNSPACED_TERMINATORS needs no space (Chinese,
# Burmese and Khmer write none between words). A word's characters include its combining marks
# (WORD_CHAR_CLASS: a Hindi word may end in a vowel sign before its "।").
_SENTENCE_BREAK = re.compile(f"(?<=[{WORD_CHAR_CLASS}][{WORD_CHAR_CLASS}])[{re.escape(SENTENCE_TERMINATORS)}]"
                             f"[{re.escape(CLOSING_MARKS + REVERSED_CLOSING_QUOTES)}]*\\s+\\w"
                             f"|[{UNSPACED_TERMINATORS}][{re.escape(CLOSING_MARKS)}]*\\w")
# Teasers read from a page at most (a listing shows itself long before).
MAX_TEASERS = 60
# A data page shows at least this many rows of a table holding a letter or a digit (a day's fixtures,
# a week's forecast, a price board), whatever else it shows is no line that reads.
DATA_ROWS = 3
# A listing without a box per teaser shows at least this many linked headings side by side.
FLAT_UNITS = 3
# A cell border of trafilatura's table rows: a pipe that is not a cell's own escaped one ("\\|").
_TABLE_CELL_BORDER = re.compile(r"(?<!\\)\|")
# A cell ending in a number's dot (a date, "31. 5. 2026.", "7.12."; an ordinal, "3."): no sentence's end,
# where it holds no more words of letters than numbers ("Montag, 7. 12."; "Endstand nach Toren von Kane und
# Musiala 2:1." is a sentence). An ideograph is a word of its own (Chinese writes no spaces between words).
_NUMBER_END = re.compile(r"\d[.．]\W*$")
_LETTER_WORD = re.compile(f"[{CJK_CLASS}]|[^\\W\\d_{CJK_CLASS}]+")
_NUMBER = re.compile(r"\d+")
# Where a page's title sets its parts apart ("Headline - Section | Site", "標題｜網站").
_TITLE_PARTS = re.compile(r"\s+[-–—|·•:»]+\s+|[｜︱]")
# An image file's address (a link to the photo itself).
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)$", re.IGNORECASE)
# The elements that end a line of a teaser's text (:func:`_paragraph_texts`), and the mark written where one does.
_LINE_BREAKS = ("br",)
_LINE_BREAK = "\u2029"
# Two line breaks or more, nothing between them: a paragraph's end in a text written without <p>.
_PARAGRAPH_BREAK = re.compile(f"{_LINE_BREAK}(?:\\s*{_LINE_BREAK})+")
_BLOCK_TAGS = ("p", "div", "li", "time", "blockquote", "figcaption", "dd", "dt", "td", "section", "article",
               "header", "footer", "span", *HEADING_TAGS)


def page_type(text: str, meta: PageMetadata, tree: HtmlElement, url: str | None, page: PageElements,
              read: str | None = None, prints_date: Callable[[], bool] | None = None) -> str:
    """One of ``declared``, ``dated``, ``undeclared`` (articles), ``listing`` or ``data`` (not one).
    ``tree`` is the page and ``page`` its elements (its teasers are looked for only when it
    declares no article); ``read``: the text as extracted, before the lines the page's tree
    showed to be chrome came out (a link list is judged on all of its lines); ``prints_date``: whether the
    page prints a date by its headline (asked only of a page whose teasers' bylines are its ``<h1>``)."""
    if meta.declares_article:
        return DECLARED
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    read_lines = lines if read is None else [line.strip() for line in read.splitlines() if line.strip()]
    linked = lambda: link_texts(page, url, meta.canonical)  # noqa: E731 (asked only where needed)
    teasers = listing_teasers(tree, url, meta.canonical, page)
    unmarked = unmarked_paragraphs(text, meta.title, linked)
    shape = text_shape(lines, teasers, unmarked)
    if unmarked is not None:  # paragraphs one after another as read: the links between them not taken out
        read_shape = text_shape(read_lines, teasers, unmarked)
        shape.body, shape.run = read_shape.body, min(shape.run, read_shape.run)  # a headline read as a paragraph
    if meta.declares_listing and not (shape.body and shape.own > shape.teasers):
        return LISTING
    if lists_itself(tree, page, url, meta, prints_date):
        return LISTING  # read again without its teasers: only a long body of its own makes it a story
    if meta.dated and shape.body:
        return DATED
    if shape.teasers > shape.own and (not shape.body or (shape.run <= DESCRIPTION_PARAGRAPHS
                                                          and _listing_address(url, meta.canonical))):
        return LISTING  # at a tag's, an author's or a search's address, a description must outweigh its teasers
    if not meta.dated and not shape.body:
        if _link_list(read_lines, linked):
            return LISTING
    if not (meta.authors or meta.dated) and ((not shape.body and tabulates_only(read_lines, unmarked, meta.title))
                                             or points_only(lines, pointer_cards(page, url, meta.canonical), unmarked)):
        return DATA  # no one's writing, of no day: scores, a forecast, a horoscope's signs (the tree may show a story)
    return UNDECLARED


@dataclass
class Teaser:
    """A heading that links to another page, and the text of the teaser around it (the heading,
    a blurb, a date): how listing pages present their entries."""

    text: str
    href: str
    block: str                                        # the teaser's whole text
    pieces: list[str] = field(default_factory=list)   # its paragraphs, heading, date line ...
    element: HtmlElement | None = None                # the element holding the teaser
    unit: list[HtmlElement] = field(default_factory=list)  # its date and blurb beside it, no box around (flat_units)
    feed_entry: bool = False                          # one of a feed's entries (:func:`_mark_feed_entries`)

    def is_teaser(self, paragraph: Callable[[str], bool] | None = None) -> bool:
        """At most one paragraph of running text (``paragraph``: :func:`unmarked_paragraphs`): a
        blurb, not a story under a linked heading; or one of a feed's entries, however many
        paragraphs of its post it shows."""
        return self.feed_entry or _running_pieces(self, self.pieces, paragraph) <= 1


def _running_pieces(teaser: Teaser, pieces: Iterable[str], paragraph: Callable[[str], bool] | None = None) -> int:
    """How many of ``pieces`` (of ``teaser``) are paragraphs of running text (``paragraph``,
    default :func:`running_text`), its linked headline not counted: a headline that ends like a
    sentence ("... gegen Liam Williams!") is still the link to another page."""
    headline = _key(teaser.text)
    paragraph = paragraph or running_text
    return sum(paragraph(piece) for piece in pieces if _key(piece) != headline)


def find_teasers(tree: HtmlElement, url: str | None, canonical: str | None, page: PageElements) -> list[Teaser]:
    """Headings that link to another page (not this one, nor a place on it), or that sit in such
    a link, each with its teaser: the largest element around it that holds no other heading. Found
    once per page (``page``, the elements of ``tree``) and addresses: the page-type step and the date
    search (:func:`newsspider.extract.published.undeclared_date`) ask alike. The list is the page's
    (not to be changed)."""
    return page.remembered((find_teasers, url, canonical), lambda: _teasers(page, url, canonical))


def _teasers(page: PageElements, url: str | None, canonical: str | None) -> list[Teaser]:
    """:func:`find_teasers`, found."""
    own = _own_pages(url, canonical)
    headings = page.of(*HEADING_TAGS)
    holding = _ancestor_counts(headings)  # element -> headings inside it
    found = []
    for heading in headings:
        if heading.tag not in ("h1", "h2", "h3", "h4"):
            continue
        link = next((a for a in heading.iter("a") if a.get("href") and text_content(a).strip()), None)
        if link is None:  # <a href><h3>headline</h3><p>blurb</p></a>: the whole teaser is the link
            link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
        if link is None:
            continue
        href = join_url(url, link.get("href").strip())
        if href.startswith(("#", "javascript:", "mailto:")) or page_key(href) in own:
            continue
        block = _own_box(heading, holding)
        if part_of_page(block, href, own):
            continue
        found.append(Teaser(single_spaced(text_content(heading)), href, single_spaced(text_content(block)),
                            _pieces(block), block))
        if len(found) == MAX_TEASERS:
            break
    def listing() -> bool:  # asked only where needed
        return (_says_listing(page, url, canonical) or _headline_listed(found, page, url, canonical)
                or _query_listed(found, page))

    _widen(found, flat_units(found, holding, listing))
    _mark_feed_entries(found, own, page, listing)
    return found


def pointer_cards(page: PageElements, url: str | None, canonical: str | None) -> list[HtmlElement]:
    """Boxes, :data:`FLAT_UNITS` or more side by side (one tag, one container), each under a heading that
    links nowhere and holding one link that names nothing (:func:`_pointer_link`): a horoscope's signs, a
    TV guide's channels, a forecast's cities, each card pointing at a page of its own with an arrow."""
    own = _own_pages(url, canonical)
    headings = page.of(*HEADING_TAGS)
    holding = _ancestor_counts(headings)
    cards = []
    for heading in headings:
        if heading.tag == "h1" or next(heading.iter("a"), None) is not None or next(heading.iterancestors("a"), None) is not None:
            continue
        box = _own_box(heading, holding)
        if _pointer_link(box, heading, url, canonical, own) is not None:
            cards.append(box)
    side_by_side = Counter((box.getparent(), box.tag) for box in cards)
    return [box for box in cards if side_by_side[(box.getparent(), box.tag)] >= FLAT_UNITS]


def points_only(lines: list[str], cards: list[HtmlElement], paragraph: Callable[[str], bool] | None = None) -> bool:
    """Whether the text (``lines``) reads only inside :func:`pointer_cards` (``cards``): each holding at
    most one paragraph of running text (``paragraph``: :func:`unmarked_paragraphs`, or
    :func:`running_text`), as a teaser's blurb, and no paragraph outside them (an intro, a story's text).
    A page of such cards and nothing that reads is a grid pointing at other pages, as a list of teasers
    is (the caller asks that it names no author and dates nothing, as a story does)."""
    if len(cards) < FLAT_UNITS:
        return False
    paragraph = paragraph or running_text
    pieces: set[str] = set()
    for card in cards:
        texts = _pieces(card)
        heading = _key(text_content(next(card.iter(*HEADING_TAGS))))
        if sum(paragraph(text) for text in texts if _key(text) != heading) > 1:
            return False  # the card's heading names it, however long
        pieces.update(map(_key, texts))
    return not any((paragraph(line) or prose(line)) and _key(line) not in pieces for line in lines)


def _pointer_link(box: HtmlElement, heading: HtmlElement, url: str | None, canonical: str | None,
                  own: Collection[str]) -> HtmlElement | None:
    """The link of a heading's ``box`` (holding no other heading) that names nothing: the box's one link,
    its text no letter nor digit (an arrow, "»", "→", "+"), standing as a block or a line of its own and
    leading to another page of this site that is no page of this one (not under its address, not a
    picture): a sign's, a channel's or a city's card pointing at its own page, as a "more" link does.
    Such a link has no name but what its box is headed with, so the box is a teaser for that page, as
    one whose heading links there. A link with words ("Read also: <headline>", a source's name) names
    its own page; an arrow to the top of the page, a share icon to another site, a live update's
    permalink under the story's address, point at no other page of this site."""
    links = [link for link in box.iter("a") if link.get("href")]
    if len(links) != 1 or box is heading:
        return None
    link = links[0]
    text = text_content(link).strip()
    if not text or any(char.isalnum() for char in text) or _inside(link, heading):
        return None
    holder = link.getparent()
    if holder is not box and single_spaced(text_content(holder)) != single_spaced(text_content(link)):
        return None  # inside a paragraph's text: a mark in a sentence, no pointer of the box's
    href = link.get("href").strip()
    if href.startswith(("#", "javascript:", "mailto:")) or other_site(href, (url, canonical)):
        return None
    path = page_key(join_url(url, href))
    if path in own or _under_story(path, own) or _IMAGE_FILE.search(path):
        return None
    return link


def part_of_page(box: HtmlElement, href: str, own: Collection[str]) -> bool:
    """Whether a linked heading's ``box`` is a part of this page (``own``: their :func:`page_key`),
    not a teaser for another: a live page's update carrying its permalink (a link to its own anchor,
    ``<article id=u1><a href="#u1">``: the element named holds the link) whose heading leads to this page or
    under its address (the update's own page; an archive's entry, ``<article id=post-12>`` linking "#post-12",
    whose heading leads to its story elsewhere, is a teaser for that story), or a photo of a photo story
    linking to its own page (``href``: the image file itself, or a page under this page's address
    named after an image the box shows, a gallery's attachment page, where this page's address is a
    story's, not a section's: :func:`~newsspider.extract.headline.names_section`). A teaser for
    another story links to that story."""
    path = page_key(href)
    if holds_its_permalink(box) and any(key and (path == key or path.startswith(key + "/")) for key in own):
        return True
    if _IMAGE_FILE.search(path):
        return True
    name = path.rpartition("/")[2]
    if not _under_story(path, own):
        return False
    for image in box.iter("img"):
        stem = _IMAGE_FILE.sub("", page_key(join_url(href, (image.get("src") or "").strip())).rpartition("/")[2])
        if stem == name or stem.startswith(name + "-"):  # WordPress: photo-1-640x480.jpg
            return True
    return False


# A photo story shows at least this many captioned photos of its own (one photo is an article's picture).
PHOTO_STORY_FIGURES = 2
# Where a page's captions are none of its story's: its navigation, asides and footer.
_OUTSIDE_STORY = frozenset({"nav", "aside", "footer"})


def _under_story(path: str, own: Collection[str]) -> bool:
    """Whether the page at ``path`` (a :func:`page_key`) lies under this page's address (``own``)
    where that is a story's: a page of this story's own (a photo's, an update's). A section's
    address ("/politics", "/gallery/") names no story: its entries lie under it
    (:func:`~newsspider.extract.headline.names_section`)."""
    parent, _, name = path.rpartition("/")
    return bool(name) and any(key and (parent + "/").startswith(key + "/") and not names_section(key) for key in own)


def story_captions(page: PageElements, url: str | None, canonical: str | None) -> list[HtmlElement]:
    """The captions of the page's own photos: the ``<figcaption>`` of each ``<figure>`` showing a
    picture, outside navigation, asides and footers, whose links lead nowhere but to this page, the
    photo itself or its own page (:func:`part_of_page`: a photo story's attachment pages). A
    figure linking to another page is a teaser's card, its caption a blurb."""
    own = _own_pages(url, canonical)
    found = []
    for caption in page.of("figcaption"):
        figure = next(caption.iterancestors("figure"), None)
        if figure is None or next(figure.iter("img", "picture"), None) is None:
            continue
        if any(ancestor.tag in _OUTSIDE_STORY for ancestor in figure.iterancestors()):
            continue
        hrefs = (join_url(url, href) for href in ((link.get("href") or "").strip() for link in figure.iter("a"))
                 if href and not href.startswith(("#", "javascript:", "mailto:")))
        if all(page_key(href) in own or part_of_page(figure, href, own) for href in hrefs):
            found.append(caption)
    return found


def photo_story(captions: list[str], read: TextShape) -> bool:
    """Whether the texts of a page's own photos' ``captions`` (:func:`story_captions`) make its story:
    :data:`PHOTO_STORY_FIGURES` or more of them read as running text (:func:`captions_tell`) and
    together hold more than the page's own text read without them, which holds no body of its own
    (``read``: :func:`own_shape`; trafilatura drops every ``<figure>``, and may read a sidebar for the
    story). A story read in paragraphs is told there: its gallery's captions, however long, illustrate it."""
    return not read.body and captions_tell(captions) and sum(map(len, captions)) > read.own


def captions_tell(captions: list[str]) -> bool:
    """Whether :data:`PHOTO_STORY_FIGURES` or more of the ``captions``' texts read as running text: the
    test of :func:`photo_story` the captions answer alone, asked before the page's teasers are looked
    for (most pages' captions are credits and labels)."""
    return sum(map(running_text, captions)) >= PHOTO_STORY_FIGURES


def own_shape(text: str, teasers: list[Teaser]) -> TextShape:
    """What ``text`` is made of, its ``teasers`` for other pages apart (:func:`text_shape`)."""
    return text_shape([line.strip() for line in text.splitlines() if line.strip()], teasers)


def own_chars(text: str, teasers: list[Teaser]) -> int:
    """How much of ``text`` is the page's own, its ``teasers`` for other pages not counted (:func:`text_shape`)."""
    return own_shape(text, teasers).own


def with_captions_as_text(tree: HtmlElement, captions: list[HtmlElement]) -> HtmlElement:
    """A copy of ``tree`` whose figures holding ``captions`` (its own) are their captions alone, as
    blocks of the story's text (the picture, its link and its heading, a link to the photo's own
    page, left out): read so, a photo story's text is its captions, in order."""
    chosen = set(captions)
    marked = {at for at, caption in enumerate(tree.iter("figcaption")) if caption in chosen}
    copied = deepcopy(tree)
    for at, caption in enumerate(list(copied.iter("figcaption"))):
        figure = next(caption.iterancestors("figure"), None) if at in marked else None
        if figure is not None and figure.getparent() is not None:
            caption.tag = "div"
            caption.tail = figure.tail
            figure.getparent().replace(figure, caption)
    return copied


def holds_its_permalink(box: HtmlElement) -> bool:
    """Whether ``box`` holds a link to an element of it holding the link: a live page's update
    carrying its permalink (``<article id=u1><a href="#u1">``), a part of this page however its
    heading links elsewhere (:func:`_links_its_holder`)."""
    return any(_links_its_holder(link, box) for link in box.iter("a"))


def _links_its_holder(link: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``link`` leads to an element of ``box`` holding it (``<article id=u1><a href="#u1">``:
    an update's permalink). An anchor of an element beside it (a share menu or tab it opens,
    ``<a href="#share-1">`` by ``<div id=share-1>``) is in every entry of a list."""
    anchor = (link.get("href") or "").strip()
    if not anchor.startswith("#") or len(anchor) == 1:
        return False
    for element in link.iterancestors():
        if element.get("id") == anchor[1:]:
            return True
        if element is box:
            return False
    return False


def _ancestor_counts(elements: Iterable[HtmlElement]) -> dict[HtmlElement, int]:
    """Element -> how many of ``elements`` it holds."""
    holding: dict[HtmlElement, int] = {}
    for element in elements:
        for ancestor in element.iterancestors():
            holding[ancestor] = holding.get(ancestor, 0) + 1
    return holding


def _own_box(element: HtmlElement, holding: dict[HtmlElement, int]) -> HtmlElement:
    """The largest element around ``element`` that holds no other of the elements ``holding`` counts."""
    box = element
    while (parent := box.getparent()) is not None and holding.get(parent, 0) == 1:
        box = parent
    return box


def _widen(teasers: list[Teaser], units: dict[HtmlElement, list[HtmlElement]]) -> None:
    """Each of the ``teasers`` given a unit (:func:`flat_units`) with it: its elements and pieces."""
    for teaser in teasers:
        if units.get(teaser.element):
            teaser.unit = units[teaser.element]
            teaser.pieces = teaser.pieces + [piece for element in teaser.unit for piece in _unit_pieces(element)]


def flat_units(teasers: list[Teaser], holding: dict[HtmlElement, int],
               listing: Callable[[], bool] | None = None) -> dict[HtmlElement, list[HtmlElement]]:
    """A listing's entries that have no box each (a blog's archive: "<h2><a>title</a></h2>
    <time>...</time><p>blurb</p><h2><a>title</a></h2>..." in one container): each teaser's box (its
    heading, or an element showing it alone) and the elements that follow it up to the next heading
    (``holding``: element -> headings, and :func:`line_teasers`' lines, inside it). At least
    :data:`FLAT_UNITS` teasers whose box shows their heading alone (:func:`pointer_heading`s, set
    in a story, are none), side by side in one container, their boxes of one tag, no other heading
    between them, and no text before the first but a heading (a listing's container opens with
    its entries, or its name; a story's opens with the story, however few or unmarked its
    paragraphs: teasers appended to it, or subheadings linking elsewhere, come after it), unless the
    page says it is a listing (``listing``, asked only then: :func:`_says_listing`): there text before
    them is the listing's description (a tag's SEO text, an author's bio), and a story filed at such an
    address is still told where its own body outweighs them (:func:`page_type`)."""
    by_parent: dict[HtmlElement, list[HtmlElement]] = {}
    for teaser in teasers:
        box = teaser.element
        if (box is not None and box.getparent() is not None and _key(teaser.block) == _key(teaser.text)
                and not pointer_heading(box)):
            by_parent.setdefault(box.getparent(), []).append(box)
    units: dict[HtmlElement, list[HtmlElement]] = {}
    for parent, boxes in by_parent.items():
        if len(boxes) < FLAT_UNITS or len({box.tag for box in boxes}) > 1:
            continue
        opening = set(boxes)
        children = [child for child in parent if isinstance(child.tag, str)]
        first = min(children.index(box) for box in opening)
        last = max(children.index(box) for box in opening)
        if any((child.tag in HEADING_TAGS or holding.get(child, 0)) and child not in opening
               for child in children[first:last]):
            continue  # a story's own subheadings between them
        if ((parent.text or "").strip() or any(
                (child.tail or "").strip() or (child.tag not in (*HEADING_TAGS, *UNSEEN_TAGS) and _unit_pieces(child))
                for child in children[:first])) and not (listing and listing()):
            continue  # the story's own text first: its trailing teasers
        current: list[HtmlElement] | None = None
        for child in children[first:]:
            if child in opening:
                current = units.setdefault(child, [])
            elif child.tag in HEADING_TAGS or holding.get(child, 0):
                current = None
            elif current is not None:
                current.append(child)
    return units


LABELLED_TEASERS = 3
"""A page lists its own subject where at least this many of its teasers, and half of them, link back to the
page itself (:func:`lists_its_headline`): three, as many as a flat listing's entries (:data:`FLAT_UNITS`)."""


def lists_its_headline(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page is the list of what it names itself: :data:`LABELLED_TEASERS` or more of its teasers
    (:func:`find_teasers`), and half of them, carry a link back to this very page besides their headline's
    (an author's page, where each story's byline links to it, ``rel=author``; a tag's, where each teaser's
    label links to it). A story's related teasers carry their own bylines and labels, which link to those
    authors' and topics' pages, never back to the story. (A teaser's line that merely reads as the page's
    ``<h1>`` tells nothing: a profile headlined with a person's name lists stories labelled with it.)
    Found once per page (``page``, the elements of ``tree``) and addresses."""
    return page.remembered((lists_its_headline, url, canonical),
                           lambda: _headline_listed(find_teasers(tree, url, canonical, page), page, url, canonical))


def _headline_listed(teasers: list[Teaser], page: PageElements, url: str | None, canonical: str | None) -> bool:
    """:func:`lists_its_headline` of the page's ``teasers`` (a flat listing's entries before or after
    they are given their units: an entry's heading stands with what follows it either way)."""
    if len(teasers) < LABELLED_TEASERS:
        return False
    own = _own_pages(url, canonical)
    names = _names(page)
    labelled = sum(_links_back(teaser, own, url, names) for teaser in teasers)
    return labelled >= LABELLED_TEASERS and 2 * labelled >= len(teasers)


def _names(page: PageElements) -> list[str]:
    """The keys of the names the page gives itself: its ``<h1>`` s' and ``<title>``'s texts."""
    return [_key(page.text(element)) for element in page.of("h1", "title")]


def shows_its_query(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page shows the words it was searched for (:func:`_shows_its_query`) over
    :data:`LABELLED_TEASERS` or more teasers (:func:`find_teasers`): a search's results. Found once per page."""
    return page.remembered((shows_its_query, url, canonical),
                           lambda: _query_listed(find_teasers(tree, url, canonical, page), page))


def _query_listed(teasers: list[Teaser], page: PageElements) -> bool:
    """:func:`shows_its_query` of the page's ``teasers``."""
    return len(teasers) >= LABELLED_TEASERS and _shows_its_query(page, _names(page))


_QUERY_INPUTS = frozenset({"search", "text"})
"""The types of a form's ``<input>`` a visitor types a search's words into (no type is ``text``)."""


def _shows_its_query(page: PageElements, names: Collection[str]) -> bool:
    """Whether the page shows the words it was asked for: a form sent by GET to an address (a search's; a
    comment's or a newsletter's sign-up is POSTed, a script's widget names no ``action``) whose text or
    search field, in sight, holds words the page names itself by (inside its ``<h1>`` or ``<title>``,
    ``names``): a search's results, "sejm" in the box and the heading. A story's search box stands empty
    (a hint to type is its ``placeholder``, no value); a field hidden from sight carries a script's data
    (abc.es's share-by-mail form keeps the section's name, "sociedad", in one)."""
    for field_ in page.of("input"):
        value = _key(field_.get("value") or "")
        if (not value or not any(char.isalpha() for char in value)
                or (field_.get("type") or "text").strip().lower() not in _QUERY_INPUTS):
            continue
        form = next(field_.iterancestors("form"), None)
        if (form is not None and _sent_to_address(form) and not hidden_from_sight(field_)
                and any(holds_words(name, value) for name in names)):
            return True
    return False


def _sent_to_address(form: HtmlElement) -> bool:
    """Whether a ``<form>`` is sent by GET to an address, as a search's is: a comment's or a newsletter's
    sign-up is POSTed, and a script's widget names no ``action``, or one on the page itself (``#``,
    ``#search``) or a script (``javascript:``), which handles what is typed where it stands."""
    action = (form.get("action") or "").strip().lower()
    return ((form.get("method") or "get").strip().lower() == "get" and bool(action)
            and not action.startswith(("#", "javascript:")))


def lists_itself(tree: HtmlElement, page: PageElements, url: str | None, meta: PageMetadata,
                 prints_date: Callable[[], bool] | None = None) -> bool:
    """Whether the page is the list of what it names itself, read again without its teasers where only a
    long body of its own makes it a story (no short story's rescue): its teasers link back to it
    (:func:`lists_its_headline`), or, on a page that neither declares a date nor prints one by its headline
    (``prints_date``), its ``<h1>`` bylines its teasers (:func:`bylines_its_headline`) or it shows the words
    it was searched for (:func:`shows_its_query`). A story dates itself: a widget's field prefilled with a
    word of its headline (a weather box's city, a topic to follow, a search box keeping the section's name)
    shows no search's query there, nor where its ``<h1>`` heads a story of its own
    (:func:`_composes_a_story`)."""
    return lists_its_headline(tree, page, url, meta.canonical) or (
        not meta.dated and (bylines_its_headline(tree, page, url, meta.canonical)
                            or shows_its_query(tree, page, url, meta.canonical))
        and not (prints_date is not None and prints_date())
        and not _composes_a_story(tree, page, url, meta.canonical))


def _composes_a_story(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page's ``<h1>`` heads a story of its own: a composition of its own
    (:func:`composes_its_headline`) at an address naming no listing (:func:`_listing_address`). An author's,
    a search's or a topic's page that sets its heading and its bio or intro in an ``<article>`` of their
    own, its entries outside, says what it is by its address ("/author/jane-doe/", "/search?q=sejm")."""
    return not _listing_address(url, canonical) and composes_its_headline(tree, page, url, canonical)


def composes_its_headline(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page's ``<h1>`` heads a composition of its own: it stands in an ``<article>`` (HTML's
    self-contained composition, a story's element) that holds :data:`BODY_PARAGRAPHS` or more ``<p>`` of
    running text (:func:`_own_paragraph`) and none of the page's teasers (:func:`listing_teasers`). A story
    that dates nothing tells itself so beside a search box prefilled with a word of its headline, or over
    its subject's other stories bylined with the name it is headlined with; an author's or a search's page
    lists its entries under its heading, in the element holding it or beside it, never holding a story.
    Found once per page and addresses."""
    def composes() -> bool:
        boxes = [box for h1 in page.of("h1") if (box := next(h1.iterancestors("article"), None)) is not None]
        if not boxes:
            return False
        teasers = [element for teaser in listing_teasers(tree, url, canonical, page)
                   for element in (teaser.element, *teaser.unit) if element is not None]
        return any(sum(_own_paragraph(page, p) for p in box.iter("p")) >= BODY_PARAGRAPHS
                   and not any(element is box or _inside(element, box) or _inside(box, element)
                               for element in teasers)
                   for box in boxes)
    return page.remembered((composes_its_headline, url, canonical), composes)


def _inside(element: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``element`` stands inside ``box``."""
    return any(ancestor is box for ancestor in element.iterancestors())


def _own_paragraph(page: PageElements, paragraph: HtmlElement) -> bool:
    """Whether a ``<p>`` is a paragraph of the page's own running text: it is not mostly a link's text (a
    "read also" line's: :func:`own_text`) and ends like a sentence (:func:`running_text`; in a script that
    ends its sentences with no mark, Thai or Lao, any text)."""
    text = own_text(page, paragraph)
    return bool(text) and may_run(text)


def own_text(page: PageElements, paragraph: HtmlElement) -> str:
    """A paragraph's text (whitespace collapsed), or "" where most of it is its links' text (another page's
    headline, a "read also" line)."""
    text = single_spaced(page.text(paragraph))
    linked = sum(len(single_spaced(page.text(link))) for link in paragraph.iter("a"))
    return "" if 2 * linked >= len(text) else text


def bylines_its_headline(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether :data:`LABELLED_TEASERS` or more of the page's teasers (:func:`find_teasers`), and half of them,
    carry the page's ``<h1>`` as their byline (:func:`_bylined`): an author's page, their name as its heading
    and under each of their stories' headlines, whether or not the name links anywhere. Asked of a page that
    neither declares nor prints a date by its headline (a story about a person, headlined with their name,
    dates itself; its list of their other stories may byline them). Found once per page and addresses."""
    def bylined() -> bool:
        teasers = find_teasers(tree, url, canonical, page)
        headlines = {key for element in page.of("h1") if (key := _key(page.text(element)))}
        count = sum(_bylined(teaser, headlines) for teaser in teasers) if headlines else 0
        return count >= LABELLED_TEASERS and 2 * count >= len(teasers)
    return page.remembered((bylines_its_headline, url, canonical), bylined)


def _bylined(teaser: Teaser, headlines: Collection[str]) -> bool:
    """Whether a teaser's byline is the page's ``<h1>`` (``headlines``: their keys): a line of its own
    after its headline reading as the page's heading, an author's name over their page's list of their
    stories. A kicker over a related teaser's headline may name a story's subject (a story headlined
    with a person's name, its related teasers labelled with it): it stands before the headline."""
    headline = _key(teaser.text)
    pieces = [_key(piece) for piece in teaser.pieces]
    after = pieces[pieces.index(headline) + 1:] if headline in pieces else []
    return any(piece in headlines for piece in after)


def _links_back(teaser: Teaser, own: Collection[str], url: str | None, names: Collection[str]) -> bool:
    """Whether a teaser carries a link to the page itself (``own``: its :func:`page_key` s), not to a place on it
    nor to another view of it (:func:`_names_page_itself`), by the name the page gives itself (a byline's
    author's, a label's topic's, inside one of the page's ``names``: its ``<h1>`` s' and ``<title>``'s texts).
    A share or copy button, a "full version" link, templated on each teaser of a story's with the story's own
    address, names no subject of the page's."""
    elements = [element for element in (teaser.element, *teaser.unit) if element is not None]
    if len(elements) == 1 and elements[0].tag in HEADING_TAGS:  # a flat entry's heading: what follows it to the next
        for sibling in elements[0].itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADING_TAGS or any(True for _ in sibling.iter(*HEADING_TAGS)):
                break
            elements.append(sibling)
    for element in elements:
        for link in element.iter("a"):
            href = (link.get("href") or "").strip()
            if (href and not href.startswith(("#", "javascript:", "mailto:"))
                    and _names_page_itself(join_url(url, href), own, url)
                    and (text := _key(text_content(link))) and any(text in name for name in names)):
                return True
    return False


def _names_page_itself(address: str, own: Collection[str], url: str | None) -> bool:
    """Whether ``address`` (joined) is the page itself (``own``: its :func:`page_key` s) as a byline's or a label's
    link names it: with no fragment (a place on the page: a live page's entry's permalink "#post-12", a story's
    "#comments" or "#top") and no query but the page's own (another view of it: an entry's "?entry=5", a share
    button's "?share=facebook", a comments page's "?page=2"), nor the site's front page (a site's name in each
    teaser links there; a story whose canonical link is, wrongly, the front page's is no list of its own)."""
    parts = split_url(address)
    key = page_key(address)
    return bool(key) and not parts.fragment and parts.query in ("", split_url(url).query) and key in own


def _listing_address(url: str | None, canonical: str | None) -> bool:
    """Whether the page's address or its canonical one names a listing (a tag's, an author's, a search's:
    :func:`~newsspider.extract.addresses.names_listing`)."""
    return names_listing(url) or (canonical is not None and names_listing(join_url(url, canonical)))


def _says_listing(page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page says it is a listing: its address names one (:func:`_listing_address`), or its
    JSON-LD declares a collection (``CollectionPage``, ``SearchResultsPage``, ``ProfilePage``) and no
    article (read once per page, and only where asked: a few pages' teasers ask)."""
    return _listing_address(url, canonical) or declares_listing(page)


def _mark_feed_entries(teasers: list[Teaser], own: Collection[str], page: PageElements,
                       listing: Callable[[], bool] | None = None) -> None:
    """Marks the ``teasers`` that are a feed's entries (``feed_entry``), whatever text each shows:
    at least :data:`FLAT_UNITS` side by side (boxes of one tag in one container, or :func:`flat_units`'
    units), each leading to a page of its own that lies not under this page's address (``own``:
    :func:`_under_story`, a live page's updates' pages) and carrying a date of its own (its first
    ``<time datetime>``), newest first, on at least :data:`FLAT_UNITS` different days, with no story's
    lead before them (:func:`_story_lead`: ``page``, the page's elements). A blog's front page, a
    category page or a planet of blogs lists its posts so, each showing its start: other
    publications. A story's sections carry no dates of their own; a story told in dated sections
    (a chronology, a week's roundup) tells its days in the order they came; a live page or a "what
    we know" timeline whose updates, newest first, link to other stories tells its story under its
    headline first, whatever its address looks like, unless the page says it is a listing (``listing``,
    asked only then: :func:`_says_listing`): a tag's SEO text or an author's bio of two paragraphs
    describes the entries of a tag's or an author's page under its name."""
    groups: dict[tuple[HtmlElement, str, bool], list[tuple[Teaser, datetime]]] = {}
    for teaser in teasers:
        box, moment = teaser.element, _entry_moment(teaser)
        if box is not None and (parent := box.getparent()) is not None and moment is not None:
            groups.setdefault((parent, box.tag, bool(teaser.unit)), []).append((teaser, moment))
    for members in groups.values():
        moments = [moment for _, moment in members]
        paths = {page_key(teaser.href) for teaser, _ in members}
        if (len(members) < FLAT_UNITS or len(paths) < len(members) or len({m.date() for m in moments}) < FLAT_UNITS
                or any(later > earlier for earlier, later in pairwise(moments))
                or any(_under_story(path, own) for path in paths)
                or (_story_lead(page, members[0][0].element, teasers, own) and not (listing and listing()))):
            continue
        for teaser, _ in members:
            teaser.feed_entry = True


def _story_lead(page: PageElements, first: HtmlElement | None, teasers: list[Teaser], own: Collection[str]) -> bool:
    """Whether the page's headline (an ``<h1>`` that links nowhere but to this page, ``own``: its
    permalink; a blog's or a site's name links home) stands over at least :data:`BODY_PARAGRAPHS`
    paragraphs of running text of its own before ``first`` (the first of a list's entries, in page
    order; subheadings may stand between them, not the paragraphs of navigation, asides and footers,
    nor a blurb of one of the page's other ``teasers``): a story's lead, its dated updates after it (a
    live page, a timeline). A listing's name stands over its entries, or over one paragraph describing
    it (a section's, a tag's, a blog's)."""
    entries = {element for teaser in teasers for element in (teaser.element, *teaser.unit)
               if element is not None and next(element.iter("h1"), None) is None}
    lead: int | None = None  # the paragraphs of running text under the latest headline; None under none
    for element in page.tree.iter():  # in page order, up to the first entry
        if element is first or (lead is not None and lead >= BODY_PARAGRAPHS):
            break
        if element.tag == "h1":
            hrefs = [(link.get("href") or "").strip() for link in chain(element.iter("a"), element.iterancestors("a"))]
            lead = None if any(href and not href.startswith("#") and page_key(href) not in own for href in hrefs) else 0
        elif (lead is not None and element.tag == "p" and running_text(single_spaced(page.text(element)))
              and not any(ancestor.tag in _OUTSIDE_STORY or ancestor in entries for ancestor in element.iterancestors())):
            lead += 1
    return lead is not None and lead >= BODY_PARAGRAPHS


def _entry_moment(teaser: Teaser) -> datetime | None:
    """The moment of a teaser's own date: its first ``<time>``'s ``datetime`` (ISO 8601), in UTC
    without its offset where it states one; None for none or another form, or a placeholder that
    UTC puts beyond the calendar (year 1 with its zone's offset, .NET's ``DateTime.MinValue``)."""
    for element in (teaser.element, *teaser.unit):
        time = None if element is None else element if element.tag == "time" else next(element.iter("time"), None)
        if time is not None:
            try:
                moment = datetime.fromisoformat((time.get("datetime") or "").strip())
                return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
            except (ValueError, OverflowError):
                return None
    return None


def listing_teasers(tree: HtmlElement, url: str | None, canonical: str | None, page: PageElements) -> list[Teaser]:
    """The teasers the page type weighs and reads the page again without: under a heading
    (:func:`find_teasers`), under a line that is a link (:func:`line_teasers`) or under a picture that is
    one (:func:`figure_teasers`)."""
    return find_teasers(tree, url, canonical, page) + line_teasers(page, url, canonical) + figure_teasers(
        tree, url, canonical, page)


def figure_teasers(tree: HtmlElement, url: str | None, canonical: str | None, page: PageElements) -> list[Teaser]:
    """Teasers that are a ``<figure>`` whose picture links to another page and whose ``<figcaption>`` names
    it, in no heading (a gallery's or a video's card in a grid of them: "<figure><a href=/foto/12><img></a>
    <figcaption>headline</figcaption></figure>"), the caption the headline: at least :data:`FLAT_UNITS`
    side by side, boxes of one tag in one container, leading to as many pages. A photo story's pictures
    link to nothing, to the picture itself or to its own page under the story's (:func:`part_of_page`), to
    another site (an image host's larger picture, an agency's page) or all to one or two pages (their
    photographers'); a card set in a heading's teaser is that teaser's. Found once per page and addresses."""
    return page.remembered((figure_teasers, url, canonical), lambda: _figure_teasers(tree, page, url, canonical))


def _figure_teasers(tree: HtmlElement, page: PageElements, url: str | None, canonical: str | None) -> list[Teaser]:
    """:func:`figure_teasers`, found."""
    own = _own_pages(url, canonical)
    cards: list[tuple[HtmlElement, str, str]] = []  # the figure, its caption's text, the page it links to
    for caption in page.of("figcaption"):
        figure = next(caption.iterancestors("figure"), None)
        text = single_spaced(text_content(caption))
        if figure is None or not text or next(figure.iter(*HEADING_TAGS), None) is not None:
            continue
        target = next((join_url(url, href) for link in figure.iter("a")
                       if (href := (link.get("href") or "").strip()) and next(link.iter("img", "picture"), None) is not None
                       and not href.startswith(("#", "javascript:", "mailto:"))), None)
        if (target is None or page_key(target) in own or part_of_page(figure, target, own)
                or other_site(target, (url, canonical))):
            continue  # a larger picture on an image host, a photo agency's or a social network's page
        cards.append((figure, text, target))
    if len(cards) < FLAT_UNITS:
        return []
    headed = {element for teaser in find_teasers(tree, url, canonical, page) if teaser.element is not None
              for element in (teaser.element, *teaser.unit)}
    holding = _ancestor_counts(chain((figure for figure, _, _ in cards), page.of(*HEADING_TAGS)))
    found = []
    for figure, text, target in cards:
        if figure in headed or any(ancestor in headed for ancestor in figure.iterancestors()):
            continue
        box = _own_box(figure, holding)
        pieces = _pieces(box)
        found.append(Teaser(text, target, single_spaced(text_content(box)),
                            pieces if _key(text) in map(_key, pieces) else [text, *pieces], box))
    # side by side: their container and tag -> how many pages they lead to (each card another entry's: photos
    # all linking to their photographer's or one gallery's page are no entries), and how many captioned as no sentence reads
    targets: dict[tuple[HtmlElement | None, str], set[str]] = {}
    for teaser in found:
        if teaser.element is not None:
            targets.setdefault((teaser.element.getparent(), teaser.element.tag), set()).add(page_key(teaser.href))
    sides = Counter({side: len(pages) for side, pages in targets.items()})
    named = Counter((teaser.element.getparent(), teaser.element.tag) for teaser in found
                    if teaser.element is not None and not running_text(teaser.text))
    return [teaser for teaser in found if teaser.element is not None
            and min(sides[side := (teaser.element.getparent(), teaser.element.tag)], named[side]) >= FLAT_UNITS
            ][:MAX_TEASERS]


def line_teasers(page: PageElements, url: str | None, canonical: str | None) -> list[Teaser]:
    """Teasers whose headline is a line that is one link to another page, in no heading
    ("<a><strong>headline</strong></a>", "<p><a>headline</a></p>"), with what stands with it up
    to the next such line: in a box each (the largest element around the line holding no other
    line nor a heading, showing more than the line), or beside it in one container
    (:func:`flat_units`); at least :data:`FLAT_UNITS` side by side, boxes of one tag. A menu's or
    a link list's lines, with nothing beside them, are none; nor are lines set between a story's
    paragraphs (the story begins before them). Found once per page and addresses, as
    :func:`find_teasers`: the page-type step and the story's rescue ask alike."""
    return page.remembered((line_teasers, url, canonical), lambda: _line_teasers(page, url, canonical))


def _line_teasers(page: PageElements, url: str | None, canonical: str | None) -> list[Teaser]:
    """:func:`line_teasers`, found."""
    own = _own_pages(url, canonical)
    lines: dict[HtmlElement, tuple[str, str]] = {}  # the line -> its link's text and address
    for link, href in page.links():
        href = href.strip()
        text = single_spaced(page.text(link))
        if not href or not text or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if next(link.iter(*HEADING_TAGS), None) is not None or next(link.iterancestors(*HEADING_TAGS), None) is not None:
            continue
        target = join_url(url, href)
        if page_key(target) in own:
            continue
        line = link
        while ((parent := line.getparent()) is not None and len(parent) == 1 and not (parent.text or "").strip()
               and not (line.tail or "").strip()):
            line = parent
        lines[line] = (text, target)
    if len(lines) < FLAT_UNITS:
        return []
    holding = _ancestor_counts(chain(lines, page.of(*HEADING_TAGS)))  # element -> lines and headings inside it
    found = []
    for line, (text, target) in lines.items():
        box = _own_box(line, holding)
        pieces = _pieces(box)
        found.append(Teaser(text, target, single_spaced(text_content(box)),
                            pieces if _key(text) in map(_key, pieces) else [text, *pieces], box))
    listing = partial(_says_listing, page, url, canonical)  # asked only where needed
    units = flat_units(found, holding, listing)
    _widen(found, units)
    boxed = {id(teaser): (teaser.element.getparent(), teaser.element.tag) for teaser in found
             if not teaser.unit and teaser.element is not None and _apart(teaser)}
    boxes = Counter(boxed.values())  # boxes side by side: their container and tag
    found = [teaser for teaser in found
             if teaser.unit or (id(teaser) in boxed and boxes[boxed[id(teaser)]] >= FLAT_UNITS)][:MAX_TEASERS]
    _mark_feed_entries(found, own, page, listing)
    return found


def _apart(teaser: Teaser) -> bool:
    """Whether the teaser's box shows text apart from its headline's line (a date, a blurb in an
    element of its own), or a picture (a card's thumbnail: an e-paper's issue, its front page over
    its date): a list item that is a link and its description in one line
    ("<li><a>name</a> - what it is</li>") names another page in a story's list, no teaser."""
    headline = _key(teaser.text)
    return (any(headline not in _key(piece) for piece in teaser.pieces)
            or (teaser.element is not None and next(teaser.element.iter("img", "picture"), None) is not None))


def _unit_pieces(element: HtmlElement) -> list[str]:
    """The texts of an element beside a teaser's heading (:func:`_pieces`; an inline one's whole text)."""
    return _pieces(element) or [text for text in (single_spaced(text_content(element)),) if text]


def read_again_without_teasers(kind: str, meta: PageMetadata, holds_long_body: Callable[[], bool]) -> bool:
    """Whether a page of type ``kind`` is read again without its teasers (:func:`without_teasers`)
    for a story of its own: its text read as teasers for other pages (``listing``), or it declares
    a collection and its text holds no long body (``holds_long_body``, asked only then: a portal's
    teasers whose headlines are no headings, their blurbs read as a body, as on Wired's home page)."""
    return kind == LISTING or (meta.declares_listing and not holds_long_body())


def describes_entries(text: str, meta: PageMetadata, tree: HtmlElement, url: str | None, page: PageElements,
                      prints_date: Callable[[], bool] | None = None) -> bool:
    """Whether the page holds a description of its entries, however long, and no story of its own: it
    declares a collection (JSON-LD ``CollectionPage``, ``SearchResultsPage``, ``ProfilePage``), its teasers
    (:func:`listing_teasers`, :data:`FLAT_UNITS` or more) show more text than its ``text`` holds, and it
    neither declares a date nor prints one by its headline (``prints_date``): a topic hub's intro or an
    author's bio over their entries. A story whose template declares a collection dates itself, or, undated,
    sets its headline and its paragraphs in an ``<article>`` of their own, its related grid outside
    (:func:`_composes_a_story`)."""
    if not meta.declares_listing or meta.dated:
        return False
    teasers = [teaser for teaser in listing_teasers(tree, url, meta.canonical, page) if teaser.is_teaser()]
    return (len(teasers) >= FLAT_UNITS and sum(len(teaser.block) for teaser in teasers) > len(text)
            and not (prints_date is not None and prints_date())
            and not _composes_a_story(tree, page, url, meta.canonical))


def without_teasers(tree: HtmlElement, url: str | None, canonical: str | None,
                    paragraph: Callable[[str], bool] | None = None) -> HtmlElement | None:
    """A copy of ``tree`` without its teasers for other pages (each holding at most one paragraph
    of running text), or None when it has none: where a page whose text read as teasers keeps
    a story of its own that the text missed (trafilatura took the page's largest block, a grid of
    teasers, for its story). A tag page's copy is left with its chrome only. ``paragraph``: what
    reads as running text on the page (:func:`unmarked_paragraphs`)."""
    copied = deepcopy(tree)
    teasers = [teaser for teaser in listing_teasers(copied, url, canonical, PageElements(copied)) if teaser.is_teaser(paragraph)]
    for teaser in teasers:
        for element in (teaser.element, *teaser.unit):
            if element is not None and element.getparent() is not None:
                element.drop_tree()
    return copied if teasers else None


def unmarked_paragraphs(text: str, title: str | None, linked: Callable[[], set[str]]) -> Callable[[str], bool] | None:
    """What reads as a paragraph of running text where ``text`` is in a script that ends its
    sentences with no mark (Thai, Lao: :data:`UNMARKED_SENTENCE_SCRIPTS`) and no line's end tells
    a paragraph from a headline: besides :func:`running_text`, a line of more letters than the
    page's ``title`` (its headline, site name and all: a headline is one sentence, a paragraph
    holds several; digits and signs are a date line's) that is neither the whole text of a link
    to another page (``linked``: :func:`link_texts`; another story's headline) nor a table's row
    (trafilatura's "| ... |": a layout table's cells run together). None elsewhere, or without a
    title: the line's end decides. Such paragraphs make a body only one after another as the text
    was read, the lines of links between them not taken out (a tag page's blurbs are one after
    another once they are)."""
    if not title or dominant_script(text) not in UNMARKED_SENTENCE_SCRIPTS:
        return None
    headline, links = _letters(title), linked()
    return lambda line: running_text(line) or (
        not line.startswith("|") and _letters(line) > headline and _key(line) not in links)


def _letters(text: str) -> int:
    """How many letters ``text`` holds, with the marks that write vowels and tones (Thai, Lao)."""
    return sum(1 for char in text if char.isalpha() or unicodedata.category(char)[0] == "M")


def longest_body(text: str, paragraph: Callable[[str], bool] | None = None, links: Collection[str] = ()) -> str:
    """The longest run of at least :data:`BODY_PARAGRAPHS` paragraphs of running text in a row
    ("" for none): a story's text, where a listing's left-overs are an intro line, a footer, a
    consent notice. A paragraph of :func:`prose` is running text whatever it ends with (a script,
    or a style, that ends no paragraph with a mark), and so is what ``paragraph`` reads as one
    (:func:`unmarked_paragraphs`). One line is no body, however many sentences
    it holds: trafilatura reads a page it finds no story on flattened into one line, its menus,
    bylines and notices run together into sentences. A label and a link to another page
    between two paragraphs ("Czytaj także: <headline>", ``links``: :func:`link_texts`) neither
    ends a run nor counts in it: portals set one between every few paragraphs of a story."""
    paragraph = paragraph or running_text
    longest = max(map(len, links), default=0)
    runs: list[list[str]] = [[]]
    for line in (line.strip() for line in text.splitlines()):
        if line and (paragraph(line) or prose(line)):
            runs[-1].append(line)
        elif line and not (links and labelled_link(line, links, longest)):
            runs.append([])
    return max(("\n".join(run) for run in runs if len(run) >= BODY_PARAGRAPHS), key=len, default="")


def labelled_link(line: str, links: Collection[str], longest: int | None = None) -> bool:
    """Whether ``line`` is a label and then the whole text of a link (``links``: their ``_key``
    texts; ``longest``: the longest's length, where the caller asks for many lines): the label
    shorter than the link's text and ending no sentence ("Czytaj także:", "Read more",
    "相关阅读："): a pointer to another story, no text of this one."""
    key = _key(line)
    # Only a separator near the line's end can set off a link's text (no longer than the longest
    # link's), and only one before the middle a label shorter than it: a flattened page's one long
    # line is not searched from each of its spaces.
    if longest is None:
        longest = max(map(len, links), default=0)
    for at in range(max(0, len(key) - longest - 2), len(key)):
        if 2 * at >= len(key) - 1:
            break
        char = key[at]
        if char.isspace() or char in ":：":
            rest = key[at + 1:].strip()
            if rest in links:
                label = key[:at + 1].strip()
                return bool(label) and len(label) < len(rest) and not running_text(label)
    return False


def pointer_heading(heading: HtmlElement, entries: Collection[HtmlElement] = ()) -> bool:
    """Whether ``heading`` is a label and then a link to another page ("Czytaj także: <a>headline</a>",
    :func:`labelled_link`): a pointer to another story set in a story, no entry of a list (a
    teaser's heading is its link's text, or a kicker and its link's text over its blurb: one in
    ``entries``, :func:`teaser_entries`)."""
    if entries and any(ancestor in entries for ancestor in heading.iterancestors()):
        return False
    links = {_key(text_content(link)) for link in heading.iter("a") if link.get("href")}
    return bool(links) and labelled_link(text_content(heading), links)


def teaser_entries(teasers: Iterable[Teaser], paragraph: Callable[[str], bool] | None = None) -> set[HtmlElement]:
    """The elements of the ``teasers`` that hold text besides their heading (a blurb, a date line)
    and at most one paragraph of running text (:meth:`Teaser.is_teaser`, ``paragraph``:
    :func:`unmarked_paragraphs`): a list's entries, whatever stands before their link in the
    heading ("Sport: <a>headline</a>"); a pointer set in a story is its heading alone, or a heading
    among the story's paragraphs."""
    return {element for teaser in teasers if teaser.element is not None
            and (_key(teaser.block) != _key(teaser.text) or teaser.unit) and teaser.is_teaser(paragraph)
            for element in (teaser.element, *teaser.unit)}


def _pieces(block: HtmlElement) -> list[str]:
    """The texts of the innermost block elements of a teaser (its heading, date line, blurb)."""
    pieces: list[str] = []
    for element in block.iter(*_BLOCK_TAGS):
        if not any(True for _ in element.iterdescendants(*_BLOCK_TAGS)):
            pieces.extend(text for text in map(single_spaced, _paragraph_texts(element)) if text)
    return pieces


def _paragraph_texts(element: HtmlElement) -> list[str]:
    """The element's text, split where two line breaks or more end a paragraph ("one.<br><br>two.":
    a text written without <p>, as idw-online's press releases); a single <br> (a line of an
    address, a headline on two lines) ends none. Outside headings: a headline is one line."""
    if element.tag in HEADING_TAGS or next(element.iter(*_LINE_BREAKS), None) is None:
        return [text_content(element)]
    broken = _LINE_BREAK.join(line.text for line in text_lines(element, _LINE_BREAKS))
    return [text.replace(_LINE_BREAK, " ") for text in _PARAGRAPH_BREAK.split(broken)]


def page_key(address: str) -> str:
    """The path without a trailing slash: one page, however linked (a page's links to itself
    name its host in many ways: with or without www., http or https, a mirror's)."""
    return split_url(address).path.rstrip("/")


@dataclass
class TextShape:
    """What a page's text is made of."""

    own: int = 0        # characters of the page's own text
    teasers: int = 0    # characters of teasers for other pages
    body: bool = False  # the own text has BODY_PARAGRAPHS paragraphs of running text in a row
    run: int = 0        # the longest run of the own text's paragraphs of running text


def text_shape(lines: list[str], teasers: list[Teaser], paragraph: Callable[[str], bool] | None = None) -> TextShape:
    """What the text is made of: the pieces of teasers (heading, date line, blurb) it contains, of
    the teasers holding at most one paragraph of running text among them; the rest is the
    page's own. Runs of running-text paragraphs (``paragraph``: :func:`unmarked_paragraphs`) count
    toward a body outside teasers only."""
    paragraph = paragraph or running_text
    all_keys = [_key(line) for line in lines]  # each line's, keyed once
    # a table's row whose every cell is a piece of one teaser is that teaser's, each time it is shown
    rows = _teaser_rows(all_keys, teasers, paragraph)
    if rows and _prose_beside(lines, all_keys, rows, teasers, paragraph):
        rows = {}  # a report over its table of linked rows: the table is the story's, as read before
    keys = [key for key in all_keys if key not in rows]
    folded = " ".join(keys)
    starts, at = [], 0  # where each line begins in ``folded``
    for key in keys:
        starts.append(at)
        at += len(key) + 1
    teaser_pieces: set[str] = set()
    blocks = []
    for teaser in teasers:
        found = {key for key in map(_key, teaser.pieces) if key and _shown(key, folded, starts)}
        if teaser.feed_entry or _running_pieces(teaser, found, paragraph) <= 1:
            teaser_pieces |= found
            blocks.append(_key(teaser.block).replace(" ", ""))  # its elements' texts run together
    # a piece counts each time it is a line of the text: a blurb shown twice is no text of the page's own either
    times = Counter(keys)
    whole = len(" ".join(all_keys))
    shape = TextShape(teasers=min(sum(len(piece) * max(1, times[piece]) for piece in teaser_pieces)
                                  + sum(rows[key] for key in all_keys if key in rows), whole))
    shape.own = whole - shape.teasers
    run = 0
    for line, key in zip(lines, all_keys, strict=True):
        item = _without_item_mark(key)  # a list's entry (a most-read list's teaser) as trafilatura writes it
        unspaced = item.replace(" ", "")  # as the blocks are kept, once a line, not once a block
        if key in rows or item in teaser_pieces or any(unspaced in block for block in blocks):
            run = 0
        elif paragraph(line):
            run += 1
            shape.run = max(shape.run, run)
            shape.body = shape.body or run >= BODY_PARAGRAPHS
        else:
            run = 0
    return shape


def _teaser_rows(keys: list[str], teasers: list[Teaser], paragraph: Callable[[str], bool]) -> dict[str, int]:
    """Of the text's lines (``keys``: as ``_key`` has them), the rows of a table (trafilatura writes each
    as "| cell | cell |") whose every cell is a piece of one of the ``teasers`` holding at most one paragraph
    of running text (``paragraph``), each with its cells' characters (the borders between them are
    trafilatura's, no one's text): an event calendar's or an archive's row (its date, its time, its linked
    headline), no text of the page's own, however many times a headline or an hour repeats."""
    if not any(key.startswith("|") for key in keys):
        return {}
    pieces: dict[str, set[int]] = {}  # a teaser's piece -> the teasers showing it
    for at, teaser in enumerate(teasers):
        own = {key for key in map(_key, teaser.pieces) if key}
        if teaser.feed_entry or _running_pieces(teaser, own, paragraph) <= 1:
            for piece in own:
                pieces.setdefault(piece, set()).add(at)
    rows = {}
    for key in keys:
        if not key.startswith("|"):
            continue
        cells = [cell for cell in (_key(cell.replace("\\|", "|")) for cell in _TABLE_CELL_BORDER.split(key)) if cell]
        if cells and all(cell in pieces for cell in cells) and set.intersection(*(pieces[cell] for cell in cells)):
            rows[key] = sum(map(len, cells))
    return rows


def _prose_beside(lines: list[str], keys: list[str], rows: dict[str, int], teasers: list[Teaser],
                  paragraph: Callable[[str], bool]) -> bool:
    """Whether a line of the text (``keys``: as ``_key`` has them) outside the teaser ``rows`` and no piece
    of a teaser reads as running text (``paragraph``): a report's paragraph over its table of linked rows
    (results by constituency, a programme linking each act, a stock table) writes that table into its story,
    and a description over an event calendar reads the same; an event calendar or an archive that shows its
    rows under its headline and no prose of its own is its entries."""
    pieces = {_key(piece) for teaser in teasers for piece in teaser.pieces}
    return any(paragraph(line) for line, key in zip(lines, keys, strict=True) if key not in rows and key not in pieces)


def _without_item_mark(line: str) -> str:
    """``line`` without the mark trafilatura sets before a list item's text (``- ``, :data:`LIST_ITEM_MARKS`):
    the item's own text, as its teaser's block holds it."""
    return next((line[len(mark):] for mark in LIST_ITEM_MARKS if line.startswith(mark)), line)


def _shown(piece: str, folded: str, starts: list[int]) -> bool:
    """Whether a teaser's ``piece`` (as ``_key`` has it) is in the text (its lines, ``folded``: joined
    by a space, ``starts``: where each begins in it, in order): inside one line, or over whole lines (a
    blurb broken by a ``<br>`` is two lines of the text). A match that begins or ends inside a line
    and runs on into the next is none: a teaser's piece is one block of another page's, never the
    end of one of this page's paragraphs and the start of the next (a related story's blurb told
    in words of this story's)."""
    at = folded.find(piece)
    while at != -1:
        end = at + len(piece)
        line = bisect_right(starts, at) - 1  # the line the match begins in
        following = starts[line + 1] if line + 1 < len(starts) else len(folded) + 1
        if end < following:
            return True  # inside one line
        if starts[line] == at and (end == len(folded) or starts[bisect_right(starts, end + 1) - 1] == end + 1):
            return True  # from a line's start to a line's end
        at = folded.find(piece, at + 1)
    return False


def running_text(line: str) -> bool:
    """A paragraph that ends like a sentence (a label, headline or date line does not), also
    inside a quote closed the German, Czech or Danish way (:data:`REVERSED_CLOSING_QUOTES`)."""
    return ends_sentence(line) or ends_sentence(line.rstrip().rstrip(REVERSED_CLOSING_QUOTES))


def may_run(line: str) -> bool:
    """:func:`running_text`, or any text in a script that ends its sentences with no mark (Thai, Lao:
    :data:`UNMARKED_SENTENCE_SCRIPTS`), where a statement cannot be told from a label and is taken for one."""
    return running_text(line) or dominant_script(line) in UNMARKED_SENTENCE_SCRIPTS


def _link_list(lines: list[str], link_texts: Callable[[], set[str]]) -> bool:
    """Nothing but short lines, none of them a paragraph of prose (:func:`prose`: a blog post
    in a layout table, its menu beside it, is short lines around one long paragraph), in the
    first half none ending like a sentence (in a script that ends its sentences with no mark this
    cannot tell), and a :data:`LINKED_LINE_SHARE` of them the whole text of a link to another
    page (``link_texts``: those texts, as ``_key`` has them): a tag page's headlines. Short lines
    that link nowhere are a text's own (a poem, lyrics, an agenda, a recipe's list): emitted."""
    if len(lines) < LINK_LIST_LINES or sum(map(len, lines)) / len(lines) >= SHORT_LINE_CHARS:
        return False
    if any(prose(line) for line in lines):  # short lines around a story of one paragraph
        return False
    first_half = lines[: len(lines) // 2]
    if (dominant_script("\n".join(lines)) not in UNMARKED_SENTENCE_SCRIPTS
            and any(running_text(line) for line in first_half)):
        return False
    linked = link_texts()
    return sum(_linked_line(line, linked) for line in first_half) >= LINKED_LINE_SHARE * len(first_half)


def tabulates_only(lines: list[str], paragraph: Callable[[str], bool] | None = None, title: str | None = None) -> bool:
    """Whether the text (``lines``, as read) is a table's rows and labels, nothing that reads: at least
    :data:`DATA_ROWS` rows as trafilatura writes them ("| 18:30 | Leeds | 2 – 1 | York |"), holding most
    of its characters, and no row's cell nor other line reading as running text (``paragraph``:
    :func:`unmarked_paragraphs`, or :func:`running_text`) or as :func:`prose`. A page of fixtures and
    scores, a forecast's days, a price board or a league table tells no story (and names no author, which
    the caller asks); a report writes a paragraph beside its table, a story set in a layout table's cells
    (a timeline's events, an old site's story in one cell) writes sentences in them. A table with a cell
    that is a whole part of the page's ``title`` (its headline, its site's name) frames the page (an old site's layout table, a
    forum post's title in a row above its text), no data under it."""
    paragraph = paragraph or running_text
    parts = {_key(part) for part in _TITLE_PARTS.split(title or "")} - {""}
    rows = [line for line in lines if line.startswith("|") and _data_row(line)]
    if sum(any(char.isalnum() for char in row) for row in rows) < DATA_ROWS:
        return False
    if 2 * sum(map(len, rows)) <= sum(map(len, lines)):
        return False
    for line in lines:
        if not line.startswith("|"):
            if paragraph(line) or prose(line):
                return False
            continue
        for cell in (cell.strip() for cell in _TABLE_CELL_BORDER.split(line)):
            if cell and (prose(cell) or (paragraph(cell) and not _numbers_end(cell))):
                return False
            if _key(cell) in parts:
                return False  # the page's own headline or name in a cell: its frame
    return True


def _data_row(row: str) -> bool:
    """A table's row (trafilatura's "| a | b |") that sets two cells or more side by side: a value beside
    its label, a score between two teams. A table of one column is a layout's, not data's: a poem's
    stanzas, a story's paragraphs, a notice's lines, one a row."""
    return sum(bool(cell.strip()) for cell in _TABLE_CELL_BORDER.split(row)) >= 2


def _numbers_end(cell: str) -> bool:
    """A cell ending in a number's dot (:data:`_NUMBER_END`) that holds no more words of letters than
    numbers: a date ("31. 5. 2026.", "Montag, 7. 12.") or an ordinal, no sentence ending in a score."""
    return (_NUMBER_END.search(cell) is not None
            and len(_LETTER_WORD.findall(cell)) <= len(_NUMBER.findall(cell)))


def _linked_line(line: str, linked: set[str]) -> bool:
    """The line is a link's whole text, or a table row whose every cell is (trafilatura writes a
    layout table's rows as ``| Menü |  |``)."""
    if _key(line) in linked:
        return True
    if not line.startswith("|"):
        return False
    cells = [cell for cell in _TABLE_CELL_BORDER.split(line) if cell.strip()]
    return bool(cells) and all(_key(cell.replace("\\|", "|")) in linked for cell in cells)


def prose(line: str) -> bool:
    """A paragraph of :data:`PROSE_SENTENCES` sentences or more (sentence ends followed by more
    text, and its own end): a text to read, which a link list does not hold."""
    return len(_SENTENCE_BREAK.findall(line)) >= PROSE_SENTENCES - 1


def _own_pages(url: str | None, canonical: str | None) -> set[str]:
    """The :func:`page_key` of the page's own addresses: its URL and its canonical link."""
    return {page_key(address) for address in (url, canonical and join_url(url, canonical)) if address}


def link_texts(page: PageElements, url: str | None, canonical: str | None) -> set[str]:
    """The texts of the page's links to other pages (not to itself or a place on it), as ``_key``
    has them; found once per page (``page``) and addresses."""
    return page.remembered((link_texts, url, canonical), lambda: _link_texts(page, url, canonical))


def _link_texts(page: PageElements, url: str | None, canonical: str | None) -> set[str]:
    """:func:`link_texts`, found."""
    own = _own_pages(url, canonical)
    texts = set()
    for link, href in page.links():
        href = href.strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")) and page_key(join_url(url, href)) not in own:
            texts.add(_key(page.text(link)))
    texts.discard("")
    return texts


def _key(text: str) -> str:
    return single_spaced(text).casefold()
