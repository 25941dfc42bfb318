"""What a line looks like: its display width, whether it ends or breaks a sentence, whether it is
nothing but punctuation. Script-aware, shared by the patterns, the rules and the passes."""

from __future__ import annotations

import functools
import re
import unicodedata

from newsspider.unicode_classes import CLOSING_MARKS, SENTENCE_ENDS, end_says_nothing, ends_sentence, is_cjk

__all__ = [
    "ABBREVIATIONS", "LETTER_AHEAD", "LETTER_BEHIND", "LIST_ITEM", "LIST_ITEM_MARKS", "MARKS", "SEP_RE", "WORD_AFTER",
    "end_says_nothing", "ends_sentence", "has_sentence_break", "is_punct_only", "may_be_label", "single_word",
    "strip_closers", "width", "width_at_most",
]

LIST_ITEM = "- "  # how trafilatura writes an ``<li>`` in the text
# What opens a list item in the text: trafilatura's mark, or a bullet the page writes itself.
LIST_ITEM_MARKS = (LIST_ITEM, "• ", "* ")
ABBREVIATIONS = frozenset({
    "jr", "sr", "dr", "st", "mr", "mrs", "ms", "prof", "vs", "etc", "inc", "ltd", "co", "corp",
    "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "mt", "ft", "no", "nos", "vol", "fig",
    "approx", "oprac", "fot", "red", "nr", "bzw", "ca", "vgl", "ст", "им", "тис", "млн", "млрд",
})
# Separators between a phrase and its tail: "Source: AFP", "Read also | ...", "사진=연합뉴스".
SEP_RE = re.compile(r"\s*(?:[:：\-–—|»›>·•/،,;=~]+|\.{2,}|…)\s*")
# Combining marks and joiners that must not follow a phrase's last letter (so "समाचार" does not
# match the start of "समाचारों"). Python's \w does not include them.
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u200c\u200d"
WORD_AFTER = re.compile(rf"[\w{MARKS}]")
LETTER_BEHIND = rf"(?<![^\W\d_]|[{MARKS}])"
LETTER_AHEAD = rf"(?![^\W\d_]|[{MARKS}])"
# No assigned character below U+1100 (Hangul Jamo) is East Asian wide or full-width: a text of
# Latin, Cyrillic, Greek, Arabic, Hebrew, Indic or Thai letters is as wide as it is long.
_FIRST_WIDE = "\u1100"


@functools.lru_cache(maxsize=4096)
def width(s: str) -> int:
    """Display width: East Asian wide and full-width characters count twice. Cached: the rules
    measure one line several times."""
    if s.isascii() or max(s) < _FIRST_WIDE:
        return len(s)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def width_at_most(s: str, limit: int) -> bool:
    """``width(s) <= limit``, without the per-character pass when the length alone decides
    (the width is between the length and twice the length)."""
    if len(s) > limit:
        return False
    return 2 * len(s) <= limit or width(s) <= limit


def strip_closers(s: str) -> str:
    """``s`` without trailing spaces, closing quotes and brackets."""
    return s.rstrip().rstrip(CLOSING_MARKS).rstrip()


def is_punct_only(s: str) -> bool:
    """Whether ``s`` holds nothing but punctuation, symbols, spaces and controls. What ``str.strip``
    takes off is spaces and controls (every character ``str.isspace`` holds is one): the elements'
    tails asked of are mostly indentation, decided without looking their characters up."""
    return all(unicodedata.category(c)[0] in "PSZC" for c in s.strip())


def may_be_label(s: str) -> bool:
    """Whether ``s`` may be a label by its end: no sentence end, or a mark that closes a label too
    (a Tibetan shad: ``end_says_nothing``)."""
    return not ends_sentence(s) or end_says_nothing(s)


def has_sentence_break(s: str) -> bool:
    """True if s holds a sentence end before its last word ("AFP. All rights" or "Iraq. The")."""
    tokens = s.split()
    for tok in tokens[:-1]:
        core = strip_closers(tok)
        if not core or not ends_sentence(core):
            continue
        word = core.rstrip(SENTENCE_ENDS)
        if core[-1] == "." and (len(word) <= 1 or "." in word
                                or word.casefold() in ABBREVIATIONS):
            continue  # initials and abbreviations: "J. Smith", "Dr. Ali", "U.S.", "vs."
        return True
    return False


def single_word(phrase: str) -> bool:
    """A one-word phrase in a script that separates words (a CJK phrase is never one word)."""
    return len(phrase.split()) == 1 and not any(is_cjk(c) for c in phrase)
