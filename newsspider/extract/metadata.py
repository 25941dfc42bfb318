"""Page metadata read from the ``<head>``, the JSON-LD and microdata: headline, authors, dates
(full timestamps, the modified date kept apart from the published one), site name, description,
image, tags, ``<html lang>``, ``rel=canonical``, and what the page says it is.

Why not trafilatura's metadata: it costs about a third of trafilatura's time per page (author
and category searches through the whole DOM, licence lookup, extensive date search), while news
pages declare what a record needs in their meta tags and JSON-LD. Only a page that declares no
date at all pays for a search of its text (:func:`undeclared_date`).
"""
from __future__ import annotations

import html
import logging
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from itertools import accumulate, chain, islice
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsspider.dates import (
    SAME_MOMENT,
    Timestamp,
    best_timestamp,
    is_future,
    parse_timestamp,
    shown_in_offset,
    slashed_readings,
)
from newsspider.extract.bylines import author_names, is_organisation_only
from newsspider.extract.calendars import names_day_in_words, names_unread_calendar, printed_day
from newsspider.extract.date_labels import (
    EVENT,
    NAMES_BETWEEN,
    PROFILE,
    PUBLISHED,
    UPDATED,
    field_dates,
    label_before,
    labelled_dates,
)
from newsspider.extract.elements import PageElements, around, body_text, neighbours
from newsspider.extract.jsonld import JsonLd, JsonLdArticle, read_jsonld
from newsspider.extract.repair import readable
from newsspider.extract.tags import clean_tags, is_word_string, split_keywords
from newsspider.unicode_classes import unify_digits
from newsspider.urls import host_key, within_host

logger = logging.getLogger(__name__)

# Published-date meta tags, most specific first: the names in use, as htmldate collects them, that
# say "published" or "issued", and Dublin Core's document dates; not a bare "created", "timestamp"
# or "release_date", which name other dates too.
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time", "published_time",
                   "article:published", "article.published", "og:article:published", "datepublished",
                   "og:datepublished", "rnews:datepublished", "date_published", "published_date", "published-date",
                   "publisheddate", "publication_date", "article:publicationdate", "dc.date.publication",
                   "originalpublicationdate", "pubdate", "og:pubdate", "bt:pubdate", "publishdate", "publish-date",
                   "publish_date", "og:publish_date", "publish_time",
                   "shareaholic:article_published_time", "date", "dc.date.issued", "dcterms.issued", "dc.date",
                   "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                   "citation_publication_date", "citation_date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "og:article:modified_time", "og:modified_time",
                  "modified_time", "updated_time", "article:modified", "datemodified", "dc.date.modified",
                  "dc.modified", "last-modified", "dcterms.modified")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "title")
_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "dc.creator", "dcterms.creator",
                "byl", "sailthru.author", "citation_author", "authors", "creator")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
# A feed's title names the site, then what the feed is in at most this many words ("» Comments Feed").
FEED_LABEL_WORDS = 2
_APP_META = ("apple-mobile-web-app-title", "al:ios:app_name", "al:android:app_name", "al:windows_phone:app_name")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
# Keyword fields, the article's own declaration first (JSON-LD ``keywords`` comes before these).
# article:tag after keywords: sites put one generic category there ("Politics"; measured on the
# tuning split of fundus-dev: keywords agree with the gold tags better where both are set).
_TAG_META = ("news_keywords", "keywords", "article:tag", "parsely-tags", "sailthru.tags")
# Any other meta tag whose name says it holds tags or keywords ("classification-tags", "dc.keywords").
_TAG_FIELD = re.compile(r"(?:^|[:._-])(?:tags?|keywords?)$")
_SECTION_META = ("article:section", "og:section", "section")
# A link to a topic page has one of these as a directory of its path ("/thema/ukraine-198.html").
_TOPIC_DIRECTORIES = frozenset({
    "tag", "tags", "topic", "topics", "thema", "themen", "category", "categories", "schlagwort", "schlagworte",
    "stichwort", "stichworte", "keyword", "keywords", "etiqueta", "etiquetas", "tema", "temas", "sujet", "sujets",
    "argomento", "argomenti", "onderwerp", "onderwerpen", "emne", "aihe", "temat", "tematy", "tagi", "etiket",
    "konu", "label", "labels", "subject", "subjects", "teemat", "temaer",
    "mots-cles", "motcle", "trefwoord", "trefwoorden", "assunto", "assuntos", "emner", "aiheet", "amne",
    "stitek", "stitky", "cimke", "cimkek", "eticheta", "etichete", "etiketler", "hashtag", "hashtags",
    "oznake",
})
_TOPIC_HREF = re.compile("/(?:" + "|".join(sorted(_TOPIC_DIRECTORIES)) + ")/", re.IGNORECASE)
# Words of class, id and data- attributes that name a tag list, and how far up they are looked for.
_TAG_MARKS = frozenset({"tag", "tags", "hashtag", "hashtags", "keyword", "keywords", "topic", "topics",
                        "schlagwort", "schlagworte", "stichwort", "stichworte", "thema", "themen"})
_MARK_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "TagsBox" -> Tags, Box; "tag-like" -> tag, like
TAG_MARK_DEPTH = 3
_ID_NUMBER = re.compile(r"\d{3}")
_TAG_STEM = re.compile("tag|topic|keyword|thema|themen|schlagwort|stichwort")  # _TAG_MARKS' stems, lower-cased
# Where a site states its own name: its footers and copyright lines outside the article and its
# pictures (whose credits name others) (:func:`_stated_names`).
_FOOTERS = etree.XPath("(//footer | //*[contains(translate(concat(@class, ' ', @id), 'FOTER', 'foter'), 'footer')])"
                       "[not(ancestor-or-self::article or ancestor::figure)]")
_NAVIGATION_MARKS = frozenset({"menu", "nav", "navigation", "navbar", "breadcrumb", "breadcrumbs"})
# A tag names a topic in a few words; a longer link text is a teaser or a caption.
MAX_TAG_WORDS = 5
# A tag list is a container whose text is mostly its links' text (not a paragraph with links in it).
TAG_LIST_LINK_SHARE = 0.5
# "Headline | Site", "Headline - Site", "見出し｜サイト": the separators a <title> joins its parts with (a colon
# is not one: "Ukraine: ..." is part of a headline).
TITLE_SEPARATOR = re.compile(r"\s+[|–—•·‹«<›»>~*⋆⁄-]\s+|\s+::\s+|\s*[|｜]\s*")
_PREFIX_SEPARATOR = re.compile(r"\s+[|•·‹«<›»>~*⋆⁄]\s+$|\s+::\s+$|\s*[|｜]\s*$")
_SEPARATOR_CHARS = " |｜–—•·‹«<›»>~*⋆⁄-:"
# A colon sets off the page's date after a headline (" : 31.10.2023, 10.19 Uhr": :func:`_is_suffix`).
_COLON = re.compile(r"\s*:\s+")
# A JSON-LD headline this long may have been cut at a length limit (publishers cut at 100 or 110).
CUT_HEADLINE_CHARS = 100
# A title cut short is continued by a space and a word (not a separator, colon or other mark).
_CONTINUED = re.compile(r" [^\W_]")
# A pipe sets off a site or section even inside a page's <h1> ("Politics | St. Louis Park elects ...").
_PIPE = re.compile(r"[|｜]")
# A part a declared title adds after the headline a heading shows: ", Thailand", " (2021/5)".
_TRAILING_PART = re.compile(r",\s+(?P<part>[^,]+)|\s+\((?P<aside>[^()]+)\)")
# A kicker in brackets before a headline ("[단독] ", "【速報】", "〔詳報〕", "[VIDEO] "): a label of at most
# MAX_SUFFIX_WORDS words.
_BRACKETED_KICKER = re.compile(r"[\[［【〔〖]\s*[^\[\]［］【】〔〕〖〗]+?\s*[\]］】〕〗]\s*")
# What sets off a site's own name at the end of a title, spaced or not ("..._网易新闻", "...：朝日新聞デジタル").
_SITE_NAME_SEPARATOR = re.compile(r"\s*[_丨：:/|｜–—•·‹«<›»>~*⋆⁄-]+\s*")
# Microdata item types and dates, in page order. Through the elements' attribute axis: libxml2
# then visits elements only (``//`` visits text nodes too) and tests only the attributes present
# (0.17 ms a page against 0.27 for ``//*[@itemprop or @itemscope][...]``).
_MICRODATA_XPATH = etree.XPath("/descendant::*/@itemscope/.. | "
                               "/descendant::*/@itemprop[.='datePublished' or .='dateModified']/..")
_MICRODATA_ARTICLE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b", re.IGNORECASE)
# The texts a page shows: not those of its scripts and styles.
_SHOWN_TEXTS = etree.XPath("(/descendant::body | self::*[not(/descendant::body)])[1]"
                           "/descendant::text()[not(parent::script or parent::style)]")
# Where pages print their bylines (what trafilatura's author search looks at, in one XPath pass
# and without its copy of the tree), and how many of the first ones are read.
_BYLINE_XPATH = (  # attribute tests behind a presence test: libxml2 converts a missing one for contains()
    "//*[@class and (contains(@class, 'uthor') or contains(@class, 'yline') or @class='byl')]"
    " | //*[@id and contains(@id, 'author')] | //*[@rel='author' or @itemprop='author']")
MAX_BYLINE_CHARS = 120
BYLINE_BEFORE, BYLINE_AFTER = 30, 60  # elements around the headline a byline is looked for in
MAX_BYLINES = 3
MAX_TIMES = 20  # <time> elements read (the story's come first; a long listing has hundreds)
# A dateline: within this many elements holding text and characters after the headline, in a text
# this short; the elements between that hold none (share bars' lists, icons, a picture's frame) are
# walked up to the second limit.
DATELINE_ELEMENTS = 15
DATELINE_WALK = 60
DATELINE_REACH = 400
MAX_DATELINE_CHARS = 80
DATELINE_DAY_NUMBERS = 3  # day numbers of one dateline tried (a Hijri date before the Gregorian one)
# A dateline opening the text starts within this many characters of it (after a place name) ...
OPENING_DATELINE_CHARS = 40
# ... and its date ends it: a time, an agency's name in brackets, then a dash, a full stop, a colon, a
# bracket or the line's end ("Karlsruhe, (12.11.2021). Traditionell", "BERLIN, 3. März 2022 (dpa) - Die");
# a comma or a word after it continues a sentence about a day ("Am Sonntag, 5. November 2023, kurz nach
# 21.25 Uhr, wurde ...", "Mit der am 15. Januar 2022 in Kraft getretenen Verordnung").
_DATELINE_END = re.compile(r"\)?\s*(?:,?\s*\d{1,2}[:.h]\s?\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?\s*)?"
                           r"(?:\([^()]{1,30}\)\s*)?(?:[-–—|:/.)\]]|$)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
# The elements a line of fields is printed in: a date before an update's label in one is the page's.
_BLOCKS = frozenset({"p", "div", "li", "header", "footer", "section", "article", "td", "dd", "figcaption"})
# A dateline names a day: a number of one or two digits standing alone ("30 septembre 2018",
# "Nov 3, 2023") or day, month and year in one group ("14.01.2022", "2022-01-14"). A year alone
# ("Vogel des Jahres 2021", "© 2019") or a month ("2019-10", "Januar 2019") is not a date.
_DAY_NUMBER = re.compile(r"(?<![\d./:-])\d{1,2}(?![\d:]|[./-]\d{4}(?![./-]\d))|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_DAY_ONE = re.compile(r"(?<!\d)0?1(?!\d)")
NEW_YEAR_REACH = 12  # characters around a year a day 1 of its January is written within
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMBER = re.compile(r"\d")
# A word right before a day's number: a month's name or its first letters ("Sept. 8, 2020"), not a
# preposition of two letters ("el 24 de agosto").
_WORD_BEFORE = re.compile(r"[^\W\d_]{3,}\.?\s*$")
_SLASHED_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")
# Languages that write a date year first, its year's two last digits too (Korean "입력 24.03.05 14:20"), which
# htmldate reads day first (2005-03-24); the century is this one.
_YEAR_FIRST_LANGUAGES = frozenset({"ko", "ja", "zh"})
_SHORT_YEAR_FIRST = re.compile(r"(?<![\d./])(\d\d)([./])(\d\d)\2(\d\d)(?!\d|[./]\d)")
_CENTURY = 2000
# The path of a date archive: it ends in a year, optionally its month and day ("/date/2017/05/29/").
_ARCHIVE_PATH = re.compile(r"/(?:19|20)\d\d(?:/\d{1,2}){0,2}/?$")
# A day in a URL's path: year, month and day as directories or joined by dashes.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/.-]|$)")
# Headings there are not the story's headline.
_NOT_STORY = frozenset({"nav", "aside", "footer"})
# What a site name's key leaves out: all but letters, digits and dots (``\w`` is str.isalnum() or "_").
_NOT_NAME_KEY = re.compile(r"[^\w.]|_")
# A headline's suffix ("| Sport") names the site or section in at most this many words.
MAX_SUFFIX_WORDS = 4
# A site's name in its initials has this many letters at least ("DW", "FAZ").
MIN_INITIALS = 2
# Words before the site's name in a suffix that names the site ("The Irish Times"): a name this
# long ends one (a shorter one, "Zeit", is a common word too) ...
MIN_NAME_TAIL = 5
# ... and a word this short before a shorter one is its article ("Die Welt", "The Sun", "Le Soir").
ARTICLE_CHARS = 3
# A breadcrumb entry's section address has at most this many directories ("/sport/fussball/bundesliga/").
MAX_SECTION_DEPTH = 3
# The page's date after the site's name in a suffix ("... - РИА Новости, 01.01.2024").
_DATE_AFTER_NAME = re.compile(r",\s*\d[\d\s./:-]*$")
# The words of a site's name, for its initials.
_NAME_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class PageMetadata:
    """What a page says about itself, read from its head, JSON-LD and microdata."""

    html_lang: str | None = None
    canonical: str | None = None
    published: str | None = None
    modified: str | None = None
    jsonld: JsonLdArticle | None = None
    og_type: str | None = None
    declares_article: bool = False   # og:type=article, a JSON-LD or microdata article, article:published_time
    declares_listing: bool = False   # a JSON-LD CollectionPage/SearchResultsPage/ProfilePage, no article
    dated: bool = False              # the page states its own publication date in its metadata
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)


def read_metadata(tree: HtmlElement, url: str | None = None, page: PageElements | None = None,
                  now: datetime | None = None) -> PageMetadata:
    """Collect metadata from a parsed page without modifying the tree (``page``: its elements,
    when already found). ``now``: when the page was fetched (default: the wall clock), the moment
    no date of the page may lie after (a page re-read from an old crawl's WARC file is as old as
    its fetch)."""
    page = PageElements(tree) if page is None else page
    meta = _meta_values(page)
    ld = read_jsonld(page.of("script"))
    article = ld.article
    microdata = _MICRODATA_XPATH(tree)  # the item types and the dates
    canonical = next((link.get("href") for link in page.of("link") if link.get("rel") == "canonical"), None)
    declares_microdata = any(_MICRODATA_ARTICLE.search(element.get("itemtype") or "") for element in microdata
                             if element.get("itemscope") is not None)
    html_lang = next(iter(tree.xpath("/html/@lang | /html/@xml:lang")), None)
    og_type = (_first(meta, "og:type") or "").strip().lower() or None
    declares_article = (bool(article) or declares_microdata or "article:published_time" in meta
                        or (og_type or "").split(":")[0] == "article")
    site_name = (_first_of(meta, _SITE_META) or (article.publisher if article else None)
                 or (ld.page.publisher if ld.page else None))
    organisations = [name for name in (site_name, article.publisher if article else None, _first(meta, "publisher"),
                                       _first(meta, "dc.publisher"), _first(meta, "og:site_name"),
                                       _first(meta, "application-name"), *ld.sites, *_app_names(meta), *_feed_names(page),
                                       split_url(url).hostname) if name]
    sections = [name for name in (article.section if article else None, *(_first(meta, key) for key in _SECTION_META),
                                  *_path_words(url), *_trail_sections(ld.breadcrumbs, (url, canonical))) if name]
    title = headline(page, meta, article, organisations, sections, url)
    published, modified, dated = _dates(page, meta, ld, microdata, title, url, canonical,
                                         now or datetime.now(timezone.utc))
    return PageMetadata(
        html_lang=html_lang, canonical=canonical,
        published=published.iso() if published else None, modified=modified.iso() if modified else None,
        jsonld=article, og_type=og_type, declares_article=declares_article,
        declares_listing=ld.listing and not declares_article, dated=dated,
        title=title,
        authors=_authors(page, meta, ld, organisations, title),
        site_name=site_name,
        description=_first_of(meta, _DESCRIPTION_META) or (article.description if article else None),
        image=_first_of(meta, _IMAGE_META) or (article.image if article else None),
        tags=_tags(meta, ld, page, organisations),
    )


# --- dates -------------------------------------------------------------------------------------------
def _dates(page_elements: PageElements, meta: dict[str, list[str]], ld: JsonLd, items: list[HtmlElement],
           title: str | None, url: str | None, canonical: str | None,
           now: datetime) -> tuple[Timestamp | None, Timestamp | None, bool]:
    """Published and modified times, each the most trusted declaration completed from the others
    (:func:`newsspider.dates.best_timestamp`): the JSON-LD article's, the meta tags', microdata's,
    the JSON-LD page's, and for the published time the first ``<time datetime>`` of the story
    (not of its comments, navigation or asides, nor another post's or article's:
    :func:`_other_content`); and
    whether the page declares its publication date (a ``<time>`` may be any teaser's). Where the
    page's declarations of its publication date fall on different days, the one whose day the
    page prints by its headline wins (:func:`_printed_day`). A ``<time>`` whose text shows the
    local clock for its UTC datetime tells the publisher's offset (:func:`shown_in_offset`). No
    time after ``now``, the page's fetch, counts (:func:`_not_future`)."""
    article, page = ld.article, ld.page
    nodes = [node for node in (article, *ld.others) if node]
    published = [*(parse_timestamp(node.published) for node in nodes),
                 *(parse_timestamp(value) for name in _PUBLISHED_META for value in meta.get(name, ())),
                 *(parse_timestamp(value) for value in _itemprop(items, "datePublished")),
                 parse_timestamp(page.published) if page else None]
    modified = [*(parse_timestamp(node.modified) for node in nodes),
                *(parse_timestamp(value) for name in _MODIFIED_META for value in meta.get(name, ())),
                *(parse_timestamp(value) for value in _itemprop(items, "dateModified")),
                parse_timestamp(page.modified) if page else None]
    published, modified = _not_future(published, now), _not_future(modified, now)
    if not any(published):
        published = _printed_reading(page_elements,
                                     [value for name in _PUBLISHED_META for value in meta.get(name, ())])
    declared = any(published)
    own = _own_addresses(url, canonical)
    if declared:
        published = _printed_day(page_elements, title, published, items, url, own)
    elements = list(islice((element for element in page_elements.of("time") if element.get("datetime")), MAX_TIMES))
    times = _not_future([parse_timestamp(element.get("datetime")) for element in elements], now)
    if not declared:  # the first <time> of the story (a comment's, a sidebar's or a teaser's is not the page's)
        published = [stamp for element, stamp in zip(elements, times, strict=True)
                     if not _other_content(element, url, own)][:1]
    shown = [shown_in_offset(stamp, element.text_content()[:MAX_DATELINE_CHARS])
             for element, stamp in zip(elements, times, strict=True) if stamp is not None and stamp.in_utc]
    every = [*published, *modified, *times, *shown]
    return best_timestamp(published, every), best_timestamp(modified, every), declared


def _not_future(stamps: list[Timestamp | None], now: datetime) -> list[Timestamp | None]:
    """The stamps, None for one that lies in the future (:func:`newsspider.dates.is_future`: Nepal's
    Bikram Sambat year 2081 declared as if Gregorian is no publication date of 2081)."""
    return [None if stamp is None or is_future(stamp, now) else stamp for stamp in stamps]


def _printed_day(page: PageElements, title: str | None, published: list[Timestamp | None],
                 items: list[HtmlElement], url: str | None, own: set[str]) -> list[Timestamp | None]:
    """The published declarations with the ones falling on the day the page prints first, when
    they do not all fall on one day: a CMS's JSON-LD may carry the day a draft was created
    ("2022-01-04T07:29:00Z") where the meta tags and the visible dateline say when it appeared
    ("2022-01-06"). The printed date is what the page tells its readers: the date by its
    headline, else a microdata ``datePublished`` the page shows as text
    (``<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>``); else the day
    the page's address names. A declaration of the moment of one on that day, in another offset, is on
    it too ("2019-11-20T05:57:50Z" beside "2019-11-19 21:57:00 -0800" and a printed "November 19")."""
    days = {stamp.moment.date() for stamp in published if stamp is not None}
    if len(days) < 2:
        return published
    printed = _dateline(page, title, url, own) or _shown_itemprop(items, "datePublished")
    stamp = parse_timestamp(printed) if printed else None
    day = stamp.moment.date() if stamp else None
    if day not in days:
        day = url_day(url)  # the day a CMS wrote into the address when it published the page
    if day not in days:
        return published
    on_day = [stamp.aware for stamp in published if stamp is not None and stamp.moment.date() == day]
    return sorted(published, key=lambda other: other is None or not any(
        abs(other.aware - moment) < SAME_MOMENT for moment in on_day))


def url_day(url: str | None) -> date | None:
    """The day a URL's path names as year, month and day ("/2023/04/28/", "/2023-04-28-title")."""
    match = _URL_DAY.search(split_url(url).path)
    if match is None:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def _printed_reading(page: PageElements, values: list[str]) -> list[Timestamp | None]:
    """The reading of a declared date with slashes that could be either day first or month first
    ("11/01/2023 12:43:42") whose day the page prints where the order is plain ("01.11.2023",
    "2023-11-01"); none when the page prints both days or neither."""
    ambiguous = [readings for readings in map(slashed_readings, values) if len(readings) > 1]
    if not ambiguous:
        return []
    text = page.body_text()
    for readings in ambiguous:
        printed: list[Timestamp | None] = [stamp for stamp in readings if _prints_day(text, stamp)]
        if len(printed) == 1:
            return printed
    return []


def _prints_day(text: str, stamp: Timestamp) -> bool:
    """The text writes the stamp's day day-first with dots or as ISO 8601 (zero-padded or not)."""
    day = stamp.moment.date()
    forms = (rf"(?<!\d)0?{day.day}\.0?{day.month}\.{day.year}(?!\d)", rf"(?<!\d){day.isoformat()}(?!\d)")
    return any(re.search(form, text) for form in forms)


def _shown_itemprop(items: list[HtmlElement], name: str) -> str | None:
    """The value of the first microdata ``name`` element whose text shows a date."""
    for element in items:
        if element.get("itemprop") == name and _DAY_NUMBER.search(element.text_content()[:MAX_DATELINE_CHARS]):
            return element.get("content") or element.get("datetime") or _htmldate_text(element.text_content())
    return None


def _itemprop(items: list[HtmlElement], name: str) -> list[str]:
    return [value for element in items if element.get("itemprop") == name
            for value in (element.get("content") or element.get("datetime"),) if value][:3]


def undeclared_date(tree: HtmlElement, url: str | None, title: str | None, text: str,
                    page: PageElements, now: datetime | None = None, canonical: str | None = None) -> str | None:
    """The publication day of a page that declares none: the date printed next to its headline
    (what a reader takes for it), else the dateline opening its ``text`` ("Karlsruhe,
    (12.11.2021). Traditionell ..."), else htmldate's search (not on a page whose text names the
    months of a calendar it cannot tell: :func:`newsspider.extract.calendars.names_unread_calendar`);
    none that lies after ``now``, the page's fetch (default: the wall clock; a year of another
    calendar: :func:`newsspider.dates.is_future`). A day, as none finds more. ``canonical``: the
    page's canonical link (:attr:`PageMetadata.canonical`; a date linked to it is the page's own)."""
    now = now or datetime.now(timezone.utc)
    own = _own_addresses(url, canonical)
    searches = (lambda: _dateline(page, title, url, own), lambda: _opening_dateline(text),
                lambda: _labelled_date(page, url, own), lambda: _htmldate(tree, url, page, own))
    for search in searches:
        found = search()
        stamp = parse_timestamp(found) if found else None
        if stamp is not None and not is_future(stamp, now):
            return stamp.iso()
    return None


def _dateline(page: PageElements, title: str | None, url: str | None, own: set[str]) -> str | None:
    """The first date in the few short texts next to the element showing the headline ("Written:
    2023-11-07 15:03", "12. November 2021"), after it, else before it (a meta line above the
    headline: "Par Loïc Le Clerc | 30 septembre 2018"), read by htmldate's parser (all its date
    forms and languages); not a date quoted or linked there (:func:`_quoted_or_linked`: an
    embedded post's, a teaser's). htmldate's own search picks the oldest date of the page instead,
    which on a page with teasers is a teaser's. A date with slashes that reads both ways
    ("3/5/2024") is month first on a page in the English of the United States (``lang="en-US"``),
    which htmldate reads day first as most of the world writes it; one of three two-digit numbers
    ("24.03.05") year first on a page in Korean, Japanese or Chinese."""
    heading = headline_element(page, title, matching=True)
    if heading is None:
        return None
    lang = (page.tree.get("lang") or "").replace("_", "-").lower()
    month_first, year_first = lang == "en-us", lang.split("-")[0] in _YEAR_FIRST_LANGUAGES
    before, after = neighbours(heading, DATELINE_WALK, DATELINE_WALK)
    updated = None  # the first date labelled as an update, the page's date only where no other is near
    for elements in (after, before):
        seen = texts = 0
        previous = ""  # the text before (after the headline), the label of the next one's date ("<b>Registriert:</b>")
        for element in elements:
            for text, holder in ((element.get("datetime"), element), (element.text, element),
                                 (element.tail, element.getparent())):
                text = (text or "").strip()
                if text and len(text) <= MAX_DATELINE_CHARS and (_DAY_NUMBER.search(text)
                                                                  or names_day_in_words(text)) and not (
                        holder is not None and _quoted_or_linked(holder, url, own)):
                    reading, kind = _labelled_reading(text, previous if elements is after else "")
                    found = (None if kind in (PROFILE, EVENT)
                             else (month_first and _month_first(reading)) or (year_first and _short_year_first(reading))
                             or _htmldate_text(reading))
                    if found and kind != UPDATED:
                        return found
                    updated = updated or found
                seen += len(text)
                previous = text or previous
            texts += bool((element.text or "").strip() or (element.tail or "").strip())
            if seen > DATELINE_REACH or texts >= DATELINE_ELEMENTS:
                break
    return updated


def _labelled_reading(text: str, previous: str) -> tuple[str, str | None]:
    """The part of a dateline ``text`` to read and the kind of its date's label
    (:mod:`newsspider.extract.date_labels`), in ``text`` before the date's first number or ending the
    ``previous`` text: where a text labels an update first and its publication after ("Aktualisiert:
    11.04.2020, veröffentlicht: 03.04.2020"), the publication's part."""
    number = _NUMBER.search(text)
    day = number.start() if number else 0
    kind = label_before(text, day) or (label_before(previous) if not text[:day].strip() else None)
    if kind == UPDATED:
        published = labelled_dates(text, PUBLISHED)
        if published:
            return text[published[0]:], PUBLISHED
    return text, kind


def _labelled_date(page: PageElements, url: str | None, own: set[str]) -> str | None:
    """The first date the page labels as its publication's ("Veröffentlicht: 03.04.2020", "Published
    on March 5, 2024"), else as its last update's ("Letzte Änderung: 14.01.2022"), anywhere in its
    text, a label starting a short text (:func:`newsspider.extract.date_labels.field_dates`; not one
    in a sentence, "first published on 3 March 2019 in The Lancet"): what the page says its date is,
    where htmldate's search takes the oldest date it finds (a caption's "Datensatz vom 09.03.2016").
    Not in scripts (an ad slot's "/* Erstellt 29.08.08 */"), nor in other content
    (:func:`_other_content`: a sidebar's list of popular posts labels each one's date)."""
    nodes = _SHOWN_TEXTS(page.tree)
    texts = [str(text) for text in nodes]
    text = " ".join(texts)
    starts = list(accumulate((len(node) + 1 for node in texts[:-1]), initial=0))
    for kind in (PUBLISHED, UPDATED):
        for start in field_dates(texts, kind, MAX_DATELINE_CHARS):
            index = bisect_right(starts, start - 1) - 1  # the text the label ends in
            holder = _holder(nodes[index])
            if holder is not None and _other_content(holder, url, own):
                continue
            number = _NUMBER.search(text, start, start + MAX_DATELINE_CHARS)
            if number is None or not NAMES_BETWEEN.fullmatch(text, start, number.start()):
                continue
            found = _htmldate_text(text[start:start + MAX_DATELINE_CHARS])
            if found and kind == UPDATED and holder is not None:
                found = _date_before(nodes, index, holder) or found
            if found:
                return found
    return None


def _date_before(nodes: list[Any], index: int, holder: HtmlElement) -> str | None:
    """The date the texts before ``nodes[index]`` (an update's label ending in it) print in the
    block holding it, within a dateline's length: a page prints its publication first ("June 12,
    2020 9:49 am / Updated: Aug. 18, 2020"); not a caption's above it."""
    block = next((node for node in (holder, *holder.iterancestors()) if node.tag in _BLOCKS), holder)
    texts: list[str] = []
    for node in reversed(nodes[:index]):
        inner = _holder(node)
        if inner is None or (inner is not block and block not in inner.iterancestors()):
            break
        texts.insert(0, str(node))
        if sum(map(len, texts)) > MAX_DATELINE_CHARS:
            break
    before = " ".join(texts)
    return _htmldate_text(before) if _DAY_NUMBER.search(before) else None


def _holder(node: Any) -> HtmlElement | None:
    """The element a text node of an XPath result is in (a tail is in its element's parent)."""
    element = node.getparent()
    return element.getparent() if node.is_tail and element is not None else element


def _short_year_first(text: str) -> str | None:
    """The day of a date of three two-digit numbers in ``text`` read year first ("24.03.05")."""
    match = _SHORT_YEAR_FIRST.search(text)
    if match is None:
        return None
    try:
        return date(_CENTURY + int(match[1]), int(match[3]), int(match[4])).isoformat()
    except ValueError:
        return None


def _month_first(text: str) -> str | None:
    """The day of a date with slashes in ``text`` that reads both ways, read month first."""
    match = _SLASHED_DAY.search(text)
    if match is None or len(readings := slashed_readings(match[0])) < 2:
        return None
    return readings[1].moment.date().isoformat()  # slashed_readings: day first, then month first


def _opening_dateline(text: str) -> str | None:
    """The date a text's first paragraph opens with, a place or nothing before it: a press
    release's or agency story's dateline ("Karlsruhe, (12.11.2021).", "BERLIN, 3. März 2022 -"),
    whose date ends it (:data:`_DATELINE_END`); not a number within a word ("F1-Test 2022"), nor a
    date labelled as an update's or another's ("Article mis à jour le 7 janvier 2020.")."""
    first = next((line for line in text.splitlines() if line.strip()), "").strip()
    match = _DAY_NUMBER.search(first, 0, OPENING_DATELINE_CHARS)
    if match is None or (match.start() and _LETTER.match(first, match.start() - 1)):
        return None
    end = match.end()
    if len(match[0]) <= 2:  # a day's number alone: the year follows the month's name ("24 de septiembre de 2020")
        year = _YEAR.search(first, match.end(), match.end() + OPENING_DATELINE_CHARS)
        if year is None:
            return None
        end = year.end()
    if not _DATELINE_END.match(first, end) or label_before(first, match.start()) in (UPDATED, PROFILE, EVENT):
        return None
    return _htmldate_text(first[:end])


def _htmldate_text(text: str) -> str | None:
    """The day a short text names: in a form :func:`newsspider.extract.calendars.printed_day` reads
    (年月日, which htmldate reads only with a time after it; Japanese eras; Chinese numerals;
    Solar Hijri, Thai Buddhist-era, Bikram Sambat, Ethiopian and Levantine Arabic months; none for a month whose
    calendar the text does not tell), else what htmldate's parser reads in the text without the
    time after its year, else in the text, else in its date alone. A dateline's label and the
    time after its year are no part of the date: htmldate reads "01 de Maio de 2020, 10h51" as
    2020-01-01, and its last resort (dateparser, strict) reads none of a label in a language it
    does not know ("Publicado el 24 de agosto de 2020", "Δημοσιεύθηκε: 28 Απριλίου 2023", "Published:
    Sept. 8, 2020 at 9:22 a.m. ET") nor "à 20 h 23", nor digits of other scripts after a label
    ("प्रकाशित: २८ मार्च २०२३"): from the month's name before the day's number (the English order), else
    from the day's number, to the year, in ASCII digits, the day is read in every language; from
    the next day's number where a date of a calendar not read comes first ("24 شعبان 1445هـ - 5 مارس
    2024م")."""
    written = printed_day(text)
    if written:
        return written.isoformat()
    if names_unread_calendar(text):
        return None
    days = list(islice(_DAY_NUMBER.finditer(text), DATELINE_DAY_NUMBERS))
    year = _YEAR.search(text, days[0].end()) if days else None
    readings = [text[:year.end()]] if year else []
    readings.append(text)
    for day in days:
        year = _YEAR.search(text, day.end())
        if year is None:
            continue
        month = _WORD_BEFORE.search(text, 0, day.start())
        readings += [unify_digits(text[start:year.end()]) for start in (month.start() if month else None, day.start())
                     if start is not None]
    tried: set[str] = set()
    for reading in readings:
        if reading not in tried:
            tried.add(reading)
            found = _htmldate_day(reading)
            if found:
                return found
    return None


def _htmldate_day(text: str) -> str | None:
    """The day htmldate's parser reads in a short text. htmldate makes a year it finds alone
    ("G7-Präsidentschaft 2022", "Sept. 8, 2020" in a form it does not read) the 1st of January:
    a 1st of January counts only where the text shows a day 1."""
    try:
        from htmldate import find_date

        found = find_date(f"<html><body><p>{html.escape(text)}</p></body></html>", extensive_search=True,
                          original_date=True)
    except Exception:  # htmldate bugs on odd text must not cost the article
        logger.debug("htmldate failed on %r", text, exc_info=True)
        return None
    if found and found.endswith("-01-01") and not _DAY_ONE.search(text):
        return None
    return found


def _htmldate(tree: HtmlElement, url: str | None, page: PageElements, own: set[str]) -> str | None:
    """htmldate's quick search (URL, header, date elements), and its extensive one (text patterns)
    only when the quick one finds nothing. On the tuning pages of htmldate-dev and fundus-dev that
    declare no date, this finds what the extensive search alone finds (73 of 85 right, the quick
    one alone 60) at a quarter of its CPU (the extensive search costs ~33 ms a page, the quick
    one ~2 ms). The search reads the page without the ``<time>`` elements of its comments,
    navigation, asides, quoted posts and teasers (:func:`_other_content`): they date other posts,
    and htmldate reads ``<time>`` elements before text.
    None on a page whose text names the months of a calendar htmldate cannot tell
    (:func:`newsspider.extract.calendars.names_unread_calendar`)."""
    others = [element for element in page.of("time") if _other_content(element, url, own)]
    try:
        if others:
            root = tree.getroottree()
            paths = [root.getpath(element) for element in others]
            tree = deepcopy(tree)
            for path in reversed(paths):  # later ones first: dropping one renumbers the siblings after it
                for element in tree.getroottree().xpath(path):
                    element.drop_tree()
        text = page.body_text() if tree is page.tree else body_text(tree)  # of the page htmldate reads, once
        if names_unread_calendar(text):
            return None
        from htmldate import find_date

        found = (find_date(tree, url=url, extensive_search=False, original_date=True)
                 or find_date(tree, url=url, extensive_search=True, original_date=True))
    except Exception:  # htmldate bugs on odd pages must not cost the article
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    if found and found.endswith("-01-01") and not _shows_new_year(tree, url, found[:4], text):
        return None
    return found


def _shows_new_year(tree: HtmlElement, url: str | None, year: str, text: str) -> bool:
    """Whether the page writes the 1st of January of ``year``: htmldate makes a year it finds alone
    (a copyright line, a JSON-LD date in a form it does not read: "2024年3月5日 14:20") the 1st of
    January. Numbers ("2024-01-01", "01.01.2024") in the URL or the HTML, or a day 1 within a few
    characters of the year in the page's ``text`` (:func:`newsspider.extract.elements.body_text`:
    "1 January 2024", "1. Januar 2024", "2024年1月1日")."""
    numbers = re.compile(rf"(?<!\d)(?:{year}[-/.]0?1[-/.]0?1|0?1[-/.]0?1[-/.]{year})(?!\d)")
    if numbers.search(url or "") or numbers.search(etree.tostring(tree, encoding="unicode")):
        return True
    return any(_DAY_ONE.search(text, max(0, match.start() - NEW_YEAR_REACH), match.end() + NEW_YEAR_REACH)
               for match in re.finditer(rf"(?<!\d){year}(?!\d)", text))


# --- site names ----------------------------------------------------------------------------------------
def _app_names(meta: dict[str, list[str]]) -> list[str]:
    """The names the site gives its web and store apps (``apple-mobile-web-app-title``,
    ``al:ios:app_name``...): its own name, often the short one a title's suffix uses ("ZDFheute")."""
    return [value for name in _APP_META for value in meta.get(name, ())]


def _feed_names(page: PageElements) -> list[str]:
    """The site's name as its feeds' titles start with it ("Wochenblatt » Feed", "Der Postillon -
    Atom", "Dizindaba » Comments Feed": WordPress and Blogger write the site's name, then the
    feed's label in a word or two), in a few words."""
    names = []
    for link in page.of("link"):
        title, kind = link.get("title"), (link.get("type") or "").lower()
        if title and ("rss" in kind or "atom" in kind) and "alternate" in (link.get("rel") or "").lower():
            parts = TITLE_SEPARATOR.split(readable(title).strip(), maxsplit=1)
            if len(parts) == 2 and 0 < len(parts[0].split()) <= MAX_SUFFIX_WORDS and (
                    len(parts[1].split()) <= FEED_LABEL_WORDS):
                names.append(parts[0])
    return names


# --- headline ------------------------------------------------------------------------------------------
def headline(page: PageElements, meta: dict[str, list[str]], article: JsonLdArticle | None,
             site_names: Sequence[str], sections: Sequence[str] = (), url: str | None = None) -> str | None:
    """The headline a reader sees: of the titles the page declares (JSON-LD, ``og:title`` and the
    other title meta tags, ``<title>``), the one its visible headline (an ``<h1>``, else an
    ``<h2>``) shows; when none is shown, the one most of them agree on, the most trusted first on
    a tie. A declared title may be an SEO or social variant of the headline, and the page shows
    the one it means. Titles lose a site or section suffix: one that names the site, its
    publisher or a section ("... | Sport", "... - Site name"), or that another of the page's
    titles goes without, and the site's own name set off by any punctuation ("..._网易新闻",
    "...：朝日新聞デジタル", "... : Le Monde"), and a section the page links to as one of the
    site's (:func:`_without_linked_section`), and a place or label after a comma or in
    parentheses that a heading of the story shows the title without (:func:`_as_shown`).
    Without declared titles: the ``<title>`` when a
    heading shows it, else the only ``<h1>``, else the ``<title>``."""
    page_title = readable(_squeeze(_head_title(page)))
    h1s = [text for text in (_squeeze(h1.text_content()) for h1 in page.of("h1")) if text]
    sites = _site_keys(site_names) - {""}
    names = _SiteNames(sites | _site_keys(sections), sites, _initials(site_names) - sites, page)
    ld_headline = _squeeze(article.headline) if article else None
    declared = [title for title in (ld_headline, *(_first_of(meta, (name,)) for name in _TITLE_META)) if title]
    if not declared:  # the <title> the page shows, else the only <h1>, else the <title>, else the first <h1>
        headings = [_squeeze(heading.text_content()) for heading in _headings(page)]
        shown = _without_affixes(page_title, headings, names)
        if shown and _shown_key(page, {title_key(shown): shown}) == title_key(shown):
            return _kicker_as_shown(_without_linked_section(page, shown, url, {title_key(shown)}), h1s)
        title = h1s[0] if len(h1s) == 1 else page_title or next(iter(h1s), None)
        return _kicker_as_shown(_without_linked_section(page, _without_affixes(title, h1s, names), url,
                                                        {title_key(text) for text in h1s}), h1s)
    declared += [page_title] if page_title else []
    others = [*declared, *h1s]
    h1_keys = {title_key(text) for text in h1s}
    headings = [text for text in (_squeeze(heading.text_content()) for heading in _headings(page)) if text]
    cleaned: dict[str, str | None] = {}  # most pages declare one title several times: each cleaned once
    for title in declared:
        if title not in cleaned:
            completed = _without_stated_name(_completed(title, others, limited=title == ld_headline), h1s, page)
            cleaned[title] = _as_shown(_without_affixes(completed, others, names, h1_keys), headings)
    candidates = [form for form in map(cleaned.__getitem__, declared) if form]
    if not candidates:
        return None
    title_keys = {form: title_key(form) for form in candidates}
    keys = [title_keys[form] for form in candidates]
    shown = _shown_key(page, dict(zip(keys, candidates, strict=True)))
    votes = Counter(keys)
    chosen = shown or max(keys, key=lambda key: (votes[key], -keys.index(key)))
    forms = Counter(title for title, key in zip(candidates, keys, strict=True) if key == chosen)
    return _kicker_as_shown(_without_linked_section(
        page, max(forms, key=lambda form: (forms[form], -candidates.index(form))), url, h1_keys), h1s)


def _kicker_as_shown(title: str | None, h1s: list[str]) -> str | None:
    """``title`` with a bracketed kicker ("[단독] ", "【速報】", "[VIDEO] ") as the page's ``<h1>`` shows
    it: dropped when an ``<h1>`` reads as the title without it, added when an ``<h1>`` reads as the
    kicker and the title. The headline is what the reader sees; a declared title may add the kicker
    for search and social sites or leave out the one the ``<h1>`` prints in an element of its own."""
    if not title:
        return title
    keys = {title_key(h1): h1 for h1 in h1s}
    if title_key(title) in keys:
        return title
    kicker = _BRACKETED_KICKER.match(title)
    if kicker and _kicker_words(kicker[0]) and title_key(title[kicker.end():]) in keys:
        return title[kicker.end():]
    for h1 in h1s:
        kicker = _BRACKETED_KICKER.match(h1)
        if kicker and _kicker_words(kicker[0]) and title_key(h1[kicker.end():]) == title_key(title):
            return h1[:kicker.end()] + title
    return title


def _kicker_words(kicker: str) -> bool:
    """A kicker is a label of at most :data:`MAX_SUFFIX_WORDS` words (not a bracketed phrase)."""
    return 0 < len(kicker.strip(" []［］【】〔〕〖〗").split()) <= MAX_SUFFIX_WORDS


@dataclass(frozen=True)
class _SiteNames:
    """The :func:`_site_keys` of the site's and its sections' names, of the site's alone, and the
    :func:`_initials` of the site's names."""

    all: set[str]
    site: set[str]
    initials: set[str] = field(default_factory=set)
    page: PageElements | None = field(default=None, compare=False)  # where the site states its name


def _without_affixes(title: str | None, others: list[str], names: _SiteNames,
                     shown: Collection[str] = ()) -> str | None:
    """``title`` without the site's or a section's name, then without what another of the page's
    titles goes without (:func:`_without_other_suffix`: a logo's ``<h1>`` is one of them, and must
    not take the headline for a prefix of the site's name). Not when the page shows the title as
    an ``<h1>`` (``shown``: their :func:`title_key`) and no pipe sets the part off: then the part
    is the headline's own ("Vanlife in Schweden - Skandinavien im Wohnmobil", whose kicker the
    page also declares alone as its ``headline``), as the reader sees it."""
    title = _without_site(title, names)
    if not (title and title_key(title) in shown and not _PIPE.search(title)):
        title = _without_site(_without_other_suffix(title, others), names)
    return _without_site_name(title, names.site)


def _without_linked_section(page: PageElements, title: str | None, url: str | None,
                            shown: Collection[str] = ()) -> str | None:
    """``title`` without a suffix (" | Sport", " - Спорт"), or a prefix set off by a separator
    other than a dash ("Sport | "), that the page's navigation (:func:`_navigation`: its menus and
    breadcrumb) links to as one of the site's sections (:func:`_section_address`), in any
    language: they name the site's sections where no meta tag does. A menu's section is one
    directory of the page's own host ("/sport/"): a menu also links to topics, and a topic may
    be a person a headline quotes ("„Wir schaffen das“ - Olaf Scholz", "/thema/olaf-scholz/");
    a breadcrumb's entries are the page's sections at any depth. None without the page's address
    (no host to tell the site's own links by). Not when the page
    shows the title as an ``<h1>`` (``shown``: their :func:`title_key`) and no pipe sets the
    part off (a kicker the page shows is the headline's own)."""
    if not title or not TITLE_SEPARATOR.search(title) or (title_key(title) in shown and not _PIPE.search(title)):
        return title
    separators = list(TITLE_SEPARATOR.finditer(title))
    first, last = separators[0], separators[-1]
    ends = {}  # key -> the title without the part
    suffix = title[last.end():]
    if 0 < len(suffix.split()) <= MAX_SUFFIX_WORDS and title[:last.start()].strip():
        ends[title_key(suffix)] = title[:last.start()].strip()
    if _is_prefix(title[:first.end()]) and title[first.end():].strip():
        ends.setdefault(title_key(title[:first.start()]), title[first.end():].strip())
    ends.pop("", None)
    if not ends:
        return title
    host = host_key(url)
    if not host:
        return title
    for link in page.of("a"):
        href = link.get("href")
        if (href and (key := title_key(link.text_content())) in ends and _navigation(link)
                and _section_address(join_url(url, href.strip()), host,
                                     MAX_SECTION_DEPTH if _in_breadcrumb(link) else 1)):
            return ends[key]
    return title


def _section_address(address: str, host: str, depth: int) -> bool:
    """An address of the site (``host``, its subdomain or parent: :func:`within_host`) that names a section: a path of
    at most ``depth`` directories without numbers ("/sport/", "/thema/ukraine-krieg";
    an article's address carries its date or id)."""
    parts = split_url(address)
    if not within_host(host_key(address), host):
        return False
    directories = [part for part in parts.path.split("/") if part]
    return 0 < len(directories) <= depth and not any(char.isdigit() for char in parts.path)


def _in_breadcrumb(link: HtmlElement) -> bool:
    """The link is an entry of a breadcrumb trail: an ancestor's class, id or ``aria-label``
    names one, or its microdata type is a ``BreadcrumbList``."""
    for element in link.iterancestors():
        names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('aria-label') or ''}"
        if "breadcrumb" in names.lower() or "BreadcrumbList" in (element.get("itemtype") or ""):
            return True
    return False


def _without_site_name(title: str | None, sites: set[str]) -> str | None:
    """``title`` without the site's own name at its end, set off by any punctuation (Chinese and
    Japanese sites join it with "_", "-", "丨" or "：" and no space, French ones with " : "), and
    with what follows the name when that is a few words (its tagline: "... - Site - Breaking
    News"). Only the site's name (a section's, "Krieg" in "Ukraine-Krieg", may end a compound)."""
    if not title:
        return title
    key = _name_key(title)
    if not any(site in key for site in sites):  # most titles: their suffixes are gone already
        return title
    separators = list(_SITE_NAME_SEPARATOR.finditer(title))
    if not separators:
        return title
    last = separators[-1]
    for position, separator in reversed(list(enumerate(separators))):
        if _name_key(title[separator.end():]) in sites or (  # the name, or the name and a tagline
                position == len(separators) - 2 and _name_key(title[separator.end():last.start()]) in sites
                and len(title[last.end():].split()) <= MAX_SUFFIX_WORDS):
            return title[:separator.start()].strip() or title
    return title


def _without_stated_name(title: str, h1s: list[str], page: PageElements) -> str:
    """The ``<h1>`` the title starts with when what follows it is the site's name as the page
    states it in its copyright line (a name of a few words; a footer may list the site's
    stories: a blog's ``<h1>`` is its own name, its post's title in its archive), set off by any punctuation
    ("見出し：東都新聞デジタル", "标题-新华网"), or that name and a few words after a separator (its
    name in another script: "... - خبرگزاری مهر | Mehr News Agency"). The reader sees the ``<h1>``;
    a site that declares no ``og:site_name`` names itself there, in a script whose title joins the
    name without spaces, where no word count tells a name from a subtitle."""
    shown = next((h1 for h1 in h1s if title != h1 and title.startswith(h1)), None)
    if shown is None:
        return title
    separator = _SITE_NAME_SEPARATOR.match(title, len(shown))
    if separator is None or separator.end() == len(title):
        return title
    rest = title[separator.end():]
    parts = TITLE_SEPARATOR.split(rest, maxsplit=1)
    name, tagline = parts[0], parts[1] if len(parts) > 1 else ""
    if not _letters(name) or len(name.split()) > MAX_SUFFIX_WORDS or len(tagline.split()) > MAX_SUFFIX_WORDS:
        return title
    if _letters(name) in _letters(" ".join(page.copyright_lines())):
        return shown
    return title


def _completed(title: str, others: list[str], limited: bool = False) -> str:
    """A title cut short completed from another of the page's titles (declared, then an
    ``<h1>``) that starts the same way: one ending in an ellipsis ("Ministers agree on …"), or
    a title of a field with a length limit (``limited``: the JSON-LD headline, which search
    engines read up to 110 characters) of at least :data:`CUT_HEADLINE_CHARS` that another
    continues with a word (" medieval disease"; a separator or a colon after it starts a suffix
    or a subtitle instead). Shorter titles are not completed: a heading or ``<title>`` may run a
    headline on into a tagline or a button's label without a separator."""
    if title.endswith(("…", "...")):
        stem = title.rstrip(".…").rstrip()
    elif limited and len(title) >= CUT_HEADLINE_CHARS:
        stem = title
    else:
        return title
    return next((other for other in others if other != title and other.startswith(stem)
                 and (stem != title or _CONTINUED.match(other, len(stem)))), title)


def _without_other_suffix(title: str | None, others: list[str]) -> str | None:
    """``title`` without a suffix (" | Lokales") that another of the page's titles goes without,
    or a prefix ("Lokales | ") set off by a separator a headline does not use inside itself (a dash
    also sets off a kicker: "Rückbau von Atomkraftwerk - Kühltürme gesprengt" is one headline)."""
    for other in others:
        if not title or other == title:
            continue
        if title.startswith(other) and _is_suffix(title[len(other):]):
            title = other
        elif title.endswith(other) and _is_prefix(title[: -len(other)]):
            title = other
    return title


def _as_shown(title: str | None, headings: list[str]) -> str | None:
    """``title`` as a heading of the story shows it (``headings``: the texts of
    :func:`_headings`), without a part the declared title adds after a comma or in parentheses
    (", Thailand", " (2021/5)", " (VIDEO)"): a place, an issue number or a label for search
    engines, where the reader sees the headline alone. Only a part of at most
    :data:`MAX_SUFFIX_WORDS` words and fewer than the heading's: a heading naming one person
    ("Biden") does not cut "Biden, Xi meet in Bali" to itself."""
    if not title:
        return title
    for heading in headings:
        if heading != title and title.startswith(heading):
            match = _TRAILING_PART.fullmatch(title, len(heading))
            words = len((match["part"] or match["aside"]).split()) if match else 0
            if 0 < words <= MAX_SUFFIX_WORDS and words < len(heading.split()):
                return heading
    return title


def _shown_key(page: PageElements, titles: dict[str, str]) -> str | None:
    """The key of the declared title the page shows as its headline: the first ``<h1>`` that
    reads as one of them (in any spacing and punctuation: a kicker in a ``<span>`` runs into the
    headline), else the first such ``<h2>`` (pages whose ``<h1>`` is the site's logo); else the
    longest of them that ends the first heading (a kicker and the headline in one ``<h1>``:
    "Wurmkiste" + "Wurmkiste selber bauen"), of more than one word."""
    first = None
    for heading in _headings(page):
        key = title_key(heading.text_content())
        if key in titles:
            return key
        first = key if first is None else first
    ending = [key for key, title in titles.items() if first and first.endswith(key) and len(title.split()) > 1]
    return max(ending, key=len, default=None)


def _head_title(page: PageElements) -> str:
    """The text of the first ``<title>`` in the ``<head>`` that has any (``//head//title/text()``:
    an ``<svg>`` in the body has titles of its own)."""
    for title in page.of("title"):
        if any(ancestor.tag == "head" for ancestor in title.iterancestors()):
            for text in (title.text, *(child.tail for child in title)):
                if text is not None:
                    return text
    return ""


def _headings(page: PageElements) -> list[HtmlElement]:
    """The page's ``<h1>`` elements, then its ``<h2>``, outside navigation, asides and footers (a
    breadcrumb may end in the headline's SEO variant)."""
    return page.outside(("h1", "h2"), _NOT_STORY)


def title_key(title: str) -> str:
    """A title's letters and digits, case-folded: two renderings of one headline share it."""
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKC", title).casefold()))


def headline_element(page: PageElements, title: str | None, *, matching: bool = False) -> HtmlElement | None:
    """The element that shows the headline: the ``<h1>`` that names it (the page may have a
    logo's too; in any spacing and punctuation: a kicker in a ``<span>`` runs into the headline,
    "Die Zukunft der Arbeit"Wir dekorieren ..."" for "Die Zukunft der Arbeit - "Wir dekorieren ...""),
    else an ``<h2>`` that reads as it (the page's ``<h1>`` is its logo or section);
    outside navigation, asides and footers. Else the first ``<h1>`` unless ``matching`` asks for
    the headline's."""
    key = _squeeze(title).casefold()
    exact = title_key(title or "")
    first = None
    for heading in _headings(page):
        text = _squeeze(heading.text_content()).casefold()
        if heading.tag == "h1" and key and text and (text in key or key in text or title_key(text) == exact):
            return heading
        if heading.tag == "h2" and exact and title_key(text) == exact:
            return heading
        first = first if first is not None or heading.tag != "h1" else heading
    return None if matching else first


def _is_prefix(rest: str) -> bool:
    """"Sport | ": a few words, then a separator other than a dash."""
    match = _PREFIX_SEPARATOR.search(rest)
    return match is not None and match.end() == len(rest) and 0 < len(rest[:match.start()].split()) <= MAX_SUFFIX_WORDS


def _is_suffix(rest: str) -> bool:
    """" | Sport": a separator, then a few words; or a colon, then a day of a year (" : 31.10.2023,
    10.19 Uhr", the page's time, which a headline goes without: a colon is no separator else)."""
    match = TITLE_SEPARATOR.match(rest) or _COLON.match(rest)
    if match is None or match.start() != 0 or not 0 < len(rest[match.end():].split()) <= MAX_SUFFIX_WORDS:
        return False
    date = rest[match.end():]
    return match.re is TITLE_SEPARATOR or bool(_DAY_NUMBER.search(date) and _YEAR.search(date))


def _site_keys(site_names: Iterable[str]) -> set[str]:
    """The names' :func:`_name_key` keys, a domain's also without ``www.`` and its ending."""
    names = {_name_key(name) for name in site_names if name}
    return names | {key.rsplit(".", 1)[0].removeprefix("www.") for key in list(names) if "." in key}


def _initials(site_names: Iterable[str]) -> set[str]:
    """The initials of the site's names of two words or more, case-folded, also without a
    leading article ("Deutsche Welle": dw; "The New York Times": tnyt, nyt): a title's suffix
    may name the site by them ("... | DW") where its name is spelled out everywhere else."""
    found = set()
    for name in site_names:
        words = _NAME_WORDS.findall(name)
        if len(words) >= 2 and " " in name.strip():  # a name, not a host ("www.dw.com")
            found.add("".join(word[0] for word in words).casefold())
            if len(words) >= 3 and len(words[0]) <= ARTICLE_CHARS:
                found.add("".join(word[0] for word in words[1:]).casefold())
    return found


def _without_site(title: str | None, names: _SiteNames) -> str | None:
    if not title:
        return title
    for _ in range(2):  # "Headline | Section | Site"
        parts = TITLE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        last, first = parts[-1], parts[0]
        if _names_site(last, names):
            title = title[: title.rfind(last)].rstrip(_SEPARATOR_CHARS)
        elif _names_site(first, names):
            title = title[len(first):].lstrip(_SEPARATOR_CHARS)
        else:
            break
    return title.strip() or None


def _names_site(part: str, names: _SiteNames) -> bool:
    """Whether a title's part names the site or a section: one of their names, a web address,
    the site's name with its domain ending ("Le Monde.fr"), its initials ("DW", "SZ.de") or the
    page's date after it ("РИА Новости, 01.01.2024"), or a name that ends in the site's own ("The Irish Times" on irishtimes.com, "Die Neue
    Südtiroler Tageszeitung" on tageszeitung.it: :func:`_ends_in_site_name`), or words spelling the
    site's initials that the page states as its name (:func:`_spells_initials`)."""
    part = _DATE_AFTER_NAME.sub("", part)
    key = _name_key(part)
    if not key or len(part.split()) > MAX_SUFFIX_WORDS:
        return False
    if key in names.all or ("." in part and " " not in part.strip()):
        return True
    stem = key.rsplit(".", 1)[0] if "." in key else key
    return (stem in names.site or len(stem) >= MIN_INITIALS and stem in names.initials
            or _ends_in_site_name(part.split(), names.site) or _spells_initials(part, names))


def _spells_initials(part: str, names: _SiteNames) -> bool:
    """Whether the capitalised words of ``part`` start with the letters of a site's name (its
    host's: "Deutscher Schwimm-Verband e.V." on dsv.de) and the page states them as its own name
    in its footer or a copyright line: a quote's speaker spells initials too ("... – Fernando
    Torres" on ft.com, "... | Daniel Weber" on dw.com)."""
    words = [word for word in _NAME_WORDS.findall(part) if len(word) > 1 and word[0].isupper()]
    initials = "".join(word[0] for word in words).casefold()
    if len(initials) < MIN_INITIALS or initials not in names.site or names.page is None:
        return False
    return _letters("".join(words)) in _letters(" ".join(_stated_names(names.page)))


def _stated_names(page: PageElements) -> list[str]:
    """The texts where a site states its own name: its footers (a ``<footer>``, an element whose
    class or id names one) and its copyright lines, outside the article and its pictures."""
    return [*(element.text_content() for element in _FOOTERS(page.tree)), *page.copyright_lines()]


def _letters(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))


def _ends_in_site_name(words: list[str], sites: set[str]) -> bool:
    """Words that end in the site's name (its key: :func:`_name_key`), the words before it
    capitalised and of letters only, as a name's are: "The Irish Times", "Die Neue Südtiroler Tageszeitung". Not a
    phrase that ends in a common word the site is named after ("Es ist Zeit" on zeit.de); a name
    of fewer than :data:`MIN_NAME_TAIL` characters only after one article ("Die Welt")."""
    for start in range(1, len(words)):
        tail = _name_key("".join(words[start:]))
        tail = tail.rsplit(".", 1)[0] if "." in tail else tail
        if tail not in sites or not all(_NAME_WORDS.fullmatch(word) and not word[0].islower() for word in words[:start]):
            continue
        if len(tail) >= MIN_NAME_TAIL or (start == 1 and len(words[0]) <= ARTICLE_CHARS):
            return True
    return False


def _name_key(name: str) -> str:
    """``name`` case-folded, with its letters, digits and dots only: "Le Monde" and "lemonde.fr"
    compare."""
    return _NOT_NAME_KEY.sub("", name.casefold()).strip(".")


# --- authors and tags -------------------------------------------------------------------------------
def _authors(page: PageElements, meta: dict[str, list[str]], ld: JsonLd, organisations: list[str],
             title: str | None) -> list[str]:
    """The people the JSON-LD article names, else the meta tags, else the page's visible byline
    (trafilatura's search of bylines and author elements); the publisher alone (a page without
    a personal byline) only when none names a person."""
    found: list[str] = []
    for values in (lambda: ld.article.authors if ld.article else [], lambda: _meta_authors(meta, ld),
                   lambda: _visible_byline(page, title)):
        names = author_names(values(), organisations)
        if names and not is_organisation_only(names, organisations):
            return names
        found = found or names
    return found


def _visible_byline(page: PageElements, title: str | None) -> list[str]:
    """The texts of the page's byline and author elements (``rel``/``itemprop`` author, a class or
    id naming an author or byline) around its headline (anywhere when it has no ``<h1>``), outside
    comments, navigation and asides; short ones only."""
    found: list[str] = []
    heading = headline_element(page, title)
    if heading is not None:  # bylines stand by the headline
        candidates = [element for element in around(heading, BYLINE_BEFORE, BYLINE_AFTER) if _marks_byline(element)]
    else:
        candidates = page.tree.xpath(_BYLINE_XPATH)
    for element in candidates:
        if any(_outside_story(ancestor) for ancestor in element.iterancestors()) or _outside_story(element):
            continue
        text = _squeeze(element.text_content())
        if not text or len(text) > MAX_BYLINE_CHARS or any(other in text for other in found):
            continue
        found = [other for other in found if text not in other] + [text]  # the innermost of nested ones
        if len(found) == MAX_BYLINES:
            break
    return found


def _marks_byline(element: HtmlElement) -> bool:
    """A class or id naming an author or a byline, ``rel`` or ``itemprop`` author: an element
    near the headline that holds the byline."""
    marks = element.get("class")
    if marks is not None and ("uthor" in marks or "yline" in marks or marks == "byl"):
        return True
    marks = element.get("id")
    return ((marks is not None and ("uthor" in marks or "yline" in marks))
            or element.get("rel") == "author" or element.get("itemprop") == "author")


def _outside_story(element: HtmlElement) -> bool:
    """Navigation, an aside, a form, or a comment thread: bylines there are not the story's."""
    if element.tag in ("nav", "aside", "footer", "form"):
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return "comment" in marks


def _comment_or_aside(element: HtmlElement) -> bool:
    """Navigation, an aside or a comment thread (an article's own footer carries its date)."""
    if element.tag in ("nav", "aside"):
        return True
    return "comment" in f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _in_comment_or_aside(element: HtmlElement) -> bool:
    """Whether ``element`` is, or is inside, :func:`_comment_or_aside`'s elements."""
    return any(map(_comment_or_aside, (element, *element.iterancestors())))


def _other_content(element: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``element`` dates something other than the story: it is in a comment thread,
    navigation or an aside (:func:`_in_comment_or_aside`), or quoted or linked
    (:func:`_quoted_or_linked`)."""
    return _in_comment_or_aside(element) or _quoted_or_linked(element, url, own)


def _quoted_or_linked(element: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``element`` is, or is inside, a quotation (``<blockquote>``: an embedded tweet's or
    Instagram post's date is that post's) or a link to another page (a teaser's date is its
    article's). Not a link to the page itself (a blog's permalink around a post's own date:
    ``own``, the :func:`_address_key` of the page's addresses, :func:`_own_addresses`) nor to the
    archive of a day, month or year (``/date/2017/05/29/``: blogs link a post's date to the posts
    of its day)."""
    for node in (element, *element.iterancestors()):
        if node.tag == "blockquote":
            return True
        if node.tag == "a":
            href = (node.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:", "mailto:")) and (
                    _address_key(address := join_url(url, href)) not in own
                    and not _ARCHIVE_PATH.search(split_url(address).path)):
                return True
    return False


def _own_addresses(url: str | None, canonical: str | None) -> set[str]:
    """The :func:`_address_key` of the page's own addresses: its URL and its canonical link
    (:attr:`PageMetadata.canonical`)."""
    return {_address_key(join_url(url, address)) for address in (url, canonical) if address}


def _meta_authors(meta: dict[str, list[str]], ld: JsonLd) -> list[str]:
    """Author values of the first meta tag that has any (profile URLs are not names), else the
    JSON-LD page's."""
    for name in _AUTHOR_META:
        values = [value for value in meta.get(name, ()) if not value.strip().startswith(("http:", "https:", "/"))]
        if any(value.strip() for value in values):
            return values
    return ld.page.authors if ld.page else []


def _tags(meta: dict[str, list[str]], ld: JsonLd, page: PageElements, site_names: list[str]) -> list[str]:
    """The first keyword field that names topics: the JSON-LD article's ``keywords``, then the
    common meta tags, then the JSON-LD WebPage's (the page holding the article); else the page's
    visible list of tags (:func:`_visible_tags`); else any other meta tag whose name says it holds
    tags or keywords (``classification-tags``: vendors' fields carry analytics labels too,
    ``mrf:tags="www.berliner-zeitung.de;isRepublished:false"``). A string of words without
    separators only when nothing better is declared. A field that names the site itself
    ("朝日新聞デジタル, 社会, ニュース"; CNBC's article keywords "cnbc, Articles, ...") is the site's
    standing SEO list: a later field naming topics only comes first."""
    declared = [ld.article.keywords if ld.article else None, *(meta.get(name) for name in _TAG_META),
                ld.page.keywords if ld.page else None]
    other = [values for name, values in meta.items() if name not in _TAG_META and _TAG_FIELD.search(name)]
    sites = _site_keys(site_names) - {""}
    for source in (lambda: declared, lambda: [_visible_tags(page)], lambda: other):
        fields = [(value, tags) for value in source() if value and (tags := clean_tags(split_keywords(value)))]
        separated = [(value, tags) for value, tags in fields if not is_word_string(value)]
        if separated:
            return next((tags for _, tags in separated if not any(_name_key(tag) in sites for tag in tags)),
                        separated[0][1])
        if fields:
            return clean_tags(split_keywords(fields[0][0])[0].split())
    return []


def _visible_tags(page: PageElements) -> list[str]:
    """The page's list of topic links, for pages that declare no keywords: links to topic pages
    (:data:`_TOPIC_DIRECTORIES`), else links the page's markup calls tags (:class:`_TagMarks`),
    grouped by the list holding them, outside the site's navigation (:func:`_navigation`); the
    list inside the ``<article>``/``<main>`` if there is one, else the last in the page (tag lists
    follow the story, trending menus precede it)."""
    hrefs = [(link, href) for link in page.of("a") if (href := link.get("href"))]
    # One search of all addresses first: most pages link to no topic page.
    topics = ([link for link, href in hrefs if _links_to_topic(href)]
              if _TOPIC_HREF.search("\n".join(href for _, href in hrefs)) else [])
    lists = _link_lists(topics) or _link_lists([link for link, _ in hrefs], _TagMarks())
    if not lists:
        return []
    inside = [(container, texts) for container, texts in lists
              if any(ancestor.tag in ("article", "main") for ancestor in container.iterancestors())]
    return clean_tags(inside[0][1] if inside else lists[-1][1])


def _link_lists(links: list[HtmlElement], marks: _TagMarks | None = None) -> list[tuple[HtmlElement, list[str]]]:
    """The links (those ``marks`` calls tags, if given) grouped by the list holding them (the
    nearest ancestor holding another link), outside navigation, where the links' texts are most
    of the list's text and name topics in a few words."""
    groups: dict[HtmlElement, list[str]] = {}
    holding: dict[HtmlElement, bool] = {}  # element -> holds more than one link (a list's links share them)
    for link in links:
        if marks and not marks.tag(link):  # most links of most pages: their text is not read
            continue
        text = _squeeze(link.text_content())
        if not text or len(text.split()) > MAX_TAG_WORDS or _navigation(link):
            continue
        container = link.getparent()
        for _ in range(3):  # the nearest ancestor holding another link: the list
            if container is None or container.getparent() is None:
                break
            holds = holding.get(container)
            if holds is None:
                holds = holding[container] = _holds_links(container)
            if holds:
                break
            container = container.getparent()
        if container is not None:
            groups.setdefault(container, []).append(text)
    return [(container, texts) for container, texts in groups.items() if len(set(texts)) > 1
            and sum(map(len, texts)) >= TAG_LIST_LINK_SHARE * len(_squeeze(container.text_content()))]


def _holds_links(element: HtmlElement) -> bool:
    """More than one ``<a href>`` below the element."""
    found = 0
    for link in element.iterdescendants("a"):
        if link.get("href") is not None:
            found += 1
            if found > 1:
                return True
    return False


def _links_to_topic(href: str) -> bool:
    """The address is a topic page's: one of its directories is :data:`_TOPIC_DIRECTORIES`."""
    return bool(_TOPIC_HREF.search(href)) and bool(
        _TOPIC_DIRECTORIES & set(split_url(href.strip()).path.lower().strip("/").split("/")[:-1]))


class _TagMarks:
    """Whether the page's markup calls a link a tag: its ``rel="tag"`` (microformats' rel-tag), or
    a class or id of the link, of what it holds or of the list around it (:data:`TAG_MARK_DEPTH`
    levels up), or the name of a ``data-`` attribute there, is made of words one of which names tags or topics (``class="tag-like"``,
    ``class="art-tags"``, ``<section data-test-tags-box-v2>``): the site's own word for the list,
    whatever its URLs look like. Elements are looked at once (a list's links share ancestors)."""

    def __init__(self) -> None:
        self._seen: dict[HtmlElement, bool] = {}

    def tag(self, link: HtmlElement) -> bool:
        if "tag" in (link.get("rel") or "").lower().split():  # rel-tag: the link names a topic page
            return True
        seen = self._seen
        for element in chain((link,), islice(link.iterancestors(), TAG_MARK_DEPTH), link.iterdescendants()):
            found = seen.get(element)
            if found is None:
                found = seen[element] = _names_tags(element)
            if found:
                return True
        return False


def _names_tags(element: HtmlElement) -> bool:
    # class, id and the data- attribute names (their order does not matter); most have no stem
    names = [value if name in ("class", "id") else name for name, value in element.items()
             if name in ("class", "id") or name.startswith("data-")]
    joined = " ".join(names)
    if not names or not _TAG_STEM.search(joined.lower()):
        return False
    return any(_TAG_MARKS & _mark_words(name) for name in joined.split())


def _mark_words(name: str) -> set[str]:
    """The words of a class, id or attribute name ("lst-LinksTopics_TopicsListLink": lst, links,
    topics, list, link); none for a name carrying or naming an id ("tag_3195808", "data-tag-id")."""
    words = {word.lower() for word in _MARK_WORDS.findall(name)}
    return set() if _ID_NUMBER.search(name) or "id" in words else words


def _navigation(link: HtmlElement) -> bool:
    """The link sits in the site's navigation or a comment thread: a ``<nav>``, ``<header>``,
    ``<footer>`` or ``<aside>`` outside the article (an article's own header or footer may hold
    its tags), or an element below the article (or page) whose class or id names a menu, a
    breadcrumb or comments (the classes of ``<article>`` and ``<body>`` describe the whole page:
    WordPress writes ``comments-open`` there)."""
    elements = [link, *link.iterancestors()]
    inside_article = any(element.tag == "article" for element in elements)
    marked = True
    for element in elements:
        if not inside_article and element.tag in ("nav", "header", "footer", "aside"):
            return True
        marked = marked and element.tag not in ("article", "main", "body")
        names = f"{element.get('class') or ''} {element.get('id') or ''}".split() if marked else ()
        if any("comment" in name.lower() or _NAVIGATION_MARKS & _mark_words(name) for name in names):
            return True
    return False


# --- structure ---------------------------------------------------------------------------------------
def _path_words(url: str | None) -> list[str]:
    """The words of the URL's directories ("/sport/fussball/x.html": sport, fussball): a site's
    section names, as a headline suffix ("... | Sport") may repeat them. The last part of the
    path names the page, with or without a trailing slash ("/tutorials/podcasts-in-plex/")."""
    directories = split_url(url).path.strip("/").split("/")[:-1]
    return [part.replace("-", " ") for part in directories if part and not any(char.isdigit() for char in part)]


def _trail_sections(trail: list[tuple[str, str | None]], own: tuple[str | None, ...]) -> list[str]:
    """The names of a breadcrumb trail's entries above the page: the site and its sections, as a
    headline suffix ("... | Sport") may repeat them. The last entry is the page itself when it has
    no address or the page's own (its name is the headline: never a suffix)."""
    page = next((address for address in own if address), None)
    last = trail[-1][1] if trail else None
    if trail and (last is None or _address_key(join_url(page, last)) in {_address_key(a) for a in own if a}):
        trail = trail[:-1]
    return [name for name, _ in trail]


def _address_key(address: str) -> str:
    """An address without its scheme, query and trailing slash: the page under its other spellings."""
    parts = split_url(address)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def split_url(address: str | None) -> SplitResult:
    """``urlsplit`` that takes what pages write ("http://[not-an-ip]/" included): an unusable
    address is an empty one."""
    try:
        parts = urlsplit(address or "")
        parts.hostname  # noqa: B018  (parses the host: the place a malformed address fails)
        return parts
    except ValueError:
        return urlsplit("")


def join_url(base: str | None, address: str) -> str:
    """``urljoin`` that takes what pages write: an address it cannot join is kept as written."""
    try:
        return urljoin(base or "", address)
    except ValueError:
        return address


# --- meta tags ---------------------------------------------------------------------------------------
def _meta_values(page: PageElements) -> dict[str, list[str]]:
    """Every ``<meta content>`` by its lower-cased property/name/itemprop, in page order (tags repeat)."""
    values: dict[str, list[str]] = {}
    for element in page.of("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if key and content is not None:
            values.setdefault(key.strip().lower(), []).append(readable(content))
    return values


def _first(meta: dict[str, list[str]], name: str) -> str | None:
    values = meta.get(name)
    return values[0] if values else None


def _first_of(meta: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        for value in meta.get(name, ()):
            if text := _squeeze(value):
                return text
    return None


def _squeeze(text: str | None) -> str:
    return " ".join(text.split()) if text else ""
