"""Names of places a byline prints beside its names: countries and the cities of the time zones.

A byline's "Paris, France" or "Berlin, Deutschland" is where the story comes from, written as a
name surname first is ("Doe, Jane"): telling them apart needs to know the places. The countries are
CLDR's territory names in the languages whose bylines we read (Babel's locale data, installed with
courlan), the cities those of the tz database's zones (``tzdata``'s ``zone.tab``: its English names,
and CLDR's for them in those languages: "Wien", "Moskau"), each with the country it lies in: many
are people's names too ("Davis, Jordan": an Antarctic station and a country, Jordan Davis), so a
place is a city followed by its own country. Capitals and large cities only: a place missing here
is no person either, but is told by other cues.

In a script without capitals (Arabic, Bengali, Thai, Georgian, Han, ...) the names are CLDR's in every
language, for the territories CLDR counts it spoken in (``uncased_places.json``, written by
``scripts/cldr_uncased_places.py``): a place is one rule in every script, a country the tz database's
``zone.tab`` lists or a city of its zones (:func:`is_place_name`).
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

from newsspider.zone_names import zone_table

# The languages whose place names are read: those of the cleaning pattern lists that write capitals,
# and other European ones bylines come in.
PLACE_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "id", "el", "sv", "da", "nb",
                   "fi", "cs", "sk", "hu", "ro", "hr", "ca", "vi")


def is_city_in_country(city: str, country: str) -> bool:
    """Whether ``city`` (case aside) is a time zone's city's name and ``country`` that of the country
    it lies in ("Paris", "France"; not "Davis", "Jordan": :func:`place_codes`)."""
    cities, countries = place_codes()
    return not cities.get(_key(city), frozenset()).isdisjoint(countries.get(_key(country), ()))


def is_place_name(name: str) -> bool:
    """Whether ``name`` (case aside) is a time zone's city's or a country's name in one of
    :data:`PLACE_LANGUAGES` ("New York", "Buenos Aires", "Le Caire", "Nowy Jork", "Costa Rica"), or in a script
    without capitals as a language spoken there writes it (:func:`_uncased_places`: "ঢাকা", "القاهرة",
    "თბილისი"; the Thai and Lao sign of abbreviation shortens a name CLDR writes in full: "กรุงเทพฯ"). A country is
    one the tz database's ``zone.tab`` lists (:func:`zoned_countries`): CLDR also names territories no
    country is ("DG": "Diego Garcia", also a person's name; "TA": "Tristan da Cunha"; "EU", "UN", "ZZ")."""
    key = _key(name)
    if key in _uncased_places() or key.rstrip(ABBREVIATION_SIGNS) in _uncased_places():
        return True
    cities, countries = place_codes()
    return key in cities or not countries.get(key, frozenset()).isdisjoint(zoned_countries())


ABBREVIATION_SIGNS = "\u0e2f\u0eaf"
"""THAI CHARACTER PAIYANNOI, LAO ELLIPSIS: a long name abbreviated ("กรุงเทพฯ" for CLDR's "กรุงเทพมหานคร")."""

UNCASED_PLACES = Path(__file__).with_name("uncased_places.json")
"""The places' names in scripts without capitals (``scripts/cldr_uncased_places.py`` writes it)."""


@cache
def _uncased_places() -> frozenset[str]:
    """The names of :data:`UNCASED_PLACES`, case-folded as :func:`_key` folds (read once a process)."""
    return frozenset(map(_key, json.loads(UNCASED_PLACES.read_text(encoding="utf-8"))["places"]))


@cache
def zoned_countries() -> frozenset[str]:
    """The ISO 3166 codes of the countries the tz database's ``zone.tab`` gives a zone (read once a process): the
    countries a place is in (:func:`is_place_name`; ``scripts/cldr_uncased_places.py`` keeps their names alone)."""
    return frozenset(country for country, _ in zone_table())


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@cache
def place_codes() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The case-folded names of zone cities and of countries, each with the ISO 3166 codes of the
    countries it names or lies in (read once a process)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    cities: defaultdict[str, set[str]] = defaultdict(set)
    countries: defaultdict[str, set[str]] = defaultdict(set)
    for country, zone in zone_table():
        cities[_key(zone.rsplit("/", 1)[-1].replace("_", " "))].add(country)
    territories, aliases = get_global("zone_territories"), get_global("zone_aliases")
    for language in PLACE_LANGUAGES:
        try:
            locale = Locale(language)
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in locale.territories.items():
            if code.isalpha():  # not "419": a group
                countries[_key(name)].add(code)
        for zone, names in locale.time_zones.items():
            code = territories.get(zone) or territories.get(aliases.get(zone, ""))
            if "city" in names and code:
                cities[_key(names["city"])].add(code)
    return ({name: frozenset(codes) for name, codes in cities.items()},
            {name: frozenset(codes) for name, codes in countries.items()})
