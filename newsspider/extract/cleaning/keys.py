"""The normal forms under which the cleaner compares lines.

``line_key`` is the key a line is learned and looked up under (``newsspider.state.learned_lines``
stores it). ``predicate_form`` is the form the line rules read, and ``fold_key`` the key phrase
lists are tested against: both fold the Arabic-script letter variants that sites and keyboards
mix, so one listed phrase matches every spelling.
"""

from __future__ import annotations

import re
import unicodedata

from newsspider.extract.cleaning.limits import (
    MAX_CREDIT_LABEL_WORDS,
    MAX_EDGE_WIDTH,
    MAX_EDGE_WORDS,
    MAX_NUMBERED_WIDTH,
    MAX_NUMBERED_WORDS,
)
from newsspider.extract.cleaning.text import width_at_most

__all__ = ["ANY_DIGIT", "ARABIC_FOLD", "DIGITS_MARK", "NON_DECIMAL_DIGITS", "NUMBER_MARK", "credit_parts", "digits_key",
           "digits_key_parts", "fold_key", "has_arabic", "is_digits_key", "is_numbered_key", "line_key", "numbered_key", "phrase_key",
           "predicate_form"]

# What sets a credit's label apart from what it credits: "Source: AFP", "Foto – AP", "Photo | Reuters".
_CREDIT_SEP = re.compile(r"\s*[:：|–—]\s*|\s+-\s+")

# In Arabic script, the letter variants (alef with hamza or madda, alef wasla, alef maqsura,
# Persian yeh and keheh, teh marbuta, heh with yeh) fold to one letter; the harakat and the
# tatweel are dropped. Phrases are folded the same way, so one literal matches every spelling: a
# character class per letter instead made the merged phrase regexes take 0.65 s to compile in
# every worker process.
ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك",
    "\u0640": None, "\u0670": None, **{chr(c): None for c in range(0x064B, 0x0660)},
})

# The Arabic marks a fold key drops after NFKD has split the hamza forms into letter and mark:
# the harakat (with hamza above and below) and the superscript alef.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
_ASCII_DIGITS = re.compile("[0-9]")
# Characters with a digit value that are not decimal digits (superscripts, circled and
# parenthesised digits, ...), as code point ranges: listing them here spares every process a scan
# of all 1.1M code points at start-up. A test checks them against unicodedata.
NON_DECIMAL_DIGITS = (
    (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490),
    (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788),
    (0x278A, 0x2792), (0x10A40, 0x10A43), (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x1F100, 0x1F10A),
)
# Every character with a digit value (``unicodedata.digit``): decimal digits of any script (\d)
# and the others above.
ANY_DIGIT = re.compile("[\\d" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in NON_DECIMAL_DIGITS) + "]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def has_arabic(s: str) -> bool:
    """Whether ``s`` holds a letter of the Arabic script (Arabic, Persian, Urdu)."""
    return _ARABIC_LETTER.search(s) is not None


def line_key(line: str) -> str:
    """Key under which a line is compared and learned: same text modulo form, case, spacing,
    digits (any script, so dates/counters in template lines still match) and edge punctuation."""
    s = unicodedata.normalize("NFKC", line).casefold()
    s = (_ASCII_DIGITS if s.isascii() else ANY_DIGIT).sub("0", s)
    s = " ".join(s.split())
    start, end = 0, len(s)
    while start < end and unicodedata.category(s[start])[0] in "PSZC":
        start += 1
    while end > start and unicodedata.category(s[end - 1])[0] in "PSZC":
        end -= 1
    return s[start:end]


# What stands for a number in a ``numbered_key``: an upper-case letter, which no ``line_key`` holds
# (it is case-folded), so a numbered key never equals a line's key.
NUMBER_MARK = "N"
# A number in a ``line_key`` (every digit written "0"), however wide: digits with the marks that
# group them or set off their parts ("1.234", "12,5", "3/12", "14:05", "2024-03-12", Arabic "٫"
# and "٬"), and groups of three after a space ("1 234": NFKC made the no-break space one).
_KEY_NUMBER = re.compile("0+(?:[.,:/'\u2019\u066b\u066c-]0+| 000(?!0))*")


def numbered_key(line: str, key: str | None = None) -> str | None:
    """The key of a template line whose number changes from page to page ("7 min read",
    "Lesedauer: 12 Minuten", "👁 1.234", "Foto 3/12"): its ``line_key`` (``key``, when the caller
    has it) with each number, however wide and in whatever digits, one ``NUMBER_MARK``. None for
    any other line: one without a number, one wider than ``MAX_NUMBERED_WIDTH`` or with more than
    ``MAX_NUMBERED_WORDS`` words beside its numbers. A site's counter is a number and a word or
    two, its unit often abbreviated with a full stop ("Lecture 4 min."); formulaic news repeats
    sentences that differ in their numbers only ("Police said 3 people were hurt."), which are
    longer, and the cleaning keeps a short one below the story's start (``clean_text``)."""
    stripped = line.strip()
    if not stripped or not width_at_most(stripped, MAX_NUMBERED_WIDTH):
        return None
    key = line_key(stripped) if key is None else key
    if "0" not in key:
        return None
    marked = _KEY_NUMBER.sub(NUMBER_MARK, key)
    words = sum(1 for token in marked.split() if any(c.isalpha() and c != NUMBER_MARK for c in token))
    return marked if words <= MAX_NUMBERED_WORDS else None


# What starts the key a numbered line is also counted under with its digits (``digits_key``): no
# ``line_key`` starts with a symbol (its edges are stripped of them), so no line's key equals one.
DIGITS_MARK = "="


def digits_key(numbered: str, line: str) -> str:
    """The key a numbered line (``numbered``: its ``numbered_key``) is also counted under with its
    digits ("Independent since 1998" as "=independent since N=1998"): a template line's number is
    the same on its pages, a counter's or a story's result changes ("Final score: 2-1", "3-0"), also
    where one digit gives every page the same ``line_key``."""
    digits = "".join(str(unicodedata.digit(c)) for c in ANY_DIGIT.findall(line))
    return f"{DIGITS_MARK}{numbered}{DIGITS_MARK}{digits}"


def digits_key_parts(key: str) -> tuple[str, str]:
    """The numbered key and the digits of a ``digits_key``."""
    numbered, _, digits = key[len(DIGITS_MARK):].rpartition(DIGITS_MARK)
    return numbered, digits


def is_digits_key(key: str) -> bool:
    """Whether a learned key is a ``digits_key``."""
    return key.startswith(DIGITS_MARK)


def is_numbered_key(key: str) -> bool:
    """Whether a learned key is a ``numbered_key`` (no ``line_key`` holds ``NUMBER_MARK``)."""
    return NUMBER_MARK in key


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


def phrase_key(line: str) -> str:
    """``line_key`` with typographic quotes and apostrophes folded to ASCII: a phrase a person
    types (``boilerplate`` in the sources file) matches the line as the page prints it."""
    return line_key(line).translate(_QUOTES)


def predicate_form(line: str) -> str:
    """The line as the rules read it: NFKC, stripped, Arabic script folded (``ARABIC_FOLD``).
    The text itself keeps the original."""
    s = unicodedata.normalize("NFKC", line).strip()
    return s.translate(ARABIC_FOLD) if not s.isascii() and has_arabic(s) else s


def fold_key(s: str) -> str:
    """``line_key`` plus Arabic-script folding (hamza/alef/yeh/teh-marbuta variants, harakat), for
    membership tests against phrase lists. Equal for a line and its ``predicate_form``."""
    k = line_key(s)
    if has_arabic(k):
        # NFKD splits the other hamza forms into letter + mark; dropping Arabic marks folds them.
        k = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKD", k.translate(ARABIC_FOLD)))
        k = " ".join(unicodedata.normalize("NFC", k).replace("\u200c", " ").split())
    return k


def credit_parts(line: str) -> tuple[str, str] | None:
    """(label, what it credits) of a short line shaped as a credit: a label of at most
    ``MAX_CREDIT_LABEL_WORDS`` words without digits, a separator, the rest ("Chanzo: Mwananchi",
    "Foto – AP"). None for any other line. The label is also a key a site's pages teach
    (``newsspider.state.learned_lines``)."""
    if not width_at_most(line, MAX_EDGE_WIDTH) or len(line.split()) > MAX_EDGE_WORDS:
        return None
    sep = _CREDIT_SEP.search(line)
    if sep is None:
        return None
    label, names = line[:sep.start()], line[sep.end():]
    if not label.strip() or len(label.split()) > MAX_CREDIT_LABEL_WORDS or any(c.isdigit() for c in label):
        return None
    return label, names
