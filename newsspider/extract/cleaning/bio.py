"""The author's biography at the end of an article, in any language.

Sites close a story with a paragraph about its writer ("Korrespondent Ulrich Exner ist bei WELT
für ...", "Lance Ulanoff makes frequent appearances on ..."): not the story. The page names its
authors, so the paragraph is found by the name, not by phrases: one of the last paragraphs that
names an author in full as its subject, among its first words (a person: two words or more,
so "Reuters" in "told Reuters" is no name; a role may stand before it: "Korrespondent Ulrich
Exner ist ..."; "Dear Abby is written by Abigail Van Buren" is about the column, which the
benchmark's gold keeps), with the paragraph just above it when that one names them by a part of the
name ("..., Lance has covered technology since ..."): a part the story itself uses ("The" of "The
Associated Press") or one that begins another name ("David Cameron" beside the writer David
Miller) names no writer. A story rarely names its own writer. The bio's heading right above it
("About the author", "Über den Autor": a short line of words alone, :func:`rules.is_bare_heading`)
goes with it: it heads nothing once the bio goes.

``drop_author_line`` takes the byline the page repeats above the story (its first line, or below a
headline's copy or a tagline): nothing but the authors' names, with a few words beside them at
most ("von Katja Belousova", "Jane Doe, Washington").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsspider.extract.cleaning.limits import (
    AUTHOR_LINE_REACH,
    BIO_NAME_START,
    BIO_REACH,
    MAX_AUTHOR_LINE_OTHER_WORDS,
    MAX_BIO_WORDS,
)
from newsspider.extract.cleaning.rules import is_bare_heading
from newsspider.extract.cleaning.text import may_be_label
from newsspider.unicode_classes import ascii_folded

__all__ = ["drop_author_bio", "drop_author_line"]

# Tibetan writes its syllables apart with the tsheg and no space between words: a word runs on over
# the tsheg and the script's vowel signs and subjoined letters, to a space or a shad.
_TIBETAN_IN_WORD = "\u0f0b\u0f18-\u0fbc"
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_TIBETAN_IN_WORD}])*(?:[-'’][^\W_](?:[^\W_]|[{_TIBETAN_IN_WORD}])*)*")
# What parts the words of a name: spaces, and Tibetan's tsheg between syllables (a person's name
# has two or more), its closing shad aside.
_NAME_PARTS = re.compile("[\\s\u0f0b]+")


def drop_author_line(text: str, authors: Iterable[str]) -> str:
    """``text`` without a byline above its story: among its first :data:`AUTHOR_LINE_REACH` lines
    and before the first that ends a sentence (a headline's copy, a tagline, the byline, a date
    above the story's first paragraph), a line naming one of the page's authors in full (two
    words or more, two syllables in Tibetan: ``_person``) whose other words, with the names taken
    out, are :data:`MAX_AUTHOR_LINE_OTHER_WORDS` at most, holding no digit and ending no sentence
    ("Jane Doe resigned." is the story; see the module; the Tibetan shad closes a label as well
    as a sentence, so it ends neither the walk nor the byline)."""
    names = [" ".join(name.split()) for name in authors if _person(name)]
    if not names or not text:
        return text
    full: re.Pattern[str] | None = None  # compiled for the first line that may name an author (~0.03 ms)
    lines = text.split("\n")
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if seen and not may_be_label(line.strip()):
            break  # the story has begun (the first line may be the headline's copy, ending in a full stop)
        if full is None and _may_name(line, names):
            full = _names_pattern(names, re.IGNORECASE)
        if full is not None and full.search(line):
            rest = _WORD.findall(full.sub(" ", line))
            if len(rest) <= MAX_AUTHOR_LINE_OTHER_WORDS and not any(c.isdigit() for c in line) and may_be_label(
                    line.strip()):
                return "\n".join(lines[:index] + lines[index + 1:])
        seen += 1
        if seen >= AUTHOR_LINE_REACH:
            break
    return text


def _person(name: str) -> bool:
    """Whether an author's name may be a person's: two words or more ("Reuters" is an agency); in
    Tibetan two syllables or more."""
    return len([part for part in _NAME_PARTS.split(name.strip().rstrip("\u0f0d\u0f0e")) if part]) >= 2


def drop_author_bio(text: str, authors: Iterable[str]) -> str:
    """``text`` without the author's biography among its last paragraphs (see the module)."""
    names = [" ".join(name.split()) for name in authors if len(name.split()) >= 2]
    if not names or not text:
        return text
    lines = text.split("\n")
    paragraphs = [index for index, line in enumerate(lines) if line.strip()]
    if len(paragraphs) <= BIO_REACH:  # a short text: the paragraph naming its writer may be the story
        return text
    first = len(paragraphs) - BIO_REACH
    # the words of the story before the last paragraphs and the one above them (which may name the
    # writer by a part), read where a paragraph names the writer (most texts have none)
    story_words: set[str] | None = None
    full: re.Pattern[str] | None = None  # compiled where a paragraph holds a name (most texts' last ones hold none)
    bio: set[int] = set()
    for position in range(first, len(paragraphs)):
        index = paragraphs[position]
        line = " ".join(lines[index].split())
        if len(line.split()) > MAX_BIO_WORDS or not any(name in line for name in names):
            continue
        full = full or _names_pattern(names)
        found = full.search(line)
        if not found or len(line[:found.start()].split()) > BIO_NAME_START or _bracketed(line, found):
            continue
        bio.add(index)
        above = paragraphs[position - 1]
        if story_words is None:
            story_words = set("\n".join(lines[:paragraphs[first - 1]]).split())
        parts = {part for part in found.group().split()
                 if len(part) > 2 and part[0].isupper() and part not in story_words}
        if len(lines[above].split()) <= MAX_BIO_WORDS and _names_by_part(lines[above], parts):
            bio.add(above)
    if not bio:
        return text
    first_bio = paragraphs.index(min(bio))
    if first_bio > 1 and is_bare_heading(lines[heading := paragraphs[first_bio - 1]]):
        bio.add(heading)  # the bio's heading ("About the author"), left heading nothing
    return "\n".join(line for index, line in enumerate(lines) if index not in bio)


def _bracketed(line: str, found: re.Match[str]) -> bool:
    """Whether the name ``found`` stands in brackets of its own (Unicode's Ps and Pe) with the
    paragraph going on after them: a wire story's dateline credit ("GOIÂNIA (Agência Brasil) – A
    colheita ...", "東京（共同 通信）国会は...") names its agency so, never a bio its subject. A
    paragraph that is the bracketed name alone ("(Ed de Leon)") is the story's closing credit."""
    before, after = line[:found.start()].rstrip(), line[found.end():].lstrip()
    return (bool(before) and bool(after[1:].strip()) and unicodedata.category(before[-1]) == "Ps"
            and unicodedata.category(after[0]) == "Pe")


def _names_pattern(names: list[str], flags: int = 0) -> re.Pattern[str]:
    """Any of ``names`` as a whole (not inside a word: in Tibetan, not joined by a tsheg or a vowel
    sign to the syllables around it, where it is a word's part, "ཉི་མ་གཉིས", or a sentence's
    subject, "... དོན་གྲུབ་ཀྱིས"). Each page names its own authors, so the pattern is compiled anew
    (about 0.03 ms: where no line may hold a name, it is not)."""
    edge = rf"[\w{_TIBETAN_IN_WORD}]"
    return re.compile("|".join(rf"(?<!{edge}){re.escape(name)}(?!{edge})" for name in names), flags)


def _may_name(line: str, names: list[str]) -> bool:
    """False only where none of ``names`` can match ``line`` case-insensitively: names in ASCII,
    none of which is in the line with its letters as ``re.IGNORECASE`` pairs them with ASCII's
    (:func:`ascii_folded`). A name beyond ASCII may be matched otherwise."""
    if not all(name.isascii() for name in names):
        return True
    folded = ascii_folded(line)
    return any(name.lower() in folded for name in names)


def _names_by_part(line: str, parts: set[str]) -> bool:
    """Whether ``line`` names someone by one of ``parts`` alone: the part not followed by another
    capitalised word, which would make it part of another name."""
    words = [word.strip(".,;:!?()\"'«»„“”‘’") for word in line.split()]
    return any(word in parts and not (following[:1].isupper())
               for word, following in zip(words, [*words[1:], ""], strict=True))
