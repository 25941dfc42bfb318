"""A template's reading-time line in any language: a number of minutes with its unit and a word or two
("4 min read", "Lesedauer: 3 Minuten", "Dakika 3 za kusoma", "อ่าน 2 นาที", "阅读时间约5分钟").

No phrase list says "read" in every language, but the Unicode CLDR says how every language writes a
count of minutes: ``minute_units.json`` (``scripts/cldr_minute_units.py``: every locale's unit
patterns, each length and plural form, and whether the unit stands after the number or before it;
the stem an agglutinative language writes alone, Tamil "5 நிமிட வாசிப்பு"). What else a line may hold
follows from its shape: one number, the unit beside it, a label of at most two words (three where a
colon sets it apart), no sentence. Where such a line stands decides the rest (``cleaning.passes``):
among the chrome above the story, or beside its byline or date; a sentence that mentions minutes
("The meeting lasted 5 minutes.") is no such line, and a run of such lines is a fact sheet (a
recipe's times), not a template's counter.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsspider.extract.cleaning.keys import ARABIC_FOLD, has_arabic
from newsspider.extract.cleaning.limits import (
    MAX_NUMBERED_WIDTH,
    MAX_READING_TIME_LABEL_WORDS,
    MAX_READING_TIME_WORDS,
    MAX_UNSPACED_LABEL_WIDTH,
)
from newsspider.extract.cleaning.text import ends_sentence, has_sentence_break, width, width_at_most
from newsspider.unicode_classes import FORMAT_CATEGORY, WORD_CHAR_CLASS, is_unspaced

__all__ = ["is_named_count", "is_reading_time", "warm_up"]

_TABLE = Path(__file__).with_name("minute_units.json")
# A number: digits of any script (NFKC made full-width ones ASCII) with the marks inside one
# ("1,5", "12:30"), or a range of two ("3-5", "3–5 min").
_NUMBER = re.compile(r"\d+(?:[.,:٫]\d+)*(?:\s?[-–]\s?\d+(?:[.,:٫]\d+)*)?")
# What may stand between a number and a unit after it: a space or a hyphen ("5-minute read").
_JOIN = r"[\s\-‑]?"
# A label set apart from the count: its last mark ("Tempo di lettura: 5 minuti").
_LABEL_MARKS = (":", "：", "՝")
# A pattern matching nothing: the side of the number a language writes no unit on.
_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class _Units:
    """The CLDR's minute units as two patterns: one read right after a number, one right before it."""

    after: re.Pattern[str]
    before: re.Pattern[str]


def _fold(unit: str) -> str:
    """A unit as the rules read a line (``keys.predicate_form``, casefolded), its format characters
    (a zero-width non-joiner ending an Odia abbreviation) dropped as the line's are."""
    unit = "".join(c for c in unicodedata.normalize("NFKC", unit) if unicodedata.category(c) != FORMAT_CATEGORY)
    return (unit.translate(ARABIC_FOLD) if has_arabic(unit) else unit).casefold()


def _with_bare_abbreviations(units: set[str]) -> set[str]:
    """``units`` and each abbreviation without its full stop, as pages often print it ("5 Min", "5 dk")."""
    return units | {unit[:-1] for unit in units if unit.endswith(".") and sum(map(str.isalpha, unit)) >= 2}


def _alternation(units: set[str]) -> str:
    """The units as one alternation, longest first ("minutes" before "min"); a unit of a script
    written without spaces may run on into the next word ("5分で読めます"), any other ends a word."""
    spaced = sorted((u for u in units if not any(map(is_unspaced, u))), key=lambda u: (-len(u), u))
    unspaced = sorted((u for u in units if any(map(is_unspaced, u))), key=lambda u: (-len(u), u))
    parts = []
    if spaced:
        parts.append(f"(?:{'|'.join(map(re.escape, spaced))})(?![{WORD_CHAR_CLASS}])")
    if unspaced:
        parts.append(f"(?:{'|'.join(map(re.escape, unspaced))})")
    return "|".join(parts)


# Languages whose pages write one another's units: Norwegian's written standards and its macrolanguage.
_RELATED_LANGUAGES = {"no": ("nb", "nn"), "nb": ("no", "nn"), "nn": ("no", "nb")}


@functools.cache
def _read_table() -> dict[str, Any]:
    """``minute_units.json``, read once a process: its languages' units (:func:`_table`) and the
    root locale's (:func:`_root`)."""
    return json.loads(_TABLE.read_text(encoding="utf-8"))


def _table() -> dict[str, dict[str, list[str]]]:
    """{language: {"after"|"before"|"stems": units}}, as ``scripts/cldr_minute_units.py`` wrote it."""
    languages: dict[str, dict[str, list[str]]] = _read_table()["languages"]
    return languages


def _root() -> dict[str, list[str]]:
    """The CLDR root locale's units ({"after": ["min"]}, the international symbol), which a text in
    any language may write ("3 min" on a Swahili page, whose own CLDR unit is "dakika 3"), each also
    with an abbreviation's full stop, as pages print it ("Lukuaika 4 min.")."""
    root: dict[str, list[str]] = _read_table()["root"]
    return {side: [*units, *(f"{unit}." for unit in units if not unit.endswith("."))] for side, units in root.items()}


def _language_of(tag: str | None) -> str | None:
    """A declared or detected language tag's language subtag in the table ("zh-Hant" -> "zh",
    "sr_Latn" -> "sr"), or None where the table has no such language (then every language's units apply)."""
    if not tag:
        return None
    language = tag.replace("_", "-").split("-")[0].casefold()
    return language if language in _table() else None


@functools.cache
def _units(language: str | None = None) -> _Units:
    """The units of ``language`` and its related languages, or of every language for None, and the
    root's (:func:`_root`), read and compiled once a process (the zygote's warm-up: ``warm_up``): a
    short form of one language is a word of another ("men": Ligurian's and Maori's minutes; "5 men
    charged" is an English headline)."""
    table = _table()
    languages = table if language is None else (language, *_RELATED_LANGUAGES.get(language, ()))
    sides: dict[str, set[str]] = {"after": set(), "before": set()}
    for forms in (*(table.get(name, {}) for name in languages), _root()):
        sides["after"] |= {_fold(unit) for unit in (*forms.get("after", ()), *forms.get("stems", ()))}
        sides["before"] |= {_fold(unit) for unit in forms.get("before", ())}
    after, before = (_with_bare_abbreviations(sides[side]) for side in ("after", "before"))
    boundary = f"(?<![{WORD_CHAR_CLASS}])"
    return _Units(after=re.compile(f"{_JOIN}(?:{_alternation(after)})") if after else _NEVER,
                  before=re.compile(f"{boundary}(?:{_alternation(before)}){_JOIN}$") if before else _NEVER)


def _script(char: str) -> str:
    """A letter's script as its Unicode name opens ("LATIN", "TAMIL", "HEBREW", "CJK")."""
    return unicodedata.name(char, "").split(" ", 1)[0]


@functools.cache
def _scripts(language: str) -> frozenset[str]:
    """The scripts ``language``'s minute units are written in (and its related languages')."""
    table = _table()
    return frozenset(_script(char) for name in (language, *_RELATED_LANGUAGES.get(language, ()))
                     for units in table.get(name, {}).values() for unit in units for char in unit if char.isalpha())


def _units_for(line: str, language: str | None) -> _Units:
    """The units ``line`` is read with: ``language``'s, or every language's where it is unknown or where
    the line's letters are of none of its scripts (a Tamil site's reading time above a Turkish story: a
    template speaks its site's language, not its story's)."""
    known = _language_of(language)
    if known is not None and not any(_script(char) in _scripts(known) for char in line if char.isalpha()):
        known = None
    return _units(known)


def warm_up() -> None:
    """Read and compile every language's units together now (a few ms; one language's are compiled on
    its first page); see newsspider.worker_process."""
    _units()


def is_reading_time(line: str, language: str | None = None) -> bool:
    """Whether ``line`` (as the rules read it: ``keys.predicate_form``) is a count of minutes with a
    label of a word or two and nothing else: one number, a CLDR minute unit right beside it, at most
    ``MAX_READING_TIME_WORDS`` other words (``MAX_READING_TIME_LABEL_WORDS`` where the words before
    the number end with a colon), at most ``MAX_UNSPACED_LABEL_WIDTH`` wide in a script without
    spaces, no sentence end ("Lecture 4 min." ends with the abbreviation's full stop; "Lasted 5
    minutes." with a sentence's). ``language``, the page's (declared or detected), picks the units of
    that language (and its related ones: :data:`_RELATED_LANGUAGES`); unknown, or a line in none of its
    scripts (:func:`_units_for`), every language's."""
    return _label_of(line, language) is not None


def is_named_count(line: str, language: str | None = None) -> bool:
    """Whether ``line`` is a count of minutes (:func:`is_reading_time`) after words that are set apart
    from it by no colon: the words name whose minutes they are, a player's, a walk's, a player's
    points where the unit is also a point ("Müller 90 min", "Walk 5 min", "詹姆斯30分", "Samatta
    dakika 90"), or say what they measure ("Lecture 4 min"): the line is a template's reading time
    only where it stands among the template's lines (``cleaning.passes``). A label set apart by a
    colon ("Lesezeit: 2 Minuten") or standing after the count ("5 min read", "Dakika 3 za kusoma"),
    and a bare count ("⏱ 5 min"), name nothing of the story's."""
    label = _label_of(line, language)
    return label is not None and any(c.isalpha() for c in label[0]) and not label[0].endswith(_LABEL_MARKS)


def _label_of(line: str, language: str | None) -> tuple[str, str] | None:
    """The words before and after a count of minutes (:func:`is_reading_time`), its unit aside, or
    None where ``line`` is no such count."""
    if not line or not width_at_most(line, MAX_NUMBERED_WIDTH) or not any(c.isdigit() for c in line):
        return None
    core = "".join(c for c in line if unicodedata.category(c) != FORMAT_CATEGORY).strip()  # a right-to-left CMS's marks
    numbers = list(_NUMBER.finditer(core))
    if len(numbers) != 1:
        return None
    number = numbers[0]
    head, tail = core[:number.start()].casefold(), core[number.end():].casefold()
    units = _units_for(core, language)
    unit = units.after.match(tail)
    if unit is not None:
        tail = tail[unit.end():]
    else:
        ahead = units.before.search(head)
        if ahead is None:
            return None
        head = head[:ahead.start()]
    head, tail = head.strip(), tail.strip()
    return (head, tail) if _is_label(head, tail) else None


def _is_label(head: str, tail: str) -> bool:
    """Whether what stands around a count of minutes (``head`` before it, ``tail`` after it) is a
    label of a word or two and no sentence."""
    rest = f"{head} {tail}".strip()
    if not rest:
        return True
    if any(c.isdigit() for c in rest) or ends_sentence(rest) or has_sentence_break(rest):
        return False
    if any(map(is_unspaced, rest)):
        return width("".join(rest.split())) <= MAX_UNSPACED_LABEL_WIDTH
    if any(mark in head for mark in _LABEL_MARKS) and not head.endswith(_LABEL_MARKS):
        return False  # a word between the label and the count ("Goal: Müller 90 min"): a value of its own
    words = sum(1 for token in rest.split() if any(c.isalpha() for c in token))
    limit = MAX_READING_TIME_LABEL_WORDS if head.endswith(_LABEL_MARKS) else MAX_READING_TIME_WORDS
    return words <= limit
