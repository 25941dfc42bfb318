"""Topic tags from what pages declare as keywords.

Keyword fields arrive as lists, strings separated by the commas or semicolons of any script
(``,`` ``،`` ``、`` ``፣`` ``၊`` ...), pipes or line breaks, or one space-separated string; with CMS
paths ("sections/sverige", "topic/misshandel & överfall"), internal markers
("sub-section:panorama", "isRepublished:false", "ctp_video", "@hp-top-stories"), UUIDs and numeric
ids mixed in.
:func:`clean_tags` keeps the topics.
"""
from __future__ import annotations

import html
import html.entities
import re
from collections import Counter
from collections.abc import Iterable

from newsspider.unicode_classes import alnum_only, each_of_unspaced_script, is_unspaced, without_direction_marks

# The list separators of the scripts we meet: Latin/Cyrillic/Greek comma and semicolon, pipe, Arabic
# comma and semicolon, ideographic and fullwidth comma, Ethiopic comma and semicolon, the commas of
# Myanmar (၊), Mongolian (᠂) and N'Ko (߸), and line breaks (one keyword a line). A comma between digits is part of a number ("1,5-Grad-Ziel").
# A bullet, or a middle dot between spaces (Catalan writes one inside words: "col·legi").
# The spaces before a separator are taken only from where their run starts (``(?<!\s)``): tried
# from every space of a long run, a split took time quadratic in the run's length.
_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:[;|\n\r\u060c\u061b\u3001\uff0c\uff1b\uff64\ufe50\ufe51\u1363\u1364\u104a\u1802\u07f8•]"
                        r"|(?<!\d),|,(?!\d))\s*|(?<!\s)\s+·\s+")
_SPACED_MARKS = (" - ", " – ", " / ")
# "#Brexit #EU #TheresaMay": a string of hashtags is a list of them.
_HASHTAGS = re.compile(r"\s+(?=[#＃][^\W_])")
# An entity's text ("&amp;", "&#38;"), whose semicolon stands for itself while a field is split.
_ENTITY_TEXT = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_KEPT_SEMICOLON = "\x00"
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)
_HEX_ID = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)
# "sub-section:panorama", "articleType:News": a CMS's key:value marker, not a topic.
_INTERNAL = re.compile(r"^[A-Za-z][\w.-]*:\S")
# "ctp_video", "type_news", "_no-apple-news", "@hp-top-stories", "/article": a CMS's identifier, flag
# or path (a topic is written in words: with spaces or hyphens, never underscores).
_IDENTIFIER = re.compile(r"^[@/]|^\S*_\S*$")
# "Category: Jupiter", "topic: White House": a CMS's field name before the topic; "section: Article",
# "type: news": a field that names no topic.
_TOPIC_FIELD = re.compile(r"^(?:categor(?:y|ies)|topics?|tags?|keywords?|subjects?)\s*:\s*(?=\S)", re.IGNORECASE)
_OTHER_FIELD = re.compile(r"^(?:sections?|type|format|channel|template|content[ _-]?type)\s*:\s+", re.IGNORECASE)
# "news/", "Politik > ", "News › World › ", "Startseite » Sport » ": a path's steps before its last, set apart by a
# spaced mark pointing on (the greater-than sign, the single and double right-pointing angle quotation marks,
# the rightwards arrow, the right angle bracket, right-pointing triangles), as breadcrumbs write them; unspaced,
# "»" closes a quote ("«Brexit»"), and spaced too after a step opening one (_QUOTE_OPENINGS: French, Italian,
# Spanish "L'affaire « Benalla » au Sénat" quotes a name inside the tag, no path).
_PATH_MARKS = ">›»→⟩〉▸►"
_QUOTE_OPENINGS = "«‹"
_PATH_PREFIX = re.compile(rf"^(?:[a-z][a-z_-]{{2,}}/)+(?=\S)"
                          rf"|^(?:[^<{_QUOTE_OPENINGS}{_PATH_MARKS}]{{1,40}}?\s+[{_PATH_MARKS}]\s+)+(?=\S)")
# "article-123456", "node12345": a token carrying a long number is an id ("COVID-19", "G20", "2024" are topics).
ID_DIGITS = 5  # a number this long is an id; a shorter one a count or a year
_ID_TOKEN = re.compile(rf"\S*\d{{{ID_DIGITS},}}\S*")
_ENUMERATION = re.compile(r"^\(\d+\)\s*")
_COUNT = re.compile(r"(?<=\S)\s*\((\d+)\)$")  # "Ukraine (123)": how many articles the topic has
YEARS = range(1900, 2101)  # a number in brackets after a topic that may be its year ("Olympia (1972)"): a topic's own
_NUMBER = re.compile(r"[\d\s.,:/-]+")  # an id, not a topic
# A count or a year (ids run longer), or two numbers of a day's or a ratio's size a slash joins, a topic's name
# among topics ("9/11", "24/7", "50/50"): an id's parts run longer, a date in numbers has three; a number padded
# with a zero ("05/03") is a form's field, a date's day and month, not a name said.
_SHORT_NUMBER = re.compile(rf"\d{{1,{ID_DIGITS - 1}}}|[1-9]\d?/[1-9]\d?")
# What a CMS writes into an empty field.
_PLACEHOLDERS = frozenset({"none", "null", "undefined", "nan", "true", "false"})
MAX_TAG_CHARS = 80
# Quotes (of every script) around a whole tag ('"Brexit"', '«Brexit»', '「五輪」'), and hash signs
# before one ('#Brexit'; not after: "C#").
_QUOTES = "\"'“”„‟«»‘’‚‹›「」『』"
_QUOTE = re.compile(f"[{re.escape(_QUOTES)}]")  # one of them: a tag's quotes counted in one search, not a step a letter
_HASH_SIGNS = "#＃"


def split_keywords(value: str | list[str] | None) -> list[str]:
    """The entries of a keyword field: its string, or each string of its list, split at the
    separators (a CMS may join a whole field into one list entry)."""
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [tag.replace(_KEPT_SEMICOLON, ";") for item in values if isinstance(item, str)
            for part in _parts(without_direction_marks(_unescaped(item))) if part.strip()
            for tag in (_HASHTAGS.split(part) if part.lstrip()[:1] in _HASH_SIGNS else (part,))]


def _parts(text: str) -> list[str]:
    """A field's entries: split at :data:`_SEPARATOR`, else at a spaced dash or slash it uses
    between three entries or more ("Brexit - EU - Theresa May"; one such mark is a tag's own:
    "Frankfurt - Offenbach"); an entry in a script written without spaces split at its spaces
    (:func:`_unspaced_words`)."""
    parts = _SEPARATOR.split(text)
    if len(parts) == 1:
        for mark in _SPACED_MARKS:
            if text.count(mark) >= 2:
                parts = text.split(mark)
                break
    return [word for part in parts for word in _unspaced_words(part)]


def _unspaced_words(entry: str) -> list[str]:
    """``entry``'s words when each is of a script written without spaces between words
    (:func:`is_unspaced`: "社会 政治 経済", Chinese, Japanese, Thai): a space there separates
    keywords, as a comma does elsewhere. Else the entry: a space inside a Latin, Cyrillic or
    Korean keyword is a phrase's ("Theresa May", "NBA 勇士")."""
    words = entry.split()
    if len(words) > 1 and each_of_unspaced_script(words):
        return words
    return [entry]


def _unescaped(value: str) -> str:
    """``value`` unescaped once, and only here: entities before the split (the semicolon of an
    escaped "PG&amp;E" separates nothing), and an entity's text left after it (a keyword whose
    text is "&amp;", escaped once as "&amp;amp;") kept whole, its semicolon no separator."""
    if "&" not in value:
        return value
    return _ENTITY_TEXT.sub(_kept_whole, html.unescape(value))


def _kept_whole(entity: re.Match[str]) -> str:
    if entity[1].startswith("#") or f"{entity[1]};" in html.entities.html5:
        return entity[0][:-1] + _KEPT_SEMICOLON
    return entity[0]  # "Q&A;" names no entity: its semicolon separates


def is_word_string(entries: list[str]) -> bool:
    """A keyword field (its :func:`split_keywords` entries) that is one string of words without
    separators ("Boxen Russland Frank Warren"): where the names start and end is lost, so a
    separated source is better. A path of steps ("Nachrichten > Politik > Ausland": :data:`_PATH_PREFIX`)
    is no such string: its last step is the topic (:func:`clean_tags`)."""
    return len(entries) == 1 and len(entries[0].split()) > 3 and _PATH_PREFIX.match(entries[0]) is None


# A field holding the headline's words one by one is no list of topics (at least this many words:
# three topics may all be words of a short headline).
TITLE_WORDS_MIN = 4
# A headline in a script written without spaces, cut into pieces as keywords ("宮崎県, 震度, 5弱, 津波"):
# at most this many of its letters left out before a piece (a particle between two: "で", "の", "的").
SKIPPED_LETTERS_MAX = 2
_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def past_title(entries: list[str], title: str | None) -> list[str] | None:
    """The entries of a keyword field (its :func:`split_keywords` entries) after those spelling the
    headline, or None where the field does not open with the headline: a CMS that writes the
    headline's words as keywords, its function words too (``federal, reserve's, low, rate, policy,
    is, a, ...`` under "Federal Reserve's Low Rate Policy Is A ..."), then maybe topics. Compared
    word by word (:func:`_past_title_words`), so the same habit written as one string of words
    (:func:`is_word_string`) is one too; in a script written without spaces, piece by piece
    (:func:`_past_title_pieces`), or whole (:func:`_past_whole_title`: a Chinese CMS writes the
    title as the keywords). Topics chosen by an editor name some of the headline's words,
    not all in their order. Of the rest, the headline again is no topic (Mynet's ``Samsun’da,
    sobadan, ..., oldu, Samsun’da sobadan ... oldu``); a word of it is (``..., meteorit, Meteorit``:
    an editor's tag that the headline names)."""
    if not title:
        return None
    letters = alnum_only(title.casefold())
    unspaced = 2 * sum(map(is_unspaced, letters)) > len(letters)
    if unspaced:
        rest = _past_whole_title(entries, title)
        rest = _past_title_pieces(entries, letters) if rest is None else rest
    else:
        rest = _past_title_words(entries, _keys(title.split()))
    return None if rest is None else [entry for entry in rest if alnum_only(entry.casefold()) != letters]


def _past_title_words(entries: list[str], words: list[str]) -> list[str] | None:
    """:func:`past_title` of a headline of ``words`` (:func:`_keys`): the entries' words open with
    them; the words of an entry the headline ends inside that follow it are one entry of the rest."""
    if len(words) < TITLE_WORDS_MIN:
        return None
    matched = 0
    for index, entry in enumerate(entries):
        spelled = [word for word in entry.split() if _EDGE_MARKS.sub("", word)]
        keys = _keys(spelled)[:len(words) - matched]
        if keys != words[matched:matched + len(keys)]:
            return None
        matched += len(keys)
        if matched == len(words):
            rest = " ".join(spelled[len(keys):])
            return [rest, *entries[index + 1:]] if rest else entries[index + 1:]
    return None


def _past_whole_title(entries: list[str], title: str) -> list[str] | None:
    """:func:`past_title` of a field opening with the headline whole, cut only where the field's
    separators cut the headline itself (:func:`split_keywords`: "宮崎県で震度5弱、高知と..."): the
    headline as written, not topics cut from it, however few the pieces (in a spaced script its
    words are counted, :func:`_past_title_words`)."""
    own = [alnum_only(entry.casefold()) for entry in split_keywords(title)]
    opening = [alnum_only(entry.casefold()) for entry in entries[:len(own)]]
    return entries[len(own):] if own and all(own) and opening == own else None


def _past_title_pieces(entries: list[str], letters: str) -> list[str] | None:
    """:func:`past_title` of a headline written without spaces (its ``letters``, casefolded): the
    entries in order are pieces of it, each at most :data:`SKIPPED_LETTERS_MAX` letters after the
    last, at least :data:`TITLE_WORDS_MIN` of them up to its end (cut from it, as topics cut from a
    headline are not: "香港, 梁振英" under "港特首梁振英就住宅违建事件道歉")."""
    position = pieces = 0
    for entry in entries:
        piece = alnum_only(entry.casefold())
        found = letters.find(piece, position) if piece else -1
        if found < 0 or found - position > SKIPPED_LETTERS_MAX:
            break
        position, pieces = found + len(piece), pieces + 1
    if pieces < TITLE_WORDS_MIN or len(letters) - position > SKIPPED_LETTERS_MAX:
        return None
    return entries[pieces:]


def _keys(words: Iterable[str]) -> list[str]:
    """The words compared by :func:`_past_title_words`: without marks at their edges, casefolded."""
    return [key for word in words if (key := _EDGE_MARKS.sub("", word).casefold())]


# A keyword field naming this many sibling entries of one of the site's menus above the headline lists the
# site's sections (AOL's "news, update, nation, world, entertainment, sports, business, health, ..." on every
# page): an article is filed under one entry of a menu level (two or three where it is cross-listed), not four.
SECTION_SIBLINGS_MIN = 4


def site_sections(tags: list[str], menus: Iterable[list[str]]) -> set[str]:
    """The entries (:func:`section_key`) ``tags`` name of the one of ``menus`` (the texts of the
    links of each list of the site's navigation above the headline) of which they name most, where
    they name :data:`SECTION_SIBLINGS_MIN` or more; else none. Such a field is the site's standing list of its
    sections, the same on every page, or an article cross-listed in many sections (Vox's "Front
    Page, Explainers, World, ..."; a recipe's "Lunch, Sharing, Sides, Vegetarian"): a page alone does
    not tell the two apart, so the field gives way only to one naming one of those sections at most
    (an article's own tags, naming the section it is filed under).
    Topics a menu links to in a row of its own (a site's trending topics) are as many of its entries;
    tags that are links of several menus (a section and its subsection) are not."""
    if len(tags) < SECTION_SIBLINGS_MIN:
        return set()
    keys = {section_key(tag) for tag in tags} - {""}
    named: set[str] = set()
    for menu in menus:
        if len(found := keys.intersection(map(section_key, menu))) > len(named):
            named = found
    return named if len(named) >= SECTION_SIBLINGS_MIN else set()


def section_key(text: str) -> str:
    """A tag or a menu entry as :func:`site_sections` compares them: its letters and digits,
    casefolded ("front-page" is "Front Page")."""
    return alnum_only(text.casefold())


def clean_tags(values: Iterable[str]) -> list[str]:
    """Tags without CMS paths, internal markers, ids and duplicates (case-insensitive), in order.
    A short number among topics is one of them ("israel, asesina, 58, palestinos": a count, a
    year); numbers with no topic beside them are ids ("264,181", "264, isRepublished:false")."""
    unwrapped = _uncounted([_unwrapped(value) for value in values])
    tags = [_clean(value) for value in unwrapped]
    if any(tags):
        tags = [tag or (value if _SHORT_NUMBER.fullmatch(value) else None)
                for value, tag in zip(unwrapped, tags, strict=True)]
    found: dict[str, str] = {}
    for tag in tags:
        if tag and tag.casefold() not in found:
            found[tag.casefold()] = tag
    return list(found.values())


def _uncounted(tags: list[str]) -> list[str]:
    """``tags`` without the count of each topic's articles after it ("Ukraine (123)", "Krieg (2981)":
    a tag list's or cloud's), where every tag of a list of two or more has one and they are not all
    one number (a year the topics share: "Olympia (2024)", "Paris (2024)")."""
    counts = [_COUNT.search(tag) for tag in tags]
    if len(tags) < 2 or not all(counts) or len({count[1] for count in counts if count}) == 1:
        return tags
    bare = [tag[:count.start()] for tag, count in zip(tags, counts, strict=True) if count]
    return _with_years(tags, bare, [count[1] for count in counts if count])


def _with_years(tags: list[str], bare: list[str], numbers: list[str]) -> list[str]:
    """The ``bare`` tags, but with the year in brackets (:data:`YEARS`) a tag names itself by: where every
    number of the list is a year (no list of article counts), or where the tag without it would be
    another of the list ("Bundestagswahl (2021)", "Bundestagswahl (2025)": two elections, one topic's name)."""
    years = [len(number) == 4 and int(number) in YEARS for number in numbers]
    if all(years):
        return tags
    names = Counter(tag.casefold() for tag in bare)
    return [tag if year and names[name.casefold()] > 1 else name
            for tag, name, year in zip(tags, bare, years, strict=True)]


def _clean(tag: str) -> str | None:
    """The topic an :func:`_unwrapped` value names, or None for a marker, an id, a number or a
    placeholder."""
    tag = _TOPIC_FIELD.sub("", tag)  # "Category: Jupiter", "tag:brexit"
    if not tag or _INTERNAL.match(tag) or _OTHER_FIELD.match(tag):
        return None
    if _IDENTIFIER.search(tag) or _UUID.search(tag) or _HEX_ID.fullmatch(tag) or _ID_TOKEN.fullmatch(tag):
        return None
    tag = _ENUMERATION.sub("", _PATH_PREFIX.sub("", tag)) if "://" not in tag else ""
    if not tag or len(tag) > MAX_TAG_CHARS or tag.casefold() in _PLACEHOLDERS or _NUMBER.fullmatch(tag):
        return None
    return tag


def _unwrapped(value: str) -> str:
    """``value`` (unescaped already: :func:`split_keywords`) with whitespace squeezed, without hash
    signs before it and quotes around it: a pair, or a quote at an end that has no partner in the
    tag (a list split inside its quotes: "'China'" may come as "China'")."""
    tag = " ".join(value.split()).lstrip(_HASH_SIGNS).strip()
    while len(tag) > 1 and tag[0] in _QUOTES and tag[-1] in _QUOTES:
        tag = tag[1:-1].strip()
    if len(_QUOTE.findall(tag)) == 1:
        tag = tag.strip(_QUOTES).strip()
    return tag
