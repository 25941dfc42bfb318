"""Write newsspider/extract/uncased_places.json: the Unicode CLDR's names of countries and of the time zones' cities
(through Babel: ``territories``, ``time_zones``' ``city``) in every language, those written in a script without
capitals (Arabic, Hebrew, Devanagari, Bengali, Thai, Georgian, Han, Hangul, ...: "القاهرة", "ঢাকা", "თბილისი"),
each language's names of the territories where CLDR counts it spoken (``territory_languages``: Bengali's of
Bangladesh and India, Arabic's of Egypt, Britain, France, ...) and of their zones' cities: where a byline in that
language reports from. Every language's name of every country and zone city (Arabic's Adak and Vostok too) was
26,912 names and 744 KB; these are about a thousand and 22 KB.
newsspider.extract.bylines reads such a name listed after a person's full name as where they report from
("রাহুল দাস, ঢাকা"), as it reads one capitalised word there in a script with capitals; reading Babel's data of
every language for them costs about two seconds of CPU a process, the shipped table almost none.

A name with a cased letter is left out: in those scripts the capital already tells a place from a name.
A group of countries ("419", Latin America), and a place no language is counted in ("ZZ", an unknown region;
"Etc/Unknown", an unknown city), is left out; so is a territory that is no country of the tz database's
``zone.tab`` ("AC", Ascension Island; "DG", Diego Garcia), as ``newsspider.extract.places.is_place_name`` leaves
it out in the scripts with capitals: one rule of what a place is, in every script.

    python -m scripts.cldr_uncased_places   # from the repository's root
"""
from __future__ import annotations

from babel import localedata
from babel.core import get_global

from newsspider.extract.places import zoned_countries
from scripts.cldr_tables import PACKAGE, language_locales, write_table

OUT = PACKAGE / "extract" / "uncased_places.json"


MKHEDRULI = range(0x10D0, 0x1100)  # Georgian's letters: Unicode gives them capitals (Mtavruli) no name is written in


def uncased(name: str) -> bool:
    """Whether ``name`` writes letters and none has a case as names are written: none of the scripts with
    capitals, where a name written in lower case is a language's style ("aarhenṭina"), not a script's."""
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(char.lower() == char.upper() or ord(char) in MKHEDRULI for char in letters)


def spoken_in() -> dict[str, set[str]]:
    """The territories (``BD``) where CLDR counts each language (``bn``) spoken, by any share of their people."""
    found: dict[str, set[str]] = {}
    for territory, languages in get_global("territory_languages").items():
        for language in languages:
            found.setdefault(language.split("_")[0], set()).add(territory)
    return found


def places() -> list[str]:
    """The uncased place names of every language in the territories it is spoken in (:func:`spoken_in`), in order,
    spaces normalised."""
    spoken = {language: territories & zoned_countries() for language, territories in spoken_in().items()}
    zone_territories = get_global("zone_territories")
    found: set[str] = set()
    for name, language in language_locales(scripts=True):
        data = localedata.load(name)
        own = spoken.get(language, set())
        found.update(place for code, place in data.get("territories", {}).items() if code in own)
        found.update(names["city"] for zone, names in data.get("time_zones", {}).items()
                     if "city" in names and zone_territories.get(zone) in own)
    return sorted({" ".join(place.split()) for place in found if uncased(place)})


def main() -> None:
    """Write the table."""
    table = places()
    write_table(OUT, {"places": table})
    print(f"{len(table)} places -> {OUT}")


if __name__ == "__main__":
    main()
