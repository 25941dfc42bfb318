"""The words of an article URL's slug ("/politik/article123/ampeln-tot-s-bahnen-stoppen.html").

A CMS writes the slug from the headline the article was filed under, once, in ASCII: the title
a publisher declares for the article (JSON-LD ``headline``, ``og:title``), not a display variant
set on the page later, and without the site or section name a template appends to the
``<title>``. So the slug tells which of a page's differing declared titles is the article's own,
and that a trailing part the slug spells ("... son durum - Güncel haberler" under
"/...-son-durum-guncel-haberler-3700095") belongs to the headline.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

__all__ = ["MIN_SLUG_WORDS", "slug_words", "spelled_words"]

# A slug names its headline in at least this many words with letters (fewer: an id, "archive/63076").
MIN_SLUG_WORDS = 3
# German, Danish and Norwegian slugs write ä as "ae", ø as "oe"; folded on both sides to one letter.
_DIGRAPHS = re.compile(r"(?<=[aou])e")
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "œ": "oe", "þ": "th", "ð": "d"})
_WORD = re.compile(r"[^\W_]+")
_EXTENSION = re.compile(r"\.(?:[a-z]+\.)?s?html?$|\.php$|\.aspx?$", re.IGNORECASE)


def spelled_words(text: str) -> list[str]:
    """``text``'s words as a slug spells them: case-folded, without accents ("Güncel" -> guncel,
    "heißen" -> heissen), "ae"/"oe"/"ue" as their first letter (so "gefährlich" and the slug's
    "gefaehrlich" compare)."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return [_DIGRAPHS.sub("", word) for word in _WORD.findall(plain)]


def slug_words(url: str | None) -> list[str]:
    """The words of the last part of ``url``'s path that spells a headline (without a file
    ending), in order; [] when it has fewer than :data:`MIN_SLUG_WORDS` words with letters or
    is not ASCII (a slug in the page's own script is rare and not transliterated)."""
    if not url:
        return []
    parts = [part for part in urlsplit(url).path.split("/") if part]
    for part in reversed(parts[-2:]):  # ".../slug/" or ".../slug/12345"
        part = _EXTENSION.sub("", unquote(part))
        words = spelled_words(part)
        if part.isascii() and sum(not word.isdigit() for word in words) >= MIN_SLUG_WORDS:
            return words
    return []
