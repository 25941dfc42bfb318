"""Fingerprints of one article: exact hash, text simhash, numeric anchors, names.

All are computed from :func:`normalize.normalize` text so that case, Unicode compatibility
forms and the digit script do not matter.

The text simhash is the one of the ``simhash`` package (2.1.2): the last 8 bytes of each
feature's MD5, weighted bit sums, majority vote. It is computed here with NumPy over all
features at once, because the package's per-feature Python loop costs ~1.2 us per shingle even
with the hashes precomputed (0.9 ms for a 4 KB article, most of the stage's budget);
tests/test_stories_fingerprints.py checks that both give the same value.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from simhash import Simhash

from newsspider.dates import AFTERNOON, MORNING, twelve_hour
from newsspider.unicode_classes import SENTENCE_TERMINATORS

SIMHASH_BITS = 64
_MASK64 = (1 << 64) - 1


def exact_hash(toks: list[str]) -> str:
    """Hash of the token stream: equal for copies differing only in case, spacing, punctuation."""
    return hashlib.blake2b("\x1f".join(toks).encode("utf-8"), digest_size=16).hexdigest()


def shingles(toks: list[str], n: int = 3) -> Counter[str]:
    """Word n-gram counts; a text shorter than n gives one shingle of all its tokens."""
    if len(toks) < n:
        return Counter([" ".join(toks)]) if toks else Counter()
    # the i-th copy is i tokens shorter: zip stops at the shortest, after the last whole n-gram
    return Counter(map(" ".join, zip(*(toks[i:] for i in range(n)), strict=False)))


def safe_weight(weight: int | float) -> int:
    """Clamp a feature weight to an int in [1, Simhash.large_weight_cutoff].

    Why: simhash 2.1.2 multiplies a uint8 bit array by weights above the cutoff (50), which
    raises OverflowError under NumPy 2 for weights > 255 and silently wraps for 51..255
    (upstream issue #74). Weights <= cutoff take the byte-repetition path, which is exact.
    """
    return max(1, min(int(weight), Simhash.large_weight_cutoff))


def _safe_weights(weights: Iterable[int | float], count: int) -> np.ndarray:
    """:func:`safe_weight` of every weight, as int64 (float64 first: truncation as int() does)."""
    w = np.trunc(np.fromiter(weights, dtype=np.float64, count=count))
    return np.clip(w, 1, Simhash.large_weight_cutoff).astype(np.int64)


def _encoded(features: Iterable[str]) -> list[bytes]:
    return [f.encode("utf-8") for f in features]


def _simhash_of(encoded: list[bytes], weights: np.ndarray) -> int:
    """simhash 2.1.2's value for these features and (safe) weights: bit j of the last 8 bytes of
    each feature's MD5 (most significant first) votes with the feature's weight; the bit is set
    when its votes exceed half the total weight."""
    digests = np.frombuffer(b"".join([hashlib.md5(e).digest() for e in encoded]), dtype=np.uint8).reshape(-1, 16)
    bits = np.unpackbits(digests[:, 16 - SIMHASH_BITS // 8:], axis=1)
    votes = weights.astype(np.float64) @ bits  # integers, exact below 2**53
    return int.from_bytes(np.packbits(2 * votes > weights.sum()).tobytes(), "big")


def text_simhash(features: Counter[str] | Iterable[str]) -> int:
    """64-bit simhash of the given features, the ``simhash`` package's value; 0 for no features."""
    counts = features if isinstance(features, Counter) else Counter(features)
    if not counts:
        return 0
    return _simhash_of(_encoded(counts), _safe_weights(counts.values(), len(counts)))


def simhash_hex(value: int) -> str:
    """16 lowercase hex digits."""
    return f"{value & _MASK64:016x}"


# A number: digit groups joined by thousands/decimal separators (digits already ASCII).
_NUMBER_RE = re.compile(r"\d+(?:(?:[.,'\u2019\u066b\u066c]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*")
_SEP_RE = re.compile(r"[.,'\u2019\u066b\u066c \u00a0\u202f\u2009]")
_DECIMAL_SEPS = {".", ",", "\u066b"}


def canonical_number(raw: str) -> list[str]:
    """Canonical forms of one matched number: thousands separators removed, decimal point '.'.

    "1,234,567" "1.234.567" "1 234 567" -> "1234567"; "3,5" "3.5" "٣٫٥" -> "3.5".
    A separator followed by other than 3 digits (and not decimal) splits the match.
    """
    if raw.isdigit():  # the common case: no separator
        return [raw.lstrip("0") or "0"]
    groups = _SEP_RE.split(raw)
    seps = _SEP_RE.findall(raw)
    if not seps:
        return [groups[0].lstrip("0") or "0"]
    decimal = None
    if seps[-1] in _DECIMAL_SEPS and (len(groups[-1]) != 3 or (len(seps) > 1 and seps[-1] != seps[0])):
        decimal = groups.pop().rstrip("0")
        seps.pop()
    out: list[str] = []
    current = groups[0]
    for group in groups[1:]:
        if len(group) == 3:
            current += group
        else:
            out.append(current)
            current = group
    out.append(current)
    out = [o.lstrip("0") or "0" for o in out]
    if decimal:
        out[-1] += "." + decimal
    return out


# Clock times, in the forms translations move between: "3 p.m." / "3pm" / "7.55am" (12-hour),
# "15:00" / "07h55" / "10 h 15" (24-hour), "14 h" / "14 Uhr" (the hour alone). Normalised text is case-folded.
# The leading (?=\d) lets the regex engine skip to digits (5x faster than without it).
_TIME_RE = re.compile(
    r"(?=\d)(?<![\d.,:])(?:"
    r"(?P<h12>\d{1,2})(?:[:.](?P<m12>\d{2}))?\s?(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>\d{1,2})(?::|\s?h\s?(?=\d{2}))(?P<m24>\d{2})(?:\s?(?:h|uhr)\b)?"
    r"|(?P<hour>\d{1,2})\s?(?:h|uhr)\b"
    r")(?![\d.,:]\d)")


def clock_time(match: re.Match[str]) -> str | None:
    """"HH:MM" (24-hour) of a :data:`_TIME_RE` match; None when it is no valid time."""
    if match.group("ampm"):
        hour, minute = int(match.group("h12")), int(match.group("m12") or 0)
        if not 1 <= hour <= 12:
            return None
        hour = twelve_hour(hour, AFTERNOON if match.group("ampm") == "p" else MORNING)
    elif match.group("h24"):
        hour, minute = int(match.group("h24")), int(match.group("m24"))
    else:
        hour, minute = int(match.group("hour")), 0
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


# A pair of small numbers joined by a dash, a colon or the Chinese and Japanese words for "to" (a
# result "2-1", "2:1", "2比1"; a range "10-15"), not inside a longer run of numbers (a date
# "2024-05-03", a phone number, a time "10:15", found before this).
_PAIR_RE = re.compile(r"(?<![\d.,:/\-])(\d{1,2})\s?[-\u2013:\u6bd4\u5bfe]\s?(\d{1,2})(?![\d.,:/\-]?\d)")


def pair_anchor(first: str, second: str) -> str:
    """The anchor of a pair of numbers: "hi-lo", the larger first (a translation may name the two
    sides of a result in the other order: "lost 1-2 to" for "beat ... 2-1")."""
    low, high = sorted((int(first), int(second)))
    return f"{high}-{low}"


def numbers(normalized: str) -> list[str]:
    """Every number in normalised text, canonicalised (the language-neutral anchor); a clock time
    is one anchor "HH:MM" (24-hour), whichever way it is written: "7.55am" = "07h55" = "07:55"
    (a translation rewrites a time in its language's form, keeping the time); a pair of small
    numbers ("2-1", "2:1", "2比1": a result, a range) is one more anchor, "2-1" (:func:`pair_anchor`),
    besides its two numbers."""
    out: list[str] = []
    parts, start = [], 0
    for m in _TIME_RE.finditer(normalized):
        time = clock_time(m)
        if time is not None:
            out.append(time)
            parts.append(normalized[start:m.start()])
            start = m.end()
    rest = " ".join([*parts, normalized[start:]]) if parts else normalized
    out.extend(pair_anchor(m.group(1), m.group(2)) for m in _PAIR_RE.finditer(rest))
    for m in _NUMBER_RE.finditer(rest):
        out.extend(canonical_number(m.group()))
    return out


UNITS_FILE = Path(__file__).with_name("units.json")
"""How every CLDR language writes the units translations convert between after a figure, with each
unit's measure and size (``scripts/cldr_units.py``)."""
UNIT_INFLECTION_MIN = 4
"""Characters from which a unit's form may go on as a word ("27 Metern", "50 Kilometern": an
inflected form the CLDR does not give); a shorter form ("m", "in", "mi") must end where the word
does ("30 million" is no 30 miles)."""
_NO_SPACE_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


class _UnitForms(NamedTuple):
    """A language's unit forms (:data:`UNITS_FILE`): form -> (measure, size), the longest form's
    length, the characters a form starts with (a figure followed by none of them has no unit: a
    results table's figures are read at one look each), and the forms it also writes after a year
    as the year's mark (undotted), and the words it writes after a figure for thousands or
    millions that are none of its units (Polish "milionów", where "mili" is a mile)."""

    forms: dict[str, tuple[str, float]]
    longest: int
    starts: frozenset[str]
    year_marks: frozenset[str]
    multipliers: tuple[str, ...]


def _unit_forms(language: str | None) -> _UnitForms:
    """The unit forms of a language (its base subtag: "en-GB" reads English's)."""
    return _language_unit_forms((language or "").split("-")[0].lower())


@functools.cache
def _units_data() -> dict:
    """:data:`UNITS_FILE` as read, once a process (every language's forms: each language asked for reads it)."""
    return json.loads(UNITS_FILE.read_text(encoding="utf-8"))


@functools.cache
def _language_unit_forms(base: str) -> _UnitForms:
    """The unit forms of a base language subtag; of every language ("") for one the CLDR data does
    not know, built once for all of them (every language's forms take some 800 KiB)."""
    data = _units_data()
    by_language: dict[str, dict[str, list]] = data["languages"]
    if base and base not in by_language:
        return _language_unit_forms("")
    chosen = [base] if base else list(by_language)
    forms = {form: (measure, float(size)) for name in chosen for form, (measure, size) in by_language[name].items()}
    marks = frozenset(mark for name in chosen for mark in data["year_marks"].get(name, ()))
    # (of every language: a word for thousands in one that is a unit in another, Spanish "miles", is a unit)
    counts = tuple(sorted({word for name in chosen for word in data["multipliers"].get(name, ())} - forms.keys()))
    return _UnitForms(forms, max(map(len, forms), default=0), frozenset(form[0] for form in forms), marks, counts)


def _money(text: str, start: int) -> bool:
    """Whether the figure starting at ``start`` follows a currency sign ("$35m", "£ 20m", "US$5m"):
    an amount, whose letter after is a multiplier (million), not a unit."""
    before = text[max(0, start - 2):start].rstrip(" \u00a0\u202f")
    return bool(before) and unicodedata.category(before[-1]) == "Sc"


def _ends_word(form: str, text: str, end: int) -> bool:
    """Whether a unit's form read up to ``end`` is a word of its own there (:data:`UNIT_INFLECTION_MIN`):
    a form ending in a script written without spaces (CJK, kana) or with particles (Hangul) always is."""
    if end >= len(text) or not text[end].isalnum() or len(form) >= UNIT_INFLECTION_MIN:
        return True
    return unicodedata.name(form[-1], "").startswith(_NO_SPACE_SCRIPTS)


def _multiplier(word: str, text: str, at: int) -> bool:
    """Whether ``text`` writes the multiplier ``word`` at ``at`` ("20 milionów"): a word of its own,
    a single one of :data:`UNIT_INFLECTION_MIN` characters or more inflected ("milionami"), one of
    several words ending where the text's word does ("mil m" is no "mil maksimum")."""
    end = at + len(word)
    if not text.startswith(word, at):
        return False
    return _ends_word(word, text, end) if " " not in word else end >= len(text) or not text[end].isalnum()


def unit_figures(normalized: str, language: str | None) -> frozenset[str]:
    """The figures a normalised text writes with a unit of length, speed, mass, volume or area, as
    "<number>|<measure>|<size of the unit in the measure's base unit>" ("30|length|0.9144" for 30
    yards, "27|length|1.0" for "27 Meter" or "27米"), the unit read after the figure in the text's
    language's CLDR forms (:data:`UNITS_FILE`). A translation converts a figure's unit, and a small
    figure converted (30 yards, 27 m) is told from a chance match only by the units both name
    (:func:`unit_conversions`). A short form (under :data:`UNIT_INFLECTION_MIN` characters) the text
    also writes as a word of its own, after no figure, is a word of the text, not a unit: English's
    "in" ("in 2019 in Ohio"), Spanish's "mi", "ha"; a form in a script written without spaces is
    never a word of its own there ("30米", where "米" is rice elsewhere). A form the language also
    writes after a year as its mark is no unit after a year (Russian "2024 г.", Lithuanian
    "2024 m.", Arabic "2024م"), nor is a letter after an amount of money ("$35m": millions), nor
    a word for millions the language writes otherwise than a unit ("20 milionów", "20 mil. Kč")."""
    forms, longest, starts, year_marks, multipliers = _unit_forms(language)
    read: list[tuple[str, str]] = []  # (figure, form)
    after_figures: Counter[str] = Counter()  # each form's uses after a figure, as a year's mark or a multiplier too
    for m in _NUMBER_RE.finditer(normalized):
        if _money(normalized, m.start()):
            continue
        at = m.end()
        if normalized[at:at + 1] in (" ", "\u00a0", "\u202f"):
            at += 1
        if normalized[at:at + 1] not in starts:
            continue
        number = canonical_number(m.group())[-1]
        for size in range(min(longest, len(normalized) - at), 0, -1):
            form = normalized[at:at + size]
            if form in forms and _ends_word(form, normalized, at + size):
                after_figures[form] += 1
                if not (_is_year(number) and form.replace(".", "") in year_marks  # "2024 г.": a year
                        or any(_multiplier(word, normalized, at) for word in multipliers)):  # "20 milionów"
                    measure, unit = forms[form]
                    read.append((f"{number}|{measure}|{unit!r}", form))
                break
    words = {form for form in after_figures if len(form) < UNIT_INFLECTION_MIN
             and len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", normalized)) > after_figures[form]}
    return frozenset(figure for figure, form in read if form not in words)


def unit_conversions(mine: Iterable[str], theirs: Iterable[str]) -> frozenset[str]:
    """The significant digits of the figures of ``mine`` (:func:`unit_figures`) that one of
    ``theirs`` gives in another unit of the measure, to within :func:`_tolerance` of the written one
    on either side: "30 yards" and "27 Meter" (27.43), "12 mph" and "19 km/h" (19.3). Figures of 2+
    characters, as :func:`figures_disagree` compares them. Compared in the measure's base unit, the
    other's figures sorted and searched by bisection (a results table writes thousands)."""
    def parsed(figures: Iterable[str]) -> dict[str, list[tuple[float, float, float, str]]]:
        out: dict[str, list[tuple[float, float, float, str]]] = {}
        for figure in figures:
            number, measure, unit = figure.split("|")
            if len(number) >= 2:  # (value in the base unit, its tolerance there, the unit, as written)
                size = float(unit)
                out.setdefault(measure, []).append((float(number) * size, _tolerance(number) * size, size, number))
        return out

    found = set()
    others = parsed(theirs)
    for measure, figures in parsed(mine).items():
        candidates = sorted(others.get(measure, ()))
        if not candidates:
            continue
        values = [c[0] for c in candidates]
        widest = max(c[1] for c in candidates)
        for value, tolerance, unit, number in figures:
            reach = max(tolerance, widest) * (1 + ROUNDING_SLACK)
            for their_value, their_tolerance, their_unit, _ in candidates[
                    bisect.bisect_left(values, value - reach):bisect.bisect_right(values, value + reach)]:
                if not math.isclose(their_unit, unit) and abs(value - their_value) <= max(
                        tolerance, their_tolerance) * (1 + ROUNDING_SLACK):  # (a bound met exactly, in floats)
                    found.add(number)
                    break
    return significant_digits(found)


def anchors(normalized: str, min_len: int = 1) -> frozenset[str]:
    """Set of canonical numbers with at least ``min_len`` characters."""
    return frozenset(n for n in numbers(normalized) if len(n) >= min_len)


def anchor_score(a: frozenset[str], b: frozenset[str], weight_a: int | None = None) -> float:
    """Overlap of two anchor sets, weighted so long numbers (years, amounts) count more.

    Returns shared weight / weight of the smaller set, in [0, 1]; 0 if either is empty.
    ``weight_a`` is ``anchor_weight(a)`` when the caller has it (one article against many).
    """
    if not a or not b:
        return 0.0
    return anchor_weight(a & b) / min(anchor_weight(a) if weight_a is None else weight_a, anchor_weight(b))


def significant_digits(numbers: Iterable[str]) -> frozenset[str]:
    """The numbers without decimal point and leading or trailing zeros: "2.89" (million), "289"
    (万, ten thousands) and "2890000" all give "289". Translations change the unit a number is
    written in (million, 万, lakh), never its significant digits. A clock time gives its digits
    too: "07:55" is the "7.55" of a text that writes a time without am/pm ("सुबह 7.55 बजे")."""
    return frozenset(n.replace(".", "").replace(":", "").strip("0") or "0" for n in numbers)


HEADLINE_WORD_NUMBERS = 20
"""Whole numbers under this may be written as words in a headline ("Twelve dead" over "12 people
died", translated "12 Tote"): a headline's figure is asked of the other headline only from here on
(and a decimal, a pair or a time at any size)."""


def headline_figures(normalized_title: str) -> frozenset[str]:
    """The numbers a headline cites (:func:`anchors`): what its translation's headline cites too."""
    return anchors(normalized_title)


def headline_figures_disagree(head_a: frozenset[str], all_a: frozenset[str], head_b: frozenset[str],
                              all_b: frozenset[str]) -> bool:
    """Whether one text's headline cites a figure of 2+ characters that the other text cites only
    outside its headline (``head_*``: :func:`headline_figures`; ``all_*``: the anchors of headline
    and body). A translation translates its original's headline, figures included, while another
    outlet's report of the event puts the same figures under a headline of its own: "Storm
    warning for Stanbridge" over gusts of 100 km/h, where the rival's headline is "Stanbridge
    braces for gusts of 100 km/h" (``bench.formulaic_languages``). A figure is in the other
    headline in any form :func:`figures_disagree` reads as the same: by significant digits, a
    result "1-0" as "Livingston 1 - Rangers 0" (NTREX). A figure the other text does not cite at
    all (a unit converted) says nothing here, nor does a small whole number
    (:data:`HEADLINE_WORD_NUMBERS`), which either headline may write as a word."""
    def missing(head: frozenset[str], other_head: frozenset[str], other_all: frozenset[str]) -> bool:
        other = _figures(other_head)
        digits = significant_digits(other_head)
        return any(f in other_all and not (f.isdigit() and int(f) < HEADLINE_WORD_NUMBERS)
                   and not (_pairs_cited(frozenset((f,)), other) if "-" in f
                            else f in other.readings if ":" in f else significant_digits((f,)) <= digits)
                   for f in head)

    return missing(head_a, head_b, all_b) or missing(head_b, head_a, all_a)


def same_figures(a: frozenset[str], b: frozenset[str], min_shared: int, min_share: float) -> bool:
    """Whether two articles cite the same figures: at least ``min_shared`` numbers of 2+ characters
    in common, carrying ``min_share`` of the weight (:func:`anchor_weight`) of the LARGER set:
    several specific figures, all of them, are one text's. (The larger set: an article citing four
    common numbers would otherwise match one citing twenty.)"""
    la = frozenset(x for x in a if len(x) >= 2)
    lb = frozenset(x for x in b if len(x) >= 2)
    shared = la & lb
    return len(shared) >= min_shared and anchor_weight(shared) >= min_share * max(anchor_weight(la), anchor_weight(lb))


def figures_disagree(a: frozenset[str], b: frozenset[str], min_count: int, max_share: float,
                     min_kept: float = 0.0, units_a: frozenset[str] | None = None,
                     units_b: frozenset[str] | None = None) -> bool:
    """Whether two articles cite different figures, compared kind by kind (:func:`figure_kinds`): a
    translation keeps its figures, whatever unit or digits it writes them in, so two texts that both
    give a clock time and share none, or both a result or range ("2-1") and share none, or whose
    other numbers (2+ characters, compared by :func:`significant_digits`) the one citing fewer
    shares less than ``max_share`` of, are two texts: two events of one genre (a storm warning
    from 18:00 and one from 20:00). Judged when one of them cites ``min_count`` figures at least.
    Kinds are not compared with each other: the "20" of a rain total is not a warning's "20:00",
    nor "18" minutes a time; a time counts among the numbers only where the other text gives none
    it could be compared with (a language that writes "18時" or "सुबह 7.55 बजे", which the time
    pattern does not read). A figure the other article gives in another unit (:func:`converted`,
    :func:`converted_pair`) is one it shares: "200 miles" translated as "322 km", "40-50 mph" as
    "64-80 km/h", and so is a year the other writes with two digits (:func:`abbreviated_years`:
    "SS19" for a 2019 collection). Where neither cites ``min_count`` figures, each kind is judged
    only where both cite one of it, and of the numbers the whole ones: a text may leave a figure
    out or write it as a word ("a mile" for "1,6 Kilometer") and round a measure its own way ("1,6
    km", "1,5 km"), with no other figure to set against it, or convert it ("85 mph", "136 km/h":
    one factor giving one figure of CONVERSION_MIN_DIGITS digits, either way); a time, which may be
    the only figure, is compared with numbers only where both texts cite numbers (its hour and
    minutes written as two numbers, "21时30分", are no event's figures) and is the time twelve
    hours off (:func:`other_half_of_day`: a 12-hour clock with the language's own word for the
    evening, "9:30 de la noche", "रात 9:30 बजे", which the time pattern does not read); while two
    that each cite a figure or two of a kind and share none of them (``max_share`` of one or two is
    none) are two events of one genre, told apart by their own figures where they share every
    stock sentence: a driver's age and the hour of a crash, an age in a court report.

    ``min_kept`` (0: not asked): a translation keeps ALL of its original's figures, so where both
    texts cite ``min_count`` numbers at least besides the years both give, the one citing fewer must
    find this share of them in the other, as shared, converted, rounded (:func:`rounded`: "5 cm" for
    "5,08 cm") or a year in another form (:func:`abbreviated_years`, :func:`calendar_years`), read
    from either side: two companies' results sharing their growth (16%) and nothing else share 1
    of 3, a third of the larger set but under half of either. A year both give (in ``YEARS``) is
    no figure of the event here, found or cited: any two stories of one year share it, and two
    earnings reports comparing 2024 with 2023 would pass on their years alone. A text cut to its
    lead cites fewer figures, all its original's, and is kept.

    ``units_a``, ``units_b`` (:func:`unit_figures`, None: not read): a figure one text writes with a
    unit that the other writes in another unit of the measure (:func:`unit_conversions`: "30 yards",
    "27 Meter") is one they share, however small: the units tell the conversion from a chance
    match, which the figures alone cannot below CONVERSION_MIN_DIGITS digits."""
    fa, fb = _figures(a), _figures(b)
    few = max(fa.cited, fb.cited) < min_count
    if few and not (fa.cited and fb.cited):
        return False
    if (fa.times and fb.times and not (fa.times & fb.readings or fb.times & fa.readings)
            and not (few and fa.times & other_half_of_day(fb.times))):
        return True
    if fa.pairs and fb.pairs and not (_pairs_cited(fa.pairs, fb) or _pairs_cited(fb.pairs, fa)):
        return True
    kinds = fa.times and fb.times  # the times compared as times: the numbers are compared without them
    da, db = (fa.numbers, fb.numbers) if kinds else (fa.digits, fb.digits)
    if few:  # whole numbers: a decimal is a measure a translation rounds or converts on its own
        da, db = da - fa.decimals, db - fb.decimals
        if not (da and db and fa.numbers - fa.decimals and fb.numbers - fb.decimals):  # numbers with numbers
            return False
    most = max(len(da), len(db))
    # the kept share leaves out the years both give: any two stories of one year share it
    years = frozenset(y for y in da & db if _is_year(y))
    least = min(len(da), len(db)) - len(years)
    several = min_kept > 0 and least >= min_count  # both cite several: each keeps the other's
    shared = len(da & db)
    if not most or (shared >= max_share * most and not (several and shared - len(years) < min_kept * least)):
        return False
    more, fewer = (fa, fb) if len(da) >= len(db) else (fb, fa)
    more_digits, fewer_digits = (da, db) if more is fa else (db, da)
    # the figures each writes in a unit the other converts ("30 yards", "27 Meter")
    in_units_a: frozenset[str] = frozenset()
    in_units_b: frozenset[str] = frozenset()
    if units_a and units_b:
        in_units_a, in_units_b = unit_conversions(units_a, units_b) & da, unit_conversions(units_b, units_a) & db
    more_units, fewer_units = (in_units_a, in_units_b) if more is fa else (in_units_b, in_units_a)
    agreeing = (da & db) | (more_digits & _written_otherwise(more, fewer)) | more_units
    if few:  # a figure or two: one factor converting one is enough, either way ("85" mph, "136" km/h)
        agreeing |= (da & significant_digits(_converted(fa.targets, fb.sources, 1))) | (
            db & significant_digits(_converted(fb.targets, fa.sources, 1))) | in_units_a | in_units_b
    if len(agreeing) < max_share * most:
        return True
    if not several:
        return False
    # the fewer's figures the other gives: shared, or written otherwise (converted either way, rounded,
    # a year in another form)
    kept = (da & db) | fewer_units | (fewer_digits & (_written_otherwise(fewer, more) | significant_digits(
        rounded(fewer.plain, more.plain) | _conversion_sources(more.targets, fewer.plain)
        | calendar_years(fewer.plain, more.plain))))
    return len(kept - years) < min_kept * least


ROUNDING_SLACK = 1e-9
"""Added to half a unit when a figure is compared with its rounding: "2.25" read as a float is a hair
off 2.25, and rounds to "2.3" either way."""


def rounded(numbers: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The ``numbers`` (canonical) that one of ``others`` gives to another number of decimals, the
    one written with fewer being the other rounded: a translation that converts a unit gives "5,08
    cm" where another gives "5 cm", "2,54" where another gives "2,5", each figure to the precision
    its translator chose. Decimals only: a whole number rounded to tens ("320" km for "322") could be
    many numbers."""
    theirs = sorted(_value(o) for o in others if ":" not in o and "-" not in o)
    values = [value for value, _ in theirs]
    out = []
    for n in numbers:
        if ":" in n or "-" in n:
            continue
        value, unit = _value(n)
        # a unit is at most 1 (a whole number's): only values within half of it are looked at, found
        # by bisection (a results table cites thousands of figures)
        near = theirs[bisect.bisect_left(values, value - 0.5 - ROUNDING_SLACK):
                      bisect.bisect_right(values, value + 0.5 + ROUNDING_SLACK)]
        if any(their_unit != unit and abs(value - their) <= max(unit, their_unit) / 2 + ROUNDING_SLACK
               for their, their_unit in near):
            out.append(n)
    return frozenset(out)


def _written_otherwise(figures: _Figures, other: _Figures) -> frozenset[str]:
    """The significant digits of the numbers of ``figures`` that ``other`` writes in another form: in
    another unit (:func:`converted`) or a year shortened (:func:`abbreviated_years`)."""
    return significant_digits(_converted(figures.targets, other.sources) | abbreviated_years(figures.plain, other.plain))


YEARS = (1900, 2099)
"""The years a two-digit number may abbreviate (:func:`abbreviated_years`)."""


def _is_year(n: str) -> bool:
    """Whether a canonical number is a year of ``YEARS`` written in full."""
    return len(n) == 4 and n.isdigit() and YEARS[0] <= int(n) <= YEARS[1]


def abbreviated_years(numbers: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The ``numbers`` that are a year (in ``YEARS``) or its last two digits where ``others`` give
    the other form: a translation writes a season, a fiscal year or a class year out in full or
    shortens it ("SS19" for "Sommerkollektion 2019", "FY24", "'98")."""
    theirs = frozenset(others)
    short = {n[2:] for n in theirs if _is_year(n)}
    full = {n for n in theirs if len(n) == 2 and n.isdigit()}
    return frozenset(n for n in numbers if (len(n) == 2 and n in short) or (_is_year(n) and n[2:] in full))


CALENDAR_YEAR_OFFSETS = (543, -621, -622, 3760, 3761)
"""Years of calendars the press of some languages dates by, as offsets from the Gregorian year: the
Buddhist era (+543, Thai), Solar Hijri (-621/-622, Persian, Dari, Pashto), Hebrew (+3760/+3761). A
Gregorian year straddles two years of a calendar whose new year falls elsewhere, so both are given;
the lunar Hijri year is computed (:func:`hijri_years`). Only years of four digits outside ``YEARS``
count (:func:`calendar_years`), so not the Minguo (-1911: "89" for 2000, a count), Ethiopian (-7/-8),
Saka (-78/-79) or Bikram Sambat (+56/+57: "2018" for 1962) years, which two texts cite by chance as
counts or Gregorian years (NTREX tune: 580 pairs of two stories were one year apart that way)."""
HIJRI_EPOCH, SOLAR_PER_LUNAR_YEAR = 622, 365.2425 / 354.36707
"""The lunar Hijri calendar: year 1 began in 622 CE, and its year is 11 days shorter than the
Gregorian (354.367 days), so it gains one year on it about every 33."""


def hijri_years(year: int) -> tuple[int, int]:
    """The two lunar Hijri years a Gregorian year overlaps (2024: 1445 and 1446)."""
    first = int((year - HIJRI_EPOCH) * SOLAR_PER_LUNAR_YEAR)
    return first, first + 1


def calendar_years(numbers: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The ``numbers`` that are a year (in ``YEARS``) written in another calendar by ``others``, or
    another calendar's year of a year ``others`` gives: a translation into Thai, Persian or Hebrew
    may give a date's year in the calendar its readers use (2025 is 2568 of the Buddhist era, 1404
    of the Solar Hijri, 1446/1447 of the lunar Hijri calendar, 5785/5786 of the Hebrew one)."""
    def forms(n: str) -> set[int]:  # n: digits; its other calendars' years of 4 digits, no Gregorian year
        year = int(n)
        if not YEARS[0] <= year <= YEARS[1]:
            return set()
        return {y for y in (*(year + offset for offset in CALENDAR_YEAR_OFFSETS), *hijri_years(year))
                if 1000 <= y <= 9999 and not YEARS[0] <= y <= YEARS[1]}

    mine = [n for n in numbers if n.isdigit()]
    theirs = {n for n in others if n.isdigit()}
    written = {str(y) for n in theirs for y in forms(n)}
    return frozenset(n for n in mine if n in written or any(str(y) in theirs for y in forms(n)))


def other_half_of_day(times: Iterable[str]) -> frozenset[str]:
    """The clock times ("HH:MM") twelve hours off: the reading of a 12-hour time whose "evening"
    or "morning" is a word of its language the time pattern does not read ("9:30 de la noche",
    "٩:٣٠ مساء": read 09:30, meant 21:30)."""
    return frozenset(f"{(int(t[:2]) + 12) % 24:02d}{t[2:]}" for t in times)


def _pairs_cited(pairs: frozenset[str], other: _Figures) -> bool:
    """Whether ``other`` cites one of ``pairs``, as a pair or as its two numbers: a headline's
    "38 - 17" is the "38 a 17" of a translation's, a form the pair pattern does not read (a report
    gives several results, the half-time's and the final's; an edited copy may drop one), or as a
    pair in other units (:func:`converted_pair`: a range "40-50" mph is "64-80" km/h)."""
    return (bool(pairs & other.pairs) or any(set(pair.split("-")) <= other.plain for pair in pairs)
            or any(converted_pair(pair, theirs) for pair in pairs for theirs in other.pairs))


def figure_kinds(numbers: Iterable[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(clock times "HH:MM", pairs "2-1", the other numbers) of an article's anchors: figures of
    different kinds, which say different things (a time is no count, a result no date)."""
    times: set[str] = set()
    pairs: set[str] = set()
    rest: set[str] = set()
    for n in numbers:
        (times if ":" in n else pairs if "-" in n else rest).add(n)
    return frozenset(times), frozenset(pairs), frozenset(rest)


def time_readings(numbers: Iterable[str]) -> frozenset[str]:
    """The clock times decimal numbers can be read as: "7.55" is 07:55 where a text writes a time
    without the marks the time pattern reads ("सुबह 7.55 बजे", "at 7.55"); "14.3" (written "14.30")
    is 14:30. A whole number is not read as a time: "20" is a count, not 20:00."""
    out = set()
    for n in numbers:
        hour, dot, minute = n.partition(".")
        if dot and hour.isdigit() and minute.isdigit() and len(minute) <= 2 and int(hour) <= 23:
            minutes = int(minute.ljust(2, "0"))
            if minutes <= 59:
                out.add(f"{int(hour):02d}:{minutes:02d}")
    return frozenset(out)


# Factors between the units translations of news convert most (imperial and US units into metric
# ones): inch-cm, mile-km (also mph-km/h), foot-m, yard-m, pound-kg, ounce-g, US gallon-litre,
# acre-hectare, square mile-km2.
UNIT_FACTORS = (2.54, 1.609344, 0.3048, 0.9144, 0.45359237, 28.349523, 3.785411784, 0.40468564, 2.58998811)
_FACTORS = np.array(UNIT_FACTORS, dtype=np.float64)
CONVERSION_MIN_DIGITS = 3
"""Digits a number needs to count as a converted figure ("620" has three): 2-digit values match
some conversion of some number too easily (36 (°C) is not 98 (°F) converted, but close)."""
CONVERSION_MIN_NUMBERS = 2
"""Numbers one factor must convert: a translation that converts a unit converts each of its figures."""


FAHRENHEIT_PER_CELSIUS, FAHRENHEIT_AT_0_CELSIUS = 1.8, 32.0
"""Celsius -> Fahrenheit (F = C * 1.8 + 32): an affine map, which only a pair's two numbers
(:func:`converted_pair`) can check; one number matches some offset and scale too easily."""
PAIR_CONVERSION_MIN_SCALE = 1.25
"""How much a conversion must scale a pair's numbers (either way) to tell it from another pair: yard
<-> metre (0.9144) moves a handball result 33:22 to 30:20, another match's; no other factor is so near 1."""
_PAIR_MAPS = tuple((scale, shift) for scale, shift in (
    *((f, 0.0) for f in UNIT_FACTORS), *((1 / f, 0.0) for f in UNIT_FACTORS),
    (FAHRENHEIT_PER_CELSIUS, FAHRENHEIT_AT_0_CELSIUS),
    (1 / FAHRENHEIT_PER_CELSIUS, -FAHRENHEIT_AT_0_CELSIUS / FAHRENHEIT_PER_CELSIUS))
    if max(scale, 1 / scale) >= PAIR_CONVERSION_MIN_SCALE)
PAIR_CONVERSION_MIN = 10
"""The number each place of a converted pair ("hi", "lo") must reach in one of the two pairs at
least (40 mph -> 64 km/h: 40 or 64): a pair's numbers are whole, so a conversion is known to half a
unit, and only where that is small next to them does one conversion of both tell a range in other
units from another pair: with single digits on both sides half a unit is 5-50% of a number, and
results are ranges' neighbours (2-1 is 3-2 by mile -> km: 3.2 and 1.6 round to 3 and 2)."""


def converted_pair(pair: str, other: str) -> bool:
    """Whether ``other`` is ``pair`` (anchors "hi-lo") converted into other units: ONE conversion
    (a factor of UNIT_FACTORS either way, or Celsius <-> Fahrenheit) gives both its numbers, each
    to within the rounding of a whole number (half a unit): a range is two bounds of one quantity
    in one unit, which a translation converts together ("40-50 mph" -> "64-80 km/h", "25-30 °C" ->
    "77-86 °F"); a map preserving order keeps "hi" first. Not for small numbers (PAIR_CONVERSION_MIN)."""
    (high, low), (their_high, their_low) = ([int(x) for x in p.split("-")] for p in (pair, other))
    if min(max(high, their_high), max(low, their_low)) < PAIR_CONVERSION_MIN:
        return False
    return any(abs(high * scale + shift - their_high) <= 0.5 and abs(low * scale + shift - their_low) <= 0.5
               for scale, shift in _PAIR_MAPS)


def _value(number: str) -> tuple[float, float]:
    """(value, one unit of its last written digit) of a canonical number: a converted figure is
    rounded or cut to the digits written ("136" km/h for 85 mph, 136.8)."""
    decimals = len(number) - number.index(".") - 1 if "." in number else 0
    return float(number), 10.0 ** -decimals


def _tolerance(number: str) -> float:
    """How far a converted figure may be from its exact conversion: one unit of its last written
    digit, or, for a whole number of two significant digits or more ending in zeros, half a unit of
    its last significant one: a translator rounds a converted weight or distance to tens ("650
    pound" -> "290 Kilo", 294.8). A single significant digit ("300") is too coarse to tell."""
    value, unit = _value(number)
    digits = number.rstrip("0")
    if "." in number or len(digits) < 2 or digits == number:
        return unit
    return max(unit, 10.0 ** (len(number) - len(digits)) / 2)


class _Targets(NamedTuple):
    """The numbers a unit conversion may have given (CONVERSION_MIN_DIGITS digits or more, no clock
    time), their values and their tolerances (:func:`_tolerance`)."""

    numbers: tuple[str, ...]
    values: np.ndarray
    tolerance: np.ndarray


def _targets(numbers: Iterable[str]) -> _Targets:
    candidates = [(n, _value(n)[0], _tolerance(n)) for n in numbers
                  if ":" not in n and "-" not in n and len(n.replace(".", "").lstrip("0")) >= CONVERSION_MIN_DIGITS]
    return _Targets(tuple(n for n, _, _ in candidates), np.array([v for _, v, _ in candidates]),
                    np.array([t for _, _, t in candidates]))


def _sources(others: Iterable[str]) -> np.ndarray:
    return np.array([float(o) for o in others if ":" not in o and "-" not in o], dtype=np.float64)


def converted(numbers: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The ``numbers`` (canonical, CONVERSION_MIN_DIGITS digits or more) that are one of
    ``others`` converted between units by a factor of UNIT_FACTORS (either way), to within one unit
    of the number's last written digit, when that factor converts CONVERSION_MIN_NUMBERS of them:
    "5.08" and "10.16" (cm) against "2" and "4" (inches)."""
    return _converted(_targets(numbers), _sources(others))


def _converted(targets: _Targets, sources: np.ndarray, min_numbers: int = CONVERSION_MIN_NUMBERS) -> frozenset[str]:
    """:func:`converted`, where a factor must convert ``min_numbers`` (fewer where a text cites
    fewer: :func:`figures_disagree` below its ``min_count``)."""
    if len(targets.numbers) < min_numbers or not sources.size:  # no factor converts enough
        return frozenset()
    hits, _ = _conversions(targets, sources)  # (number, conversion)
    converting = hits[:, hits.sum(axis=0) >= min_numbers].any(axis=1)
    return frozenset(targets.numbers[i] for i in np.flatnonzero(converting).tolist())


CONVERSION_BLOCK_CELLS = 1 << 20
"""(target, conversion, source) comparisons :func:`_conversions` makes at once: a results or
election table cites thousands of figures, and all of them at once against another's thousands
took gigabytes (2,000 figures against 2,000: 0.9 GB); a block of this many takes ~10 MB."""


def _conversions(targets: _Targets, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which sources, converted (times or divided by a factor of UNIT_FACTORS), are a target to
    within its tolerance: (target, conversion) whether some source converts to the target, and
    (conversion, source) whether the source converts to some target; compared a block of targets at
    a time (CONVERSION_BLOCK_CELLS)."""
    # scaled[k] is the sources times (even k) or divided by (odd k) a factor
    scaled = np.stack((sources * _FACTORS[:, None], sources / _FACTORS[:, None]), axis=1).reshape(-1, sources.size)
    by_target = np.zeros((len(targets.numbers), len(scaled)), dtype=bool)
    by_source = np.zeros(scaled.shape, dtype=bool)
    step = max(1, CONVERSION_BLOCK_CELLS // max(1, scaled.size))
    for start in range(0, len(targets.numbers), step):
        block = slice(start, start + step)
        close = np.abs(targets.values[block, None, None] - scaled[None]) <= targets.tolerance[block, None, None]
        by_target[block] = close.any(axis=2)
        by_source |= close.any(axis=0)
    return by_target, by_source


def _conversion_sources(targets: _Targets, numbers: Iterable[str]) -> frozenset[str]:
    """The ``numbers`` (canonical) that one factor converts into ``targets``, where it converts
    CONVERSION_MIN_NUMBERS of them (:func:`converted` seen from the other side: "200" miles and "40"
    against "322" and "64.4" km)."""
    written = [n for n in numbers if ":" not in n and "-" not in n]
    if len(targets.numbers) < CONVERSION_MIN_NUMBERS or not written:
        return frozenset()
    by_target, by_source = _conversions(targets, np.array([float(n) for n in written]))
    converting = by_target.sum(axis=0) >= CONVERSION_MIN_NUMBERS  # (conversion,)
    found = by_source[converting].any(axis=0)
    return frozenset(written[i] for i in np.flatnonzero(found).tolist())


FIGURES_KEPT = 4096
"""Anchor sets whose :class:`_Figures` are kept (:func:`_figures`): an article is checked against
dozens of others, and each of them again for the articles after it."""


class _Figures(NamedTuple):
    """What :func:`figures_disagree` reads of one article's anchors."""

    cited: int              # its figures of 2+ characters, of every kind (digits and pairs)
    times: frozenset[str]   # its clock times
    readings: frozenset[str]  # its clock times and the times its decimal numbers read as (time_readings)
    pairs: frozenset[str]   # its pairs ("2-1")
    plain: frozenset[str]   # its numbers (neither a time nor a pair), as written
    digits: frozenset[str]  # significant digits of its numbers and times of 2+ characters
    numbers: frozenset[str]  # ... of its numbers alone (no time)
    decimals: frozenset[str]  # ... of its numbers written with decimals (that no whole number of it gives)
    targets: _Targets       # its numbers a conversion may have given
    sources: np.ndarray     # its numbers (no time, no pair) as values to convert


@functools.lru_cache(maxsize=FIGURES_KEPT)
def _figures(anchors: frozenset[str]) -> _Figures:
    """Kept for every comparison of the same anchors, so its arrays are read-only."""
    times, pairs, rest = figure_kinds(anchors)
    long_rest = [x for x in rest if len(x) >= 2]
    numbers = significant_digits(long_rest)
    digits = numbers | significant_digits(times)
    decimals = significant_digits(x for x in long_rest if "." in x) - significant_digits(
        x for x in long_rest if "." not in x)
    figures = _Figures(len(digits) + len(pairs), times, times | time_readings(rest), pairs, rest, digits, numbers,
                       decimals, _targets(long_rest), _sources(rest))
    for array in (figures.targets.values, figures.targets.tolerance, figures.sources):
        array.setflags(write=False)
    return figures


def anchor_weight(numbers: Iterable[str]) -> int:
    """Sum over the numbers of their digits, at most 4 each (a decimal point, a pair's dash do not count)."""
    return sum([min(len(n) - n.count(".") - n.count("-"), 4) for n in numbers])


# -- names ----------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_TERMINATORS)};:\n\"\u201c\u201d\u00ab\u00bb]\\s*$")
_SUFFIX_RE = re.compile(r"['\u2019]")
_CASED_SCRIPTS = {"LATIN": "L", "CYRILLIC": "C", "GREEK": "G"}
_CASED_SCRIPT_RES = {"L": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+"), "C": re.compile(r"[\u0400-\u052f]+"),
                     "G": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")}  # runs: fewer matches than letters
NAME_KEY_CHARS = 6


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str | None:
    """"L", "C" or "G" for a Latin, Cyrillic or Greek letter; None otherwise (kept per character:
    a text names the same few capitals again and again)."""
    name = unicodedata.name(ch, "")
    return next((code for script, code in _CASED_SCRIPTS.items() if name.startswith(script)), None)


def text_script(text: str) -> str | None:
    """"L", "C" or "G" when more than half of the text's letters are Latin, Cyrillic or Greek (the
    script the text is written in); None for a text written in another script."""
    # the letters counted only when needed: a script's runs over half of all the characters are
    # over half of the letters (most texts; counting them was a third of this function's CPU)
    letters = None
    for code, pattern in _CASED_SCRIPT_RES.items():
        runs = sum(map(len, pattern.findall(text)))
        if runs * 2 > len(text):
            return code if any(map(str.isalpha, text)) else None  # no letter: no script, as below
        if letters is None:
            letters = sum(map(str.isalpha, text))
        if letters and runs * 2 > letters:
            return code
    return None


def names(text: str) -> frozenset[str]:
    """Capitalised words not at a sentence start and never written in lower case in the text (the
    people, places and organisations it names), as "<script>:<first 6 letters, case-folded>", in
    the script the text is written in (:func:`text_script`) only.

    Why: a translation names the same people and places, and between two languages written in one
    script (German and English, Russian and Ukrainian) most names survive translation spelled alike,
    like numbers; the key is cut after 6 letters so that inflected forms ("Merkels", "Merkel'in")
    match. Only scripts with letter case have this signal, and only in the text's own script: the
    Latin titles a Hindi or Russian text quotes are a few words of another script, not its names
    (a Hindi and a Russian translation of one review share few of them).
    """
    own = text_script(text)
    if own is None:
        return frozenset()
    lower = set()
    capitalised = []  # (start, word without its suffix) of the words that may be names
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if not word[0].isupper():  # a word starts with a letter, so its first character is word[0]
            lower.add(word.casefold())
            continue
        start = m.start()
        word = _SUFFIX_RE.split(word, 1)[0]
        if len(word) >= 3 and start and _script(word[0]) == own:
            capitalised.append((start, word))
    out = set()
    for start, word in capitalised:
        if _SENTENCE_END_RE.search(text, max(0, start - 3), start):
            continue
        key = unicodedata.normalize("NFKC", word).casefold()
        if key not in lower:
            out.add(f"{own}:{key[:NAME_KEY_CHARS]}")
    return frozenset(out)


def names_agreement(a: frozenset[str], b: frozenset[str], min_names: int) -> float | None:
    """The best share, over the scripts in which both name at least ``min_names``, of the names of
    the one naming fewer that the other names too; None when no script qualifies."""
    best = None
    for script in {n[0] for n in a} & {n[0] for n in b}:
        na = {n for n in a if n[0] == script}
        nb = {n for n in b if n[0] == script}
        if len(na) >= min_names and len(nb) >= min_names:
            share = len(na & nb) / min(len(na), len(nb))
            best = share if best is None else max(best, share)
    return best


# -- structure ------------------------------------------------------------------------------
def body_paragraphs(title: str | None, text: str) -> list[str]:
    """The body's paragraphs: its non-empty lines, a first line that is only the title left out."""
    lines = [line for line in text.splitlines() if not line.isspace() and line]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    return lines


def paragraph_count(title: str | None, text: str) -> int:
    """How many paragraphs the body has (:func:`body_paragraphs`).

    Why: a translation keeps its original's paragraphs (an edited copy drops or adds one), while
    two outlets' own reports of one event are paragraphed each its own way; see
    ``StoryConfig.paragraph_slack``.
    """
    return len(body_paragraphs(title, text))


def figure_places(normalized_text: str) -> tuple[frozenset[str], ...]:
    """The figures each paragraph (non-empty line) of a normalised body cites, in the body's order:
    the :func:`significant_digits` of its numbers, those of 2+ digits (a clock time by its hour and
    minutes: "21:00" is the "21 Uhr" of another language; "200" and "2" give one digit, which too
    many numbers share to place one); a paragraph citing none is an empty set.

    Why: a translation keeps its original's sentences in their order, and each fact in its
    sentence, while another outlet's report of the same event states the same facts in sentences
    of its own, leading with another (:func:`figures_moved`)."""
    return tuple(frozenset(f for f in significant_digits(anchors(line, 2)) if len(f) >= 2)
                 for line in normalized_text.splitlines() if line.strip())


def figures_moved(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...], slack: int | None) -> bool:
    """Whether two bodies (:func:`figure_places`) place their shared figures where no translation
    would: two of them in opposite orders (one figure in an earlier paragraph than the other in one
    body, in a later one in the other body), or, where the bodies' paragraphs are known to
    correspond (``slack`` not None) and they have as many paragraphs (within ``slack``: an edited
    copy drops or adds one), one figure more than ``slack`` paragraphs from its place in the other.
    A translation keeps the order of its original's sentences, so of the facts in them (a site that
    joins or splits its paragraphs keeps it too, and a paragraph that holds both figures in either
    body says nothing of their order), and where it keeps its original's paragraphs it keeps each
    fact in its paragraph; as many paragraphs do not say it kept them (a site that joins two pairs
    of paragraphs and splits two others moves the facts between two paragraphs). Two outlets'
    reports of one event cite the same figures in sentences of their own ("An earthquake of
    magnitude 5.4 struck at 23:00 at a depth of 13 km ... 12 people were injured" and "12 people
    were hurt when a magnitude 5.4 quake struck at 23:00 ... The quake, 13 km deep, damaged 377
    buildings"). Only figures each body cites in one paragraph count: a figure repeated, or two
    figures written alike, have no one place."""
    def placed(places: tuple[frozenset[str], ...]) -> dict[str, int]:
        seen: dict[str, int] = {}
        repeated = set()
        for index, cited in enumerate(places):
            for figure in cited:
                if figure in seen:
                    repeated.add(figure)
                seen[figure] = index
        return {f: i for f, i in seen.items() if f not in repeated}

    in_a, in_b = placed(a), placed(b)
    shared = in_a.keys() & in_b.keys()
    if (slack is not None and abs(len(a) - len(b)) <= slack
            and any(abs(in_a[f] - in_b[f]) > slack for f in shared)):
        return True
    # two in opposite orders: by paragraph of ``a``, one placed in ``b`` before a figure of an
    # earlier paragraph of ``a`` (sorted once: a results table cites thousands of figures)
    latest = -1  # the latest place in b of the figures of a's earlier paragraphs
    for _, group in itertools.groupby(sorted(shared, key=in_a.__getitem__), key=in_a.__getitem__):
        in_b_places = [in_b[f] for f in group]
        if min(in_b_places) < latest:
            return True
        latest = max(latest, *in_b_places)
    return False
