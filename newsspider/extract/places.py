"""Names of places a byline prints beside its names: countries and the cities of the time zones.

A byline's "Paris, France" or "Berlin, Deutschland" is where the story comes from, written as a
name surname first is ("Doe, Jane"): telling them apart needs to know the places. The countries are
CLDR's territory names in the languages whose bylines we read (Babel's locale data, installed with
courlan), the cities those of the tz database's zones (``tzdata``'s ``zone.tab``: its English names,
and CLDR's for them in those languages: "Wien", "Moskau"). Capitals and large cities only: a place
missing here is no person either, but is told by other cues.
"""
from __future__ import annotations

from functools import cache

from newsspider.extract.zones import zone_table

# The languages whose place names are read: those of the cleaning pattern lists that write capitals,
# and other European ones bylines come in.
PLACE_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "id", "el", "sv", "da", "nb",
                   "fi", "cs", "sk", "hu", "ro", "hr", "ca", "vi")


def is_place(name: str) -> bool:
    """Whether ``name`` (case aside) is a country's or a time zone's city's name (:func:`place_keys`)."""
    return " ".join(name.split()).casefold() in place_keys()


@cache
def place_keys() -> frozenset[str]:
    """The case-folded names of countries and zone cities (read once a process)."""
    from babel import Locale, UnknownLocaleError

    names = {zone.rsplit("/", 1)[-1].replace("_", " ") for _, zone in zone_table()}
    for language in PLACE_LANGUAGES:
        try:
            locale = Locale(language)
        except (UnknownLocaleError, ValueError):
            continue
        names.update(name for code, name in locale.territories.items() if code.isalpha())  # not "419": a group
        names.update(zone["city"] for zone in locale.time_zones.values() if "city" in zone)
    return frozenset(name.casefold() for name in names)
