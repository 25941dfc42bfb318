"""Chrome that only the page's tree tells apart from the article, in any language.

Phrase lists cover the languages someone wrote them for; the shape of the HTML does not depend on
the language:

* a label and a link to another page of the same site: "Read also: <link>" in one short
  paragraph, or a paragraph that is nothing but such a link (another story's headline, with a
  short label paragraph above it when there is one, also when the extraction dropped the link's
  paragraph and left the label alone). The label must be set apart as one (a separator after
  it, bold or other inline markup, capitals, nothing but a bullet), or the link must end the
  paragraph with a headline ("Soma pia <link>Headline</link>": no full stop, a capital in a
  cased script), so that "Officials said <link>the attack killed 12</link>." stays;
* the heading inside such a link: a teaser card of another story (image, kicker, headline);
* a box of teasers: three or more elements side by side, each holding one heading that links to
  another page of the site (or sits in such a link) and little else, at most one paragraph of
  running text: the blurbs, kickers and dates beside those headlines are the other stories' text
  (a live page's updates, two paragraphs each under a heading linking to the story each sums up,
  are its own). Only where the story keeps a body
  without them (a tag page made of such teasers is left whole, for the page type to judge);
* the fallback text beside a media player (a small container holding ``<audio>``/``<video>``);
* a picture's credit: a line shaped as one ("Foto: Anna Nowak", a label and a name) that is the
  text of the small block holding an ``<img>`` (a figure, the picture's box, the paragraph it
  stands in with its credit below a ``<br>``);
* a clip's teaser: the caption in the container of an element that holds nothing but a date and a
  running time ("18.04.2024 | 0:21 min": a video's, not the story's);
* a clip's figure: a ``<figure>`` (or the small container) of a ``<time>`` whose ``datetime`` is
  an ISO 8601 duration ("PT50M55S": a video's running time), with the clip's kicker and title;
* a dialog the page does not show: a ``<dialog>`` not opened (a login prompt, a newsletter
  modal), while it holds little text. Not any hidden element: paywalled paragraphs come
  ``aria-hidden`` or in a ``hidden`` wrapper, and they are the story;
* a teaser card: an ``<article>`` inside the page holding little text, at most one paragraph of
  running text, and a link to another page of the site (another story's kicker, headline and
  author), with the short label of its box
  ("Noticia relacionada"); a line joining words of two or more of the card's pieces in their
  order too (the extraction may drop the linked headline and join the kicker and the author);
* a box's heading alone: a short line, no sentence, that is the text of a heading or of the first
  block of a container whose other text (its links, a chart, a form: a sidebar box) the extraction
  left out. An article's subheading comes with its paragraphs;
* a link to what the page embeds ("Link zum <a href=youtube...>YouTube-Inhalt</a>" beside the
  embedded video): the embed's fallback, in a short line of its own;
* the text of a widget: a small container around a field one types into, as a newsletter sign-up,
  a comment form or a "send this article" form has. An article's text is not a form's; the
  container is the largest one around the field that holds little text, so the article around it
  is not taken along. Around a button or a checkbox (which tables of contents, accordions and
  galleries have too) only when the container shows a consent notice or button: the placeholder
  of an embed that loads on a click ("Ein Klick für den Datenschutz ... Datenschutzeinstellungen").

* an ad's label among the story's paragraphs: a block of the story's own whose class names an ad
  and whose text is a label ("<p class=advertisement>ANZEIGE</p>");
* a box the markup names as no part of the story: a ``<form>``, ``<aside>``, ``<nav>`` or ``<footer>``,
  an element whose role is a landmark of the site (``complementary``, ``navigation``, ...) or a
  dialog, or that is modal (``aria-modal="true"`` on an element holding a link or a control: only a
  dialog is), or whose class or id names reader comments (and the form to write one), a newsletter's
  sign-up, related or recommended stories, a call for donations, an ad's slot (its label:
  "Anzeige"), a pop-up, a consent banner, a menu or a share bar (a heading's or a paragraph's id is no mark: it is often its own text); and
  the container just before a comment thread (its policy or its heading).
  Never an element that holds the story's block of paragraphs (a page wrapped in one ``<form>``,
  a ``comments-open`` article) or whose marking class is of the kind of such an element's (each
  story's wrapper in a page of several, each entry of a live blog: numbered classes aside), nor a line that is also a heading or a paragraph outside such
  boxes or a line of the story's block. A comment thread is one below the story's start (above
  it, the class names an opinion piece's lead). Where the class names the author's line, only an
  element that is one short line and no sentence goes (not the header around it);
* a box one closes: the small container of a button that shows nothing but a close mark ("✕"),
  a pop-up's or a banner's (a call for donations), whatever its language;
* a list of other stories: a block holding two or more links to other pages of the site, each a
  line of its own (between ``<br>`` or in items of their own) and nothing else but a short label
  ("<b>Related</b><br><a>headline</a><br><a>headline</a>");
* a "read also" closing a paragraph of the story: after its last sentence a short label set apart
  as one (a separator after it or inline markup of its own, in parentheses or not), then a link
  to another page of the site and nothing after it ("... on Monday. <b>Read also:</b>
  <a>Headline</a>"). The line keeps its sentences and loses the label and the link.

* a closing widget that counts what its heading names ("Comments" over "12 comments" and a login
  prompt, in the text's closing run of lines that are no sentence), and a closing section whose
  every block opens with another story's linked headline and says no sentence ("Read more" over
  "<a>headline</a> — other headline");
* a side label between two of the story's paragraphs: a block whose whole text is one ``<small>``
  (HTML's side comment: an ad's "Anzeige"), or a label alone beside an empty element (a slot a
  script fills).
A story written as one block whose paragraphs blank lines part ("one.<br><br>two.", an old CMS's or a
blog's) is read paragraph by paragraph: the rules that read a link's paragraph read the one the blank lines
make as they read a ``<p>`` (:class:`_Paragraphs`); a single ``<br>`` parts lines of one paragraph.

Runs in extraction, where the tree is at hand (``drop_tree_chrome`` is called by
``newsspider.extract.article``): the extracted text loses the lines that are exactly the text of
such a block (and the "read also" that closes a paragraph, the line its tail).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain
from typing import Generic, TypeVar
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsspider.extract.addresses import registrable_domain
from newsspider.extract.calendars import time_ago
from newsspider.extract.cleaning.channels import MAX_CHANNEL_LINE_WIDTH, channel_lines
from newsspider.extract.cleaning.keys import credit_parts, predicate_form
from newsspider.extract.cleaning.limits import (
    MAX_COUNT_DIGITS,
    MAX_COUNTED_PROMPT_LINES,
    MAX_DATELINE_WIDTH,
    MAX_EMBED_LINK_WIDTH,
    MAX_HIDDEN_CHARS,
    MAX_LINK_LABEL_WIDTH,
    MAX_LINK_LABEL_WORDS,
    MAX_MEDIA_TEASER_CHARS,
    MAX_PICTURE_TEXT_CHARS,
    MAX_PLAYER_TEXT_CHARS,
    MAX_TAIL_WORDS,
    MAX_TEASER_CHARS,
    MAX_TITLED_WIDTH,
    MAX_TITLED_WORDS,
    MAX_WIDGET_CHARS,
    MIN_BARE_HEADLINE_WORDS,
    MIN_LINK_BLOCK_ITEMS,
    MIN_LINKED_HEADLINE_CHARS,
    MIN_ORPHANED_BOX_CHARS,
    MIN_SHARED_STEM_CHARS,
    MIN_STEM_WORD_CHARS,
    MIN_TEASER_BOX,
    WIDGET_DEPTH,
)
from newsspider.extract.cleaning.patterns import Patterns, compiled_patterns
from newsspider.extract.cleaning.rules import (
    is_bare_heading,
    is_consent,
    is_dated_line,
    is_media_meta,
    is_short,
    is_shortcodes_only,
)
from newsspider.extract.cleaning.text import (
    LIST_ITEM,
    LIST_ITEM_MARKS,
    ends_sentence,
    has_sentence_break,
    is_punct_only,
    may_be_label,
    width_at_most,
)
from newsspider.extract.elements import (
    HEADING_TAGS,
    UNSEEN_TAGS,
    PageElements,
    blank_line_after,
    paragraphs_apart,
    text_content,
    text_lines,
    without_spaces,
)
from newsspider.extract.language import dominant_script
from newsspider.extract.pagetype import BODY_PARAGRAPHS, holds_its_permalink, may_run, running_text
from newsspider.unicode_classes import (
    CLOSING_MARKS,
    ELLIPSIS,
    FULL_STOPS,
    UNMARKED_SENTENCE_SCRIPTS,
    each_of_unspaced_script,
    end_says_nothing,
    is_cjk,
    is_unspaced,
    unify_digits,
)

__all__ = ["drop_tree_chrome"]

_T = TypeVar("_T")

_BLOCKS = frozenset({"p", "li", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td", "section",
                     "aside", "ul", "ol", "header", "footer", "figure", "center"})
_CONTROLS = ("input", "select", "textarea")
# What a reader acts with: a link or a control (a box of the story's own text shows none of them).
_ACTIONS = ("a", "button", *_CONTROLS)
# The fields one types into (a sign-up's e-mail, a comment, a search): a checkbox or a button also
# opens a table of contents, an accordion or a gallery, whose text may be the article's.
_TEXT_INPUTS = frozenset({"text", "email", "search", "tel", "url", "password", "number"})
# A widget never grows past these: the article, or the page, holds it.
_NOT_WIDGET = frozenset({"article", "main", "body", "html"})
_INLINE_LABELS = frozenset({"strong", "b", "em", "i", "span", "mark", "label", "small", "u"})
_NOTE_TAGS = _INLINE_LABELS | {"time"}  # a teaser line's note after its link (a date) stands in one of these
_LABEL_END = ":：|»›>–—-→▶►•·/"
# A text that shows a web address: a link showing one is a reference the story gives (no other
# story's headline), and a line holding one credits no picture.
_WEB_ADDRESS = re.compile(r"://|\bwww\.", re.IGNORECASE)
# What ends a picture's line: a line break, its caption, a block.
_PICTURE_LINE_ENDS = frozenset({"br", "figcaption", *_BLOCKS})
# Elements whose text the page does not show (and comments, processing instructions: no tag name).
_HIDDEN = frozenset(UNSEEN_TAGS)
# Controls one clicks: with a consent notice, an embed's two-click placeholder.
_CLICK_INPUTS = frozenset({"checkbox", "button", "submit"})
# A link is compared with the embedded addresses only when it ends as one of them does.
EMBED_END_CHARS = 8
# Where a page names the address of what it embeds.
_EMBED_ADDRESSES = ("src", "data-src")
_EMBED_META = frozenset({"embedurl", "contenturl"})
# A running time as ISO 8601 writes it (``<time datetime="PT2M30S">``): a clip's, not a date.
_ISO_DURATION = re.compile(r"P(?:\d+[YMWD])*T?(?:\d+(?:[.,]\d+)?[HMS])+", re.IGNORECASE)
# Where a box's heading is looked for: headings and the elements sites set one in.
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b", "dt", "header")
# A teaser card is mostly its link (the other story's headline): this share of its text at least.
CARD_LINKED_SHARE = 0.5
# Characters :func:`_lines_in` compares at most (a box's text length times the lines looked for) to
# pass over a box whose text holds no line without reading its blocks' texts.
LINE_SEARCH_CHARS = 50_000
# A box's text is looked for in the article's by the opening of each of its blocks, this long.
ORPHAN_PIECE_CHARS = 40
# Words of a class or id naming a box that is no part of the story: reader comments and the form to
# write one, a newsletter's sign-up, other stories, a call for donations, an ad's slot, a pop-up, a consent
# banner, the site's menus, a share bar (or its social networks' buttons). Not "subscription" (a
# paywall's locked part of the story as often as an offer) nor "notification" (any notice box, a
# story's key facts in Bulma's): words that name a part of the story too are no mark.
# Words of a class naming an ad's slot. Not "ad": a hex id's letters ("outline-container-orgd7109ad").
_AD_MARKS = frozenset({"ads", "advert", "adverts", "advertisement", "advertising"})
_BOX_MARKS = frozenset({
    "comment", "comments", "disqus",
    "newsletter", "newsletters", "subscribe", "signup",
    "related", "recommended", "recommendation", "recommendations",
    "donate", "donation", "donations",
    *_AD_MARKS,
    "modal", "popup",
    "cookie", "cookies", "consent", "gdpr",
    "menu", "nav", "navigation", "navbar", "breadcrumb", "breadcrumbs",
    "share", "sharing", "sns",
})
# Words of a class or id naming the site's prompt to pay, follow or install: a paywall's
# ("paywall-prompt": also the locked part of the story, so a box of these marks goes only as one short
# line that is no sentence, :func:`_prompt_line`); a call to follow the site ("follow" with "us" or
# "social": "follow-us", "social-follow"; not "follow-up", a story's update); a promotion of its app
# ("app" with a word of promotion: "app-promo", "download-app"; not "app" alone, a framework's root
# or a component's name, "App_caption__x7d").
_PAYWALL_MARKS = frozenset({"paywall", "paywalled", "regwall"})
_FOLLOW_PAIRS = frozenset({"us", "social"})
_APP_PAIRS = frozenset({"promo", "promotion", "download", "install", "banner"})
# Marks naming a box of links: other stories (each a link to it) or a share bar (each network a link
# or a button). Such a box within the story's own element that shows no link nor control, only
# sentences found nowhere else in the text, lists nothing: it is the story's text set apart (a note of
# context, a quote set out to be shared), whatever its class says. A box naming a form, a notice or a
# thread (a sign-up, a consent, comments, a donation) shows sentences of its own and stays marked.
_LINK_BOX_MARKS = frozenset({"related", "recommended", "recommendation", "recommendations", "share", "sharing", "sns"})
# Elements that show no text by what they are, in running text as anywhere: a line break.
_TEXTLESS_ELEMENTS = frozenset({"br", "wbr"})
# Words naming a comment thread: the box just before it is its policy or heading.
_COMMENT_MARKS = frozenset({"comment", "comments", "disqus"})
# The containers a comment thread's policy stands in before it (not a paragraph, list or heading:
# the story's own may end there).
_INTRO_BOXES = frozenset({"div", "section", "header"})
# Words naming the author's line (class names are mostly English; "autor" in half of Europe's CMSs).
_BYLINE_MARKS = frozenset({"author", "authors", "byline", "autor"})
# The words of a class or id ("sf_comment_list": sf, comment, list; "newsletterSignup": newsletter, signup).
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A class or id that may hold one of the marks: looked at word by word only when this finds one.
_MARK_SCAN = re.compile("|".join([*sorted({w[:4] for w in _BOX_MARKS | _BYLINE_MARKS | _PAYWALL_MARKS} | {"follow"}),
                                   rf"app[\W_]*(?:{'|'.join(sorted(_APP_PAIRS))})",
                                   rf"(?:{'|'.join(sorted(_APP_PAIRS))})[\W_]*app"]))  # of the lowercased name
# A heading's or a paragraph's id is often its own text, an anchor to it ("nav_nur_die_folie__1"
# for "Nur die Folie bleibt zurück"), no mark.
_SLUGGED = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p"})
# Landmark roles of the site around the story, and dialogs.
_BOX_ROLES = frozenset({"complementary", "navigation", "contentinfo", "dialog", "alertdialog"})
_BOX_TAGS = frozenset({"form", "aside", "nav", "footer"})
# What a close button shows: a mark, no word ("✕", "×"), nor a letter (a share bar's "X" is the network's name).
_CLOSE_MARKS = frozenset("✕✖✗✘×╳")
# Documents a story links as its sources (a report, a ruling, a data set): files of the site, no
# page of it, so a link to one is no other story.
_DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".zip")
# An ellipsis written as full stops, as "…" is written where the character is not at hand.
DOTTED_ELLIPSIS = "..."
# The elements of the story's own lines, never a slot's label: its headings and paragraphs (a theme's
# group block sets a subheading, or a paragraph read as one, beside an empty spacer).
_STORY_LINE_TAGS = frozenset({*HEADING_TAGS, "p"})
# A side label's elements (:func:`_side_labels`): a ``<small>``; an empty element (a slot a script
# fills), whose container may hold the label. Each a walk of the tree in libxml2, linear in its size
# (asking each element for an empty sibling is quadratic in a container of many: a transcript's
# thousands of <p> and <br>).
_SMALL_PRINT = etree.XPath("//small[not(*)]")
_EMPTY_ELEMENTS = etree.XPath("//*[not(node())]")


def drop_tree_chrome(text: str, tree: HtmlElement, page_urls: Iterable[str | None],
                     page: PageElements | None = None, story: HtmlElement | None = None,
                     label_links: list[tuple[str, str]] | None = None) -> str:
    """``text`` without the lines that are chrome by the shape of ``tree`` (see the module;
    ``page``: the tree's elements, when already found; ``story``: the element holding the story's
    block of paragraphs, never chrome). ``label_links``, when given, gets each line that is a short
    label before a link to another page of the site ending its block, and its label (:func:`_label_link`),
    taken as chrome (the link reads as a headline) or kept (a link of two or three words, or shorter
    than a headline's characters, may be a linked name): the site's label, once its other pages show it
    before headlines and other links, goes before the short ones too (``newsspider.pipelines.boilerplate``)."""
    urls = list(page_urls)
    site_href = _OwnSite([u for u in urls if u]).links_to
    page = PageElements(tree) if page is None else page
    of = page.of
    block_text = _NormedTexts(page.text).of  # a link's block, read by two rules and for each of its links: once
    flat = _Once(partial(_norm, text)).value  # the text single-spaced, read by two rules: once
    as_paragraph = _Paragraphs().of  # a link of a block written as paragraphs parted by blank lines, in its own
    tails = _read_also_tails(text, flat, of("a"), site_href, page.text, block_text, as_paragraph)
    if tails:
        text = "\n".join(tails.get(_norm(line), line) for line in text.split("\n"))
        flat = _Once(partial(_norm, text)).value
    rows = text.split("\n")
    # each line single-spaced once (a line is blank where this is empty: str.strip and str.split read the
    # same spaces): the candidates, the closing rules' lines and the last filter read them
    normed = [_norm(line) for line in rows]
    candidates = {norm for line, norm in zip(rows, normed, strict=True) if norm and len(line) <= 2 * MAX_TITLED_WIDTH}
    if not candidates:
        return text
    labels = {line for line in candidates if len(line) <= MAX_LINK_LABEL_WIDTH and may_be_label(line)}
    joined = "\n".join(candidates)
    chrome: set[str] = set()
    # Each rule adds to the chrome, none reads it: the elements are looked at kind by kind.
    for player in chain(of("audio"), of("video")):
        _player_text(player, candidates, chrome)
    # A picture's credit is a candidate line shaped as one: with none, no picture is looked at (exact);
    # with no picture, no line is.
    pictures = of("img")
    credits = {line for line in candidates if _credit_shaped(line)} if pictures else set()
    if credits:
        for picture in pictures:
            _picture_credit(picture, credits, chrome)
    widgets: dict[HtmlElement, bool] = {}
    holds_more = _TextSizes(min(MAX_WIDGET_CHARS, len(text) // 2)).holds_more
    for control in chain(*(of(tag) for tag in _CONTROLS), of("button")):
        _widget_text(control, candidates, chrome, widgets, holds_more)
    embeds = _embed_addresses(page)
    embed_ends = tuple(key[-EMBED_END_CHARS:] for key in embeds)
    story_lists = partial(_story_list_items, {}, site_href)
    short_ends = _Once(partial(_line_ends, candidates)).value  # read only where a short link is seen
    linked: list[HtmlElement] = []  # links whose text a line holds
    linked_apart: list[HtmlElement] = []  # the same, each in its own paragraph (:func:`paragraphs_apart`)
    for element, href in page.links():
        # Most links (nav, sidebar) are dropped here, in the loop: no candidate line holds their text.
        raw = page.text(element)
        if len(raw) < MIN_LINKED_HEADLINE_CHARS and width_at_most(raw, MIN_LINKED_HEADLINE_CHARS - 1):
            if (label_links is not None and (anchor := _norm(raw)) and anchor in joined
                    and _ends_a_line(anchor, joined) and anchor in short_ends()):
                _short_label_link(as_paragraph(element), anchor, candidates, partial(site_href, href), block_text,
                                  label_links)
            continue  # (width: a short CJK headline is a headline)
        if embed_ends and href.split("#", 1)[0].rstrip("/").endswith(embed_ends) and _embed_key(href) in embeds:
            _embed_link(element, candidates, chrome)
            continue
        same_site = partial(site_href, href)
        if len(element):  # a link holding elements may hold a teaser's heading
            _teaser_heading(element, candidates, chrome, same_site)
        anchor = _norm(raw)
        if len(anchor) < MIN_LINKED_HEADLINE_CHARS and width_at_most(anchor, MIN_LINKED_HEADLINE_CHARS - 1):
            continue
        if anchor in joined:
            linked.append(element)
            # A link whose text is a whole statement (a full stop ends it, as no headline's text ends) in a
            # block of blank-line paragraphs is the story's own sentence linked (to its earlier story, a
            # document): read in its block, as before, not as a paragraph of its own.
            statement = _ends_statement(anchor + _closing_marks(element))
            linked_apart.append(apart := element if statement else as_paragraph(element))
            _linked_label(apart, anchor, candidates, chrome, same_site, site_href, story_lists, block_text,
                          label_links)
        elif labels:
            _label_above_dropped_link(element, anchor, labels, chrome, same_site, block_text)
    _dated_teaser_runs(linked_apart, candidates, chrome, site_href, block_text)
    _media_teasers(tree, candidates, joined, chrome)
    _clip_figures(of("time"), candidates, chrome)
    _hidden_dialogs(of("dialog"), candidates, chrome)
    cards = _teaser_cards(of("article"), of(*HEADING_TAGS, "p"), text, candidates, site_href)
    if cards and _keeps_a_body(text, chrome | cards):  # a tag page of such cards is left whole, for the page type
        chrome |= cards
    _orphan_headings(tree, text, flat, labels, chrome)
    boxes = _teaser_boxes(of(*HEADING_TAGS), candidates, site_href)
    if boxes and _keeps_a_body(text, chrome | boxes):
        chrome |= boxes
    marked = _marked_boxes(text, story, list(of(*HEADING_TAGS, "p")), linked, page.text)
    if marked and _keeps_a_body(text, chrome | marked, labels):
        chrome |= marked
    if story is not None:
        chrome |= _ad_labels(story, labels)
    lines = [norm for norm in normed if norm]  # the lines that show something, read by the closing and side rules
    chrome |= channel_lines(page, next((url for url in urls if url), None), candidates, lines, block_text, _block)
    chrome |= _counted_section(lines, of(*HEADING_TAGS[1:]), block_text, partial(_control_texts, page))
    chrome |= _linked_section(lines, of(*HEADING_TAGS[1:]), block_text, site_href)
    if labels:
        chrome |= _side_labels(lines, tree, labels, block_text)
    if not chrome:
        return text
    return "\n".join(line for line, norm in zip(rows, normed, strict=True) if not _is_chrome_norm(norm, chrome))


def _read_also_tails(text: str, flat: Callable[[], str], links: Iterable[HtmlElement], same_site: Callable[[str], bool],
                     text_of: Callable[[HtmlElement], str], block_text: Callable[[HtmlElement], str],
                     as_paragraph: Callable[[HtmlElement], HtmlElement]) -> dict[str, str]:
    """{line: the line without its tail} of the paragraphs a "read also" closes (see the module):
    each such paragraph's text (spaces collapsed) and its text up to the label. A link that ends
    its paragraph as the story's own words do (no label set apart, no sentence before the label),
    or that shows a web address (a reference: "Anmeldung online: <a>https://...</a>"), leaves the
    paragraph whole. ``flat``: ``text`` single-spaced (:func:`_in_flat`);
    ``text_of``: a link's text (:meth:`PageElements.text`, read once a page); ``block_text``: a block's,
    single-spaced (:class:`_NormedTexts`); ``as_paragraph``: the link in its own paragraph, where its
    block parts paragraphs by blank lines (:class:`_Paragraphs`: a blank line after it ends it too)."""
    tails: dict[str, str] = {}
    for link in links:
        if link.getprevious() is None and ((parent := link.getparent()) is None or not (parent.text or "").strip()):
            continue  # nothing before it: a menu's or a list's item, a paragraph that is only the link (most links)
        if ((following := link.getnext()) is not None and not blank_line_after(following)
                or (link.tail and not is_punct_only(link.tail))):
            continue  # links inside a sentence stop here
        anchor = _norm(text_of(link))
        if not _in_flat(anchor, text, flat):
            continue
        if width_at_most(anchor, MIN_LINKED_HEADLINE_CHARS - 1) or _WEB_ADDRESS.search(anchor):
            continue  # (width: a short CJK headline is a headline)
        own = as_paragraph(link)
        block = _block(own)
        if block is None:
            continue
        whole = block_text(block)
        cut = _before_read_also(whole, anchor, own, block)
        if cut and same_site(link.get("href") or ""):
            tails[whole] = cut
    return tails


def _before_read_also(whole: str, anchor: str, link: HtmlElement, block: HtmlElement) -> str | None:
    """The paragraph ``whole`` up to the "read also" that closes it with ``link`` (its text
    ``anchor``), or None. The label is the inline element just before the link, or what follows
    an opening parenthesis the link's closes, or else the words after the paragraph's last
    sentence end; it must be set apart as one (``_is_label``). Where markup or parentheses set it
    apart and a separator ends it, that is enough; the words after a sentence end need that end
    before them (in a script that marks none, markup of their own)."""
    at = whole.rfind(anchor)
    tail = whole[at + len(anchor):] if at >= 0 else ""
    if at <= 0 or not is_punct_only(tail):
        return None
    before = whole[:at].rstrip()
    label_element = link.getprevious()
    opened = before.rfind("(")
    if label_element is not None and label_element.tag in _INLINE_LABELS and not (label_element.tail or "").strip():
        label = _norm(text_content(label_element))
        if not label or not before.endswith(label):
            return None
        apart = True
    elif opened >= 0 and ")" in tail and len(before[opened + 1:].split()) <= MAX_LINK_LABEL_WORDS:
        label, apart = before[opened + 1:].strip(), True
    else:
        words = before.split()
        count = next((n for n in range(1, min(len(words), MAX_LINK_LABEL_WORDS + 1))
                      if ends_sentence(words[-n - 1])), 0)
        label, apart = (" ".join(words[-count:]) if count else ""), False
    prefix = before[:len(before) - len(label)].rstrip()
    if prefix.endswith("(") and ")" in tail:  # "(<b>Read also:</b> <a>...</a>)"
        prefix = prefix[:-1].rstrip()
    if not label or not prefix or is_punct_only(prefix) or not _is_label(label, block, link):
        return None  # (a pin or a bullet before the label is no sentence: the whole line is the "read also")
    if (apart and label[-1] in _LABEL_END) or ends_sentence(prefix):
        return prefix
    if dominant_script(prefix) in UNMARKED_SENTENCE_SCRIPTS and _marked_up(label, block):
        return prefix
    return None


def _teaser_boxes(headings: Iterable[HtmlElement], candidates: set[str], same_site: Callable[[str], bool]) -> set[str]:
    """The lines of the teasers in boxes of :data:`MIN_TEASER_BOX` or more: a teaser is the
    largest element around a heading that links to another page of the site (or sits in such a
    link) holding no other such heading, :data:`MAX_TEASER_CHARS` of text at most and no two
    paragraphs of running text (:func:`_tells_more`); a box,
    the element holding teasers side by side. The addresses are read last, for the few boxes
    whose lines the text holds."""
    links = {heading: href for heading in headings if (href := _heading_href(heading))}
    if len(links) < MIN_TEASER_BOX:
        return set()
    holding: dict[HtmlElement, int] = {}
    for heading in links:
        for ancestor in heading.iterancestors():
            holding[ancestor] = holding.get(ancestor, 0) + 1
    boxes: dict[HtmlElement, list[tuple[HtmlElement, str]]] = {}
    for heading, href in links.items():
        teaser = heading
        while (parent := teaser.getparent()) is not None and holding.get(parent, 0) == 1:
            teaser = parent
        box = teaser.getparent()
        if box is not None and box.tag not in _NOT_WIDGET:
            boxes.setdefault(box, []).append((teaser, href))
    lines: set[str] = set()
    for teasers in boxes.values():
        if len(teasers) < MIN_TEASER_BOX:  # too few before the permalinks are asked: too few after (exact)
            continue
        teasers = [(teaser, href) for teaser, href in teasers if not holds_its_permalink(teaser)]
        if len(teasers) < MIN_TEASER_BOX:  # (a live update with its permalink: the page's own)
            continue
        found = {line for teaser, _ in teasers for line in _lines_in(teaser, candidates)}
        if found and not any(_holds_more_text(teaser, MAX_TEASER_CHARS) or not same_site(href) or _tells_more(teaser)
                             for teaser, href in teasers):
            lines |= found
    return lines


def _tells_more(teaser: HtmlElement) -> bool:
    """Whether a teaser's element holds :data:`~newsspider.extract.pagetype.BODY_PARAGRAPHS` paragraphs
    of running text or more: a story's section or a live page's update under a heading linking to the
    story it sums up, or a feed's entry showing a post's start (the page type judges which), where a
    teaser shows its headline and a blurb."""
    return sum(running_text(text_content(paragraph)) for paragraph in teaser.iter("p")) >= BODY_PARAGRAPHS


def _heading_href(heading: HtmlElement) -> str | None:
    """The address the heading links to, or the link it sits in."""
    link = next((a for a in heading.iter("a") if a.get("href")), None)
    if link is None:
        link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
    return None if link is None else link.get("href")


def _ad_labels(story: HtmlElement, labels: set[str]) -> set[str]:
    """The ad's labels among the story's paragraphs: a block of the story's own whose class names
    an ad (:data:`_AD_MARKS`) and whose text is a label ("ANZEIGE"), where the site's template
    sets an ad's slot between two paragraphs. The story's other blocks are never chrome."""
    found = set()
    for block in story:
        names = block.get("class")
        if names and "ad" in names.lower() and _mark_words(names) & _AD_MARKS:
            if (label := _norm(text_content(block))) in labels:
                found.add(label)
    return found


def _counted_section(lines: list[str], headings: Iterable[HtmlElement], block_text: Callable[[HtmlElement], str],
                     controls: Callable[[], set[str]]) -> set[str]:
    """The closing section of a widget that counts what its heading names: a heading (``<h2>``-``<h6>``)
    followed by a count of its own thing ("Comments" over "12 comments", "评论" over "12条评论"; or the
    count in the heading itself, "Comments <span>12 comments</span>") and, to the end of the text,
    nothing but short lines that are no sentence and no figure ("Log in to join the conversation"):
    a widget counts one thing. A story's section says something in sentences; a fact box counts
    other things than its heading names ("Key figures" over "12 dead"), or more than one
    ("Casualties" over "12 casualties" and "40 injured"); a gallery's or a live page's count heads
    more lines of text than a widget's prompt (``MAX_COUNTED_PROMPT_LINES``; its controls' texts,
    ``controls()``, aside). The heading (where the text kept it), the count and the lines
    below it go. In a script that marks no sentence end (Thai, Lao) a line's end cannot tell a
    prompt from the story's short closing sentence: there a line below the count goes only as the
    text of a control (``controls()``: a link's, a button's, a label's: "Log in to comment")."""
    if len(lines) < 2:
        return set()
    # lines[short_end:]: the text's closing run of short lines (line 0 aside: the text's first line
    # opens no closing section), where the run of no sentences below lies; a text ending in a
    # paragraph (most do) ends none, and no heading is read
    short_end = len(lines)
    while short_end > 1 and is_short(lines[short_end - 1]):
        short_end -= 1
    tail = set(lines[short_end:])
    if not tail:
        return set()
    # a closing section's heading counting itself, or a heading and the count under it: the element
    # whose siblings after it are the blocks below the count (a footer's lines are no widget's); a
    # start none of the tail's lines shows is never looked up
    starts: dict[str, HtmlElement] = {}
    for heading in headings:
        title = block_text(heading)
        if not title or len(title) > MAX_LINK_LABEL_WIDTH:
            continue
        if title in tail and _counts_itself(title):
            starts[title] = heading
        following = heading.getnext()
        if (following is not None and (count := block_text(following)) and (title in tail or count in tail)
                and _counts_what(count, title)):
            starts[title] = starts[count] = following
    if not starts:
        return set()
    shown = controls()
    unmarked = dominant_script("\n".join(lines)) in UNMARKED_SENTENCE_SCRIPTS
    end = len(lines)
    while end > short_end and ((lines[end - 1] in starts or lines[end - 1] in shown) if unmarked
                               else not ends_sentence(lines[end - 1])):
        end -= 1  # lines[end:]: the closing run's lines that are no sentence (in Thai: a start's or a control's)
    for at in range(end, len(lines)):
        if lines[at] in starts:
            below = [line for block in starts[lines[at]].itersiblings() if (line := block_text(block))]
            if any(any(c.isdigit() for c in line) for line in below):
                return set()  # a fact box gives more figures ("Casualties", "12 casualties", "40 injured")
            if len([line for line in below if line not in shown]) > MAX_COUNTED_PROMPT_LINES:
                return set()  # a gallery's captions, a live page's updates under their count
            return set(lines[at:])
    return set()


def _control_texts(page: PageElements) -> set[str]:
    """The texts of the page's controls, single-spaced: its links', buttons' and form labels'."""
    return {_norm(page.text(element)) for element in chain(page.of("a"), page.of("button"), page.of("label"))}


def _linked_section(lines: list[str], headings: Iterable[HtmlElement], block_text: Callable[[HtmlElement], str],
                    same_site: Callable[[str], bool]) -> set[str]:
    """The closing section whose every line opens with another story's linked headline: a heading
    (``<h2>``-``<h6>``) whose following blocks, up to the next heading, each open with a link to
    another page of the site reading as a headline (``MIN_BARE_HEADLINE_WORDS`` words, or a script
    without spaces) and say no sentence ("Read more" over "<a>Council approves budget after long
    debate</a> — Storm leaves thousands without power"), all of it in the text's closing run of
    lines that are no sentence. A story's own closing list cites documents or other sites, names
    short things (a standings line's club), or says its points in sentences."""
    end = len(lines)
    while end > 0 and width_at_most(lines[end - 1], MAX_TITLED_WIDTH) and not ends_sentence(lines[end - 1]):
        end -= 1  # lines[end:]: the text's closing run of lines that are no sentence
    closing = set(lines[end:])
    if not closing or end == 0:
        return set()
    for heading in headings:
        title = block_text(heading)
        if title not in closing:
            continue
        blocks = []
        following = heading.getnext()
        while following is not None and following.tag not in HEADING_TAGS:
            if isinstance(following.tag, str) and (shown := block_text(following)):
                blocks.append((following, shown))
            following = following.getnext()
        if blocks and all(shown in closing and _opens_with_a_teaser(block, shown, same_site) for block, shown in blocks):
            return {title, *(shown for _, shown in blocks)}
    return set()


def _opens_with_a_teaser(block: HtmlElement, shown: str, same_site: Callable[[str], bool]) -> bool:
    """Whether the block's text opens with its first link's, a headline of another page of the site:
    a whole one, the block going on after a space or a mark ("<a>headline</a> — other headline"), if
    at all. A sentence opening with a linked name (a tag page's) goes on with its next word right
    after it where the script writes no spaces ("<a>東京都</a>では新たに12人の感染を確認")."""
    link = next(block.iter("a"), None)
    if link is None or not same_site(link.get("href") or ""):
        return False
    anchor = _norm(text_content(link))
    if not anchor or not shown.startswith(anchor) or ends_sentence(anchor):
        return False
    after = shown[len(anchor):len(anchor) + 1]
    return ((not after or after.isspace() or unicodedata.category(after)[0] in "PS")
            and (_words(anchor) >= MIN_BARE_HEADLINE_WORDS or any(map(is_unspaced, anchor))))


def _side_labels(lines: list[str], tree: HtmlElement, labels: set[str], block_text: Callable[[HtmlElement], str]) -> set[str]:
    """Labels set beside the story between two of its paragraphs, a line of their own that is no
    sentence (one of ``labels``): a block whose whole text is one ``<small>`` of words alone (HTML's
    side comment: an ad's "Anzeige"; a source's "Source: Eurostat" or a quote's "— Angela Merkel" is
    the story's, :func:`rules.is_bare_heading`), or a container holding that label and an empty
    element, the slot a script fills (an ad's, a player's: ``<div><span>إعلان</span><div></div></div>``).
    The story's own short lines there (a subheading, a bold lead-in) stand in no such element. The
    text's script (which of :func:`_paragraph_line`'s readings holds) is read only where the two readings
    disagree on the labels' neighbours (exact: where they agree, either is the script's; most
    paragraphs end like a sentence and are long)."""
    inner = [at for at in range(1, len(lines) - 1) if lines[at] in labels]
    between = _labels_between(lines, inner, marked=True)
    if between != _labels_between(lines, inner, marked=False):
        marked = dominant_script("\n".join(lines)) not in UNMARKED_SENTENCE_SCRIPTS
        between = _labels_between(lines, inner, marked=marked)
    if not between:
        return set()
    found = set()
    for element in _SMALL_PRINT(tree):
        if (label := _norm(element.text or "")) in between and label not in found and is_bare_heading(label):
            block = _block(element)
            if block is not None and block_text(block) == label:
                found.add(label)
    containers = set()
    for empty in _EMPTY_ELEMENTS(tree):
        container = empty.getparent()
        if container is None or container in containers:
            continue
        containers.add(container)
        if (shown := _slot_label(container)) is not None and (label := _norm(shown.text or "")) in between:
            found.add(label)
    return found


def _labels_between(lines: list[str], inner: list[int], *, marked: bool) -> set[str]:
    """The ``lines`` at the places ``inner`` standing between two paragraph lines (:func:`_paragraph_line`
    where the script marks sentence ends or not)."""
    story_line = partial(_paragraph_line, marked=marked)
    return {lines[at] for at in inner if story_line(lines[at - 1]) and story_line(lines[at + 1])}


def _slot_label(container: HtmlElement) -> HtmlElement | None:
    """The label of a container of one label element and empty block elements beside it (no text,
    nothing inside them: no picture or media), nothing else: an ad's or a widget's slot under its
    label. Not a heading or a paragraph (``_STORY_LINE_TAGS``): a theme's group block sets a
    subheading beside an empty spacer. None for any other container."""
    children = [child for child in container if isinstance(child.tag, str)]
    if len(children) < 2 or (container.text or "").strip() or any(len(child) for child in children):
        return None
    if any((child.tail or "").strip() for child in children):
        return None
    shown = [child for child in children if (child.text or "").strip()]
    if (len(shown) == 1 and shown[0].tag in _INLINE_LABELS | _BLOCKS and shown[0].tag not in _STORY_LINE_TAGS
            and all(child is shown[0] or child.tag in _BLOCKS for child in children)):
        return shown[0]
    return None


def _paragraph_line(line: str, *, marked: bool) -> bool:
    """A line of the story's running text: it ends like a sentence, or is long where the script marks
    no sentence end."""
    return ends_sentence(line) if marked else not width_at_most(line, MAX_LINK_LABEL_WIDTH)


def _count_label(line: str) -> str | None:
    """The words beside the one number of ``line`` when it is a count: a short line that is no
    sentence, one number of at most :data:`MAX_COUNT_DIGITS` digits in any script's digits ("12 comments", "コメント12件",
    "Maoni 12"). None otherwise."""
    if not width_at_most(line, MAX_LINK_LABEL_WIDTH) or ends_sentence(line):
        return None
    numbers = re.findall(r"\d+", unify_digits(line))
    if len(numbers) != 1 or len(numbers[0]) > MAX_COUNT_DIGITS:
        return None
    return re.sub(r"\d+", " ", unify_digits(line))


def _counts_what(count: str, heading: str) -> bool:
    """Whether ``count`` counts what ``heading`` names: a word of its label and one of the heading's
    share a stem (:func:`_share_stem`)."""
    label = _count_label(count)
    return label is not None and _shares_a_word(label, heading)


def _counts_itself(heading: str) -> bool:
    """A heading holding the count of its own thing: two of the words beside its number share a stem
    ("Comments 12 comments", "コメント コメント12件")."""
    label = _count_label(heading)
    if label is None:
        return False
    words = _letter_words(label)
    return any(_share_stem(one, other) for at, one in enumerate(words) for other in words[at + 1:])


def _letter_words(text: str) -> list[str]:
    """The words of ``text``'s letters, case-folded, of :data:`MIN_STEM_WORD_CHARS` letters or more (a
    count's number, a particle's one letter apart)."""
    return [word for word in re.split(r"[^\w]+|\d+|_", text.casefold()) if len(word) >= MIN_STEM_WORD_CHARS]


def _shares_a_word(one: str, other: str) -> bool:
    """Whether a word of ``one`` and one of ``other`` share a stem (:func:`_share_stem`)."""
    return any(_share_stem(a, b) for a in _letter_words(one) for b in _letter_words(other))


def _share_stem(one: str, other: str) -> bool:
    """Whether two words share a run of :data:`MIN_SHARED_STEM_CHARS` letters, or all of the shorter
    one (of two letters at least): an inflection or an article changes a word's ends, not its stem."""
    need = min(MIN_SHARED_STEM_CHARS, len(one), len(other))
    if need < MIN_STEM_WORD_CHARS:
        return False
    return any(one[i:i + need] in other for i in range(len(one) - need + 1))


def _keeps_a_body(text: str, chrome: set[str], labels: Collection[str] = ()) -> bool:
    """Whether the text without the ``chrome`` lines keeps a story's body: two paragraphs in a
    row that end like sentences (any two in a script that ends its sentences with no mark). A
    label between them (one of ``labels``: an ad's, a prompt, no headline's length) does not part
    them, nor a line of shortcodes only (a picture's "[caption id=...]" a CMS left: markup, no text)."""
    pats = compiled_patterns()
    kept = [line for line in text.split("\n") if line.strip() and not _is_chrome_line(line, chrome)
            and _norm(line) not in labels and not is_shortcodes_only(line, pats)]
    unmarked = dominant_script("\n".join(kept)) in UNMARKED_SENTENCE_SCRIPTS
    run = 0
    for line in kept:
        run = run + 1 if unmarked or ends_sentence(line) else 0
        if run >= 2:
            return True
    return False


def _in_flat(piece: str, text: str, flat: Callable[[], str]) -> bool:
    """Whether ``piece`` (single-spaced) is in ``flat()``, ``text`` single-spaced, which is joined
    only where ``text`` as it is does not tell: a piece found in ``text`` that neither opens nor
    ends with a space is in it (each of its spaces stands alone in ``text`` there), and one with a
    word that ``text`` does not hold is not (the single-spaced text's words are ``text``'s). Most
    pages then never join it."""
    if piece in text and not piece.startswith(" ") and not piece.endswith(" "):
        return True
    return all(word in text for word in piece.split(" ")) and piece in flat()


def _is_chrome_line(line: str, chrome: set[str]) -> bool:
    return _is_chrome_norm(_norm(line), chrome)


def _is_chrome_norm(norm: str, chrome: set[str]) -> bool:
    """:func:`_is_chrome_line` of a line already single-spaced."""
    return bool(norm) and (norm in chrome or (norm.startswith(LIST_ITEM_MARKS) and norm[2:] in chrome))


def _norm(s: str) -> str:
    return " ".join(s.split())


class _OwnSite:
    """Which addresses lead to another page of the page's own site (:func:`_same_site_page`; the
    page's addresses ``page_urls``, the first its base), each address judged once: the link loop,
    the teaser cards and boxes and the lists of stories ask of the same links (each host's
    registrable domain is kept by :func:`registrable_domain` itself)."""

    def __init__(self, page_urls: list[str]) -> None:
        self.base = page_urls[0] if page_urls else ""
        self.sites = {registrable_domain(urlsplit(url).hostname or "") for url in page_urls}
        self.paths = {urlsplit(url).path for url in page_urls}
        self.answers: dict[str, bool] = {}

    def links_to(self, href: str) -> bool:
        """Whether ``href`` leads to another page of the site (:func:`_same_site_page`)."""
        if href not in self.answers:
            self.answers[href] = _same_site_page(href, self.base, self.sites, self.paths)
        return self.answers[href]


def _same_site_page(href: str, base: str, sites: set[str], paths: set[str]) -> bool:
    """A link to another page of the page's own site (not to the page itself or a place on it, nor
    to a document the site holds: :data:`_DOCUMENT_SUFFIXES`)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return False
    try:
        target = urlsplit(urljoin(base, href))
    except ValueError:
        return False
    if target.scheme not in ("http", "https") or registrable_domain(target.hostname or "") not in sites:
        return False
    return (target.path not in paths and target.path.strip("/") != ""
            and not target.path.lower().endswith(_DOCUMENT_SUFFIXES))


class _Once(Generic[_T]):
    """A value computed at its first read, then kept (``functools.cache`` of a partial costs more to
    build than the two reads it spares)."""

    def __init__(self, compute: Callable[[], _T]) -> None:
        self.compute: Callable[[], _T] | None = compute
        self.found: _T | None = None

    def value(self) -> _T:
        if self.compute is not None:
            self.found, self.compute = self.compute(), None
        return self.found  # type: ignore[return-value]  # set at the first read


class _NormedTexts:
    """Elements' texts single-spaced, each read once a page (``text_of``: :meth:`PageElements.text`):
    the links of a list share their block, which the link rules read for each of them."""

    def __init__(self, text_of: Callable[[HtmlElement], str]) -> None:
        self.text_of = text_of
        self.found: dict[HtmlElement, str] = {}

    def of(self, element: HtmlElement) -> str:
        found = self.found.get(element)
        if found is None:
            found = self.found[element] = _norm(self.text_of(element))
        return found


class _Paragraphs:
    """Each link of a block that parts its paragraphs by blank lines ("one.<br><br><b>Read also:</b>
    <a>...</a><br><br>two."), as the same link in a paragraph of its own (:func:`paragraphs_apart`): the
    rules that read a link's paragraph read the one the page's blank lines make, as they read a ``<p>``.
    Each block is parted once a page; a link of any other block is itself."""

    def __init__(self) -> None:
        self.found: dict[HtmlElement, dict[HtmlElement, HtmlElement] | None] = {}

    def of(self, link: HtmlElement) -> HtmlElement:
        block = _block(link)
        if block is None:
            return link
        if block not in self.found:
            apart = paragraphs_apart(block, _BLOCKS, "a")
            self.found[block] = None if apart is None else apart[1]
        links = self.found[block]
        return link if links is None else links.get(link, link)


def _block(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in _BLOCKS:
        parent = parent.getparent()
    return parent


def _linked_label(link: HtmlElement, anchor: str, candidates: set[str], chrome: set[str],
                  same_site: Callable[[], bool], same_site_href: Callable[[str], bool],
                  story_lists: Callable[[HtmlElement], list[HtmlElement]],
                  block_text: Callable[[HtmlElement], str],
                  label_links: list[tuple[str, str]] | None = None) -> None:
    """Mark "label + link" when the link's block (with the block above it, when that is the
    label) reads as such and the link goes to another page of the site; or the block's lines
    when they are a list of such links (:func:`_link_lines`). ``anchor``: the link's text, which
    one of the candidate lines holds; ``block_text``: a block's text, single-spaced. A block shaped
    as a bare label before a link too short to tell a headline from a name (:func:`_label_link`)
    stays, and goes to ``label_links`` with its label."""
    block = _block(link)
    if block is None:
        return
    whole = block_text(block)
    if whole not in candidates and f"- {whole}" not in candidates:
        if next(block.iterchildren("br"), None) is not None:
            _link_lines(block, candidates, chrome, same_site_href)
        return
    if not width_at_most(whole, MAX_TITLED_WIDTH) or len(whole.split()) > MAX_TITLED_WORDS:
        return
    if sum(1 for a in block.iter("a") if _norm(text_content(a))) != 1:
        return
    at = whole.find(anchor)
    label, tail = whole[:at].strip(), whole[at + len(anchor):].strip()
    if not is_punct_only(tail) or not same_site():
        return
    if label:
        glued = not whole[at - 1].isspace()
        taken = _is_label(label, block, link) or (_bare_label(label, anchor, tail, glued)
                                                  and not _item_of_story_list(block, story_lists))
        if taken:
            chrome.add(whole)
        if label_links is not None and block.tag != "li" and (taken or _label_link(label, anchor, tail, glued)):
            label_links.append((whole, label))
        return
    # A paragraph that is nothing but the link: another story's headline (with the block above
    # when that is a bare label); not a sentence that is an item of the story's own list (its
    # points or questions: another item has words of its own and links to no page of the site)
    # linking its words to a page of the site, its stop outside the link ("<li><a>Where am I
    # going to put it</a>?</li>"). A teaser's link holds its headline whole, a question's or
    # exclamation's mark too ("<li><a>Why did the mayor resign?</a></li>" in a "related" list
    # whose partner's item links off the site); a menu's entry ends in no stop (its current page
    # unlinked, "Baumgutachten (diese Seite)"); a headline cut short ends in an ellipsis.
    if tail and _ends_full_sentence(whole) and _item_of_story_list(block, story_lists):
        return
    chrome.add(whole)
    _label_above(block, candidates, chrome)


def _dated_teaser_runs(links: Iterable[HtmlElement], candidates: set[str], chrome: set[str],
                       same_site_href: Callable[[str], bool], block_text: Callable[[HtmlElement], str]) -> None:
    """Mark a run of :data:`MIN_LINK_BLOCK_ITEMS` or more sibling blocks each of which is another
    story's headline and its date: "<p><a href=/other-story>Headline</a> <span>2 hours ago</span></p>"
    (:func:`_dated_teaser_line`), and the label right above the run ("Related", a heading of its
    own with no link). The note after the link is set apart in an element of its own, so no word
    list says it is a date; a run of such lines, not one, is a list of other stories: a story's
    paragraph holding a link runs on around it in its own words. ``links``: the links whose text a
    line holds."""
    lines: dict[HtmlElement, str] = {}
    for link in links:
        block = _block(link)
        if block is not None and block not in lines:
            line = _dated_teaser_line(block, link, candidates, same_site_href, block_text)
            if line:
                lines[block] = line
    for block in lines:
        previous = block.getprevious()
        if previous is not None and previous in lines:
            continue  # not the first of its run
        run = [block]
        while (following := run[-1].getnext()) is not None and following in lines:
            run.append(following)
        if len(run) >= MIN_LINK_BLOCK_ITEMS:
            chrome.update(lines[item] for item in run)
            _label_above(block, candidates, chrome)


def _dated_teaser_line(block: HtmlElement, link: HtmlElement, candidates: set[str],
                       same_site_href: Callable[[str], bool], block_text: Callable[[HtmlElement], str]) -> str | None:
    """The line of ``block`` when it is a link to another page of the site, then a short note in an
    inline element of its own ("<span>2 hours ago</span>", a ``<time>``), and nothing else: its
    only link with text opens the block, reads as a headline (:data:`MIN_BARE_HEADLINE_WORDS`
    words, or a script without spaces; no full stop ending it: :func:`_ends_statement`), and the
    note is no sentence, nor in brackets (the story's own list of sources: "<a>Annual report on air
    quality</a> <span>(March 2024)</span>"), and says when the linked story appeared: a count back
    ("2 hours ago", :func:`time_ago`) or a day or year (:func:`is_dated_line`, in any digits:
    "١٢ مارس ٢٠٢٤"). A story's own list of pages of the site carries other notes: a share of the
    vote, a score, a running time, a kick-off clock, a photo credit. None otherwise."""
    if block.tag not in ("p", "li"):
        return None
    whole = block_text(block)
    anchor = _norm(text_content(link))
    if whole not in candidates or not anchor or not whole.startswith(anchor) or _ends_statement(anchor):
        return None
    if sum(1 for a in block.iter("a") if _norm(text_content(a))) != 1:
        return None
    if _words(anchor) < MIN_BARE_HEADLINE_WORDS and not any(map(is_unspaced, anchor)):
        return None
    tail = whole[len(anchor):].strip()
    if not tail or not width_at_most(tail, MAX_LINK_LABEL_WIDTH) or ends_sentence(tail):
        return None
    if unicodedata.category(tail[0]) == "Ps":  # "(PDF, 2 MB)", "(2023)": a source the story cites, its note
        return None
    if time_ago(tail) is None and not is_dated_line(unify_digits(tail), compiled_patterns()):
        return None  # "45.2%", "2-1", "42 min", "20:00", "Photo: ...": the story's own results, episodes, schedule
    if not any(note is not link and note.tag in _NOTE_TAGS and _norm(text_content(note)) == tail
               and next(note.iter("a"), None) is None for note in block.iterchildren()):
        return None
    return whole if same_site_href(link.get("href") or "") else None


def _ends_full_sentence(line: str) -> bool:
    """Whether ``line`` ends like a sentence (:func:`ends_sentence`), not in an ellipsis: a full
    statement or question, not a headline cut short."""
    core = line.rstrip().rstrip(CLOSING_MARKS).rstrip()
    return ends_sentence(core) and not core.endswith((ELLIPSIS, DOTTED_ELLIPSIS))


def _item_of_story_list(block: HtmlElement, story_lists: Callable[[HtmlElement], list[HtmlElement]]) -> bool:
    """Whether ``block`` is an item of a list with an item that links to no other page of the
    site: the list is the story's (places, steps, sources), and an item naming one of the site's
    pages in its words ("Die Bretterbude und das <a>Beach Motel in Heiligenhafen</a>") is one of
    them. A list of other stories links every item to one. ``story_lists``: such items of a list
    (:func:`_story_list_items`)."""
    if block.tag != "li" or (parent := block.getparent()) is None:
        return False
    return any(item is not block for item in story_lists(parent))


def _story_list_items(found: dict[HtmlElement, list[HtmlElement]], same_site_href: Callable[[str], bool],
                      parent: HtmlElement) -> list[HtmlElement]:
    """The items of the list ``parent`` that hold text of their own and link to no other page of
    the site, read once per list (``found``): a list of thousands of linked items is not read again
    for each. An item that is nothing but a link is another site's story (a partner's teaser in a
    "read also" list), not one of the story's places naming its site in its words."""
    if parent not in found:
        found[parent] = [item for item in parent if item.tag == "li" and _words_of_its_own(item)
                         and not any(same_site_href(a.get("href") or "") for a in item.iter("a"))]
    return found[parent]


def _words_of_its_own(item: HtmlElement) -> bool:
    """Whether the list ``item`` holds text besides its links' text."""
    return len(_norm(text_content(item))) > _linked_chars(item)


def _linked_chars(element: HtmlElement) -> int:
    """How many characters of ``element``'s text its links show (each link's normalised text)."""
    return sum(len(_norm(text_content(a))) for a in element.iter("a"))


def _label_above(block: HtmlElement, candidates: set[str], chrome: set[str]) -> None:
    """Mark the block above ``block`` (a paragraph that is nothing but a link to another story of
    the site) when that is a label: a short line of its own, without a link, no sentence."""
    above = block.getprevious()
    if above is None or above.tag not in _BLOCKS or next(above.iter("a"), None) is not None:
        return
    if _holds_more_text(above, 2 * MAX_LINK_LABEL_WIDTH):
        return
    heading = _norm(text_content(above))
    if heading in candidates and _is_label(heading, above, None):
        chrome.add(heading)


def _label_above_dropped_link(link: HtmlElement, anchor: str, labels: set[str], chrome: set[str],
                              same_site: Callable[[], bool],
                              block_text: Callable[[HtmlElement], str]) -> None:
    """The label of a "read also" whose linked headline the extraction dropped (trafilatura drops
    a paragraph that is nothing but a link): "<p><b>Read also</b></p><p><a>headline</a></p>"
    leaves the label alone in the text. ``anchor``: the link's text, in none of the lines;
    ``labels``: the lines short enough to be a label. Most links (nav, sidebar) stop at the
    first checks: their block has no sibling above it, or one holding a link or more markup.
    ``block_text``: a block's text, single-spaced."""
    block = _block(link)
    if block is None:
        return
    above = block.getprevious()
    if (above is None or len(above) > 1 or above.tag not in _BLOCKS or next(above.iter("a"), None) is not None
            or block_text(above) not in labels or _holds_more_text(block, MAX_TITLED_WIDTH)):
        return
    if block_text(block) == anchor and same_site():
        _label_above(block, labels, chrome)


def _ends_a_line(end: str, joined: str) -> bool:
    """Whether a line of ``joined`` (single-spaced lines, one a line) ends in ``end`` after a space: every
    end :func:`_line_ends` finds is one, and two searches in C spare most pages the set of them (asked where
    ``end`` is in ``joined`` at all: a search in C spares most links the call)."""
    return f" {end}\n" in joined or joined.endswith(f" {end}")


def _line_ends(candidates: set[str]) -> frozenset[str]:
    """What ends each short candidate line after one of its first words (a label's, at most
    ``MAX_LINK_LABEL_WORDS``): where a short link may be a bare label's (:func:`_short_label_link`)."""
    ends: set[str] = set()
    for line in candidates:
        words = line.split()
        if len(words) <= 2 * MAX_LINK_LABEL_WORDS and width_at_most(line, 2 * MAX_LINK_LABEL_WIDTH):
            ends.update(" ".join(words[at:]) for at in range(1, min(len(words), MAX_LINK_LABEL_WORDS + 1)))
    return frozenset(ends)


def _short_label_link(link: HtmlElement, anchor: str, candidates: set[str], same_site: Callable[[], bool],
                      block_text: Callable[[HtmlElement], str], label_links: list[tuple[str, str]]) -> None:
    """Note a block that is a bare label before a link too short to be looked at as a headline
    (:data:`MIN_LINKED_HEADLINE_CHARS`: a two-word headline, a name) ending it, to another page of
    the site: ``label_links`` gets its line and label (:func:`_label_link`); nothing is marked."""
    block = _block(link)
    if block is None or block.tag == "li":
        return
    whole = block_text(block)
    if whole not in candidates or not whole.endswith(anchor) or len(whole) == len(anchor):
        return
    if sum(1 for a in block.iter("a") if _norm(text_content(a))) != 1:
        return
    label = whole[:-len(anchor)].strip()
    glued = not whole[-len(anchor) - 1].isspace()
    if label and (_is_label(label, block, link) or _label_link(label, anchor, "", glued)) and same_site():
        label_links.append((whole, label))


def _teaser_heading(link: HtmlElement, candidates: set[str], chrome: set[str], same_site: Callable[[], bool]) -> None:
    """A link around a heading (a teaser card of another story: its headline, a kicker, an
    image): the heading is that story's headline, not one of the article's."""
    for heading in link.iter(*HEADING_TAGS):
        text = _norm(text_content(heading))
        if text in candidates and same_site():
            chrome.add(text)


def _bare_label(label: str, anchor: str, tail: str, glued: bool) -> bool:
    """A short label before a headline that ends the paragraph ("Soma pia <link>", no separator,
    no markup): nothing after the link, no full stop ending it, and in a cased script the headline
    starting with a capital or a digit ("According to <link>the ministry's statement</link>"
    goes on with a clause; :func:`_capitalisable_lower`); a headline of ``MIN_BARE_HEADLINE_WORDS``
    words (phrases: :func:`_phrased`), not a linked name.
    ``glued``: no space between label and link, which in a script without spaces is one phrase."""
    return _label_link(label, anchor, tail, glued) and not (
        1 < _words(anchor) < MIN_BARE_HEADLINE_WORDS and not _phrased(anchor))


def _label_link(label: str, anchor: str, tail: str, glued: bool) -> bool:
    """A bare label before a link ending its paragraph, as :func:`_bare_label` reads it, whatever the
    link's length: a short link may be a headline or a linked name, which the page alone does not
    tell; the label recurring before other links on the site's other pages does."""
    if tail or not may_be_label(label) or _ends_statement(anchor):
        return False
    if not width_at_most(label, MAX_LINK_LABEL_WIDTH) or len(label.split()) > MAX_LINK_LABEL_WORDS:
        return False
    if glued and is_unspaced(label[-1]) and is_unspaced(anchor[0]):
        return False  # "据<link>新华社北京分社</link>": written on with no space, one phrase
    first = next((c for c in anchor if c.isalnum()), "")
    return not _capitalisable_lower(first)


def _phrased(anchor: str) -> bool:
    """Whether the link's text is in a script written without spaces between words that marks its
    sentences' ends (Khmer's khan, Myanmar's section mark): a space there parts phrases, so two of
    them are a headline's length, not a short linked name; and a sentence running on into the link
    would end with its mark after it (the tail, which no bare label has). Thai and Lao mark no
    sentence end: a short closing sentence there ends in its link as a headline does. In Chinese
    and Japanese a space between ideographs parts names listed (:func:`_words`), not phrases.
    Every part is of such a script: a Latin name beside a Thai or Khmer word ("Bangkok Post
    ออนไลน์", "Facebook Page របស់ក្រសួង") is in a script whose spaces part words, three of them a
    short linked name (and Thai's are no phrases even when Latin letters outnumber them)."""
    return (each_of_unspaced_script(anchor.split()) and not any(map(is_cjk, anchor))
            and dominant_script(anchor) not in UNMARKED_SENTENCE_SCRIPTS)


def _capitalisable_lower(letter: str) -> bool:
    """A small letter that a sentence or headline would open with its capital: one whose Unicode
    titlecase differs from it. Georgian's Mkhedruli letters have capitals (Mtavruli, for all-caps
    only) but are their own titlecase: a Georgian headline opens with a small letter, as one in a
    script without case does."""
    return letter.islower() and letter.title() != letter


def _words(anchor: str) -> int:
    """The words of a link's text. In a CJK text a space between two ideographs or kana parts
    words ("李明 王芳 张伟", names listed), one beside a Latin name parts none ("坎耶·维斯特（Kanye
    West）:饶舌歌手更名为 Ye" is one headline)."""
    if not any(map(is_cjk, anchor)):
        return len(anchor.split())
    return 1 + sum(1 for before, c, after in zip(anchor, anchor[1:], anchor[2:], strict=False)
                   if c == " " and is_cjk(before) and is_cjk(after))


def _ends_statement(anchor: str) -> bool:
    """Whether the link's text ends with a full stop, before any closing mark: a statement, not a
    headline. An ellipsis spelled with full stops ("... Miasto chce uczcić...") is no full stop:
    it marks a headline cut short, as "…" does."""
    core = anchor.rstrip(CLOSING_MARKS)
    return core[-1:] in FULL_STOPS and not core.endswith(DOTTED_ELLIPSIS)


def _closing_marks(link: HtmlElement) -> str:
    """The marks that close ``link``'s text right after it (its stop written outside it: "<a>The council
    rejected the plan</a>."), where nothing but marks follows it before the next element or the end of
    its block; else "" (a sentence running on, a note of its own)."""
    node: HtmlElement | None = link
    while node is not None and node.tag not in _BLOCKS:
        tail = (node.tail or "").strip()
        if tail:
            return tail if is_punct_only(tail) else ""
        if node.getnext() is not None:
            return ""
        node = node.getparent()
    return ""


def _is_label(label: str, block: HtmlElement, link: HtmlElement | None) -> bool:
    """A short label set apart as one: a separator after it, inline markup of its own, capitals,
    or nothing but a bullet; a short line of its own above the link needs none of these. A line
    ending with a shad (``end_says_nothing``) may be a short Tibetan sentence: its end alone makes
    no label, and before a link its markup neither (a bold sentence); a line of its own above the
    link is one when set apart as a heading or wholly marked up (``<p><b>...།</b></p>``)."""
    if not width_at_most(label, MAX_LINK_LABEL_WIDTH) or len(label.split()) > MAX_LINK_LABEL_WORDS:
        return False
    if is_punct_only(label) or label[-1] in _LABEL_END:
        return True
    if ends_sentence(label):
        return (end_says_nothing(label) and link is None
                and (block.tag in HEADING_TAGS or _marked_up(label, block)))
    letters = [c for c in label if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return link is None or _marked_up(label, block)


def _marked_up(label: str, block: HtmlElement) -> bool:
    return any(_norm(text_content(el)) == label for el in block.iter(*_INLINE_LABELS))


def _block_texts(element: HtmlElement) -> set[str]:
    """The normalised text of the element and of each block inside it."""
    texts = {_norm(text_content(element))}
    texts.update(_norm(text_content(el)) for el in element.iter(*_BLOCKS))
    texts.discard("")
    return texts


def _lines_in(element: HtmlElement, candidates: Collection[str], whole: str | None = None) -> set[str]:
    """The ``candidates`` that are a text of :func:`_block_texts`. A block's text, whitespace
    collapsed, is a stretch of the element's: where the element's holds no candidate (nearly every
    box the rules look at), its blocks' texts are not read. That search costs the element's length
    once a candidate, so it is made only within :data:`LINE_SEARCH_CHARS` (a long text's many lines
    against a large box: reading its blocks costs less). ``whole``: the element's text, whitespace
    collapsed, where the caller has read it."""
    whole = _norm(text_content(element)) if whole is None else whole
    if len(whole) * len(candidates) <= LINE_SEARCH_CHARS and not any(map(whole.__contains__, candidates)):
        return set()
    texts = {whole, *(_norm(text_content(block)) for block in element.iter(*_BLOCKS))}
    return {text for text in texts if text in candidates}


def _player_text(player: HtmlElement, candidates: set[str], chrome: set[str]) -> None:
    """The text beside a media element in a small container of its own (not a figure's caption)."""
    container = player.getparent()
    if container is None or container.tag in ("figure", "body", "article", "main"):
        return
    beside = _norm(text_content(container))
    if beside and len(beside) <= MAX_PLAYER_TEXT_CHARS:
        chrome.update(_lines_in(container, candidates, beside))


def _credit_shaped(line: str) -> bool:
    """Whether a candidate line could be a picture's credit (:func:`_picture_credit`): shaped as a
    credit, no sentence and no web address, within a picture's block's text."""
    return (len(line) <= MAX_PICTURE_TEXT_CHARS and (credit_parts(line) is not None or _signed(line))
            and may_be_label(line) and not _WEB_ADDRESS.search(line))


def _signed(line: str) -> bool:
    """"© <owner>": the sign and a few words (an outlet, a photographer, an agency), no sentence."""
    return line.startswith("©") and len(line[1:].split()) <= MAX_TAIL_WORDS and not has_sentence_break(line[1:])


def _picture_credit(picture: HtmlElement, credits: set[str], chrome: set[str]) -> None:
    """The credit of a picture (see the module): the lines of the small block holding ``picture``
    among ``credits`` (the candidate lines :func:`_credit_shaped`), where the picture stands on a line
    of its own (nothing after it before a ``<br>``, a caption or a block: "<img> Germany: 12 medals"
    is a line of the story with an icon)."""
    after = picture.getnext()
    if (picture.tail or "").strip() or (after is not None and after.tag not in _PICTURE_LINE_ENDS):
        return
    container = _block(picture)
    if container is None or container.tag in _NOT_WIDGET:
        return
    beside = _norm(text_content(container))
    if beside and len(beside) <= MAX_PICTURE_TEXT_CHARS:
        chrome.update(_lines_in(container, credits, beside))


def _widget_text(control: HtmlElement, candidates: set[str], chrome: set[str], seen: dict[HtmlElement, bool],
                 holds_more: Callable[[HtmlElement], bool]) -> None:
    """The text of the largest container around a text field, within :data:`WIDGET_DEPTH`
    levels, that holds at most :data:`MAX_WIDGET_CHARS` of text, and never half of the article's
    (``holds_more``: a short article beside a search box stays); around a button or a checkbox, only
    where the container shows consent or the button closes it (it shows nothing but a close mark:
    all the container's lines, ``<br>`` apart, go). ``seen``: widgets looked at, and whether they
    show consent (a button's widget without it may still hold a text field, looked at later)."""
    kind = (control.get("type") or "text").strip().lower() if control.tag == "input" else ""
    clicked = control.tag == "button" or kind in _CLICK_INPUTS
    if control.tag == "input" and kind not in _TEXT_INPUTS and not clicked:
        return
    widget = None
    node = control.getparent()
    for _ in range(WIDGET_DEPTH):
        if node is None or node.tag in _NOT_WIDGET or holds_more(node):
            break
        widget, node = node, node.getparent()
    if widget is None:
        return
    consent = seen.get(widget)
    if consent:
        return  # done: its lines are chrome already
    if clicked and control.tag == "button" and _norm(_shown_text(control)) in _CLOSE_MARKS:
        seen[widget] = True  # a box one closes: a pop-up's, a banner's
        chrome.update(line for line in _box_lines(widget) if line in candidates)
        return
    if consent is not None and clicked:
        return  # it shows no consent for a button to go by
    if clicked:
        # Most buttons are the page's (menus, share bars): the text holds none of their lines.
        shown = _norm(text_content(widget))
        if not any(map(shown.__contains__, candidates)):
            seen[widget] = False
            return
        consent = seen[widget] = _shows_consent(widget, compiled_patterns())
        if not consent:
            return
    else:
        seen[widget] = True
    chrome.update(_lines_in(widget, candidates))


def _shows_consent(widget: HtmlElement, pats: Patterns) -> bool:
    """Whether a button, label or link of the widget reads as a consent notice or button."""
    for element in widget.iter("button", "label", "a"):
        text = predicate_form(_norm(text_content(element)))
        if text and is_consent(text, pats):
            return True
    return False


def _embed_key(address: str) -> str:
    """An embedded address as links name it: without scheme, "www." and a trailing slash ("" for
    one that is no URL: a bracketed host that is no IP address makes ``hostname`` raise)."""
    try:
        parts = urlsplit(address.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return ""
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "") if host else ""


def _embed_addresses(page: PageElements) -> set[str]:
    """The addresses of what the page embeds: its frames, and the ``embedURL``/``contentUrl`` it
    declares for a media object."""
    found = {frame.get(attribute) or "" for frame in page.of("iframe") for attribute in _EMBED_ADDRESSES}
    found.update(meta.get("content") or "" for meta in page.of("meta")
                 if (meta.get("itemprop") or "").lower() in _EMBED_META)
    return {key for key in map(_embed_key, found) if key}


def _embed_link(link: HtmlElement, candidates: set[str], chrome: set[str]) -> None:
    """A link to what the page embeds, in a short line of its own that is no sentence ("Link zum
    YouTube-Inhalt", "Watch on YouTube"): the embed's fallback for readers who do not load it."""
    block = _block(link)
    if block is None:
        return
    whole = _norm(text_content(block))
    if (whole in candidates and width_at_most(whole, MAX_EMBED_LINK_WIDTH) and not ends_sentence(whole)
            and sum(1 for a in block.iter("a") if _norm(text_content(a))) == 1):
        chrome.add(whole)


def _media_teasers(tree: HtmlElement, candidates: set[str], joined: str, chrome: set[str]) -> None:
    """A clip's teaser: an element holding nothing but a date and a running time ("18.04.2024 |
    0:21 min"), with the caption beside it in its container (of at most
    :data:`MAX_MEDIA_TEASER_CHARS`). Looked for in the tree only when a line of the text ends in a
    running time (``joined``: the candidate lines, one a line)."""
    pats = compiled_patterns()
    if not pats.duration_end_re.search(joined):
        return
    for element in tree.iter():
        own = element.text
        if not own or len(own) > MAX_DATELINE_WIDTH or len(element) or element.tag in _HIDDEN:
            continue
        meta = predicate_form(_norm(own))
        if not is_media_meta(meta, pats):
            continue
        container = element.getparent()
        if container is None or container.tag in _NOT_WIDGET or _shows_more_text(container, MAX_MEDIA_TEASER_CHARS):
            continue
        shown = [container, element, *container.iter(*_BLOCKS)]
        chrome.update(line for line in (_norm(_shown_text(block)) for block in shown) if line in candidates)


def _shown_pieces(element: HtmlElement) -> Iterator[str]:
    """The element's text pieces in order, without its scripts' and styles' (their tails show)."""
    for node in element.iter():
        if node.tag not in _HIDDEN:
            yield node.text or ""
        if node is not element:
            yield node.tail or ""


def _shown_text(element: HtmlElement) -> str:
    """The element's text without its scripts' and styles'."""
    return "".join(_shown_pieces(element))


def _shows_more_text(element: HtmlElement, limit: int) -> bool:
    """Whether the text the element shows (not its scripts' and styles') is longer than ``limit``."""
    return _longer_than(_shown_pieces(element), limit)


class _TextSizes:
    """:func:`_holds_more_text` with one ``limit`` for the elements of one page, each answered once
    (a menu's buttons share their containers) and from the inside out: an element's text is its own
    text, then each child's text and tail, so a child already measured (the container a widget's
    climb just left) is not read again. Each answer is exactly :func:`_holds_more_text`'s."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sizes: dict[HtmlElement, int | None] = {}  # an element's text length, None past the limit

    def holds_more(self, element: HtmlElement) -> bool:
        if element not in self.sizes:
            self.sizes[element] = self._size(element)
        return self.sizes[element] is None

    def _size(self, element: HtmlElement) -> int | None:
        """The length of ``element``'s text (``itertext``'s pieces), or None once it passes the limit."""
        total = len(element.text or "")
        for child in element:
            if total > self.limit:
                return None
            known = self.sizes.get(child, -1) if isinstance(child.tag, str) else _node_text_size(child)
            if known is None:
                return None
            # a child's whole text joined in C (text_content: what itertext reads but an entity reference
            # left unresolved, which no HTML parser leaves) costs a third of reading its pieces in Python
            total += known if known >= 0 else len(text_content(child))
            if total > self.limit:
                return None
            total += len(child.tail or "")
        return None if total > self.limit else total


def _node_text_size(node: HtmlElement) -> int:
    """What ``itertext`` reads of a node that is no element: an entity's reference ("&amp;"), not
    a comment's or a processing instruction's text (the parser drops those; a tree built otherwise
    may hold them)."""
    return len(node.text or "") if node.tag is etree.Entity else 0


def _holds_more_text(element: HtmlElement, limit: int) -> bool:
    """Whether the element's text is longer than ``limit``, read only as far as needed (the
    containers above a footer's search box hold the whole page)."""
    return _longer_than(element.itertext(), limit)


def _longer_than(pieces: Iterable[str], limit: int) -> bool:
    """Whether the pieces of text add up to more than ``limit`` characters, read only as far as needed."""
    seen = 0
    for piece in pieces:
        seen += len(piece)
        if seen > limit:
            return True
    return False


def _clip_figures(times: Iterable[HtmlElement], candidates: set[str], chrome: set[str]) -> None:
    """The lines of a clip's figure: the ``<figure>`` around a ``<time>`` giving an ISO 8601
    duration, else the time's container of at most :data:`MAX_MEDIA_TEASER_CHARS` of text."""
    for time in times:
        if not _ISO_DURATION.fullmatch((time.get("datetime") or "").strip()):
            continue
        box = next(time.iterancestors("figure"), None)
        if box is None:
            box = time.getparent()
            while box is not None and box.tag not in _NOT_WIDGET and not _shows_more_text(box, MAX_MEDIA_TEASER_CHARS):
                if box.getparent() is None or _shows_more_text(box.getparent(), MAX_MEDIA_TEASER_CHARS):
                    break
                box = box.getparent()
        if box is None or box.tag in _NOT_WIDGET or _shows_more_text(box, MAX_MEDIA_TEASER_CHARS):
            continue
        chrome.update(_lines_in(box, candidates))


def _hidden_dialogs(dialogs: list[HtmlElement], candidates: set[str], chrome: set[str]) -> None:
    """The lines of a closed ``<dialog>`` of :data:`MAX_HIDDEN_CHARS` of text at most (a prompt,
    not a story kept from view). (A ``role="dialog"`` element hidden by its attributes is one
    too, but finding it takes a look at every element's attributes: about 1% of extraction.)"""
    for element in dialogs:
        if element.get("open") is not None or _holds_more_text(element, MAX_HIDDEN_CHARS):
            continue
        chrome.update(_lines_in(element, candidates))


def _teaser_cards(articles: Iterable[HtmlElement], headings_and_paragraphs: Iterable[HtmlElement], text: str,
                  candidates: set[str], same_site: Callable[[str], bool]) -> set[str]:
    """The lines of the teaser cards in the page: ``<article>`` elements of at most
    :data:`MAX_TEASER_CHARS` of text, linking to another page of the site with a heading or with
    :data:`CARD_LINKED_SHARE` of their text at least (some pages set each section of the story in an
    ``<article>``, with links in its paragraphs), holding no more than half of the text (a short
    story's own ``<article>``); with the short labels of the box around a card (the container
    holding the card and a label's length more). A line that is also the text of a heading or a
    paragraph outside the cards' boxes stays: the story's subheading may name what a card names.
    (Only where the story keeps a body without them: see ``drop_tree_chrome``.)"""
    found: set[str] = set()
    boxes: list[HtmlElement] = []  # each card's box: the card and its label
    for card in articles:
        if _holds_more_text(card, min(MAX_TEASER_CHARS, len(text) // 2)):
            continue
        if not any(same_site(a.get("href") or "") for a in card.iter("a")) or holds_its_permalink(card) or _tells_more(card):
            continue  # (a live page's update carrying its permalink, or telling two paragraphs, is a part of this page)
        shown = _norm(" ".join(_shown_pieces(card)))  # blocks apart: the card's words, one by one
        linked = _linked_chars(card)
        if not shown or (linked < CARD_LINKED_SHARE * len(shown) and not any(
                same_site(href) for heading in card.iter(*HEADING_TAGS) if (href := _heading_href(heading)))):
            continue  # a section of the story in an <article> of its own, with a link in its text
        found.update(_lines_in(card, candidates))
        words = shown.split()
        vocabulary = set(words)
        pieces = [piece for piece in map(_norm, _shown_pieces(card)) if piece]
        found.update(line for line in candidates
                     if len(line) < len(shown) and all(word in vocabulary for word in line.removeprefix(LIST_ITEM).split())
                     and _joined_pieces(line.removeprefix(LIST_ITEM), pieces, words))
        box = card
        while (parent := box.getparent()) is not None and parent.tag not in _NOT_WIDGET and not _holds_more_text(
                parent, len(shown) + MAX_LINK_LABEL_WIDTH):
            box = parent
        found.update(line for line in _lines_in(box, candidates)
                     if len(line) <= MAX_LINK_LABEL_WIDTH and not ends_sentence(line))
        boxes.append(box)
    if found:
        inside = {element for box in boxes for element in box.iter()}
        found -= {line for element in headings_and_paragraphs if element not in inside
                  and (line := _norm(text_content(element))) in found}
    return found


def _joined_pieces(line: str, pieces: list[str], words: list[str]) -> bool:
    """Whether ``line`` is words of two or more of a card's text ``pieces`` joined, in their
    order (``words``: the card's words): "Baloncesto Daniel Aragón" of a kicker and an author. A
    line within one piece may be the story's own ("Class 5A" in a card about its games)."""
    return not any(line in piece for piece in pieces) and _words_in_order(line.split(), words)


def _words_in_order(words: list[str], within: list[str]) -> bool:
    """Whether ``words`` (two or more) are ``within``'s, in their order (others between them)."""
    if len(words) < 2:
        return False
    rest = iter(within)
    return all(any(word == other for other in rest) for word in words)


def _orphan_headings(tree: HtmlElement, text: str, flat: Callable[[], str], labels: set[str], chrome: set[str]) -> None:
    """A box's heading without its box: a short line, no sentence (``labels``), that is the text
    of the element opening its container (its first child holding text), where the container
    holds :data:`MIN_ORPHANED_BOX_CHARS` of other text and none of it is in the text: a sidebar's
    "Weiterführende Links" over links the extraction left out. A subheading's paragraphs follow it
    into the text (``flat``: ``text`` single-spaced, any line of it, not only the short ones:
    :func:`_in_flat`), and a line that is also the text of an element not so
    orphaned stays (a product table's "Stromversorgung" row beside the article's subheading of that
    name). Elements are looked at by their own first word (one walk of :data:`_BOX_HEADINGS`, no
    text joined for the others)."""
    if not labels:
        return
    starts = {label.split()[0] for label in labels}
    orphaned: set[str] = set()
    kept: set[str] = set()
    for element in tree.iter(*_BOX_HEADINGS):
        own = element.text
        if not own:
            continue
        words = own.split(None, 1)  # the first word and the rest: a long text is not cut up
        if not words or words[0] not in starts:
            continue
        heading = _norm(text_content(element))
        if heading not in labels or heading in kept:
            continue
        while ((parent := element.getparent()) is not None and not _holds_more_text(parent, 2 * len(own) + len(heading))
               and _norm(text_content(parent)) == heading):
            element = parent
        (orphaned if _orphaned(element, text, flat) else kept).add(heading)
    chrome |= orphaned - kept


def _orphaned(element: HtmlElement, text: str, flat: Callable[[], str]) -> bool:
    """Whether the element opens a container whose other text (enough of it) is nowhere in
    ``flat()``, ``text`` single-spaced (:func:`_in_flat`)."""
    box = element.getparent()
    if box is None or box.tag in _NOT_WIDGET:
        return False
    first = next((child for child in box if isinstance(child.tag, str) and _norm(text_content(child))), None)
    if first is not element:
        return False
    rest = [child for child in box if child is not element and isinstance(child.tag, str)]
    contents = {_norm(text_content(link)) for child in rest for link in child.iter("a") if _in_page(link)}
    # A piece's opening is enough: the extraction may space or cut a paragraph apart from the tree.
    # (Looked for first: a subheading's next paragraph is found at once.) An entry of a table of
    # contents is no piece of its own: it copies a heading of the story, which the text holds.
    for child in rest:
        if any(_in_flat(piece[:ORPHAN_PIECE_CHARS], text, flat) for piece in _block_texts(child)
               if len(piece) >= MIN_LINKED_HEADLINE_CHARS and not _only_entries(piece, contents)):
            return False
    return sum(len(_norm(_shown_text(child))) for child in rest) >= MIN_ORPHANED_BOX_CHARS


def _in_page(link: HtmlElement) -> bool:
    """Whether a link leads to no other page: its address is a place in this page's ("#budget"),
    or it has none (a script scrolls to the section): a table of contents' entry."""
    href = link.get("href")
    return href is None or href.startswith("#")


def _only_entries(piece: str, entries: set[str]) -> bool:
    """Whether ``piece`` (normalised) is made of ``entries`` (a table of contents' links) only."""
    for entry in entries:
        piece = piece.replace(entry, "")
    return bool(entries) and not piece.strip()


def _link_lines(block: HtmlElement, candidates: set[str], chrome: set[str], same_site: Callable[[str], bool]) -> None:
    """A list of other stories in one block: its lines (between ``<br>``) are each a link to another
    page of the site and nothing else, :data:`MIN_LINK_BLOCK_ITEMS` of them at least, but the
    first, which may be a short label that is no sentence ("<b>Related</b><br><a>...</a><br><a>...</a>")."""
    lines: list[str] = []
    links = 0
    for segment in text_lines(block, ("br",), nested=False):
        line = _norm(segment.text)
        if not line:
            continue
        anchors = [element for element in segment.elements if element.tag == "a"]
        if len(anchors) == 1 and _norm(text_content(anchors[0])) == line:
            if not same_site(anchors[0].get("href") or ""):
                return
            links += 1
        elif lines or anchors or not width_at_most(line, MAX_LINK_LABEL_WIDTH) or ends_sentence(line):
            return  # a line of prose, or a label that is not the list's first line
        lines.append(line)
    if links >= MIN_LINK_BLOCK_ITEMS:
        chrome.update(line for line in lines if line in candidates)


def _marked_boxes(text: str, story: HtmlElement | None, headings_and_paragraphs: Sequence[HtmlElement],
                  linked: Iterable[HtmlElement], text_of: Callable[[HtmlElement], str]) -> set[str]:
    """The lines of the boxes the markup names as no part of the story (see the module): the
    outermost box around a heading or a paragraph (outside ``story``) whose text is a line of
    ``text``, or around a link whose text is in one (``linked``), and all of that box's lines; an
    element the markup names as the byline, when its text is one short line that is no sentence
    (not the header around it: a standfirst stands there too); the container just before a comment
    thread, holding :data:`MAX_WIDGET_CHARS` of text at most. Never an element holding ``story``,
    nor one whose class (the mark) is of the kind of such an element's (another story's wrapper, in a
    page of several; another entry of a live blog, numbered classes aside), nor a line that is also the text of a heading or a paragraph outside the boxes (a
    table of contents in a ``<nav>`` repeats the subheadings), or a line ``story`` shows outside
    them (a list of the story's that a box of teasers repeats). Comments are a thread below the
    start of the story (above it, an element whose class names comments is an opinion piece's
    lead). Boxes are looked for from the lines up (a walk of every element's class costs a tenth
    of the extraction). ``text_of``: the headings' and paragraphs' texts (:meth:`PageElements.text`,
    read once a page: the story's block reads its paragraphs')."""
    # Lines are compared without spaces (an extraction may join a field's label and its message)
    # and without the dash the extraction writes before a list's item.
    lines: dict[str, str] = {}
    for line in text.split("\n"):
        bare = line.strip()
        if key := without_spaces(bare.removeprefix(LIST_ITEM)):
            lines[key] = line
    holding_story = set() if story is None else {story, *story.iterancestors()}
    opening = None if story is None else next((child for child in story if child.tag == "p"), None)
    kinds = {_class_kind(element.get("class")) for element in holding_story} - {frozenset()}
    marks = partial(_mark_cached, {}, kinds, None if opening is None else _position(opening))

    def unprompted(node: HtmlElement) -> str | None:
        kind = marks(node)
        return None if kind == "prompt" else kind
    # The headings and paragraphs outside the story's block (its own are never chrome), by their text.
    outside = [(element, without_spaces(text_of(element))) for element in headings_and_paragraphs
               if element.getparent() is not story]
    shown = (element for element, key in outside if key in lines or _shows_a_line(element, lines))
    boxes: set[HtmlElement] = set()
    bylines: set[HtmlElement] = set()
    for element in chain(shown, linked):
        box, byline = _marking(element, holding_story, marks)
        if box is not None and marks(box) == "prompt" and not _prompt_line(box):
            box, byline = _marking(element, holding_story, unprompted)  # a box marked otherwise within it
        if box is not None and not (story is not None and _story_set_apart(box, story, text)):
            boxes.add(box)
        elif byline is not None:
            bylines.add(byline)
    if not boxes and not bylines:
        return set()
    found: set[str] = set()  # the lines' keys
    for box in boxes:
        if not _may_show_a_line(box, lines):
            continue
        found.update(key for key in map(without_spaces, _box_lines(box)) if key in lines)
    for byline in bylines:  # the byline itself: one short line, no sentence
        key = without_spaces(text_content(byline))
        if key in lines and width_at_most(lines[key], MAX_TITLED_WIDTH) and not ends_sentence(lines[key].strip()):
            found.add(key)
    taken = boxes | bylines
    if found:  # the story's own too: a heading holding a link its class marks (the page's "current" in a menu)
        texts = dict(outside)
        found -= {key for element in headings_and_paragraphs
                  if (key := texts.get(element) or without_spaces(text_content(element))) in found
                  and element not in taken and not any(above in taken for above in element.iterancestors())}
    if found and story is not None:
        found -= set(map(without_spaces, _box_lines(story, taken)))
    return {_norm(lines[key]) for key in found}


def _marking(element: HtmlElement, holding_story: Collection[HtmlElement],
             marks: Callable[[HtmlElement], str | None]) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The outermost marked box around the element (or the element) below the elements holding the
    story, a comment thread's policy included; and the innermost element marked as the byline."""
    box = byline = None
    for node in (element, *element.iterancestors()):
        if node in holding_story:
            break
        kind = marks(node)
        if kind == "byline":
            byline = byline if byline is not None else node
        elif kind is not None:
            box = node
        elif node.tag in _INTRO_BOXES and _is_comment_intro(node, marks):
            box = node  # a comment thread's policy, just before it
    return box, byline


def _story_set_apart(box: HtmlElement, story: HtmlElement, text: str) -> bool:
    """Whether a box marked as a box of links (:data:`_LINK_BOX_MARKS` alone: other stories, a share
    bar) is the story's own text set apart: it stands within the ``story``'s element, is no landmark
    (``<aside>``, a role), shows no link, no control and nothing but text (:func:`_only_text`), and
    each of its lines ends like a sentence and is found in ``text`` once at most (not a quote of one
    of the story's paragraphs, which the text has already), one of them at least."""
    if box.tag in _BOX_TAGS or (box.get("role") or "").strip().lower() in _BOX_ROLES:
        return False
    marks = (_mark_words(box.get("class") or "") | _mark_words(box.get("id") or "")) & _BOX_MARKS
    if not marks or not marks <= _LINK_BOX_MARKS or not any(above is story for above in box.iterancestors()):
        return False
    if next(box.iter(*_ACTIONS), None) is not None or not _only_text(box):
        return False
    lines = [line for line in (_norm(line.text) for line in text_lines(box, _BLOCKS | {"br"})) if line]
    flat = _norm(text)
    counts = [flat.count(line) for line in lines]
    return 1 in counts and max(counts) == 1 and all(map(running_text, lines))


def _only_text(box: HtmlElement) -> bool:
    """Whether each element within ``box`` shows text (a line break aside): a share bar's networks
    and a teaser's picture show none (an icon, an image, an empty placeholder a script fills with
    buttons), so the sentence beside them is the bar's prompt ("Share this article with your
    friends.") or the teaser's, not the story's text set apart, which is the box's whole content."""
    return all(element.tag in _TEXTLESS_ELEMENTS or text_content(element).strip()
               for element in box.iterdescendants(etree.Element))


def _may_show_a_line(box: HtmlElement, lines: Collection[str]) -> bool:
    """False where none of :func:`_box_lines` of ``box`` can be one of ``lines`` (texts without
    spaces): none of them is in the box's text without spaces. Each line a box shows is a stretch
    of its text (no element it holds hides text between two of its pieces: a script or a style, whose
    text the box's has and its lines have not); so are its blocks' texts. Most boxes the markup
    names show no line of the text (a menu, a footer), and their lines are then not cut out. Read
    within :data:`LINE_SEARCH_CHARS` (as :func:`_lines_in`), else the lines are."""
    whole = without_spaces(text_content(box))
    if len(whole) * len(lines) > LINE_SEARCH_CHARS or next(box.iter(*_HIDDEN), None) is not None:
        return True
    return any(map(whole.__contains__, lines))


def _shows_a_line(element: HtmlElement, lines: dict[str, str]) -> bool:
    """Whether a line of the element's text between ``<br>`` is one of ``lines`` (by their text
    without spaces)."""
    return next(element.iter("br"), None) is not None and any(key in lines for key in map(without_spaces, _box_lines(element)))


def _mark_cached(cache: dict[HtmlElement, str | None], story_classes: set[frozenset[str]], start: list[int] | None,
                 element: HtmlElement) -> str | None:
    """:func:`_mark` of an element, read once per page (``start``: where the story's first
    paragraph stands: a comment box above it is none)."""
    if element in cache:
        return cache[element]
    kind = cache[element] = _mark(element, story_classes)
    if kind == "comments" and start is not None and _position(element) < start:
        kind = cache[element] = None  # readers comment below the story; above it, "comment" names its kind
    return kind


def _mark(element: HtmlElement, story_classes: set[frozenset[str]]) -> str | None:
    """What the markup names the element: ``"comments"``, another ``"box"``, the ``"byline"``, or
    nothing. A class of the kind of an element holding the story (``story_classes``: their
    :func:`_class_kind`) names nothing: each story's wrapper in a page of several, each entry of a
    live blog."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _NOT_WIDGET:
        return None
    names = element.get("class") or ""
    words: set[str] = set()
    if names and _MARK_SCAN.search(names.lower()) and _class_kind(names) not in story_classes:
        words = _mark_words(names)
    ident = element.get("id") or ""
    if ident and tag not in _SLUGGED and _MARK_SCAN.search(ident.lower()):
        words |= _mark_words(ident)
    if words & _COMMENT_MARKS:
        return "comments"
    if (words & _BOX_MARKS or tag in _BOX_TAGS or (element.get("role") or "").strip().lower() in _BOX_ROLES
            or _is_modal(element)):
        return "box"
    if words & _BYLINE_MARKS:
        return "byline"
    return "prompt" if _names_prompt(words) else None


def _names_prompt(words: set[str]) -> bool:
    """Whether a class's or id's words name the site's prompt to pay, follow or install its app
    (:data:`_PAYWALL_MARKS`)."""
    return bool(words & _PAYWALL_MARKS or ("follow" in words and words & _FOLLOW_PAIRS)
                or ("app" in words and words & _APP_PAIRS))


def _prompt_line(box: HtmlElement) -> bool:
    """Whether a box its class names a prompt (:func:`_names_prompt`) shows one line with a letter
    or digit, :data:`MAX_CHANNEL_LINE_WIDTH` wide at most, that is no sentence, in a script that
    marks a sentence's end: a call ("Subscribe to keep reading", "Pratite nas na Facebooku") and
    its button. A paywall's locked part of the story is paragraphs that end like sentences; a line
    in Thai or Lao cannot tell. A box sharing the class that names it with a sibling box that shows a
    sentence is one of the story's blocks, each wrapped as locked (a subheading, "Read the decision:")."""
    lines = _shown_lines(box)
    if not (len(lines) == 1 and width_at_most(lines[0], MAX_CHANNEL_LINE_WIDTH) and not may_run(lines[0])):
        return False
    names = {name for name in _class_kind(box.get("class")) if _names_prompt(_mark_words(name))}
    return not any(names & _class_kind(sibling.get("class")) and any(map(running_text, _shown_lines(sibling)))
                   for sibling in chain(box.itersiblings(preceding=True), box.itersiblings()))


def _shown_lines(box: HtmlElement) -> list[str]:
    """The lines of ``box`` (its blocks and ``<br>``) that show a letter or a digit."""
    return [line for line in (_norm(line.text) for line in text_lines(box, _BLOCKS | {"br"}))
            if any(map(str.isalnum, line))]


def _is_modal(element: HtmlElement) -> bool:
    """Whether the element is a modal dialog: ``aria-modal="true"`` (WAI-ARIA allows it on dialogs only)
    on an element holding a link or a control (:data:`_ACTIONS`): a dialog holds what the reader
    answers or closes it with, where focus goes when it opens. One holding nothing but text (a pull
    quote, the story's paragraphs a site set in a pop-over) is no dialog, whatever the attribute says."""
    return ((element.get("aria-modal") or "").strip().lower() == "true"
            and next(element.iter(*_ACTIONS), None) is not None)


def _mark_words(names: str) -> set[str]:
    """The words of a class or id attribute (:data:`_CLASS_WORDS`), in lower case: what
    :func:`_mark` and :func:`_ad_labels` compare with their marks."""
    return {word.lower() for word in _CLASS_WORDS.findall(names)}


def _class_kind(names: str | None) -> frozenset[str]:
    """The kind a class attribute names: its classes but those with a digit, which name the element
    itself ("lb-entry lb-entry-42 share-enabled": each entry of a live blog has its own number)."""
    return frozenset(name for name in (names or "").split() if not any(map(str.isdigit, name)))


def _is_comment_intro(container: HtmlElement, marks: Callable[[HtmlElement], str | None]) -> bool:
    """Whether the container stands just before a comment thread (the next element, one that
    shows text or not: a thread a script fills is empty) and holds :data:`MAX_WIDGET_CHARS` of
    text at most: the thread's policy or heading."""
    after = container.getnext()
    while after is not None and (not isinstance(after.tag, str) or after.tag in _HIDDEN):
        after = after.getnext()
    return after is not None and marks(after) == "comments" and not _holds_more_text(container, MAX_WIDGET_CHARS)


def _position(element: HtmlElement) -> list[int]:
    """Where the element stands in document order: its index in each of its ancestors, from the root."""
    path = []
    while (parent := element.getparent()) is not None:
        path.append(parent.index(element))
        element = parent
    return path[::-1]


def _box_lines(box: HtmlElement, skip: Collection[HtmlElement] = ()) -> set[str]:
    """The lines the box shows, normalised: its text cut at every block and ``<br>`` (as an
    extraction writes them), and each block's whole text (an extraction may join a block's lines);
    not those of the elements in ``skip``."""
    found = _block_texts(box) if not skip else set()
    current: list[str] = []
    walk = etree.iterwalk(box, events=("start", "end"))
    for event, node in walk:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in _HIDDEN or node in skip:
                walk.skip_subtree()  # its text is not shown (or not wanted); its tail is, at its end
                continue
            if tag in _BLOCKS or tag == "br":
                found.add(_norm("".join(current)))
                current = []
            current.append(node.text or "")
            continue
        if tag in _BLOCKS:
            found.add(_norm("".join(current)))
            current = []
        if node is not box:
            current.append(node.tail or "")
    found.add(_norm("".join(current)))
    found.discard("")
    return found
