"""Article extraction: trafilatura first, the page's JSON-LD article when trafilatura finds
(almost) nothing, page metadata for the record's fields, whether the page is an article at all,
and the language decision. The result is an :class:`ExtractedArticle` (or the reason there is none).

Runs in worker processes (trafilatura is not thread-safe and costs tens of ms per page), so
inputs and outputs are plain picklable values.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from copy import copy, deepcopy
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache, partial
from itertools import chain
from os.path import commonprefix
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.external import jt_stoplist_init
from trafilatura.settings import Extractor, set_date_params

from newsspider.charset import decode_html
from newsspider.dates import is_future, parse_timestamp
from newsspider.extract.addresses import other_site
from newsspider.extract.cleaning.bio import drop_author_bio, drop_author_line
from newsspider.extract.cleaning.pretitle import drop_pre_title_teasers
from newsspider.extract.cleaning.text import LIST_ITEM, LIST_ITEM_MARKS, is_punct_only
from newsspider.extract.cleaning.tree import drop_tree_chrome
from newsspider.extract.comments import reader_comments
from newsspider.extract.elements import (
    HEADING_TAGS,
    PageElements,
    first_showing,
    single_spaced,
    text_content,
    without_spaces,
)
from newsspider.extract.headline import TITLE_SEPARATOR, title_key
from newsspider.extract.inline_words import with_inline_words
from newsspider.extract.language import choose_language, text_direction
from newsspider.extract.metadata import PageMetadata, read_metadata
from newsspider.extract.options import ExtractOptions
from newsspider.extract.pagetype import (
    BODY_PARAGRAPHS,
    DATA,
    DATED,
    DESCRIPTION_PARAGRAPHS,
    FLAT_UNITS,
    SHORT_LINE_CHARS,
    UNDECLARED,
    captions_tell,
    describes_entries,
    link_texts,
    listing_teasers,
    lists_itself,
    longest_body,
    own_chars,
    own_shape,
    own_text,
    page_type,
    photo_story,
    pointer_heading,
    read_again_without_teasers,
    running_text,
    story_captions,
    teaser_entries,
    unmarked_paragraphs,
    with_captions_as_text,
    without_teasers,
)
from newsspider.extract.parse import parse_html
from newsspider.extract.published import headline_date, on_language_clock, undeclared_date
from newsspider.extract.result import ExtractedArticle, Extraction
from newsspider.extract.selectors import SiteSelectors, narrow_to_body, prune
from newsspider.extract.subheadings import (
    SUBHEADING_TAGS,
    with_block_leads,
    with_lists,
    with_opening,
    with_subheadings,
    without_title_copy,
)
from newsspider.unicode_classes import (
    BOUND_FORMAT_CHARACTERS,
    CLOSING_MARKS,
    FORMAT_CATEGORY,
    HIDDEN_MARKS,
    JOINER_STAND_INS,
    LIST_COMMAS,
    SENTENCE_ENDS,
    UNSPACED_TERMINATORS,
    WIDE_CHAR_WEIGHT,
    ends_sentence,
    restore_joiners,
    text_size,
)

logger = logging.getLogger(__name__)

# Text nodes right inside block containers (their text, and the tails of their inline children):
# where a story written without ``<p>`` keeps its prose.
_DIRECT_TEXT = etree.XPath("//div/text()[normalize-space()]|//section/text()[normalize-space()]"
                           "|//td/text()[normalize-space()]|//article/text()[normalize-space()]")

# What sets a kicker apart from the headline it runs into on one line ("Onlineversand aus Fernost : Wie ...").
_KICKER_END = re.compile(rf"\s*[:：]\s+|{TITLE_SEPARATOR.pattern}")
# A table row as trafilatura writes it ("| a | b |") whose cells are all empty: a layout table's
# spacer row, or a row of pictures and buttons; it holds no text.
_EMPTY_ROW = re.compile(r"^\|(?:[ \t]*\|)+[ \t]*(?:\n|\Z)", re.MULTILINE)

MAX_HTML_CHARS = 5_000_000
# A first-pass text with less than this share of its characters in sentence-like paragraphs gets
# a second opinion from precision mode (about a third of the benchmark's pages; tuned on its
# tuning half: 0.85 catches a fifth of the pages and half of the gain).
READS_AS_ARTICLE = 0.9
# An id or class naming a box set apart from the story: the token ``link``, or a token that starts
# or ends with ``bottom`` (page-bottom chrome), as trafilatura's precision mode discards by name
# (its PRECISION_DISCARD_XPATH). Its third test, a style holding "border", is left out: it matches
# "box-sizing: border-box" on a story's own paragraphs (htmldate-dev, a Ukrainian weather story).
SET_APART_NAME = re.compile(r"(^|\s)(link(\s|$)|bottom)|bottom(\s|$)")
# A fast-pass text shorter than this share of the page's largest block of paragraphs missed the
# story's body: the full pass takes a second look (1 of the benchmark's 181 pages). So does a text
# kept (after precision mode and the tree's chrome) this much shorter than what the page holds, and
# the full pass's reading wins where the text kept is this share of it or less.
HOLDS_SHARE = 0.5
# A page that declares an article is one with a shorter text too (a paywall's lead): this share of
# the minimum.
DECLARED_MIN_SHARE = 0.5
# A page whose text read as teasers is an article when, without them, it holds a run of running-text
# paragraphs of this many times the minimum (a long body: a story, not what a listing has left
# besides its teasers, a consent notice, an author's bio, a sidebar's blurbs). On htmldate-dev's
# tuning pages with a grid of teasers added, the stories found so ran 866-2,391 (CJK counting 3),
# the left-overs of the same pages made listings 595-767: a thin margin, fitted there.
RESCUED_BODY_SHARE = 4
# Precision mode must keep at least this share of the balanced text to be trusted with the article.
MIN_PRECISE_SHARE = 0.2
# The JSON-LD articleBody arbitrates only when some candidate agrees with it at least this well
# (teaser-only or truncated bodies agree with nothing).
JSONLD_TRUST = 0.8
# The longest one-line balanced text :func:`unflattened` cuts into the page's blocks. trafilatura flattens a
# short text (a brief, a CJK story) into one line; a longer one is a huge page read whole, where cutting at
# each of its thousands of block and link texts costs seconds a page (a 1 MB line: ~3 s) for no give-back.
MAX_UNFLATTENED_CHARS = 20_000
# A heading's last part is the headline shown with a kicker when it shares this share of its words
# with the declared title (a page may word the two apart: "Druck durch ..." / "Druck mit ...").
HEADLINE_SHARED_WORDS = 0.5
# what HTML marks as a whole story or a page's main content: a short story's own lines lie within it
_STORY_SECTIONS = ("article", "main")
# ASCII case folding only: Unicode folding reads "&zwſp;" (long s) as an entity name.
_JOINER_ENTITIES = re.compile(
    r"&(?:(zwnj|zwj|lrm|rlm|zwsp)|#(8203|8204|8205|8206|8207)|#x(200[b-f]));", re.IGNORECASE | re.ASCII)
_ENTITY_CHARS = {"zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "rlm": "\u200f", "zwsp": "\u200b"}
_SENTENCE_INSIDE = re.compile(
    f"[{re.escape(SENTENCE_ENDS)}][{re.escape(CLOSING_MARKS)}]*\\s+\\w|[{UNSPACED_TERMINATORS}][{re.escape(CLOSING_MARKS)}]*\\w")
_HIDDEN = dict.fromkeys(map(ord, HIDDEN_MARKS))
# The elements that set their text apart as a block of its own (a paragraph, an item, a caption, a
# cell, a box): :func:`unflattened` cuts a flat text at the text of each that holds none of them.
_FLAT_BLOCKS = ("p", "div", "li", "blockquote", "figcaption", "dd", "dt", "td", "th", "pre", "section", "aside",
                "header", "footer", "nav", "figure", "form", "address", "ul", "ol", "dl", "table")
_BINARY_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_BINARY_CONTROL_BYTES = bytes(code for code in range(0x80) if _BINARY_JUNK.match(chr(code)))


def extract_page(body: bytes, encoding: str, url: str, hints: dict | None = None,
                 source_language: str | None = None, options: ExtractOptions | None = None,
                 selectors: SiteSelectors | None = None, fetched_at: str | None = None,
                 encoding_from_header: bool = True) -> Extraction:
    """:func:`extract_article` of a fetched page's bytes, labelled ``encoding`` (by its Content-Type
    header, or else by Scrapy's reading of the page): decoded here, in the worker
    (``newsspider.charset``), the source's language a hint for an undeclared legacy page.
    ``fetched_at``: the fetch time as the record has it (no date of the page lies after it: a
    WARC's page is old), read here too; the crawl process would pay more to pickle the datetime
    (its zone is pickled through copyreg, in Python, every time) than to read it."""
    html, decoded_as = decode_html(body, encoding, from_header=encoding_from_header, language=source_language)
    fetched = parse_timestamp(fetched_at)
    extraction = extract_article(html, url, hints, source_language, options, selectors, fetched.aware if fetched else None)
    extraction.decoded_as = decoded_as
    return extraction


def extract_article(html: str, url: str, hints: dict | None = None, source_language: str | None = None,
                    options: ExtractOptions | None = None, selectors: SiteSelectors | None = None,
                    now: datetime | None = None) -> Extraction:
    """Extract one page. Never raises for bad input: a broken page is reported as a reason.

    ``selectors`` are the source's own hints (``body``, ``prune``): pruned elements are gone from
    the whole page, and the text (not the metadata) is read from the body selector's match.
    ``now`` is when the page was fetched (default: the wall clock): no date after it is the page's."""
    options = options or ExtractOptions()
    hints = hints or {}
    if not html or not html.strip():
        return Extraction(reason="empty_page")
    if _looks_binary(html):
        return Extraction(reason="binary_content")
    tree = parse_html(protect_joiners(html[:MAX_HTML_CHARS]))
    if tree is None:
        return Extraction(reason="unparseable_html")
    if selectors:
        prune(tree, selectors)
    page = PageElements(tree)  # one walk for the elements every step below looks for
    now = now or datetime.now(timezone.utc)
    meta = read_metadata(tree, url, page, now)
    if meta.declares_other_work:  # a job ad says so in its JSON-LD, whatever its og:type: no story, however long
        return Extraction(reason="other_work")
    jsonld = meta.jsonld
    body_tree = narrow_to_body(tree, selectors) if selectors else tree
    body = page if body_tree is tree else PageElements(body_tree)
    label_links: list[tuple[str, str]] = []  # every reading's: those of the text kept are sorted out at the end
    read, text, tree_chrome, via_jsonld = read_page_text(tree, page, body_tree, body, url, meta, options, label_links)
    if not via_jsonld:
        pictured = _photo_story_reading(text, tree, page, body_tree, body, url, meta, options, label_links)
        if pictured is not None:
            read, text, tree_chrome, via_jsonld = pictured
    def prints_date() -> bool:  # a date by the page's headline: a story's (asked of few pages)
        return headline_date(page, meta.title, url, meta.canonical) is not None

    if _shorter_than(text, options.min_text_chars * (DECLARED_MIN_SHARE if meta.declares_article else 1)) and not (
            _headed_short_text(text, read, body_tree, body, url, meta, options, prints_date)):
        return Extraction(reason="too_little_text")

    kind = page_type(text, meta, body_tree, url, body, read=read, prints_date=prints_date)

    def links() -> set[str]:  # the texts of the page's links to other pages
        return link_texts(body, url, meta.canonical)

    # what reads as running text in a script without sentence marks: found once for the text, where asked
    unmarked = cache(partial(unmarked_paragraphs, text, meta.title, links))
    # a declared collection's description of its entries, however long, is no story (asked where needed)
    described = cache(partial(describes_entries, text, meta, body_tree, url, body, prints_date))
    if kind == DATA:  # a table's rows and nothing that reads: a story the text missed is the tree's to show
        if not _shows_story(body, body, body_tree, url, meta, options, unmarked()):
            return Extraction(reason="data_page")
        kind = DATED if meta.dated else UNDECLARED
    if read_again_without_teasers(kind, meta, lambda: (_holds_long_body(text, read, options, unmarked(), links())
                                                       and not described())):
        # does the page hold a story of its own without its teasers?
        stripped = without_teasers(body_tree, url, meta.canonical, unmarked())
        if stripped is None:
            return Extraction(reason="index_page")
        own = PageElements(stripped)
        whole, whole_page = (stripped, own) if body_tree is tree else (tree, page)
        read, text, tree_chrome, via_jsonld = read_page_text(whole, whole_page, stripped, own, url, meta, options,
                                                             label_links)
        if not ((not described()
                 and _holds_long_body(text, read, options, unmarked_paragraphs(text, meta.title, links), links()))
                or (not (meta.declares_listing or lists_itself(body_tree, body, url, meta, prints_date))
                    and _shows_story(own, body, body_tree, url, meta, options, unmarked()))):
            return Extraction(reason="index_page")
        kind = DATED if meta.dated else UNDECLARED
    published = (meta.published or _hinted_date(hints.get("published"), now)
                 or undeclared_date(tree, url, meta.title, text, page, now, meta.canonical, meta.media_published))
    language = choose_language(
        text, [meta.html_lang, hints.get("language"), jsonld.language if jsonld else None, source_language],
        options.min_language_confidence,
    )
    if meta.published_wall_clock and published and published == meta.published:
        published = on_language_clock(published, language)
    text, tag_lines = _without_tag_list(text, meta.tags, links)
    if not via_jsonld:  # an article now: its story is what the element holding its headline and prose holds
        narrowed = without_outside_lines(text, body, unmarked)
        if narrowed != text:
            tag_lines, text = [*tag_lines, *_lines_dropped(text, narrowed)], narrowed
    tree_chrome = (*tree_chrome, *tag_lines)
    article = ExtractedArticle(
        canonical=meta.canonical,
        title=_headline_text(as_read(_first(meta.title, hints.get("title")))),
        authors=[as_read(name) for name in meta.authors],
        published=published,
        modified=meta.modified,
        language=language,
        direction=text_direction(text, language),
        text=as_read(text),
        description=as_read(_first(meta.description)),
        image=_first(meta.image),
        tags=[as_read(tag) for tag in meta.tags],
        site_name=as_read(meta.site_name),
        page_type=kind,
        via_jsonld=via_jsonld,
        tree_chrome=tuple(as_read(line) for line in tree_chrome),
        comments=as_read(reader_comments(tree, url, text)) if options.comments else None,
        label_links=_label_links_kept(label_links, text, tree_chrome),
    )
    return Extraction(article=article)


# The page's tags a line of its text ends with, at least, to be its tag list (:func:`_without_tag_list`):
# one may be a word of a sentence's end, two a subheading's words ("Peanut Butter Truffles", "NISSAN SENTRA"
# on pages tagged "peanut butter", "truffles"; "Nissan", "Sentra"); three in a row are a list.
MIN_LISTED_TAGS = 3
# The words of the label a tag list may open with ("Tags:", "Teqlər:", "Mga tag:", "Schlagwörter zum Thema:").
MAX_TAG_LABEL_WORDS = 3
_TAG_SEPARATORS = " \t|·•/#" + LIST_COMMAS  # a list's commas in every script, and a tag box's marks


def _without_tag_list(text: str, tags: Sequence[str], links: Callable[[], Collection[str]]) -> tuple[str, list[str]]:
    """``text`` without its lines that list the page's own ``tags`` (read from its markup: its tag
    links, keywords) as links (``links``: the texts of the page's links, single-spaced and casefolded,
    asked only of a line that lists them), after a label of :data:`MAX_TAG_LABEL_WORDS` words at most or
    none ("Teqlər: Bakı Nəqliyyat Avtobus", "ট্যাগ: কৃষি রাজশাহী আম"): the tags are the record's field, not
    the story, and the label is read in no language's words. A tag list links each tag to its topic's
    page; a line naming the same names in plain text is the story's ("Scorers: Saka, Havertz, Rice",
    "Affected: Gaza, Rafah, Khan Younis", Thai's unpunctuated "... ได้แก่ เชียงใหม่ เชียงราย ลำปาง" on pages
    tagged so). A line ending with fewer than :data:`MIN_LISTED_TAGS` of them in a row is text, and so is
    a list item (:data:`LIST_ITEM_MARKS`: one item of a list the story makes, "- 10 GB LTE Datenvolumen";
    a tag list's items are a line each). Also the lines dropped."""
    keys = {single_spaced(tag).casefold() for tag in tags if tag.strip()}
    if len(keys) < MIN_LISTED_TAGS:
        return text, []
    longest, last_letters = max(map(len, keys)), {key[-1] for key in keys}
    kept, dropped = [], []
    linked: set[str] = set()  # the links' texts without separators ("#Gaza", "Rafah,"), read where a line asks
    for line in text.split("\n"):
        if line.lstrip().startswith(LIST_ITEM_MARKS):  # one item of a list the story makes ("- 10 GB LTE Datenvolumen")
            kept.append(line)
            continue
        rest = single_spaced(line).casefold().rstrip(_TAG_SEPARATORS)
        listed: list[str] = []  # the tags it ends with, the last first
        while (found := _last_tag(rest, keys, longest, last_letters)) is not None:
            rest = rest[:-len(found)].rstrip(_TAG_SEPARATORS)
            listed.append(found)
        if len(listed) >= MIN_LISTED_TAGS and len(rest.split()) <= MAX_TAG_LABEL_WORDS:
            linked = linked or {link.strip(_TAG_SEPARATORS) for link in links()}
            if all(tag in linked for tag in listed):
                dropped.append(line)
                continue
        kept.append(line)
    return ("\n".join(kept), dropped) if dropped else (text, [])


def _last_tag(text: str, keys: Collection[str], longest: int, last_letters: Collection[str]) -> str | None:
    """The longest of ``keys`` (none longer than ``longest``, each ending with one of ``last_letters``)
    that ``text`` ends with after a separator (:data:`_TAG_SEPARATORS`) or as a whole: a look-up per
    separator of its last ``longest`` characters, whatever the number of keys (a keywords field of
    thousands of entries)."""
    if not text or text[-1] not in last_letters:  # most lines: a sentence's mark, a word no tag ends with
        return None
    start = max(0, len(text) - longest - 1)  # the separator before the longest key
    if len(text) <= longest and text in keys:
        return text
    for at in range(start, len(text)):
        if text[at] in _TAG_SEPARATORS and (tail := text[at + 1:]) in keys:
            return tail
    return None


def _label_links_kept(found: list[tuple[str, str]], text: str,
                      tree_chrome: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The label + link lines (``drop_tree_chrome``'s ``label_links``) of the reading kept, as read, each
    once: lines of the ``text`` or dropped from it as chrome (``tree_chrome``; their labels teach the
    site's as well); other readings of the page may have found others."""
    if not found:
        return ()
    lines = {" ".join(line.split()) for line in (*text.split("\n"), *tree_chrome)}
    return tuple(dict.fromkeys((as_read(line), as_read(label)) for line, label in found if line in lines))


def read_page_text(tree: HtmlElement, page: PageElements, body_tree: HtmlElement, body: PageElements, url: str,
                   meta: PageMetadata, options: ExtractOptions,
                   label_links: list[tuple[str, str]] | None = None) -> tuple[str, str, tuple[str, ...], bool]:
    """The page's text from ``body_tree`` (``tree`` itself, or the source's body selector's
    match): as read (trafilatura, or the JSON-LD ``articleBody`` where trafilatura found
    less), and as kept (without the lines ``tree`` shows to be chrome, an author's bio and byline,
    and a shown headline); the lines dropped as chrome, and whether the text is the JSON-LD's. A text
    kept that came out short (:func:`_cut_short`) on a page declaring an article or its date gets
    trafilatura's default pass's reading when that keeps much more: an article is not dropped as
    too little text, nor cut to its lead, for a pass's choice that plain trafilatura does not make
    (run on those few pages only)."""
    jsonld = meta.jsonld
    story, story_chars, story_paragraphs, held = story_block(body)
    holds = (story_chars, prose_sections(body, held))
    passes = Passes(body_tree, url)
    text = _trafilatura_text(passes, options, jsonld.body if jsonld else None, holds,
                             story_paragraphs, meta.title, (story, body), meta.canonical, meta.description)
    read, kept, tree_chrome, via_jsonld = _kept_text(text, tree, page, story, url, meta, options, label_links)
    if not via_jsonld and (meta.declares_article or meta.dated) and _cut_short(kept, holds, options):
        # The text of a page that says it is an article came out short (a pass's choice, or chrome
        # taken for the story's end): trafilatura's default pass reads the page again, and its
        # reading, kept the same way, wins where the text would be no article or keeps much less
        # (:data:`HOLDS_SHARE`). A page that says nothing of itself and reads short is more likely a
        # front or section page, whose default reading is its teasers run together.
        fuller = passes.text(precision=False, fast=False)
        if fuller != text:
            again = _kept_text(fuller, tree, page, story, url, meta, options, label_links)
            if len(again[1]) > len(kept) and (_shorter_than(kept, options.min_text_chars)
                                              or len(kept) < HOLDS_SHARE * len(again[1])):
                read, kept, tree_chrome, via_jsonld = again
    return read, _without_shown_headline(kept, page, meta.title), tree_chrome, via_jsonld


def _photo_story_reading(text: str, tree: HtmlElement, page: PageElements, body_tree: HtmlElement,
                         body: PageElements, url: str, meta: PageMetadata, options: ExtractOptions,
                         label_links: list[tuple[str, str]] | None = None) -> tuple[str, str, tuple[str, ...], bool] | None:
    """:func:`read_page_text` of a photo story with its captions as its text, where the page is one: its
    own photos' captions make most of its text, which holds no body of its own without them
    (:func:`~newsspider.extract.pagetype.photo_story`: trafilatura drops every ``<figure>``, and the
    page read as its sidebar's teasers, or too little text) and it says it
    is an article, or dates itself, or prints a date by its headline. None elsewhere, or where the
    captions add nothing of the page's own."""
    captions = story_captions(body, url, meta.canonical)
    caption_texts = [single_spaced(text_content(caption)) for caption in captions]
    if not captions_tell(caption_texts):
        return None
    teasers = listing_teasers(body_tree, url, meta.canonical, body)
    read = own_shape(text, teasers)
    if not (photo_story(caption_texts, read)
            and (meta.declares_article or meta.dated or headline_date(page, meta.title, url, meta.canonical))):
        return None
    pictured = with_captions_as_text(body_tree, captions)
    own = PageElements(pictured)
    whole, whole_page = (pictured, own) if body_tree is tree else (tree, page)
    again = read_page_text(whole, whole_page, pictured, own, url, meta, options, label_links)
    return again if own_chars(again[1], teasers) > read.own else None


def _kept_text(text: str, tree: HtmlElement, page: PageElements, story: HtmlElement | None, url: str,
               meta: PageMetadata, options: ExtractOptions,
               label_links: list[tuple[str, str]] | None = None) -> tuple[str, str, tuple[str, ...], bool]:
    """A pass's ``text`` as read (or the JSON-LD ``articleBody`` where trafilatura found less) and
    as kept (without the lines ``tree`` shows to be chrome, an author's bio and byline); the lines
    dropped as chrome, and whether the text is the JSON-LD's."""
    jsonld = meta.jsonld
    text = without_empty_rows(text)
    via_jsonld = False
    if jsonld and jsonld.body and (
        (_shorter_than(text, options.min_text_chars) and len(jsonld.body) > len(text))
        or " ".join(text.split()) == " ".join(jsonld.body.split())  # trafilatura read it flattened
    ):
        text, via_jsonld = jsonld.body.strip(), True
    elif story is not None:
        text = with_inline_words(text, story)
        text = with_block_leads(with_lists(with_subheadings(text, story), story), story)
        text = without_title_copy(with_opening(text, story), story, meta.title)
    found = len(label_links) if label_links is not None else 0
    treed = drop_tree_chrome(text, tree, (url, meta.canonical), page, story, label_links)
    kept = drop_author_line(drop_author_bio(treed, meta.authors), meta.authors)
    if label_links is not None and kept != treed:
        label_links[found:] = _without_bylines(label_links[found:], treed, kept)
    kept = drop_pre_title_teasers(kept, tree, meta.title, meta.site_name)
    tree_chrome = _lines_dropped(text, kept) if kept != text else ()
    return text, kept, tree_chrome, via_jsonld


def _without_bylines(found: list[tuple[str, str]], treed: str, kept: str) -> list[tuple[str, str]]:
    """The label + link lines ``found`` (``drop_tree_chrome``'s ``label_links``) but those the tree kept
    (``treed``) and the byline and bio passes took (not in ``kept``): the page's byline ("Reporting by
    <a>Jane Doe</a>"), whose link is its author's name, not another story's headline, so its label is
    no label the site sets before links to its other pages (``learned_lines.label_link_lines`` counts a
    line gone from the text as one before a headline)."""
    bylines = {" ".join(line.split()) for line in _lines_dropped(treed, kept)}
    return [(line, label) for line, label in found if line not in bylines]


def _cut_short(text: str, holds: tuple[int, list[ProseSections]], options: ExtractOptions) -> bool:
    """Whether ``text`` (a pass's, or the text kept) is less than an article's minimum, or less than
    :data:`HOLDS_SHARE` of what the page holds (:func:`held_chars`): the story's body was lost on
    the way, not read."""
    return _shorter_than(text, options.min_text_chars) or len(text) < HOLDS_SHARE * held_chars(text, *holds)


def _without_shown_headline(text: str, page: PageElements, title: str | None) -> str:
    """``text`` without its first line when that is the text of one of the page's ``<h1>`` and
    differs from the record's ``title`` (the headline the page shows, a display variant of the
    title the article declares): a headline, not the story's text. A copy of ``title`` itself
    is left to the cleaner (``clean_text``), which drops it with the site's lines above it.
    So is an ``<h1>`` or ``<h2>`` made of a kicker and a headline, each in an element of its own
    ("<span>Deutscher Handel mit Teheran</span>:<span>Druck durch ...</span>" run into one line),
    whose headline shares most of its words with ``title``: the headline shown with its kicker
    (the page's may be worded apart from the title it declares)."""
    if not title:
        return text
    first, _, rest = text.lstrip("\n").partition("\n")
    key = title_key(first)
    if not key:
        return text
    if key == title_key(title):  # the title's copy stays for the cleaner; a kicker's heading below it goes
        second, _, after = rest.partition("\n")
        return f"{first}\n{after}" if _kicked_headline(page, title_key(second), title) else text
    if any(title_key(text_content(heading)) == key for heading in page.of("h1")):
        return rest
    return rest if _kicked_headline(page, key, title) else text


def _kicked_headline(page: PageElements, key: str, title: str) -> bool:
    """Whether an ``<h1>`` or ``<h2>`` reading as ``key`` shows the headline with a kicker."""
    words = _words(title)
    return bool(key) and any(_kicker_and_headline(heading, key, words) for heading in page.of("h1", "h2"))


def _kicker_and_headline(heading: HtmlElement, key: str, title_words: set[str]) -> bool:
    """Whether the heading reads as ``key`` (``title_key`` form) and is made of two or more
    elements holding text, the last of which shares :data:`HEADLINE_SHARED_WORDS` of its words
    with the title (``title_words``): a kicker and the headline."""
    if title_key(text_content(heading)) != key:
        return False
    parts = [child for child in heading if text_content(child).strip()]
    if len(parts) < 2:
        return False
    words = _words(text_content(parts[-1]))
    return bool(words) and len(words & title_words) >= HEADLINE_SHARED_WORDS * len(words)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _holds_long_body(text: str, read: str, options: ExtractOptions, unmarked: Callable[[str], bool] | None,
                     links: set[str]) -> bool:
    """Whether ``text`` holds a story's body: a run of running-text paragraphs (in a script without
    sentence marks, ``unmarked``'s (:func:`unmarked_paragraphs`), one after another in ``read``,
    the text before its chrome lines came out; a label and a link to another page between them,
    ``links``, not ending it: :func:`longest_body`) of
    :data:`RESCUED_BODY_SHARE` times the minimum text (what a listing has besides its teasers does not)."""
    body = longest_body(text if unmarked is None else read, unmarked, links)
    return not _shorter_than(body, options.min_text_chars * RESCUED_BODY_SHARE)


def _shows_story(own: PageElements, page: PageElements, tree: HtmlElement, url: str, meta: PageMetadata,
                 options: ExtractOptions, paragraph: Callable[[str], bool] | None) -> bool:
    """Whether the tree shows a story where the text read from the page without its teasers held
    no long body: ``own``, that page, holds a story block (:func:`_story_block_paragraphs`,
    :func:`_holds_story_block`), or the page's headline stands directly over text of its own
    (:func:`_headline_over_text`; ``page`` is the elements of ``tree``, its teasers in place, and
    its teasers, :func:`teaser_entries`, are a list's entries): a lead, where the page declares its
    publication date; undated, more paragraphs than a listing's description holds, each running
    text (``paragraph``, or :func:`running_text`), where its story block holds as many
    (:func:`_holds_short_story`). A block of sentences under no headline is a notice (a cookie
    consent, a footer's "about us", a newsletter's sign-up) left on a section front once its
    teasers are out. Asked of pages that declare no collection: a page's word on itself comes first."""
    block = _story_block_paragraphs(own)
    if _holds_story_block(block, options):
        return True
    running = paragraph or running_text
    if not (meta.dated or _holds_short_story(block, options, running)):
        return False
    entries = teaser_entries(listing_teasers(tree, url, meta.canonical, page), paragraph)
    if meta.dated:
        return _headline_over_text(page, options, entries)
    return _headline_over_text(page, options, entries, DESCRIPTION_PARAGRAPHS + 1, running)


def _story_block_paragraphs(page: PageElements) -> list[str]:
    """The texts of the ``<p>`` paragraphs of the page's story block (:func:`story_block`, the element
    holding the most ``<p>`` text) that are its own (:func:`own_text`): a paragraph that is mostly a
    link's text (a headline, "Czytaj także: <headline>") is a pointer to another page, no text of the
    story's."""
    story = story_block(page)[0]
    if story is None:
        return []
    return [text for text in (own_text(page, paragraph) for paragraph in story if paragraph.tag == "p") if text]


def _holds_story_block(own: list[str], options: ExtractOptions) -> bool:
    """Whether a story block's own paragraphs (``own``, :func:`_story_block_paragraphs`) are
    :data:`BODY_PARAGRAPHS` or more, together :data:`RESCUED_BODY_SHARE` times the minimum text: a
    story's body as the tree shows it, where the text read from the page shows none (trafilatura ran
    the page into one line, or the paragraphs end with no sentence mark, as short news and some
    scripts write them); what a listing keeps besides its teasers (an intro, labels, a notice) is no
    such block."""
    return len(own) >= BODY_PARAGRAPHS and not _shorter_than("\n".join(own), options.min_text_chars * RESCUED_BODY_SHARE)


def _holds_short_story(own: list[str], options: ExtractOptions, running: Callable[[str], bool]) -> bool:
    """Whether a story block's own paragraphs (``own``) are more than a listing's description holds
    (:data:`DESCRIPTION_PARAGRAPHS`), the minimum text together, each reading as running text
    (``running``: ending like a sentence, or in a script without sentence marks what
    :func:`unmarked_paragraphs` reads as one; a footer's address and copyright lines do not): a short
    story's body (an old layout table's cell beside a cell of teasers) where a headline stands over it."""
    told = _told(own, running)
    return (len(told) > DESCRIPTION_PARAGRAPHS and all(map(running, told))
            and not _shorter_than("\n".join(told), options.min_text_chars))


def _told(own: list[str], running: Callable[[str], bool]) -> list[str]:
    """A story block's paragraphs (``own``) without the short lines set above or below the story that do not
    run (``running``) and are no longer than a headline's short line (:data:`SHORT_LINE_CHARS`): a byline, a
    dateline, an agency's credit ("(PAP)"), each a ``<p>`` of its own in a layout table's cell. Only the
    edges: a line that does not run between two paragraphs is no story's."""
    start, end = 0, len(own)
    while start < end and not running(own[start]) and len(own[start]) <= SHORT_LINE_CHARS:
        start += 1
    while end > start and not running(own[end - 1]) and len(own[end - 1]) <= SHORT_LINE_CHARS:
        end -= 1
    return own[start:end]


def _headed_short_text(text: str, read: str, tree: HtmlElement, page: PageElements, url: str | None,
                       meta: PageMetadata, options: ExtractOptions, prints_date: Callable[[], bool]) -> bool:
    """Whether a text shorter than the minimum is still a page's own, as a declared article's is
    (:data:`DECLARED_MIN_SHARE` of the minimum): the page's ``<h1>``, linking nowhere, stands directly
    over :data:`BODY_PARAGRAPHS` or more paragraphs of its own, each ending like a sentence, and the text
    holds them (:func:`_headline_over_text`): a short post, notice or press note under its headline, which
    plain trafilatura keeps. Only where the page's text was short as read (``read``, before the lines the
    tree showed to be chrome came out): a listing's short description is what is left of a text of
    teasers or links once they come out. A paywall's or a login's one line, a poster's card over an
    image, a headline over a sidebar of linked headlines, a block of sentences under no headline (a
    consent notice, a footer) are none. And only where the page is dated (its metadata, or a date it prints
    by its headline: ``prints_date``): a brief, a notice or a press note is an item of its day, while the
    pages of the same shape that date nothing are no story's (a soft error page, "this article is no longer
    available", a subscription or maintenance notice, an author's bio, an empty section, tag or search page,
    each a headline over two sentences). ``tree`` and ``page``: the page (its teasers' blurbs are no lead)."""
    if (meta.declares_article or _shorter_than(text, options.min_text_chars * DECLARED_MIN_SHARE)
            or not _shorter_than(read, options.min_text_chars)):
        return False
    entries = teaser_entries(listing_teasers(tree, url, meta.canonical, page))
    return (_headline_over_text(page, options, entries, running=running_text, least_chars=(
        options.min_text_chars * DECLARED_MIN_SHARE), shown=_single_spaced_lines(text))
            and _linked_lines_under_headline(page) < FLAT_UNITS and (meta.dated or prints_date()))


def _linked_lines_under_headline(page: PageElements) -> int:
    """How many paragraphs that are mostly their links' text (:func:`own_text`: other pages' headlines)
    stand under the page's first ``<h1>`` before the next heading: :data:`FLAT_UNITS` or more side by side
    are a listing's entries under its name and description, which trafilatura may leave out of its text."""
    linked, under = 0, False
    for element in page.of(*HEADING_TAGS, "p"):
        if element.tag in HEADING_TAGS:
            if under:
                break
            under = element.tag == "h1"
        elif under and not own_text(page, element) and single_spaced(page.text(element)):
            linked += 1
    return linked


def _single_spaced_lines(text: str) -> set[str]:
    """The lines of ``text``, whitespace collapsed."""
    return {single_spaced(line) for line in text.splitlines()}


def _headline_over_text(page: PageElements, options: ExtractOptions, entries: Collection[HtmlElement],
                        least: int = BODY_PARAGRAPHS, running: Callable[[str], bool] | None = None,
                        least_chars: float | None = None, shown: Collection[str] | None = None) -> bool:
    """Whether an ``<h1>`` that links nowhere stands directly over ``least`` or more paragraphs of the
    page's own text (:func:`own_text`; each ``running``, where given), at least the minimum text before the
    next heading: a story's headline over its lead, however short the story (a "read also" heading
    between them, :func:`pointer_heading`, is set in the story). A listing's headline stands over
    its teasers (each under a heading that links to its story, a kicker before the link or not:
    ``entries``, :func:`teaser_entries`), and its own lines come short of the minimum, after the
    teasers (a notice, a footer), or in one paragraph (an author's bio, a section's description, a
    search's summary: one paragraph is no body, :func:`longest_body`). ``page``: the page with
    its teasers. ``least_chars``: the text the paragraphs hold at least (default the minimum);
    ``shown``: lines (whitespace collapsed) each paragraph must be one of, where given."""
    def lead(own: list[str] | None) -> bool:
        if own is not None and running is not None:
            own = _told(own, running)  # a byline or dateline under the headline, a credit closing the story
        return (own is not None and len(own) >= least and (running is None or all(map(running, own)))
                and (shown is None or all(paragraph in shown for paragraph in own))
                and not _shorter_than("\n".join(own), options.min_text_chars if least_chars is None else least_chars))

    own: list[str] | None = None
    for element in page.of(*HEADING_TAGS, "p"):
        if element.tag in HEADING_TAGS and not pointer_heading(element, entries):
            if lead(own):
                return True
            linked = any(link.get("href") for link in chain(element.iter("a"), element.iterancestors("a")))
            own = [] if element.tag == "h1" and not linked else None
        elif own is not None and _in_entry(element, entries):  # a teaser's blurb, under a line that links
            if lead(own):
                return True
            own = None
        elif own is not None:
            text = own_text(page, element)
            if text:
                own.append(text)
    return lead(own)


def _in_entry(element: HtmlElement, entries: Collection[HtmlElement]) -> bool:
    """Whether ``element`` is, or is inside, one of a list's ``entries`` (:func:`teaser_entries`)."""
    return bool(entries) and (element in entries or any(ancestor in entries for ancestor in element.iterancestors()))


def _hinted_date(value: object, now: datetime) -> str | None:
    """The publication date a feed or sitemap gave for the page, held to the page's fetch like the
    page's own dates: a feed entry dated after it (a hostile feed, a scheduled post's date) is none."""
    stamp = parse_timestamp(value)
    return None if stamp is None or is_future(stamp, now) else stamp.iso()


def _lines_dropped(text: str, kept: str) -> tuple[str, ...]:
    """The lines of ``text`` that are not in ``kept`` (``kept`` is ``text`` with whole lines removed)."""
    remaining = set(kept.split("\n"))
    return tuple(line for line in text.split("\n") if line.strip() and line not in remaining)


class Passes:
    """trafilatura's passes over one page, each run at most once (:func:`trafilatura_text`): the text choice
    and the second reading of a text that came out short ask for the same passes."""

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self.tree, self.url = tree, url
        self.done: dict[tuple[bool, bool], str] = {}

    def text(self, *, precision: bool, fast: bool) -> str:
        key = (precision, fast)
        if key not in self.done:
            self.done[key] = trafilatura_text(self.tree, self.url, precision=precision, fast=fast)
        return self.done[key]


def trafilatura_text(tree, url: str, *, precision: bool, fast: bool) -> str:
    """One trafilatura pass (text only: metadata comes from :mod:`.metadata`); "" when it finds
    nothing or fails on this page. trafilatura works on its own copy of ``tree``."""
    try:
        document = trafilatura.bare_extraction(tree, options=pass_options(url, precision=precision, fast=fast))
    except Exception:  # trafilatura bugs on odd pages must not cost the article
        logger.debug("trafilatura failed (precision=%s) on %s", precision, url, exc_info=True)
        return ""
    text = getattr(document, "text", None)  # a Document (a dict only with as_dict=True)
    return (text or "").strip()


def pass_options(url: str | None, *, precision: bool, fast: bool) -> Extractor:
    """What ``trafilatura.bare_extraction(tree, url=url, fast=fast, favor_precision=precision,
    include_comments=False, include_tables=True, deduplicate=False, with_metadata=False)`` builds
    for one pass: a copy of the options of this kind of pass naming the page (as trafilatura's own
    command line reuses one ``Extractor``), without reading trafilatura's configuration again
    (about 0.1 ms a pass)."""
    options = copy(_pass_template(precision, fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")  # as Extractor(url=url) sets it
    options.date_params = set_date_params(options.date_params["extensive_search"])  # today's, not the template's
    return options


@cache
def _pass_template(precision: bool, fast: bool) -> Extractor:
    """trafilatura's options of one kind of pass, built once per process (the configuration is read here)."""
    return Extractor(output_format="python", fast=fast, precision=precision, comments=False, tables=True,
                     dedup=False, with_metadata=False)


def warm_up() -> None:
    """Read now what trafilatura's passes read once a process: the options of each kind of pass, and
    justext's stoplists of every language (``trafilatura.external.jt_stoplist_init``: its full pass's
    fallback on a page whose language it is not told, ~0.1 s of CPU), in the workers' zygote
    (:mod:`newsspider.worker_process`), once for all of them, not by each worker's first full pass."""
    for precision in (False, True):
        for fast in (False, True):
            _pass_template(precision, fast)
    jt_stoplist_init()


def _trafilatura_text(passes: Passes, options: ExtractOptions, jsonld_body: str | None,
                      holds: tuple[int, list[ProseSections]],
                      story_paragraphs: int, title: str | None = None,
                      story: tuple[HtmlElement | None, PageElements] | None = None,
                      canonical: str | None = None, description: str | None = None) -> str:
    """The article text: trafilatura's fast balanced pass, and a second opinion where needed.

    The fast pass (no readability/jusText comparison) scores as well as the full one on the
    benchmark at about half the CPU. Where it returns much less than the page holds (less than
    ``HOLDS_SHARE`` of what the page ``holds`` (:func:`held_chars`: its largest block of paragraphs, or the
    sections of a story written without ``<p>`` of which the text holds one), or less than an article's minimum:
    a lead where the story goes on in other containers), or where it holds none of the paragraphs of one of the
    containers a story split at an advertisement or an embed goes on in (:func:`story_parts`), the full pass with
    trafilatura's fallbacks takes a second look, and the longer text is kept; where that too misses one, the fast
    pass reads a copy of the page with the containers joined (:func:`joined_story`), and every later pass that copy. Where its text does not read like an article (less than
    ``READS_AS_ARTICLE`` of it in sentence-like paragraphs: menus, teaser lists, captions
    around the story), precision mode gets a second look: it finds where the article starts and
    ends better. But not where every line is the headline or a paragraph of the ``story`` block
    (its element and the page's elements: :func:`story_only`): there is nothing outside the story
    to cut, whatever reads as no sentence is the cleaner's (on the templated pages the crawl
    benchmark serves, precision mode's text was the fast pass's own on 527 of the 555 pages it
    read). A text of one line from a page whose story is in several paragraphs gets the second
    look too: trafilatura's rescue of a short text (under its 250 characters: a short Chinese
    article) takes the whole page flattened into one line, headline and date line included, and a
    copy of the article is then not found by its opening or paragraphs. Precision mode runs fast too, and with trafilatura's fallbacks only when the
    fast run lost the article (a page whose story sits outside the usual containers). With
    ``second_pass="always"`` every page gets the second look; with ``"never"`` none does.

    Precision mode's text wins unless it lost most of the article (:func:`_trust_precise`), or read one of
    those containers only where the balanced text holds them all (and its full pass does not).
    (Cutting the balanced text to the span precision mode agrees on scored lower on the
    benchmark's tuning half.) What precision mode cut that is the article's prose is given back:
    loose text (:func:`with_loose_text`) and the standfirst (:func:`with_standfirst`). The
    JSON-LD ``articleBody``, when the page has a full one, arbitrates between the two: the one
    that agrees with it best wins. ``canonical``: the address the page declares, beside ``url``
    the one a link is of the page's site by (:func:`with_inner_prose`); ``description``: the summary the page
    declares (:func:`with_standfirst`).
    """
    tree, url = passes.tree, passes.url
    text = passes.text(precision=False, fast=True)
    parts = story_parts(*story, jsonld_body) if story is not None else []
    if _cut_short(text, holds, options) or _misses_part(text, parts):
        fuller = passes.text(precision=False, fast=False)  # the fast pass cut the article short
        if len(fuller) > len(text):
            text = fuller
    if story is not None and _misses_part(text, parts):  # both passes stopped where one of the containers did
        named = [box for box, _ in story_containers(*story, jsonld_body)
                 if (named_alike(box, story[0]) or (numbered_alike(box, story[0])
                                                    and _resumes_text(story[0], box, story[1])))
                 and not _told_apart(story[0], box, story[1])]
        if named:  # the page copied only where a container is there to join
            joined = Passes(joined_story(tree, story[0], named), url)
            rejoined = joined.text(precision=False, fast=True)
            if not _misses_part(rejoined, parts) and len(rejoined) > len(text):
                passes, tree, text = joined, joined.tree, rejoined  # every later pass reads the story as one container
    flattened = story_paragraphs >= 2 and "\n" not in text
    if options.second_pass == "never" or (options.second_pass == "auto" and not flattened and (
            sentence_share(text) >= READS_AS_ARTICLE or (story is not None and story_only(text, *story)))):
        return text
    precise = passes.text(precision=True, fast=True)
    trusted = _trust_precise(text, precise)
    if not trusted:  # trafilatura's fallbacks (readability, jusText) may still find it
        precise = passes.text(precision=True, fast=False)
        trusted = _trust_precise(text, precise)
    elif _shorter_than(precise, options.min_text_chars):  # less than an article: a prompt or a caption
        fuller = passes.text(precision=True, fast=False)
        if len(fuller) > len(precise):
            precise = fuller
            trusted = _trust_precise(text, precise)
    if trusted and _misses_part(precise, parts) and not _misses_part(text, parts):
        # precision mode read one of the story's containers only, where the balanced text holds them all
        fuller = passes.text(precision=True, fast=False)
        trusted = not _misses_part(fuller, parts) and _trust_precise(text, fuller)
        precise = fuller if trusted else precise
    if precise == text:  # precision mode kept the text whole: nothing to give back, nothing to arbitrate
        return text
    if trusted:
        read = unflattened(text, precise, tree, title)  # the balanced text in the page's blocks, where it was one line
        precise = with_standfirst(with_inner_prose(with_loose_text(precise, read, tree), read, tree, (url, canonical)),
                                  read, tree, title, description)
        precise = with_closing_sections(with_unlinked_headings(precise, read, tree), read, tree)
    candidates = [text, precise] if trusted else [text]
    best = candidates[-1]
    if jsonld_body and len(candidates) > 1:
        scores = [_agreement(candidate, jsonld_body) for candidate in candidates]
        if max(scores) >= JSONLD_TRUST:
            best = candidates[max(range(len(candidates)), key=lambda i: (scores[i], i))]
    return best


def unflattened(balanced: str, precise: str, tree: HtmlElement, title: str | None = None) -> str:
    """``balanced`` cut into lines where it is one line and ``precise`` has lines: at each line of
    ``precise`` (found in order in it, single-spaced), at the page's headings and the declared
    ``title``, and at the text of each of the page's links; ``balanced`` as it is where a line of
    ``precise`` is not found in it.

    trafilatura's rescue of a short text (a short story, a CJK brief) reads the page flattened
    into one line, headline and standfirst included, where precision mode reads the story's
    paragraphs as lines: precision mode's give-backs (loose text, inner prose, standfirst) then
    find no line of the balanced text to give back, and a sentence of the story between two
    paragraphs precision mode kept (in a box it drops), or the standfirst under the headline, is
    lost where plain trafilatura keeps it. Cut so, the flat text's stretches are the page's blocks
    again as far as it can tell; a stretch holding a link's text is cut at it and is no longer
    one line between two kept ones (a teaser stays out, as a linked line does in a text read in
    lines). It is cut at the text of each innermost block of the page that shows no link too
    (:data:`_FLAT_BLOCKS`): a stretch of several blocks (an "Advertisement" label, a newsletter's
    call, its button; a caption and its credit) is no longer read as one line to give back, and
    the longest text matching where a stretch starts is taken first, so a paragraph or standfirst
    holding a tag's linked word ("tram") is read whole, not cut at the word. A block showing a
    link is cut at its links' texts still (a byline, "Veröffentlicht am <a>17. Dezember 2019</a>
    von <a>...</a>", is no line of prose under the headline)."""
    if "\n" in balanced or "\n" not in precise or len(balanced) > MAX_UNFLATTENED_CHARS:
        return balanced
    flat = single_spaced(balanced)
    cuts: list[tuple[int, int]] = []
    start = 0
    for line in precise.split("\n"):
        key = single_spaced(line)
        if key:
            at = flat.find(key, start)
            if at < 0:
                return balanced
            cuts.append((at, at + len(key)))
            start = at + len(key)
    shown = {single_spaced(text_content(element)) for element in tree.iter("a", *HEADING_TAGS)}
    shown.update(single_spaced(text_content(block)) for block in tree.iter(_FLAT_BLOCKS)
                 if next(block.iterdescendants(_FLAT_BLOCKS), None) is None and not _shows_link(block))
    headline = _headline_text(title)
    shown.add(single_spaced(headline) if headline else "")
    # only the texts the flat line holds: a listing's thousands of items would each cost a branch
    shown = {text for text in shown if text and text in flat}
    pieces = re.compile("|".join(map(re.escape, sorted(shown, key=len, reverse=True)))) if shown else None
    lines: list[str] = []
    last = 0
    for begin, end in [*cuts, (len(flat), len(flat))]:
        lines.extend(part.strip() for part in _cut_at(flat[last:begin], pieces) if part.strip())
        if begin < end:
            lines.append(flat[begin:end])
        last = end
    return "\n".join(lines)


def _shows_link(element: HtmlElement) -> bool:
    """Whether ``element`` holds a link that shows text."""
    return any(text_content(link).strip() for link in element.iter("a"))


def _cut_at(text: str, pieces: re.Pattern | None) -> list[str]:
    """``text`` cut before and after each match of ``pieces``."""
    if pieces is None:
        return [text]
    parts: list[str] = []
    last = 0
    for match in pieces.finditer(text):
        parts.extend((text[last:match.start()], match.group()))
        last = match.end()
    parts.append(text[last:])
    return parts


def with_loose_text(precise: str, balanced: str, tree: HtmlElement) -> str:
    """``precise`` with the loose text precision mode deleted from the run of text it kept given
    back, as the ``balanced`` text has it.

    Precision mode deletes an element that shows no text (an empty ``<span>``: WordPress's "more"
    mark, a video's placeholder, an icon) together with the text that follows it up to the next
    element: the loose text of the paragraph or post around it. A post whose prose runs between
    ``<br>`` after a picture loses its opening sentences; a paragraph after a "more" mark loses
    its end, or all of it. Such text that holds a sentence (:func:`loose_texts`) is prose, lost
    with the element, not judged chrome. It is given back where it stands in the run of text
    precision mode kept: a stretch missing from a line it kept (the line whole), or a whole line
    next to one it kept or gave back, in the balanced text's order. Text that is an element's own
    (a dek, a teaser, a heading) is precision mode's to judge and stays out."""
    balanced_lines = balanced.split("\n")
    lines = precise.split("\n")
    shown, known = set(map(single_spaced, lines)), set(map(single_spaced, balanced_lines))
    spare = [line for line in balanced_lines if single_spaced(line) not in shown]
    cut: dict[int, tuple[str, str]] = {}  # a precise line kept in part -> (the balanced line, what it lost)
    for index, line in enumerate(lines):
        if line and single_spaced(line) not in known:
            for whole in spare:
                stretch = _lost_stretch(line, whole)
                if stretch is not None and stretch.strip():
                    cut[index] = (whole, stretch)
                    break
    loose: list[str] | None = None
    if cut:
        tails = element_tails(tree)
        for index, (whole, stretch) in cut.items():
            if _starts_with_any(stretch, tails):
                lines[index] = whole
    places = _places(lines, balanced_lines)
    inside = [False] * len(balanced_lines)
    for place in places:
        if place is not None:
            inside[place] = True
    prose = [i for i, line in enumerate(balanced_lines) if not inside[i] and holds_sentence(line)]
    given = _next_to_kept(prose, inside)
    if given:  # only then is the page searched for its loose text
        loose = loose_texts(tree) if loose is None else loose
        given = _next_to_kept([i for i in sorted(given) if _starts_with_any(balanced_lines[i], loose)], inside)
    if not given:
        return "\n".join(lines)
    merged: list[str] = []
    last = -1  # the balanced line the last placed precise line is
    for line, place in zip(lines, places, strict=True):
        if place is not None:
            merged.extend(balanced_lines[i] for i in range(last + 1, place) if i in given)
            last = place
        merged.append(line)
    merged.extend(balanced_lines[i] for i in range(last + 1, len(balanced_lines)) if i in given)
    return "\n".join(merged)


def with_inner_prose(precise: str, balanced: str, tree: HtmlElement, page_urls: Sequence[str | None] = ()) -> str:
    """``precise`` with the paragraphs precision mode cut from inside the run of text it kept given
    back: a line of the ``balanced`` text between two lines that stand one after the other in
    ``precise``, when it holds a sentence and is not wholly a link's text, or when it is a
    paragraph that is one link to another site than the page's (``page_urls``: its addresses).

    Precision mode drops a paragraph for the share of its text in links (a sentence that links its
    opening words to a source), though a sentence between two paragraphs of the story is the
    story's. A line that is all one link to another page of the site (a teaser's title, another
    story's headline) is the link's label, not a sentence of the story, and stays precision mode's
    to judge; a labelled "Read also: ..." line is the cleaner's. A paragraph that is one link
    leading off the site, between two of the story's, is where the story points its reader
    ("Hier geht's zur Facebook Veranstaltung": an event, a source, a document): no other story
    of the site."""
    balanced_lines = balanced.split("\n")
    lines = precise.split("\n")
    places = _places(lines, balanced_lines)
    between: dict[int, int] = {}  # a balanced line -> the precise line it goes after
    for at in range(len(lines) - 1):
        here, there = places[at], places[at + 1]
        if here is not None and there is not None and there - here == 2 and balanced_lines[here + 1].strip():
            between[here + 1] = at
    if not between:
        return precise
    links = {single_spaced(text_content(link)): link for link in tree.iter("a")}
    given: dict[int, str] = {}
    for i, at in between.items():
        line = single_spaced(balanced_lines[i]).removeprefix(LIST_ITEM)
        link = links.get(line)
        if (holds_sentence(balanced_lines[i]) and link is None) or (
                link is not None and _points_off_site(link, line, page_urls)):
            given[at] = balanced_lines[i]
    if not given:
        return precise
    return "\n".join(line for at, kept in enumerate(lines) for line in ((kept, given[at]) if at in given else (kept,)))


def _points_off_site(link: HtmlElement, text: str, page_urls: Sequence[str | None]) -> bool:
    """Whether ``link`` (showing ``text``) is the whole of a ``<p>`` and leads to another site, in
    the story's type: a paragraph set in capitals is a banner ("CLICK HERE TO GET THE ... APP",
    another story's headline as a call-out), not the story pointing its reader somewhere."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False
    paragraph = link.getparent()
    while paragraph is not None and paragraph.tag != "p" and single_spaced(text_content(paragraph)) == text:
        paragraph = paragraph.getparent()
    return (paragraph is not None and paragraph.tag == "p" and single_spaced(text_content(paragraph)) == text
            and other_site(link.get("href") or "", page_urls))


def with_standfirst(precise: str, balanced: str, tree: HtmlElement, title: str | None = None,
                    description: str | None = None) -> str:
    """``precise`` with the standfirst precision mode cut given back: the lines of the ``balanced``
    text right under the page's headline, up to the line precision mode kept after it (or opens
    with), each a block of the page's header (:func:`_standfirst`). The headline is the text of one
    of the page's ``<h1>`` (after a kicker the line may open with), or of a heading that shows the
    ``title`` the page declares (a page whose ``<h1>`` is its logo or a section's name sets the
    headline in an ``<h2>``); precision mode may keep it or not. The balanced text may open above
    it, with the header's labels (a section, "Anzeige"): they stay out.

    Precision mode starts the article at its first paragraph and drops the header around the
    headline, and with it the summary written under it: prose of the article. A byline, date or
    kicker there holds no sentence; a subtitle set as a heading (``<h2>``) is a title, not a
    paragraph, and stays precision mode's to judge; so does a paragraph under a heading that is
    neither an ``<h1>`` nor the declared title (a teaser's summary). Where precision mode kept the
    headline, what stands between the standfirst and the line it kept next (a video's promo lines:
    "Watch more of our videos on Shots!") is its own to judge: the standfirst given back is the run
    of blocks right under the headline in its header (the heading's container). Where it opens below the headline, its opening is
    where it saw the story start, and every line above it to the headline must be the standfirst's.

    The summary the page declares (``description``: its ``og:description``, ``<meta name=description>``,
    JSON-LD ``description``) is the standfirst where it is set as a heading (``<h2 class="subtitle">``,
    ``<h3>``) or a ``<p>`` under the heading that shows the declared ``title``, with or without a sentence's
    end (a dek written as a headline): the page itself says the line is the article's summary, not another
    story's title. Shown by another block (a ``<div>``, a ``<figure>``) without a sentence, the line may be
    a site's name or tagline, a section's label or a caption a site also declares as the description."""
    lines = balanced.split("\n")
    kept = precise.split("\n")
    first = kept[0]
    at = lines.index(first) if first in lines else 0
    summary = title_key(description) if description and title else ""
    if len(kept) > 1 and _shows_headline(first, tree, title) and kept[1] in lines[at + 1:]:
        # precision mode kept the headline and cut what stands under it
        standfirst = _standfirst(lines[at + 1:lines.index(kept[1], at + 1)], tree, first, title, paragraphs=False,
                                 summary=summary, said=precise)
        return "\n".join([first, *standfirst, *kept[1:]]) if standfirst else precise
    prose = at  # where the run of lines holding a sentence before precision mode's opening starts
    while prose > 0 and (holds_sentence(lines[prose - 1]) or (summary and title_key(lines[prose - 1]) == summary)):
        prose -= 1
    # The headline opens the standfirst's run or is its first line (a headline may end in "?"); at
    # least one line before precision mode's opening is the standfirst.
    headline = next((i for i in range(max(prose - 1, 0), at - 1) if _shows_headline(lines[i], tree, title)), None)
    if headline is None:
        return precise
    standfirst = _standfirst(lines[headline + 1:at], tree, lines[headline], title, summary=summary, said=precise)
    if len(standfirst) < at - headline - 1:  # a line above precision mode's opening is none of the standfirst
        return precise
    return "\n".join([*standfirst, precise]) if standfirst else precise


def _standfirst(under: list[str], tree: HtmlElement, headline: str, title: str | None,
                paragraphs: bool = True, summary: str = "", said: str = "") -> list[str]:
    """The run of ``under`` (the lines under the ``headline``) that opens it and is the header's
    standfirst: each line holds a sentence and is shown by an element other than a heading that
    follows the headline's heading in its container, or by a ``<p>`` in one (the dek a page sets
    in a ``<div>`` under its ``<h1>``), or (``paragraphs``) by any ``<p>`` of the page; or it is the
    page's declared ``summary`` (its ``title_key``) set as a heading or a paragraph of its own after, in its
    container, a heading showing the declared ``title`` (a subtitle, a strapline). Any other block that shows
    the summary without holding a sentence (a ``<div>``, a ``<figure>``) is not told apart from what a site
    declares on every page and may show under a headline (its name or tagline, a section's label, the lead
    picture's caption): it stays out. Nor is the summary given back where the text precision mode kept
    (``said``) already says it: a subheadline that repeats the story's opening sentence would print it twice."""
    shown: list[Iterable[HtmlElement]] = [tree.iter("p")] if paragraphs else []
    keys = {title_key(headline), title_key(title) if title else ""} - {""}
    wanted = [single_spaced(line) for line in under]
    # the declared summary among the lines, under the declared title (read only where a line is it)
    summaries = [line for line in wanted if summary and title_key(line) == summary]
    if summaries and summary in title_key(said):  # the story's own opening, repeated as its subheadline
        summaries = []
    declared = title_key(title) if summaries and title and title_key(headline) == title_key(title) else ""
    after_title: list[HtmlElement] = []
    for heading in tree.iter(*HEADING_TAGS):
        key = title_key(text_content(heading))
        if key in keys:
            shown.extend(sibling.iter(sibling.tag, "p") for sibling in heading.itersiblings()
                         if sibling.tag not in HEADING_TAGS)  # a subtitle set as a heading is a title
        if declared and key == declared:  # a subtitle: a heading or paragraph of its own, or a heading a block wraps
            after_title.extend(chain.from_iterable(sibling.iter(*HEADING_TAGS) if sibling.tag != "p" else (sibling,)
                                                   for sibling in heading.itersiblings()))
    blocks = first_showing(tree, chain.from_iterable(shown), wanted)
    declared_blocks = first_showing(tree, after_title, summaries) if after_title else {}
    run: list[str] = []
    for line in under:
        if not ((holds_sentence(line) and single_spaced(line) in blocks) or single_spaced(line) in declared_blocks):
            break
        run.append(line)
    return run


def with_unlinked_headings(precise: str, balanced: str, tree: HtmlElement) -> str:
    """``precise`` with the subheadings precision mode cut for links that show nothing given back:
    a ``<h2>``-``<h4>`` whose every link is empty (a tracking or icon anchor, ``<h2>Deal for
    $39.99<a href="..."></a></h2>``), as the ``balanced`` text has it right above a line precision
    mode kept.

    Precision mode deletes a short heading holding links whose text is mostly links; an anchor
    that shows no text counts there as all links, so such a heading goes though the reader sees no
    link in it, only the heading of the section that follows. A heading whose link shows text (a
    teaser's linked title) stays precision mode's to judge."""
    headings = {single_spaced(text_content(heading)) for heading in tree.iter(*SUBHEADING_TAGS)
                if _only_empty_links(heading)}
    headings.discard("")
    if not headings:
        return precise
    balanced_lines = balanced.split("\n")
    lines = precise.split("\n")
    at = {place: index for index, place in enumerate(_places(lines, balanced_lines)) if place is not None}
    before = {at[i + 1]: line for i, line in enumerate(balanced_lines[:-1])
              if i not in at and i + 1 in at and single_spaced(line) in headings}
    if not before:
        return precise
    return "\n".join(part for index, line in enumerate(lines)
                     for part in ((before[index], line) if index in before else (line,)))


def with_closing_sections(precise: str, balanced: str, tree: HtmlElement) -> str:
    """``precise`` with the story's closing sections precision mode cut given back: the run of lines
    of the ``balanced`` text after the last line precision mode kept, each the text of a ``<p>``
    holding a sentence (not wholly a link's text) whose container is of a kind (tag and class) that
    holds a paragraph precision mode kept, in the same story (:func:`story_of`), or of a heading of
    a kind precision mode kept, with such a paragraph below it; up to the first line that is neither.
    The container is one precision mode deleted whole: the end of a block it kept lines of is its
    call (a comment policy closing a post's own container, a site's address). The run opens with
    such a heading: a section. A paragraph after the last kept line with no heading of the story's
    over it is what closes a story in the story's own blocks (a "follow us" or newsletter line, an
    author's bio, a disclaimer, a copyright, each linking somewhere): precision mode's call too; so is
    such a pitch under a heading of the story's kind, a section whose every paragraph ends in a link
    (:func:`_first_pitch`), and what follows it.

    A page built of blocks (a CMS's text blocks and subheading blocks) sets each section of the
    story in a block of the same kind. Precision mode deletes a short block whose text is partly a
    link ("It has three members, including <a>the current chair</a>, ...") and then the heading it
    leaves trailing: the story's last section, though its blocks are the kind it kept the story
    in. A container of no class is of no kind but itself (a story's paragraphs and a box of
    teasers both sit in bare ``<div>`` elements), so a bare one is never given back."""
    lines = precise.split("\n")
    balanced_lines = balanced.split("\n")
    last = max((place for place in _places(lines, balanced_lines) if place is not None), default=None)
    if last is None or not any(line.strip() for line in balanced_lines[last + 1:]):
        return precise
    kept = {single_spaced(line) for line in lines if line.strip()}
    blocks: dict[str, HtmlElement] = {}
    for element in tree.iter("p", *HEADING_TAGS):
        blocks.setdefault(single_spaced(text_content(element)), element)
    shown = [element for key, element in blocks.items() if key in kept]
    kinds = {_section_kind(element) for element in shown}
    kinds.discard(None)
    if not kinds:
        return precise
    holding = {element.getparent() for element in shown}  # a block precision mode cut lines of, not whole
    given: list[str] = []
    ends: list[bool | None] = []  # per line given: None for a heading, else whether the paragraph ends in a link
    heading: list[str] = []  # a heading waits for its paragraph
    for line in balanced_lines[last + 1:]:
        if not line.strip():
            continue
        element = blocks.get(single_spaced(line))
        if element is None or element.getparent() in holding or _section_kind(element) not in kinds:
            break
        if element.tag != "p":
            heading.append(line)
            continue
        if not (given or heading) or not holds_sentence(line) or any(single_spaced(text_content(link)) == single_spaced(line)
                                           for link in element.iter("a")):
            break
        given += [*heading, line]
        ends += [None] * len(heading) + [_ends_in_link(element)]
        heading = []
    given = given[:_first_pitch(ends)]
    if not given:
        return precise
    return "\n".join([precise.rstrip("\n"), *given])


def _first_pitch(ends: list[bool | None]) -> int:
    """Where the first section that hands the reader on starts, among the lines
    :func:`with_closing_sections` gives back (``ends``: None for a heading's line, else whether the
    paragraph ends in a link): a heading whose every paragraph ends in a link ("Newsletter" over
    "Sign up for our morning newsletter ... <a>Sign up</a>", an author's box over a bio ending in
    the author's handle) is a pitch set as a section, the site's, whatever its words; a section of
    the story says something before or without its links, or runs its sentence into them
    (:func:`_ends_in_link`). ``len(ends)`` for none."""
    # A section: its headings, then its paragraphs up to the next heading.
    sections = [at for at, end in enumerate(ends) if end is None and (at == 0 or ends[at - 1] is not None)]
    for first, following in zip(sections, [*sections[1:], len(ends)], strict=False):
        paragraphs = [end for end in ends[first:following] if end is not None]
        if paragraphs and all(paragraphs):
            return first
    return len(ends)


def _ends_in_link(paragraph: HtmlElement) -> bool:
    """Whether the text of ``paragraph`` ends with its last link's text (punctuation after it aside)
    standing apart from its prose: after a sentence's end ("... in your inbox. <a>Sign up</a>", a bio
    closed by the author's handle), or alone. A link the sentence runs into ("Donations can be made
    at <a>redcross.org</a>.", "The report is published on the city's <a>website</a>.") is the
    sentence's own word: a section saying where to help or read on is the story's."""
    text = text_content(paragraph).rstrip()
    for link in reversed(list(paragraph.iter("a"))):
        shown = text_content(link).strip()
        if shown:
            at = text.rfind(shown)
            before = text[:at].rstrip() if at >= 0 else ""
            return at >= 0 and is_punct_only(text[at + len(shown):]) and (not before or ends_sentence(before))
    return False


def _section_kind(element: HtmlElement) -> tuple | None:
    """The kind of block a paragraph or heading stands in: its tag, its container's tag and class,
    and its story (:func:`story_of`); a container of no class is its own kind."""
    container = element.getparent()
    if container is None:
        return None
    names = container.get("class")
    return (element.tag, container.tag, names.strip() if names and names.strip() else container, story_of(element))


def _only_empty_links(heading: HtmlElement) -> bool:
    """Whether ``heading`` holds links and none of them shows text."""
    links = list(heading.iter("a"))
    return bool(links) and not any(text_content(link).strip() for link in links)


def _shows_headline(line: str, tree: HtmlElement, title: str | None) -> bool:
    """Whether ``line`` is the page's headline: the text of an ``<h1>`` (after a kicker the line may
    open with), or of a heading that shows the declared ``title``."""
    headline = title_key(line)
    if not headline:
        return False
    declared = bool(title) and title_key(title or "") == headline
    kicker = _KICKER_END.search(line)
    return ((declared and _shows_heading(tree, headline, HEADING_TAGS))
            or _shows_heading(tree, headline, ("h1",), title_key(line[kicker.end():]) if kicker else None))


def _shows_heading(tree: HtmlElement, key: str, tags: tuple[str, ...], after_kicker: str | None = None) -> bool:
    """Whether a heading of ``tags`` reads as ``key`` (``title_key`` form), or as ``after_kicker``:
    the line after the kicker that opens it, set apart from the heading by a colon or a title's
    separator ("Onlineversand aus Fernost : " run into the line before the ``<h1>``'s "Wie
    gefährlich Billigware aus China wirklich ist"), not any end of it (an ``<h1>`` "News" is no
    headline of "Latest world news")."""
    for heading in tree.iter(*tags):
        shown = title_key(text_content(heading))
        if shown and shown in (key, after_kicker):
            return True
    return False


def _next_to_kept(candidates: list[int], inside: list[bool]) -> set[int]:
    """The ``candidates`` (line numbers, in order) next to a line ``inside`` or, through a run of
    candidates, to one."""
    given: set[int] = set()
    for i in candidates:  # after a kept line (or one given just now)
        if i > 0 and (inside[i - 1] or i - 1 in given):
            given.add(i)
    for i in reversed(candidates):  # before one
        if i + 1 < len(inside) and (inside[i + 1] or i + 1 in given):
            given.add(i)
    return given


def _places(lines: list[str], balanced_lines: list[str]) -> list[int | None]:
    """Where each of ``lines`` stands in ``balanced_lines``: the first of its copies after the
    place of the line before (None for a line the balanced text lacks or has no copy of left).
    Lines are compared single-spaced: precision mode keeps a line of loose text between ``<br>``
    with the space at its start or end that the balanced text trims, and it is the same line."""
    copies: dict[str, list[int]] = {}
    for i, line in enumerate(balanced_lines):
        copies.setdefault(single_spaced(line), []).append(i)
    places: list[int | None] = []
    last = -1
    for line in lines:
        found = copies.get(single_spaced(line), ())
        at = bisect_right(found, last)
        place = found[at] if at < len(found) else None
        places.append(place)
        last = place if place is not None else last
    return places


def loose_texts(tree: HtmlElement) -> list[str]:
    """The :func:`element_tails` of ``tree`` that hold a sentence: prose of its own, where a whole
    line is to be given back."""
    return [text for text in element_tails(tree) if holds_sentence(text)]


def element_tails(tree: HtmlElement) -> list[str]:
    """The texts of ``tree`` that follow an element showing no text (an empty element, a picture,
    an icon; not a line break, after which a line's text is its own), up to the next element,
    whitespace collapsed: what precision mode deletes with the element."""
    found = []
    for element in tree.iter(etree.Element):
        tail = element.tail
        # an element whose own text shows (its text content's start: ``isspace`` and ``strip`` know one
        # whitespace) is decided without writing out all it holds (a block's whole subtree)
        if (tail and not tail.isspace() and element.tag != "br" and not ((own := element.text) and not own.isspace())
                and not text_content(element).strip()):
            found.append(" ".join(tail.split()))
    return found


def _starts_with_any(text: str, beginnings: list[str]) -> bool:
    text = " ".join(text.split())
    return any(text.startswith(beginning) for beginning in beginnings)


def _lost_stretch(part: str, whole: str) -> str | None:
    """What ``whole`` holds beyond ``part`` when ``part`` is ``whole`` with one stretch left out (else None)."""
    if len(whole) <= len(part) or (part[0] != whole[0] and part[-1] != whole[-1]):
        return None
    head = len(commonprefix((part, whole)))
    tail = len(commonprefix((part[head:][::-1], whole[head:][::-1])))
    return whole[head:len(whole) - tail] if head + tail == len(part) else None


def without_empty_rows(text: str) -> str:
    """``text`` without the table rows whose cells are all empty (:data:`_EMPTY_ROW`)."""
    if "|" not in text:
        return text
    kept, dropped = _EMPTY_ROW.subn("", text)
    return kept.rstrip("\n") if dropped else text


def story_block(page: PageElements) -> tuple[HtmlElement | None, int, int, dict]:
    """The element holding the most characters of ``<p>`` elements, that count, and its ``<p>``
    elements: where a page keeps its story, whatever trafilatura kept of it (comments and teasers
    spread over many containers count for one of them only); and the characters of ``<p>`` each
    container holds (:func:`prose_sections` adds them to its sections')."""
    held: dict = {}
    paragraphs: Counter = Counter()
    for paragraph in page.of("p"):
        parent = paragraph.getparent()
        held[parent] = held.get(parent, 0) + len(page.text(paragraph))  # read once a page: the chrome rules read it too
        paragraphs[parent] += 1
    if not held:
        return None, 0, 0, held
    story = max(held, key=held.__getitem__)
    return story, held[story], paragraphs[story], held


@dataclass(frozen=True)
class ProseSections:
    """Containers of one kind (tag and class) that hold prose as text of their own, between
    ``<br>`` and links rather than in ``<p>`` (a site builder's text modules, one per section of a
    story): the prose each holds (whitespace collapsed), and their characters with their ``<p>``;
    and each container with its prose and characters (``parts``)."""

    texts: tuple[str, ...]
    chars: int
    parts: tuple[tuple[HtmlElement, tuple[str, ...], int], ...] = ()

    def story_chars(self, text: str) -> int:
        """The characters of the containers in the story (:func:`story_of`) of a container whose
        prose ``text`` holds: one story's sections. Reader comments and other stories' bodies
        that share the kind (each in its own ``<article>`` or box, where the page's headline is
        not) are not the story's."""
        stories = {story_of(element) for element, texts, _ in self.parts if any(prose in text for prose in texts)}
        if not stories or None in stories:
            return self.chars
        return sum(chars for element, _, chars in self.parts
                   if any(story in stories for story in element.iterancestors()))


def without_outside_lines(text: str, page: PageElements,
                          unmarked: Callable[[], Callable[[str], bool] | None] | None = None) -> str:
    """``text`` without the short lines of no sentence (a label's, a prompt's: no longer than
    :data:`SHORT_LINE_CHARS`) that the ``page`` prints only outside its story's container
    (:func:`story_container`): a site's tagline, an app's or a newsletter's prompt, a comments count,
    another story's headline. trafilatura reads the whole page where a story's own text is short (a
    brief, under its ``MIN_EXTRACTED_SIZE``: asked only of a text whose lines longer than a label's are
    that short) and takes them in; however short the story, what the page
    sets outside the element holding its headline and every sentence of its text is not the story. A
    line of running text stays wherever it is (``unmarked``: gives what runs as text in a script without
    sentence marks, asked where needed), and so does a list's item (a story's list set beside its lead), a line the container
    holds too (a line repeated) or one the page holds nowhere whole (a reading that ran the page's blocks
    together); and the whole text where those lines make most of it (a poem's or a recipe's short lines
    after one sentence of introduction are the page's, not labels around a story)."""
    lines = text.split("\n")

    def running(line: str) -> bool:
        return holds_sentence(line) or (unmarked is not None and (reads := unmarked()) is not None and reads(line))

    short = sum(len(line) for line in lines if len(line) <= SHORT_LINE_CHARS)
    if not short or len(text) - short >= _pass_template(False, True).min_extracted_size:
        return text  # no label, or a story trafilatura read as one without looking wider (most stories)
    told = [line for line in lines if running(line)]
    if not told or (container := story_container(page, told)) is None:
        return text
    inside = without_spaces(text_content(container))
    whole = without_spaces(text_content(page.tree))
    at = whole.find(inside)
    if at < 0:
        return text
    outside = whole[:at] + "\0" + whole[at + len(inside):]
    kept = [line for line in lines
            if len(line) > SHORT_LINE_CHARS or running(line) or line.lstrip().startswith(LIST_ITEM_MARKS)
            or not (key := without_spaces(line)) or key in inside or key not in outside]
    if len(kept) == len(lines) or 2 * sum(map(len, kept)) < len(text):
        return text  # what it would leave is less than what it takes: no story with labels around it
    return "\n".join(kept)


def story_container(page: PageElements, told: list[str]) -> HtmlElement | None:
    """The element holding the page's story: the smallest holding every ``<h1>`` of the page (its headline),
    every line of ``told`` (the text's running lines, whitespace aside) and the ``<article>`` or ``<main>``
    the first headline stands in (:func:`_headline_section`: a story's lines without a sentence, a poem's, a
    scoreline, an address, follow a head of headline and standfirst in their own box). None where the page
    has no ``<h1>``, where the headline stands in no such element (a layout of boxes does not tell the story's
    extent), or where only the page's ``<body>`` holds them all (nothing is outside it: two stories each under
    its own headline, an infinite scroll, or a text that took in a line from around the story)."""
    headlines = page.of("h1")
    if not headlines or (section := _headline_section(headlines[0])) is None:
        return None
    keys = [without_spaces(line) for line in told]
    for container in headlines[0].iterancestors():
        if container.tag in ("body", "html") or container.getparent() is None:
            return None
        if (container is not section and not _within(section, container)) or any(
                not _within(headline, container) for headline in headlines[1:]):
            continue
        held = without_spaces(text_content(container))
        if all(key in held for key in keys):
            return container
    return None


def _headline_section(headline: HtmlElement) -> HtmlElement | None:
    """The nearest ``<article>`` or ``<main>`` (or an element in either role) holding ``headline``: what
    HTML marks as the whole story or the page's main content, where a box of headline and sentences may be
    only the story's head. None where the page marks neither around it."""
    return next((element for element in headline.iterancestors()
                 if element.tag in _STORY_SECTIONS or element.get("role") in _STORY_SECTIONS), None)


def _within(element: HtmlElement, container: HtmlElement) -> bool:
    """Whether ``element`` lies within ``container``."""
    return any(ancestor is container for ancestor in element.iterancestors())


def story_of(element: HtmlElement) -> HtmlElement | None:
    """The story ``element`` is part of: its nearest ancestor that is an ``<article>`` or holds an
    ``<h1>`` (the story's headline; a comment's or a teaser's box holds none); None where no
    ancestor is either (every container of the page is then the story's)."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "article" or next(ancestor.iter("h1"), None) is not None:
            return ancestor
    return None


def prose_sections(page: PageElements, held: dict) -> list[ProseSections]:
    """The page's :class:`ProseSections` by kind (``held``: container -> characters of its ``<p>``).
    Text that holds no sentence (labels, menu entries, bylines) is not prose and does not count."""
    direct: dict = {}
    for node in _DIRECT_TEXT(page.tree):
        prose = " ".join(node.split())
        if holds_sentence(prose):
            container = node.getparent()
            if node.is_tail:  # after a <br> or a link: the text of the element around them
                container = container.getparent()
            direct.setdefault(container, []).append(prose)
    parts: dict = {}
    for container, proses in direct.items():
        parts.setdefault((container.tag, container.get("class")), []).append(
            (container, tuple(proses), sum(map(len, proses)) + held.get(container, 0)))
    return [ProseSections(tuple(prose for _, proses, _ in kind for prose in proses), sum(chars for _, _, chars in kind),
                          tuple(kind)) for kind in parts.values()]


def held_chars(text: str, story_chars: int, sections: list[ProseSections]) -> int:
    """What the page holds of the story ``text`` is from: its largest block of paragraphs
    (``story_chars``), or the sections of a kind of which ``text`` holds one, in that one's story
    (:meth:`ProseSections.story_chars`: a story written in sections of their own that a pass took
    the first of; sections of a kind that ``text`` holds none of are someone else's: a sidebar's
    notices, reader comments). A ``text`` that holds no sentence at all is from no story (a pass
    took a story's subheadings, or a menu, for it): then the sections of every kind are what the
    page holds."""
    larger = [kind for kind in sections if kind.chars > story_chars]
    if not larger:
        return story_chars
    if not any(holds_sentence(line) for line in text.split("\n")):
        return max(kind.chars for kind in larger)
    return max([story_chars] + [kind.story_chars(text) for kind in larger if any(prose in text for prose in kind.texts)])


def story_continuation(story: HtmlElement | None, page: PageElements, declared: str | None = None) -> list[list[str]]:
    """The paragraphs' texts of each container the story goes on in beside its block (:func:`story_containers`)."""
    return [texts for _, texts in story_containers(story, page, declared)]


def story_containers(story: HtmlElement | None, page: PageElements,
                     declared: str | None = None) -> list[tuple[HtmlElement, list[str]]]:
    """The containers the story goes on in beside its block, each with its paragraphs' texts (single-spaced):
    a sibling of the ``story`` block (:func:`story_block`) of the block's own tag that holds
    :data:`~newsspider.extract.pagetype.BODY_PARAGRAPHS` or more ``<p>`` children of prose
    (:func:`holds_sentence`), no paragraph that is one link's whole text, and more ``<p>`` than headings showing
    a link.

    A publisher that sets an advertisement, a video or a "read also" box mid-story closes the story's
    container there and opens another of its kind (another class, or the same) after it. trafilatura's
    fast pass takes the first of them only, where its full pass (plain trafilatura) reads on; a block of
    the same tag beside the story, written in paragraphs of sentences, is the story's rest. A teaser box
    titles each story it shows with a linked heading (a heading a paragraph, or more) or links its blurb
    whole; a bio or a note is one paragraph. A story's own run of paragraphs may hold a linked "read also"
    heading or two. The later of two containers opening with a title of its own is another story's or a box's
    (:func:`_titled_box`): a box titled before its paragraphs, or another story after one held in fewer characters
    (a paywalled lead); the first container of a story may open with its standfirst or a subheading. A titled later
    container that is the earlier's text reopened (:func:`_story_resumed`) is the story's rest, whichever of the two
    holds more (the story block). So is any container whose paragraphs the page's declared ``articleBody``
    (``declared``: its JSON-LD's) holds with the story block's (:func:`_declared_rest`): the publisher's own word
    that both are one story's text, where their structure tells a box's title from a subheading no better."""
    if story is None or (parent := story.getparent()) is None:
        return []
    body = single_spaced(declared)
    if body and not any(text in body for paragraph in story.iterchildren("p")
                        if _prose_paragraph(text := single_spaced(page.text(paragraph)))):
        body = ""  # a body holding none of the story block's paragraphs says nothing of its siblings
    found: list[tuple[HtmlElement, list[str]]] = []
    after = False  # whether the sibling comes after the story block
    for sibling in parent.iterchildren(story.tag):
        if sibling is story:
            after = True
            continue
        paragraphs = list(sibling.iterchildren("p"))
        texts = [single_spaced(page.text(paragraph)) for paragraph in paragraphs]
        if sum(map(_prose_paragraph, texts)) < BODY_PARAGRAPHS:
            continue
        later, earlier = (sibling, story) if after else (story, sibling)
        if not (body and _declared_rest(texts, body)) and (
                (_titled_box(later, earlier) and not _story_resumed(later, earlier, page)) or any(
                _linked_whole(paragraph, text) for paragraph, text in zip(paragraphs, texts, strict=True)) or sum(
                map(_shows_link, sibling.iter(*HEADING_TAGS))) >= len(paragraphs)):
            continue
        found.append((sibling, [text for text in texts if _prose_paragraph(text)]))
    return found


def joined_story(tree: HtmlElement, story: HtmlElement | None, containers: list[HtmlElement]) -> HtmlElement:
    """A copy of ``tree`` in which the ``story`` block and the containers it goes on in (:func:`story_containers`)
    are one: each later one moved, in the page's order, whole (its class and id, by which trafilatura tells a
    box, kept) to the end of the first; what stood between them (the advertisement, the embed) stays where it
    was, outside.

    trafilatura takes a story's text from the first container that looks like a body and stops where it closes,
    its full pass too where a readability-like comparison prefers the larger part; the publisher closed the
    container for the advertisement only, so the story's rest is read as what it is, the same story's paragraphs."""
    order = {element: place for place, element in enumerate(tree.iter())}
    blocks = sorted((block for block in (story, *containers) if block in order), key=order.__getitem__)
    copied = deepcopy(tree)
    if len(blocks) < 2:
        return copied
    twins = list(copied.iter())
    first = twins[order[blocks[0]]]
    for block in blocks[1:]:
        twin = twins[order[block]]
        if twin.tail and twin.tail.strip():  # text after the container is not the container's: left where it was
            before = twin.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + twin.tail
            else:
                parent = twin.getparent()
                parent.text = (parent.text or "") + twin.tail
        twin.tail = None
        first.append(twin)
    return copied


def named_alike(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether two containers are named as one kind by the page's template: every class or id token of one is a
    token of the other, or the start of one before a ``-`` or ``_`` (``article-body`` and ``article-body``,
    ``entry-content`` and ``entry-content-2``, ``txt`` and ``txt txt--cont``). A story's container closed at an
    advertisement is opened again under its own name; a box after it (a bio, a promotion, reader comments) is named
    for what it is, and a grid's layout token alone does not make two containers alike (every token counts)."""
    names = [_names(one), _names(other)]
    return all(names) and any(all(any(name == token or (token.startswith(name) and token[len(name)] in "-_")
                                         for token in theirs) for name in ours)
                              for ours, theirs in (names, names[::-1]))


def numbered_alike(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether two sibling containers bear the same names but for a number counted on (:func:`_counted_on`:
    ``article-body part-1`` and ``article-body part-2``, ``text-block-2`` and ``text-block-3``): the parts a
    template numbers a story's text in. Every other token the same, none more or fewer: a box after the story
    named for what it is besides (``part-2 sponsored``) is not a numbered part."""
    mine, theirs = _names(one), _names(other)
    if not mine or Counter(map(_unnumbered, mine)) != Counter(map(_unnumbered, theirs)):
        return False
    odd = [name for name in mine if name not in theirs]
    return bool(odd) and all(any(_counted_on(name, token, one, other) for token in theirs if token not in mine)
                             for name in odd)


def _unnumbered(token: str) -> str:
    """``token`` with the number at its end (:data:`_NUMBERED`) replaced by ``#``."""
    numbered = _NUMBERED.fullmatch(token)
    return token if numbered is None else numbered[1] + "#"


def _names(element: HtmlElement) -> list[str]:
    """The class and id tokens of ``element``."""
    return (element.get("class") or "").split() + (element.get("id") or "").split()


_NUMBERED = re.compile(r"(.*[^\W\d_])[-_]*(\d+)")
"""A name ending in a number, the number after any ``-`` or ``_``: ``part-2``, ``text-block-3``, ``articleBody2``."""


def _counted_on(name: str, token: str, one: HtmlElement, other: HtmlElement) -> bool:
    """Whether ``name`` (of ``one``) and ``token`` (of ``other``, a sibling) are one name numbered as the page counts
    its parts: each number after the same name, the later container's the earlier's plus one for each container
    of that name from the earlier to the later (``part-1``, ``part-2``, ``part-3``; ``chunk-0``, ``chunk-1``). A
    template numbers the parts of a story in reading order; grid columns sized ``col-8`` beside ``col-4`` count
    nothing, and a box after a story is named for what it is."""
    mine, theirs = _NUMBERED.fullmatch(name), _NUMBERED.fullmatch(token)
    parent = one.getparent()
    if mine is None or theirs is None or mine[1] != theirs[1] or parent is None or other.getparent() is not parent:
        return False
    siblings = list(parent)
    (first, number), (last, count) = sorted([(one, int(mine[2])), (other, int(theirs[2]))],
                                            key=lambda pair: siblings.index(pair[0]))
    between = siblings[siblings.index(first) + 1:siblings.index(last) + 1]
    numbered = sum(any((match := _NUMBERED.fullmatch(own)) is not None and match[1] == mine[1] for own in _names(element))
                   for element in between if isinstance(element.tag, str))
    return count - number == numbered > 0


def _resumes_text(story: HtmlElement, box: HtmlElement, page: PageElements) -> bool:
    """Whether the later of ``story`` and ``box`` (two containers named as numbered parts: :func:`numbered_alike`) goes
    on with the text where the earlier stopped: its first element a ``<p>`` of prose that does not open with a link
    (or its text told in sections: :func:`_in_sections`; no dateline or byline before it), and it is no item of its
    own (an ``<article>``, an ``itemscope``) and holds no ``<h1>``. A numbered name tells a part from the next post,
    card or bio of one template no better than its structure: the next story opens with its headline, kicker, byline
    or dateline, a card or a bio with a picture or a linked name; a story's part resumes with a paragraph. Nor where
    ``box`` stands right beside another container of its numbered name: a story is split where something stands
    between its parts (an advertisement, an embed, a box); numbered containers side by side are a list's items. Nor
    where what stands between holds an element classed as the page's ``<h1>`` is (:func:`_headline_classed`): a
    template numbers the stories of an infinite scroll as it numbers a story's parts, and prints the next one's
    headline in its headline's class, in a heading or not."""
    siblings = [element for element in story.getparent().iterchildren() if isinstance(element.tag, str)]
    place = siblings.index(box)
    if any(neighbour.tag == box.tag and numbered_alike(neighbour, box)
           for neighbour in siblings[max(place - 1, 0):place] + siblings[place + 1:place + 2]):
        return False  # numbered containers side by side: a list's items (cards), not a text split where a box stood
    earlier, later = sorted((story, box), key=siblings.index)
    if _headline_classed(siblings[siblings.index(earlier) + 1:siblings.index(later)]):
        return False  # the next story's headline between: its numbered container is that story's
    if later.tag == "article" or later.get("itemscope") is not None or next(later.iter("h1"), None) is not None:
        return False
    first = next((child for child in later.iterchildren() if isinstance(child.tag, str)), None)
    if first is not None and first.tag in HEADING_TAGS:
        return _in_sections(later, first, page)
    return (first is not None and first.tag == "p" and _prose_paragraph(text := single_spaced(page.text(first)))
            and not _opens_with_link(first, text))


def _headline_classed(elements: list[HtmlElement]) -> bool:
    """Whether one of ``elements`` or their descendants bears the class of one of the page's ``<h1>`` (the same tokens,
    none more or fewer): a headline as the template prints one, whatever its tag."""
    tree = elements[0].getroottree() if elements else None
    classes = {frozenset(tokens) for h1 in (tree.iter("h1") if tree is not None else ())
               if (tokens := (h1.get("class") or "").split())}
    return bool(classes) and any(frozenset((element.get("class") or "").split()) in classes
                                 for block in elements for element in block.iter() if isinstance(element.tag, str))


DECLARED_SHARE = 0.5
"""Share of a container's paragraphs of prose the page's declared ``articleBody`` must hold for the container to be
the story's (:func:`_declared_rest`): the body is the publisher's plain text, where a paragraph's inline parts (a
dateline, a linked aside, a footnote mark) may be written otherwise; a box's or another story's paragraphs are in
no part of it, so most of them held is the publisher's word, not a coincidence of one line."""


def _declared_rest(texts: list[str], body: str) -> bool:
    """Whether the page's declared ``articleBody`` (``body``, single-spaced, holding one of the story block's own
    paragraphs: :func:`story_continuation` asks once) holds most (:data:`DECLARED_SHARE`) of the paragraphs of prose
    of a container beside the story block (its paragraphs' ``texts``): the publisher says the two containers are one
    story's text, whatever heading opens the later one (a box's or another story's paragraphs are no part of the
    page's own article; a body cut to its lead holds no paragraph of the rest)."""
    prose = [text for text in texts if _prose_paragraph(text)]
    return sum(text in body for text in prose) > DECLARED_SHARE * len(prose)


def _titled_box(box: HtmlElement, other: HtmlElement) -> bool:
    """Whether ``box`` opens with a heading, before any ``<p>``, of a level ``other`` (a container before it) uses
    for none of its subheadings (its heading children): a box's title ("Background", "Related", "About the
    author") or the headline of another story set beside (a multi-story page, the next story loaded in). A story
    closed at an advertisement goes on with its next paragraph, or a subheading of its own level."""
    first = next(box.iter(*HEADING_TAGS, "p"), None)
    return first is not None and first.tag != "p" and next(other.iterchildren(first.tag), None) is None


STORY_SECTIONS = 2
"""Headings of one level, each over a paragraph of prose, that make the later of a story's two containers its
sections (:func:`_story_resumed`): a box is titled once, and another story's headline heads subheadings of a level
below its own, so two sections under headings of the container's opening level are a story told in sections."""


def _story_resumed(box: HtmlElement, story: HtmlElement, page: PageElements) -> bool:
    """Whether ``box``, a container after ``story`` (a container of the story's) that opens with a heading
    (:func:`_titled_box`), is the story's own text reopened after an advertisement or an embed, its first subheading
    a level ``story`` never sets: ``story``'s own container again (its tag and class: the publisher's template for
    the story's text, no box's) where ``story`` opens with a paragraph and ``box`` with no ``<h1>`` (a block that
    opens with a headline of its own is a post among posts, the next set in the same template); or the story's sections
    (:data:`STORY_SECTIONS` headings of the level ``box`` opens with that show no link, each over a ``<p>`` of prose:
    a story's intro before the ad, its sections after it; a linked heading is a teaser's title)."""
    first = next(box.iter(*HEADING_TAGS, "p"))
    if first.tag == "h1" or _own_story(box, first) or _teaser_box(box, page):
        return False
    own = story.get("class")
    if own and own == box.get("class") and next(story.iter(*HEADING_TAGS, "p")).tag == "p":
        return True
    return _in_sections(box, first, page)


def _in_sections(box: HtmlElement, first: HtmlElement, page: PageElements) -> bool:
    """Whether ``box`` holds :data:`STORY_SECTIONS` headings of the level of ``first`` (its opening heading) that show
    no link, each over a ``<p>`` of prose: a story told in sections, not a box or a story under one title."""
    sections = 0
    for heading in box.iterchildren(first.tag):
        under = heading.getnext()
        sections += (not _shows_link(heading) and under is not None and under.tag == "p"
                     and _prose_paragraph(single_spaced(page.text(under))))
    return sections >= STORY_SECTIONS


def _told_apart(story: HtmlElement, box: HtmlElement, page: PageElements) -> bool:
    """Whether ``box``, a container the story goes on in (:func:`story_containers`), is set apart from the ``story``
    block as a text of its own, so that reading the two as one container (:func:`joined_story`) would put another
    text into the story: the later of the two opens with a title (:func:`_titled_box`) and is not the story's
    sections (:func:`_in_sections`: one heading over the same template's paragraphs is as much the next story's title
    as a subheading), or a title or a dateline stands between them (:func:`_titles_what_follows`). An advertisement,
    an embed or a box of links ("read also") between two containers of one story titles nothing after it; a
    headline, a header with a ``<time>``, or a rule and a heading open another story (a page of several, the next
    one loaded in). Each left as it was: the passes' own reading of the page."""
    siblings = list(story.getparent().iterchildren())
    earlier, later = sorted((story, box), key=siblings.index)
    if _titled_box(later, earlier) and not _in_sections(later, next(later.iter(*HEADING_TAGS)), page):
        return True
    between = siblings[siblings.index(earlier) + 1:siblings.index(later)]
    return any(_titles_what_follows(element) for element in between if isinstance(element.tag, str))


def _titles_what_follows(element: HtmlElement) -> bool:
    """Whether ``element``, standing between two containers, is a heading or a ``<time>``, or holds one and shows
    no more text (:func:`text_size`: a CJK headline is short in characters) in links outside its headings than in
    its headings: a title or a dateline of what follows (with its author's link). A box of links ("read also")
    shows mostly its links; its heading titles them. A box with an e-mail field is no less a title: the next story's
    header shows its headline beside a form to follow its author, as a sign-up box shows its heading beside one."""
    if element.tag in HEADING_TAGS or element.tag == "time":
        return True
    headings = list(element.iter(*HEADING_TAGS))
    if not headings and next(element.iter("time"), None) is None:
        return False
    headed = {link for heading in headings for link in heading.iter("a")}
    listed = sum(text_size(text_content(link).strip()) for link in element.iter("a") if link not in headed)
    return listed <= sum(text_size(text_content(heading).strip()) for heading in headings)


def _own_story(box: HtmlElement, first: HtmlElement) -> bool:
    """Whether ``box``, a container opening with the heading ``first``, is marked as a story of its own, whatever
    its template (the next story of an infinite scroll set in the story's own container and class): an ``<article>``
    (HTML's self-contained composition: a story's text reopened after an ad is no second one), an item of its own
    (``itemscope``: its own NewsArticle), a headline linking to its own page (a subheading links nowhere), or a
    ``<time>`` between its heading and its first paragraph (its own dateline)."""
    if box.tag == "article" or box.get("itemscope") is not None or _shows_link(first):
        return True
    for element in box.iter():
        if element.tag == "p":
            return False
        if element.tag == "time":
            return True
    return False


def _teaser_box(box: HtmlElement, page: PageElements) -> bool:
    """Whether every ``<p>`` of prose in ``box`` opens with a link: a titled box of teasers ("Related", "Read also"),
    each a linked story title before its blurb, set in the story's own container; a story's paragraphs do not all
    open on a link."""
    texts = [(paragraph, text) for paragraph in box.iterchildren("p")
             if _prose_paragraph(text := single_spaced(page.text(paragraph)))]
    return bool(texts) and all(_opens_with_link(paragraph, text) for paragraph, text in texts)


def _opens_with_link(paragraph: HtmlElement, text: str) -> bool:
    """Whether ``paragraph`` (its ``text``, single-spaced) opens with its first link's text."""
    link = next(paragraph.iter("a"), None)
    return link is not None and bool(shown := single_spaced(text_content(link))) and text.startswith(shown)


def _prose_paragraph(text: str) -> bool:
    """A paragraph holding a sentence of words (:func:`holds_sentence`), not a mark alone ("." or "* * *"
    between a story's sections, found in any text)."""
    return holds_sentence(text) and any(char.isalnum() for char in text)


def _linked_whole(paragraph: HtmlElement, text: str) -> bool:
    """Whether ``paragraph`` (its ``text``, single-spaced) is one link's whole text."""
    return bool(text) and any(single_spaced(text_content(link)) == text for link in paragraph.iter("a"))


def story_parts(story: HtmlElement | None, page: PageElements, declared: str | None = None) -> list[list[str]]:
    """The paragraphs' texts (single-spaced) of the ``story`` block and of each container the story goes on in
    beside it (:func:`story_continuation`; ``declared``: the page's JSON-LD ``articleBody``), one list a container,
    each without the prose-less paragraphs and those another container repeats; none where the story has one
    container."""
    continuation = story_continuation(story, page, declared)
    if not continuation or story is None:
        return []
    own = [text for text in (single_spaced(page.text(paragraph)) for paragraph in story.iterchildren("p"))
           if _prose_paragraph(text)]
    parts = [own, *continuation]
    seen = Counter(text for part in parts for text in set(part))
    return [[text for text in part if seen[text] == 1] for part in parts]  # a line the parts share tells neither


def _misses_part(text: str, parts: list[list[str]]) -> bool:
    """Whether ``text`` holds none of the paragraphs of one of the story's containers (:func:`story_parts`):
    a pass that read some of the story's containers only, stopping where one of them did."""
    if not parts:
        return False
    flat = single_spaced(text)
    return any(part and not any(paragraph in flat for paragraph in part) for part in parts)


def story_only(text: str, story: HtmlElement | None, page: PageElements) -> bool:
    """Whether every line of ``text`` is a paragraph of the page's ``story`` (:func:`story_block`:
    a ``<p>`` of the element holding most of them) or the page's headline (an ``<h1>``): the text
    holds nothing from outside the story's own container for precision mode to cut, whatever of
    it does not read as a sentence (a label, a byline, a share prompt set as the story's
    paragraphs: the cleaner's), nor what a player set in the story shows where the browser plays
    nothing (an element of the story holding an ``<audio>`` or ``<video>``: its fallback text, the
    cleaner's too). A paragraph that is all one link's text (another story's title, an app's
    promotion) is the link's label, not the story's, and stays precision mode's to judge.

    The story's own subheadings are the story's too: an ``<h2>``-``<h6>`` child of the ``story``
    block that shows no link (a linked heading is a teaser's title, another story's). A subheading
    ends in no stop, so a story of short sections read as less than an article, and precision mode
    had the whole text to judge though nothing outside the story was there to cut (the benchmark's
    meal-prep post: precision mode cut two of its section headings). A subtitle set as a heading under
    the headline is not the story block's and stays precision mode's to judge (:func:`with_standfirst`).

    A child named as set apart (:data:`SET_APART_NAME`: what precision mode discards by name) is no
    line of the story's either: there precision mode has something to cut (a comment prompt under
    an unlinked "Comments" heading)."""
    if story is None:
        return False
    # Each line, looked for among the story's children: a child whose text is no line is not
    # looked into (its links, its players), and the walk ends with the last line found.
    missing = {single_spaced(line) for line in text.split("\n") if line.strip()}
    missing.difference_update(single_spaced(text_content(heading)) for heading in page.of("h1"))
    for child in story.iterchildren(etree.Element):
        if not missing:
            break
        own = single_spaced(page.text(child))
        if own not in missing or any(SET_APART_NAME.search(child.get(name, "")) for name in ("id", "class")):
            continue
        if child.tag == "p":
            if not any(single_spaced(text_content(link)) == own for link in child.iter("a")):
                missing.discard(own)
        elif child.tag in HEADING_TAGS[1:]:
            if not _shows_link(child):
                missing.discard(own)
        elif next(child.iter("audio", "video"), None) is not None:
            missing.discard(own)
    return not missing


def sentence_share(text: str) -> float:
    """Share of the text's characters in paragraphs that end like a sentence (0 for no text)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(len(line) for line in lines if sentence_like(line)) / len(text) if text else 0.0


def _trust_precise(balanced: str, precise: str) -> bool:
    """Precision mode's text replaces the balanced one unless it lost all but a fraction of it
    (``MIN_PRECISE_SHARE``), or most of it and most of its prose (a live blog's entries, cut to the
    few precision mode took for the story: prose it dropped is the article's, not chrome), unless
    it reads much more like an article (the balanced pass took a menu or a link list for the story)."""
    if not precise:
        return False
    if sentence_share(precise) - sentence_share(balanced) >= 0.5:
        return True
    # A text's size is at least its length and at most WIDE_CHAR_WEIGHT times it: a precise text
    # this long keeps the share whatever the sizes, which are then not read.
    kept = (len(precise) >= MIN_PRECISE_SHARE * (WIDE_CHAR_WEIGHT * len(balanced))
            or text_size(precise) >= MIN_PRECISE_SHARE * text_size(balanced))
    lost_most = 2 * text_size(precise) < text_size(balanced) and 2 * prose_size(precise) < prose_size(balanced)
    return kept and not lost_most


def prose_size(text: str) -> int:
    """Characters in the paragraphs of ``text`` that hold a sentence (:func:`holds_sentence`):
    what a reader reads, where menus, labels, scores and teaser titles are the rest."""
    return sum(len(line) for line in text.split("\n") if holds_sentence(line))


def holds_sentence(line: str) -> bool:
    """A paragraph that ends like a sentence or has one ending inside it (a terminator followed by
    a space; a full-width one by anything): running text, also where it ends in a score or a link."""
    return sentence_like(line) or _SENTENCE_INSIDE.search(line) is not None


def sentence_like(line: str) -> bool:
    """A paragraph of running text (it ends like a sentence, or leads into what follows), not a
    caption, teaser or label."""
    core = line.rstrip().rstrip(CLOSING_MARKS)
    return bool(core) and core[-1] in SENTENCE_ENDS + ":;"


def _agreement(candidate: str, reference: str) -> float:
    """F1 of word 4-gram overlap between two texts (0 when either has none)."""
    a, b = _shingles(candidate), _shingles(reference)
    if not a or not b:
        return 0.0
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values()))


def _shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text.casefold())
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(len(tokens) - 3, 0)))


def protect_joiners(html: str) -> str:
    """Replace ZWNJ/ZWJ (as characters or entities) by printable stand-ins trafilatura keeps."""
    # One regex pass (~0.15 ms on a benchmark page): six substring tests for "&zw", "&lrm" ...
    # cost five times that on the two-byte strings most pages decode to.
    html = _JOINER_ENTITIES.sub(_entity_char, html)
    for joiner, stand_in in JOINER_STAND_INS.items():
        if joiner in html:
            html = html.replace(joiner, stand_in)
    return html


def _entity_char(match: re.Match) -> str:
    name, decimal, hexa = match.groups()
    if name:
        return _ENTITY_CHARS[name.lower()]
    return chr(int(decimal) if decimal else int(hexa, 16))


def as_read(text: Any) -> Any:
    """A field as the record gives it: :func:`restore_joiners`, then Unicode NFC (non-strings
    pass through). A page may spell a letter decomposed ("u" and a combining diaeresis, as some
    editors and macOS write it); the composed form is the same text (canonically equivalent) and
    the one readers type and search, so "geprüft" is found whichever way the page spelled it."""
    text = restore_joiners(text)
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def _headline_text(title: str | None) -> str | None:
    """A headline as it reads and is searched: without hidden marks (a German page's soft
    hyphens) and without the format characters at its ends (:func:`_without_edge_format`); None
    when nothing is left."""
    if not title:
        return title
    return _without_edge_format(title.translate(_HIDDEN)) or None


def _without_edge_format(text: str) -> str:
    """``text`` without the whitespace and the format characters (Unicode's ``Cf``: direction marks, a
    zero-width space, joiners) at its start and end: they only tell how the characters between them are
    drawn or broken ("\u200fعنوان\u200f" from a right-to-left site's ``<title>``), and beside no character
    they draw nothing. Inside the text they stay (a Persian word's non-joiner, an emoji's joiner), and so do
    those bound to a character beside them (:data:`BOUND_FORMAT_CHARACTERS`: the tags closing England's flag
    at a headline's end)."""
    start, end = 0, len(text)
    while start < end and _loose_format(text[start]):
        start += 1
    while end > start and _loose_format(text[end - 1]):
        end -= 1
    return text[start:end]


def _loose_format(char: str) -> bool:
    """Whether ``char`` is whitespace or a format character bound to no character beside it
    (:func:`_without_edge_format`)."""
    return char.isspace() or unicodedata.category(char) == FORMAT_CATEGORY and not BOUND_FORMAT_CHARACTERS.match(char)


def _shorter_than(text: str, size: float) -> bool:
    """``text_size(text) < size``, without reading the characters of a text whose length alone
    reaches ``size`` (a text's size is never less than its length)."""
    return len(text) < size and text_size(text) < size


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _looks_binary(html: str) -> bool:
    """Binary data served as text/html decodes into control characters and U+FFFD (:data:`_BINARY_JUNK`).
    Counted in C: the control characters are single bytes in UTF-8, deleted by one ``bytes.translate``
    (a regex's search of a page's start cost five times these steps)."""
    sample = html[:4096]
    data = sample.encode("utf-8", "surrogatepass")
    junk = len(data) - len(data.translate(None, _BINARY_CONTROL_BYTES)) + sample.count("\ufffd")
    return junk > len(sample) * 0.1


__all__ = ["ExtractOptions", "ExtractedArticle", "Extraction", "extract_article"]
