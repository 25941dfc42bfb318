"""newsspider.zone_names: a language's CLDR zone names and region format, built from Babel's data."""
from __future__ import annotations

import pytest
from babel import Locale
from babel.dates import get_timezone_name

from newsspider.zone_names import cldr_region_places, cldr_zone_names


@pytest.mark.parametrize(("language", "zone"), [("bn", "Asia/Dhaka"), ("tr", "Europe/Istanbul"), ("he", "Asia/Jerusalem")])
def test_a_languages_zone_names_name_the_zone_babel_gives_them(language, zone):
    """Each name a language's zone names hold names the zone Babel gives it."""
    name = get_timezone_name(zone, "long", locale=Locale.parse(language)).casefold()
    assert cldr_zone_names(language)[name].split("|")[0] == zone


def test_a_standard_times_zone_name_says_it_names_the_standard_offset():
    assert cldr_zone_names("fr")["heure normale d’europe centrale"].endswith("|s")


def test_an_abbreviation_in_capitals_is_no_zone_name():
    assert "est" not in cldr_zone_names("en")


def test_a_places_name_alone_is_no_zone_name():
    assert "panama" not in cldr_zone_names("es")


def test_a_language_cldr_has_no_locale_of_has_no_zone_names():
    assert cldr_zone_names("zz") == {} and cldr_region_places("zz") is None


def test_a_languages_region_format_gives_its_words_their_side_and_each_zones_place():
    words, before, places = cldr_region_places("fr")
    assert (words, before, places["paris"]) == ("heure", True, "Europe/Paris")
