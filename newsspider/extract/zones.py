"""The country a page is published for, and the day a moment falls on for its readers there.

A page whose times are all declared in UTC says which instant it appeared, not which day its
readers saw: 02:54 UTC is the evening before in New York. Where the page tells no offset of its
own, the country it is for does when all of that country's zones put the moment on one day
(:func:`country_offset`), and a time declared without an offset is its wall clock where the country
has one offset (:func:`wall_clock_offset`): a host under a country's domain (``radio-canada.ca``), else the region of
the page's locale (``og:locale`` "en_US", ``<html lang="fr-CA">``). The zones of a country are the
tz database's ``zone.tab`` as the ``tzdata`` package ships it (the system's may be missing or of
another release), so that every machine infers the same.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsspider.dates import warm_zone_names
from newsspider.extract.addresses import split_url
from newsspider.extract.cleaning.patterns import available_languages
from newsspider.zone_names import zone_table

# Country-code domains sold for any use, which Google treats as generic (Search Central, "Managing
# multi-regional and multilingual sites"): a host under them says nothing of where it publishes.
GENERIC_COUNTRY_DOMAINS = frozenset({"ad", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms",
                                     "nu", "sc", "sr", "su", "tk", "tv", "ws"})
# The domain that is not its country's ISO 3166 code.
_DOMAIN_COUNTRIES = {"uk": "GB"}
# The countries CLDR lists that the tz database's ``zone.tab`` leaves out, each with the zone it keeps: Kosovo's
# code is user-assigned, not ISO 3166's, and tz keeps it on Belgrade's clock. Without it the languages official
# there (Albanian, Serbian) would read as spoken on an unknown clock, so not one.
_UNLISTED_COUNTRY_ZONES = {"XK": "Europe/Belgrade"}
# The zone of the capital or largest city of each country whose zones run at several offsets (zone.tab's
# countries with more than one clock, but for the few whose people live spread over islands: KI, FM, PF,
# UM, AQ): the clock its publishers mostly write in, where the zones' count says nothing of where people
# live (22 of Canada's 23 zones are not Toronto's, 26 of Russia's are not Moscow's).
MAIN_ZONES = {"US": "America/New_York", "CA": "America/Toronto", "MX": "America/Mexico_City",
              "BR": "America/Sao_Paulo", "CL": "America/Santiago", "EC": "America/Guayaquil", "GL": "America/Nuuk",
              "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "UA": "Europe/Kyiv", "RU": "Europe/Moscow",
              "KZ": "Asia/Almaty", "MN": "Asia/Ulaanbaatar", "CN": "Asia/Shanghai", "ID": "Asia/Jakarta",
              "CD": "Africa/Kinshasa", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland",
              "PG": "Pacific/Port_Moresby"}
# Of those, the countries whose people nearly all live on the main zone's clock, the others on outlying
# islands or in a remote region (the Canaries, the Azores, Easter Island, the Galápagos, Xinjiang's own
# clock, Crimea, Bougainville, the Chatham Islands, western Mongolia, Greenland's east and far north):
# a time written without an offset there is the main zone's wall clock.
ONE_CLOCK_COUNTRIES = frozenset({"ES", "PT", "CL", "EC", "CN", "UA", "PG", "NZ", "MN", "GL"})
# The countries whose English writes a date day first and a time on the 12-hour clock (CLDR through Babel:
# ``en_<country>``'s short date opens with the day, its time has "h" and "a"; .NET's en-SG and en-MY write
# "d/M/yyyy h:mm:ss tt"). A declared "5/3/2024 2:20:00 PM" there is 5 March; an AM/PM where a country's own
# English keeps a 24-hour clock (Britain, Germany) is en-US's "M/d/yyyy" (:func:`newsspider.dates.day_first_twelve_hour`).
DAY_FIRST_TWELVE_HOUR = frozenset({
    "AE", "AG", "AU", "BB", "BM", "BS", "CY", "DM", "ER", "FJ", "FM", "GD", "GH", "GM", "GY", "HK", "IN", "JM", "KI",
    "KN", "KY", "LC", "LR", "LS", "MO", "MW", "MY", "NA", "NZ", "PG", "PK", "PW", "SB", "SD", "SG", "SL", "SS", "SZ",
    "TC", "TO", "TT", "VC", "VG", "VU", "WS"})
# A locale's region: "en_US", "fr-CA", "zh-Hant-TW" (not "es-419", a group of countries).
_REGION = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})(?:[-_.@]|$)")
# A locale that is a language alone ("de", not "de-CH"), or with its script ("zh-Hant", "pa-Arab": :func:`_script_country`).
_LANGUAGE_ONLY = re.compile(r"^([A-Za-z]{2})(?:[-_]([A-Za-z]{4}))?$")
# A locale's language ("da" of "da-DK", "fil" of "fil_PH").
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_.@]|$)")
# ``og:locale``'s default (Open Graph: "en_US" where a page declares none): beside another language a template's.
_DEFAULT_LOCALE = "en-us"
# Language codes pages still write for the ones CLDR lists a territory's languages by (ISO 639's withdrawn
# "iw", "in", "ji"; Tagalog for Filipino, which is Tagalog's standard form).
_LANGUAGE_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "tl": "fil"}
# The language a country's outlets write in for readers anywhere (:func:`_speaks_none`).
_WORLD_LANGUAGE = "en"
# The languages whose countries all keep one clock (the main zone's where :data:`ONE_CLOCK_COUNTRIES`): the
# countries where CLDR (supplementalData, territory languages) says the language is official, nationally or
# regionally, and its likely region (CLDR likely subtags) first. A page declaring such a language and no
# country (``<html lang="de">`` on faz.net) is written on that clock whichever of them it is for: Germany's,
# Austria's and Switzerland's are one. Not English, French, Spanish, Portuguese, Arabic, Russian, Dutch,
# Swedish, Finnish (Sweden's minority), Korean (China's Yanbian), Bengali (India's West Bengal) ...: they are
# official in countries on other clocks. Each country's zones from ``zone.tab`` (:func:`_country_zones`).
LANGUAGE_COUNTRIES = {
    "ab": "GE", "af": "ZA", "ak": "GH", "am": "ET", "as": "IN", "ay": "BO", "be": "BY", "bg": "BG", "bi": "VU",
    "bo": "CN", "bs": "BA", "ca": "ES AD", "ch": "GU", "cs": "CZ", "cy": "GB", "da": "DK",
    "de": "DE LI AT CH LU DK BE PL", "dv": "MV", "dz": "BT", "ee": "GH", "el": "GR CY", "et": "EE", "eu": "ES",
    "ff": "SN", "fj": "FJ", "fo": "FO", "fy": "NL", "ga": "IE GB", "gd": "GB", "gl": "ES", "gn": "PY", "gu": "IN",
    "gv": "IM", "he": "IL", "hi": "IN", "ho": "PG", "hr": "HR BA AT RS", "ht": "HT", "hu": "HU RS AT", "hy": "AM",
    "is": "IS", "it": "IT SM VA CH HR", "ja": "JP", "ka": "GE", "km": "KH", "kn": "IN", "ks": "IN", "ky": "KG",
    "lb": "LU", "lo": "LA", "lv": "LV", "mg": "MG", "mh": "MH", "mi": "NZ", "mk": "MK", "ml": "IN", "mn": "MN CN",
    "mr": "IN", "ms": "MY BN SG", "mt": "MT", "my": "MM", "na": "NR", "nb": "NO SJ", "nd": "ZW", "nn": "NO",
    "no": "NO", "nr": "ZA", "ny": "MW", "oc": "FR ES", "or": "IN", "os": "GE", "pa": "IN", "pl": "PL", "ps": "AF",
    "rm": "CH", "rn": "BI", "rw": "RW", "sa": "IN", "se": "NO", "sg": "CF", "si": "LK", "sk": "SK RS", "sl": "SI AT",
    "sn": "ZW", "so": "SO", "sq": "AL MK XK", "sr": "RS BA XK", "ss": "ZA SZ", "st": "ZA LS", "te": "IN", "tg": "TJ", "th": "TH", "ti": "ET ER",
    "tn": "ZA BW", "to": "TO", "ts": "ZA", "ug": "CN", "ve": "ZA", "vi": "VN", "wo": "SN", "xh": "ZA", "yo": "NG",
    "za": "CN", "zh": "CN MO HK TW SG", "zu": "ZA",
}


def page_country(addresses: list[str | None], locales: list[str | None]) -> str | None:
    """The ISO 3166 code of the country a page is for: that of the first of ``addresses`` (its URL,
    then the addresses it declares for itself: a page served from elsewhere names its own) whose
    host is a domain name, when that is a country's domain; else the region of the first of
    ``locales`` that names one; else, where the first locale naming a language alone names one whose
    countries keep one clock (:data:`LANGUAGE_COUNTRIES`), its likely country: one on the page's clock.
    A country's domain whose country speaks none of the languages the page declares is a name, not a place
    (:func:`_speaks_none`: a Greenland paper on Antigua's ``.ag`` in Danish) where a locale names another
    country's region ("da-DK"; not ``og:locale``'s default "en_US" beside another language:
    :func:`_without_default`); a language alone leaves the domain's country, as such a domain is as often a
    country's outlet writing for readers abroad (swissinfo.ch in Japanese, rfi.fr in Vietnamese are not on
    Tokyo's or Hanoi's clock)."""
    for address in addresses:
        host = split_url(address).hostname or ""
        label = host.rpartition(".")[2].lower()
        if not label.isalpha():  # an IP address, or no host at all
            continue
        if len(label) == 2 and label not in GENERIC_COUNTRY_DOMAINS:
            country = _DOMAIN_COUNTRIES.get(label, label.upper())
            declared = _without_default(locales)
            if not _speaks_none(country, _languages(declared)):
                return country
            return _first_region(declared) or country
        break
    region = _first_region(locales)
    if region is not None:
        return region
    found = next((found for locale in locales if (found := _LANGUAGE_ONLY.match((locale or "").strip()))), None)
    countries = LANGUAGE_COUNTRIES.get(found[1].lower() if found else "", "").split()
    if found and found[2]:
        return _script_country(f"{found[1].lower()}_{found[2].title()}", countries)
    return countries[0] if countries else None


def _script_country(locale: str, countries: list[str]) -> str | None:
    """The likely country of a language written in a script (CLDR likely subtags through Babel: "zh_Hant" is Taiwan's,
    "pa_Arab" Pakistan's) where it is one of ``countries``, those on the language's one clock (:data:`LANGUAGE_COUNTRIES`:
    Taiwan's is China's; Pakistan's is not India's); None else."""
    from babel.core import get_global  # paid only where a page declares a language with a script and no region

    subtags = get_global("likely_subtags")
    language, script = locale.split("_")
    likely = subtags.get(locale)
    if likely is None:  # CLDR leaves out what its algorithm derives: the language's own region, in any script
        likely = subtags.get(language, "")  # ("zh_Hans" from "zh_Hans_CN", "sr_Latn" from "sr_Cyrl_RS")
    parts = likely.split("_")
    region = parts[2] if len(parts) == 3 else None
    return region if region in countries else None


def _first_region(locales: list[str | None]) -> str | None:
    """The region of the first of ``locales`` that names one ("da-DK": "DK")."""
    return next((match[1].upper() for locale in locales if (match := _REGION.match((locale or "").strip()))), None)


def _without_default(locales: list[str | None]) -> list[str | None]:
    """``locales`` without ``og:locale``'s default "en_US" where they name another language too: a template's."""
    if len(_languages(locales)) < 2:
        return locales
    return [locale for locale in locales if (locale or "").strip().replace("_", "-").lower() != _DEFAULT_LOCALE]


def _languages(locales: list[str | None]) -> set[str]:
    """The languages ``locales`` name, as CLDR writes them (:data:`_LANGUAGE_ALIASES`)."""
    return {_cldr_language(found[1]) for locale in locales if (found := _LANGUAGE.match((locale or "").strip()))}


def _speaks_none(country: str, languages: set[str]) -> bool:
    """Whether ``languages`` (a page's declared ones) are some and none of them is one CLDR lists ``country``'s
    people speaking (its territory languages, official or not: Danish for Germany's Danes), nor English, which a
    country's outlets write for the world (KBS World on ``.kr``, whose languages CLDR lists as Korean alone); False
    for a territory CLDR lists none for."""
    spoken = _territory_languages().get(country, frozenset())
    return bool(languages) and bool(spoken) and languages.isdisjoint(spoken | {_WORLD_LANGUAGE})


@cache
def _territory_languages() -> dict[str, frozenset[str]]:
    """ISO 3166 code -> the languages (ISO 639, without a script) CLDR lists for the territory (read once, where a
    page declares a language on a country's domain)."""
    from babel.core import get_global  # Babel's import is paid only where a domain meets a declared language

    return {country: frozenset(language.partition("_")[0] for language in languages)
            for country, languages in get_global("territory_languages").items()}


def writes_day_first(language: str | None, country: str | None) -> bool | None:
    """Whether a date written in numbers with the year last is day first (True) or month first (False) in
    ``language`` (ISO 639) as ``country`` writes it, by CLDR's short date (through Babel): "03-05-2024" is 3 May in
    the English of Britain or India, 5 March in that of the United States. Without a country (or where CLDR has no
    locale of the pair), the language's every locale must agree: French writes the day first everywhere, English and
    Spanish (Panama's and Puerto Rico's month first) not: None, as where CLDR knows neither."""
    language = _cldr_language(language)
    if not language.isalpha():
        return None
    if country:
        found = _day_first_locales(language).get(country.upper())
        if found is not None:
            return found
    orders = set(_day_first_locales(language).values())
    return orders.pop() if len(orders) == 1 else None


def day_order_differs(language: str | None) -> bool:
    """Whether CLDR's locales of ``language`` write a date in numbers in both orders (English: the United States
    month first, Britain day first; Spanish: Panama and Puerto Rico month first): a page declaring the language
    alone, in no country, leaves "03/05/2024" undecided. False for a language CLDR knows none of."""
    language = _cldr_language(language)
    return language.isalpha() and len(set(_day_first_locales(language).values())) > 1


def _cldr_language(language: str | None) -> str:
    """``language`` (an ISO 639 code in any case; None: "") as CLDR writes it (:data:`_LANGUAGE_ALIASES`: "iw" is "he")."""
    code = (language or "").lower()
    return _LANGUAGE_ALIASES.get(code, code)


@cache
def _day_first_locales(language: str) -> dict[str | None, bool]:
    """Territory (None: the language's own locale) -> whether CLDR's short date of ``language`` there opens with
    the day rather than the month, of the locales whose short date puts the year last (read once per language,
    where an address's date reads both ways)."""
    from babel import Locale, localedata  # Babel's import is paid only where an address's date reads both ways

    found: dict[str | None, bool] = {}
    for name in localedata.locale_identifiers():
        if name == language or name.startswith(f"{language}_"):
            try:
                locale = Locale.parse(name)
            except (ValueError, LookupError):
                continue
            pattern = locale.date_formats["short"].pattern
            order = [letter for letter in dict.fromkeys(pattern) if letter in "dMy"]
            if order[-1:] == ["y"]:
                found.setdefault(locale.territory, order[0] == "d")
    return found


def country_offset(moment: datetime, country: str | None) -> timezone | None:
    """The offset to write an aware ``moment`` in for the readers of ``country``: None unless every
    zone of the country shows it on one day; then that of the country's main zone
    (:data:`MAIN_ZONES`), else the offset most of its zones run at (the day is certain, the clock
    only where the country has one offset)."""
    zones = _country_zones().get(country or "")
    if not zones:
        return None
    offsets = [offset for zone in zones if (offset := moment.astimezone(zone).utcoffset()) is not None]
    if len({(moment + offset).date() for offset in offsets}) != 1:
        return None
    main = _main_zone(country)
    offset = moment.astimezone(main).utcoffset() if main is not None else None
    return timezone(offset if offset is not None else Counter(offsets).most_common(1)[0][0])


def wall_clock_offset(moment: datetime, country: str | None) -> timezone | None:
    """The offset of a naive ``moment`` read as the wall clock of ``country``: a time declared
    without an offset is local time (ISO 8601), and the publisher's country tells which, where all
    of its zones run at one offset then (Germany's, not the United States'), or its main zone's
    where nearly all its people live on that clock (:data:`ONE_CLOCK_COUNTRIES`: Spain's, not the
    Canaries'). None else."""
    zones = _country_zones().get(country or "")
    if not zones:
        return None
    offsets = {moment.replace(tzinfo=zone).utcoffset() for zone in zones}
    main = _main_zone(country) if country in ONE_CLOCK_COUNTRIES else None
    offset = offsets.pop() if len(offsets) == 1 else moment.replace(tzinfo=main).utcoffset() if main else None
    return timezone(offset) if offset is not None else None


@cache
def _main_zone(country: str | None) -> ZoneInfo | None:
    """The zone of :data:`MAIN_ZONES` for ``country``, None for another or one the tz database lacks."""
    name = MAIN_ZONES.get(country or "")
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


@cache
def _country_zones() -> dict[str, list[ZoneInfo]]:
    """ISO 3166 code -> the zones of the tz database's ``zone.tab`` for it, and those of
    :data:`_UNLISTED_COUNTRY_ZONES` (read once)."""
    zones: dict[str, list[ZoneInfo]] = {}
    for country, name in (*zone_table(), *_UNLISTED_COUNTRY_ZONES.items()):
        try:
            zones.setdefault(country, []).append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return zones


def warm_up() -> None:
    """Read the tables the country and date-order rules look up now: every country's zones, CLDR's territory
    languages and likely subtags, and the short date of each locale of the languages with cleaning patterns
    (:func:`~newsspider.extract.cleaning.patterns.available_languages`; Babel's locale data, 3-40 ms of CPU a
    language): in the workers' zygote (:mod:`newsspider.worker_process`), once for all of them, not by each
    worker's first pages. Another language's locales are read where a page needs them. CLDR's zone
    names of those languages (:func:`newsspider.dates.warm_zone_names`) with them."""
    from babel.core import get_global

    _country_zones()
    _territory_languages()
    get_global("likely_subtags")
    for language in available_languages():
        _day_first_locales(language)
    warm_zone_names(available_languages())
