"""Write newsspider/extract/cleaning/minute_units.json: how every language of the Unicode CLDR (through
Babel, which courlan already installs) writes a count of minutes, for telling a template's reading-time
line ("4 min read", "Lesedauer: 3 Minuten", "Dakika 3 za kusoma") in any language, phrase list or not.

For each locale, each length (long, short, narrow) and each plural category (a number of that category
formatted as the locale writes it), the unit as the pattern writes it beside the number: casefolded,
NFKC, spaces squeezed, an abbreviation's full stop kept ("min.": a line ending so is no sentence, where
"Lasted 5 minutes." is one), and whether it stands after the number ("{0} minutes") or before it ("dakika {0}"). Left
out: a unit of a single letter ("m", "p", "d": metres, pages and days share it), but for an ideograph or
a Hangul syllable, which is a word ("分", "분"); a form holding no number ("دقيقتان": two minutes).

The units are kept per language (a locale's language subtag), so a text is read with its own
language's units: a short form of one language is a word of another ("men": Ligurian's, Maori's
minutes; "5 men charged"). A language whose locales write nothing but the root locale's "min" is
left out: the CLDR does not say how it writes minutes (Tajik writes "дақиқа"), so its text is read
with every language's units, as one of an unknown language. The root's own units ("min", the
international symbol) are kept apart, as ``root``: every language's text may write them ("3 min" on
a Swahili page, whose CLDR writes "dakika 3").

Also kept, as ``stems``: the part all of a locale's long forms after the number share where it is no
form itself and is one word of at least MIN_STEM_LETTERS letters. An agglutinative language writes the bare stem as the
unit's attributive form ("5 நிமிட வாசிப்பு", a 5-minute read: Tamil "நிமிடம்", "நிமிடங்கள்").

    python scripts/cldr_minute_units.py
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale, __version__, localedata, numbers
from babel.units import format_unit

MIN_STEM_LETTERS = 3
LENGTHS = ("long", "short", "narrow")
# Numbers whose plural categories are looked up: integers, then fractions ("1,5 minutės": Lithuanian's "many").
SAMPLES = (*range(0, 200), 0.5, 1.5, 2.5, 5.5, 10.5)
OUT = Path(__file__).resolve().parents[1] / "newsspider" / "extract" / "cleaning" / "minute_units.json"


def _normal(unit: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", unit).casefold().split())


def _is_word(unit: str) -> bool:
    """A unit the rule may read: two letters or more, or one that is a word alone (an ideograph, a syllable)."""
    letters = [c for c in unit if c.isalpha()]
    return len(letters) >= 2 or any(unicodedata.name(c, "").startswith(("CJK UNIFIED", "HANGUL SYLLABLE"))
                                    for c in letters)


def locale_units(locale: Locale) -> dict[str, dict[str, set[str]]]:
    """{length: {"after"|"before": units}} of one locale, as its patterns write a count of minutes."""
    samples: dict[str, int | float] = {}
    for number in SAMPLES:
        samples.setdefault(locale.plural_form(number), number)
    out: dict[str, dict[str, set[str]]] = {length: defaultdict(set) for length in LENGTHS}
    for length in LENGTHS:
        for number in samples.values():
            try:
                written = format_unit(number, "duration-minute", length=length, locale=locale)
            except (KeyError, ValueError, TypeError):
                continue
            shown = numbers.format_decimal(number, locale=locale)
            at = written.find(shown)
            if at < 0:
                continue  # no number in the form ("دقيقتان")
            before, after = written[:at].strip(), written[at + len(shown):].strip()
            for side, unit in (("before", before), ("after", after)):
                unit = _normal(unit)
                if unit[:1].isalpha() and _is_word(unit):
                    out[length][side].add(unit)
    return out


def _stems(long_forms: list[set[str]], forms: set[str]) -> set[str]:
    """The stem each group of a locale's long forms after the number shares, where it is no form itself."""
    stems = set()
    for group in long_forms:
        stem = os.path.commonprefix(sorted(group)).rstrip(".")
        if (sum(c.isalpha() for c in stem) >= MIN_STEM_LETTERS and stem not in forms
                and all(unicodedata.category(c)[0] in "LM" for c in stem)):
            stems.add(stem)
    return stems


def main() -> None:
    """Collect the units of every locale under its language (its scripts and regions together: "sr"
    holds Cyrillic and Latin, "zh" simplified and traditional), write the table."""
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"after": set(), "before": set()})
    long_forms: dict[str, list[set[str]]] = defaultdict(list)
    for identifier in sorted(localedata.locale_identifiers()):
        try:
            locale = Locale.parse(identifier)
        except (ValueError, TypeError):
            continue
        language = locale.language
        for length, sides in locale_units(locale).items():
            for side, found in sides.items():
                forms[language][side] |= found
                if length == "long" and side == "after" and len(found) > 1:
                    long_forms[language].append(found)
    root = {side: found for sides in locale_units(Locale.parse("root")).values() for side, found in sides.items()}
    languages = {}
    for language in sorted(forms):
        if all(found <= root.get(side, set()) for side, found in forms[language].items()):
            continue  # the CLDR does not say how it writes minutes (its root's "min"): read as unknown
        units = {side: sorted(found) for side, found in forms[language].items() if found}
        stems = _stems(long_forms[language], forms[language]["after"])
        if stems:
            units["stems"] = sorted(stems)
        if units:
            languages[language] = units
    OUT.write_text(json.dumps({"source": f"Unicode CLDR via Babel {__version__}", "languages": languages,
                               "root": {side: sorted(found) for side, found in root.items() if found}},
                              ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(languages)} languages -> {OUT}")

if __name__ == "__main__":
    main()
