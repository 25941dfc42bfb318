"""The tz database's zones (``zone.tab`` as the ``tzdata`` package ships it) and the names the Unicode CLDR (through
Babel, a runtime dependency) gives them in a language, built where a page in that language first needs them (60-110
ms of CPU a language, once a process: Babel's data, not a shipped table of every language's names) and read by
:func:`newsspider.dates.zoned_clock` after a clock.

A language's names (:func:`cldr_zone_names`) are the metazones' names long and short, standard, summer and generic
("heure normale d’Europe centrale", "Türkiye Saati", "TSİ", "Horário de Brasília"), and the location format of a
zone of a country where CLDR's territory data has the language spoken ("বাংলাদেশ সময়", "שעון ישראל", "เวลาไทย": a
page names its readers' clock), each with the one zone whose clock it names. Its region format's words
(:func:`cldr_region_places`: "heure : {0}", "hora de {0}", "{0} সময়") are read with the places of those countries as
pages write them: the city of each zone (CLDR's exemplar city) and the name of each country of one clock ("heure de
Paris", "hora de Madrid", "Dhaka সময়").

Left out: a name written in ASCII capitals alone (an abbreviation, ``dates.ZONE_HOURS``'s: "CET", and those of several
meanings, "CST"), an offset from GMT (``dates.GMT_OFFSET``), a city's or country's name alone (a place, which Babel
writes where a language has no name for a zone's clock: "Panama", "Jersey"; :func:`_short_place`), a name of fewer
than :data:`MIN_NAME_CHARS` characters, and a name given to zones whose clocks differ (a generic name's in January or
July, a standard or summer time's standard offset: the same words, two offsets).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from babel import Locale

MIN_NAME_CHARS = 3  # a shorter name ("ET", "Z") is an abbreviation of several readings
_ABBREVIATION = re.compile(r"[A-Z]+")
SHORT_PLACE_CHARS = 5  # a one-word name this short in a cased script may be a place alone (:func:`_short_place`)
_WORD = re.compile(r"[^\s:,()\[\]（）]+")  # a word of a format's literal text (with its combining marks: "সময়")
_OFFSET_FORMAT = re.compile(r"(?:GMT|UTC)|[+−-]\d")  # "GMT+03:00" and its translations' digits
# A zone's two clocks of the year: what tells a zone's clock from another's. 2024's, fixed, so that a name's reading
# does not change with the year a process runs in.
SEASONS = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))
# What a name says of its zone's clock, written after the zone (``Europe/Paris|s``): a generic name or a location
# its clock on the day (nothing written), a standard time's name its standard offset, a summer time's an hour more.
KINDS = {"generic": "", "standard": "|s", "daylight": "|d"}

_Clock = tuple[timedelta | None, ...]


@cache
def zone_table() -> tuple[tuple[str, str], ...]:
    """(ISO 3166 code, zone name) of each line of the tz database's ``zone.tab`` as the ``tzdata`` package ships it
    (read once; the system's may be missing or of another release, so that every machine reads the same)."""
    table = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    return tuple((fields[0], fields[2]) for line in table.splitlines()
                 if not line.startswith("#") and len(fields := line.split("\t")) >= 3)


@cache
def _zones() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, _Clock]]:
    """Each zone's country, each country's languages (CLDR's territory data), and each zone's clocks of
    :data:`SEASONS` (read once a process)."""
    from babel.core import get_global

    countries = {zone: country for country, zone in zone_table()}
    spoken = {country: frozenset(languages) for country, languages in get_global("territory_languages").items()}
    return countries, spoken, {zone: tuple(ZoneInfo(zone).utcoffset(moment) for moment in SEASONS)
                               for zone in sorted(countries)}


@cache
def _locale(language: str) -> Locale | None:
    """CLDR's locale of ``language`` alone (a language subtag: "fr", not "fr_CA"); None where CLDR has none."""
    from babel import Locale, localedata

    return Locale.parse(language) if language in localedata.locale_identifiers() else None


@cache
def cldr_zone_names(language: str) -> dict[str, str]:
    """Each of CLDR's names of a zone in ``language`` (a language subtag), case-folded -> that zone's tz database name
    with what the name says of its clock (:data:`KINDS`: ``Europe/Istanbul``, ``Europe/Paris|s``); names given to
    zones whose clocks differ left out (the module's docstring). Empty where CLDR has no locale of ``language``."""
    locale = _locale(language)
    if locale is None:
        return {}
    countries, spoken, clocks = _zones()
    places = {*(_city(locale, zone) for zone in clocks), *locale.territories.values()}
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for zone in clocks:
        for name, kind in _names(locale, zone, language in spoken.get(countries[zone], ()), places).items():
            named[name.casefold()].add((zone, kind))
    one_clock = {name: "".join(min(found)) for name, found in named.items()
                 if len({_clock(clocks[zone], kind) for zone, kind in found}) == 1
                 and len({kind for _, kind in found}) == 1}
    return dict(sorted(one_clock.items()))


@cache
def cldr_greenwich_names(language: str) -> tuple[str, ...]:
    """CLDR's long names of Greenwich Mean Time in ``language`` (its GMT metazone: "hora del meridiano de Greenwich",
    "Среднее время по Гринвичу"), case-folded; empty where CLDR has none."""
    locale = _locale(language)
    names = locale.meta_zones.get("GMT", {}).get("long", {}) if locale is not None else {}
    return tuple(sorted({name.casefold() for name in names.values()}))


@cache
def cldr_region_places(language: str) -> tuple[str, bool, dict[str, str]] | None:
    """``language``'s region format's words, case-folded, whether they come before the place ("heure", True; "সময়",
    False), and the places written with them in the countries the language is spoken in, case-folded -> the zone
    (each zone's city, each country's name where all its zones keep one clock); None where it has none."""
    locale = _locale(language)
    words = _region_words(locale) if locale is not None else None
    if locale is None or words is None:
        return None
    countries, spoken, clocks = _zones()
    places: dict[str, set[str]] = defaultdict(set)
    by_country: dict[str, list[str]] = defaultdict(list)
    for zone in clocks:
        if language in spoken.get(countries[zone], ()):
            places[_city(locale, zone).casefold()].add(zone)
            by_country[countries[zone]].append(zone)
    for country, found in by_country.items():
        if len({clocks[zone] for zone in found}) == 1 and country in locale.territories:
            places[locale.territories[country].casefold()].update(found)
    one_clock = {place: min(found) for place, found in places.items()
                 if len(place) >= MIN_NAME_CHARS and len({clocks[zone] for zone in found}) == 1}
    return (*words, dict(sorted(one_clock.items()))) if one_clock else None


def _names(locale: Locale, zone: str, spoken: bool, places: set[str]) -> dict[str, str]:
    """The names of ``zone`` in ``locale`` -> what each names of its clock (:data:`KINDS`): metazone names of each
    width and variant, and the location format where the language is ``spoken`` in the zone's country; not one of
    ``places``, the locale's names of every zone's city and every country: a place's name alone after a clock is a
    dateline's place more often than its clock ("14:20, Владивосток" on a Moscow site; CLDR's Russian names the
    Vladivostok metazone so, and zones of another city share it)."""
    from babel.dates import get_timezone_location, get_timezone_name

    location = get_timezone_location(zone, locale=locale)
    found: dict[str, str] = {}
    for variant in ("generic", "standard", "daylight"):
        for width in ("long", "short"):
            name = get_timezone_name(zone, width, zone_variant=variant, locale=locale)
            if name != location:
                found.setdefault(name, KINDS[variant])
    if spoken:
        found.setdefault(location, KINDS["generic"])
    return {name: kind for name, kind in found.items()
            if len(name) >= MIN_NAME_CHARS and not _ABBREVIATION.fullmatch(name)
            and not _OFFSET_FORMAT.search(name) and name not in places and not _short_place(name)}


def _city(locale: Locale, zone: str) -> str:
    """CLDR's exemplar city of ``zone`` in ``locale`` ("Paris", "Dhaka")."""
    from babel.dates import get_timezone_location

    return get_timezone_location(zone, locale=locale, return_city=True)


def _short_place(name: str) -> bool:
    """Whether ``name`` is one short word in lower or title case of a cased script ("Корея", "Japon", "Юкон": a
    place's name a language gives a zone, which a clock's neighbour may be as a section's or a dateline's place);
    an abbreviation in capitals ("TSİ", "SELČ") and a caseless script's word ("日本時間") name a zone."""
    return (len(name) <= SHORT_PLACE_CHARS and " " not in name and name.lower() != name.upper()
            and not name.isupper())


def _region_words(locale: Locale) -> tuple[str, bool] | None:
    """The words of ``locale``'s region format, case-folded, and whether they come before the place ("heure",
    True; "সময়", False); None where it writes none."""
    pattern = locale.zone_formats.get("region")
    if not pattern or "%s" not in pattern:
        return None
    before, _, after = pattern.partition("%s")
    words = _WORD.findall(before) or _WORD.findall(after)
    return (" ".join(words).casefold(), bool(_WORD.findall(before))) if words else None


def _clock(clocks: _Clock, kind: str) -> _Clock:
    """What a name of ``kind`` says of a zone's ``clocks`` (:data:`SEASONS`): its standard offset (a standard or
    summer time's name: a summer time is an hour ahead of it), or its offsets in January and July (a generic name's,
    a location's)."""
    if kind == KINDS["generic"]:
        return clocks
    return (min(offset for offset in clocks if offset is not None),)
