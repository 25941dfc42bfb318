"""The headline a reader sees, chosen among the titles a page declares (JSON-LD, ``og:title`` and
the other title meta tags, ``<title>``) by the one its ``<h1>`` shows, and cleaned of what the
declared titles add around it: the site's or a section's name, a tagline, a kicker in brackets,
a place after a comma. Also the element showing the headline (:func:`headline_element`), by
which bylines and datelines are found, and the key two renderings of one title share
(:func:`title_key`).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache, partial
from itertools import accumulate, chain

from lxml import etree
from lxml.html import HtmlElement

from newsspider.extract.addresses import address_key, join_url, split_url
from newsspider.extract.bylines import name_key
from newsspider.extract.calendars import DAY_NUMBER, YEAR_NUMBER
from newsspider.extract.cleaning.patterns import available_languages, load_patterns
from newsspider.extract.elements import (
    COPYRIGHT_MARKS,
    HEADING_TAGS,
    PAGE_TAGS,
    PageElements,
    hidden_from_sight,
    seen_text,
    sighted_text,
    single_spaced,
    without_spaces,
)
from newsspider.extract.jsonld import JsonLdArticle
from newsspider.extract.language import letter_script
from newsspider.extract.meta_tags import first_meta_of
from newsspider.extract.navigation import class_words, in_navigation
from newsspider.extract.repair import readable
from newsspider.unicode_classes import (
    BRAHMIC_RANGES,
    DIRECTION_MARKS,
    FORMAT_CATEGORY,
    alnum_only,
    char_class,
    is_cased,
    is_unspaced,
)
from newsspider.urls import HOME_PAGE_PATHS, host_key, is_home_page, registered_domain, within_host

_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "title")
# Where a site states its own name: its footers and copyright lines outside the article and its
# pictures (whose credits name others) (:func:`_stated_names`).
# Classes and ids are read through the elements' attribute axis here: libxml2 then visits elements
# only and tests only the attributes present (``//*[contains(@class, ...)]`` converts a missing one
# for every element). "footer" holds no space: no match spans a class and an id.
_FOOTERS = etree.XPath("(/descendant::footer"
                       " | /descendant::*/@class[contains(translate(., 'FOTER', 'foter'), 'footer')]/.."
                       " | /descendant::*/@id[contains(translate(., 'FOTER', 'foter'), 'footer')]/..)"
                       "[not(ancestor-or-self::article or ancestor::figure)]")
# The marks a <title> joins its parts with ("Headline | Site", "Headline ― Site", "見出し｜サイト"), each
# between spaces: the dashes of every script (Unicode's dash punctuation but the wave dashes, which
# set off a Japanese subtitle), the bars, bullets and pointers. A colon is not one ("Ukraine: ..." is
# part of a headline). The bars of CJK titles set parts off without spaces ("丨", U+4E28, a radical
# no modern headline writes as a word, is the bar of Chinese titles: "专题丨...").
_DASHES = "-֊־‐‑‒–—―⸺⸻﹘﹣－"
_MARKS = "|¦│┃∣•·∙‧◆■●★☆♦►▶▸→⇒‹«<›»>~*⋆⁄"
_UNSPACED_BARS = "|｜︱／丨"
# Of those marks, the ones that are also quotation marks, each with the mark that closes a quotation
# it opens: French spaces its guillemets ("Macron : « Nous sommes en guerre »"), German opens with »
# ("»Wir schaffen das«"), Korean and Chinese quote a work's title in angle brackets ("영화 <기생충>").
_QUOTE_CLOSERS = {"«": "»", "»": "«", "‹": "›", "›": "‹", "<": ">"}
_QUOTE_MARK = re.compile(f"[{re.escape(''.join(_QUOTE_CLOSERS))}]")
# What a paired quotation mark is read as when separators are looked for: a quotation mark that no
# separator holds.
_QUOTE_MASK = '"'


def quotes_masked(text: str) -> str:
    """``text`` with each quotation mark that pairs with a closing one after it (:data:`_QUOTE_CLOSERS`:
    "« ... »", "» ... «", "< ... >") read as a plain quotation mark, of one character as it: the pair
    quotes the headline's words, and neither of its marks separates parts of a title. A mark that
    pairs with none still does ("Post « Blog", "Blog » Section » Post")."""
    if not _QUOTE_MARK.search(text):
        return text
    chars = list(text)
    opened: dict[str, int] = {}  # a closing mark awaited -> where its opening mark is
    for match in _QUOTE_MARK.finditer(text):
        mark, position = match[0], match.start()
        if mark in opened:
            chars[opened.pop(mark)] = chars[position] = _QUOTE_MASK
        else:
            opened.setdefault(_QUOTE_CLOSERS[mark], position)
    return "".join(chars)


class QuoteAwareSeparator:
    """A separator pattern that does not match at a pair of quotation marks (:func:`quotes_masked`):
    its matches' positions and texts are the title's own (a masked mark is in none of them)."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.pattern = pattern

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A separator at ``pos``, as ``re.Pattern.match``."""
        return self.regex.match(quotes_masked(text), pos)

    def search(self, text: str) -> re.Match[str] | None:
        """The first separator, as ``re.Pattern.search``."""
        return self.regex.search(quotes_masked(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The separators in order, as ``re.Pattern.finditer``."""
        return self.regex.finditer(quotes_masked(text))

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        """The parts of ``text`` between separators (as ``re.split`` of a pattern without groups)."""
        parts, start = [], 0
        for count, match in enumerate(self.finditer(text)):
            if maxsplit and count >= maxsplit:
                break
            parts.append(text[start:match.start()])
            start = match.end()
        return [*parts, text[start:]]


# (" -- " is a dash as a typewriter writes one.)
TITLE_SEPARATOR = QuoteAwareSeparator(
    rf"\s+[{re.escape(_MARKS + _DASHES)}]\s+|\s+--\s+|\s+::\s+|\s*[{re.escape(_UNSPACED_BARS)}]\s*")
# (A dash sets off a kicker, the headline's own: "Rückbau von Atomkraftwerk - Kühltürme gesprengt".)
PREFIX_PART_SEPARATOR = QuoteAwareSeparator(
    rf"\s+[{re.escape(_MARKS)}]\s+|\s+::\s+|\s*[{re.escape(_UNSPACED_BARS)}]\s*")
_PREFIX_SEPARATOR = QuoteAwareSeparator(rf"(?:{PREFIX_PART_SEPARATOR.pattern})$")
_SEPARATOR_CHARS = f" {_MARKS}{_DASHES}{_UNSPACED_BARS}:"
# The direction marks (LRM, RLM, ALM), and a run of spaces and separators holding one: a mark beside a
# separator orders it among the parts of two scripts ("כותרת\u200f | Site"), the separator's, not the headline's.
_MARKED_SEPARATOR = re.compile(rf"[\s{DIRECTION_MARKS}]*[{re.escape(_MARKS + _DASHES + _UNSPACED_BARS)}]+[\s{DIRECTION_MARKS}]*")
_DIRECTION_MARK = re.compile(f"[{DIRECTION_MARKS}]")
# What a pictograph (an emoji) is written with besides symbols: the variation selector that asks for
# its emoji form (U+FE0F) and the joiner of a sequence (U+200D) (:func:`_undecorated`).
_PICTOGRAPH_PARTS = "\ufe0f\u200d"
# The bars a template sets between a title's parts, never a sentence's first or last mark: one at the title's
# edge sets off a part the template left empty ("| Headline", "Headline | " where no site name was filled in;
# :func:`_without_empty_parts`). A space sets it apart: a bar joined to a word is the word's (a click, `|x|`);
# the fullwidth bars of unspaced scripts carry their own space.
_EDGE_BARS = "|¦│┃∣｜︱"
# The guillemets WordPress's wp_title() sets before or after the headline by default ("» Headline"), read so
# only in a title holding no other guillemet and spaced from the text: one that quotes ("»Wir schaffen das«",
# "« Oui »", Swedish "»Nej»") is the headline's own.
_EDGE_POINTERS = "»›"
_GUILLEMETS = frozenset("«»‹›")
# The quotation marks that open a quote besides those of category Pi (“ ‘ « ‹): low-9 marks and the straight one.
_OPENING_QUOTES = frozenset('„‚"')
_EDGE_MARKS = frozenset(_EDGE_BARS + _EDGE_POINTERS)
# The letters of the scripts that end a sentence with a vertical stroke, the danda (।, ॥: Devanagari, Bengali,
# Gurmukhi, Oriya, Tamil ... Sinhala, and Tibetan's shad །), which typists write as a spaced bar ("... किया |",
# "|| श्री गणेश ||"): a bar closing such a headline is its full stop, not a template's.
_DANDA_LETTERS = char_class((low, high) for low, high in BRAHMIC_RANGES if not is_unspaced(chr(low)))
_EMPTY_BAR = re.compile(rf"^\s*(?:[{re.escape(_EDGE_BARS)}]+(?=\s|$)|[｜︱]+)\s*|(?:\s+[{re.escape(_EDGE_BARS)}]+|[｜︱]+)\s*$")
_EMPTY_BAR_OR_DANDA = re.compile(rf"^\s*(?:[{re.escape(_EDGE_BARS)}]+(?=\s|$)|[｜︱]+)\s*"
                                 rf"|(?:(?<![{_DANDA_LETTERS}\s])\s+[{re.escape(_EDGE_BARS)}]+|[｜︱]+)\s*$")
_EMPTY_POINTER = re.compile(rf"^\s*[{_EDGE_POINTERS}]\s+|\s+[{_EDGE_POINTERS}]\s*$")
# A colon sets off the page's date after a headline (" : 31.10.2023, 10.19 Uhr": :func:`_is_suffix`).
_COLON = re.compile(r"\s*:\s+")
# A JSON-LD headline this long may have been cut at a length limit (publishers cut at 100 or 110).
CUT_HEADLINE_CHARS = 100
# A title cut short is continued by a space and a word (not a separator, colon or other mark).
_CONTINUED = re.compile(r" [^\W_]")
# How a title cut short ends: the ellipsis character, or three full stops.
_ELLIPSES = ("…", "...")
_WORD = re.compile(r"\S+")
# A pipe sets off a site or section even inside a page's <h1> ("Politics | St. Louis Park elects ...").
_PIPE = re.compile(r"[|｜]")
# A part a declared title adds after the headline a heading shows: ", Thailand", " (2021/5)".
_TRAILING_PART = re.compile(r",\s+(?P<part>[^,]+)|\s+\((?P<aside>[^()]+)\)")
# A kicker in brackets before a headline ("[단독] ", "【速報】", "〔詳報〕", "[VIDEO] "): a label of at most
# MAX_SUFFIX_WORDS words.
_BRACKETED_KICKER = re.compile(r"[\[［【〔〖]\s*[^\[\]［］【】〔〕〖〗]+?\s*[\]］】〕〗]\s*")
# A name in brackets opening or ending a title ("【新华网】...", "...【新华网】"): :func:`_without_bracketed_name`.
_BRACKETED_NAME = (re.compile(r"[\[［【〔〖]\s*(?P<name>[^\[\]［］【】〔〕〖〗]+?)\s*[\]］】〕〗]\s*"),
                   re.compile(r"\s*[\[［【〔〖]\s*(?P<name>[^\[\]［］【】〔〕〖〗]+?)\s*[\]］】〕〗]$"))
# What sets off a site's own name at the end of a title, spaced or not ("..._网易新闻", "...：朝日新聞デジタル",
# "...・東都新聞": Japanese titles' middle dot).
_SITE_NAME_SEPARATOR = QuoteAwareSeparator(rf"\s*[{re.escape('_丨：:/・･' + _MARKS + _DASHES + _UNSPACED_BARS)}]+\s*")
# Marks that join two words into one where no space sets them off ("Corona-Zeit", "Krieg/Frieden"):
# between letters of a script written with spaces, a compound's, no separator (:func:`_joins_words`).
_WORD_JOINERS = frozenset("-‐‑–/·")
# What sets off a section's name between a headline and the site's ("... | Region | Site", "..._国内新闻_新浪网"):
# a separator but a dash (which also sets off a kicker before its headline: "Kicker - Headline - Site") and a colon;
# a spaced slash too ("... / Region / Site": a headline's own slash, "Krieg / Frieden", is not set off twice
# before the site's name).
_DESK_SEPARATOR = QuoteAwareSeparator(
    rf"\s+(?:[{re.escape(_MARKS)}]|::|/)\s+|\s*[{re.escape(_UNSPACED_BARS + '_')}]\s*")
# The first words of the Unicode names of the letters of Chinese, Japanese and Korean: one script to
# :func:`_scripts` (FULLWIDTH and HALFWIDTH letters are Latin and kana, set in CJK text).
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH"})
# The hAtom (hNews) microformat: a page's entry and the element holding its title, by class
# (through the attribute axis, as _FOOTERS).
_HENTRY = etree.XPath("/descendant::*/@class[contains(., 'hentry')]"
                      "[contains(concat(' ', normalize-space(.), ' '), ' hentry ')]/..")
_ENTRY_TITLE = etree.XPath("descendant::*/@class[contains(., 'entry-title')]"
                           "[contains(concat(' ', normalize-space(.), ' '), ' entry-title ')]/..")
# The elements a page marks as a story's headline whatever their tag: schema.org's ``headline`` property
# (microdata's ``itemprop``: a TYPO3 news record's ``<h3 itemprop="headline">``) and hAtom's ``entry-title``
# (Blogger's ``<h3 class="post-title entry-title">`` under the blog's title in the ``<h1>``), in page order.
_MARKED_HEADLINES = etree.XPath(
    "/descendant::*/@itemprop[contains(., 'headline')][contains(concat(' ', normalize-space(.), ' '), ' headline ')]/.. | "
    "/descendant::*/@class[contains(., 'entry-title')][contains(concat(' ', normalize-space(.), ' '), ' entry-title ')]/..")
# Elements of other markup languages, whose ``<title>`` is an image's or a formula's tooltip.
_FOREIGN = frozenset({"svg", "math"})
# Headings there are not the story's headline.
_NOT_STORY = frozenset({"nav", "aside", "footer"})
# The elements holding a page's main content, its story's headline among it.
_MAIN_CONTENT = frozenset({"main", "article"})
# The hAtom (hNews) classes of a story's entry and its title: a story set in no <article> still marks itself so.
_HATOM_STORY_CLASSES = frozenset({"hentry", "entry-title"})
# A modal's: shown when the reader asks for it ("Artikel merken", a log-in prompt), no story's headline.
_DIALOG = "dialog"

# HTML's link type for a link to the permalink of the article it sits in (an entry title's own link).
_PERMALINK = "bookmark"
# The link type a theme marks its links to the site's home with (WordPress's site title: ``rel="home"``).
_HOME_LINK = "home"
# A breadcrumb's trail leads to the page through this many links at least (the site's home, a section):
# one link before a heading is its kicker (:func:`_ends_trail`).
MIN_TRAIL_LINKS = 2
# The schema.org type of a breadcrumb, as microdata's itemtype and RDFa's typeof name it.
_BREADCRUMB_TYPE = "BreadcrumbList"
# A word of a title or a heading (:func:`_shows_words`).
_WORDS = re.compile(r"\w+")
# What a site name's key leaves out: all but letters, digits and dots (``\w`` is str.isalnum() or "_").
_NOT_NAME_KEY = re.compile(r"[^\w.]|_")
# How many keys of names and titles (site_name_key, title_key) are kept: a few pages' worth. A page
# asks for the keys of its site's names and its titles many times, and a site's pages share them.
KEYS_KEPT = 4096
# A title_key is kept only for a text up to this long: titles and headings repeat, a page's text does not.
KEPT_TITLE_CHARS = 300
# A headline's suffix ("| Sport") names the site or section in at most this many words.
MAX_SUFFIX_WORDS = 4
# A part of a title written in a script without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer), whose words
# spaces do not count, is a sentence, no name, where it holds more than MAX_SUFFIX_WORDS letters and at least this
# many times the letters of the name it is set beside (:func:`_unspaced_sentence`): a name is as long as its few words, a
# headline is a clause of several ("上海地铁新线路下月正式开通运营 | 东方晨报"); a section's or a kicker's name beside a
# short headline is not that much longer ("社会 | 地铁开通").
UNSPACED_SENTENCE_LENGTHS = 2
# A colon after a name opening a title: spaced after, or the fullwidth colon of CJK typography, unspaced
# ("新华网：G") (:func:`_without_site_prefix`).
_NAME_COLON = r"\s*:\s+|\s*：\s*"
_PREFIX_COLON = re.compile(_NAME_COLON)
# A name of at most MAX_SUFFIX_WORDS words before a colon that starts a title (:func:`_without_site_prefix`).
_COLON_PREFIX = re.compile(rf"(?P<name>[^:：\s]+(?:\s+[^:：\s]+){{0,{MAX_SUFFIX_WORDS - 1}}})(?:{_NAME_COLON})")
# A wire service's slug before a headline ("UPDATE 2-", "EXCLUSIVE-"): words joined to the headline's
# first character by a hyphen without a space (:func:`_without_wire_slug`).
_WIRE_SLUG = re.compile(rf"(?P<slug>[^\W_]+(?: [^\W_]+){{0,{MAX_SUFFIX_WORDS - 1}}})-(?=\S)")
# A heading other than the page's main one cuts a part of at most this many words from a title it
# starts (:func:`_as_shown`): a label or a place (" (VIDEO)", ", Thailand").
MAX_PART_WORDS_BESIDE = 1
# A site's name in its initials has this many letters at least ("DW", "FAZ").
MIN_INITIALS = 2
# Words before the site's name in a suffix that names the site ("The Irish Times"): a name this
# long ends one (a shorter one, "Zeit", is a common word too) ...
MIN_NAME_TAIL = 5
# ... and a word this short before a shorter one is its article ("Die Welt", "The Sun", "Le Soir").
ARTICLE_CHARS = 3
# A breadcrumb entry's section address has at most this many directories ("/sport/fussball/bundesliga/").
MAX_SECTION_DEPTH = 3
# A web address a bracket names its site by ("【Example.com】"): ending in a dot and the letters of a top-level
# domain, where a kicker's abbreviation or number ("[U.S.]", "[v2.0]", "【3.15晚会】") ends in none.
_WEB_ADDRESS = re.compile(r"\S+\.[^\W\d_]{2,}")
# The characters beside letters and digits a web address is written with in a title (RFC 3986's, as sites
# print them: "example.com/news", "user@host", "a.example:8080"): no space, fullwidth mark or separator.
_ADDRESS_MARKS = frozenset(".-/:_~%?#=&@+")
# What a title sets around an address, by Unicode general category: quotation marks and brackets (initial, final,
# open, close punctuation: "«Лента.ру»", "(Lenta.ru)") and symbols ("Onet.pl®", "Example.com™").
_AROUND_ADDRESS = frozenset({"Pi", "Pf", "Ps", "Pe", "So"})
# The page's date after the site's name in a suffix ("... - РИА Новости, 01.01.2024").
_DATE_AFTER_NAME = re.compile(r",\s*\d[\d\s./:-]*$")
# Characters of a page's stated names read at once for their letters (:class:`_LetterPositions`): a
# match is located by reading one such block character by character.
_LETTER_BLOCK = 512
# A slug: letters and digits joined by hyphens or underscores, and nothing else (:func:`_is_slug`).
_SLUG = re.compile(r"[^\W_]+(?:[-_][^\W_]+)+")
_SLUG_JOINER = re.compile(r"[-_]")
# A slug joins this many words at least: fewer may be a hyphenated word ("e-mail", "covid-19").
MIN_SLUG_WORDS = 3
# An HTML tag (a start tag with its attributes, an end tag): an ASCII letter right after "<", as
# HTML's element names start ("a < b" is text, and so is a work's title in angle brackets as Korean
# and Chinese headlines write it: "영화 <기생충> 아카데미 4관왕", "电影<流浪地球>票房").
_TAG = re.compile(r"</?(?P<name>[A-Za-z][^\s<>/]*)(?:\s[^<>]*)?/?>")
# The word a logo's alternative text may add to the site's name ("Logo Der Spiegel", "Spiegel-Logo").
_LOGO_WORD = re.compile(r"^\W*logo\b\W*|\W*\blogo\W*$", re.IGNORECASE)
# The class words of an icon font's glyph (Font Awesome's "fa", Bootstrap's "glyphicon" and "bi", WordPress's
# "dashicons", Ionicons' "ion", a theme's "icon-home"), and those of a logo's picture ("logo-icon", "site-brand").
_ICON_CLASS_WORDS = frozenset({"icon", "icons", "fa", "fas", "far", "fab", "fal", "glyphicon", "bi", "dashicons", "ion"})
_LOGO_CLASS_WORDS = frozenset({"logo", "brand", "wordmark", "masthead"})
# The class words that name an element the site's title in words (WordPress's "site-title", Drupal's "site-name"):
# the text of its link home is the site's name (:func:`_site_title`).
_SITE_TITLE_CLASS_WORDS = (frozenset({"site", "title"}), frozenset({"site", "name"}))
# Cyrillic and Greek letters in Latin ones, as hosts spell a site's name (one common romanisation;
# :func:`_consonant_key` compares what the romanisations share). The letters whose consonant the
# romanisations disagree on are written as a capital of their own (:data:`_OPTIONAL_CONSONANTS`).
_ROMAN = str.maketrans({
    **dict(zip("абвгґдеёжзиіїйјклмнопрстуўфхцчшщъыьэюяђћџљњє",
               ["a", "b", "v", "G", "g", "d", "e", "e", "zh", "z", "i", "i", "yi", "y", "j", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "u", "f", "K", "c", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "dj",
                "c", "dz", "lj", "nj", "ye"], strict=True)),
    **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
               ["a", "v", "G", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                "y", "f", "K", "ps", "o"], strict=True))})
# Letters a host spells with a consonant or with "h" alone (noise to :func:`_consonant_key`): Cyrillic "х"
# and Greek "χ", "kh", "ch" or "h" (habr.com "Хабр", khabarovsk or habarovsk "Хабаровск"); Cyrillic "г",
# "g" in Russian and "h" in Ukrainian and Belarusian (hromadske.ua "Громадське"); Greek "γ", "g" or "y"
# before a front vowel. Each is its consonant or nothing in the host's consonants.
_OPTIONAL_CONSONANTS = {"K": "k?", "G": "g?"}
# Greek "αυ", "ευ", "ηυ": "af", "ef", "if" before a voiceless consonant, else "av", "ev", "iv".
_GREEK_DIPHTHONG = re.compile(r"([αεη])υ(?=([θκξπστφχψ])?)")
_VOICELESS_AFTER = {"α": "af", "ε": "ef", "η": "if"}
_VOICED_AFTER = {"α": "av", "ε": "ev", "η": "iv"}
# What romanisations of one name differ in: vowels and "y", "h" and "j" of digraphs; "ts" as "c", "c" and
# "q" as "k", "x" as "ks".
_SPELLING_NOISE = re.compile(r"[aeiouyhjw]")
# The vowels ending a romanised name, in which its inflected forms differ from it ("Καθημερινή",
# kathimerini; "Καθημερινά", kathimerina; "Ведомости", "Ведомостей"): "y" and "j" as "i", a letter
# doubled as one ("ия": "iya" or "ia").
_VOWEL_LETTERS = "aeiouyj"
_AS_I = str.maketrans("yj", "ii")
_DOUBLED = re.compile(r"(.)\1+")
# A romanised name compared by fewer consonants than this may be any short word's.
MIN_NAME_CONSONANTS = 3
# A domain ending after a site's name, in any script ("Le Monde.fr", "SZ.de", "News.com.au"'s last label,
# "Лента.ру"): a dot right after the name, then 2-6 letters ending the part.
_DOMAIN_ENDING = re.compile(r"(?<=\w)\.[^\W\d_]{2,6}$")
# A word before a full stop has this many letters at least where the stop ends the site's name: a shorter
# one may be an abbreviation ("Dr. Who" on dr.dk, "St. Louis"), unless it is an acronym ("ТАСС. Главное").
MIN_STOPPED_WORD = 5
# A full stop ending the site's name (its last word), then its section's label of one word ("Ведомости.
# Главное", "Le Monde. Économie"): a separator inside the part, as "Site - Section" has.
_STOPPED_LABEL = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.\s+[^\W\d_]+$")
# What a home page's path may end in (:func:`_may_lead_home`), and an address that is a host alone.
_HOME_FILES = frozenset({"", ".", ".."} | {path.rsplit("/", 1)[-1] for path in HOME_PAGE_PATHS})
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")
_BARE_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//[^/]*", re.IGNORECASE)
# What opens a copyright line's owner's name (:func:`_owner_named`), case-folded: the marks that make a text
# a copyright line (the sign, the word, which a site writes in English in every language, "Copyright 2024 ...")
# and the sign's ASCII spelling.
_OWNER_MARKS = (*COPYRIGHT_MARKS, "(c)")
# How far past an owner's name :func:`_owner_named` looks for the next word, over the spaces between: the lines
# are single-spaced (:attr:`_SiteNames.copyright`), so any reach past one space finds it.
_OWNER_LOOKAHEAD = 32
# The words of a site's name, for its initials.
_NAME_WORDS = re.compile(r"[^\W\d_]+")
# A link of the page: its text's title_key, the link, its href (:func:`_keyed_links`).
_KeyedLink = tuple[str, HtmlElement, str]


def headline(page: PageElements, meta: dict[str, list[str]], article: JsonLdArticle | None,
             site_names: Sequence[str], sections: Sequence[str] = (), url: str | None = None,
             rubrics: Sequence[str] = ()) -> str | None:
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
    A declared title that is the site's name alone declares no headline (:func:`_only_site_name`).
    ``rubrics``: the sections the page files itself under (its section meta tags, its breadcrumb),
    whose name before a colon is a label where the ``<h1>`` shows the rest alone (:func:`_without_site_prefix`).
    Without declared titles, or when they are nothing but the site's chrome: :func:`_undeclared`."""
    page_title = _unmarked(_without_markup(readable(single_spaced(_head_title(page))))) or ""
    h1s = _h1_texts(page.of("h1"))
    sites = site_name_keys(site_names) - {""}
    names = _SiteNames(sites | site_name_keys(sections), sites, _initials(site_names) - sites, page,
                       site_name_keys(rubrics) - {""}, _subdomain_labels(sites) - sites, url,
                       named=any("." not in site_name_key(name) for name in site_names if name))
    ld_headline = _unmarked(_without_markup(single_spaced(article.headline))) if article else None
    declared = [title for title in (ld_headline, *(_unmarked(_without_markup(first_meta_of(meta, (name,))))
                                                   for name in _TITLE_META)) if title]
    # The site's name as the page states it apart from its headline: a site may copy its og:title or
    # JSON-LD headline into og:site_name, and then that name tells nothing.
    primary = {site_name_key(title) for title in (ld_headline, first_meta_of(meta, ("og:title",))) if title}
    own = site_name_keys(name for name in site_names if site_name_key(name) not in primary) - {""}
    own |= {label for label in map(_registered_label, [key for key in own if "." in key]) if label}
    # A title that is the site's name alone: the page's title only when it names nothing else.
    site_title = next((title for title in (*declared, page_title) if _only_site_name(title, own)), "")
    declared = [title for title in declared if not _only_site_name(title, own) and not _is_slug(title)]
    copied = sites - own  # the names the site copied from its headline: they name no site
    affixes = [title for title in declared if _site_affix(title, (*declared, page_title), names, copied)]
    declared = [title for title in declared if title not in affixes]
    site_title = site_title or next(iter(affixes), "")
    if affixes:  # two titles agree it is the site's name: it names the site wherever it stands
        agreed = site_name_keys(affixes) - {""}
        names = replace(names, all=names.all | agreed, site=names.site | agreed)
    page_title = "" if _only_site_name(page_title, own) or _is_slug(page_title) else page_title
    if not declared:
        return _without_empty_parts(_without_closing_opener(_undeclared(page, page_title, names, url, own, site_title), page), page)
    declared += [page_title] if page_title else []
    names = replace(names, closing=_closing_names(declared, names))
    own_h1s, home_h1s = _h1_texts_by_home(page, url, declared, own, names)
    others = [*declared, *own_h1s]
    h1_keys = {title_key(text) for text in h1s}
    shown_headings = _shown_headings(page)
    heading_keys = h1_keys | {title_key(text) for text, _ in shown_headings}  # a title a heading shows whole
    # A title cut short is completed from the others, then from the headings of the story (an
    # <h2> shows the headline where the <h1> is in a breadcrumb or the page's chrome).
    whole = [*others, *(text for text, _ in shown_headings)]
    # Read word by word (case and quotes aside) only the declared titles and the main heading: another <h2> spelt
    # otherwise is a teaser's, another story's ("UND DANN KAM…" beside the teaser "Und dann kam der Regen").
    main = [*others, *(text for text, is_main in shown_headings if is_main)]
    # A main heading that shows a title with its ellipsis ("Und dann kam…"): the headline as the page shows it.
    main_keys = {title_key(text) for text in (*h1s, *main[len(others):]) if text.rstrip().endswith(_ELLIPSES)}
    cleaned: dict[str, str | None] = {}  # most pages declare one title several times: each cleaned once
    for title in declared:
        if title not in cleaned:
            completed = _without_stated_name(_completed(_without_shown_slug(title, h1s), whole, limited=title == ld_headline,
                                                                      main=main, shown=main_keys),
                                             h1s, page, sites)
            form = _as_shown(_without_unshown_suffix(
                _without_affixes(_without_site_title(completed, home_h1s, heading_keys), others, names, h1_keys), h1s, h1_keys), shown_headings)
            # A title cut before its suffix ("Ministers agree on… | Site"): completed once the suffix is gone.
            cleaned[title] = _completed(form, whole, main=main, shown=main_keys) if form and form != completed and form.endswith(_ELLIPSES) else form
    candidates = [form for form in map(cleaned.__getitem__, declared) if form and title_key(form)]
    if not candidates:  # the declared titles are the site's chrome alone (".:: NAME ::."): what the page shows
        return _without_empty_parts(_without_closing_opener(_undeclared(page, page_title, names, url, own, site_title), page), page)
    title_keys = {form: title_key(form) for form in candidates}
    keys = [title_keys[form] for form in candidates]
    shown = _shown_key(page, dict(zip(keys, candidates, strict=True)))
    votes = Counter(keys)
    chosen = shown or max(keys, key=lambda key: (votes[key], -keys.index(key)))
    forms = Counter(title for title, key in zip(candidates, keys, strict=True) if key == chosen)
    chosen_form = _as_spelled(max(forms, key=lambda form: (forms[form], -candidates.index(form))),
                              lambda: chain(sorted(forms, key=lambda form: -forms[form]), candidates,
                                            (text for _, text in _heading_texts(page))))
    chosen_form = _undecorated(chosen_form, lambda: chain(forms, (text for _, text in _heading_texts(page))))
    return _without_empty_parts(_without_closing_opener(
        _kicker_as_shown(_without_linked_section(partial(_keyed_links, page), chosen_form, url, h1_keys), h1s), page), page)


def _without_closing_opener(title: str | None, page: PageElements) -> str | None:
    """``title`` without a part of a name's few words (:func:`_few_words`) that a separator sets off at its end
    where the rest opens with that part as its own words ("Hallescher FC verliert knapp gegen Aue | Hallescher FC",
    "Sporting vence em Braga - Sporting"): a headline never closes on its first words set apart, and a site names
    itself once at the end of its titles (a club's site, whose name its headlines open with), as does a tag or a
    section. Read on the headline chosen, after the names the page gives were cut (a club's name opening its
    headline is kept where a title closes with it, :func:`_names_itself_once`), and only where its first word comes
    again (a C substring search), so most headlines cost no separator search. Kept whole where a heading of the
    ``page`` shows it whole: that part is then the headline's own, a fixture's or a record's ("Inter Miami – Inter",
    "Peter Gabriel 3 – Peter Gabriel"), not a name the site's titles close with."""
    word = _WORDS.search(title) if title else None
    if word is None or title is None or title.casefold().find(word[0].casefold(), word.end()) < 0:
        return title
    split = _closing_split(title)
    if split is None:
        return title
    rest, last = split
    opens = rest.casefold().startswith(last.casefold()) and not _in_word(rest[len(last):len(last) + 1] or " ")
    cut = last and _few_words(last) and len(rest) > len(last) and opens
    return rest if cut and title_key(title) not in _heading_keys(page) else title


def _closing_split(title: str) -> tuple[str, str] | None:
    """``title``'s rest and the part its last separator (:data:`TITLE_SEPARATOR`) sets off at its end ("Headline |
    Site": "Headline", "Site"); None where no separator sets a part off."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    return (title[:separators[-1].start()], title[separators[-1].end():]) if separators else None


def _site_affix(title: str, titles: Iterable[str], names: _SiteNames, copied: Collection[str]) -> bool:
    """Whether a declared ``title`` is nothing but the part another of the page's ``titles`` sets off at its
    end or start by a separator, and that part names the site (:func:`_names_site`: "PÚBLICO" on publico.pt
    as ``og:title`` beside the ``<title>`` "Governo aprova ... | PÚBLICO"), or the other title's rest is what the
    article's ``<h1>`` shows (:func:`_article_h1_shows`: the page shows the rest as its headline) and no heading
    shows ``title`` (a section's kicker ``<h1>`` above the story's ``<h2>`` in the article): two titles of
    the page agree that it is the site's name, which declares no headline. Not a name the site copied from its
    headline (``copied``: an ``og:site_name`` that is the ``og:title``)."""
    key = site_name_key(title)
    if not key or key in copied or not _few_words(title):
        return False
    for other in titles:
        separators = list(TITLE_SEPARATOR.finditer(other)) if other != title else []
        if not separators:
            continue
        closes = key == site_name_key(other[separators[-1].end():])
        if closes:
            rest = other[:separators[-1].start()]
        elif key == site_name_key(other[:separators[0].start()]):
            rest = other[separators[0].end():]
        else:
            continue
        return _names_site(title, names.site_only) or (
            names.page is not None and title_key(title) not in _heading_keys(names.page)
            and (_article_h1_shows(names.page, rest)
                 or closes and _no_name_beside(rest, title, names) and _names_itself_nowhere(title, names, copied)
                 and not _within_heading(names.page, title)))
    return False


def _names_itself_nowhere(title: str, names: _SiteNames, copied: Collection[str]) -> bool:
    """Whether the page states no name of its site (``names.site``) but its host's (a domain, a key with a dot, and
    the name the host was registered under), the names it copied from its headline and ``title``'s initials (an
    ``application-name`` "DJ" beside the ``og:title`` "Deník Jih" names the same site): a site declaring another
    name (``og:site_name``, a publisher) has told its name, so a short ``title`` the ``<title>`` closes with after a
    long part is its headline after a kicker or a long name opening it ("Department of Foreign Affairs and Trade |
    Minister visits Jakarta"), not the name (:func:`_site_affix`)."""
    host = site_name_keys([host_key(names.url)]) if names.url else set()
    initials = _initials([title])
    return all("." in key or key in copied or key in host or key in initials for key in names.site)


def _within_heading(page: PageElements, title: str) -> bool:
    """Whether a heading of the ``page`` shows ``title`` (its :func:`title_key`) within its own text: a headline the
    page shows after a label ("<h1><span>Live:</span> Zelensky visits Washington</h1>"), no site's name."""
    key = title_key(title)
    return bool(key) and any(key in heading for heading in _heading_keys(page))


def _no_name(part: str) -> bool:
    """Whether a title's ``part`` holds more words than any name of a site or section (:func:`_few_words`): a
    sentence, a headline. A declared title closing another title after such a rest ("Stadtrat stimmt für neuen
    Radweg am Fluss | Mitteldeutsche Zeitung" beside the ``og:title`` "Mitteldeutsche Zeitung") is the name the site
    closes its titles with (:func:`_site_affix`), not a headline the other puts after a label: only a name, a label,
    stands before a headline and is closed by it ("Sport | Streik beendet"). A part written without spaces, whose
    words spaces do not count, is measured against the name it is set beside (:func:`_no_name_beside`)."""
    return len(part.split()) > MAX_SUFFIX_WORDS


def _no_name_beside(rest: str, title: str, names: _SiteNames) -> bool:
    """Whether a title's ``rest`` before the part ``title`` it closes with (a declared title, :func:`_site_affix`; a
    banner's permalink heading, :func:`_closes_title`) is no name (:func:`_no_name`), measured
    for a rest written without spaces against ``title`` (:func:`_unspaced_sentence`) only where no copyright notice
    of the page's footers (:attr:`_SiteNames.copyright`) leaves ``title`` unstated: letters counted are weaker
    evidence than words, and a site whose footer names another owner ("© 2024 东方晨报" beside the ``<title>``
    "本市交通建设最新进展一览 | 地铁开通") has told its name, so the short part is its headline after a kicker."""
    return _no_name(rest) or (_unspaced_sentence(rest, title)
                              and all(_stated_in(title, notice) for notice in names.copyright))


def _unspaced_sentence(part: str, name: str) -> bool:
    """Whether ``part``, mostly in a script written without spaces between words (:func:`is_unspaced`: Han, kana,
    Thai, Lao, Myanmar, Khmer), holds more than :data:`MAX_SUFFIX_WORDS` letters and at least :data:`UNSPACED_SENTENCE_LENGTHS`
    times the letters of the ``name`` beside it: a clause, not a name ("市が新たな子育て支援策を発表した | 東海新報").
    A spaced part's words are counted (:func:`_no_name`), and a short part beside a name stays a name's or a label's
    ("社会 | 地铁开通")."""
    letters = _letters(part)
    unspaced = sum(map(is_unspaced, letters))
    return (2 * unspaced > len(letters) > MAX_SUFFIX_WORDS
            and len(letters) >= UNSPACED_SENTENCE_LENGTHS * len(_letters(name)))


def _article_h1_shows(page: PageElements, text: str) -> bool:
    """Whether an ``<h1>`` inside an ``<article>`` shows ``text`` whole (:func:`title_key`): the story's own headline
    as the reader sees it (a section's ``<h1>`` may head ``<main>``, never the article)."""
    key = title_key(text)
    return bool(key) and any(
        heading.tag == "h1" and title_key(heading_text) == key and any(ancestor.tag == "article" for ancestor in heading.iterancestors())
        for heading, heading_text in _heading_texts(page))


def _second_names(title: str, first: str, names: _SiteNames) -> _SiteNames:
    """The names that may open ``title`` as the site's (its first part ``first``): without those only its logo or a
    copyright line gives (:attr:`_SiteNames.logos`, :attr:`_SiteNames.copyright`) where ``title`` is the rest of a
    declared title that closes with a name of the site (``names.closing``) and a dash sets ``first`` off
    (:func:`_is_dash`): a site names itself once, and a footer's other notice ("Fotos: © Real Madrid" beside
    "© 2024 Site") or a link's label names someone else, who may open the headline ("Real Madrid - Barcelona: 2-1 |
    Site"). A bar or a pointer sets off the site's chrome wherever it stands ("Site | Headline - Site")."""
    key = title_key(title)
    closes = _dash_sets_off(title, first) and any(rest == key for _, rest in names.closing)
    return replace(names, by_logo=False) if closes else names


def _opens_with_closing_name(title: str, first: str, closing: Collection[tuple[str, str]]) -> bool:
    """Whether ``title``'s first part (``first``) is a name that closes another of the page's titles (``closing``,
    :func:`_closing_names`) and the rest after it (past its separator or colon) is that title's rest: the
    ``og:title`` "Site: Headline" or "Site | Headline" beside the ``<title>`` "Headline | Site" puts the site's
    name at the other end of the same headline, as two titles of the page agree."""
    return bool(closing) and (site_name_key(first), title_key(_without_opening_separators(title[len(first):]))) in closing


def _closing_names(titles: Iterable[str], names: _SiteNames) -> frozenset[tuple[str, str]]:
    """The keys (:func:`site_name_key`) of the site's names that close one of ``titles`` set off by a separator
    ("... | Real Madrid"), each with the :func:`title_key` of the title's rest before it: a site names itself once
    in a title, so that name opening the rest ("Real Madrid - Barcelona: 2-1"), whether in this title or in
    another declaring the rest alone, is the headline's own words (:func:`_without_site`). Each title once: most
    pages declare one several times."""
    closing = set()
    for title in set(titles):
        split = _closing_split(title)
        if split is not None and _names_site(split[1], names.site_only):
            closing.add((site_name_key(split[1]), title_key(split[0])))
    return frozenset(pair for pair in closing if all(pair))


def _names_itself_once(title: str, first: str, closing: Collection[tuple[str, str]]) -> bool:
    """Whether ``title``'s first part (``first``) is the name that closes a declared title whose rest ``title`` is
    (``closing``, :func:`_closing_names`) and a dash sets it off (:func:`_is_dash`): a site names itself once in a
    title, so that name opening the rest is the headline's own first words ("Real Madrid - Barcelona: 2-1 | Real
    Madrid" on the club's site). A bar or a pointer sets off the site's chrome wherever it stands, a second time
    too ("Site | Headline - Site"), and an address names a site, never a headline's subject ("site.pl - Headline |
    Site.pl")."""
    return (_dash_sets_off(title, first) and not _is_web_address(first)
            and (site_name_key(first), title_key(title)) in closing)


def _dash_sets_off(title: str, first: str) -> bool:
    """Whether a dash (:func:`_is_dash`) sets ``title``'s first part (``first``) off its rest."""
    separator = TITLE_SEPARATOR.match(title, len(first))
    return separator is not None and _is_dash(separator[0])


def _is_dash(separator: str) -> bool:
    """Whether a title's ``separator`` (:data:`TITLE_SEPARATOR`'s match) is a dash (:data:`_DASHES`, "--"), which
    also sets off a kicker, the headline's own words, where a bar or a pointer sets off chrome."""
    return separator.strip() in (*_DASHES, "--")


def _h1_texts(h1s: Iterable[HtmlElement]) -> list[str]:
    """The texts of ``h1s`` as a reader sees them (:func:`sighted_text`), those holding any."""
    return [text for text in (single_spaced(sighted_text(h1)) for h1 in h1s) if text]


def _h1_texts_by_home(page: PageElements, url: str | None, titles: Collection[str], own: Collection[str],
                      names: _SiteNames) -> tuple[list[str], list[str]]:
    """The texts of the page's ``<h1>`` elements (those holding any, :func:`_h1_texts`) in two lists: those that
    may render this page's title, and those that are a link to the site's home page (:func:`_links_home`: a
    theme's ``<h1><a href="/">Site name</a></h1>``), the site's name as the page shows it. A title's part such a
    heading shows is the site's name, and the rest is no suffix or prefix the title adds to it ("日銀が決定 |
    朝日新聞デジタル" beside a logo's ``<h1>`` "朝日新聞デジタル" is no prefix "日銀が決定" added to the site's
    name). A heading linking to another story is the first kind: an aggregator's ``<h1>`` links to the story's
    first publisher, and shows the headline; so is one linking home that shows what a declared title (``titles``)
    adds to the site's own name (``own``, :func:`_headline_linked_home`)."""
    shown: list[str] = []
    home: list[str] = []
    for h1 in page.of("h1"):
        text = single_spaced(sighted_text(h1))
        if text:
            site_heading = (_links_home(h1, text, url, titles, names)
                            and not _headline_linked_home(text, titles, own, names))
            (home if site_heading else shown).append(text)
    return shown, home


def _headline_linked_home(text: str, titles: Iterable[str], own: Collection[str], names: _SiteNames) -> bool:
    """Whether a heading linking home shows the headline (``text``), not the site's name: a declared title
    (``titles``) is ``text`` and the site's own name as the page declares it apart from its headline (``own``:
    ``og:site_name``, a ``WebSite``'s name, keys of :func:`site_name_keys`) set off by a separator ("Headline |
    Site" beside ``<h1><a href="/">Headline</a></h1>``, a theme linking its story's title home in a bare
    ``<div>``), or the name its logo gives it (``names.logos``: :func:`logo_names`) or its copyright line
    (:func:`_owns_copyright`), these read only for a rest of a name's few words (:func:`_few_words`). A site's
    title heading shows the site's name, and what a title adds to that name is a headline: cutting the heading
    from the title must never leave the site's name alone as the headline. Not where another declared title
    neither is the heading nor holds it as a part: there the heading is the site's, or a section's logo ("Política"
    linked home on a story whose ``og:title`` is its headline and whose ``<title>`` is "Política - Site")."""
    linked = False
    for title in titles:
        kept = _without_site_title(title, (text,), ())
        if kept == title:
            if title_key(title) != title_key(text):
                return False
        elif kept and _few_words(kept) and (
                _only_site_name(kept, set(own))
                or _only_site_name(kept, set(names.logos)) or _owns_copyright(kept, names)):
            linked = True
    return linked


def _without_site_title(title: str | None, site_titles: Collection[str], shown: Collection[str]) -> str | None:
    """``title`` without a part at its end or start that a heading linking home shows (``site_titles``,
    :func:`_h1_texts_by_home`), set off by a separator: the site's name as its own heading writes it, whatever
    separators it holds itself ("Enchufla Figuren - Salsa-Figuren - Rueda in Berlin" below the site title
    "Salsa-Figuren - Rueda in Berlin"). The rest keeps its letters: a title that is the name alone stays, and
    so does one a heading shows whole (``shown``: their :func:`title_key`): a headline that opens with the
    site's name ("Nikkei: Tokyo stocks hit a record" under the site title "Nikkei"), and one holding the name as
    a compound's word (:func:`_joined_compound`: "Leben in der Corona-Zeit" under the site title "Zeit")."""
    if not title or title_key(title) in shown:
        return title
    for name in site_titles:
        if title.endswith(name):
            rest = title[:-len(name)]
            kept = _without_closing_separators(rest)
            joined = _joined_compound(kept[-1:], rest[len(kept):], name[:1])
        elif title.startswith(name):
            rest = title[len(name):]
            kept = _without_opening_separators(rest)
            joined = _joined_compound(name[-1:], rest[:len(rest) - len(kept)], kept[:1])
        else:
            continue
        if kept.strip() != rest.strip() and title_key(kept) and not joined:
            return kept.strip()
    return title


def _joined_compound(before: str, mark: str, after: str) -> bool:
    """Whether ``mark`` joins the letters ``before`` and ``after`` into one word: one word joiner
    (:data:`_WORD_JOINERS`) with no space, between letters of a script with letter case, where words are
    hyphenated into compounds ("Corona-Zeit", "Санкт-Петербург", "Bielsko-Biała"), as :func:`_joins_words`
    reads a site's name after a headline; in a script without case the mark sets a name off ("标题-新浪网")."""
    return mark in _WORD_JOINERS and all(char.isalpha() and is_cased(char) for char in (before, after))


def _undecorated(title: str, others: Callable[[], Iterable[str]]) -> str:
    """``title`` without the pictographs (emoji: Unicode's other and modifier symbols, with their
    variation selectors and joiners) at its start or end, when one of ``others()`` (the declared forms
    of the headline, then the page's headings: read only for a decorated title, few) is the rest
    alone: a site decorates its social titles ("🔴 ...", "... 📸") for feeds, where the headline it
    writes elsewhere goes without. A headline written with them everywhere keeps them."""
    start, end = 0, len(title)
    while start < end and _decorates(title[start]):
        start += 1
    while end > start and _decorates(title[end - 1]):
        end -= 1
    bare = title[start:end]
    if bare == title or not bare.strip():
        return title
    bare = bare.strip()
    return bare if any(other == bare for other in others()) else title


def _decorates(char: str) -> bool:
    """A pictograph or what a pictograph is written with (:func:`_undecorated`), or a space."""
    return char.isspace() or char in _PICTOGRAPH_PARTS or unicodedata.category(char) in ("So", "Sk")


def _without_empty_parts(title: str | None, page: PageElements) -> str | None:
    """``title`` without a separator at its start or end that sets off nothing (:data:`_EDGE_BARS`,
    :data:`_EDGE_POINTERS`): a template printing "{site} | {headline}" or wp_title()'s "{headline} » " with one
    part left empty; the separator is the template's, not the headline's. Read on the headline chosen, not on
    the declared titles: there the bare part beside an empty one may be the site's name alone ("Site |" with no
    headline filled in), which the name rules read as no headline. Dashes stay: one opens a quoted speech in many
    languages ("— Мы победим, — заявил ..."); so do stars (a rating), arrows and bullets (a kicker's mark). So do
    bars at both ends (they enclose the headline), marks a heading of the ``page`` shows with the headline, and a
    bar closing a headline written in a danda's script (:data:`_DANDA_LETTERS`), its full stop, unless a heading
    shows the headline without it."""
    if not title or (title[0] not in _EDGE_MARKS and title[-1] not in _EDGE_MARKS):  # the headline chosen is stripped
        return title
    if title[0] in _EDGE_BARS and title[-1] in _EDGE_BARS:
        return title  # bars at both ends enclose the headline: verse marks ("|| श्री गणेश ||"), "| x | ... |"
    shown = {text for _, text in _heading_texts(page)}
    if title in shown:
        return title
    # one that quotes comes with another guillemet or another opening quotation mark ("Macron : “Oui »")
    pointer = sum(char in _GUILLEMETS for char in title) == 1 and not any(
        char in _OPENING_QUOTES or unicodedata.category(char) == "Pi" for char in title)
    bare = _without_edges(title, _EMPTY_BAR, pointer)
    # a bar closing a headline in a danda's script is its full stop unless a heading shows the headline without it
    return bare if bare in shown else _without_edges(title, _EMPTY_BAR_OR_DANDA, pointer)


def _without_edges(title: str, bar: re.Pattern[str], pointer: bool) -> str | None:
    """``title`` without the ``bar`` separators at its edges and, where ``pointer``, the spaced guillemets
    (:func:`_without_empty_parts`), each edge read again after one goes ("» | Headline")."""
    previous = None
    while previous != title:
        previous, title = title, bar.sub("", title)
        title = _EMPTY_POINTER.sub("", title) if pointer else title
    return title or None


def _unmarked(title: str | None) -> str | None:
    """``title`` without the direction marks beside its separators (:data:`_MARKED_SEPARATOR`)."""
    if not title or not any(mark in title for mark in DIRECTION_MARKS):
        return title
    return _MARKED_SEPARATOR.sub(lambda run: _DIRECTION_MARK.sub("", run[0]), title)


def _as_spelled(title: str, others: Callable[[], Iterable[str]]) -> str:
    """``title`` as ``others()`` (the declared forms of one headline, then the page's declared titles and its
    headings: read only for a title in capitals, few) spell the same headline not all in capitals, when
    ``title`` is written in capitals: capitals are a style a site gives its social or search titles
    ("COUNCIL APPROVES BUDGET"), the headline's spelling is the one in upper and lower case. A headline the
    page writes in capitals everywhere stays so. Letters are compared without their accents
    (:func:`_unaccented_key`): Greek capitals go without the tonos ("ΑΥΞΑΝΕΤΑΙ" is "Αυξάνεται"), and so do
    capitals in many sites' French, Spanish or Portuguese. Of two such spellings the one writing more
    letters with their marks (:func:`_marked_letters`) is the language's, the first on a tie: a site
    writes a search or social title without accents too ("Perche la citta e piu cara" beside the <h1>'s
    "Perché la città è più cara")."""
    if not title.isupper():
        return title
    key = _unaccented_key(title)
    spellings = [other for other in others() if not other.isupper() and _unaccented_key(other) == key]
    return max(spellings, key=_marked_letters) if spellings else title


def _marked_letters(text: str) -> int:
    """How many of ``text``'s letters carry a mark (a nonspacing mark after canonical decomposition: an
    accent, the tonos, a breve) or are Turkish's dotless ``ı``: what a spelling without accents leaves out."""
    return sum(unicodedata.category(char) == _NONSPACING_MARK for char in unicodedata.normalize("NFKD", text)) + text.count(_DOTLESS_I)


def _unaccented_key(title: str) -> str:
    """``title``'s :func:`title_key` without the marks its letters carry (Unicode's nonspacing marks after
    canonical decomposition: accents, the tonos, a dot above), the letters themselves kept in every script."""
    return title_key("".join(char for char in unicodedata.normalize("NFKD", title) if unicodedata.category(char) != _NONSPACING_MARK))


# Unicode's general category of the marks written on a letter (an accent, the tonos, a cedilla, once decomposed).
_NONSPACING_MARK = "Mn"


def _without_markup(title: str | None) -> str | None:
    """``title`` as a reader sees it where a CMS left HTML tags in it ("Why <i>Oppenheimer</i>
    won", an escaped ``<title>``'s "&lt;b&gt;"): without the tags, a line break a space."""
    if not title or "<" not in title:
        return title
    return single_spaced(_TAG.sub(lambda tag: " " if tag["name"].lower() == "br" else "", title)) or None


def _undeclared(page: PageElements, page_title: str, names: _SiteNames, url: str | None,
                own: set[str], site_title: str) -> str | None:
    """The headline of a page that declares none but its ``<title>``: the ``<title>`` when a heading
    shows it, else the title of the page's one hAtom entry (:func:`_entry_title`), else the text
    the ``<title>`` and an ``<h1>`` share (:func:`_shared_headline`), else the only
    ``<h1>`` unless it names the site or a section (:func:`_names_place`: a logo's, or a section
    page's "Aktuelles" above the story) or is written in another script than the ``<title>``
    (:func:`_in_other_script`: a logo's "Η ΚΑΘΗΜΕΡΙΝΗ" above an English story), else the ``<title>``,
    else the first ``<h1>`` that is not the site's name (``own``: a
    logo's), else the site's name (``site_title``) if the page gives it, else the first ``<h1>``.
    Where the ``<title>`` is the site's name alone (or missing), the ``<h1>`` elements read are the
    story's (:func:`_story_h1s`): a logo's, an alert's or a modal's is no rendering of a headline
    the page declares nowhere else. An ``<h1>`` the page hides from sight (:func:`hidden_from_sight`:
    a screen reader's label, "<h1 class='sr-only'>Nachrichten</h1>") is none either, unless it shows
    the ``<title>``'s headline."""
    titles = (page_title,) if page_title else ()
    names = replace(names, closing=_closing_names(titles, names))
    headings = [text for heading, text in _heading_texts(page)
                if text and (not _links_home(heading, text, url, titles, names)
                             or _headline_linked_home(text, titles, own, names))]
    h1s = _h1_texts(h1 for h1 in page.of("h1") if not hidden_from_sight(h1))
    linked_home = _h1_texts_by_home(page, url, titles, own, names)[1]
    h1_keys = {title_key(text) for text in h1s}  # a title an <h1> shows whole loses no part only the logo names
    shown = _without_affixes(_without_site_title(page_title, linked_home, {title_key(text) for text in (*h1s, *headings)}),
                             headings, names, h1_keys)
    if not page_title:  # nothing but the site's name declared: the <h1>s are all the page tells
        h1s = _story_h1s(page, url) or h1s
        h1_keys = {title_key(text) for text in h1s}
    links = cache(partial(_keyed_links, page))  # keyed once for both searches of the site's sections below
    if shown and _shown_key(page, {title_key(shown): shown}) == title_key(shown):
        return _kicker_as_shown(_without_linked_section(links, shown, url, {title_key(shown)}), h1s)
    entry = _entry_title(page)
    if entry:
        return entry
    story = [h1 for h1 in h1s if not _only_site_name(h1, own) and h1 not in linked_home]
    shared = _shared_headline(page_title, shown, [h1 for h1 in story if not _names_place(links, h1, names, url)])
    only = story[0] if (len(h1s) == 1 and story and not _names_place(links, story[0], names, url)
                        and not _in_other_script(story[0], shown or page_title)) else None
    title = shared or only or page_title or next(iter(story), None) or site_title or next(iter(h1s), None)
    own_h1s = [h1 for h1 in h1s if h1 not in linked_home]
    return _kicker_as_shown(_without_linked_section(links, _without_affixes(
        _without_site_title(title, linked_home, h1_keys | {title_key(text) for text in headings}), own_h1s, names, h1_keys),
        url, h1_keys), h1s)


def _story_h1s(page: PageElements, url: str | None) -> list[str]:
    """The texts of the page's ``<h1>`` elements that may show its story's headline, in page order:
    those that are no link to another page (:func:`_links_elsewhere`: a logo's leads home, an alert's
    or a teaser's to its story) and in no ``<dialog>`` (a modal's prompt); of those, the ones outside navigation, asides and footers where any
    is, and of those the ones in the page's main content (``<main>``, ``<article>``, ``role="main"``)
    where any is: a widget's label sits outside it. A page may set its logo, its alerts and its story
    each in an ``<h1>``, and its breadcrumb's last entry in one (where no other shows the headline)."""
    texts = [(heading, text) for heading in page.of("h1")
             if (text := single_spaced(sighted_text(heading))) and not _links_elsewhere(heading, text, url)
             and next(heading.iterancestors(_DIALOG), None) is None and not hidden_from_sight(heading)]
    outside = [(heading, text) for heading, text in texts
               if not any(ancestor.tag in _NOT_STORY for ancestor in heading.iterancestors())]
    inside = [text for heading, text in outside if _in_main_content(heading)]
    return inside or [text for _, text in outside or texts]


def _links_elsewhere(heading: HtmlElement, text: str, url: str | None) -> bool:
    """Whether ``heading``'s ``text`` is one link's (inside it or around it) that leads to another page
    than ``url`` (a post's title may link to the post itself)."""
    href = _heading_link(heading, text)
    return href is not None and address_key(join_url(url, href)) != address_key(url or "")


def _heading_link(heading: HtmlElement, text: str) -> str | None:
    """The address (stripped, as written) of the one link ``heading``'s ``text`` is: a link around the heading,
    else its only link inside, whose text is all the heading's; None where it is no one link's."""
    around = next((ancestor for ancestor in heading.iterancestors("a") if ancestor.get("href")), None)
    links = [around] if around is not None else [link for link in heading.iter("a") if link.get("href")]
    if len(links) != 1 or (around is None and alnum_only(text) != alnum_only(sighted_text(links[0]))):
        return None
    return (links[0].get("href") or "").strip()


def _links_home(heading: HtmlElement, text: str, url: str | None, titles: Iterable[str], names: _SiteNames) -> bool:
    """Whether ``heading``'s ``text`` is one link's (inside it or around it) that leads to the home page of
    the page's site (:func:`~newsspider.urls.is_home_page` on its host or a parent domain, not the page
    itself), outside the story (:func:`_in_story`): a logo's or a theme's site title, naming the site, not the
    story. A heading in the story's ``<article>``, ``<main>`` or hAtom entry is its headline even where a theme
    links it home by mistake (``<article><h1><a href="/">Headline</a></h1>``), and so is a permalink
    (:func:`_is_permalink`) unless it shows the name one of the page's ``titles`` closes with (:func:`_closes_title`)
    and heads no paragraphs (:func:`_heads_paragraphs`)."""
    href = _heading_link(heading, text)
    if href is None or _in_story(heading) or _is_permalink(heading) and (
            _heads_paragraphs(heading) or not _closes_title(text, titles, names)):
        return False
    address = join_url(url, href)
    host, home = host_key(url), host_key(address)
    return (bool(host) and is_home_page(address) and (home == host or host.endswith(f".{home}"))
            and address_key(address) != address_key(url or ""))


def _closes_title(text: str, titles: Iterable[str], names: _SiteNames) -> bool:
    """Whether a heading's ``text`` is the part one of ``titles`` closes with, set off by a separator after a rest
    that is no name (:func:`_no_name_beside`, as :func:`_site_affix` reads a declared title: a rest written without
    spaces only where the page's ``names`` state no other owner), "Stadtrat stimmt für neuen Radweg am Fluss |
    Mitteldeutsche Zeitung" beside
    ``<h1><a href="/" rel="bookmark">Mitteldeutsche Zeitung</a></h1>``. A site closes its titles with its name, and
    a heading showing that name and linking home is the site's title, whatever ``rel`` a theme gives its link; the
    story's permalink heading shows the headline, the rest ("Headline | Site" beside ``<h1><a href="/"
    rel="bookmark">Headline</a></h1>``)."""
    key = site_name_key(text)
    for title in titles:
        split = _closing_split(title)
        if split is not None and key and site_name_key(split[1]) == key and _no_name_beside(*split, names):
            return True
    return False


def _heads_paragraphs(heading: HtmlElement) -> bool:
    """Whether ``heading``'s section (its first ancestor below ``<body>`` holding more than the heading's own
    branch) holds a ``<p>``: an entry's permalink title over its entry's text (``<div class="post"><div><h1><a
    href="/" rel="bookmark">Headline</a></h1></div><div class="entry"><p>...``), whatever name a title closes
    with ("Department of Foreign Affairs and Trade | Minister visits Jakarta"); a site's title stands in a banner
    alone or beside its menu (``<header><h1><a href="/" rel="bookmark">Site</a></h1><nav>``)."""
    for ancestor in heading.iterancestors():
        if ancestor.tag in PAGE_TAGS:
            return False
        if len(ancestor) > 1:
            return next(ancestor.iter("p"), None) is not None
    return False


def _in_main_content(element: HtmlElement) -> bool:
    return any(ancestor.tag in _MAIN_CONTENT or ancestor.get("role") == "main" for ancestor in element.iterancestors())


def _in_story(element: HtmlElement) -> bool:
    """Whether ``element`` is part of the page's story: inside its main content (:func:`_in_main_content`),
    or an hAtom entry's or its title (:data:`_HATOM_STORY_CLASSES`: a WordPress theme's ``<div class="post
    hentry">`` sets its story in no ``<article>``)."""
    return _in_main_content(element) or any(not _HATOM_STORY_CLASSES.isdisjoint((box.get("class") or "").split())
                                             for box in (element, *element.iterancestors()))


def _is_permalink(heading: HtmlElement) -> bool:
    """Whether a link of ``heading`` (inside it or around it) is marked as its entry's permalink,
    ``rel="bookmark"``: HTML's link type for the address of the article it heads, which a theme sets on an
    entry's title (``<h1><a href="/" rel="bookmark">Headline</a></h1>`` in a bare ``<div>``, linked home by
    mistake). Not where the heading or the link is classed as the site's title or logo
    (:func:`_classed_as_site`: ``<h1 class="site-title"><a href="/" rel="bookmark">``) or the link is also
    marked ``rel="home"``: a theme marking its site's title so is as mistaken, and says whose title it is."""
    around = next((ancestor for ancestor in heading.iterancestors("a") if ancestor.get("href")), None)
    links = [around] if around is not None else list(heading.iter("a"))
    if _classed_as_site(heading):
        return False
    for link in links:
        rels = (link.get("rel") or "").lower().split()
        if _PERMALINK in rels and _HOME_LINK not in rels and not _classed_as_site(link):
            return True
    return False


def _in_other_script(heading: str, title: str) -> bool:
    """Whether ``heading``'s letters are of scripts (:func:`_scripts`) none of the letters of ``title``'s
    headline are of (its part holding most letters: a suffix may name the site in Latin letters after
    a Chinese headline): no rendering of a headline, which a heading in the title's script would be (a
    headline mixing scripts, "iPhone 15评测", shares one with any heading of it)."""
    ours, theirs = _scripts(heading), _scripts(max(TITLE_SEPARATOR.split(title), key=_letter_count))
    return bool(ours and theirs) and not ours & theirs


def _letter_count(text: str) -> int:
    return sum(map(str.isalpha, text))


def _scripts(text: str) -> set[str]:
    """The scripts of ``text``'s letters (:func:`~newsspider.extract.language.letter_script`:
    "LATIN", "GREEK", "CYRILLIC"), the scripts of Chinese, Japanese and Korean as one
    (:data:`_EAST_ASIAN`: a Japanese headline writes kanji and kana, a Korean one may write hanja)."""
    found = set()
    for char in set(text):
        if script := letter_script(char):
            found.add("CJK" if script in _EAST_ASIAN else script)
    return found


def _shared_headline(page_title: str, shown: str | None, h1s: list[str]) -> str | None:
    """The headline a ``<title>`` and an ``<h1>`` (``h1s``: those naming no place) share where each
    adds to it: an ``<h1>`` that starts or ends the ``<title>`` ("見出し　写真1枚　国際ニュース：AFPBB
    News": the page's name and labels after it), or a ``<title>`` (``shown``: without the site's
    name; or its part before a separator) that an ``<h1>`` starts or ends, run into a label in an
    element of its own ("Politik" + "Headline", read as "PolitikHeadline"; "Headline" + "Site").
    The shared text is the bulk of the longer one, more than half of it: a heading or title that
    merely starts with a section's name is no headline with a label added."""
    if not page_title or not h1s:
        return None
    for h1 in h1s:
        if h1 != page_title and (page_title.startswith(h1) or page_title.endswith(h1)) and 2 * len(h1) > len(page_title):
            return h1
    cuts = [match.start() for match in TITLE_SEPARATOR.finditer(page_title)][::-1]  # the longest part first
    for title in (shown, *(page_title[:cut].strip() for cut in cuts)):
        if not title or not title_key(title):
            continue
        for h1 in h1s:
            run_in = ((h1.startswith(title) and h1[len(title):len(title) + 1].isalnum())
                      or (h1.endswith(title) and h1[-len(title) - 1:-len(title)].isalnum()))
            if h1 != title and run_in and 2 * len(title) > len(h1):
                return title
    return None


def _names_place(links: Callable[[], list[_KeyedLink]], heading: str, names: _SiteNames, url: str | None) -> bool:
    """Whether a heading names where the story is, not what it says: the site or one of its
    sections by a name the page gives them (:func:`_names_site`), or a section its navigation
    links to (:func:`_linked_section`; ``links``: the page's, :func:`_keyed_links`)."""
    return _names_site(heading, names) or _linked_section(links, {title_key(heading)}, url) is not None


def _entry_title(page: PageElements) -> str | None:
    """The title the page's one hAtom (hNews) entry declares: the ``entry-title`` of its only
    ``hentry`` (a listing of entries has several), where a page without title metadata or
    headings states its headline ("<span class='headline entry-title'>" in an AP story's table)."""
    entries = _HENTRY(page.tree)
    titles = _ENTRY_TITLE(entries[0]) if len(entries) == 1 else []
    return (single_spaced(seen_text(titles[0])) or None) if len(titles) == 1 else None


def _only_site_name(title: str, sites: set[str]) -> bool:
    """Whether ``title`` is the site's own name and nothing else (``sites``: :func:`site_name_keys`),
    its domain ending aside ("News.az", "gnu.org", a ``twitter:title`` or ``og:title`` copied from
    ``og:site_name``): a site names every page so where it has no headline to declare, and a logo's
    ``<h1>`` shows that name, so it must not be the title the page shows."""
    key = site_name_key(title)
    host = "." in key and " " not in title.strip()  # "gnu.org", not a sentence with a dot in it
    return bool(key) and (key in sites or host and key.rsplit(".", 1)[0] in sites)


def _is_slug(title: str) -> bool:
    """Whether ``title`` is a name for machines, not readers: lower-case words joined by hyphens or
    underscores without a space ("adac-kindersitztest-herbst-2018"), a file's or an address's name
    that a CMS copied into the field; at least :data:`MIN_SLUG_WORDS` words (a compound such as
    "e-mail" is one)."""
    return title.islower() and bool(_SLUG.fullmatch(title)) and len(_SLUG_JOINER.split(title)) >= MIN_SLUG_WORDS


def _kicker_as_shown(title: str | None, h1s: list[str]) -> str | None:
    """``title`` with a bracketed kicker ("[단독] ", "【速報】", "[VIDEO] ") as the page's ``<h1>`` shows
    it: dropped when an ``<h1>`` reads as the title without it, added when an ``<h1>`` reads as the
    kicker and the title. The headline is what the reader sees; a declared title may add the kicker
    for search and social sites or leave out the one the ``<h1>`` prints in an element of its own.
    A wire service's slug (:func:`_without_wire_slug`: "UPDATE 2-", "EXCLUSIVE-") is dropped so too. Not
    a kicker before a colon or a spaced dash ("Exclusive: ", "Rückbau von Atomkraftwerk: "), even one the
    page prints as a label of its own above the ``<h1>``: a German page's Dachzeile is the headline's."""
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
    rest = _without_wire_slug(title)
    if rest != title and title_key(rest) in keys:
        return rest
    return title


def _without_shown_slug(title: str, h1s: list[str]) -> str:
    """``title`` without a wire service's slug (:func:`_without_wire_slug`) where what follows it starts
    with an ``<h1>``'s text ("UPDATE 2-Headline | Site" where the ``<h1>`` shows "Headline"): the
    suffix after it is then cut as it is after a title without the slug."""
    rest = _without_wire_slug(title)
    return rest if rest != title and any(h1 and rest.startswith(h1) for h1 in h1s) else title


def _without_wire_slug(title: str) -> str:
    """``title`` without the slugs a wire service puts before its headlines ("UPDATE 2-", "EXCLUSIVE-",
    "RPT-UPDATE 1-"): words in capitals joined to the headline's first character by a hyphen without
    a space, which no headline's own kicker is (a dash setting one off is spaced). A name joined so
    ("UK-India trade deal", "COVID-19 cases rise") starts the headline: the caller keeps the rest
    only where an ``<h1>`` shows it alone."""
    rest = title
    while (slug := _WIRE_SLUG.match(rest)) and slug["slug"].isupper():
        rest = rest[slug.end():]
    return rest


def _kicker_words(kicker: str) -> bool:
    """A kicker is a label of at most :data:`MAX_SUFFIX_WORDS` words (not a bracketed phrase)."""
    return _few_words(kicker.strip(" []［］【】〔〕〖〗"))


def _few_words(part: str) -> bool:
    """Whether a part of a title is short enough to be a label, a section's or the site's name:
    one to :data:`MAX_SUFFIX_WORDS` words."""
    return 0 < len(part.split()) <= MAX_SUFFIX_WORDS


@dataclass(frozen=True)
class _SiteNames:
    """The :func:`site_name_keys` of the site's and its sections' names, of the site's alone, and the
    :func:`_initials` of the site's names."""

    all: set[str]
    site: set[str]
    initials: set[str] = field(default_factory=set)
    page: PageElements | None = field(default=None, compare=False)  # where the site states its name
    rubrics: set[str] = field(default_factory=set)  # the sections the page declares it is filed under
    labels: set[str] = field(default_factory=set)  # the names its subdomains' hosts were registered under
    url: str | None = field(default=None, compare=False)  # the page's address, for its links home
    by_logo: bool = True  # whether the logo's names count (:meth:`shown_as_headline`)
    section_kickers: bool = True  # whether a section's name opening a title is cut (:meth:`shown_as_headline`)
    named: bool = False  # whether the page declares a name of its site other than an address (a host's)
    closing: frozenset[tuple[str, str]] = frozenset()  # names closing a declared title, with its rest (:func:`_closing_names`)

    @cached_property
    def logos(self) -> frozenset[str]:
        """The site's names as its logo gives them (:func:`logo_names`), read once a page (whichever copy of
        these names asks: :func:`dataclasses.replace` copies no cached property) and only where a title's part
        is no other name of the site."""
        page, url = self.page, self.url
        if page is None or not self.by_logo:
            return frozenset()
        return page.remembered(("logo_names", url), lambda: logo_names(page, url))

    @cached_property
    def copyright(self) -> tuple[str, ...]:
        """The page's copyright notices (:meth:`PageElements.copyright_notices`), case-folded and single-spaced, read
        once a page and only where a title's part is no other name of the site, as :attr:`logos` (and with
        them: none for a title an ``<h1>`` shows whole, :meth:`shown_as_headline`), and only on a page that
        declares no name of its site but an address (``named``): one declaring it cuts that name by it. Only
        the notices of the page's footers (:func:`_footer_texts` hold them, spaces aside), where a site
        states its own: a notice elsewhere credits another owner (a photo's "Foto: © Real Madrid" in a
        caption outside any ``<figure>``, a WordPress ``wp-caption``), who may open the headline ("Real
        Madrid - Barcelona: ...")."""
        if self.page is None or not self.by_logo or self.named:
            return ()
        notices = self.page.copyright_notices()
        footers = without_spaces(" ".join(_footer_texts(self.page))) if notices else ""
        return tuple(single_spaced(line).casefold() for line in notices if without_spaces(line) in footers)

    def shown_as_headline(self) -> _SiteNames:
        """These names for a title an ``<h1>`` shows whole: without the logo's, the weakest evidence
        of a name (a link's label may say where it leads: "Tin tức", "Aktuell"), where the reader sees
        the part as the headline's own (a kicker, "Tin tức - ..."); nor a section's opening it, which
        the reader reads as the headline's first words ("Real Madrid - Barça: 2-1" on .../real-madrid/)."""
        return replace(self, by_logo=False, section_kickers=False)

    @cached_property
    def site_only(self) -> _SiteNames:
        """These names without the sections': the site's own alone (``all`` is ``site``)."""
        return replace(self, all=self.site)


def _without_affixes(title: str | None, others: list[str], names: _SiteNames,
                     shown: Collection[str] = ()) -> str | None:
    """``title`` without the site's or a section's name, then without what another of the page's
    titles goes without (:func:`_without_other_suffix`: a logo's ``<h1>`` is one of them, and must
    not take the headline for a prefix of the site's name). Not when the page shows the title as
    an ``<h1>`` (``shown``: their :func:`title_key`) and no pipe sets the part off: then the part
    is the headline's own ("Vanlife in Schweden - Skandinavien im Wohnmobil", whose kicker the
    page also declares alone as its ``headline``), as the reader sees it; nor is a part of such a
    title that only the logo names cut (:meth:`_SiteNames.shown_as_headline`)."""
    as_shown = bool(title and title_key(title) in shown and not _PIPE.search(title))
    title = _without_joined_name(_without_site(title, names.shown_as_headline() if as_shown else names), names, shown)
    if not (title and title_key(title) in shown and not _PIPE.search(title)):
        page = names.page
        story = (lambda: _h1_keys_by_story(page)) if page is not None else (lambda: _NO_H1_KEYS)
        title = _without_site_prefix(_without_site(_without_other_suffix(title, others, story), names), names, shown)
    return _without_site_name(title, names.site, names.all, shown)


def _without_joined_name(title: str | None, names: _SiteNames, shown: Collection[str]) -> str | None:
    """``title`` without the site's name joined to its last word by an unspaced hyphen, slash or
    middle dot, as a compound's last word is (:func:`_joins_words`: "Corona-Zeit" on zeit.de stays),
    where an ``<h1>`` shows the headline ending before it (``shown``: their :func:`title_key`):
    "Polska wygrywa z Niemcami-Onet" on onet.pl, "Нефть дорожает/Ведомости" on vedomosti.ru, a name
    of joined words whole ("...-Berliner-Zeitung"). The reader sees where the headline ends; a
    compound the headline holds, the ``<h1>`` shows whole."""
    if not title or not shown:
        return title
    for found in _SITE_NAME_SEPARATOR.finditer(title):  # the first such mark: "...-Berliner-Zeitung"
        head, name = title[:found.start()].strip(), title[found.end():]
        if (_joins_words(title, found) and title_key(head) in shown
                and (_names_site(name, names) or site_name_key(name) in names.labels)):
            return head
    return title


def _without_site_prefix(title: str | None, names: _SiteNames, shown: Collection[str]) -> str | None:
    """``title`` without the site's own name before a colon ("The Daily Planet: Headline",
    "dailyplanet.com: ...") or the section the page declares it is filed under ("Sport: Headline"
    with ``article:section`` "Sport": ``names.rubrics``) where an ``<h1>`` shows the rest alone
    (``shown``: their :func:`title_key`). A colon is no separator (a kicker, "Ukraine: ...", is the
    headline's own even where the ``<h1>`` leaves it out), and a site may be named after a topic
    ("Bitcoin: ..." on bitcoin.example): the site's name (or its host, or a name that ends in it:
    :func:`_ends_in_site_name`) or a declared section, and the page showing the headline without it.
    The name the page declares for its site, of two words or more or written as a domain, is cut with no
    heading to show (:func:`_names_site_itself`)."""
    if not title:
        return title
    colon = _PREFIX_COLON.search(title)
    if colon and title[colon.end():].strip() and (
            _names_site_itself(title[:colon.start()], names.site)
            or _opens_with_closing_name(title, title[:colon.start()], names.closing)):
        return title[colon.end():]
    match = _COLON_PREFIX.match(title)
    if not match or title_key(title[match.end():]) not in shown:
        return title
    sites = names.site
    keys = site_name_keys([match["name"]])
    if keys & sites or keys & names.rubrics or _ends_in_site_name(match["name"].split(), sites):
        return title[match.end():]
    return title


def _names_site_itself(name: str, sites: set[str]) -> bool:
    """Whether ``name`` is one the page declares for its site (``sites``: their keys), of two words or more
    ("Braunschweiger Zeitung") or a domain ("Süddeutsche.de"): no kicker of a headline, where a name of
    one word may be a topic the site is named after ("Bitcoin")."""
    name = name.strip()
    return (len(name.split()) >= 2 or "." in name and " " not in name) and site_name_key(name) in sites


def _without_linked_section(links: Callable[[], list[_KeyedLink]], title: str | None, url: str | None,
                            shown: Collection[str] = ()) -> str | None:
    """``title`` without a suffix (" | Sport", " - Спорт"), or a prefix set off by a separator
    other than a dash ("Sport | "), that the page's navigation (:func:`in_navigation`: its menus and
    breadcrumb) links to as one of the site's sections (:func:`_section_address`), in any
    language: they name the site's sections where no meta tag does. A menu's section is one
    directory of the page's own host ("/sport/"): a menu also links to topics, and a topic may
    be a person a headline quotes ("„Wir schaffen das“ - Olaf Scholz", "/thema/olaf-scholz/");
    a breadcrumb's entries are the page's sections at any depth. None without the page's address
    (no host to tell the site's own links by). Not when the page
    shows the title as an ``<h1>`` (``shown``: their :func:`title_key`) and no pipe sets the
    part off (a kicker the page shows is the headline's own). ``links``: the page's (:func:`_keyed_links`),
    keyed only when a part is looked for."""
    if not title or not TITLE_SEPARATOR.search(title) or (title_key(title) in shown and not _PIPE.search(title)):
        return title
    separators = list(TITLE_SEPARATOR.finditer(title))
    first, last = separators[0], separators[-1]
    ends = {}  # key -> the title without the part
    suffix = title[last.end():]
    if _few_words(suffix) and title[:last.start()].strip():
        ends[title_key(suffix)] = title[:last.start()].strip()
    if _is_prefix(title[:first.end()]) and title[first.end():].strip():
        ends.setdefault(title_key(title[:first.start()]), title[first.end():].strip())
    ends.pop("", None)
    if not ends:
        return title
    key = _linked_section(links, ends.keys(), url)
    return ends[key] if key is not None else title


def _keyed_links(page: PageElements) -> list[_KeyedLink]:
    """The page's links that have an address, in page order, each with its text's :func:`title_key`
    and its ``href``: what :func:`_linked_section` compares, read once for its searches of a page."""
    return [(title_key(seen_text(link)), link, href) for link, href in page.links()]


def _linked_section(links: Callable[[], list[_KeyedLink]], keys: Collection[str], url: str | None) -> str | None:
    """The first of ``keys`` (:func:`title_key`) that the page's navigation links to as a section of
    the site (:func:`_without_linked_section`), or None (also without the page's address). ``links``:
    the page's (:func:`_keyed_links`), asked for only where there is something to look for."""
    host = host_key(url)
    if not host or not keys:
        return None
    for key, link, href in links():
        if (key in keys and in_navigation(link)
                and _section_address(join_url(url, href.strip()), host,
                                     MAX_SECTION_DEPTH if _in_breadcrumb(link) else 1)):
            return key
    return None


def _section_address(address: str, host: str, depth: int) -> bool:
    """An address of the site (``host``, its subdomain or parent: :func:`within_host`) that names a section
    (:func:`names_section`)."""
    return within_host(host_key(address), host) and names_section(address, depth)


def names_section(address: str, depth: int = MAX_SECTION_DEPTH) -> bool:
    """Whether ``address``'s path names a section rather than a story: at most ``depth`` directories
    without numbers ("/sport/", "/thema/ukraine-krieg"; an article's address carries its date or id)."""
    path = split_url(address).path
    directories = [part for part in path.split("/") if part]
    return 0 < len(directories) <= depth and not any(char.isdigit() for char in path)


def _in_breadcrumb(link: HtmlElement) -> bool:
    """The link is an entry of a breadcrumb trail: an ancestor's class, id or ``aria-label``
    names one, or its microdata type is a ``BreadcrumbList``."""
    for element in link.iterancestors():
        names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('aria-label') or ''}"
        if "breadcrumb" in names.lower() or "BreadcrumbList" in (element.get("itemtype") or ""):
            return True
    return False


def _without_site_name(title: str | None, sites: set[str], places: Collection[str] = (),
                       shown: Collection[str] = ()) -> str | None:
    """``title`` without the site's own name at its end, set off by any punctuation (Chinese and
    Japanese sites join it with "_", "-", "丨" or "：" and no space, French ones with " : "; not a hyphen
    joining a compound, "Corona-Zeit" on zeit.de: :func:`_joins_words`), or run into a section's name
    where the script writes no spaces ("..._新浪财经": :func:`_runs_into_section`), and
    with what follows the name when that is a few words (its tagline: "... - Site - Breaking
    News"). Only the site's name (a section's, "Krieg" in "Ukraine-Krieg", may end a compound);
    then also a site's or section's name before it (``places``: the keys of both) set off by the
    same mark ("標題-體育新聞-新浪新聞中心": the title's own separator, where its script writes none
    with spaces), or the sections between the name and the headline an ``<h1>`` shows (``shown``: their
    :func:`title_key`), each of a few words and set off by the same mark ("Заголовок: Политика: Мир:
    Lenta.ru": a colon sets off a site's trail too, where the page shows where its headline ends)."""
    if not title:
        return title
    key = site_name_key(title)
    if not any(site in key for site in sites):  # most titles: their suffixes are gone already
        return title
    separators = [found for found in _SITE_NAME_SEPARATOR.finditer(title) if not _joins_words(title, found)]
    if not separators:
        return title
    last = separators[-1]
    sections = set(places) - sites
    for position, separator in reversed(list(enumerate(separators))):
        tail = site_name_key(title[separator.end():])
        if tail in sites or _runs_into_section(tail, sites, sections) or (  # the name, or the name and a tagline
                position == len(separators) - 2 and site_name_key(title[separator.end():last.start()]) in sites
                and len(title[last.end():].split()) <= MAX_SUFFIX_WORDS):
            position = _shown_trail_start(title, separators, position, shown)
            while position > 0 and (separators[position - 1][0] == separator[0] and site_name_key(
                    title[separators[position - 1].end():separators[position].start()]) in places):
                position -= 1
            return title[:separators[position].start()].strip() or title
    return title


def _joins_words(title: str, separator: re.Match[str]) -> bool:
    """Whether ``separator`` (a match in ``title``) is a mark joining two words into one
    (:data:`_WORD_JOINERS`, no space around it): "Corona-Zeit" on zeit.de ends in the site's name, but
    the name is a word of the headline. Only where what follows it to the title's end is one word (its
    letters those of the word before it, digits, more joined words: "Corona-Berliner-Zeitung") of a
    script with letter case (Latin, Cyrillic, Greek: the scripts that hyphenate compounds): a name of
    several words ("...-Example News"), with a domain ending ("...-Lenta.ru"), in another script
    ("...-IT之家", "...-ynet") or in one without case ("...-الجزيرة", "...-연합뉴스") is set off by the
    mark, as Chinese and Japanese titles set off theirs ("标题-新浪网")."""
    start, end = separator.span()
    if separator[0] not in _WORD_JOINERS or start == 0 or end == len(title):
        return False
    before, word = title[start - 1], title[end:]
    script = letter_script(before)
    return (before.isalpha() and is_cased(before) and script is not None
            and all(letter_script(char) == script or char.isdigit() or char in _WORD_JOINERS for char in word))


def _shown_trail_start(title: str, separators: list[re.Match[str]], position: int, shown: Collection[str]) -> int:
    """The first of ``separators`` before ``position`` (where the site's name starts) that ends a
    headline an ``<h1>`` shows (``shown``: their keys), the parts after it each of a few words and set
    off by the same mark as the name (:func:`_without_site_name`); else ``position``."""
    if not shown:
        return position
    mark = separators[position][0].strip()
    start = position
    while start > 0 and separators[start - 1][0].strip() == mark and _few_words(
            title[separators[start - 1].end():separators[start].start()]):
        start -= 1
    return next((index for index in range(start, position)
                 if title_key(title[:separators[index].start()]) in shown), position)


def _without_stated_name(title: str, h1s: list[str], page: PageElements, sites: Collection[str] = ()) -> str:
    """The ``<h1>`` the title starts with when what follows it is the site's name as the page
    states it in its copyright line (a name of a few words; a footer may list the site's
    stories: a blog's ``<h1>`` is its own name, its post's title in its archive), set off by any punctuation
    ("見出し：東都新聞デジタル", "标题-新华网"), or that name and a few words after a separator (its
    name in another script: "... - خبرگزاری مهر | Mehr News Agency"). The reader sees the ``<h1>``;
    a site that declares no ``og:site_name`` names itself there, in a script whose title joins the
    name without spaces, where no word count tells a name from a subtitle. A name the page
    declares (``sites``: the keys of its site's names) is left to :func:`_without_site`, which cuts
    it as it is: the page's copyright lines are not searched for it (their walk costs more than
    the rest of the headline)."""
    shown = next((h1 for h1 in h1s if title != h1 and title.startswith(h1)), None)
    if shown is None:
        return title
    separator = _SITE_NAME_SEPARATOR.match(title, len(shown))
    if separator is None or separator.end() == len(title):
        return title
    rest = title[separator.end():]
    parts = TITLE_SEPARATOR.split(rest, maxsplit=1)
    name, tagline = parts[0], parts[1] if len(parts) > 1 else ""
    if (not _letters(name) or len(name.split()) > MAX_SUFFIX_WORDS or len(tagline.split()) > MAX_SUFFIX_WORDS
            or site_name_key(name) in sites):
        return title
    if _stated_in(name, " ".join(page.copyright_lines())):
        return shown
    return title


def _completed(title: str, others: list[str], limited: bool = False, main: list[str] | None = None,
               shown: Collection[str] = ()) -> str:
    """A title cut short completed from another of the page's titles (declared, then an
    ``<h1>``) that starts the same way: one ending in an ellipsis ("Ministers agree on …"), or
    a title of a field with a length limit (``limited``: the JSON-LD headline, which search
    engines read up to 110 characters) of at least :data:`CUT_HEADLINE_CHARS` that another
    continues with a word (" medieval disease"; a separator or a colon after it starts a suffix
    or a subtitle instead). Shorter titles are not completed: a heading or ``<title>`` may run a
    headline on into a tagline or a button's label without a separator. A title ending in an ellipsis
    that a main heading shows with its ellipsis (``shown``: their :func:`title_key`) is the headline as the page
    shows it ("Und dann kam…"), not a cut one; read word by word (:func:`_continues`) it is completed
    only from ``main`` (the declared titles and the main heading): another ``<h2>`` starting with its
    words in other capitals or quotes is a teaser's, another story's."""
    if title.endswith(_ELLIPSES):
        if title_key(title) in shown:
            return title
        stem = title.rstrip(".…").rstrip()
    elif limited and len(title) >= CUT_HEADLINE_CHARS:
        stem = title
    else:
        return title
    if stem == title:
        return next((other for other in others if other != title and other.startswith(stem)
                     and _CONTINUED.match(other, len(stem))), title)
    spelt = next((other for other in others if other != title and other.startswith(stem)
                  and not other[len(stem):].lstrip().startswith(_ELLIPSES)), None)
    return spelt or next((other for other in (others if main is None else main)
                          if other != title and _continues(other, stem)), title)


def _continues(other: str, stem: str) -> bool:
    """Whether ``other`` is the headline whose start ``stem`` is, cut before an ellipsis, where it does not
    start with the stem as spelt (:func:`_completed` takes such a title first): it starts with
    the stem's words as a reader reads them (:func:`title_key` of each word: case, quotation marks and
    compatibility forms aside, an SEO title may be in capitals; the stem's last word may be cut inside)
    and goes on with more than an ellipsis. Another title cut at the same place ("Ministers agree on…
    | Site") completes nothing: it is the same cut headline with a suffix."""
    start = [key for key in map(title_key, stem.split()) if key]
    if not start:
        return False
    matched = 0
    for word in _WORD.finditer(other):
        key = title_key(word[0])
        if not key:
            continue
        if matched == len(start):  # a word after the stem's: the cut word must not end in an ellipsis
            return True
        last = matched == len(start) - 1
        if not (key.startswith(start[-1]) if last else key == start[matched]):
            return False
        matched += 1
        if last:
            rest = other[word.end():].lstrip()
            if word[0].endswith(_ELLIPSES) or rest.startswith(_ELLIPSES):
                return False
            if key != start[-1]:
                return True
    return False


@dataclass(frozen=True)
class _StoryH1Keys:
    """The :func:`title_key` of a page's ``<h1>`` texts inside its story (``inside``: :func:`_in_story`, ``<main>``,
    ``<article>``, an hAtom entry) and outside it (``outside``: a masthead's logo)."""

    inside: frozenset[str]
    outside: frozenset[str]


_NO_H1_KEYS = _StoryH1Keys(frozenset(), frozenset())


def _without_other_suffix(title: str | None, others: list[str],
                          story: Callable[[], _StoryH1Keys] = lambda: _NO_H1_KEYS) -> str | None:
    """``title`` without a suffix (" | Lokales") that another of the page's titles goes without,
    or a prefix ("Lokales | ") set off by a separator a headline does not use inside itself (a dash
    also sets off a kicker: "Rückbau von Atomkraftwerk - Kühltürme gesprengt" is one headline).
    Not where the part is what the story's own ``<h1>`` shows whole and the rest a logo's ``<h1>``
    outside the story (``story()``, read only where a part would go: :func:`_h1_keys_by_story`): the
    part is the headline, the rest the site's name, whatever their order on the page ("日銀が決定 |
    朝日新聞デジタル" under a logo ``<h1>`` 朝日新聞デジタル: in a script without spaces a headline is as few
    words as a section's name). A section's or site's ``<h1>`` heading ``<main>`` above the story
    ("Sport | Headline" with og:title "Headline") is no headline beside a declared title."""
    for other in others:
        if not title or other == title:
            continue
        if title.startswith(other) and _is_suffix(title[len(other):]):
            if not _logo_beside_story(title[len(other):], other, story):
                title = other
        elif title.endswith(other) and _is_prefix(title[: -len(other)]):
            if not _logo_beside_story(title[: -len(other)], other, story):
                title = other
    return title


def _logo_beside_story(part: str, other: str, story: Callable[[], _StoryH1Keys]) -> bool:
    """Whether ``part`` is what the story's ``<h1>`` shows and ``other``, what would be kept of the title,
    an ``<h1>`` outside the story: the site's logo, not the headline (:func:`_without_other_suffix`)."""
    keys = story()
    return title_key(part) in keys.inside and title_key(other) in keys.outside


def _h1_keys_by_story(page: PageElements) -> _StoryH1Keys:
    """The page's ``<h1>`` texts inside and outside its story (:class:`_StoryH1Keys`), read once a page:
    what the page shows as its headline, and its chrome."""
    def find() -> _StoryH1Keys:
        inside: set[str] = set()
        outside: set[str] = set()
        for heading, text in _heading_texts(page):
            if heading.tag == "h1" and text:
                (inside if _in_story(heading) else outside).add(title_key(text))
        return _StoryH1Keys(frozenset(inside), frozenset(outside))
    return page.remembered(_h1_keys_by_story, find)


def _without_unshown_suffix(title: str | None, h1s: list[str], shown: Collection[str]) -> str | None:
    """``title`` without a suffix (" - Bundeskanzleramt Österreich") after the headline an ``<h1>``
    ends with but for the suffix ("1. Februar 2022 Bundesministerin Raab: ..."): the page runs a
    date or a kicker into its heading before the headline, and shows no suffix after it (the
    headline of more than one word; :func:`_without_other_suffix` cuts one after a heading that
    is the headline alone). Not when an ``<h1>`` shows the whole title (``shown``: their keys)."""
    if not title or not h1s or title_key(title) in shown or not TITLE_SEPARATOR.search(title):
        return title
    keys = [title_key(h1) for h1 in h1s]
    for separator in reversed(list(TITLE_SEPARATOR.finditer(title))):
        head = title[:separator.start()].strip()
        if len(head.split()) > 1 and _is_suffix(title[separator.start():]):
            head_key = title_key(head)
            if head_key and any(key.endswith(head_key) for key in keys):
                return head
    return title


def _shown_headings(page: PageElements) -> list[tuple[str, bool]]:
    """The texts of :func:`_headings`, each with whether it is the page's main heading: an ``<h1>``,
    else (a page without one) the first ``<h2>``."""
    headings = _heading_texts(page)
    has_h1 = any(heading.tag == "h1" for heading, _ in headings)
    return [(text, heading.tag == "h1" or (not has_h1 and index == 0))
            for index, (heading, text) in enumerate(headings) if text]


def _as_shown(title: str | None, headings: list[tuple[str, bool]]) -> str | None:
    """``title`` as a heading of the story shows it (``headings``: :func:`_shown_headings`), without
    a part the declared title adds after a comma or in parentheses (", Thailand", " (2021/5)",
    " (VIDEO)"): a place, an issue number or a label for search engines, where the reader sees the
    headline alone. Only a part of at most :data:`MAX_SUFFIX_WORDS` words and fewer than the
    heading's: a heading naming one person ("Biden") does not cut "Biden, Xi meet in Bali" to
    itself. A heading but the page's main one may be another story's (a related story's ``<h2>``
    that starts as this one does): it cuts a part of at most :data:`MAX_PART_WORDS_BESIDE` words,
    holding all of the title's words but that."""
    if not title:
        return title
    for heading, main in headings:
        if heading != title and title.startswith(heading):
            match = _TRAILING_PART.fullmatch(title, len(heading))
            words = len((match["part"] or match["aside"]).split()) if match else 0
            if 0 < words <= (MAX_SUFFIX_WORDS if main else MAX_PART_WORDS_BESIDE) and words < len(heading.split()):
                return heading
    return title


def _shown_key(page: PageElements, titles: dict[str, str]) -> str | None:
    """The key of the declared title the page shows as its headline: the first ``<h1>`` that
    reads as one of them (in any spacing and punctuation: a kicker in a ``<span>`` runs into the
    headline), else the first such ``<h2>`` (pages whose ``<h1>`` is the site's logo); else the
    longest of them that ends the first heading (a kicker and the headline in one ``<h1>``:
    "Wurmkiste" + "Wurmkiste selber bauen"), of more than one word. Where no ``<h1>`` or ``<h2>``
    reads as one, the first element the page marks as a story's headline where it does (:func:`_marked_headlines`:
    Blogger's and TYPO3's ``<h3>``; a later one is a related entry's, which may list this story), so that a social or search variant adding a tag or a kicker
    ("Flooding: Headline", "Headline – Flooding") gives way to the ``<title>``'s headline the page shows."""
    first = None
    for _, text in _heading_texts(page):
        key = title_key(text)
        if key in titles:
            return key
        first = key if first is None else first
    marked = _marked_headlines(page)
    if marked and title_key(marked[0]) in titles:
        return title_key(marked[0])
    ending = [key for key, title in titles.items() if first and first.endswith(key) and len(title.split()) > 1]
    return max(ending, key=len, default=None)


def _marked_headlines(page: PageElements) -> list[str]:
    """The texts of the elements the page marks as a story's headline (:data:`_MARKED_HEADLINES`), as a reader
    sees them, in the page's body (a ``<title itemprop="headline">`` is the declared ``<title>`` itself, shown
    nowhere), outside navigation, asides and footers and outside a breadcrumb trail (:func:`_in_trail`): a
    breadcrumb's last entry may mark the headline's search variant; not one hidden from sight
    (:func:`hidden_from_sight`) nor a ``<meta>`` (no text: the search variant again) nor a listing's entry
    (:func:`_links_to_a_story`). Marked by its role, not by its tag: a
    template may set the headline in an ``<h3>`` (HTML's headings rank a page's sections, the markup says
    which one is the story's title). Found once per page."""
    return page.remembered(_marked_headlines, partial(_find_marked_headlines, page))


def _find_marked_headlines(page: PageElements) -> list[str]:
    in_trail = partial(_in_trail, steps=cache(_trail_steps))
    return [text for element in _MARKED_HEADLINES(page.tree)
            if next(element.iterancestors(*_NOT_STORY, "head"), None) is None and not in_trail(element)
            and not hidden_from_sight(element) and not _links_to_a_story(element)
            and (text := single_spaced(sighted_text(element)))]


def _links_to_a_story(element: HtmlElement) -> bool:
    """Whether ``element`` is a link or holds one (``<a href>`` around or inside it): a listing's entry, which
    links to the story it lists (a trending strip, a carousel, related posts above the story, a previous-post
    link; the entry may list this very story under its ``<title>``), where a story's headline on its own page
    links nowhere (Blogger's and TYPO3's item pages print it bare)."""
    return (next((link for link in element.iterancestors("a") if link.get("href") is not None), None) is not None
            or next((link for link in element.iter("a") if link.get("href") is not None), None) is not None)


def head_title(page: PageElements) -> str:
    """The page's ``<title>`` as a reader's tab shows it (:func:`_head_title`, its markup and mis-decoding gone)."""
    return _unmarked(_without_markup(readable(single_spaced(_head_title(page))))) or ""


def _head_title(page: PageElements) -> str:
    """The text of the first ``<title>`` in the ``<head>`` that has any (``//head//title/text()``:
    an ``<svg>`` in the body has titles of its own), else of the first outside an ``<svg>`` or
    ``<math>``: a page that writes text or a tag the ``<head>`` may not hold before its
    ``<title>`` (a stray character, a ``<div>``) ends its head there, and the parser puts the
    document's title in the body, where it still names the page."""
    texts: dict[bool, str] = {}  # whether in the head -> the first such title's text
    for title in page.of("title"):
        ancestors = {ancestor.tag for ancestor in title.iterancestors()}
        text = next((text for text in (title.text, *(child.tail for child in title)) if text is not None), None)
        if text is not None and not ancestors & _FOREIGN:
            texts.setdefault("head" in ancestors, text)
            if "head" in ancestors:
                break
    return texts.get(True, texts.get(False, ""))


def _headings(page: PageElements) -> list[HtmlElement]:
    """The page's ``<h1>`` elements, then its ``<h2>``, outside navigation, asides and footers (a
    breadcrumb may end in the headline's SEO variant)."""
    return page.outside(("h1", "h2"), _NOT_STORY)


def _heading_texts(page: PageElements) -> list[tuple[HtmlElement, str]]:
    """:func:`_headings` with their texts as a reader sees them (:func:`sighted_text`, :func:`single_spaced`), read once
    per page: the headline's choice and each search by the headline's element (:func:`headline_element`)
    read them."""
    return page.remembered(_heading_texts, lambda: [(heading, single_spaced(sighted_text(heading)))
                                                    for heading in _headings(page)])


def title_key(title: str) -> str:
    """A title's letters and digits, case-folded: two renderings of one headline share it. Kept
    for the last :data:`KEYS_KEPT` texts of up to :data:`KEPT_TITLE_CHARS`: a page asks for some 20,
    of its declared titles and headings again and again (on the extraction benchmark's pages 88% of
    the calls repeat one)."""
    return _kept_title_key(title) if len(title) <= KEPT_TITLE_CHARS else _title_key(title)


# Turkish, Azerbaijani and Tatar write a dotless i whose capital is I, and a dotted i whose capital is İ: Unicode's
# case folding, one for every language, folds I to i, so a headline in capitals ("KILIÇDAROĞLU", "FAİZİ") and
# the same headline in small letters ("Kılıçdaroğlu") share a key only where ı is folded to i as well (İ folds to
# i and a combining dot, which a key, letters and digits only, leaves out). No two headlines differ by that dot.
_DOTLESS_I = "ı"


def _title_key(title: str) -> str:
    folded = unicodedata.normalize("NFKC", title).casefold()
    return alnum_only(folded.replace(_DOTLESS_I, "i") if _DOTLESS_I in folded else folded)


_kept_title_key = lru_cache(maxsize=KEYS_KEPT)(_title_key)


# An <h1> holding less than this share of the title's characters shows a part of it (a kicker, a section's
# or an alert's word): the headline only where no later <h1> shows the title whole.
TITLE_PART_SHARE = 0.5


def headline_element(page: PageElements, title: str | None, *, matching: bool = False) -> HtmlElement | None:
    """The element that shows the headline: the ``<h1>`` that names it (the page may have a
    logo's too; in any spacing and punctuation: a kicker in a ``<span>`` runs into the headline,
    "Die Zukunft der Arbeit"Wir dekorieren ..."" for "Die Zukunft der Arbeit - "Wir dekorieren ...""),
    else an ``<h2>`` that reads as it (the page's ``<h1>`` is its logo or section); else the first
    heading that shows the title's words (:func:`_shows_words`: the page's ``<h1>`` is a breadcrumb's,
    and the story shows a rewrite of its title, or the title after a kicker or without one);
    outside navigation, asides, footers and breadcrumbs (:func:`_in_trail`). Else the first ``<h1>``
    unless ``matching`` asks for the headline's. Found once per page for a title: the bylines' and
    the dates' searches ask, with ``matching`` and without: both answers come of one search."""
    found, first = page.remembered((headline_element, title), partial(_headline_element, page, title))
    return found if matching or found is not None else first


def _headline_element(page: PageElements, title: str | None) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The element that shows the headline (None where none does), and the first ``<h1>`` outside
    a trail (what :func:`headline_element` gives without ``matching`` where none does)."""
    key = single_spaced(title).casefold()
    exact = title_key(title or "")
    first = part = None
    # each list's steps read once a search: a page of many sibling headings (an archive's) asks of each
    in_trail = partial(_in_trail, steps=cache(_trail_steps))
    for heading, text in _heading_texts(page):
        text = text.casefold()
        if heading.tag == "h1" and key and text and (text in key or key in text or title_key(text) == exact):
            if not in_trail(heading):
                if len(text) < TITLE_PART_SHARE * len(key) and title_key(text) != exact:
                    part = heading if part is None else part  # "津波注意報", an alert's <h1>, before the story's:
                    continue  # a later one may show all (an element's truth is its children's count: "is None")
                return heading, first
        elif heading.tag == "h2" and exact and title_key(text) == exact and not in_trail(heading):
            return heading, first
        elif first is None and heading.tag == "h1" and not in_trail(heading):
            first = heading
    if part is not None:
        return part, first
    if title:
        shown = next((heading for heading in page.outside(HEADING_TAGS, _NOT_STORY)
                      if _shows_words(title, seen_text(heading)) and not in_trail(heading)), None)
        if shown is not None:
            return shown, first
    return None, first


def _shows_words(title: str, text: str) -> bool:
    """Whether a heading's ``text`` shows ``title``: most of the title's words are the heading's,
    and most of the heading's are the title's (a rewrite of the title, the title after a kicker or
    without one), where a teaser or a section's heading shares a few."""
    wanted, shown = set(_WORDS.findall(title.casefold())), set(_WORDS.findall(text.casefold()))
    shared = len(wanted & shown)
    return 2 * shared > len(wanted) and 2 * shared > len(shown)


def _in_trail(heading: HtmlElement, steps: Callable[[HtmlElement, str], _TrailSteps]) -> bool:
    """Whether ``heading`` is the site's navigation, not the story's: inside an element of
    ``role="navigation"`` or a BreadcrumbList (microdata's ``itemtype``, RDFa's ``typeof``), or the
    entry that ends a trail of links (:func:`_ends_trail`). A breadcrumb may repeat the page's title
    in an ``<h1>`` of its own (DieWelt, FAZ) while the story shows its headline beside its text.
    ``steps``: :func:`_trail_steps`, remembered for the search."""
    entry: HtmlElement | None = heading  # the heading's entry of a list: its wrappers adding no text
    for ancestor in heading.iterancestors():
        if ancestor.get("role") == "navigation" or any(
                _BREADCRUMB_TYPE in (ancestor.get(name) or "") for name in ("itemtype", "typeof")):
            return True
        if entry is not None and _adds_no_text(ancestor, entry):
            entry = ancestor
        elif entry is not None:
            if _ends_trail(entry, steps):
                return True
            entry = None
    return False


def _adds_no_text(parent: HtmlElement, child: HtmlElement) -> bool:
    """Whether ``parent`` holds no text but ``child``'s (a wrapper, or an entry holding its position's
    ``<meta>`` or a ``<script>`` beside it: :func:`seen_text`)."""
    return not (parent.text or "").strip() and all(
        not (other.tail or "").strip()
        and (other is child or not isinstance(other.tag, str) or not seen_text(other).strip())
        for other in parent)


def _ends_trail(entry: HtmlElement, steps: Callable[[HtmlElement, str], _TrailSteps]) -> bool:
    """Whether ``entry`` is one of a trail of links: the other children of its parent of its tag
    (the list's items, the blocks side by side) are each one link and nothing else (:func:`_is_link`),
    :data:`MIN_TRAIL_LINKS` of them at least, but those that only separate them (no letter or digit,
    no link: "|", "›"). A story's heading stands among blocks of other things: its byline, a
    picture, its text. ``steps``: :func:`_trail_steps`, read once for each list."""
    parent = entry.getparent()
    if parent is None:
        return False
    found = steps(parent, entry.tag)
    counted = _is_step(entry)
    others = found.steps - counted
    return others >= MIN_TRAIL_LINKS and found.not_links - (counted and not _is_link(entry)) == 0


@dataclass(frozen=True)
class _TrailSteps:
    """Of a parent's children of one tag, those that show something or link (:func:`_is_step`): how many
    (``steps``), and how many of them are not one link (``not_links``: :func:`_is_link`)."""

    steps: int
    not_links: int


def _trail_steps(parent: HtmlElement, tag: str) -> _TrailSteps:
    """:class:`_TrailSteps` of ``parent``'s children of ``tag``."""
    found = [child for child in parent if child.tag == tag and _is_step(child)]
    return _TrailSteps(len(found), sum(not _is_link(child) for child in found))


def _is_step(element: HtmlElement) -> bool:
    """Whether ``element`` may be a step of a trail: it shows a letter or digit, or holds a link (a
    separator, "|", "›", is none)."""
    return bool(alnum_only(seen_text(element)) or any(link.get("href") for link in element.iter("a")))


def _is_link(element: HtmlElement) -> bool:
    """Whether ``element`` is one link and nothing else: a step of a trail leads to one page, and
    no letter or digit stands outside its link (an icon, a separator "›" may). A menu's block holds
    many links."""
    links = [link for link in element.iter("a") if link.get("href")]
    return len(links) == 1 and alnum_only(seen_text(element)) == alnum_only(seen_text(links[0]))


def _is_prefix(rest: str) -> bool:
    """"Sport | ": a few words, then a separator other than a dash; or a trail of such parts,
    each set off by such a separator ("Time 4 talks » Blog Archiv » ": the site, then a section,
    as :func:`_is_suffix` reads one after the headline)."""
    match = _PREFIX_SEPARATOR.search(rest)
    return (match is not None and match.end() == len(rest)
            and all(map(_few_words, PREFIX_PART_SEPARATOR.split(rest[:match.start()]))))


def _is_suffix(rest: str) -> bool:
    """" | Sport": a separator, then a few words, or a trail of such parts each set off by a
    separator (" » Local » Noticias » Ultima Hora Mallorca": sections, then the site); or a colon,
    then a day of a year (" : 31.10.2023, 10.19 Uhr", the page's time, which a headline goes
    without: a colon is no separator else)."""
    match = TITLE_SEPARATOR.match(rest) or _COLON.match(rest)
    if match is None or match.start() != 0:
        return False
    after = rest[match.end():]
    if match.re is TITLE_SEPARATOR.regex:
        return all(map(_few_words, TITLE_SEPARATOR.split(after)))
    return _few_words(after) and bool(DAY_NUMBER.search(after) and YEAR_NUMBER.search(after))


def site_name_keys(site_names: Iterable[str]) -> set[str]:
    """The names' :func:`site_name_key` keys, a domain's also without ``www.`` (the host
    www.mbl.is is named "mbl.is"), without it and its ending, and its registered name
    (:func:`_registered_name`)."""
    names = {site_name_key(name) for name in site_names if name}
    domains = [key for key in names if "." in key]
    return names | {key.removeprefix("www.") for key in domains} | {
        key.rsplit(".", 1)[0].removeprefix("www.") for key in domains} | {
        name for name in map(_registered_name, domains) if name}


@lru_cache(maxsize=KEYS_KEPT)
def _registered_name(domain: str) -> str | None:
    """The name a domain was registered under, without its public suffix ("www.standard.co.uk":
    "standard", as "lemonde.fr" is "lemonde"): the site's own name, however many labels its
    country's suffix has. None for a subdomain ("wiki.python.org": one word of a subdomain's
    title may be the headline's own, :func:`_host_labels`) and what is no domain. Kept for the
    last :data:`KEYS_KEPT` domains: a site's pages ask for one."""
    host = domain.removeprefix("www.")
    registered = registered_domain(f"http://{host}/")
    return registered.split(".", 1)[0] if registered == host else None


@lru_cache(maxsize=KEYS_KEPT)
def _registered_label(domain: str) -> str | None:
    """The name a domain was registered under, a subdomain's too ("arabic.cnn.com": "cnn"): a title or
    heading that is this name alone names the site (a logo's ``<h1>``), where one word of a longer
    title may be the headline's own (:func:`_registered_name`). Kept as :func:`_registered_name`."""
    registered = registered_domain(f"http://{domain.removeprefix('www.')}/")
    return registered.split(".", 1)[0] if registered else None


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
    """``title`` without the site's or a section's name at its end or start (:func:`_ends_with_name`,
    :func:`_opens_with_name`), twice at most ("Headline | Section | Site"). A site names itself once in a
    title: a name that closes a declared title (``names.closing``) opening that title's rest, or another title
    that is the rest, set off by a dash (:func:`_names_itself_once`), is the headline's own first words ("Real Madrid - Barcelona: 2-1 | Real Madrid" and the
    ``og:title`` "Real Madrid - Barcelona: 2-1" on the club's own site), not the site's name a second time."""
    if not title:
        return title
    title = _without_whole_name(_without_desk(_without_bracketed_name(_without_foreign_label(title, names), names), names),
                                names.site, names.closing)
    for _ in range(2):  # "Headline | Section | Site"
        parts = TITLE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        last, first = parts[-1], parts[0]
        if _ends_with_name(title, last, names) or _barred_label(title[:len(title) - len(last)].rstrip()[-1:], last, names):
            title = _without_closing_separators(title[: title.rfind(last)])
        elif not _names_itself_once(title, first, names.closing) and (
                _opens_with_name(title, first, _second_names(title, first, names))
                or _opens_with_closing_name(title, first, names.closing)):
            title = _without_opening_separators(title[len(first):])
        else:
            break
    return title.strip() or None


def _without_closing_separators(text: str) -> str:
    """``text`` without the separators (:data:`_SEPARATOR_CHARS`) at its end that set off a part cut after it;
    a quotation mark paired with another stays (:func:`quotes_masked`)."""
    return text[:len(quotes_masked(text).rstrip(_SEPARATOR_CHARS))]


def _without_opening_separators(text: str) -> str:
    """``text`` without the separators (:data:`_SEPARATOR_CHARS`) at its start that set off a part cut before it;
    a quotation mark paired with another stays (:func:`quotes_masked`)."""
    return text[len(text) - len(quotes_masked(text).lstrip(_SEPARATOR_CHARS)):]


def _ends_with_name(title: str, last: str, names: _SiteNames) -> bool:
    """Whether ``title``'s last part (``last``) is the site's name, or a section's set off as chrome: not a
    section's after a dash where a heading of the page shows the title whole (:func:`_heading_keys`:
    "Hunt cuts national insurance – live" on .../live/, "Real Madrid - Barca" on .../barca/, the ``<h1>``
    ending so): the reader reads it as the headline's last word, as a section's name opening such a title
    (:func:`_opens_with_name`)."""
    if not _names_site(last, names):
        return False
    before = title[:len(title) - len(last)].rstrip()
    if names.page is None or not (before[-1:] in _DASHES or before.endswith("--")):
        return True
    return title_key(title) not in _heading_keys(names.page) or _names_site(last, names.site_only)


def _barred_label(separator: str, part: str, names: _SiteNames) -> bool:
    """Whether ``part``, a title's last or first part, is the name its subdomain's host was registered
    under (``names.labels``: "Yomiuri" on japannews.yomiuri.co.jp) set off by a bar (``separator``, the
    text between it and the rest, is :data:`_PIPE`'s: "G | Yomiuri", "G｜Yomiuri", "Yomiuri | G"): a bar
    sets off the site's chrome, where a dash may set off the headline's own word ("How we test - Python"
    on wiki.python.org: :func:`_registered_name`)."""
    return (bool(names.labels) and bool(_PIPE.fullmatch(separator.strip()))
            and site_name_key(_name_stem(part)) in names.labels)


def _opens_with_name(title: str, first: str, names: _SiteNames) -> bool:
    """Whether ``title``'s first part (``first``) is the site's name, or a section's (where
    ``names.section_kickers``) set off as chrome. A section's name before a dash
    (:data:`_DASHES`: "Review - Orient Express", "Real Madrid - Barça: 2-1") is chrome only where a
    heading of the page shows the rest without it (:func:`_heading_shows_rest`): a dash also sets off a
    kicker, the headline's own first words, and a page that shows no heading (its ``<title>`` all it
    declares) or shows the title whole gives the reader no other reading. A bar or a pointer
    ("Sport | ...", "Blog » ...") sets off the site's chrome wherever it stands."""
    separator = TITLE_SEPARATOR.match(title, len(first))
    if separator is not None and _barred_label(separator[0], first, names):
        return True
    site_only = names.site_only
    if not _names_site(first, names if names.section_kickers else site_only):
        return False
    if not names.section_kickers or names.page is None:
        return True
    if separator is None or not _is_dash(separator[0]):
        return True
    return _heading_shows_rest(names.page, first, title[separator.end():]) or _names_site(first, site_only)


def _heading_shows_rest(page: PageElements, first: str, rest: str) -> bool:
    """Whether a heading of the page (:func:`_heading_keys`) shows ``rest``, a title's words after a
    section's name (``first``), without that name: the heading holds the rest (its own longer wording,
    "Bayern gewinnt das Derby deutlich mit 3:0" for "Sport - Bayern gewinnt das Derby"; a kicker of its
    own, "Fußball: Bayern gewinnt das Derby"), or the rest holds the heading, at least
    :data:`TITLE_PART_SHARE` of it (a wire's slug the heading leaves out: "World - Reuters: Oil prices
    rise" with the heading "Oil prices rise"). A heading showing the section's name then the rest shows
    the title whole: the name is the headline's first words."""
    rest_key = title_key(rest)
    if not rest_key:
        return False
    whole = title_key(first) + rest_key
    return any((rest_key in key or key in rest_key and len(key) >= TITLE_PART_SHARE * len(rest_key))
               and whole not in key for key in _heading_keys(page) if key)


def _heading_keys(page: PageElements) -> frozenset[str]:
    """The :func:`title_key` of the page's headings (:func:`_heading_texts`), read once a page."""
    return page.remembered(_heading_keys, lambda: frozenset(title_key(text) for _, text in _heading_texts(page)))


def _subdomain_labels(sites: Iterable[str]) -> set[str]:
    """The names the hosts among ``sites`` (their keys) that are subdomains were registered under
    (:func:`_registered_label`: "arabic.cnn.com": cnn)."""
    return {label for site in sites if site.count(".") >= 2 and (label := _registered_label(site))}


def _without_foreign_label(title: str, names: _SiteNames) -> str:
    """``title`` without the name its subdomain's host was registered under (``names.labels``: "Cnn" on
    arabic.cnn.com, "Chinadaily" on china.chinadaily.com.cn) at its end or start, set off by any
    punctuation, in another script than the rest (:func:`_scripts`): no word of an Arabic or Chinese
    headline, but the site's Latin brand. In the headline's own script one word may be the headline's
    ("How we test - Python" on wiki.python.org: :func:`_registered_name`)."""
    if not names.labels:
        return title
    separators = list(_SITE_NAME_SEPARATOR.finditer(title))
    if not separators:
        return title
    first, last = separators[0], separators[-1]
    for label, rest in ((title[last.end():], title[:last.start()]), (title[:first.start()], title[first.end():])):
        if _is_foreign_label(label, rest, names):
            return rest.strip()
    return title


def _is_foreign_label(label: str, rest: str, names: _SiteNames) -> bool:
    """Whether ``label`` is the name a subdomain's host was registered under (``names.labels``) in other
    scripts than ``rest``'s (:func:`_without_foreign_label`)."""
    if site_name_key(_name_stem(label)) not in names.labels:
        return False
    scripts, others = _scripts(label), _scripts(rest)
    return bool(scripts and others) and not scripts & others


def _without_bracketed_name(title: str, names: _SiteNames) -> str:
    """``title`` without the site's name in brackets at its start or end ("【新华网】标题", "标题【新华网】";
    its Latin brand, :func:`_is_foreign_label`): Chinese sites set their name off so, as others do with a separator. A bracketed label that names
    no site ("【独家】", "[속보]"), or a dotted one that is no web address (:data:`_WEB_ADDRESS`: "[U.S.]", "【3.15晚会】"),
    is a kicker (:func:`_kicker_as_shown`)."""
    opening, ending = _BRACKETED_NAME
    for found in (opening.match(title), ending.search(title)):
        rest = (title[:found.start()] + title[found.end():]).strip() if found else ""
        name = found["name"] if found else ""
        dotted = "." in name and not _WEB_ADDRESS.fullmatch(name)  # no address: :func:`_names_site` reads it as one
        if rest and (site_name_key(name) in names.site or _names_site(name, names) and not dotted
                     or _is_foreign_label(name, rest, names)):
            return rest
    return title


def _without_desk(title: str, names: _SiteNames) -> str:
    """``title`` without the site's name at its end (:func:`_names_site`) and a section's name before
    it, set off by the same separator (:data:`_DESK_SEPARATOR`): "Headline | Region | Site",
    "标题_国内新闻_新浪网"; or at its start and after it ("Site | Region | Headline"). A site files
    its pages so; the part between the headline and the site's name is its desk, however the page
    names it elsewhere (or nowhere): a label of a few words, shorter than the headline."""
    separators = list(_DESK_SEPARATOR.finditer(title))
    if len(separators) < 2:
        return title
    for site, desk, head, before, after in (
            (title[separators[-1].end():], title[separators[-2].end():separators[-1].start()],
             title[:separators[-2].start()], separators[-2], separators[-1]),
            (title[:separators[0].start()], title[separators[0].end():separators[1].start()],
             title[separators[1].end():], separators[0], separators[1])):
        if (before[0].strip() == after[0].strip() and _few_words(desk) and len(_letters(desk)) < len(_letters(head))
                and (_names_site(site, names) or site_name_key(site) in names.site)):
            return head.strip()
    return title


def _without_whole_name(title: str, names: set[str], closing: Collection[tuple[str, str]] = ()) -> str:
    """``title`` without a name the page declares for its site (``names``: their
    :func:`site_name_key`) set off at its end, else at its start, by a separator, however many
    words and separators the name holds ("... | Example Verlag und Druck GmbH & Co. KG",
    "Israel News – Chadashoth – חדשות | ...", a domain ending or a section's label after it aside:
    :func:`_name_stem`): a name the page gives itself is no part of a headline, where a part of a
    few words (:func:`_names_site`) is only one guess at a name.
    Not a section's name: the address's words are ones, and its slug spells the headline. Not a name a dash sets
    off opening the title that closes one of the page's titles (``closing``, :func:`_names_itself_once`)."""
    key = site_name_key(title)
    if not any(name in key for name in names):  # most titles: no name of the site at all
        return title
    separators = list(TITLE_SEPARATOR.finditer(title))
    for separator in separators:  # the first: the longest suffix
        key = site_name_key(_name_stem(title[separator.end():]))
        if key and key in names and title[:separator.start()].strip():
            return title[:separator.start()].strip()
    for separator in reversed(separators):  # the last: the longest prefix
        key = site_name_key(title[:separator.start()])
        if key and key in names and not _names_itself_once(title, title[:separator.start()], closing) and title[separator.end():].strip():
            return title[separator.end():].strip()
    return title


def _names_site(part: str, names: _SiteNames) -> bool:
    """Whether a title's part names the site or a section: one of their names, a web address,
    the site's name with its domain ending ("Le Monde.fr"), its initials ("DW", "SZ.de") or the
    page's date after it ("РИА Новости, 01.01.2024"), or a name that ends in the site's own ("The Irish Times" on irishtimes.com, "Die Neue
    Südtiroler Tageszeitung" on tageszeitung.it: :func:`_ends_in_site_name`), or words spelling the
    site's initials that the page states as its name (:func:`_spells_initials`), or the site's name then
    a section's or edition's ("Ultima Hora Mallorca": :func:`_name_then_section`)."""
    part = _DATE_AFTER_NAME.sub("", part)
    key = site_name_key(part)
    if not key or len(part.split()) > MAX_SUFFIX_WORDS:
        return False
    if key in names.all or _is_web_address(part):
        return True
    stem = site_name_key(_name_stem(part))
    return (stem in names.site or len(stem) >= MIN_INITIALS and stem in names.initials
            or _ends_in_site_name(part.split(), names.site) or _spells_initials(part, names)
            or _host_labels(part, names.site) or _spells_registered_name(part, names.site)
            or _varies_site_name(stem, names.site) or _spells_host(part, names.site) or _romanizes_host(part, names.site)
            or key in names.logos or _name_then_section(part, names) or _owns_copyright(part, names))


def _owns_copyright(part: str, names: _SiteNames) -> bool:
    """Whether a title's part (a name's few words, :data:`MAX_SUFFIX_WORDS`) is the owner a copyright line of
    the page names (:func:`_owner_named`: "© 2024 Українська правда"): the site names itself as its pages'
    owner there where it declares its name nowhere else (no ``og:site_name``, no publisher, no logo's text),
    and its titles' suffix repeats that name. Read last, as the logo's names, and not for a title an ``<h1>``
    shows whole (:meth:`_SiteNames.shown_as_headline`): there a part is the headline's own word as the
    reader sees it."""
    return bool(names.copyright) and _owner_named(part, names.copyright)


def _owner_named(name: str, lines: Iterable[str]) -> bool:
    """Whether one of ``lines`` (copyright lines, case-folded) names ``name`` (case-folded) as the owner: right after a copyright
    mark (:data:`_OWNER_MARKS`) and the years, spaces and punctuation that follow it (or right before the
    mark, "Site © 2024"; a linked name is read with its line, :meth:`PageElements.copyright_notices`), and ending the name:
    what follows, past any space, is no letter or digit ("© 2024 Українська правда. Усі права ...", "© Site |
    Impressum"), in any script. Not a name a line merely holds: a script's JSON-LD holds the headline beside its
    ``copyrightHolder``; a copyright line's "ไทยรัฐออนไลน์" does not name "ไทย" (a headline's first word, "ไทย -
    เวียดนาม"), nor "© Apple Inc." "Apple" (a headline's subject, "Apple - ...")."""
    wanted = single_spaced(name).casefold()
    return bool(wanted) and any(_owner_in_line(wanted, line) for line in lines)


def _owner_in_line(wanted: str, line: str) -> bool:
    """:func:`_owner_named` for one line: the name right after a mark, or right before one ("Site © 2024")."""
    for mark in _OWNER_MARKS:
        start = line.find(mark)
        while start >= 0:
            after = start + len(mark)
            while after < len(line) and not line[after].isalpha():
                after += 1
            if line.startswith(wanted, after) and _ends_name(line, after + len(wanted)):
                return True
            before = line[:start].rstrip()
            if before.endswith(wanted) and _ends_name(line[::-1], len(line) - len(before) + len(wanted)):
                return True
            start = line.find(mark, start + 1)
    return False


def _ends_name(line: str, end: int) -> bool:
    """Whether a name ends at ``end`` of ``line``: no letter or digit there, nor past the spaces after it
    (within :data:`_OWNER_LOOKAHEAD` characters): "© Apple Inc." does not name "Apple"."""
    return not line[end:end + 1].isalnum() and not line[end:end + _OWNER_LOOKAHEAD].lstrip()[:1].isalnum()


def _is_web_address(part: str) -> bool:
    """Whether a title's ``part`` is written as a web address ("DN.se", "Лента.ру", "example.com/news"): a
    dot, no space, and no character an address is not written with (:data:`_ADDRESS_MARKS` beside letters
    and digits, any script's) but what a title sets around it (:data:`_AROUND_ADDRESS`: quotation marks and
    brackets, "«Лента.ру»"; a trade mark sign; a direction mark ordering it in a right-to-left title,
    "العربية.نت\u200f"). A fullwidth colon or bar run into it without a space ("Kompas.com：Persija -
    Persib") sets a name off the headline's first words: the part holds both, and is no address."""
    core = "".join(char for char in part.strip() if unicodedata.category(char) != FORMAT_CATEGORY)
    core = core.strip("".join(char for char in core if unicodedata.category(char) in _AROUND_ADDRESS))
    return "." in core and all(char.isalnum() or char in _ADDRESS_MARKS for char in core)


def _name_then_section(part: str, names: _SiteNames) -> bool:
    """Whether ``part`` is the site's name and then a section's or edition's ("Ultima Hora Mallorca" on
    ultimahora.es/mallorca/..., "Yle Uutiset" on yle.fi/uutiset/): the words opening it name the site
    (its key, or its key after a leading article: :func:`_article_then_name`), the rest is one of the sections the page
    names (``names.all`` but the site's: its section meta tags, its address's directories, its
    breadcrumb). A site with editions signs each with both, where a headline's words are neither.
    A script written without spaces runs the two together ("新浪财经", "朝日新聞スポーツ"): there the
    part's key opens with the site's, a character of such a script on each side of the seam."""
    words = part.split()
    sections = names.all - names.site
    for start in range(1, len(words)):
        if not _is_section(" ".join(words[start:]), sections):
            continue
        head = words[:start]
        if site_name_key(_name_stem(" ".join(head))) in names.site or _article_then_name(head, names.site):
            return True
    return _runs_into_section(site_name_key(part), names.site, sections)


def _article_then_name(words: list[str], sites: set[str]) -> bool:
    """Whether ``words`` are a leading article (one capitalised word of at most :data:`ARTICLE_CHARS`
    letters) and then the site's name (its key): "The Irish Times" on irishtimes.com, "Die Welt" on
    welt.de, as a name is written before its section ("The Irish Times Sport"). Other title-case words
    ending in the site's name are a headline's ("Orient Express" on express.co.uk)."""
    return (len(words) >= 2 and len(words[0]) <= ARTICLE_CHARS and bool(_NAME_WORDS.fullmatch(words[0]))
            and not words[0][0].islower() and site_name_key("".join(words[1:])) in sites)


def _runs_into_section(key: str, sites: set[str], sections: Collection[str]) -> bool:
    """Whether a title's part (its :func:`site_name_key`) is the site's name run into a section's, as a
    script written without spaces joins them ("新浪财经", "朝日新聞スポーツ"): the key opens with the
    site's, a character of such a script on each side of the seam, and the rest is a section's
    (:func:`_is_section`). Not in a script with spaces, where a name running into a word is a compound."""
    return any(key.startswith(site) and len(key) > len(site) and is_unspaced(key[len(site) - 1])
               and is_unspaced(key[len(site)]) and _is_section(key[len(site):], sections) for site in sites)


def _is_section(words: str, sections: Collection[str]) -> bool:
    """Whether ``words`` name one of ``sections`` (:func:`site_name_key` keys), as written or
    :func:`_romanized`: an address spells a section in Latin letters without accents ("El País América"
    on elpais.com/america/, "Hürriyet Gündem" on /gundem/, "РБК Спорт" on /sport/)."""
    key = site_name_key(words)
    return key in sections or site_name_key(_romanized(key)) in sections


def _name_stem(part: str) -> str:
    """A title's ``part`` without what may follow the site's name inside it: a domain ending
    (:data:`_DOMAIN_ENDING`: "Le Monde.fr", "Лента.ру") or a full stop and the section's one-word label
    (:data:`_STOPPED_LABEL`: "Ведомости. Главное", an acronym's "ТАСС. Главное"). Any other dot is kept, and the part is then no name of
    the site: a dot before the headline's words ("mbl.is：Headline words", "Ведомости. Нефть дорожает")
    or an abbreviation's ("Dr. Who" on dr.dk). One reading for every rule that compares a part with the
    site's names, in every script."""
    part = part.strip()
    if domain := _DOMAIN_ENDING.search(part):
        return part[:domain.start()]
    stopped = _STOPPED_LABEL.search(part)
    if stopped and (len(word := stopped.group(1)) >= MIN_STOPPED_WORD or (len(word) > 1 and word.isupper())):
        return part[:stopped.end(1)]
    return part


def logo_names(page: PageElements, url: str | None) -> frozenset[str]:
    """The :func:`site_name_key` of the names a site's logo gives it: the alternative text of an image,
    the ``<title>`` of an inline SVG, or the ``aria-label`` or ``title`` of a link to the site's home
    page (:func:`~newsspider.urls.is_home_page` on the page's host or a parent domain's) that shows
    a logo (:func:`_shows_logo`: not a symbol's button) whose picture names nothing itself (``<a
    title="Trang chủ"><img alt="VnExpress"></a>``: the picture's name, the link's action), without
    the word "logo". A site that declares its name nowhere else (no ``og:site_name``, no publisher)
    still shows it as its logo, and its titles' suffix repeats that name. A label that says what the
    link does ("Home", "Startseite", "Главная", "首页": :func:`_home_words`) names nothing, and a link to
    another subdomain's home (a special's, "Wahl 2025" on wahl.site.example; a section's) names that
    subdomain, not the site."""
    host = host_key(url)
    if not host:
        return frozenset()
    names: set[str] = set()
    for link, href in page.links():
        href = href.strip()
        if not _may_lead_home(href):
            continue
        address = join_url(url, href)
        home = host_key(address)
        if not is_home_page(address) or not (home == host or host.endswith(f".{home}")):
            continue
        # A picture that names itself names the logo; the link's own label then says what the link does. A
        # picture's text saying only "logo" or where the link leads ("Home") names nothing: the label names the site.
        pictured = _logo_keys((*(image.get("alt") for image in link.iter("img")),
                               *(seen_text(label) for label in link.iter("title"))))
        names.update(pictured or (_logo_keys((link.get("aria-label"), link.get("title"))) if _shows_logo(link) else set()))
        names.update(_logo_keys((_site_title(link),)))
    return frozenset(names)


def _site_title(link: HtmlElement) -> str | None:
    """The text of a link home (``link``) set as the site's title: the whole of an ``<h1>`` (a theme's ``<h1><a
    href="/">Site name</a></h1>``: a heading that leads home names the site as a logo does, in words, where a
    story's headline names this page), or classed as the site's brand or title, it or the element it fills (a
    logo's class words, :data:`_LOGO_CLASS_WORDS`: ``<a class="navbar-brand">``; :data:`_SITE_TITLE_CLASS_WORDS`:
    ``<p class="site-title">``, ``<div class="site-name">``)."""
    if link.tag != "a":
        return None
    text = single_spaced(sighted_text(link))
    if not text:
        return None
    heading = next(link.iterancestors("h1"), None)
    if heading is not None:  # the story's own heading, linked home by a theme's mistake, names no site
        return (text if alnum_only(text) == alnum_only(sighted_text(heading)) and not _in_story(heading)
                and not _is_permalink(heading) else None)
    parent = link.getparent()
    boxes = [link] + ([parent] if parent is not None and alnum_only(text) == alnum_only(sighted_text(parent)) else [])
    return text if any(_classed_as_site(box) for box in boxes) else None


def _classed_as_site(element: HtmlElement) -> bool:
    """Whether ``element``'s class names the site's brand or title (:data:`_LOGO_CLASS_WORDS`: "navbar-brand",
    "logo"; :data:`_SITE_TITLE_CLASS_WORDS`: "site-title", "site-name")."""
    words = class_words(element.get("class") or "")
    return not _LOGO_CLASS_WORDS.isdisjoint(words) or any(pair <= words for pair in _SITE_TITLE_CLASS_WORDS)


def _logo_keys(texts: Iterable[str | None]) -> set[str]:
    """The :func:`site_name_key` of the names ``texts`` give a logo: without the word "logo", none that is
    empty or says what a link home does (:func:`_home_words`)."""
    keys = {site_name_key(_LOGO_WORD.sub("", single_spaced(text))) for text in texts if text}
    return keys - _home_words() - {""}


def _shows_logo(link: HtmlElement) -> bool:
    """Whether a link home may show a logo, whose label is then the site's name: a picture (an image, an
    inline SVG), letters ("AK") or nothing its markup holds (a style sheet's picture). A link showing a
    symbol alone ("⌂", "🏠", an icon font's private-use character) is a button, and its label says what it
    does in the page's language ("Trang chủ", "Tin tức"), which no list of words can cover."""
    if next(link.iter("img", "svg", "picture"), None) is not None:
        return True
    shown = "".join(link.text_content().split())
    if shown:
        return any(char.isalpha() for char in shown)
    # showing nothing: a style sheet's picture of the logo (<span class="logo">, a link classed "site-logo" or
    # "navbar-brand" whatever it holds), or an icon font's glyph (<i class="fa fa-home">, "glyphicon-home"), a symbol
    return (not _LOGO_CLASS_WORDS.isdisjoint(class_words(link.get("class") or ""))
            or not any(_icon_font(element) for element in link.iterdescendants()))


def _icon_font(element: HtmlElement) -> bool:
    """Whether ``element``'s class names an icon font's glyph (:data:`_ICON_CLASS_WORDS`: "fa fa-home", "bi-house",
    "icon-home"), not a logo's picture ("logo-icon", "brand")."""
    words = class_words(element.get("class") or "")
    return not _ICON_CLASS_WORDS.isdisjoint(words) and _LOGO_CLASS_WORDS.isdisjoint(words)


@cache
def _home_words() -> frozenset[str]:
    """The :func:`site_name_key` of the words a link to a site's home is labelled with in the covered
    languages (the ``breadcrumb_home`` phrases of the cleaner's pattern files: "Home", "Startseite",
    "Главная", "首页", "الرئيسية"): what the link does, read once a process."""
    return frozenset(key for language in available_languages()
                     for word in load_patterns(language).get("breadcrumb_home", ()) if (key := site_name_key(word)))


def _may_lead_home(href: str) -> bool:
    """Whether ``href`` may be a link to a home page (:data:`~newsspider.urls.HOME_PAGE_PATHS`), read
    before it is joined to the page's address (a teaser grid's thousand links cost a thousand joins): its
    path's last part is none or a home page's file ("/", "./index.html", "https://site.example"), and it is
    no anchor of the page ("#comments" on a page at the site's root names no logo)."""
    if not href or href.startswith("#"):
        return False
    address = _QUERY_OR_FRAGMENT.split(href, 1)[0]
    return address.rsplit("/", 1)[-1].lower() in _HOME_FILES or bool(_BARE_HOST.fullmatch(address))


# German's umlauts and sharp s as a host name spells them in ASCII ("boersen-zeitung.de": Börsen-Zeitung).
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _spells_host(part: str, sites: set[str]) -> bool:
    """Whether ``part``, a name written with letters a host name does not hold, is the site's name as
    its host spells it in ASCII (``sites``: their keys, the host's among them): without its accents
    ("Hürriyet" on hurriyet.com.tr, "Le Télégramme" on letelegramme.fr: :func:`name_key` drops them)
    or with German's umlauts spelt out ("Börsen-Zeitung" on boersen-zeitung.de). A page that declares
    no name for its site is named by its host alone."""
    return not part.isascii() and any(name_key(spelling) in sites for spelling in (part, part.translate(_SPELT_OUT)))


def _romanizes_host(part: str, sites: set[str]) -> bool:
    """Whether ``part``, a name in Cyrillic or Greek letters, is the site's name its host spells in Latin
    ones ("Ведомости" on vedomosti.ru, "Καθημερινή" on kathimerini.gr, "Новая газета" on
    novayagazeta.ru, "Хабр" on habr.com; what :func:`_name_stem` reads after the name aside): compared
    by the consonants (:func:`_consonant_key`; "х", "χ" and "г" as their consonant or none:
    :data:`_OPTIONAL_CONSONANTS`), since sites romanise their names each their own way ("Известия",
    izvestia or izvestiya), and by the vowels ending them (:func:`_ending`): an inflected form of the
    name ("Καθημερινά", "Ведомостей", "Блица") is a word of the headline. A name ending in a consonant
    is no inflected form, whatever vowels its host adds ("Гордон" on gordonua.com)."""
    if part.isascii() or not any(letter_script(char) in ("CYRILLIC", "GREEK") for char in part):
        return False
    name = _romanized(_name_stem(part))
    key = _consonant_key(name)
    if len(key) < MIN_NAME_CONSONANTS:
        return False
    pattern = re.compile("".join(_OPTIONAL_CONSONANTS.get(char, char) for char in key))
    ending = _ending(name)
    return any(pattern.fullmatch(_consonant_key(site)) and (not ending or _ending(site) == ending)
               for site in sites if site.isascii() and site.isalnum())


def _romanized(text: str) -> str:
    """``text``'s Cyrillic and Greek letters in Latin ones (:data:`_ROMAN`), accents dropped, lower case."""
    bare = "".join(char for char in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(char))
    bare = _GREEK_DIPHTHONG.sub(lambda found: (_VOICELESS_AFTER if found[2] else _VOICED_AFTER)[found[1]], bare)
    return bare.translate(_ROMAN)


def _consonant_key(spelling: str) -> str:
    """A Latin spelling's consonants, "ts" as "c", "c" and "q" as "k", "x" as "ks" (:data:`_SPELLING_NOISE`):
    what the romanisations of one name share ("Блиц", blic; "Царьград", tsargrad). A romanised name's
    capitals (:data:`_OPTIONAL_CONSONANTS`) are kept as they are."""
    letters = "".join(char if char in _OPTIONAL_CONSONANTS else char.casefold()
                      for char in spelling if char.isascii() and char.isalpha())
    letters = letters.replace("ts", "c").replace("x", "ks")
    return _SPELLING_NOISE.sub("", letters.replace("c", "k").replace("q", "k"))


def _ending(spelling: str) -> str:
    """The vowels ending a Latin spelling (:data:`_VOWEL_LETTERS`), as its romanisations share them."""
    spelling = spelling.casefold()
    vowels = spelling[len(spelling.rstrip(_VOWEL_LETTERS)):]
    return _DOUBLED.sub(r"\1", vowels.translate(_AS_I))


def _varies_site_name(key: str, sites: set[str]) -> bool:
    """Whether a part's ``key`` is the site's name without its article ("Guardian" for The Guardian,
    "Monde" for Le Monde): a name ending the site's own, at most :data:`ARTICLE_CHARS` letters shorter,
    of :data:`MIN_NAME_TAIL` letters at least ("Welt" is a word as much as Die Welt's name)."""
    return len(key) >= MIN_NAME_TAIL and any(
        site.endswith(key) and 0 < len(site) - len(key) <= ARTICLE_CHARS for site in sites)


def _spells_registered_name(part: str, sites: set[str]) -> bool:
    """Whether ``part`` is words, two at least, that spell the name a subdomain's site was registered
    under (:func:`_registered_label`): "China Daily" on china.chinadaily.com.cn, "Les Echos" on
    investir.lesechos.fr. One word may be the headline's own ("How we test - Python" on
    wiki.python.org), where words spelling the domain's name are the site's name written out."""
    words = _NAME_WORDS.findall(part)
    if len(words) < 2 or len(words) != len(part.split()):
        return False
    key = site_name_key(part)
    return any(key == site_name_key(_registered_label(site) or "") for site in sites if site.count(".") >= 2)


def _host_labels(part: str, sites: set[str]) -> bool:
    """Whether ``part`` is words that are each a label of the site's host name, in any order, two at
    least: "Python Wiki" on wiki.python.org, "Mozilla Blog" on blog.mozilla.org; a site with a
    subdomain names itself so where it declares no name."""
    words = [word.casefold() for word in _NAME_WORDS.findall(part)]
    if len(words) < 2 or len(words) != len(part.split()):
        return False
    return any(set(words) <= set(site.split(".")) for site in sites if site.count(".") >= 2)


def _spells_initials(part: str, names: _SiteNames) -> bool:
    """Whether the capitalised words of ``part`` start with the letters of a site's name (its
    host's: "Deutscher Schwimm-Verband e.V." on dsv.de) and the page states them as its own name
    in its footer or a copyright line: a quote's speaker spells initials too ("... – Fernando
    Torres" on ft.com, "... | Daniel Weber" on dw.com)."""
    words = [word for word in _NAME_WORDS.findall(part) if len(word) > 1 and word[0].isupper()]
    initials = "".join(word[0] for word in words).casefold()
    if len(initials) < MIN_INITIALS or initials not in names.site or names.page is None:
        return False
    return _stated_in("".join(words), " ".join(_stated_names(names.page)))


def _stated_names(page: PageElements) -> list[str]:
    """The texts where a site states its own name: its footers (a ``<footer>``, an element whose
    class or id names one) and its copyright lines, outside the article and its pictures."""
    return [*_footer_texts(page), *page.copyright_lines()]


def _footer_texts(page: PageElements) -> list[str]:
    """The texts of the page's footers (:data:`_FOOTERS`), read once a page: where the site states its name
    (:func:`_stated_names`) and its own copyright notice (:attr:`_SiteNames.copyright`)."""
    return page.remembered(_footer_texts, lambda: [seen_text(element) for element in _FOOTERS(page.tree)])


def _letters(text: str) -> str:
    return alnum_only(text.casefold())


def _stated_in(name: str, text: str) -> bool:
    """Whether ``text`` states ``name``: its letters and digits (:func:`_letters`, in any spacing and
    punctuation: "SPIEGEL ONLINE" states "Spiegel Online") as whole words of the text, not inside a
    word ("Live" is not stated by "The Olive Press"); in a script written without spaces
    (:func:`is_unspaced`) a word may start or end at any character ("新华网版权所有" states "新华网")."""
    wanted = _letters(name)
    if not wanted or ("\u0345" in text and wanted not in _letters(text)):
        return False  # (U+0345 adds a letter to _letters(text) alone: its test of old kept)
    positions = _LetterPositions(text)
    joined = positions.letters
    start = joined.find(wanted)  # most pages: not even inside a word
    while start >= 0:
        end = start + len(wanted)
        if _word_starts(text, positions, start) and _word_ends(text, positions, end):
            return True
        start = joined.find(wanted, start + 1)
    return False


class _LetterPositions:
    """The letters and digits of ``text`` as :func:`_stated_in` reads them (each alphanumeric
    character case-folded, the alphanumeric characters of its folding kept: one character may
    give two), as ``letters``; indexed, the position in ``text`` of each of them.

    A page's footers and copyright lines run to hundreds of kilobytes (a script's JSON naming the
    site), and the name is looked for in all of them: the letters are read a block of
    :data:`_LETTER_BLOCK` characters at a time by C-level string methods, and a block's
    positions are found character by character only when a match is checked there. Exact: only
    U+0345 (a combining mark that folds to a letter) folds differently in a block than character
    by character, and a text holding it is read character by character."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._step = _LETTER_BLOCK if "\u0345" not in text else 1
        read = _letters if self._step > 1 else _char_letters
        blocks = [read(text[start:start + self._step]) for start in range(0, len(text), self._step)]
        self._starts = list(accumulate(map(len, blocks), initial=0))  # index of each block's first letter
        self._positions: dict[int, list[int]] = {}  # block -> the positions of its letters
        self.letters = "".join(blocks)

    def __len__(self) -> int:
        return len(self.letters)

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < len(self.letters):
            raise IndexError(index)
        block = bisect_right(self._starts, index) - 1
        positions = self._positions.get(block)
        if positions is None:
            first = block * self._step
            positions = self._positions[block] = [
                position for position in range(first, min(first + self._step, len(self.text)))
                for _ in _char_letters(self.text[position])]
        return positions[index - self._starts[block]]


def _char_letters(char: str) -> str:
    """The letters and digits one character gives :func:`_stated_in` (its folding's, if it is one)."""
    return "".join(filter(str.isalnum, char.casefold())) if char.isalnum() else ""


def _word_starts(text: str, positions: _LetterPositions, index: int) -> bool:
    """Whether the letter ``index`` (of :func:`_stated_in`'s) starts a word of ``text``: no letter,
    digit or mark of the same word before it, but in a script written without spaces."""
    position = positions[index]
    if index > 0 and positions[index - 1] == position:
        return False  # inside one character's folding ("ß": "ss")
    before = text[position - 1] if position else " "
    return not _in_word(before) or is_unspaced(before) or is_unspaced(text[position])


def _word_ends(text: str, positions: _LetterPositions, end: int) -> bool:
    """Whether the letter before ``end`` ends a word of ``text`` (marks after it are its own: a
    vowel sign after an Indic consonant), as :func:`_word_starts`."""
    position = positions[end - 1]
    if end < len(positions) and positions[end] == position:
        return False
    after = position + 1
    while after < len(text) and unicodedata.category(text[after]).startswith("M"):
        after += 1
    if after == len(text):
        return True
    return not _in_word(text[after]) or is_unspaced(text[after]) or is_unspaced(text[position])


def _in_word(char: str) -> bool:
    """A letter, a digit or a mark (the vowel signs of Indic scripts, not letters to ``str.isalnum``)."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _ends_in_site_name(words: list[str], sites: set[str]) -> bool:
    """Words that end in the site's name (its key: :func:`site_name_key`), the words before it
    capitalised and of letters only, as a name's are: "The Irish Times", "Die Neue Südtiroler Tageszeitung". Not a
    phrase that ends in a common word the site is named after ("Es ist Zeit" on zeit.de); a name
    of fewer than :data:`MIN_NAME_TAIL` characters only after one article ("Die Welt")."""
    for start in range(1, len(words)):
        tail = site_name_key("".join(words[start:]))
        tail = tail.rsplit(".", 1)[0] if "." in tail else tail
        if tail not in sites or not all(_NAME_WORDS.fullmatch(word) and not word[0].islower() for word in words[:start]):
            continue
        if len(tail) >= MIN_NAME_TAIL or (start == 1 and len(words[0]) <= ARTICLE_CHARS):
            return True
    return False


@lru_cache(maxsize=KEYS_KEPT)
def site_name_key(name: str) -> str:
    """``name`` case-folded, with its letters, digits and dots only: "Le Monde" and "lemonde.fr"
    compare. Kept for the last :data:`KEYS_KEPT` names: a page asks for some 25 (each declared
    title, each part of one, each of the site's names); on the extraction benchmark's pages 87% of
    the calls repeat one."""
    return _NOT_NAME_KEY.sub("", name.casefold()).strip(".")
