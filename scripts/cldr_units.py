"""Write newsspider/stories/units.json: how every language of the Unicode CLDR (through Babel, which
courlan already installs) writes the units news translations convert between (inches, feet, yards,
miles and miles per hour, ounces, pounds, gallons, acres, square miles, and their metric
counterparts), for reading the unit beside a figure in any language ("30 yards", "27 Meter",
"30码", "27 метров", "時速 30 マイル").

For each locale, each length (long, short, narrow) and each plural category (a number of that category
formatted as the locale writes it), the unit as the pattern writes it after the number, normalised as
the story texts are (``stories.normalize``), spaces squeezed. Each form maps to its unit's measure and its size in the measure's base unit
(metres, kilograms, litres, square metres); a speed in miles or kilometres per hour is the distance
(one factor converts both). Forms are kept per language; a form holding no letter is left out.

Also per language: the unit forms it writes after a year as the year's mark, and the words it writes
after a figure for thousands and millions that are none of its unit forms (CLDR's compact formats).

    PYTHONPATH=. python scripts/cldr_units.py
"""
from __future__ import annotations

import json
from pathlib import Path

from babel import Locale, __version__, localedata, numbers
from babel.dates import parse_pattern
from babel.units import format_unit

from newsspider.stories.normalize import normalize

# CLDR unit id -> (measure, size in the measure's base unit)
UNITS = {
    "length-inch": ("length", 0.0254), "length-foot": ("length", 0.3048), "length-yard": ("length", 0.9144),
    "length-mile": ("length", 1609.344), "length-millimeter": ("length", 0.001),
    "length-centimeter": ("length", 0.01), "length-meter": ("length", 1.0), "length-kilometer": ("length", 1000.0),
    "speed-mile-per-hour": ("length", 1609.344), "speed-kilometer-per-hour": ("length", 1000.0),
    "mass-ounce": ("mass", 0.028349523125), "mass-pound": ("mass", 0.45359237), "mass-gram": ("mass", 0.001),
    "mass-kilogram": ("mass", 1.0), "volume-gallon": ("volume", 3.785411784), "volume-liter": ("volume", 1.0),
    "area-acre": ("area", 4046.8564224), "area-hectare": ("area", 10000.0),
    "area-square-mile": ("area", 2589988.110336), "area-square-kilometer": ("area", 1e6),
}
LENGTHS = ("long", "short", "narrow")
SAMPLES = (*range(0, 200), 0.5, 1.5, 2.5, 5.5, 10.5)
OUT = Path(__file__).resolve().parents[1] / "newsspider" / "stories" / "units.json"


def _normal(unit: str) -> str:
    """As the story texts are normalised (NFKC, casefolded, Cyrillic "ё" as "е", no zero-width
    joiners: Persian "سانتی‌متر"), spaces squeezed: a form is matched against such a text."""
    return " ".join(normalize(unit).split())


def locale_forms(locale: Locale) -> dict[str, set[tuple[str, float]]]:
    """{form written after a number: the (measure, size) pairs it writes it for} of one locale."""
    samples: dict[str, int | float] = {}
    for number in SAMPLES:
        samples.setdefault(locale.plural_form(number), number)
    out: dict[str, set[tuple[str, float]]] = {}
    for unit, measure in UNITS.items():
        for length in LENGTHS:
            for number in samples.values():
                try:
                    written = format_unit(number, unit, length=length, locale=locale)
                except (KeyError, ValueError, TypeError):
                    continue
                shown = numbers.format_decimal(number, locale=locale)
                at = written.find(shown)
                if at < 0:
                    continue
                form = _normal(written[at + len(shown):])
                if any(c.isalpha() for c in form):
                    out.setdefault(form, set()).add(measure)
    return out


def year_marks(locale: Locale) -> set[str]:
    """What a locale writes after a year (its era's abbreviation, "2024م"; its date patterns' word
    after the year, Russian "2024 г.", Lithuanian "2024 m."), casefolded without dots: after a year,
    such a form is the year's mark, not a unit ("г" is also grams, "m" metres)."""
    marks = {locale.eras[width][1] for width in ("abbreviated", "narrow") if 1 in locale.eras.get(width, {})}
    patterns = [*locale.date_formats.values(), *locale.datetime_skeletons.values()]
    for pattern in patterns:
        for field in parse_pattern(pattern).format.split("%(")[1:]:  # "y)s г. " after "%(" of a year
            if field.startswith("y"):
                marks.add(field.split(")s", 1)[1].split("%", 1)[0])
    return {mark for mark in (_normal(m).replace(".", "").strip() for m in marks if m) if any(
        c.isalpha() for c in mark)}


def multipliers(locale: Locale) -> set[str]:
    """The words a locale writes after a figure for thousands, millions, billions (its compact
    decimal formats, long and short: Polish "20 milionów", Bulgarian "20 милиона", Czech "20 mil."),
    casefolded: after a figure, such a word makes it a count, not a distance ("mili" is a Polish mile)."""
    words = set()
    for width in ("short", "long"):
        for patterns in locale.compact_decimal_formats.get(width, {}).values():
            for pattern in patterns.values():
                word = _normal(pattern.pattern.replace("'", "").replace("0", ""))
                if any(c.isalpha() for c in word):
                    words.add(word)
    return words


def main() -> None:
    """Per language (a locale's language subtag): its forms, a text read with its own language's
    (a short form of one language is a word of another: English's "in" for inches). A form the
    language's locales write for two units says neither (Zulu's narrow "m²" for acres and square
    metres): it is left out."""
    languages: dict[str, dict[str, set[tuple[str, float]]]] = {}
    marks: dict[str, set[str]] = {}
    counts: dict[str, set[str]] = {}
    for name in sorted(localedata.locale_identifiers()):
        try:
            locale = Locale.parse(name)
        except (ValueError, TypeError):
            continue
        forms = languages.setdefault(locale.language, {})
        for form, measures in locale_forms(locale).items():
            forms.setdefault(form, set()).update(measures)
        marks.setdefault(locale.language, set()).update(year_marks(locale))
        counts.setdefault(locale.language, set()).update(multipliers(locale))
    unique = {language: {form: next(iter(measures)) for form, measures in forms.items() if len(measures) == 1}
              for language, forms in languages.items()}
    kept = {language: {form: list(measure) for form, measure in sorted(forms.items())}
            for language, forms in sorted(unique.items()) if forms}
    undotted = {language: {form.replace(".", "") for form in forms} for language, forms in kept.items()}
    kept_marks = {language: sorted(marks[language] & undotted[language]) for language in kept
                  if marks[language] & undotted[language]}
    # a multiplier the language also writes as a unit ("m": English's million and metre) stays a unit
    kept_counts = {language: sorted(counts[language] - set(kept[language])) for language in kept
                   if counts[language] - set(kept[language])}
    OUT.write_text(json.dumps({"source": f"Unicode CLDR via Babel {__version__}", "languages": kept,
                               "year_marks": kept_marks, "multipliers": kept_counts},
                              ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(kept)} languages, {sum(map(len, kept.values()))} forms")


if __name__ == "__main__":
    main()
