"""When a page was published and last updated: its declared times (JSON-LD, meta tags, microdata,
``<time>``), the one whose day the page prints by its headline winning where they disagree
(:func:`published_and_modified`); for a page that declares no date, the date it prints
(:func:`undeclared_date`: its dateline, a labelled date, else htmldate's search).

Why not htmldate alone: it picks the oldest date of the page, which on a page with teasers is a
teaser's; a news page states its own date in its metadata or next to its headline, and the dates
of comments, asides, quoted posts and linked teasers are other content's (:func:`_other_content`).
"""
from __future__ import annotations

import html
import json
import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from datetime import date, datetime, time, timezone
from functools import cache, partial
from itertools import accumulate, chain, islice
from pathlib import Path
from typing import Any

from babel.numbers import list_currencies
from lxml import etree
from lxml.html import HtmlElement

from newsspider.dates import (
    HALF_DAY_REACH,
    HOUR_SIGN,
    MAX_ZONE_OFFSET,
    SAME_MOMENT,
    WESTMOST_OFFSET,
    Timestamp,
    best_timestamp,
    clock_with_zone_apart,
    clock_words_end,
    day_first_twelve_hour,
    is_future,
    is_half_day_before,
    names_shared_zone,
    names_unread_zone,
    offset_in_use,
    on_day,
    on_shared_zone,
    parse_timestamp,
    shown_clock,
    shown_in_offset,
    shown_seconds,
    slashed_readings,
    zone_alone,
    zoned_clock,
)
from newsspider.extract.addresses import address_key, join_url, split_url
from newsspider.extract.amounts import follows_amount
from newsspider.extract.calendars import (
    DAY_NUMBER,
    SPACED_DAY_FIRST,
    YEAR_NUMBER,
    date_alone,
    dateline_time_ago,
    is_month_name,
    month_name_day,
    names_day_in_words,
    names_unread_calendar,
    printed_day,
)
from newsspider.extract.cleaning.text import LIST_ITEM
from newsspider.extract.date_labels import (
    EVENT,
    NAMES_BETWEEN,
    PROFILE,
    PUBLISHED,
    UPDATED,
    dateline_chars,
    field_dates,
    label_before,
    labelled_dates,
)
from newsspider.extract.elements import (
    HEADING_TAGS,
    ITEM_DATES,
    UNSEEN_TAGS,
    PageElements,
    body_text,
    neighbours,
    single_spaced,
    text_content,
)
from newsspider.extract.headline import headline_element
from newsspider.extract.jsonld import JsonLd
from newsspider.extract.meta_tags import meta_values
from newsspider.extract.pagetype import find_teasers
from newsspider.extract.repair import readable
from newsspider.extract.zones import (
    DAY_FIRST_TWELVE_HOUR,
    country_offset,
    day_order_differs,
    page_country,
    wall_clock_offset,
    writes_day_first,
)
from newsspider.unicode_classes import (
    CLAUSE_MARKS,
    DIRECTION_MARKS,
    ITEM_SEPARATORS,
    WORD_CHAR_CLASS,
    restore_joiners,
    unify_digits,
)

logger = logging.getLogger(__name__)

# Published-date meta tags, most specific first: the names in use, as htmldate collects them, that
# say "published" or "issued", and Dublin Core's document dates; not a bare "created", "timestamp"
# or "release_date", which name other dates too.
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time", "published_time",
                   "article:published", "article.published", "og:article:published", "datepublished",
                   "og:datepublished", "rnews:datepublished", "date_published", "published_date", "published-date",
                   "publisheddate", "publication_date", "publication-date", "pub_date", "article:publicationdate", "dc.date.publication",
                   "originalpublicationdate", "pubdate", "og:pubdate", "bt:pubdate", "publishdate", "publish-date",
                   "publish_date", "og:publish_date", "publish_time",
                   "shareaholic:article_published_time", "date", "dc.date.issued", "dcterms.issued", "dc.date",
                   "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                   "citation_publication_date", "citation_date",
                   # CMS and analytics tags naming the first publication or the document's creation
                   # (not Cxense's analytics time: pages label their wall clock "Z" there)
                   "article:published_date", "article:post_date",
                   "dcsext.articlefirstpublished", "mediator_published_time", "vr:published_time",
                   "article_date_original", "article.created", "dc.date.created", "dc.created",
                   "dc:created", "dc:date", "date_created", "datecreated", "dateposted", "displaydate",
                   "content_create_date", "doc_date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "og:article:modified_time", "og:modified_time",
                  "modified_time", "updated_time", "article:modified", "datemodified", "dc.date.modified",
                  "dc.modified", "last-modified", "dcterms.modified", "article:modified_date", "article:post_modified",
                  "bt:moddate", "modificationdate", "revision_date", "lastmod", "lastmodified")
# The texts a page shows: not those of its scripts and styles.
_SHOWN_TEXTS = etree.XPath("(/descendant::body | self::*[not(/descendant::body)])[1]"
                           "/descendant::text()[not(parent::script or parent::style)]")
# hAtom's (and WordPress themes') classes of an entry's dates, for its update and its publication.
_UPDATE_CLASSES, _PUBLISHED_CLASSES = frozenset({"updated", "modified"}), frozenset({"published"})
# RDFa's publication dates on the page's elements, in the vocabularies pages write them in: Drupal's
# "<span property="dc:date dc:created" content="2013-05-14T10:31:22+02:00">" by a node's byline
# (its comments carry their own), schema.org's "property="schema:datePublished"".
_RDFA_PUBLISHED = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:date", "dcterms:created", "dcterms:issued",
                             "schema:datepublished", "datepublished"})
MAX_RDFA_DATES = 3  # RDFa dates read of the page's own
# The properties naming the page a microdata item is of.
_ITEM_ADDRESSES = etree.XPath("descendant::*[@itemprop='url' or @itemprop='mainEntityOfPage']")
# A card's texts a reader sees, not a heading's (its title's).
_CARD_TEXTS = etree.XPath("descendant::text()[not(parent::script or parent::style) and not("
                          + " or ".join(f"ancestor::{tag}" for tag in HEADING_TAGS) + ")]")
# A card linking to the page itself (:func:`_own_card_date`) reaches this many elements out from its
# link ("<li><div class=text><a href=...></a><p><span>26.01.2022</span>..."): a card is a few
# elements deep; and so many of them are read (a page links to itself in its logo, breadcrumb, cards).
CARD_LEVELS = 4
MAX_OWN_CARDS = 3
_CARD_HEADINGS = HEADING_TAGS[1:]  # a card's heading: below the page's own <h1>
MAX_CARD_HEADINGS = 3  # headings read around a card for another linked one (the card's own, a section's, another's)
LIST_ITEM_LEVELS = 3  # elements out from a date's text an item of a list of dated items is looked for
LIST_SIBLINGS = 3  # an item's siblings on each side read for another dated one
MAX_TIMES = 20  # <time> elements read (the story's come first; a long listing has hundreds)
# A dateline: within this many elements holding text and characters after the headline, in a text
# this short; the elements between that hold none (share bars' lists, icons, a picture's frame) are
# walked up to the second limit.
DATELINE_ELEMENTS = 15
DATELINE_WALK = 60
DATELINE_REACH = 400
MAX_DATELINE_CHARS = 80
FIELD_LINE_CHARS = 2 * MAX_DATELINE_CHARS  # a line of a dateline's fields: a publication's, an update's, a name
_FIELD_LABEL = re.compile(r"[^\W\d_][^:：]*[:：]\s*\Z")  # a field's label: a word, a colon ("Spieltag: ", "日期：")
_SIGN_BEFORE = re.compile(r"[^\w\s.,،、]")  # a sign before a date's number says what it is: "† 15.04.2026", "📷 13.04."
_FIELD_BREAK = re.compile(r"\s*[|·•]\s*|\s+/\s+")  # between a line's fields (not a date's own "/", nor a span's dash)
DATE_FIELD_CHARS = 40  # a date alone, with a weekday's name and a clock: "Dienstag, 5. März 2024, 14:20 Uhr"
_SPAN_MARK = re.compile(r"[–—]|\s-\s")  # between the days of a span
DATE_MARK_CHARS = 1  # after a field's last number: its unit's sign alone ("日", "분", "น."), else a phrase
_FIELD_COMMA = re.compile(r"[,،、]")  # a weekday's before a date ("Dienstag, 5. März 2024", "الأربعاء، 07 أكتوبر")
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
# What a comment thread's class or id holds: "comment" (English, French "commentaires", Italian "commenti"),
# German and Nordic "kommentar", Slavic and Indonesian "komentar" ("komentarze"), Spanish, Portuguese
# and Catalan "comentari(o)", and the comment service Disqus. (Not "sidebar": a layout's wrapper around
# the story is named after the sidebar beside it, "content-sidebar-wrap", "has-sidebar".)
_COMMENT_MARKS = ("comment", "kommentar", "komentar", "comentari", "disqus")
_ASIDE_ROLES = frozenset({"navigation", "complementary"})  # ARIA's roles of <nav> and <aside>
# The elements of an aside or navigation, by tag or ARIA role (:func:`_asides`); one showing this many
# days lists dated items (not the story's own line of fields beside its headline).
ASIDE_LIST_DAYS = 2
_ASIDE_ELEMENTS = etree.XPath("descendant-or-self::*[self::aside or self::nav or "
                              + " or ".join(f"@role='{role}'" for role in sorted(_ASIDE_ROLES)) + "]")
_SPACE = re.compile(r"\s")
_HEADERS = etree.XPath("descendant::*[self::header or @role='banner']")  # a masthead's (:func:`_masthead`)
_BODY_FOOTERS = etree.XPath("/descendant::body[1]/footer")  # :func:`_body_footer`
_SECTIONING = frozenset({"article", "section", "aside", "nav", "main"})  # a header inside one is that content's
# Elements whose text no reader sees: a <noscript>'s is read, a reader without scripts sees it.
_UNSHOWN = frozenset(UNSEEN_TAGS) - {"noscript"}
_LINE_BLOCKS = _BLOCKS - {"li", "td", "dd"}  # a line of fields may be a list of them
# A day 1 as a date writes it: not a number a colon joins to another, a clock's or a score's ("3:1-es győzelem",
# "1:0"), whose 1 is no day (htmldate makes the year before such a text the 1st of January).
_DAY_ONE = re.compile(r"(?<!\d)(?<!\d:)0?1(?!\d)(?!:\d)")
NEW_YEAR_REACH = 12  # characters around a year a day 1 of its January is written within
_NUMBER = re.compile(r"\d")
_SCRIPT_DIGIT = re.compile(r"(?![0-9])\d")  # a digit of a script other than ASCII's
# a digit of another script, 年/년, or a day first "5. 3. 2024" (htmldate reads it month first)
_OTHER_DAY_FORM = re.compile(r"(?![0-9])\d|[年년]|" + SPACED_DAY_FIRST.pattern)
# A year of four digits and a word of letters: a day that a month's name may print in a language htmldate's
# parser does not know (Albanian "6 korrik 2018", Telugu "8 డిసెంబర్, 2010"), read in every CLDR language
# (:func:`newsspider.extract.calendars.month_name_day`) and shown to htmldate as the day in ISO 8601.
# A word's letter in every script, its combining marks too (Telugu "డిసెంబర్" has no three letters in a row
# without its vowel signs and virama).
_MARKED_LETTER = rf"(?![\d_])[{WORD_CHAR_CLASS}]"
_WORDS = re.compile(r"[^\W\d_]+")
_NAMED_MONTH_FORM = re.compile(rf"(?<![\d:])(?:19|20)\d\d(?![\d:])(?=.*?{_MARKED_LETTER}{{3}})|{_MARKED_LETTER}{{3}}.*?(?<![\d:])(?:19|20)\d\d(?![\d:])",
                               re.DOTALL)
# A software's name and its version ("WordPress 4.8.12", "Drupal 7.10.22", "Joomla! v3.9.1"): a dotted
# number of three or four parts after a name, which htmldate's search reads as a day (4 August 2012); not
# a day with its year in four digits ("News 12.03.2024"), which no version is written as.
_VERSION = re.compile(r"((?<![^\W\d_])([^\W\d_][\w-]*)!?\s+)(?:[vV]|(?!\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)))"
                      r"\d{1,3}(?:\.\d{1,4}){2,3}(?!\d|\.\d)")
_NAME = re.compile(r"[^\W\d_][\w-]*")  # a software's name, first in its generator meta ("Drupal 7 (http://drupal.org)")
_GENERATOR_META = etree.XPath("/descendant::meta[translate(@name, 'GENERATOR', 'generator')='generator'][@content]")
# A word right before a day's number: a month's name or its first letters ("Sept. 8, 2020"), not a
# preposition of two letters ("el 24 de agosto").
_WORD_BEFORE = re.compile(r"[^\W\d_]{3,}\.?\s*$")
# A word right after a day's number: the month's name of a date written year first ("28. aprīlis").
_WORD_AFTER = re.compile(r"\.?\s*([^\W\d_]{3,})")
# A clock time ("9:41", "09:41:05", "10h51", "20 h 23"): no part of a day's date.
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}\s?(?::|h)\s?\d{2}(?::\d{2})?(?!\d)")
# A clock time with a full stop between its hour and minutes ("kl. 15.20", "klo 15.20", "ob 15.20"), as
# CLDR writes the time in Danish, Finnish, Indonesian, Assamese and Sundanese ("HH.mm") and Nordic and Slovene
# pages print it: read only right after a date (:func:`_clock_text`), where it is no part of one; not a number
# going on ("12.000"), a date's next part ("15.03." or "15.03.2024"), nor a span's first end ("15.20-16.00").
# A month's name (a word, or its abbreviation with full stops: Thai "มี.ค.") and a year's two digits after a day's
# number ("5 มี.ค. 67 15:20 น.", "5 Mar 24 15:20"): the date's end, where its clock follows; not a day's
# number after a month's ("March 15:20"), nor a clock's hour.
_SHORT_YEAR_AFTER_NAME = re.compile(r"\.?\s*[^\d\s]+\s+\d{2}(?![\d:.h])")
_DASH = re.compile(r"[-–—]")  # between a date and a number: a span's ("5.3.2024 – 15.03")
# What follows an amount, not a clock: a currency's sign (Unicode's category Sc: "3.50 €"), its ISO 4217 code
# (CLDR's, "4.35 PLN") or a percent sign ("2.50 %"): a price or a rate printed after a date is no clock time.
_AMOUNT_AFTER = (r"\s*(?:[" + re.escape("".join(chr(point) for point in range(0x10000)
                                            if unicodedata.category(chr(point)) == "Sc")) + r"%‰]|(?:"
                 + "|".join(sorted(list_currencies())) + r")(?!\w))")
_DOT_CLOCK = re.compile(rf"(\d{{1,2}})\.(\d{{2}})(?![\d.,:]|\s*[-–—]\s*\d|{_AMOUNT_AFTER})")
# What stands between a dateline's date and the clock time written with it: punctuation and at most
# two short words ("um", "at", "à", "a las", "Uhr,", "PM ET,", "오후"), not a sentence's ("Heute",
# "Livestream ab"). The punctuation, inside a character class: the separators a dateline's items take, any script's
# comma (CLDR's Persian and Arabic date-time patterns set "،" there) and a right-to-left text's direction marks.
_BESIDE_SEPARATORS = rf"\s,;({ITEM_SEPARATORS}{CLAUSE_MARKS}{DIRECTION_MARKS}\-"
_BESIDE_DATE = re.compile(rf"[{_BESIDE_SEPARATORS}]*(?:[^\W\d_]{{1,4}}(?![^\W\d_])\.?[{_BESIDE_SEPARATORS}]*){{0,2}}")
# Or one longer word there, after the separators: the word for "at" a language writes before a clock
# (:func:`_date_time_words`: "5 Maret 2024 pukul 15.20", "5 Maret 2024 | pukul 15.20"), capitalised too as a dateline's
# item ("Selasa, 5 Maret 2024, Pukul 15.20 WIB"), or in capitals (a script without case writes its word short, Persian
# "ساعت", Thai "เวลา": :data:`_BESIDE_DATE` takes it); any other word begins another phrase or a label ("Heute 20:15
# Uhr", "Update 15:20") or is another time's ("video 02:45", "runtime 1:45:00", "kickoff 15:00", Russian "начало
# 19:30"), a word cut short too (an update's "aktual. 15:20", "обновл. 15:20", "approx. 15:20", as well as Latvian
# "plkst. 15:20").
_WORD_BESIDE = re.compile(rf"[{_BESIDE_SEPARATORS}]*([^\W\d_]+)\.?\s+(?=\d)")
# A date in numbers whose year has two digits, day first ("05.03.24", Israel's and Germany's short form)
_SHORT_YEAR_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d\d(?![\d./-])")
# A date written year first, its year right before the day's number but for a month's word or mark ("2023年4月28日",
# "2023. április 28.", "2023년 4월 28일", "2023 m. balandžio 28 d."): a year after its day is another date's ("2023年4月28日 (2023年5月15日 12:00更新)").
_YEAR_BEFORE_DAY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)[\s.,/-]*(?:[^\W\d_]+\.?[\s.,/-]*){0,2}\Z")
# What stands between a day's number and its own year after it: marks and a month's words ("28 de abril de 2023").
_OWN_YEAR_GAP = re.compile(r"[\s.,/-]*(?:[^\W\d_]+\.?[\s.,/-]*){0,3}")
# A date in numbers year first with a space after each full stop, as CLDR writes Korean's and Hungarian's ("2024. 3.
# 5. 14:20", "2024. 03. 05. 14:20"): its day's number ends it, not the month's, which a day's number is searched
# for first (:func:`_clock_text`).
_SPACED_YEAR_FIRST = re.compile(r"(?<!\d)\d{4}\.\s\d{1,2}\.\s\d{1,2}(?!\d)")
# A clock that bounds a span of time, an event's, not a moment a page appeared: after a word opening or
# closing a span ("28.04.2023, ab 19:30 Uhr", "bis 18:00", "from 7:30 PM", "desde las 20:00"), or with a
# dash to another time ("28.04.2023, 19:30–21:00 Uhr", "19:30 - 21:00 Uhr, 28.04.2023").
_SPAN_WORDS = r"(?<![^\W\d_])(?:ab|bis|von|from|until|till|to|dès|desde|hasta|dalle|vanaf|tot|od|do|с|до)(?![^\W\d_])"
_SPAN_WORD = re.compile(_SPAN_WORDS, re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:[Uu]hr\s*)?[-–—]\s*\d{1,2}(?:\s?(?::|h)\s?\d{2}|\s*[Uu]hr)")  # "- 21:00", "- 21 Uhr"
_SPAN_BEFORE = re.compile(rf"(?:\d\s*(?:[Uu]hr\s*)?[-–—]|{_SPAN_WORDS})\s*\Z", re.IGNORECASE)
# The digits a day's date takes at least: its day's one and its year's two ("1 May 23").
DATE_DIGITS = 3
_SLASHED_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")
# Languages that write a date year first, its year's two last digits too (Korean "입력 24.03.05 14:20"), which
# htmldate reads day first (2005-03-24); the century is this one.
_YEAR_FIRST_LANGUAGES = frozenset({"ko", "ja", "zh"})
_LOCALE_META = ("og:locale", "content-language")  # meta names (property, http-equiv) declaring a locale, first first
_COUNTRY_META = ("og:url", *_LOCALE_META)  # the meta tags :func:`_page_country` reads
_SHORT_YEAR_FIRST = re.compile(r"(?<![\d./])(\d\d)([./])(\d\d)\2(\d\d)(?!\d|[./]\d)")
_CENTURY = 2000
WARM_UP_DATE = "Nov. 19, 2019"  # a date htmldate's parser hands on to dateparser (:func:`warm_up`)
HTMLDATE_EARLIEST = date(1995, 1, 1)  # htmldate's earliest date: it reads none before
MIDNIGHT = datetime.min.time()  # a UTC time at 00:00:00 is a day a CMS writes as a time
# Days a reading may lie from the day a page's address names and still be that publication's
# (:func:`_fits_day`): one zone's difference, or a draft's day and the next.
ADDRESS_DAY_REACH = 1
# The path of a date archive: it ends in a year, optionally its month and day ("/date/2017/05/29/").
_ARCHIVE_PATH = re.compile(r"/(?:19|20)\d\d(?:/\d{1,2}){0,2}/?$")
# The length of a time a script's data writes as a string: from a day's 8 characters ("20240828",
# "2024-8-5") to an ISO time with a fraction and an offset ("2024-08-28T11:26:02.1234567+00:00", 33) or one
# written out ("Wednesday, 28 August 2024 11:26 GMT", 35), with room; a longer string is text, not a time.
MIN_SCRIPT_TIME_CHARS, MAX_SCRIPT_TIME_CHARS = 8, 40
# A script's data naming a publication's time as a string ("first_publish_date": "2024-08-28T11:26:02Z",
# "datePublished", "publishedFirstTimeAt", "pubDate"), and the names of a later one's.
# (The name's word is looked for ahead, not between two runs of letters: those backtrack quadratically
# over a long run of letters.)
# The name is JSON's, quoted, or a JavaScript object's, bare ("article_publication_date: "Mon, 21 Sep 2020
# 11:00:00 +0300"" in an analytics script's config, beside the story's "page_title").
_PUBLICATION_KEY = re.compile(r'(?<![\w$])(?P<quote>"?)(?P<name>(?=[A-Za-z_]*(?:publish|pubdate|publication))'
                              r'[A-Za-z_]+)(?P=quote)\s*:\s*'
                              rf'"(?P<value>[^"\\]{{{MIN_SCRIPT_TIME_CHARS},{MAX_SCRIPT_TIME_CHARS}}})"', re.IGNORECASE)
_LATER_PUBLICATION = re.compile(r"last|modif|updat|expir|unpub|sched|embargo|next", re.IGNORECASE)
# A script's strings and braces: a string left open (a stray quote) runs to the script's end, read
# once (matched without backtracking, not again from each quote it holds).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|(?P<open>\\?\Z))|[{}]', re.DOTALL)
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", re.DOTALL)
# A time of day written in UTC after an ISO day ("T02:54:29.000Z", "T02:54:29+00:00").
_UTC_CLOCK = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)(?![\d:])")
# A day in a URL's path: year, month and day as directories, the day a whole one ("/2023/04/28/",
# "/2023/4/28.html", "/2012-06/04/"), or zero-padded and joined by one of the marks that join a slug's
# words, dashes, underscores or dots ("/2023-04-28-title", "/title-2023-04-28.html", "/2023_04_28_title",
# "/img.2023.04.28/"). Not a number opening the slug in a month's directory: "/2023/10/3-fragen-an",
# "/2023/10/10-tips" are titles; nor part of a longer run of numbers joined by dots, a version's or
# an identifier's ("/v1.2023.04.28/", "/2023.04.28.1/").
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=[/.]|$)"
                      r"|(?<=[/_.-])(?<!\d\.)((?:19|20)\d\d)([-_.])(0[1-9]|1[0-2])\5(0[1-9]|[12]\d|3[01])"
                      r"(?!\d|(?<=\.\d\d)\.\d)")
# A day as a directory of eight digits, or the year's directory then one of month and day ("/20240305/",
# "/2024/0305/": Chinese sites' paths); not a file's name ("/20240305.html" may be an identifier).
_COMPACT_URL_DAY = re.compile(r"/((?:19|20)\d\d)/?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")
# A date in a URL's path as day-first countries write one: day, month and a year of four digits, zero-padded and
# joined by one of a slug's marks, opening a path's part or after a slug's word ("/03-05-2024/", "/03.05.2024/",
# "/tram-28-04-2024.html"); month first where the page writes dates so. Not inside a longer run of numbers
# ("/12-03-05-2024/", "/v1.03.05.2024/"). A weak source (:func:`_day_first_address_day`): no CMS writes its publication's
# day so by rule, as it does its directories, and the form is a title's or an event's as often.
_DAY_FIRST_URL_DAY = re.compile(r"(?<=[/_-])(?<!\d[-_.])(\d\d)([-_.])(\d\d)\2((?:19|20)\d\d)(?!\d|\.\d)")
# An attribute's value that is an address: a URL, or a path on the page's host ("https://...", "//cdn...", "/news/...").
_ADDRESS_VALUE = re.compile(r"(?:[A-Za-z][A-Za-z\d+.-]*:)?/\S*")
# A date's shape in an address (:func:`_address_without_numbers`): year, month and day joined by one mark, eight digits
# of them (a month's directory between: "/2024/0305/"), or day and month before the year; apart from a word or a
# longer number on either side ("g20-11-2022" is a summit's name); or a month's archive, the year's directory and
# the month's ("/2010/12", a blog's links to its months, which htmldate's search counts).
_ADDRESS_DATE = re.compile(r"(?<![^\W_])(?:(\d{4})([-/_.])(\d{1,2})\2(\d{1,2})|(\d{4})/?(\d{2})(\d{2})"
                           r"|(\d{1,2})([-/_.])(\d{1,2})\9(\d{4}))(?![^\W_])"
                           r"|(?<=/)(\d{4})/(\d{1,2})(?=/|$)")
_DIGITS = re.compile(r"\d+")
_SLASHED_ATTRIBUTES = etree.XPath("//@*[contains(., '/')]")
# A clock time ending a dateline's text, with its half of the day and "Uhr" ("10:15", "6:11 PM", "16:15 Uhr").
_CLOCK_ENDS = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[Uu]hr)?\s*$")
_SEPARATOR_ALONE = re.compile(rf"[\s,{ITEM_SEPARATORS}-]+")
ZONE_TEXT_REACH = 4  # texts after a dateline's a zone of its own is looked for in (its element's tail, the next)
# Texts showing something after a dateline's date a clock set in markup of its own may be in: an hour and its
# minutes apart and the word between ("<span>21</span>:<span>20</span> Uhr"); more is no one clock's.
CLOCK_TEXT_REACH = 4
# A declared time's offset ending it ("...T14:20:00Z", "+07:00", "+0700") and its clock ("T14:20").
_OFFSET_ENDS = re.compile(r"(?:[Zz]|[+-]\d\d:?\d\d)\s*$")
_VALUE_CLOCK = re.compile(r"[T\s](\d\d):(\d\d)")
# HTML's phrasing elements a clock is set in within a line of text (not a link, which is another page's; not
# <sup>/<sub>, whose minutes read as another number).
# The word a text opens with, after a dateline's separators (:func:`_labels_its_own_item`).
_OPENING_WORD = re.compile(rf"[{_BESIDE_SEPARATORS}]*([^\W\d_]+)")
_PHRASING = frozenset({"b", "strong", "em", "i", "span", "small", "time", "abbr", "mark", "u", "font", "bdi", "bdo",
                       "data", "var", "q", "s", "cite", "dfn", "kbd", "samp", "ins", "del"})


def published_and_modified(page_elements: PageElements, meta: dict[str, list[str]], ld: JsonLd, items: list[HtmlElement],
           title: str | None, url: str | None, canonical: str | None,
           now: datetime) -> tuple[Timestamp | None, Timestamp | None, bool]:
    """Published and modified times, each the most trusted declaration completed from the others
    (:func:`newsspider.dates.best_timestamp`): the JSON-LD article's, the meta tags', microdata's,
    RDFa's (:func:`_rdfa_published`), the other JSON-LD articles' that name no page where the article names this one (a related
    story's block, :attr:`newsspider.extract.jsonld.JsonLd.unnamed`), the JSON-LD page's, and for
    the published time the first ``<time>`` of the story, its ``datetime`` or the date its text shows (:func:`_story_times`; not of its comments, navigation
    or asides, nor another post's or article's: :func:`_other_content`), completed last by the upload time
    of the video a page declaring no Article plays (:attr:`newsspider.extract.jsonld.JsonLd.media_published`);
    and whether the page declares its publication date (a ``<time>`` may be any teaser's). Where the
    page's declarations of its publication date fall on different days, the one whose day the
    page prints by its headline wins (:func:`_printed_day`); one days away from the day the page's
    address names gives way to one on that day, else to that day (:func:`_on_address_day`). A
    ``<time>`` whose text shows the
    local clock for its UTC datetime tells the publisher's offset (:func:`shown_in_offset`). No
    time after ``now``, the page's fetch, counts (:func:`_not_future`)."""
    article, page = ld.article, ld.page
    read = _declared_reading(cache(partial(_page_country, page_elements, url, meta, canonical)))
    own = _own_addresses(url, canonical)
    dated = _page_items(items, url, own)  # the page's own microdata dates
    meta = _without_other_items(meta, items, dated)
    nodes = [node for node in (article, *ld.others) if node and not any(node is other for other in ld.unnamed)]
    published = [*(read(node.published) for node in nodes),
                 *(read(value) for name in _PUBLISHED_META for value in meta.get(name, ())),
                 *(read(value) for value in _itemprop(dated, "datePublished")),
                 *(read(value) for value in _rdfa_published(page_elements, url, own)),
                 *(read(node.published) for node in ld.unnamed),
                 read(page.published) if page else None]
    modified = [*(read(node.modified) for node in nodes),
                *(read(value) for name in _MODIFIED_META for value in meta.get(name, ())),
                *(read(value) for value in _itemprop(dated, "dateModified")),
                *(read(node.modified) for node in ld.unnamed),
                read(page.modified) if page else None]
    published, modified = _not_future(published, now), _not_future(modified, now)
    if not any(published):
        published = _printed_reading(page_elements,
                                     [value for name in _PUBLISHED_META for value in meta.get(name, ())])
    declared = any(published)
    if declared:
        published = _printed_day(page_elements, title, published, dated, url, own)
    elements = list(islice((element for element in page_elements.of("time") if element.get("datetime")), MAX_TIMES))
    times = _not_future([read(element.get("datetime")) for element in elements], now)
    if not declared:
        published = _story_time(page_elements, title, *_story_times(page_elements, url, own, now), url, own)
    if ld.media_published and any(published):  # a day alone takes the time its video was uploaded that day
        published = [*published, *_not_future([parse_timestamp(ld.media_published)], now)]
    shown = [shown_in_offset(stamp, text_content(element)[:MAX_DATELINE_CHARS], _page_language(page_elements))
             for element, stamp in zip(elements, times, strict=True) if stamp is not None and stamp.in_utc]
    every = [*published, *modified, *times, *shown]
    best = best_timestamp(published, every)
    if best is not None:
        best = _on_address_day(best, [*published, *times], partial(_printed_stamp, page_elements, title, url, own),
                               url, canonical)
    if best is not None and best.in_utc and best.moment.time() != MIDNIGHT:
        best = _readers_day(best, page_elements, title, url, own, _page_country(page_elements, url, meta, canonical))
    elif best is not None and best.has_time and not best.has_offset:
        best = _on_wall_clock(best, _page_country(page_elements, url, meta, canonical))
        if not best.has_offset:
            best = _on_printed_zone(best, page_elements, title, url, own)
    return best, best_timestamp(modified, every), declared


def _declared_reading(country: Callable[[], str | None]) -> Callable[[object], Timestamp | None]:
    """How the page's declared times read (:func:`newsspider.dates.parse_timestamp`): .NET's "5/3/2024 2:20:00 PM",
    month first as en-US writes it, is day first on a page of a country whose English writes the day first
    on a 12-hour clock (:data:`newsspider.extract.zones.DAY_FIRST_TWELVE_HOUR`: there an AM/PM is no sign of
    en-US); a zone named by an abbreviation of several meanings ("CST") is the country's zone of that name
    (:func:`newsspider.dates.on_shared_zone`). ``country``: the page's, asked only for such a value."""
    def read(value: object) -> Timestamp | None:
        day_first = day_first_twelve_hour(value)
        if day_first is not None and country() in DAY_FIRST_TWELVE_HOUR:
            return day_first
        stamp = parse_timestamp(value)
        return on_shared_zone(stamp, value, country) if stamp is not None and isinstance(value, str) else stamp
    return read


def _page_country(page: PageElements, url: str | None, meta: dict[str, list[str]], canonical: str | None) -> str | None:
    """The country the page is for, from its addresses and declared locales (:func:`page_country`: ``og:locale``,
    ``<html lang>``, ``<meta http-equiv="content-language">``)."""
    return page_country([url, canonical, *meta.get("og:url", ())],
                        [*meta.get("og:locale", ()), page.tree.get("lang"), *meta.get("content-language", ())])


def _on_wall_clock(best: Timestamp, country: str | None) -> Timestamp:
    """A publication time declared without an offset and not completed by the page's other times
    (:func:`newsspider.dates.best_timestamp`), on the wall clock of the country the page is for
    (:func:`newsspider.extract.zones.wall_clock_offset`): "2023-04-28 18:11:01.0" on a German page
    is 18:11 in Berlin, not in London. Without a country, or in one of several offsets, it stays
    naive (read as UTC)."""
    offset = wall_clock_offset(best.moment, country)
    return Timestamp(best.moment.replace(tzinfo=offset)) if offset is not None else best


def on_language_clock(published: str, language: str | None) -> str:
    """A publication time declared without an offset that neither the page's declared country or
    language nor its dateline put on a clock (:func:`published_and_modified`; written as UTC), on
    the clock of the language its text is written in (``language``, found from the text), where the
    countries of that language keep one (:data:`newsspider.extract.zones.LANGUAGE_COUNTRIES`): the
    language tells the clock as a declared ``<html lang>`` does (a Japanese page on a ``.com`` declaring
    nothing). Else as it was."""
    stamp = parse_timestamp(published)
    if stamp is None or not language:
        return published
    offset = wall_clock_offset(stamp.moment.replace(tzinfo=None), page_country([], [language.split("-")[0]]))
    return Timestamp(stamp.moment.replace(tzinfo=offset)).iso() if offset is not None else published


def _on_printed_zone(best: Timestamp, page: PageElements, title: str | None, url: str | None,
                     own: set[str]) -> Timestamp:
    """A publication time declared without an offset, on no country's one clock (:func:`_on_wall_clock`),
    in the zone the page's dateline names for the same moment (:func:`_clock_with_date`: "6:11 PM EDT"
    by the headline, an update's label too: the moment is the declared one): JSON-LD's
    "2023-04-28T18:11:00" is 18:11 in New York there, and "22:11:00" (the moment in UTC) is that
    instant, written in New York's offset. The day alone where the dateline shows the same clock followed by words
    naming a zone no data resolves (:func:`_on_unread_zone`: "14:20 по московскому времени"). Else as it was (read
    as UTC)."""
    printed, _, reading = _dateline_reading(page, title, url, own)  # an update's too: the moment must be the same
    stamp = parse_timestamp(printed) if printed else None
    shown = _at_shown_clock(stamp.moment.date(), reading, _page_language(page)) if stamp is not None else None
    if (shown is not None and shown.tzinfo is None and shown.replace(second=0) == best.moment.replace(second=0)
            and _on_unread_zone(Timestamp(shown), reading, _page_language(page))):
        return Timestamp(datetime.combine(shown.date(), MIDNIGHT), has_time=False)
    if shown is None or shown.tzinfo is None:
        return _on_clock_by_headline(best, page, title)
    offset = shown.tzinfo
    for moment in (best.moment.replace(tzinfo=offset), best.aware):
        if abs(moment - shown) < SAME_MOMENT:
            return Timestamp(moment.astimezone(offset))
    return best


def _on_clock_by_headline(best: Timestamp, page: PageElements, title: str | None) -> Timestamp:
    """A publication time declared without an offset in the zone a clock time by the headline names without a
    date (:func:`newsspider.dates.clock_with_zone_apart`: "Published 10:15 | CET", the zone in a text of its own
    after it), where that clock shows the same moment (its wall clock, or the time read as UTC); as it was else.
    The first text by the headline showing a clock with its zone is read (:data:`MAX_DATELINE_CHARS` at most)."""
    heading = _dateline_heading(page, title)
    texts = _dateline_texts(heading, with_datetime=False) if heading is not None else iter(())
    for _, _, text, _, _ in texts:
        if not text or len(text) > MAX_DATELINE_CHARS or not _CLOCK_TIME.search(text):
            continue
        clock = clock_with_zone_apart(_with_zone_after(text, texts), best.moment.date(), _page_language(page))
        if clock is None:
            return best
        hour, minute, offset = clock
        for moment in (best.moment.replace(tzinfo=offset), best.aware.astimezone(offset)):
            if (moment.hour, moment.minute) == (hour, minute):
                return Timestamp(moment)
        return best
    return best


def _on_printed_day_clock(best: Timestamp, page: PageElements, title: str | None, url: str | None,
                          own: set[str]) -> Timestamp:
    """A publication time the page gives only in UTC, on no country's clock (:func:`_readers_day`), written in the
    offset its dateline by the headline shows it at where that dateline prints another day than the UTC one, with
    the clock of the same moment in a zone's offset (:func:`newsspider.dates.offset_in_use`): "5 de marzo de 2024 -
    21:20" for 2024-03-06T00:20:00Z is 21:20 -03:00, the readers' day. Not an update's dateline (an update is
    another moment: session 14 saw mbl.is's "Uppfært 12.2.2025 7:25" for 23:55Z the 11th), nor a clock that is not
    the same moment's. The instant stays the declared one; as it was else. The dateline is read (htmldate's parser)
    only where a text it may be read in (:func:`_dateline_sources`) shows a clock that may be the same moment
    (:func:`_may_show_moment`): most pages dated in UTC alone print a day without one."""
    if not _may_show_moment(_dateline_sources(page), best.moment):
        return best
    printed, updated, reading = _dateline_reading(page, title, url, own)
    stamp = parse_timestamp(printed) if printed and not updated else None
    if stamp is None or stamp.moment.date() == best.moment.date():
        return best
    shown = _at_shown_clock(stamp.moment.date(), reading, _page_language(page))
    if shown is None:
        return best
    if shown.tzinfo is not None:
        return Timestamp(best.moment.astimezone(shown.tzinfo)) if abs(shown - best.moment) < SAME_MOMENT else best
    offset = shown.replace(second=0) - best.moment.replace(tzinfo=None, second=0, microsecond=0)
    if not offset or not offset_in_use(offset):
        return best
    return Timestamp(best.moment.astimezone(timezone(offset)))


def _dateline_sources(page: PageElements) -> Iterator[str]:
    """The texts a dateline may be read in (:func:`_dateline_texts`), as :func:`_may_show_moment` searches them: the
    page's body text, then what the walk from the headline reads that it leaves out (:data:`_UNBODIED_TEXTS`, asked
    only where the body text shows no such clock)."""
    yield page.body_text()
    yield " ".join(_UNBODIED_TEXTS(page.tree))


# What :func:`_dateline_texts` reads outside the page's body text: the walk goes on from a headline opening the body
# into ``<head>`` (a ``<title>``'s "Headline - 05/03/2024 21:20"; not a script's or style's text, as the walk), and it
# reads the ``datetime`` of any element, not only a ``<time>``'s (``<span datetime>``, ``<abbr datetime>``).
_CODE = " or ".join(f"self::{tag}" for tag in sorted(_UNSHOWN))
_UNBODIED_TEXTS = etree.XPath(f"/*/text() | /*/*[not(self::body)]/descendant-or-self::*[not({_CODE})]/text()"
                              " | /descendant::*/@datetime")


# A clock's minute in any form a dateline's clock is read in (a superset: "14:20", "14h20", "14 h 20", "14.20", the
# "T14:20" of a <time>'s datetime; any script's digits): :func:`_may_show_moment`. Found at every place: a match
# takes the hour's first digit alone (no digit before it), the rest looked ahead at, so that a date's last number and
# full stop before a clock read as one ("2024. 3. 6. 07:40": "6. 07") leave "07:40" to be read. Opening with the
# digit (not a look behind), the search skips in C to each digit of the page's text.
_CLOCK_MINUTES = re.compile(r"\d(?<!\d\d)(?=\d?\s?(?::|[hH.])\s?(\d{2})(?!\d))")
_HOUR_SIGNED = re.compile(rf"\d\s*{HOUR_SIGN}")  # a clock marked by an hour sign ("14時20分", "下午2点", "오후 2시")
QUARTER_HOUR = 15  # minutes: every zone's offset in use is a whole number of quarter-hours (dates._PART_HOUR_OFFSETS)
MINUTE_SLACK = 1  # a clock's minute either side of the declared one's (seconds rounded otherwise)


def _may_show_moment(texts: Iterable[str], moment: datetime) -> bool:
    """Whether one of ``texts`` may show ``moment`` on a zone's clock: a clock (:data:`_CLOCK_MINUTES`, any script's
    digits) whose minute is a whole number of quarter-hours from ``moment``'s, within a minute (every offset in use
    is, :func:`newsspider.dates.offset_in_use`; a clock may round the seconds otherwise,
    :data:`newsspider.dates.SAME_MOMENT`), or an hour marked by a sign (:data:`_HOUR_SIGNED`: "14時", minute 0 where
    no minute follows). A cheap test (two regular expressions over the page's text) that :func:`_on_printed_day_clock`
    would change nothing where it fails; it does not decide the clock it reads. The clocks are read in page order, the
    first that may show the moment answering (the body's text runs to 100,000 characters and more; the clock by
    the headline is near its start), before the hour signs are searched for."""
    for text in texts:
        if (any((int(found.group(1)) - moment.minute + MINUTE_SLACK) % QUARTER_HOUR <= 2 * MINUTE_SLACK
                for found in _CLOCK_MINUTES.finditer(text)) or _HOUR_SIGNED.search(text)):
            return True
    return False


def _readers_day(best: Timestamp, page: PageElements, title: str | None, url: str | None, own: set[str],
                 country: str | None) -> Timestamp:
    """A publication time the page gives only in UTC, written in the offset of the country the page
    is for (:func:`newsspider.extract.zones.page_country`) where every zone of that country shows it
    on one day (2020-05-02T02:54:29Z on abc7ny.com, ``og:locale`` "en_US", is the 1st in every US
    zone): its readers' day. Where that is another than the UTC day, the day the page prints by its
    headline (:func:`_dateline`, not an update's) decides: the UTC day printed (a page rendered in
    UTC) keeps UTC, another day takes an offset that shows it (:func:`newsspider.dates.on_day`).
    The instant stays the declared one. Without a country, or where its zones disagree, UTC stays:
    the dateline is read only where it can change the day (it costs htmldate's parser)."""
    preferred = country_offset(best.moment, country)
    if preferred is None:
        return _on_printed_day_clock(best, page, title, url, own)
    local = Timestamp(best.moment.astimezone(preferred))
    if local.moment.date() == best.moment.date():
        return local
    printed, updated, _ = _dateline_reading(page, title, url, own)
    stamp = parse_timestamp(printed) if printed and not updated else None
    if stamp is None:
        return best if printed else local  # only an update's date printed: nothing tells the day
    return on_day(best, stamp.moment.date(), preferred) or best


def _story_time(page: PageElements, title: str | None, elements: list[HtmlElement], times: list[Timestamp | None],
                url: str | None, own: set[str]) -> list[Timestamp | None]:
    """The publication ``<time>`` of a page declaring no date, as a list of one or none: the first of
    the story's, those inside the ``<article>`` holding the headline first (a site header's
    "today", a sidebar's event come before the story in the page); not one of other content
    (:func:`_other_content`: a comment's, a teaser's), nor one labelled as an update's where its
    line gives another (:func:`_before_updates`). None where the page prints its date by its
    headline (:func:`_dateline`, not an update's) and no such ``<time>`` falls on that day: the
    printed date is what the page tells its readers (``undeclared_date`` then reads it). A ``<time>``
    showing that day alone gives way to the clock the dateline shows with it (:func:`_at_shown_clock`):
    the full time of that day."""
    heading = headline_element(page, title, matching=True)
    story_blocks = _story_blocks(heading)
    found = [(element, stamp) for element, stamp in zip(elements, times, strict=True)
             if stamp is not None and not _other_content(element, url, own)
             and not _in_other_card(element, heading, story_blocks, url, own)]
    if not found:
        return []
    story = next(heading.iterancestors("article"), None) if heading is not None else None
    if story is not None:
        found.sort(key=lambda pair: story not in pair[0].iterancestors())  # stable: page order within each
    found = _before_updates(found)
    printed, updated, reading = _dateline_reading(page, title, url, own, heading)
    stamp = parse_timestamp(printed) if printed and not updated else None
    if stamp is None:
        return [found[0][1]]
    day = stamp.moment.date()
    on_day = next((time for _, time in found if _may_fall_on(time, day)), None)
    shown = _at_shown_clock(day, reading, _page_language(page)) if on_day is not None and not on_day.has_time else None
    return [Timestamp(shown) if shown is not None else on_day]


def _story_times(page: PageElements, url: str | None, own: set[str],
                 now: datetime) -> tuple[list[HtmlElement], list[Timestamp | None]]:
    """The page's first ``MAX_TIMES`` dated ``<time>`` elements and their times: a ``datetime``'s,
    else, as HTML defines a ``<time>`` without one, the date its own text shows
    ("<time>29.11.2024</time>", read where the element is no other content's, :func:`_other_content`;
    the publication's part of a text labelling the update first, :func:`_labelled_reading`: "<time>更新日：2020年8月15日 ·
    公開日：2020年8月13日</time>"; None where no day is read in it). Such a text counts towards the limit read or not: each costs
    htmldate's parser (a text it cannot read, up to some 25 ms), and a listing has hundreds. Not a date in numbers
    that reads both ways where the page's locale leaves the order open (:func:`_day_order_undecided`)."""
    open_order = cache(partial(_day_order_undecided, page, url, _locale(page.tree.get("lang"))))
    values = ((element, element.get("datetime") or _day_text(element, url, own, open_order)) for element in page.of("time"))
    dated = list(islice(((element, value) for element, value in values if value), MAX_TIMES))
    language = _page_language(page)
    times = [parse_timestamp(value if element.get("datetime") else _shown_time(_labelled_reading(value, "")[0], language))
             for element, value in dated]
    return [element for element, _ in dated], _not_future(times, now)


def _shown_time(reading: str, language: str | None = None) -> str | None:
    """The day a ``<time>``'s text shows (:func:`day_in_short_text`) at the clock time written with it
    (:func:`_clock_with_date`: "Publié le 25 avril 2024 à 08h18", "28.04.2023, 16:15 Uhr"), in the
    offset of the zone it names, else naive (the page's wall clock: :func:`published_and_modified`
    puts it on its country's); the day alone where no clock is written beside it."""
    day = day_in_short_text(reading)
    if day is None:
        return None
    moment = _at_shown_clock(date.fromisoformat(day[:10]), reading, language)
    return day if moment is None else moment.isoformat()


def _at_shown_clock(day: date, reading: str, language: str | None) -> datetime | None:
    """``day`` at the clock time ``reading`` shows with it (:func:`_clock_with_date`; ``language``, the page's, for
    its words for the halves of the day), in the offset of the zone it names, else naive; None where no clock is
    written beside the date."""
    text = _date_clock_text(reading, language)
    clock = _clock_in(text, day, language) if text is not None else None
    if text is None or clock is None:
        return None
    hour, minute, offset = clock
    return datetime.combine(day, time(hour, minute, shown_seconds(text, minute)), offset)


def _day_text(element: HtmlElement, url: str | None, own: set[str], open_order: Callable[[], bool] = bool) -> str | None:
    """``element``'s text as shown where it shows a day's number in a dateline's length of text and
    dates the story (not :func:`_other_content`), else None; None for a date in numbers reading both ways
    ("03/05/2024") where ``open_order()``: the page's locale leaves its order open."""
    text = single_spaced(text_content(element))
    if text and len(text) <= dateline_chars(text, MAX_DATELINE_CHARS) and DAY_NUMBER.search(text) is not None and not (
            _other_content(element, url, own)) and not (_month_first(text) and open_order()):
        return text
    return None


def _before_updates(found: list[tuple[HtmlElement, Timestamp]]) -> list[tuple[HtmlElement, Timestamp]]:
    """``found`` with the first ``<time>``, when labelled as an update's (:func:`_labelled_update`:
    "Aktualisiert: <time>"), behind the first one of its line that is not ("... · Veröffentlicht:
    <time>"): the line is the nearest block holding it beyond a list's item or a table's cell.
    Alone on its line, an update's label may be a CMS's for its one date, which no teaser's
    ``<time>`` elsewhere on the page beats."""
    element = found[0][0]
    if not _labelled_update(element):
        return found
    line = next((node for node in element.iterancestors() if node.tag in _LINE_BLOCKS), None)
    if line is None:
        return found
    other = next((pair for pair in found[1:] if line in pair[0].iterancestors() and not _labelled_update(pair[0])), None)
    return found if other is None else [other, *(pair for pair in found if pair is not other)]


def _may_fall_on(stamp: Timestamp, day: date) -> bool:
    """Whether ``stamp`` is on ``day`` as written, or for a time in UTC in some zone's local time:
    a page prints its day in its publisher's offset, a ``<time>`` may give the moment in UTC."""
    if not stamp.in_utc:
        return stamp.moment.date() == day
    utc = stamp.moment.astimezone(timezone.utc)
    return (utc + WESTMOST_OFFSET).date() <= day <= (utc + MAX_ZONE_OFFSET).date()


def _labelled_update(element: HtmlElement) -> bool:
    """Whether the text right before ``element``'s date, in its parent ("<p>Aktualisiert: <time>"),
    or in its own text ("<time>Updated 11.04.2020</time>"), labels an update
    (:mod:`newsspider.extract.date_labels`), and its text labels no publication after it; or its
    class does, as hAtom names an entry's dates (``<time class="updated">`` beside ``<time
    class="entry-date published">``, in either order; not WordPress's ``published updated``, one date
    for both)."""
    if _classed_update(element):
        return True
    parent = element.getparent()
    before = [parent.text or ""] if parent is not None else []
    for sibling in element.itersiblings(preceding=True):
        before[1:1] = [text_content(sibling), sibling.tail or ""]
    own = text_content(element)
    number = _NUMBER.search(own)
    text = " ".join(" ".join(before).split())[-MAX_DATELINE_CHARS:] + " " + own[:number.start() if number else 0]
    return label_before(text.rstrip() + " ") == UPDATED and not labelled_dates(own, PUBLISHED)


def _classed_update(element: HtmlElement) -> bool:
    """Whether ``element``'s class names it an update's date and not a publication's, as hAtom does
    (:data:`_UPDATE_CLASSES`, :data:`_PUBLISHED_CLASSES`), beside a date classed as the publication's
    in its block (the nearest of :data:`_BLOCKS` around it). Alone, ``updated`` is the post's one
    date: hAtom requires an entry's ``updated``, so themes class the only date they show so (tagDiv
    Newspaper's ``<time class="entry-date updated td-module-date">``)."""
    kinds = _class_words(element)
    if not kinds & _UPDATE_CLASSES or kinds & _PUBLISHED_CLASSES:
        return False
    block = next((above for above in element.iterancestors() if above.tag in _BLOCKS), None)
    return block is not None and any(_class_words(other) & _PUBLISHED_CLASSES for other in block.iter()
                                     if other is not element and isinstance(other.tag, str))


def _class_words(element: HtmlElement) -> set[str]:
    """The names ``element``'s ``class`` gives it, lower-cased."""
    return set((element.get("class") or "").lower().split())


def _not_future(stamps: list[Timestamp | None], now: datetime) -> list[Timestamp | None]:
    """The stamps, None for one that lies in the future (:func:`newsspider.dates.is_future`: Nepal's
    Bikram Sambat year 2081 declared as if Gregorian is no publication date of 2081)."""
    return [None if stamp is None or is_future(stamp, now) else stamp for stamp in stamps]


def _printed_day(page: PageElements, title: str | None, published: list[Timestamp | None],
                 dated: list[HtmlElement], url: str | None, own: set[str]) -> list[Timestamp | None]:
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
    printed = _dateline(page, title, url, own) or _shown_itemprop(dated, "datePublished")
    stamp = parse_timestamp(printed) if printed else None
    day = stamp.moment.date() if stamp else None
    if day not in days:
        day = url_day(url)  # the day a CMS wrote into the address when it published the page
    if day not in days:
        return published
    on_day = sorted(stamp.aware for stamp in published if stamp is not None and stamp.moment.date() == day)
    return sorted(published, key=lambda other: other is None or not _near(other.aware, on_day))


def _near(moment: datetime, moments: list[datetime]) -> bool:
    """Whether a moment of the sorted ``moments`` lies within ``SAME_MOMENT`` of ``moment``: only
    its neighbours in the order can (a page of 10,000 JSON-LD items compared each declaration with
    every one on the printed day: 1.7 s)."""
    at = bisect_left(moments, moment)
    return any(abs(moment - moments[index]) < SAME_MOMENT for index in (at - 1, at) if 0 <= index < len(moments))


def _on_address_day(best: Timestamp, candidates: list[Timestamp | None], printed: Callable[[], Timestamp | None],
                    url: str | None, canonical: str | None) -> Timestamp:
    """``best``, or where the page's address names a day (:func:`url_day`, the URL's, else the
    canonical link's) that ``best`` does not fit (:func:`_fits_day`), the first of ``candidates``
    (the page's other publication declarations, its ``<time>`` elements) and its dateline
    (``printed``, read only then) that falls on it, else that day itself: a CMS writes the day it publishes a page into its address, so a
    declaration days away from it is another date (a republication's, an update's, a draft's) or
    another item's. htmldate, and with it plain trafilatura, reads the address's day first."""
    day = _publication_address_day(url, canonical)
    if day is None or _fits_day(best, day):
        return best
    on = next((stamp for stamp in (*candidates, printed()) if stamp is not None and _may_fall_on(stamp, day)), None)
    return on if on is not None else Timestamp(datetime.combine(day, MIDNIGHT), has_time=False)


def _publication_address_day(url: str | None, canonical: str | None) -> date | None:
    """The day the page's address names as a CMS writes its publication's (:func:`url_day`'s
    ``published_only``): the URL's, else the canonical link's."""
    return url_day(url, published_only=True) or url_day(canonical, published_only=True)


def _fits_day(stamp: Timestamp, day: date) -> bool:
    """Whether ``stamp``, as written, is within :data:`ADDRESS_DAY_REACH` days of the address's
    ``day``: the address writes the day in the publisher's zone, a declaration may write it in UTC
    or another zone, and a story drafted late in a day may appear the next."""
    return abs((stamp.moment.date() - day).days) <= ADDRESS_DAY_REACH


def headline_date(page: PageElements, title: str | None, url: str | None, canonical: str | None) -> str | None:
    """The date the page prints by its headline (:func:`_dateline`), or None: a story's page shows
    one (the page type asks it of a photo story that declares nothing)."""
    return _dateline(page, title, url, _own_addresses(url, canonical))


def _printed_stamp(page: PageElements, title: str | None, url: str | None, own: set[str]) -> Timestamp | None:
    """The date the page prints by its headline (:func:`_dateline`), parsed; None where there is none."""
    printed = _dateline(page, title, url, own)
    return parse_timestamp(printed) if printed else None


def url_day(url: str | None, *, published_only: bool = False) -> date | None:
    """The day a URL's path names as year, month and day ("/2023/04/28/", "/2023-04-28-title",
    "/2023_04_28_title", and as a directory of digits alone, "/20230428/", "/2023/0428/").
    ``published_only``: only as a CMS writes the day it publishes a page, as directories or opening
    a path's part, with marks between its numbers; a day later in a slug may be its title's, an
    event's ("/konzert-2024-03-05"), and eight digits may be an identifier."""
    path = split_url(url).path
    match = _URL_DAY.search(path)
    if match is None:
        compact = None if published_only else _COMPACT_URL_DAY.search(path)
        return _valid_day(*compact.group(1, 2, 3)) if compact is not None else None
    if published_only and not match[1] and path[match.start(4) - 1] != "/":
        return None
    return _valid_day(*(match.group(1, 2, 3) if match[1] else match.group(4, 6, 7)))  # 5: the mark


def _valid_day(year: str, month: str, day: str) -> date | None:
    """The day of these numbers, None where there is none (the 31st of April)."""
    try:
        return date(int(year), int(month), int(day))
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


def _without_other_items(meta: dict[str, list[str]], items: list[HtmlElement],
                         dated: list[HtmlElement]) -> dict[str, list[str]]:
    """The page's meta tags less the date properties other content's microdata writes as ``<meta
    itemprop>`` in the body (:func:`newsspider.extract.meta_tags.meta_values` reads them by their
    ``itemprop``, as a head's tags): a related story's card or a comment (not in ``dated``,
    :func:`_page_items`)."""
    kept = set(dated)
    others = {(name.lower(), readable(content)) for element in items if element.tag == "meta"
              and (name := element.get("itemprop")) in ITEM_DATES and element not in kept
              and (content := element.get("content")) is not None}
    if not others:
        return meta
    return {**meta, **{name: [value for value in meta.get(name, ()) if (name, value) not in others]
                       for name in {name for name, _ in others}}}


def _shown_itemprop(dated: list[HtmlElement], name: str) -> str | None:
    """The value of the first of the page's own microdata dates (``dated``, :func:`_page_items`)
    named ``name`` whose text shows a date."""
    for element in (element for element in dated if element.get("itemprop") == name):
        if DAY_NUMBER.search(text_content(element)[:MAX_DATELINE_CHARS]):
            return element.get("content") or element.get("datetime") or day_in_short_text(text_content(element))
    return None


def _itemprop(dated: list[HtmlElement], name: str) -> list[str]:
    """The values of the page's own microdata dates (``dated``, :func:`_page_items`) named ``name``,
    the first few."""
    return [value for element in dated if element.get("itemprop") == name
            for value in (element.get("content") or element.get("datetime"),) if value][:3]


def _rdfa_published(page: PageElements, url: str | None, own: set[str]) -> list[str]:
    """The publication dates the page's RDFa gives its elements (:data:`_RDFA_PUBLISHED`), the first
    few; not a comment's, navigation's or another story's (:func:`_other_content`)."""
    found = (element.get("content") for element in page.declaring()
             if _RDFA_PUBLISHED & set((element.get("property") or "").lower().split()) and _rdfa_value(element)
             and not _other_content(element, url, own))
    return list(islice(found, MAX_RDFA_DATES))


def _rdfa_value(element: HtmlElement) -> bool:
    """Whether ``element`` (one of :meth:`PageElements.declaring`, with a ``property``) gives its
    property a value as RDFa's elements of the body do: a ``content``, on an element of the body
    other than a ``<meta>`` (meta tags are read by :func:`newsspider.extract.meta_tags.meta_values`)."""
    return (element.get("content") is not None and element.tag != "meta"
            and any(ancestor.tag == "body" for ancestor in element.iterancestors()))


def _page_items(items: list[HtmlElement], url: str | None, own: set[str]) -> list[HtmlElement]:
    """The microdata date elements (:data:`ITEM_DATES`) that are not a comment's: of an item typed ``Comment``
    (``<div itemscope itemtype="https://schema.org/Comment">``) or in a comment thread, navigation
    or an aside (:func:`_in_comment_or_aside`); a reader's comment of a later day shows its
    ``datePublished`` as the article does. Nor another story's: of an item whose ``url`` or
    ``mainEntityOfPage`` names other pages of this site only (``own``, :func:`_own_addresses`: a
    related story's card, ``<li itemscope itemtype=".../BlogPosting"><a itemprop="url" href=...>``),
    or inside a link to another page (:func:`_quoted_or_linked`)."""
    hosts = {key.partition("/")[0] for key in own}  # address_key: the host without "www." first
    other: dict[HtmlElement, bool] = {}  # each item read once: a hostile page holds thousands of properties
    asides: dict[HtmlElement, bool] = {}  # and each block around them

    def names_other_page(element: HtmlElement) -> bool:
        scope = _scope_of(element)
        if scope is None:
            return False
        if scope not in other:
            other[scope] = _names_other_page(scope, url, own, hosts)
        return other[scope]

    return [element for element in items if element.get("itemprop") in ITEM_DATES
            and not _item_type(element).endswith("Comment") and not _in_comment_or_aside(element, asides)
            and not names_other_page(element) and not _quoted_or_linked(element, url, own)]


def _names_other_page(scope: HtmlElement, url: str | None, own: set[str], hosts: set[str]) -> bool:
    """Whether the microdata item ``scope`` (an ``itemscope``) names a page as
    its ``url`` or ``mainEntityOfPage`` (a property of its own, not of an item nested in it) and all
    it names are other pages of this site (``hosts``: those of the page's addresses): a card linking
    to another story. The site's root names none (a CMS's default, as in JSON-LD), nor does another
    site's address (a placeholder copied from an example: "https://google.com/article"), nor a text
    with spaces (a ``<meta itemprop="mainEntityOfPage" itemid=... content="<its headline>">``)."""
    if not own:
        return False
    values = ((node.get("href") or node.get("itemid") or node.get("content") or "").strip()
              for node in _ITEM_ADDRESSES(scope) if _scope_of(node) is scope)
    addresses = [address for value in values if value and not value.startswith("#") and not _SPACE.search(value)
                 for address in (join_url(url, value),) if split_url(address).path.strip("/")]
    return bool(addresses) and all(key not in own and key.partition("/")[0] in hosts
                                   for key in map(address_key, addresses))


def _scope_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``itemscope`` above ``element``: the item its property belongs to."""
    return next((node for node in element.iterancestors() if node.get("itemscope") is not None), None)


def _item_type(element: HtmlElement) -> str:
    """The ``itemtype`` of the item a microdata property belongs to: its nearest ``itemscope``."""
    scope = _scope_of(element)
    return (scope.get("itemtype") or "").strip() if scope is not None else ""


def undeclared_date(tree: HtmlElement, url: str | None, title: str | None, text: str,
                    page: PageElements, now: datetime | None = None, canonical: str | None = None,
                    media: str | None = None) -> str | None:
    """The publication day of a page that declares none: the date printed next to its headline
    (what a reader takes for it), else the dateline opening its ``text`` ("Karlsruhe,
    (12.11.2021). Traditionell ..."), else a labelled date, else the day its address names
    (:func:`url_day`), else the first publication its scripts' data give the story
    (:func:`_script_published`), else the upload time of the video or audio it plays (``media``:
    a JSON-LD ``VideoObject``'s ``uploadDate``, a video page's only date), else the date of a card linking to the page itself
    (:func:`_own_card_date`), else htmldate's search (not on a page whose text names the
    months of a calendar it cannot tell: :func:`newsspider.extract.calendars.names_unread_calendar`),
    else the day its address writes day first (:func:`day_first_url_day`: a weak source, below what the page
    declares or shows anywhere: a slug's "/09-11-2001-remembered" is its title's day), else, where the page's locale
    leaves the order of a date in numbers open (:func:`_day_order_undecided`: English without a region), the dateline,
    label and htmldate's search that passed over a date reading both ways ("03/05/2024") reading it as before (the
    order is the page's to tell: another source on one of its days comes first, one on neither day gives way to it,
    :func:`_in_printed_order`), else a dateline counting back from ``now`` ("vor 5 Stunden": :func:`_time_ago`; last, as it tells
    the moment to the hour at best, and a page that prints it may print its date elsewhere too);
    none that lies after ``now``, the page's fetch (default: the wall clock; a year of another
    calendar: :func:`newsspider.dates.is_future`), nor one days away from the day the page's address
    names (:func:`_fits_day`: a dateline's event, a labelled update; the address's day is read
    instead). A day, as none finds more. ``canonical``: the
    page's canonical link (:attr:`newsspider.extract.metadata.PageMetadata.canonical`; a date
    linked to it is the page's own). A day alone gives way to ``media``'s time on that day: the page
    printing the day its clip was uploaded."""
    now = now or datetime.now(timezone.utc)
    own = _own_addresses(url, canonical)
    country = cache(partial(_undeclared_country, page, url, canonical))  # once, if a search needs it
    lang = _locale(page.tree.get("lang"))
    day_first = partial(_writes_day_first, page, url, lang, country)
    open_order = cache(partial(_day_order_undecided, page, url, lang))
    passed_over = cache(lambda: open_order() and _shows_open_order(page.body_text()))  # what the last three re-read
    searches = (lambda: _dateline_time(page, title, url, own, country), lambda: _opening_dateline(text),
                lambda: _labelled_date(page, url, own, country), lambda: _address_day(url, canonical),
                lambda: _script_published(page, title, country), lambda: media,
                lambda: _own_card_date(page, url, canonical),
                lambda: _htmldate(tree, url, page, own, canonical, country, open_order),
                lambda: _day_first_address_day(url, canonical, day_first),
                lambda: _dateline_time(page, title, url, own, country, decided=False) if passed_over() else None,
                lambda: _labelled_date(page, url, own, country, decided=False) if passed_over() else None,
                lambda: _htmldate(tree, url, page, own, canonical, country) if passed_over() else None,
                lambda: _time_ago(page, title, url, own, now))
    address = _publication_address_day(url, canonical)
    for search in searches:
        found = search()
        read = parse_timestamp(found) if found else None
        # the printed date the dateline passed over, in the order ``read`` tells, else ``read`` as found
        printed = _in_printed_order(read, page, title, url, own, country) if read and open_order() else None
        for stamp in (printed, read) if printed is not None else (read,):
            if stamp is not None and not is_future(stamp, now) and (address is None or _fits_day(stamp, address)):
                uploaded = parse_timestamp(media) if media and not stamp.has_time else None
                on_day = uploaded is not None and uploaded.complete and _may_fall_on(uploaded, stamp.moment.date())
                return (uploaded if on_day and uploaded is not None else stamp).iso()
    return None


def _time_ago(page: PageElements, title: str | None, url: str | None, own: set[str], now: datetime) -> str | None:
    """The moment a dateline by the headline counts back from ("vor 5 Stunden", "5 hours ago", "3시간 전":
    :func:`newsspider.extract.calendars.dateline_time_ago`: an item of the line, not a sentence's opening), taken from ``now``, the page's fetch (a page is
    served as rendered), to the minute; a count of days gives the day. Read where :func:`_dateline`'s
    texts are, after the headline, then before it, in the page's declared language's CLDR forms too ("saa 2
    zilizopita"); not a teaser's linked or quoted text
    (:func:`_quoted_or_linked`: "vor 3 Stunden" on a list of other stories), nor a caption's."""
    heading = _dateline_heading(page, title)
    if heading is None:
        return None
    for _, _, text, holder, _ in _dateline_texts(heading, with_datetime=False):
        ago = dateline_time_ago(text, _page_language(page)) if text and len(text) <= MAX_DATELINE_CHARS else None
        if ago is not None and not (holder is not None and (_quoted_or_linked(holder, url, own) or _in_figure(holder))):
            moment = (now - ago).astimezone(timezone.utc).replace(second=0, microsecond=0)
            return moment.date().isoformat() if ago.seconds == 0 and ago.days else moment.isoformat()
    return None


def _script_published(page: PageElements, title: str | None, country: Callable[[], str | None]) -> str | None:
    """The first publication the data of the page's scripts (not JSON-LD, read before) give the
    story: a site's app state ("Fusion.globalContent={...,"first_publish_date":"2024-08-28T11:26:02Z",
    "headlines":{"basic":"<headline>"}}", a ``__NEXT_DATA__``) names the story's dates in the object
    that holds its headline, and the other stories' (teasers, related posts) in theirs. A key naming
    a publication, not a later one (:data:`_LATER_PUBLICATION`), in the innermost object around it
    that holds the headline (the page's title or its ``<h1>``'s text) as a string; of those of the
    first script that has any, the earliest (a draft's "created_date" is no publication; a
    "publish_date" may be a republication's). A time written in UTC is on the clock of the page's
    ``country`` (asked for only then) where all its zones put it on one day
    (:func:`newsspider.extract.zones.country_offset`). htmldate's search, which comes after, takes
    the oldest date of the whole page, a teaser's or the draft's."""
    heading = headline_element(page, title)
    names = {single_spaced(name) for name in (title, text_content(heading) if heading is not None else None) if name}
    names.discard("")
    if not names:
        return None
    for script in page.of("script"):
        if "ld+json" in (script.get("type") or "").lower():
            continue
        code = script.text or ""
        keys = [match for match in _PUBLICATION_KEY.finditer(code) if not _LATER_PUBLICATION.search(match["name"])]
        if not keys:
            continue
        objects = _enclosing_objects(code, [key.start() for key in keys])
        dated = [(stamp, around) for key in keys if (around := objects.get(key.start())) is not None
                 and (stamp := parse_timestamp(key["value"])) is not None]
        holding = _holding(code, {around for _, around in dated}, names)
        stamps = [stamp for stamp, around in dated if around in holding]
        if stamps:
            first = min(stamps, key=lambda stamp: stamp.aware)
            offset = country_offset(first.moment, country()) if first.in_utc else None
            return Timestamp(first.moment.astimezone(offset)).iso() if offset else first.iso()
    return None


def _own_card_date(page: PageElements, url: str | None, canonical: str | None) -> str | None:
    """The date printed on a card that links to the page itself: a site's list of its latest
    stories, shown on each of them, carries the page's own teaser with its date ("<li><a
    href=/this-story></a><div>Title</div><p><span>26.01.2022</span>Lead ...</p></li>"), where
    htmldate's search takes the oldest date of the page, another card's (cards without a heading
    are no teasers :func:`newsspider.extract.pagetype.find_teasers` finds). The card: the largest
    block around the link, up to :data:`CARD_LEVELS` elements out, holding no link to another page
    nor an ``<h1>`` (the story under its own linked headline, whose first
    short dated text may be an event's: "<h1><a href=/this-story>...</a></h1><p>Am 12. März 2020
    begann ...</p>"; the story's dateline is read by the dateline searches); its date: the first short text (:data:`MAX_DATELINE_CHARS`) showing
    a day within a dateline's reach (:data:`DATELINE_REACH`) of the card's start, not in a heading
    (a title's "vom 10. Oktober") nor labelled as an event's or a profile's. The page's own address
    with its query ("/?p=959" is one post of a blog, "/?p=960" another); not a link in a comment
    thread or an aside. The first :data:`MAX_OWN_CARDS` such cards are read, each link and each
    block around one checked once: a hostile page links to itself thousands of times."""
    addresses = {_full_address(join_url(url, address)) for address in (url, canonical) if address}
    # a cheap test first: the href holds the last part of one of the page's addresses
    needles = {part for address in (url, canonical) if address for part in (_last_part(address),) if part}
    if not needles:
        return None
    targets: dict[HtmlElement, tuple[str, str]] = {}
    holding: dict[HtmlElement, bool] = {}

    def target(link: HtmlElement) -> tuple[str, str]:  # each link's address joined once
        if link not in targets:
            address = join_url(url, (link.get("href") or "").strip())
            targets[link] = address, _full_address(address)
        return targets[link]

    def links_elsewhere(link: HtmlElement) -> bool:
        """Whether ``link`` goes to another page (not an anchor on the page, a script's or a mail's
        link, nor the archive of a day, month or year)."""
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return False
        address, full = target(link)
        return full not in addresses and not _ARCHIVE_PATH.search(split_url(address).path)

    def no_card(node: HtmlElement) -> bool:  # each block read once, not once per link in it
        if node not in holding:
            holding[node] = next(node.iter("h1"), None) is not None or any(map(links_elsewhere, node.iter("a")))
        return holding[node]

    cards = 0
    for link, href in page.links():
        href = href.strip()
        if not href or not any(needle in href for needle in needles) or target(link)[1] not in addresses or (
                _in_comment_or_aside(link)):
            continue
        card = None
        for node in islice(link.iterancestors(), CARD_LEVELS):
            if node.tag in ("body", "html") or no_card(node):
                break
            card = node
        if card is None:
            continue
        found = _card_date(card)
        if found:
            return found
        cards += 1
        if cards >= MAX_OWN_CARDS:
            break
    return None


def _card_date(card: HtmlElement) -> str | None:
    """:func:`_own_card_date`'s reading of one card: its first short text showing a day, read once."""
    seen = 0
    for text in _CARD_TEXTS(card):
        text = str(text).strip()
        if len(text) <= MAX_DATELINE_CHARS and DAY_NUMBER.search(text):
            reading, kind = _labelled_reading(text, "")
            return day_in_short_text(reading) if kind not in (PROFILE, EVENT) else None
        seen += len(text)
        if seen > DATELINE_REACH:
            break
    return None


def _full_address(address: str) -> str:
    """An address without its scheme, fragment and trailing slash, with its query
    (:func:`newsspider.extract.addresses.address_key` drops the query that names a blog's post)."""
    parts = split_url(address)
    key = address_key(address)
    return f"{key}?{parts.query}" if parts.query else key


def _last_part(address: str) -> str:
    """The last part of an address's path, else its query: what a link to it must hold."""
    parts = split_url(address)
    return parts.path.rstrip("/").rpartition("/")[2] or parts.query


def _holding(code: str, spans: set[tuple[int, int]], names: set[str]) -> set[tuple[int, int]]:
    """The script's objects at ``spans`` that hold one of ``names`` as a string, read as a page
    shows it: JSON's and JavaScript's escapes ("\\u2019", "d\\'Ottawa") and HTML's entities ("14&nbsp;septembre")
    undone, spaces squeezed. Each string is read once at most: objects nest, and reading an
    object's strings again for each object around it is quadratic; an object is read up to the
    first such string (the headline opens the story's data, before its body)."""
    shortest = min(map(len, names), default=0)
    found: list[int] = []  # where the strings showing one of the names start, of the parts read
    read = 0  # the script is read up to here, from the first object on (a part no object needs is skipped)
    holding = set()
    for start, end in sorted(spans):
        at = bisect_left(found, start)
        if at < len(found) and found[at] < end:
            holding.add((start, end))
            continue
        for token in _JSON_TOKEN.finditer(code, max(start, read), end):
            if token[0] not in "{}" and token["open"] is None and len(token[0]) >= shortest and _shows_name(token[0], names):
                found.append(token.start())
                holding.add((start, end))
                read = token.end()
                break
        else:
            read = max(read, end)
    return holding


def _shows_name(string: str, names: set[str]) -> bool:
    """Whether a script's quoted ``string`` reads as one of ``names`` (:func:`_holding`)."""
    text = _ESCAPE.sub(lambda escape: chr(int(escape[1], 16)) if escape[1] else escape[2], string[1:-1])
    return single_spaced(html.unescape(text)) in names


def _enclosing_objects(code: str, positions: list[int]) -> dict[int, tuple[int, int]]:
    """For each of ``positions`` (in order) in a script's JSON or JavaScript, the (start, end) of the
    innermost ``{...}`` around it, braces in strings not counted (an object left open ends with the
    script): one pass over the script's strings and braces."""
    ends: dict[int, int] = {}
    inside: list[tuple[int, int]] = []  # (position, start of its object)
    opened: list[int] = []
    waiting = iter(positions)
    position = next(waiting, None)
    for token in _JSON_TOKEN.finditer(code):
        while position is not None and token.start() >= position:
            if opened:
                inside.append((position, opened[-1]))
            position = next(waiting, None)
        if token[0] == "{":
            opened.append(token.start())
        elif token[0] == "}" and opened:
            ends[opened.pop()] = token.end()
    return {position: (start, ends.get(start, len(code))) for position, start in inside}


def _address_day(url: str | None, canonical: str | None) -> str | None:
    """The day the page's URL, else its canonical link, names (:func:`url_day`): read here, not by
    htmldate, whose reading takes a number opening a slug for a day ("/2023/10/3-fragen-an")."""
    day = url_day(url) or url_day(canonical)
    return day.isoformat() if day else None


def _day_first_address_day(url: str | None, canonical: str | None, day_first: Callable[[], bool | None]) -> str | None:
    """The day the page's URL, else its canonical link, writes day first (:func:`day_first_url_day`; ``day_first``:
    the order the page writes dates in, asked only then)."""
    day = next((found for address in (url, canonical) if (found := day_first_url_day(address, day_first))), None)
    return day.isoformat() if day else None


def day_first_url_day(url: str | None, day_first: Callable[[], bool | None]) -> date | None:
    """The day a URL's path names day first (:data:`_DAY_FIRST_URL_DAY`: "/03-05-2024/" is 3 May), month first
    where ``day_first()`` is False, the page writing dates so ("03-05-2024" on a page in the English of the United
    States is 5 March), or where the day-first reading is none ("04-28-2024"); none where both readings are days
    and ``day_first()`` is None (English without a region: :func:`_writes_day_first`)."""
    match = _DAY_FIRST_URL_DAY.search(split_url(url).path) if url else None
    if match is None:
        return None
    first, _, second, year = match.groups()
    day_first_day = _valid_day(year, second, first)
    month_first_day = _valid_day(year, first, second)
    if day_first_day is not None and month_first_day is not None:
        order = day_first()
        return None if order is None else day_first_day if order else month_first_day
    return day_first_day or month_first_day


def _day_order_undecided(page: PageElements, url: str | None, lang: str) -> bool:
    """Whether the page's locale leaves the order of a date in numbers open: its language (:func:`_writes_day_first`)
    is written both ways in CLDR (English, Spanish) and no country of the page settles it (``<html lang="en">`` on a
    ``.com`` declaring no region): "03/05/2024" there is 3 May or 5 March, and another source dates the page."""
    return (day_order_differs(_written_language(page, lang))
            and _writes_day_first(page, url, lang, lambda: _undeclared_country(page, url, None)) is None)


def _writes_day_first(page: PageElements, url: str | None, lang: str, country: Callable[[], str | None]) -> bool | None:
    """Whether the page writes a date in numbers day first (True), month first (False: the English of the United
    States, :func:`_writes_month_first`), or None where its locale does not tell: its language (``lang``, its
    ``<html lang>``, else the first locale its meta tags declare) as its country (``country()``: its domain's, its
    locale's region) writes it in CLDR (:func:`newsspider.extract.zones.writes_day_first`); a language alone
    whose locales differ (English, Spanish) tells nothing."""
    if _writes_month_first(page, url, lang):
        return False
    return writes_day_first(_written_language(page, lang), country())


def _page_language(page: PageElements) -> str | None:
    """The language the page declares (:func:`_written_language` of its ``<html lang>``), None where it declares
    none: the language whose words for the halves of the day its clocks are read with. Found once per page (the
    date readers ask it of every ``<time>`` and dateline they read)."""
    return page.remembered(_page_language, lambda: _written_language(page, _locale(page.tree.get("lang"))) or None)


def _written_language(page: PageElements, lang: str) -> str:
    """The language a page writes its dates in: its ``<html lang>`` (``lang``), else the first locale its meta
    tags declare, without the region ("en" of "en-GB")."""
    if lang:
        return lang.split("-")[0]
    meta = meta_values(page, _LOCALE_META)
    return next((_locale(locale) for name in _LOCALE_META for locale in meta.get(name, ())), "").split("-")[0]


def _dateline(page: PageElements, title: str | None, url: str | None, own: set[str]) -> str | None:
    """The first date in the few short texts next to the element showing the headline ("Written:
    2023-11-07 15:03", "12. November 2021"), after it, else before it (a meta line above the
    headline: "Par Loïc Le Clerc | 30 septembre 2018"), read by htmldate's parser (all its date
    forms and languages); not a date quoted or linked there (:func:`_quoted_or_linked`: an
    embedded post's, a teaser's), nor a picture's caption's (:func:`_in_figure`), nor a reader comment's under a short post
    (:func:`_in_comment_thread`). htmldate's own search picks the oldest date of the page instead,
    which on a page with teasers is a teaser's. A date with slashes that reads both ways
    ("3/5/2024") is month first on a page in the English of the United States (``lang="en-US"``),
    which htmldate reads day first as most of the world writes it; one of three two-digit numbers
    ("24.03.05") year first on a page in Korean, Japanese or Chinese."""
    return _dateline_reading(page, title, url, own)[0]


def _dateline_time(page: PageElements, title: str | None, url: str | None, own: set[str],
                   country: Callable[[], str | None], *, decided: bool = True) -> str | None:
    """:func:`_dateline`'s day at the clock time its text shows with it ("28.04.2023, 16:15 Uhr",
    "April 28, 2023 6:11 PM": :func:`newsspider.dates.shown_clock`), on the wall clock of the
    country the page is for (``country``, asked for only then) where it has one offset then
    (:func:`_on_wall_clock`; else the time stays as shown, read as UTC): the time the page says it
    appeared. The day alone where the text shows no clock."""
    day, _, reading = _dateline_reading(page, title, url, own, decided=decided)
    return _dateline_at(day, reading, country, _page_language(page)) if day is not None else None


def _in_printed_order(found: Timestamp, page: PageElements, title: str | None, url: str | None, own: set[str],
                      country: Callable[[], str | None]) -> Timestamp | None:
    """The date by the headline that reads both ways (:func:`_read_dateline` passed it over: "03/05/2024 10:15"),
    in the order that puts it on the day ``found`` (another source's date) falls on (:func:`_may_fall_on`: a time
    in UTC on its day in some zone), with the clock it shows; day first where neither order does: a date on
    neither day (one in the story's text, a caption's, a reader's comment) tells no order, and the printed date is
    the page's, as where the locale tells the order. None where ``found`` is a complete time on one of its days (its
    own offset beats a clock shown without one), or the dateline is an update's or reads one way. Another source
    tells the order; the printed date tells the day and the time."""
    day, updated, reading = _dateline_reading(page, title, url, own, decided=False)
    other = _month_first(reading) if day and not updated else None
    if day is None or other is None:
        return None
    on_day = next((printed for printed in (day, other) if _may_fall_on(found, date.fromisoformat(printed[:10]))), None)
    if on_day is not None and found.complete:
        return None
    shown = _dateline_at(on_day or day, reading, country, _page_language(page))
    return parse_timestamp(shown) if shown else None


def _dateline_at(day: str, reading: str, country: Callable[[], str | None], language: str | None) -> str:
    """``day`` at the clock time the dateline's ``reading`` shows with it, on the page country's wall clock
    (:func:`_dateline_time`; ``language``, the page's: :func:`_at_shown_clock`); ``day`` where it shows none, or
    where no country's or language's clock puts the clock on one and it names a zone in words no data resolves
    (:func:`_on_unread_zone`): a wrong instant is worse than none."""
    moment = _at_shown_clock(date.fromisoformat(day[:10]), reading, language)
    if moment is None:
        return day
    if moment.tzinfo is not None:
        return Timestamp(moment).iso()
    stamp = on_shared_zone(Timestamp(moment), reading, country)  # "2:20 PM CST" on a US page: Chicago's clock
    if not stamp.has_offset and names_shared_zone(reading):  # "2:20 PM IST" on a page of neither of its countries
        return day
    stamp = stamp if stamp.has_offset else _on_wall_clock(stamp, country())
    return day if _on_unread_zone(stamp, reading, language) else stamp.iso()


def _on_unread_zone(stamp: Timestamp, reading: str, language: str | None) -> bool:
    """Whether a dateline's clock ``stamp``, on no country's clock (naive: it would be read as UTC), nor on that of the
    countries of the page's ``language``, is followed by words naming its zone that no data resolves
    (:func:`newsspider.dates.names_unread_zone`: "14:20 по московскому времени", "14:20 hora local", "14:20
    (한국시간)" on a page of no country): its instant is that zone's, not UTC's, and unknown."""
    if stamp.has_offset or not language or wall_clock_offset(stamp.moment, page_country([], [language])) is not None:
        return False
    text = _date_clock_text(reading, language)
    return text is not None and names_unread_zone(text, language)


def _clock_with_date(reading: str, day: date, language: str | None = None) -> tuple[int, int, timezone | None] | None:
    """The clock time a dateline's ``reading`` shows with its date (:func:`newsspider.dates.shown_clock`),
    and the offset of the zone it names, if any (:func:`newsspider.dates.zoned_clock`: "6:11 PM EDT"
    on ``day``): written next to it, right after its year ("28.04.2023, 16:15 Uhr", "April 28, 2023
    6:11 PM", "28/04/2023 a las 18:11") or right before its first number ("16:15 Uhr, 28.04.2023",
    "6:11 PM EDT Fri April 28, 2023": the clock's own words, :func:`newsspider.dates.clock_words_end`,
    are none between), nothing between but punctuation and short words (:data:`_BESIDE_DATE`); not a
    time written apart, which is another's ("Livestream ab 12:30 Uhr: Pressekonferenz vom 28.04.2023",
    "28. April 2023 – Heute 20:15 Uhr im TV"), nor one after another date's label that follows it
    ("28.04.2023, aktualisiert am 29.04.2023 um 10:15 Uhr" gives the update's time, not the publication's)."""
    text = _date_clock_text(reading, language)
    return _clock_in(text, day, language) if text is not None else None


def _date_clock_text(reading: str, language: str | None) -> str | None:
    """The part of a dateline's ``reading`` whose first clock time is its date's (:func:`_clock_text` from the
    date's first number); None where it shows no date's number or no clock beside it. Read with the direction marks
    and joiners the page wrote (the tree's text carries stand-ins for them,
    :func:`newsspider.unicode_classes.restore_joiners`): a right-to-left dateline's marks stand beside the comma
    between its date and clock (:data:`_BESIDE_SEPARATORS`)."""
    reading = restore_joiners(reading)
    found = DAY_NUMBER.search(reading)
    return _clock_text(reading, found, language) if found is not None else None


def _clock_in(text: str, day: date, language: str | None) -> tuple[int, int, timezone | None] | None:
    """The (hour, minute) of the first clock time ``text`` shows and the offset of the zone it names on ``day``
    (:func:`newsspider.dates.zoned_clock`), else None for the offset (:func:`newsspider.dates.shown_clock`)."""
    zoned = zoned_clock(text, day, language)
    if zoned is not None:
        return zoned
    clock = shown_clock(text, language)
    return (*clock, None) if clock is not None else None


def _clock_text(reading: str, day: re.Match[str], language: str | None) -> str | None:
    """The part of a dateline's ``reading`` whose first clock time is its date's (:func:`_clock_with_date`),
    ``day`` its date's first number; None where no clock is written beside the date, or the clock
    beside it bounds an event's span (:data:`_SPAN_WORD`, :data:`_SPAN_AFTER`, :data:`_SPAN_BEFORE`). A number
    with a full stop followed by a word that makes it an amount in the page's ``language`` is no clock
    (:func:`newsspider.extract.amounts.follows_amount`: "5.3.2024 2.50 Euro", "1.05 mln zł", "3.10 pkt")."""
    later = [at for kind in (PUBLISHED, UPDATED) for at in labelled_dates(reading, kind) if at > day.start()]
    reading = reading[:min(later, default=len(reading))]
    reading = _without_next_date(reading, day)
    year = YEAR_NUMBER.search(reading, day.start())
    short = (_SHORT_YEAR_DATE.match(reading, day.start())  # "05.03.24 | 15:20": no year of four digits
             or (_SHORT_YEAR_AFTER_NAME.match(reading, day.end()) if year is None and len(day[0]) <= 2 else None))
    end = short.end() if short else year.end() if year is not None and len(day[0]) <= 2 else day.end()
    spaced = next((found for found in _SPACED_YEAR_FIRST.finditer(reading, 0, day.end() + 8)
                   if found.start() <= day.start() < found.end()), None)
    if spaced is not None:
        end = spaced.end()
    elif year is None and not short and len(day[0]) <= 2 and YEAR_NUMBER.search(reading, 0, day.start()):
        named = _WORD_AFTER.match(reading, day.end())  # year first, the month's name after the day's number
        end = named.end() if named is not None else end  # ("2024. gada 5. marts 14:20", Latvian)
    if reading.startswith(".", end) and _clock_beside(reading, _beside_date(reading, end + 1)):
        end += 1  # the full stop closing a date ("2024.03.05. 오후 3:20", "05.03.2024. u 15:20") before its clock
    after = _beside_date(reading, end)
    dotted = _DOT_CLOCK.match(reading, after) if not _CLOCK_TIME.match(
        reading, after) and not _DASH.search(reading, end, after) else None
    if dotted is not None and follows_amount(reading, dotted.end(), language):
        dotted = None
    if dotted is not None:  # "5. mar. 2024 kl. 15.20" read as "15:20"
        reading = f"{reading[:dotted.start()]}{dotted[1]}:{dotted[2]}{reading[dotted.end():]}"
    if reading[after:after + 1].isdigit():
        clock = _CLOCK_TIME.match(reading, after)
        if _SPAN_WORD.search(reading, end, after) or (clock and _SPAN_AFTER.match(reading, clock.end())):
            return None  # an event's span ("ab 19:30 Uhr", "19:30–21:00 Uhr")
        return reading[end:]
    month = _WORD_BEFORE.search(reading, 0, day.start())  # "6:11 PM ET, April 28, 2023"
    begins = month.start() if month is not None else day.start()
    before = list(_CLOCK_TIME.finditer(reading, 0, begins))
    if not before or not _BESIDE_DATE.fullmatch(reading, clock_words_end(reading, before[-1].end()), begins) or (
            _SPAN_WORD.search(reading, before[-1].end(), begins) or _SPAN_BEFORE.search(reading[:before[-1].start()])):
        return None
    start = max(before[-2].end() if len(before) > 1 else 0, before[-1].start() - HALF_DAY_REACH)
    return reading[start:begins]  # with a word for the part of the day before it ("오후 2:20")


def _beside_date(reading: str, end: int) -> int:
    """Where what stands between a date ending at ``end`` of ``reading`` and a clock written with it ends
    (:data:`_BESIDE_DATE`, else :data:`_WORD_BESIDE` where CLDR writes its word so): ``end`` and on."""
    after = _BESIDE_DATE.match(reading, end).end()  # type: ignore[union-attr]  # it matches empty text too
    if reading[after:after + 1].isdigit():
        return after
    word = _WORD_BESIDE.match(reading, end)
    return word.end() if word is not None and word[1].casefold() in _date_time_words() else after


@cache
def _date_time_words() -> frozenset[str]:
    """The words CLDR's date-time patterns write between a date and its clock time, in any language
    (``date_time_words.json``, scripts/cldr_date_time_words.py writes it from Babel's ``datetime_formats`` and
    ``datetime_formats_relative``: Indonesian "{1} 'pukul' {0}", English "{1} 'at' {0}"), case-folded: a word
    longer than :data:`_BESIDE_DATE`'s short ones before a clock is the date's "at" only where CLDR writes it
    so. Any language's, not the page's: a page may declare its CMS's default, and Malay writes Indonesian's "pukul"
    (its CLDR word is "pada"). Shipped rather than read from Babel's data of every language (~0.75 s of CPU a
    process, in every worker that meets such a word)."""
    table = json.loads(Path(__file__).with_name("date_time_words.json").read_text(encoding="utf-8"))
    return frozenset(table["words"])


def _clock_beside(reading: str, start: int) -> bool:
    """Whether a clock time (:data:`_CLOCK_TIME`, :data:`_DOT_CLOCK`) begins at ``start`` of ``reading``."""
    return bool(_CLOCK_TIME.match(reading, start) or _DOT_CLOCK.match(reading, start))


def _dateline_reading(page: PageElements, title: str | None, url: str | None, own: set[str],
                      heading: HtmlElement | None = None, *, decided: bool = True) -> tuple[str | None, bool, str]:
    """:func:`_dateline`'s date, whether it is one labelled as an update's (the page's only
    where no other is near), and the text it was read in; ``heading``: the headline's element when
    the caller has it. Read once per page: the day's, the clock's and the zone's steps ask alike."""
    return page.remembered((_dateline_reading, title, url, frozenset(own), heading, decided),
                           lambda: _read_dateline(page, title, url, own, heading, decided))


def _read_dateline(page: PageElements, title: str | None, url: str | None, own: set[str],
                   heading: HtmlElement | None, decided: bool) -> tuple[str | None, bool, str]:
    """:func:`_dateline_reading`, read. A date in numbers that reads both ways ("03/05/2024") where the page's locale
    leaves the order open (:func:`_day_order_undecided`) is passed over unless not ``decided`` (the last resort of a
    page nothing else dates: read day first, as most of the world writes it)."""
    heading = heading if heading is not None else _dateline_heading(page, title)
    if heading is None:
        return None, False, ""
    story = _story_blocks(heading)
    lang = _locale(page.tree.get("lang"))
    month_first, year_first = _writes_month_first(page, url, lang), lang.split("-")[0] in _YEAR_FIRST_LANGUAGES
    undecided = cache(partial(_day_order_undecided, page, url, lang) if decided else bool)  # asked only then
    updated = None  # the first date labelled as an update, the page's date only where no other is near
    updated_text = ""
    previous = ""  # the text before (after the headline), the label of the next one's date ("<b>Registriert:</b>")
    previous_line: HtmlElement | None = None  # the line it is in (:func:`_labels_from_before`)
    texts = _dateline_texts(heading, with_datetime=True)
    for after, element, text, holder, attribute in texts:
        if text and len(text) <= dateline_chars(text, MAX_DATELINE_CHARS) and (
                DAY_NUMBER.search(text) or names_day_in_words(text)) and not (
                holder is not None and (_quoted_or_linked(holder, url, own) or _in_figure(holder)
                                        or _in_other_card(holder, heading, story, url, own)
                                        or _in_comment_thread(holder, story) or _in_masthead(holder, heading))):
            label = previous if after and _labels_from_before(previous, previous_line, holder) else ""
            if attribute:  # a <time>'s text labels its datetime ("<time datetime=...>Aktualisiert: 11.04.")
                label = f"{label} {_own_label(element)}"
            reading, kind = _labelled_reading(text, label)
            if kind is None and holder is not None and _classed_update(holder):
                kind = UPDATED  # <time class="updated">, <span class="updated"> beside <span class="published">
            found = (None if kind in (PROFILE, EVENT) or (kind == UPDATED and updated)  # only the first update's
                     else (month_first and _month_first(reading)) or (year_first and _short_year_first(reading))
                     or _decided_day(reading, undecided))
            if found and kind is None and holder is not None and _in_dated_list(holder, story):
                found = None  # an item's of a list: a sidebar's latest, a reader's comment
            if found and kind is None and updated and found[:10] > updated[:10]:
                found = None  # after the update's day: no publication of the page updated then
            if found and kind == UPDATED and not attribute and holder is not None:
                earlier = _earlier_field_day(holder, found, url, own, undecided)
                if earlier is not None:  # the line's first date is its update's
                    return earlier[0], False, earlier[1]
            if found and kind != UPDATED:  # (the walk goes on after an update's: no text of it is read ahead)
                if attribute:
                    return found, False, _with_own_zone(reading, found, element, texts, _page_language(page))
                if holder is not None and _CLOCK_ENDS.search(reading) is None:  # a clock in markup of its own?
                    ahead = list(islice(texts, CLOCK_TEXT_REACH + ZONE_TEXT_REACH))
                    reading, used = _with_clock_after(reading, found, holder, ahead, _page_language(page))
                    texts = iter(ahead[used:])
                return found, False, _with_zone_after(reading, texts)
            if found and not updated:
                updated, updated_text = found, reading
        if not attribute and text:  # a <time>'s text shares the label of its datetime
            previous, previous_line = text, (_line_of(holder) if holder is not None else None)
    return updated, updated is not None, updated_text


def _earlier_field_day(holder: HtmlElement, found: str, url: str | None, own: set[str],
                        open_order: Callable[[], bool]) -> tuple[str, str] | None:
    """The day, and the field reading it, of a later field of the short line of fields holding a
    dateline's first date ``found``, labelled as an update's (``holder``'s line, :func:`_line_of`; fields are its
    texts and the parts between item separators, :data:`_FIELD_BREAK`), that names an earlier day, not labelled
    as an update's, a profile's or an event's: a page is published before it is updated, so of two days a line
    by its headline shows, the earlier plain one is the publication ("Updated: 25 January 2026 · 3 January 2026
    15:33", "Zaktualizowano: 12 marca 2024 | 5 marca 2024"). Only after a label the lists
    (:mod:`newsspider.extract.date_labels`) know as an update's: a word and a colon no list names is as often a
    page's own date's ("Datum:", "Fecha:", "日期：", "Udgivet:", "Vydáno:"), whose line's plain earlier day is
    something else's (a print edition's, a match's, a photo's). Not a sentence's line (a story's opening
    dateline: longer than :data:`FIELD_LINE_CHARS`), nor a linked or quoted date in it (another page's)."""
    pieces = [(row, text) for row, text, node in _line_texts(_line_of(holder))
              if node.tag not in HEADING_TAGS and not _quoted_or_linked(node, url, own)]
    if sum(len(text) for _, text in pieces) > FIELD_LINE_CHARS:
        return None
    rows = [(row, field.strip()) for row, text in pieces for field in _FIELD_BREAK.split(text) if field.strip()]
    first = next((index for index, (_, field) in enumerate(rows)
                  if DAY_NUMBER.search(field) and _decided_day(field, open_order) == found[:10]), None)
    if first is None:
        return None
    fields = [field for row, field in rows[first + 1:] if row == rows[first][0]]  # the date's own row's, after it
    label = ""
    for field in fields:
        day = _decided_day(field, open_order) if _is_date_field(field) else None
        kind = _labelled_reading(field, label)[1] if day else None
        if day and day < found[:10] and (kind == PUBLISHED or (
                kind is None and not _FIELD_LABEL.search(_before_number(field)))):
            return day, field
        label = field
    return None


def _is_date_field(field: str) -> bool:
    """Whether a line's ``field`` shows a date alone, as a dateline does: short (:data:`DATE_FIELD_CHARS`), no span
    ("28.02. – 03.03.2024", an event's days), and before its first number nothing but a month's CLDR name
    (:func:`newsspider.extract.calendars.is_month_name`: "March 5, 2024") after a word a comma sets off (a
    weekday's: "Dienstag, 5. März 2024", "Tue., Nov. 19"); not a phrase naming a date ("Closed since 12 October
    2023", "geboren 01.02.1940", "県は2025年10月28日に")."""
    number = _NUMBER.search(field)
    if number is None or len(field) > DATE_FIELD_CHARS or _SPAN_MARK.search(field) is not None:
        return False
    if _SIGN_BEFORE.search(field, 0, number.start()) is not None:
        return False  # a death's, a birth's, a photo's day ("† 15.04.2026", "* 01.01.1940", "📷 13.04.2026")
    *opening, last = _FIELD_COMMA.split(field[:number.start()])
    if not (all(len(_WORDS.findall(part)) <= 1 for part in opening)
            and all(is_month_name(word) for word in _WORDS.findall(last))):
        return False
    digits = list(_NUMBER.finditer(field))
    end = digits[-1].end()
    clock = list(_CLOCK_TIME.finditer(field))
    if clock and clock[-1].end() == end:
        end = clock_words_end(field, end)  # "14:20 Uhr", "6:11 PM EDT"
    return len(field[end:].strip(" .")) <= DATE_MARK_CHARS  # "2024年3月5日", "6時19分": no phrase after ("から閉鎖")


def _before_number(text: str) -> str:
    """``text`` before its first number."""
    number = _NUMBER.search(text)
    return text[:number.start()] if number is not None else text


def _line_texts(line: HtmlElement) -> Iterator[tuple[int, str, HtmlElement]]:
    """The texts shown in ``line``, each with its row (the rows a ``<br>`` breaks the line into: a
    row's fields are one dateline's, the next row may be a sentence) and the element holding it."""
    row = 0
    for element in line.iter():
        if not isinstance(element.tag, str):
            continue
        row += element.tag == "br"
        if element.text and element.text.strip() and element.tag not in _UNSHOWN:
            yield row, element.text, element
        if element is not line and element.tail and element.tail.strip():
            parent = element.getparent()
            yield row, element.tail, parent if parent is not None else line


def _with_own_zone(value: str, found: str, element: HtmlElement,
                   texts: Iterator[tuple[bool, HtmlElement, str, HtmlElement | None, bool]], language: str | None) -> str:
    """A ``<time>``'s ``datetime`` ``value`` written without an offset (its day ``found``), as its own text (the
    walk's next of ``texts``) shows it, where that is the same clock (``<time
    datetime="2024-03-05T14:20">Selasa, 05 Mar 2024 14.20 WIB</time>``: the zone the text names is read, 14:20
    +07:00), or the same day and a clock with a zone read for it where the value is the day alone: HTML's
    ``datetime`` is the machine's copy of the text, and the text says which clock it is on. The value as it was
    else (another day or clock, a value with its offset, a day's value beside a clock on no zone: "2:20" may be
    the afternoon's)."""
    if _OFFSET_ENDS.search(value) is not None:
        return value
    own = next(texts, None)
    if own is None or own[1] is not element or own[4] or not own[2]:
        return value
    clock = _clock_with_date(own[2], date.fromisoformat(found[:10]), language)
    written = _VALUE_CLOCK.search(value)
    if clock is None or (clock[2] is None if written is None else (int(written[1]), int(written[2])) != clock[:2]):
        return value
    if written is None and _decided_day(own[2], bool) != found[:10]:  # read (htmldate's parser) only then
        return value
    return own[2]


def _with_clock_after(reading: str, found: str, holder: HtmlElement,
                      ahead: list[tuple[bool, HtmlElement, str, HtmlElement | None, bool]],
                      language: str | None) -> tuple[str, int]:
    """A dateline's ``reading`` (its date ``found``, its text in ``holder``) with the clock time the page sets in
    markup of its own in the same line (``5. März 2024, <b>21:20</b> Uhr``, ``March 5, 2024 21:<b>20</b>``,
    ``<span>5 March 2024</span> <span>14:20</span>``), and how many of ``ahead`` (the walk's next texts) it
    joined: the rest of the line, as one text shows it (a zone named after the clock: "<b>14:20</b> به وقت تهران");
    as it was and 0 where its date shows a clock already or the texts joined show none beside it. Only texts of
    phrasing elements (:data:`_PHRASING`) in the date's line (the same block as its text) are joined: a block's
    text is another line (a video's duration, a teaser); and none from one that opens with a label of its own, before
    a number is joined (:func:`_labels_its_own_item`: "<span>视频 03:45</span>", "<span>Akt. 16:45</span>")."""
    day = date.fromisoformat(found[:10])
    if _clock_with_date(reading, day, language) is not None:
        return reading, 0
    line = _line_of(holder)
    joined, used, pieces, numbered = reading, 0, 0, False
    for index, (_, _, text, text_holder, attribute) in enumerate(ahead):
        if attribute or not text:
            continue
        if text_holder is None or _line_of(text_holder) is not line or pieces == CLOCK_TEXT_REACH:
            break
        if not numbered and _labels_its_own_item(text):
            break
        numbered = numbered or _NUMBER.search(text) is not None
        glue = "" if joined.endswith(":") or text.startswith(":") else " "
        joined, used, pieces = f"{joined}{glue}{text}", index + 1, pieces + 1
    return (joined, used) if used and _clock_with_date(joined, day, language) is not None else (reading, 0)


def _labels_its_own_item(text: str) -> bool:
    """Whether a text set in markup of its own after a dateline's date opens with a word that is no word CLDR's
    date-time patterns write before a clock (:func:`_date_time_words`: "um", "at", "pukul", "ساعت") nor a half of
    the day (:func:`newsspider.dates.is_half_day_before`: "오후", "下午"): a label of another item of the line, whose
    number is its own ("视频 03:45", a video's length; "更新于 16:45", an update's clock; "Live 3:45"). Read where the
    line's text is split in elements only: there each item is set apart, where :data:`_BESIDE_DATE` reads one text's
    short words as it always has."""
    label = _OPENING_WORD.match(text)
    return label is not None and not is_half_day_before(label[1]) and label[1].casefold() not in _date_time_words()


def _line_of(element: HtmlElement) -> HtmlElement:
    """The nearest element around ``element`` (itself included) that is no phrasing element (:data:`_PHRASING`):
    the block whose text is one line with it."""
    while element.tag in _PHRASING and element.getparent() is not None:
        element = element.getparent()
    return element


def _with_zone_after(reading: str, texts: Iterator[tuple[bool, HtmlElement, str, HtmlElement | None, bool]]) -> str:
    """A dateline's ``reading`` with the zone the next text of ``texts`` (:func:`_dateline_texts`, the walk it was
    found in) names alone (:func:`newsspider.dates.zone_alone`: "<span>March 5, 2024 10:15</span> | <span>CET</span>"),
    where the reading ends with a clock time that names none: a page sets the zone in an element of its own; as it was
    else."""
    if _CLOCK_ENDS.search(reading) is None:
        return reading
    following = next((text for _, _, text, _, attribute in islice(texts, ZONE_TEXT_REACH)
                      if text and not attribute and not _SEPARATOR_ALONE.fullmatch(text)), "")
    zone = zone_alone(following)
    return f"{reading} {zone}" if zone else reading


def _locale(value: str | None) -> str:
    """A locale as BCP 47 writes it, in lower case ("en_US" -> "en-us")."""
    return (value or "").strip().replace("_", "-").lower()


def _writes_month_first(page: PageElements, url: str | None, lang: str) -> bool:
    """Whether the page is in the English of the United States, which writes a date with slashes
    month first ("3/5/2024" is 5 March): its ``<html lang>`` (``lang``) says so, or, where that names
    English without a region, the first locale with a region its meta tags declare does
    (``og:locale`` "en_US", else ``<meta http-equiv="content-language" content="en-US">``). A region
    declared beside another language is a template's default, not the page's, as is one beside an
    address of another country (:func:`newsspider.extract.zones.page_country`: "en_US" is ``og:locale``'s
    default, on a ``.co.uk`` page too)."""
    if lang != "en":
        return lang == "en-us"
    meta = meta_values(page, _LOCALE_META)
    locales = [locale for name in _LOCALE_META for locale in map(_locale, meta.get(name, ())) if locale.startswith("en-")]
    return locales[:1] == ["en-us"] and page_country([url], ["en-us"]) == "US"


def _dateline_heading(page: PageElements, title: str | None) -> HtmlElement | None:
    """The heading a dateline is printed by: the headline's element, else the ``<h1>`` of the
    page's ``<article>`` (:func:`_article_heading`)."""
    heading = headline_element(page, title, matching=True)
    return heading if heading is not None else _article_heading(page)


def _dateline_texts(heading: HtmlElement, *, with_datetime: bool
                    ) -> Iterator[tuple[bool, HtmlElement, str, HtmlElement | None, bool]]:
    """The texts around ``heading`` a dateline may be, after it, then before it, each as (whether
    after it, its element, the text stripped (maybe empty), the element holding it, whether it is
    a ``<time>``'s ``datetime``: given ``with_datetime``), within a dateline's reach on each side
    (:data:`DATELINE_REACH` characters, :data:`DATELINE_ELEMENTS` elements showing text). A
    script's or style's text is code, its tail the page's."""
    before, after = neighbours(heading, DATELINE_WALK, DATELINE_WALK)
    for elements in (after, before):
        seen = texts = 0
        for element in elements:
            shown = element.tag not in _UNSHOWN
            pieces = (((element.get("datetime"), element, True),) if with_datetime else ()) + (
                (element.text if shown else None, element, False), (element.tail, element.getparent(), False))
            for text, holder, attribute in pieces:
                text = (text or "").strip()
                yield elements is after, element, text, holder, attribute
                seen += len(text)
            texts += bool((element.text or "").strip() or (element.tail or "").strip())
            if seen > DATELINE_REACH or texts >= DATELINE_ELEMENTS:
                break


def _article_heading(page: PageElements) -> HtmlElement | None:
    """The page's one ``<h1>`` where it is inside an ``<article>`` (not in a comment or aside): the
    story's headline where it reads otherwise than the title the page declares (NZZ's ``<h1>`` "Der
    Nervenkrieg um den Brexit geht in die nächste Runde", its ``og:title`` "Brexit: Nervenkrieg geht
    in nächste Runde"); a logo's ``<h1>`` is in the site's header, outside the story."""
    headings = page.of("h1")
    if len(headings) != 1:
        return None
    heading = headings[0]
    inside = any(node.tag == "article" for node in heading.iterancestors())
    return heading if inside and not _in_comment_or_aside(heading) else None


def _own_label(element: HtmlElement) -> str:
    """The text of ``element`` before its first number, short of a dateline's length: the label
    a ``<time>`` shows with its date ("Aktualisiert: 11.04.2020, 10:27"), which its
    ``datetime``, read before its text, shares."""
    own = text_content(element)[:MAX_DATELINE_CHARS]
    number = _NUMBER.search(own)
    return single_spaced(own[:number.start() if number else len(own)])


def _labelled_reading(text: str, previous: str) -> tuple[str, str | None]:
    """The part of a dateline ``text`` to read and the kind of its date's label
    (:mod:`newsspider.extract.date_labels`), in ``text`` before the date's first number or ending the
    ``previous`` text, a weekday's or month's name between ("Updated: <span>Monday, May 15, 2023</span>",
    :func:`newsspider.extract.date_labels.label_before`): where a text labels an update first and its publication after ("Aktualisiert:
    11.04.2020, veröffentlicht: 03.04.2020"), the publication's part."""
    number = _NUMBER.search(text)
    day = number.start() if number else 0
    kind = label_before(text, day) or label_before(f"{previous} {text[:day]}")
    if kind == UPDATED:
        published = labelled_dates(text, PUBLISHED)
        if published:
            return text[published[0]:], PUBLISHED
    return text, kind


def _labels_from_before(previous: str, previous_line: HtmlElement | None, holder: HtmlElement | None) -> bool:
    """Whether the ``previous`` text of a dateline's walk may label the date in the next text (its ``holder``):
    where it is in the same line (``previous_line``, :func:`_line_of`: "Von Max Muster, aktualisiert am
    <span>Mittwoch, 3. Mai 2023</span>") or a field's label of its own (:func:`newsspider.extract.date_labels.field_dates`:
    "<div>Updated</div>", "Jane Doe | Updated:"); a sentence of another block ending in the word (a standfirst's "Der
    Liveblog wird laufend aktualisiert") labels no date after it, nor a link's text that does not hold the date (a
    category's "<a href='/updates'>Update</a>", the name of another page)."""
    if previous_line is not None and previous_line.tag == "a" and previous_line.get("href") is not None and (
            holder is None or previous_line not in (holder, *holder.iterancestors())):
        return False
    if previous_line is None or holder is None or _line_of(holder) is previous_line:
        return True
    kind = label_before(previous)
    return kind is None or bool(field_dates([previous.strip()], kind, MAX_DATELINE_CHARS))


def _labelled_date(page: PageElements, url: str | None, own: set[str], country: Callable[[], str | None],
                   *, decided: bool = True) -> str | None:
    """The first date the page labels as its publication's ("Veröffentlicht: 03.04.2020", "Published
    on March 5, 2024"), else as its last update's ("Letzte Änderung: 14.01.2022"), anywhere in its
    text, a label starting a short text (:func:`newsspider.extract.date_labels.field_dates`; not one
    in a sentence, "first published on 3 March 2019 in The Lancet"): what the page says its date is,
    where htmldate's search takes the oldest date it finds (a caption's "Datensatz vom 09.03.2016").
    At the clock time written beside the date ("Giriş: 3 Temmuz 2024, 18:24": :func:`_dateline_at`, on
    the wall clock of the page's ``country``, asked for only then), as a dateline's is read; the day
    alone where none is.
    Not in scripts (an ad slot's "/* Erstellt 29.08.08 */"), nor in other content
    (:func:`_other_content`: a sidebar's list of popular posts labels each one's date). A date in numbers reading
    both ways where the page's locale leaves the order open is passed over unless not ``decided``
    (:func:`_read_dateline`)."""
    open_order = cache(partial(_day_order_undecided, page, url, _locale(page.tree.get("lang"))) if decided else bool)
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
            reading = text[start:start + MAX_DATELINE_CHARS]
            found = _decided_day(reading, open_order)
            if found and kind == UPDATED and holder is not None:
                found = _date_before(nodes, index, holder, open_order, country, _page_language(page)) or found
            elif found:
                found = _dateline_at(found, reading, country, _page_language(page))
            if found:
                return found
    return None


def _date_before(nodes: list[Any], index: int, holder: HtmlElement, open_order: Callable[[], bool],
                 country: Callable[[], str | None], language: str | None) -> str | None:
    """The date the texts before ``nodes[index]`` (an update's label ending in it) print in the
    block holding it, within a dateline's length: a page prints its publication first ("June 12,
    2020 9:49 am / Updated: Aug. 18, 2020"); not a caption's above it. At the clock time written
    beside it (:func:`_dateline_at`, on ``country``'s wall clock)."""
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
    day = _decided_day(before, open_order) if DAY_NUMBER.search(before) else None
    return _dateline_at(day, before, country, language) if day else None


def _decided_day(text: str, open_order: Callable[[], bool]) -> str | None:
    """The day a short text names (:func:`day_in_short_text`), None where it is a date in numbers that reads both
    ways ("03/05/2024") and ``open_order()``: the page's locale leaves the order open (:func:`_day_order_undecided`)."""
    return None if _month_first(text) and open_order() else day_in_short_text(text)


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


def _shows_open_order(text: str) -> bool:
    """Whether ``text`` shows a date with slashes that reads both ways (:func:`_month_first`), one the searches of a
    page whose locale leaves the order open passed over (:func:`undeclared_date` reads it then, and only then)."""
    return any(_month_first(match[0]) for match in _SLASHED_DAY.finditer(text))


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
    date labelled as an update's or another's ("Article mis à jour le 7 janvier 2020."), nor a list's:
    a first line that is a list's item ("- Other story 13.09.2020", as trafilatura writes one) or
    is followed by a line dated alike (a list of other stories' dated lines)."""
    lines = [line.strip() for line in islice((line for line in text.splitlines() if line.strip()), 2)]
    if not lines or lines[0].startswith(LIST_ITEM) or (len(lines) > 1 and _opening_date(lines[1]) is not None):
        return None
    return _opening_date(lines[0])


def _opening_date(first: str) -> str | None:
    """:func:`_opening_dateline`'s reading of one line."""
    match = DAY_NUMBER.search(first, 0, OPENING_DATELINE_CHARS)
    if match is None or (match.start() and _LETTER.match(first, match.start() - 1)):
        return None
    end = match.end()
    if len(match[0]) <= 2:  # a day's number alone: the year follows the month's name ("24 de septiembre de 2020")
        year = YEAR_NUMBER.search(first, match.end(), match.end() + OPENING_DATELINE_CHARS)
        if year is None:
            return None
        end = year.end()
    if not _DATELINE_END.match(first, end) or label_before(first, match.start()) in (UPDATED, PROFILE, EVENT):
        return None
    return day_in_short_text(first[:end])


def day_in_short_text(text: str) -> str | None:
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
    2024م"); failing all that, from a Gregorian month's name in any CLDR language
    (:func:`newsspider.extract.calendars.month_name_day`: Mongolian "2023 оны дөрөвдүгээр сарын 28"). The text is
    read with the zero-width joiners the page wrote (a month's name may hold one: Malayalam "ഒക്‌ടോബർ"), not the
    stand-ins the page's tree carries them as (:func:`newsspider.unicode_classes.restore_joiners`)."""
    text = restore_joiners(text)
    written = printed_day(text)
    if written:
        return written.isoformat()
    if names_unread_calendar(text):
        return None
    first = DAY_NUMBER.search(text)
    text = _without_next_date(text, first) if first is not None else text
    days = list(islice(DAY_NUMBER.finditer(text), DATELINE_DAY_NUMBERS))
    year = YEAR_NUMBER.search(text, days[0].end()) if days else None
    # in ASCII digits first: htmldate's parser reads other scripts' slashed digits month first ("٥/٣/٢٠٢٤")
    readings = [unify_digits(text[:year.end()]), text[:year.end()]] if year else []
    readings.append(text)
    for day in days:
        year = YEAR_NUMBER.search(text, day.end())
        if year is None:
            readings += _year_first_readings(text, day)
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
                return _new_year_named(reading, found)
    named = month_name_day(text) if days else None  # a month's name in a language htmldate does not know
    return named.isoformat() if named else None


def _new_year_named(reading: str, found: str) -> str:
    """htmldate's day ``found`` in ``reading``, unless it is a 1st of January where a CLDR month's name or number in
    that same reading reads the 1st of another month of that year, or another day of January
    (:func:`newsspider.extract.calendars.month_name_day`): htmldate reads Mongolian "2024 оны 10-р сарын 1" without its
    month's number, "2024 оны 1-р сарын 15" without its day's, and makes what it read the 1st of January; they are the
    1st of October and the 15th of January (the part htmldate read agrees with them). Only the reading htmldate read:
    a date it read whole ("01.01.2024") is not another month's 1st the text writes after it ("01.01.2024 | 1 марта",
    "1/1/2024 — 1 Feb"), nor another January day: a reading that writes a 1 besides a numbered month's
    (:data:`_LONE_ONE`: "2024.01.01 | 15 января обновлено", year first, is read whole) keeps htmldate's 1st."""
    if not found.endswith("-01-01"):
        return found
    named = month_name_day(reading)
    if named is None or named.isoformat()[:4] != found[:4]:
        return found
    return named.isoformat() if named.day == 1 or (
        named.month == 1 and len(_LONE_ONE.findall(unify_digits(reading))) <= 1) else found


# A 1 written as a number of its own, not a clock's ("01:30"): a January 1st htmldate read whole writes two (its day's
# and its month's, "2024.01.01"); "2024 оны 1-р сарын 15" writes one, its numbered month's (:func:`_new_year_named`).
_LONE_ONE = re.compile(r"(?<![\d:])0?1(?![\d:])")


def _without_next_date(text: str, day: re.Match[str]) -> str:
    """``text`` up to the year after ``day``'s number where the date it is of wrote its year first
    (:data:`_YEAR_BEFORE_DAY`: "2023. április 28. 10:00 (frissítve: 2023. május 15. 12:00)") and that year
    is not one the day's number reads with (:data:`_OWN_YEAR_GAP`): it starts another date, whose day and
    clock are not this one's; ``text`` else."""
    if not _YEAR_BEFORE_DAY.search(text, 0, day.start()):
        return text
    later = YEAR_NUMBER.search(text, day.end())
    if later is None or _OWN_YEAR_GAP.fullmatch(text, day.end(), later.start()):
        return text  # a date of its own day first ("Jahrgang 2023 28. April 2023, 10:00 Uhr")
    return text[:later.start()]


def _year_first_readings(text: str, day: re.Match[str]) -> list[str]:
    """A date whose year comes first, with words between ("2023 m. balandžio 28 d.", Lithuanian;
    "2023. gada 28. aprīlis", Latvian), as the day, its month's name and the year, the order
    htmldate's parser reads in every language it knows ("28 balandžio 2023"): the name after the
    day's number, else before it."""
    years = list(YEAR_NUMBER.finditer(text, 0, day.start()))
    if not years:
        return []
    year = years[-1]
    after = _WORD_AFTER.match(text, day.end())
    before = _WORD_BEFORE.search(text, year.end(), day.start())
    return [unify_digits(f"{day[0]} {month[1] if month.re is _WORD_AFTER else month[0].rstrip(' .')} {year[0]}")
            for month in (after, before) if month is not None]


def warm_up() -> None:
    """Read a date only htmldate's last resort reads (dateparser: "Nov." with its dot) now: its
    parser built and its English data loaded, ~0.1 s of CPU, paid once in the workers' zygote
    (:mod:`newsspider.worker_process`), not by the first such date of each worker."""
    _htmldate_find(WARM_UP_DATE)


def _htmldate_day(text: str) -> str | None:
    """The day htmldate's parser reads in a short text. A text that is a date alone with a month's
    name (:func:`newsspider.extract.calendars.date_alone`: "Nov. 19, 2019", "24 сентября 2018") is
    read without it, where htmldate would read the same day (from :data:`HTMLDATE_EARLIEST` to
    today): htmldate hands such a text to dateparser, whose first date in each language costs
    6-106 ms of CPU in a process (its language's data loaded)."""
    alone = date_alone(text)
    if alone is not None and HTMLDATE_EARLIEST <= alone <= date.today():
        return alone.isoformat()
    return _htmldate_find(text)


def _htmldate_find(text: str) -> str | None:
    """The day htmldate's parser reads in a short text. htmldate makes a year it finds alone
    ("G7-Präsidentschaft 2022", "Sept. 8, 2020" in a form it does not read) the 1st of January:
    a 1st of January counts only where the text shows a day 1. None, without asking htmldate, for a
    text whose digits, a clock time's aside, are too few for a day and its year (:data:`DATE_DIGITS`:
    "Updated Nov 19, 9:41 AM;"): htmldate hands such a text to dateparser, which tries each of its
    locales (~1 s of CPU) and, parsing strictly, finds no day in any. Nor a 1st of January where the
    text's day 1 is another day (:func:`_other_day_one`)."""
    if sum(map(str.isdigit, _CLOCK_TIME.sub(" ", text))) < DATE_DIGITS:
        return None
    try:
        from htmldate import find_date

        found = find_date(f"<html><body><p>{html.escape(text)}</p></body></html>", extensive_search=True,
                          original_date=True)
    except Exception:  # htmldate bugs on odd text must not cost the article
        logger.debug("htmldate failed on %r", text, exc_info=True)
        return None
    if found and found.endswith("-01-01") and (not _DAY_ONE.search(text) or _other_day_one(text, found)):
        return None
    return found


def _other_day_one(text: str, found: str) -> bool:
    """Whether the day 1 ``text`` shows, read from its number to the year after it, is another day than
    the 1st of January htmldate ``found`` in the whole text: the year alone of "Opublikowano: 1
    listopada 2023", whose label htmldate does not know ("1 listopada 2023" is the 1st of November)."""
    one = _DAY_ONE.search(text)
    year = YEAR_NUMBER.search(text, one.end()) if one is not None and one.start() else None
    if one is None or year is None:
        return False
    again = _htmldate_day(text[one.start():year.end()])
    return again is not None and again != found


def _htmldate(tree: HtmlElement, url: str | None, page: PageElements, own: set[str],
              canonical: str | None, country: Callable[[], str | None],
              open_order: Callable[[], bool] = bool) -> str | None:
    """htmldate's quick search (header, date elements; not the URL, read before: :func:`_address_day`),
    and its extensive one (text patterns) only when the quick one finds nothing. On the tuning pages of htmldate-dev and fundus-dev that
    declare no date, this finds what the extensive search alone finds (73 of 85 right, the quick
    one alone 60) at a quarter of its CPU (the extensive search costs ~33 ms a page, the quick
    one ~2 ms). The search reads the page without the ``<time>`` elements of its comments,
    navigation, asides, quoted posts and teasers (:func:`_other_content`), nor other stories'
    teaser cards (:func:`_teaser`), nor the blocks of headings that link to other stories
    (:func:`newsspider.extract.pagetype.find_teasers`: "<h3><a href=...>Headline</a></h3><span>Jul
    27, 2020</span>", not one holding an ``<h1>``), nor the items of a list of dated links
    (:func:`_dated_link_item`: a "latest" list without headings): they date other posts, and htmldate's search,
    which takes the oldest date, takes a related post's; a page whose only dates are in such blocks
    (a campaign's or a section's page) is searched with them, as it is dated by its entries.
    htmldate reads ``<time>`` elements before text. (Without the site's footer too,
    htmldate's search reads deeper where a copyright's year in it stopped it, and on pages of the
    article-extraction benchmark finds wrong days where it found none.)
    None on a page whose text names the months of a calendar htmldate cannot tell
    (:func:`newsspider.extract.calendars.names_unread_calendar`). A day it reads off a time
    written in UTC is its readers' day (:func:`_readers_day_of`; ``country``: the page's). Where ``open_order()`` (the
    page's locale leaves the order of a date in numbers open: :func:`_day_order_undecided`), the search reads no date
    in numbers that reads both ways ("03/05/2024"), which its parser takes day first."""
    others = [element for element in page.of("time") if _other_content(element, url, own)]
    others += [link for link in page.of("a") if _teaser(link, url, own)]
    cards = [teaser.element for teaser in find_teasers(tree, url, canonical, page) if teaser.element is not None
             and next(teaser.element.iter("h1"), None) is None and DAY_NUMBER.search(teaser.block)]
    dated: dict[HtmlElement, tuple[HtmlElement, ...]] = {}  # an item's children showing a date, read once
    cards += [item for link in page.of("a") if (item := _dated_link_item(link, url, own, dated)) is not None]
    others += _asides(tree)
    others += [header for header in _mastheads(tree) if _shown_days(header, 1)]
    others += [footer for footer in _BODY_FOOTERS(tree) if _body_footer(footer) and _shown_days(footer, 1)]
    for dropped in ((others + cards, others) if cards else (others,)):
        found = _htmldate_search(tree, url, page, dropped, country, open_order)
        if found:
            return found
    return None


def _asides(tree: HtmlElement) -> list[HtmlElement]:
    """The page's asides and navigation (``<aside>``, ``<nav>``, an element of ARIA's role of either:
    :data:`_ASIDE_ROLES`) that list dated items: they show the dates of more than one day
    (:func:`_shown_days`: a sidebar's dated notices set between the headline and the text, in
    ``<time>`` or not), and hold no ``<h1>`` (one that does is the layout around the story); the
    outermost of them. An aside showing one day may be the story's own line of fields (a post's
    "<aside class=post-info>17.11.19 Abgelegt in: ...")."""
    found: list[HtmlElement] = []
    for element in _ASIDE_ELEMENTS(tree):  # in page order: an outer one before those it holds
        if (next(element.iter("h1"), None) is None and not any(ancestor in found for ancestor in element.iterancestors())
                and _shown_days(element, ASIDE_LIST_DAYS) >= ASIDE_LIST_DAYS):
            found.append(element)
    return found


def _shown_days(element: HtmlElement, enough: int) -> int:
    """How many different days ``element``'s short texts show (:func:`_short_day_text` read by
    :func:`day_in_short_text`), counted up to ``enough``."""
    days: set[str] = set()
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag not in _UNSHOWN and (text := _short_day_text(node)):
            day = day_in_short_text(text)
            if day:
                days.add(day[:10])
                if len(days) >= enough:
                    break
    return len(days)


def _htmldate_search(tree: HtmlElement, url: str | None, page: PageElements, dropped: list[HtmlElement],
                     country: Callable[[], str | None], open_order: Callable[[], bool] = bool) -> str | None:
    """:func:`_htmldate`'s search of the page without the ``dropped`` elements."""
    try:
        if dropped:
            tree, copies = _copy_with(tree, dropped)
            for element in dict.fromkeys(chain.from_iterable(copies)):  # an element dropped once
                element.drop_tree()
        text = page.body_text() if tree is page.tree else body_text(tree)  # of the page htmldate reads, once
        if names_unread_calendar(text):
            return None
        written = _days_in_other_forms(tree, open_order)
        addresses = _numbers_in_addresses(tree)
        if written or addresses:
            if tree is page.tree:
                tree, copies = _copy_with(tree, [element for element, _, _ in (*written, *addresses)])
                written, addresses = ([(copy, attribute, shown) for (_, attribute, shown), found in zip(
                    edits, copies[start:start + len(edits)], strict=True) for copy in found]
                    for edits, start in ((written, 0), (addresses, len(written))))
            for element, attribute, shown in written:
                setattr(element, attribute, shown)
            for element, attribute, shown in addresses:
                element.set(attribute, shown)
        from htmldate import find_date

        # url="": the address is read before (:func:`_address_day`); None would make htmldate read the canonical link's
        found = (find_date(tree, url="", extensive_search=False, original_date=True)
                 or find_date(tree, url="", extensive_search=True, original_date=True))
    except Exception:  # htmldate bugs on odd pages must not cost the article
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    source = cache(partial(_html_source, tree))  # the searched page's HTML, written out once for both readings
    if found and found.endswith("-01-01") and not _shows_new_year(source, url, found[:4], text):
        return None
    return _readers_day_of(found, source, country()) if found else None


def _copy_with(tree: HtmlElement, elements: list[HtmlElement]) -> tuple[HtmlElement, list[list[HtmlElement]]]:
    """A deep copy of ``tree`` (the page's, which later searches read unchanged) and, for each of
    ``elements`` (of ``tree``), its twin in the copy (none for one outside ``tree``): the copy holds the
    same nodes in the same order, so one walk of both pairs them, whatever a tag spells (``<g:plusone>``,
    whose prefix an XPath path cannot name) and however many links a page has (a path per element is
    compiled and walked from the root: seconds on a page of thousands of links)."""
    copy = deepcopy(tree)
    twins = dict(zip(tree.iter(), copy.iter(), strict=True))
    return copy, [[twins[element]] if element in twins else [] for element in elements]


def _days_in_other_forms(tree: HtmlElement, open_order: Callable[[], bool] = bool) -> list[tuple[HtmlElement, str, str]]:
    """The short texts of ``tree`` (a dateline's length, :data:`MAX_DATELINE_CHARS`) that print a day
    in a form htmldate's search does not read, or reads wrong: in digits of another script or with 年/년 (Persian
    "۴ ژوئن ۲۰۱۲", Thai "๒๘ เมษายน ๒๕๖๐", "2015年8月25日" without a time), day first with spaces ("5. 3. 2024"), read by
    :func:`newsspider.extract.calendars.printed_day`, else by a Gregorian month's name in any CLDR
    language (:func:`newsspider.extract.calendars.month_name_day`), as is a day a month's name prints
    with a year of four digits (:data:`_NAMED_MONTH_FORM`: "6 korrik 2018") that htmldate's own patterns
    do not name (:func:`_htmldate_months`), unless labelled as an event's or a profile's; or that print a software's version
    which it reads as a day (:func:`_without_versions`: "WordPress 4.8.12", 4 August 2012); as (element,
    "text" or "tail", the text :func:`_htmldate_search` shows htmldate instead: the day in ISO 8601, the
    text without the version), where htmldate else takes a date in Latin digits elsewhere on the page,
    or the version; or, where ``open_order()``, that print a date in numbers reading both ways ("03/05/2024"), shown
    without it. Not a script's or style's code."""
    found = []
    software = _software_names(tree)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in ("text", "tail"):
            if attribute == "text" and element.tag in _UNSHOWN:
                continue
            text = getattr(element, attribute)
            if text and len(text) <= MAX_DATELINE_CHARS and _OTHER_DAY_FORM.search(text):
                day = printed_day(text) or month_name_day(text) or _slashed_in_script_digits(text)
                if day is not None:
                    found.append((element, attribute, f" {day.isoformat()} "))
                    continue
            elif (text and len(text) <= MAX_DATELINE_CHARS and _NAMED_MONTH_FORM.search(text)
                  and not _htmldate_months().intersection(_WORDS.findall(text.casefold()))):
                # "6 korrik 2018", "13. jaanuar 2014", Levantine "7 آب 2013": names htmldate does not know
                day = printed_day(text) or month_name_day(text)
                if day is not None and _labelled_reading(text, "")[1] not in (EVENT, PROFILE):  # not an event's
                    found.append((element, attribute, f" {day.isoformat()} "))
                    continue
            if text and len(text) <= MAX_DATELINE_CHARS and _month_first(text) and open_order():
                found.append((element, attribute, _SLASHED_DAY.sub(" ", text)))
                continue
            if text and len(text) <= MAX_DATELINE_CHARS and _VERSION.search(text):
                linked = element if attribute == "text" else element.getparent()
                shown = _without_versions(text, software | _linked_site_names(linked))
                if shown != text:
                    found.append((element, attribute, shown))
    return found


@cache
def _htmldate_months() -> frozenset[str]:
    """The month names htmldate's own text patterns read (English, French, German, Indonesian, Turkish;
    ``htmldate.extractors.MONTH_NUMBERS``, casefolded; none where a release has no such table): a text
    naming one is left to htmldate as printed, which weighs it among the page's other dates as it does
    (an event's "February 21, 2020" shown in ISO 8601 would outrank the publication's "27.11.2019")."""
    try:
        from htmldate.extractors import MONTH_NUMBERS
    except ImportError:
        return frozenset()
    return frozenset(name.casefold() for name in MONTH_NUMBERS)


def _numbers_in_addresses(tree: HtmlElement) -> list[tuple[HtmlElement, str, str]]:
    """The addresses in ``tree``'s attributes (links, pictures, the canonical link, ``og:url``: :data:`_ADDRESS_VALUE`)
    that hold a number outside a date's shape (:func:`_address_without_numbers`), as (element, attribute, the address
    without those numbers): htmldate's search reads every address in the page's HTML and takes a slug's numbers for a
    day ("/top-10-2023-films" 1 October 2023, "/g20-11-2022-summit" 20 November 2022, "/world-cup-2026/" a year)."""
    found = []
    for value in _SLASHED_ATTRIBUTES(tree):
        if _ADDRESS_VALUE.fullmatch(value) and _DIGITS.search(value):
            shown = _address_without_numbers(value)
            if shown != value:
                found.append((value.getparent(), value.attrname, shown))
    return found


def _address_without_numbers(address: str) -> str:
    """``address`` without the numbers that are no date's: a date is year, month and day joined by one mark, or as
    eight digits, or day and month (either order) before the year (:data:`_ADDRESS_DATE`), a valid day standing
    apart from a word ("/2023/05/12/", "/20230512/", "/03-05-2024-story"; not "/g20-11-2022-summit", nor a count
    after a year, "/2024-10-things-to-do"), or a month's archive directories ("/2010/12")."""
    parts = []
    last = 0
    for match in _ADDRESS_DATE.finditer(address):
        if _address_date(match):
            parts += [_DIGITS.sub("", address[last:match.start()]), match[0]]
            last = match.end()
    return "".join([*parts, _DIGITS.sub("", address[last:])])


def _address_date(match: re.Match[str]) -> bool:
    """Whether :data:`_ADDRESS_DATE`'s ``match`` reads as a day (the 31st of April does not)."""
    (year, _, month, day, compact_year, compact_month, compact_day, first, _, second, last_year, archive_year,
     archive_month) = match.groups()
    if year:
        return _valid_day(year, month, day) is not None
    if compact_year:
        return _valid_day(compact_year, compact_month, compact_day) is not None
    if archive_year:
        return _valid_day(archive_year, archive_month, "1") is not None
    return _valid_day(last_year, second, first) is not None or _valid_day(last_year, first, second) is not None


def _slashed_in_script_digits(text: str) -> date | None:
    """The day a text prints with slashes in another script's digits ("٥/٣/٢٠٢٤", "५/३/२०२४"), day first as
    the ASCII one reads where the page does not write month first (United States English, which prints
    ASCII digits): htmldate's search reads it month first (3 May)."""
    match = _SLASHED_DAY.search(unify_digits(text)) if _SCRIPT_DIGIT.search(text) else None
    readings = slashed_readings(match[0]) if match is not None else []
    return readings[0].moment.date() if readings else None  # slashed_readings: day first, then month first


def _software_names(tree: HtmlElement) -> set[str]:
    """The names of the software the page declares it is made with (``<meta name="generator"
    content="WordPress 4.8.12">``, "Drupal 7 (http://drupal.org)"), in lower case."""
    return {name.lower() for meta in _GENERATOR_META(tree) for name in _NAME.findall(meta.get("content") or "")[:1]}


def _linked_site_names(element: HtmlElement | None) -> set[str]:
    """The labels of the host ``element`` links to, where it is a link ("https://wordpress.org/" ->
    {"wordpress", "org"}): a link to a software's site names it."""
    href = element.get("href") if element is not None and element.tag == "a" else None
    return set((split_url(href).hostname or "").lower().split(".")) if href else set()


def _without_versions(text: str, names: set[str]) -> str:
    """``text`` without the version numbers (:data:`_VERSION`) written after one of ``names``."""
    return _VERSION.sub(lambda match: match[1] if match[2].lower() in names else match[0], text)


def _html_source(tree: HtmlElement) -> str:
    """``tree`` written out as HTML: where :func:`_shows_new_year` and :func:`_readers_day_of` look
    for the found day as the page's source writes it (in a script's data too)."""
    return etree.tostring(tree, encoding="unicode")


def _undeclared_country(page: PageElements, url: str | None, canonical: str | None) -> str | None:
    """The country the page is for (:func:`_page_country`), from its addresses and the locales its
    meta tags and ``<html lang>`` declare."""
    return _page_country(page, url, meta_values(page, _COUNTRY_META), canonical)


def _readers_day_of(day: str, source: Callable[[], str], country: str | None) -> str:
    """The day htmldate's search found, ``day``, on the wall clock of the page's readers where the
    page writes that day only as times in UTC ("metaFirstPublishedDate":"2020-05-02T02:54:29Z" in
    a script of abc7ny.com): htmldate reads such a time as its UTC day, which in New York was the
    1st. The earliest of those times (htmldate's search wants the first publication) in the offset
    of the country the page is for, where all its zones put it on one day
    (:func:`newsspider.extract.zones.country_offset`); else, or where the page writes the day
    otherwise too ("2020-05-02" alone, "2020-05-02T08:00:00+02:00"), the day as found. ``source``:
    the searched page's HTML (:func:`_html_source`), written out only where there is a country."""
    if country is None:
        return day
    html_source = source()
    local: list[date] = []
    for start in _standing_alone(html_source, day):
        clock = _UTC_CLOCK.match(html_source, start + len(day))
        stamp = parse_timestamp(html_source[start:clock.end()]) if clock else None
        offset = country_offset(stamp.moment, country) if stamp is not None and stamp.in_utc else None
        if stamp is None or offset is None:
            return day
        local.append(stamp.moment.astimezone(offset).date())
    return min(local).isoformat() if local else day


def _standing_alone(text: str, number: str) -> Iterator[int]:
    """Where ``number`` stands in ``text`` with no digit right before or after it (``str.isdecimal``,
    what ``\\d`` matches), left to right, not overlapping: the starts of ``re``'s matches of
    ``(?<!\\d)number(?!\\d)``, found by ``str.find``: a pattern opening with a look-behind is tried at
    every character (1.8 ms in a page's 180,000 characters of HTML, 0.06 here)."""
    start = text.find(number)
    while start >= 0:
        end = start + len(number)
        if (start == 0 or not text[start - 1].isdecimal()) and (end == len(text) or not text[end].isdecimal()):
            yield start
            start = text.find(number, end)
        else:
            start = text.find(number, start + 1)


def _teaser(link: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``link`` is another story's teaser card with its date: a link to another page
    (:func:`_quoted_or_linked`) around a heading and a date ("<a><h3>Headline</h3><span>13 Mar
    2024</span></a>"), whose day htmldate's search may take for the page's. A date linked without
    a heading is not one: a profile's "am 20.09.2020", a dateline linked to the day's archive."""
    return (next(link.iter(*HEADING_TAGS[1:]), None) is not None  # a heading below the page's own
            and DAY_NUMBER.search(" ".join(link.itertext())) is not None and _quoted_or_linked(link, url, own))


def _shows_new_year(source: Callable[[], str], url: str | None, year: str, text: str) -> bool:
    """Whether the page writes the 1st of January of ``year``: htmldate makes a year it finds alone
    (a copyright line, a JSON-LD date in a form it does not read: "2024年3月5日 14:20") the 1st of
    January. Numbers ("2024-01-01", "01.01.2024") in the URL or the HTML, or a day 1 within a few
    characters of the year in the page's ``text`` (:func:`newsspider.extract.elements.body_text`:
    "1 January 2024", "1. Januar 2024", "2024年1月1日"). ``source``: the page's HTML (:func:`_html_source`)."""
    numbers = re.compile(rf"(?<!\d)(?:{year}[-/.]0?1[-/.]0?1|0?1[-/.]0?1[-/.]{year})(?!\d)")
    if numbers.search(url or "") or numbers.search(source()):
        return True
    return any(_DAY_ONE.search(text, max(0, start - NEW_YEAR_REACH), start + len(year) + NEW_YEAR_REACH)
               for start in _standing_alone(text, year))


def _comment_or_aside(element: HtmlElement) -> bool:
    """Navigation, an aside or a comment thread (an article's own footer carries its date): a
    ``class`` or ``id`` naming comments in English or the languages sites name them in
    (:data:`_COMMENT_MARKS`). An element with ARIA's role of navigation or of an aside
    (``role="navigation"``, ``role="complementary"``: a ``<div>`` a site's sidebar is built of) is one."""
    return element.tag in ("nav", "aside") or element.get("role") in _ASIDE_ROLES or _named_comments(element)


def _named_comments(element: HtmlElement) -> bool:
    """Whether ``element``'s ``class`` or ``id`` names comments (:data:`_COMMENT_MARKS`)."""
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(mark in marks for mark in _COMMENT_MARKS)


def _in_comment_thread(element: HtmlElement, story: frozenset[HtmlElement]) -> bool:
    """Whether ``element`` is inside a block named for comments (:func:`_named_comments`) that does
    not hold the story's heading (``story``: :func:`_story_blocks`): a reader's comment under a short
    post, within a dateline's reach of its headline; a story its site sets in a box named "Kommentar"
    (an opinion piece) holds its own heading and dateline."""
    for node in (element, *element.iterancestors()):
        if node in story:
            return False
        if _named_comments(node):
            return True
    return False


def _in_comment_or_aside(element: HtmlElement, seen: dict[HtmlElement, bool] | None = None) -> bool:
    """Whether ``element`` is, or is inside, :func:`_comment_or_aside`'s elements. ``seen``: the
    answers for the elements and ancestors asked about before (each element's ancestors read once
    where thousands of elements nested hundreds of blocks deep are asked about)."""
    if seen is None:
        return any(map(_comment_or_aside, (element, *element.iterancestors())))
    path: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None and node not in seen:
        path.append(node)
        node = node.getparent()
    found = node is not None and seen[node]
    for node in reversed(path):
        found = found or _comment_or_aside(node)
        seen[node] = found
    return found


def _in_site_footer(element: HtmlElement) -> bool:
    """Whether ``element`` is in a ``<footer>`` outside every ``<article>`` of a page that holds one:
    the site's footer, whose dates are its notices' ("User Agreement (updated 5/25/18)", a
    copyright's year); an article's own footer carries its date, and without an ``<article>`` a
    footer may be a post's."""
    chain = (element, *element.iterancestors())
    if not any(node.tag == "footer" for node in chain) or any(node.tag == "article" for node in chain):
        return False
    return next(chain[-1].iter("article"), None) is not None or any(map(_body_footer, chain))


def _in_masthead(element: HtmlElement, heading: HtmlElement | None) -> bool:
    """Whether ``element`` is in the site's masthead (:func:`_masthead`) that does not hold the story's
    ``heading`` (a page setting its headline in the page's header dates it there)."""
    for node in (element, *element.iterancestors()):
        if node.tag == "header" or node.get("role") == "banner":
            return _masthead(node) and not (heading is not None and any(
                ancestor is node for ancestor in heading.iterancestors()))
    return False


def _mastheads(tree: HtmlElement) -> list[HtmlElement]:
    """The site's mastheads (:func:`_masthead`) holding no ``<h1>``: the page's header around its logo."""
    return [element for element in _HEADERS(tree) if _masthead(element) and next(element.iter("h1"), None) is None
            and not any(ancestor.tag == "header" or ancestor.get("role") == "banner" for ancestor in element.iterancestors())]


def _masthead(element: HtmlElement) -> bool:
    """Whether ``element``, a ``<header>`` or an element of ARIA's role ``banner``, is the page's own: in no
    article, section, aside, navigation or ``<main>`` (HTML: a header is its nearest sectioning
    ancestor's, here the body's). The date a site prints there is the day it is read (newspapers print
    today's by their logo), not the story's."""
    return not any(ancestor.tag in _SECTIONING for ancestor in element.iterancestors())


def _body_footer(element: HtmlElement) -> bool:
    """Whether ``element`` is a ``<footer>`` of ``<body>`` itself, its child: the page's footer (HTML: a footer
    is its nearest sectioning ancestor's, here the body's), whose dates are the site's notices' on a page
    holding no ``<article>`` too; a post's footer is inside the post's block. Not where the body holds
    the story's paragraphs itself (a hand-written post: the body is the post's only block)."""
    parent = element.getparent()
    return (element.tag == "footer" and parent is not None and parent.tag == "body"
            and next(parent.iterchildren("p"), None) is None)


def _in_figure(element: HtmlElement) -> bool:
    """Whether ``element`` is in a picture's ``<figure>`` or caption: a date there is the picture's
    ("... near a checkpoint in the West Bank on October 11, 2023.")."""
    return any(node.tag in ("figure", "figcaption") for node in (element, *element.iterancestors()))


def _other_content(element: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``element`` dates something other than the story: it is in a comment thread,
    navigation or an aside (:func:`_in_comment_or_aside`), the site's footer
    (:func:`_in_site_footer`) or a picture's caption (:func:`_in_figure`), or quoted or linked
    (:func:`_quoted_or_linked`)."""
    return (_in_comment_or_aside(element) or _in_site_footer(element) or _in_figure(element)
            or _quoted_or_linked(element, url, own))


def _quoted_or_linked(element: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``element`` is, or is inside, a quotation (``<blockquote>``: an embedded tweet's or
    Instagram post's date is that post's) or a link to another page (a teaser's date is its
    article's). Not a link to the page itself (a blog's permalink around a post's own date:
    ``own``, the :func:`address_key` of the page's addresses, :func:`_own_addresses`) nor to the
    archive of a day, month or year (``/date/2017/05/29/``: blogs link a post's date to the posts
    of its day)."""
    for node in (element, *element.iterancestors()):
        if node.tag == "blockquote":
            return True
        if node.tag == "a":
            href = (node.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:", "mailto:")) and (
                    address_key(address := join_url(url, href)) not in own
                    and not _ARCHIVE_PATH.search(split_url(address).path)):
                return True
    return False


def _story_blocks(heading: HtmlElement | None) -> frozenset[HtmlElement]:
    """The story's ``heading`` and the blocks around it: a card or list item holding them is the story's own."""
    return frozenset((heading, *heading.iterancestors())) if heading is not None else frozenset()


def _in_other_card(element: HtmlElement, heading: HtmlElement | None, story: frozenset[HtmlElement], url: str | None,
                   own: set[str]) -> bool:
    """Whether ``element`` is in another story's card in a list of them: the largest block around it
    holding one heading (``<h2>`` to ``<h6>``; not the story's ``heading``, nor a block holding it)
    that links to another page (:func:`_quoted_or_linked`), beside another such heading of the block
    around it, which does not hold the story's heading either ("<div><div><a><h3>Other story</h3></a><span>01.03.2024</span></div><div><h3><a>...").
    A list of other stories (a sidebar's latest, a related box) gives each its date beside its link,
    not in it; the date nearest the headline may be the last card's. A single linked heading beside
    a date is no list of stories (an author's box by the headline: "<h4><a href=/authors/jane>").
    ``story``: :func:`_story_blocks` of ``heading``."""
    card = card_heading = None
    for node in (element, *element.iterancestors()):
        if node in story:
            break
        headings = list(islice(node.iter(*_CARD_HEADINGS), 2))
        if len(headings) > 1:
            break
        if headings:
            card, card_heading = node, headings[0]
    if card is None or card_heading is None or not _links_elsewhere(card_heading, url, own):
        return False
    around = card.getparent()
    return around is not None and around not in story and any(
        other is not card_heading and other is not heading and _links_elsewhere(other, url, own)
        for other in islice(around.iter(*_CARD_HEADINGS), MAX_CARD_HEADINGS))


def _in_dated_list(element: HtmlElement, story: frozenset[HtmlElement]) -> bool:
    """Whether ``element`` is in one item of a list of dated items: a block (:data:`_BLOCKS`) a few
    elements out (:data:`LIST_ITEM_LEVELS`), not holding the story's heading (``story``:
    :func:`_story_blocks`), beside a block of its tag and class (within :data:`LIST_SIBLINGS`: another item of the list, not a box of another
    kind) that shows a date of its own in a short text (:func:`_shows_date`). A list's dates are its items': a sidebar's "latest" (each a link to another
    story and its date, no heading), an aside's dated notices, readers' comments (each a name and a
    date) right by a short post's headline; the story's own dateline stands alone, whatever its
    class or its box is named (a "Kommentar" is a story). Asked of unlabelled dates only, and no
    list whose other items label theirs (:func:`_labels_own_date`): the story's "Published: ..." or
    unlabelled date beside its "Updated: ..." are a list of its own dates."""
    for node in islice((element, *element.iterancestors()), LIST_ITEM_LEVELS):
        if node in story:
            return False
        dated = [other for preceding in (False, True)
                 for other in islice(node.itersiblings(node.tag, preceding=preceding), LIST_SIBLINGS)
                 if other.get("class") == node.get("class") and _shows_date(other, element)] if node.tag in _BLOCKS else []
        if dated:
            return not any(_labels_own_date(other) for other in dated)
    return False


def _labels_own_date(item: HtmlElement) -> bool:
    """Whether ``item``'s text labels a publication or an update ("Updated 08:47, 3 NOV 2023"): a
    list of the story's own dates (its publication's unlabelled beside its update's), not of others'."""
    text = " ".join(islice(item.itertext(), DATELINE_ELEMENTS))
    return any(labelled_dates(text, kind) for kind in (PUBLISHED, UPDATED))


def _dated_link_item(link: HtmlElement, url: str | None, own: set[str],
                     dated_children: dict[HtmlElement, tuple[HtmlElement, ...]]) -> HtmlElement | None:
    """The item of a list of dated links ``link`` stands in, if it is one: its parent block
    (:data:`_BLOCKS`, not holding an ``<h1>``), which holds beside it an element showing a date in
    a short text, or the date as the text after the link, beside an item of its tag and class (within :data:`LIST_SIBLINGS`) that holds a
    link and dates itself alike (:func:`_shows_date`), the link to another page
    (:func:`_quoted_or_linked`): a "latest" list without headings ("<li><a href=...>Other story</a>
    <span>12.02.2024</span></li>"), whose oldest date htmldate's search would take. The cheap tests first:
    a page has hundreds of links, few beside a date. ``dated_children``: each item's first two children
    showing a date (:func:`_dated_children`), found once for the links an item holds."""
    item = link.getparent()
    if item is None or item.tag not in _BLOCKS:
        return None
    tail = (link.tail or "").strip()
    if tail and len(tail) <= MAX_DATELINE_CHARS and DAY_NUMBER.search(tail):
        dated = item  # the date is the item's own text, after the link ("<li><a>...</a> 12.02.2024</li>")
    elif len(item) < 2:  # the link alone in its block: most links
        return None
    else:
        if item not in dated_children:
            dated_children[item] = _dated_children(item)
        dated = next((child for child in dated_children[item] if child is not link), None)
    if dated is None or not day_in_short_text(_short_day_text(dated)) or next(item.iter("h1"), None) is not None:
        return None
    alike = any(other.get("class") == item.get("class") and next(other.iter("a"), None) is not None
                and _shows_date(other, dated) for preceding in (False, True)
                for other in islice(item.itersiblings(item.tag, preceding=preceding), LIST_SIBLINGS))
    return item if alike and _quoted_or_linked(link, url, own) else None


def _dated_children(item: HtmlElement) -> tuple[HtmlElement, ...]:
    """The first two element children of ``item`` whose short text holds a day's number
    (:func:`_short_day_text`): the first of them that is not a given link is what
    :func:`_dated_link_item` reads, whichever of the item's links asks, so a block of many links
    is read once, not once a link."""
    return tuple(islice((child for child in item if isinstance(child.tag, str) and _short_day_text(child)), 2))


def _shows_date(item: HtmlElement, like: HtmlElement) -> bool:
    """Whether ``item`` shows a date in a short text of its own (a dateline's length at most,
    :data:`MAX_DATELINE_CHARS`, within :data:`DATELINE_ELEMENTS` elements) held by an element of the
    tag and class of ``like``, the element holding the date asked about: an item of the list dates
    itself where the others do (not a layout's row beside another row with some date in it, nor a
    paragraph of the story mentioning one)."""
    for node in islice(item.iter(like.tag), DATELINE_ELEMENTS):
        if node.get("class") == like.get("class") and (text := _short_day_text(node)) and day_in_short_text(text):
            return True
    return False


def _short_day_text(node: HtmlElement) -> str:
    """The first of ``node``'s own texts (its text, the tails of its first :data:`DATELINE_ELEMENTS`
    children: "<li><a>Other story</a> 12.02.2024</li>"), stripped, that is a dateline's length at most
    (:data:`MAX_DATELINE_CHARS`) and holds a day's number (what a date needs before htmldate's parser is
    asked); else ""."""
    for piece in (node.text, *(child.tail for child in islice(node, DATELINE_ELEMENTS))):
        text = (piece or "").strip()
        if text and len(text) <= MAX_DATELINE_CHARS and DAY_NUMBER.search(text):
            return text
    return ""


def _links_elsewhere(heading: HtmlElement, url: str | None, own: set[str]) -> bool:
    """Whether ``heading`` is in a link to another page, or holds one (:func:`_quoted_or_linked`)."""
    return _quoted_or_linked(heading, url, own) or any(
        _quoted_or_linked(link, url, own) for link in heading.iter("a") if link is not heading)


def _own_addresses(url: str | None, canonical: str | None) -> set[str]:
    """The :func:`address_key` of the page's own addresses: its URL and its canonical link
    (:attr:`newsspider.extract.metadata.PageMetadata.canonical`)."""
    return {address_key(join_url(url, address)) for address in (url, canonical) if address}
