"""Write newsspider/extract/zone_names.json: the names the Unicode CLDR (through Babel) gives the time zones of the tz
database's ``zone.tab`` in every language, each with one zone whose clock it names: the metazones' names long and
short, standard, summer and generic ("heure normale d’Europe centrale", "Türkiye Saati", "TSİ", "Horário de
Brasília"), and the location format of a zone of a country where CLDR's territory data has the language spoken ("বাংলাদেশ সময়",
"שעון ישראל", "เวลาไทย", "heure : France": a page names its readers' clock; every country's in every language would
make the table 8 MB).
And each language's region format's words ("heure : {0}", "hora de {0}", "{0} সময়") with the places it is written
with as pages write it: the city of each zone (CLDR's exemplar city) and the name of each country of one clock, of
the countries the language is spoken in ("heure de Paris", "hora de Madrid", "Dhaka সময়"). newsspider.dates reads a
clock time followed by one of its page's language's names, or a place in its region format, as on that zone's
clock.

Left out: a name written in ASCII capitals alone (an abbreviation, ``dates.ZONE_HOURS``'s: "CET", and those of several
meanings, "CST"), an offset from GMT (``dates.GMT_OFFSET``), a city's or country's name alone (a place, which
Babel writes where a language has no name for a zone's clock: "Panama", "Jersey"; :func:`short_place`), a name of fewer than :data:`MIN_NAME` characters, and a
name given to zones whose clocks differ (a generic name's in January or July 2024, a standard or summer time's
standard offset: the same words, two offsets).

    python -m scripts.cldr_zone_names   # from the repository's root
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location, get_timezone_name

from newsspider.dates import zone_table
from scripts.cldr_tables import PACKAGE, language_locales, write_table

OUT = PACKAGE / "extract" / "zone_names.json"
MIN_NAME = 3  # characters: a shorter name ("ET", "Z") is an abbreviation of several readings
ABBREVIATION = re.compile(r"[A-Z]+")
SHORT_PLACE_CHARS = 5  # a one-word name this short in a cased script may be a place alone (:func:`short_place`)
WORD = re.compile(r"[^\s:,()\[\]（）]+")  # a word of a format's literal text (with its combining marks: "সময়")
OFFSET_FORMAT = re.compile(r"(?:GMT|UTC)|[+−-]\d")  # "GMT+03:00" and its translations' digits
SEASONS = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))  # a zone's two clocks of the year
# What a name says of its zone's clock, written after the zone (``Europe/Paris|s``): a generic name or a location
# its clock on the day (nothing written), a standard time's name its standard offset, a summer time's an hour more.
KINDS = {"generic": "", "standard": "|s", "daylight": "|d"}


def names(locale: Locale, zone: str, spoken: bool) -> dict[str, str]:
    """The names of ``zone`` in ``locale`` -> what each names of its clock (:data:`KINDS`): metazone names of each
    width and variant, and the location format where the language is ``spoken`` in the zone's country."""
    location = get_timezone_location(zone, locale=locale)
    places = {get_timezone_location(zone, locale=locale, return_city=True), *locale.territories.values()}
    found: dict[str, str] = {}
    for variant in ("generic", "standard", "daylight"):
        for width in ("long", "short"):
            name = get_timezone_name(zone, width, zone_variant=variant, locale=locale)
            if name != location:
                found.setdefault(name, KINDS[variant])
    if spoken:
        found.setdefault(location, KINDS["generic"])
    return {name: kind for name, kind in found.items() if len(name) >= MIN_NAME and not ABBREVIATION.fullmatch(name)
            and not OFFSET_FORMAT.search(name) and name not in places and not short_place(name)}


def short_place(name: str) -> bool:
    """Whether ``name`` is one short word in lower or title case of a cased script ("Корея", "Japon", "Юкон": a
    place's name a language gives a zone, which a clock's neighbour may be as a section's or a dateline's place);
    an abbreviation in capitals ("TSİ", "SELČ") and a caseless script's word ("日本時間") name a zone."""
    return (len(name) <= SHORT_PLACE_CHARS and " " not in name and name.lower() != name.upper()
            and not name.isupper())


def region_places(locale: Locale, zones: list[str], countries: dict[str, str],
                  spoken: dict[str, set[str]], language: str, clocks: dict[str, tuple]) -> dict[str, str]:
    """The places a language's region format names with it, case-folded -> the zone (:func:`main`'s docstring): in
    the countries it is spoken in, each zone's city and each country's name where all its zones keep one clock."""
    places: dict[str, set[str]] = defaultdict(set)
    by_country: dict[str, list[str]] = defaultdict(list)
    for zone in zones:
        if language in spoken.get(countries[zone], ()):
            places[get_timezone_location(zone, locale=locale, return_city=True).casefold()].add(zone)
            by_country[countries[zone]].append(zone)
    for country, found in by_country.items():
        if len({clocks[zone] for zone in found}) == 1 and country in locale.territories:
            places[locale.territories[country].casefold()].update(found)
    return {place: min(found) for place, found in places.items()
            if len(place) >= MIN_NAME and len({clocks[zone] for zone in found}) == 1}


def region_words(locale: Locale) -> tuple[str, bool] | None:
    """The words of ``locale``'s region format, case-folded, and whether they come before the place ("heure",
    True; "সময়", False); None where it writes none."""
    pattern = locale.zone_formats.get("region")
    if not pattern or "%s" not in pattern:
        return None
    before, _, after = pattern.partition("%s")
    words = WORD.findall(before) or WORD.findall(after)
    return (" ".join(words).casefold(), bool(WORD.findall(before))) if words else None


def clock(zone: str, kind: str) -> tuple[timedelta | None, ...]:
    """What a name of ``kind`` says of ``zone``'s clock: its standard offset (a standard or summer time's name: a
    summer time is an hour ahead of it), or its offsets in January and July (a generic name's, a location's)."""
    moments = [ZoneInfo(zone).utcoffset(moment) for moment in SEASONS]
    if kind == KINDS["generic"]:
        return tuple(moments)
    return (min(offset for offset in moments if offset is not None),)


def main() -> None:
    """Collect every language's names of every zone, keep those of one clock, write the table."""
    countries = dict((zone, country) for country, zone in zone_table())
    zones = sorted(countries)
    spoken = {country: set(languages) for country, languages in get_global("territory_languages").items()}
    clocks = {zone: tuple(ZoneInfo(zone).utcoffset(moment) for moment in SEASONS) for zone in zones}
    table: dict[str, dict[str, str]] = {}
    regions: dict[str, dict[str, object]] = {}
    for name, language in language_locales():
        locale = Locale.parse(name)
        named: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for zone in zones:
            for zone_name, kind in names(locale, zone, language in spoken.get(countries[zone], ())).items():
                named[zone_name.casefold()].add((zone, kind))
        one_clock = {zone_name: "".join(min(found)) for zone_name, found in named.items()
                     if len({clock(zone, kind) for zone, kind in found}) == 1 and len({kind for _, kind in found}) == 1}
        table[language] = dict(sorted(one_clock.items()))
        words = region_words(locale)
        places = region_places(locale, zones, countries, spoken, language, clocks) if words else {}
        if words and places:
            regions[language] = {"words": words[0], "before": words[1], "places": dict(sorted(places.items()))}
    write_table(OUT, {"languages": table, "regions": regions})
    print(sum(map(len, table.values())), f"names of {len(table)} languages -> {OUT}")


if __name__ == "__main__":
    main()
