"""Topic tags from what pages declare as keywords.

Keyword fields arrive as lists, strings separated by the commas or semicolons of any script
(``,`` ``،`` ``、`` ``፣`` ...), pipes or line breaks, or one space-separated string; with CMS paths ("sections/sverige", "topic/misshandel & överfall"), internal markers
("sub-section:panorama", "isRepublished:false"), UUIDs and numeric ids mixed in.
:func:`clean_tags` keeps the topics.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable

# The list separators of the scripts we meet: Latin/Cyrillic/Greek comma and semicolon, pipe, Arabic
# comma and semicolon, ideographic and fullwidth comma, Ethiopic comma and semicolon, and line breaks
# (one keyword a line).
_SEPARATOR = re.compile(r"\s*[,;|\n\r\u060c\u061b\u3001\uff0c\uff1b\uff64\ufe50\ufe51\u1363\u1364]\s*")
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)
_HEX_ID = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)
# "sub-section:panorama", "articleType:News": a CMS's key:value marker, not a topic.
_INTERNAL = re.compile(r"^[A-Za-z][\w.-]*:\S")
_PATH_PREFIX = re.compile(r"^(?:[a-z][a-z_-]{2,}/)+(?=\S)")
_ENUMERATION = re.compile(r"^\(\d+\)\s*")
_NUMBER = re.compile(r"[\d\s.,:/-]+")  # an id, not a topic
_SHORT_NUMBER = re.compile(r"\d{1,4}")  # a count or a year: ids run longer
# What a CMS writes into an empty field.
_PLACEHOLDERS = frozenset({"none", "null", "undefined", "nan", "true", "false"})
MAX_TAG_CHARS = 80
# Quotes (of every script) and hash signs around a tag: '"Brexit"', '«Brexit»', '「五輪」', '#Brexit'.
_WRAPPING = " \"'#“”„‟«»‘’‚‹›「」『』＃"


def split_keywords(value: str | list[str] | None) -> list[str]:
    """The entries of a keyword field: a list as is, a string split at commas/semicolons."""
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [part for item in values if isinstance(item, str) for part in _SEPARATOR.split(item) if part.strip()]


def is_word_string(value: str | list[str] | None) -> bool:
    """A keyword field that is one string of words without separators ("Boxen Russland Frank
    Warren"): where the names start and end is lost, so a separated source is better."""
    entries = split_keywords(value)
    return len(entries) == 1 and len(entries[0].split()) > 3


def clean_tags(values: Iterable[str]) -> list[str]:
    """Tags without CMS paths, internal markers, ids and duplicates (case-insensitive), in order.
    A short number among words is one of them ("israel, asesina, 58, palestinos": a count, a
    year); a list of numbers only is a list of ids ("264,181")."""
    values = list(values)
    among_words = not all(_NUMBER.fullmatch(value.strip()) for value in values)
    found: dict[str, str] = {}
    for value in values:
        tag = _clean(value, among_words)
        if tag and tag.casefold() not in found:
            found[tag.casefold()] = tag
    return list(found.values())


def _clean(value: str, among_words: bool = False) -> str | None:
    tag = " ".join(html.unescape(value).split()).strip(_WRAPPING)
    if not tag or _INTERNAL.match(tag) or _UUID.search(tag) or _HEX_ID.fullmatch(tag):
        return None
    tag = _ENUMERATION.sub("", _PATH_PREFIX.sub("", tag)) if "://" not in tag else ""
    if not tag or len(tag) > MAX_TAG_CHARS or tag.casefold() in _PLACEHOLDERS:
        return None
    if _NUMBER.fullmatch(tag) and not (among_words and _SHORT_NUMBER.fullmatch(tag)):
        return None
    return tag


def names_site(tags: Iterable[str], site_names: Iterable[str]) -> bool:
    """Whether a keyword list names the site itself ("朝日新聞デジタル, 社会, ニュース"): a site's
    standing list, repeated on its pages, more than this article's topics."""
    sites = {" ".join(name.split()).casefold() for name in site_names if name}
    return any(tag.casefold() in sites for tag in tags)
