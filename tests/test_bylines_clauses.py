"""Byline shapes beside the names that name no other person: the byline word of a name list
("Per A i B", "Di A e B"), an agency's material credited in a clause, a place after each name, a
desk with its agency, a picture agency joined to a name."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names


@pytest.mark.parametrize(("byline", "names"), [
    ("Per Anna Puig i Joan Serra", ["Anna Puig", "Joan Serra"]),  # Catalan "by ... and ..."
    ("Per Anna Puig, Marc Vidal i Joan Serra", ["Anna Puig", "Marc Vidal", "Joan Serra"]),
    ("Di Marco Rossi e Luca Bianchi", ["Marco Rossi", "Luca Bianchi"]),  # Italian, capitalised
    # "Per" is also a Scandinavian given name: a name of one word more is no list of names
    ("Per Olsson og Kari Nordmann", ["Per Olsson", "Kari Nordmann"]),
    ("Per Anders Svensson i Lund", ["Per Anders Svensson i Lund"]),
    ("Per Olsson", ["Per Olsson"]),
    ("Di Battista Alessandro e di Marco Rossi", ["Di Battista Alessandro", "Marco Rossi"]),  # a surname: each has its "di"
])
def test_a_capitalised_byline_word_before_a_list_of_names_is_no_name(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, mit Material von dpa", ["Jane Doe"]),
    ("Max Muster mit Material von dpa und AFP", ["Max Muster"]),
    ("Jane Doe and John Roe, with reporting by Reuters", ["Jane Doe", "John Roe"]),
    ("Ana García y Juan Pérez, con información de EFE", ["Ana García", "Juan Pérez"]),
    ("Maria Silva, com informações da Lusa", ["Maria Silva"]),
    # reporters credited so are people: kept
    ("Jane Doe; with additional reporting by John Roe", ["Jane Doe", "John Roe"]),
])
def test_an_agencys_material_credited_in_a_clause_is_no_author(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe in Kyiv and John Roe in London", ["Jane Doe", "John Roe"]),
    ("Jane Doe in New York", ["Jane Doe"]),
    ("viktor hedlund in Kyiv", ["viktor hedlund"]),  # a name written in lower case
    ("Sophie in 't Veld", ["Sophie in 't Veld"]),  # a particle, no place
])
def test_a_place_after_each_name_is_no_part_of_it(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Redazione ANSA", ["ANSA"]),
    ("Redacción EFE", ["EFE"]),
    ("Redaktion dpa", ["dpa"]),
])
def test_a_desk_with_its_agency_is_the_agency_no_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe / Getty Images", ["Jane Doe"]),
    ("Jane Doe, AFP/Getty Images", ["Jane Doe", "AFP"]),
    ("Max Muster / imago images", ["Max Muster"]),
])
def test_a_picture_agency_joined_to_a_name_is_no_author(byline, names):
    assert author_names([byline]) == names


def test_a_bulgarian_picture_credit_is_no_author():
    assert author_names(["Снимка: Getty Images/Guliver"]) == []  # "Снимка": picture (Bulgarian)


@pytest.mark.parametrize(("byline", "names"), [
    ("Foto: dpa/Max Muster", []),
    ("Jane Doe | Foto: dpa/Max Muster", ["Jane Doe"]),
    ("Jane Doe / Max Muster", ["Jane Doe", "Max Muster"]),  # no credit: a slash between two authors
])
def test_a_picture_credit_covers_the_names_its_slashes_join(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("values", "names"), [
    (["Jane Doe", "mit Material von dpa"], ["Jane Doe"]),  # a byline box's element of its own
    (["Jane Doe", "With reporting by Reuters"], ["Jane Doe"]),
    (["Mit Material von dpa"], []),
    (["Jane Doe", "Additional reporting by John Roe"], ["Jane Doe", "John Roe"]),
])
def test_an_agency_material_clause_alone_names_nobody(values, names):
    assert author_names(values) == names
    assert author_names(values, apart=True) == names


def test_a_name_in_lower_case_before_the_publication_it_writes_for():
    # the publication goes before the name is read: "For" capitalised after a lower-case name is no phrase
    assert author_names(["By viktor hedlund For Example.com"]) == ["viktor hedlund"]
    assert author_names(["By Jane Doe For Example.com"]) == ["Jane Doe"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Doe, Jane", ["Jane Doe"]),  # a name written surname first, the comma its inversion
    ("Schmidt, André", ["André Schmidt"]),
    ("Harm, Robert", ["Robert Harm"]),  # a DC.creator whose page names its rights holder "Robert Harm"
    ("Doe, Jane; Roe, John", ["Jane Doe", "John Roe"]),  # a list of such names, set apart by semicolons
    ("DOE, Jane", ["Jane DOE"]),
    ("ZSCHOCHE, JÖRG", ["JÖRG ZSCHOCHE"]),  # a byline all in capitals
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),  # full names listed: two people, as before
    ("Jane Doe, AP", ["Jane Doe", "AP"]),  # an agency beside a name
    ("Doe, AP", ["Doe", "AP"]),  # one word and an agency: no inverted name
    ("Doe, Roe, Poe", ["Doe", "Roe", "Poe"]),  # three one-word names listed: no inversion
    ("Jane Doe, Frankfurt, Germany", ["Jane Doe"]),  # where she is, not "Germany Frankfurt" (hessenschau.de)
])
def test_a_surname_and_a_given_name_set_apart_by_a_comma_are_one_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    # a copyright beside the byline: its owner credited beside the name, as after a comma ("Jane Doe, AP")
    ("Jane Doe © AFP", ["Jane Doe", "AFP"]),
    ("Jane Doe (c) AFP 2024", ["Jane Doe", "AFP"]),
    ("Jane Doe Copyright © dpa", ["Jane Doe", "dpa"]),
    ("Jane Doe | Copyright Getty Images", ["Jane Doe"]),
    ("© AFP", ["AFP"]),  # the agency alone: the page's credit, as "AFP"
])
def test_a_copyright_beside_a_name_is_credited_beside_it_not_part_of_it(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    # a byline that writes a name given name first writes its others so: "Berlin, Germany" beside it is
    # where she is (a line of its own, or after a bar or semicolon), no "Germany Berlin"
    ("Jane Doe\nBerlin, Germany", ["Jane Doe"]),
    ("Jane Doe | Paris, France", ["Jane Doe"]),
    ("Jane Doe; Paris, France", ["Jane Doe"]),
    ("Jane Doe, Reporter | Berlin, Germany", ["Jane Doe"]),
    ("Doe, Jane; Roe, John", ["Jane Doe", "John Roe"]),  # every name surname first: still inverted
])
def test_a_place_beside_a_name_written_given_name_first_is_no_inverted_name(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize("byline", ["Redaktion, Berlin", "Redacción, Madrid", "Staff, Jane", "Editor, Jane"])
def test_a_role_before_a_comma_is_no_surname(byline):
    # a desk or a role and one word: the role goes as a role, not as a part of "Berlin Redaktion"
    role = byline.split(",")[0]
    assert not any(role in name.split() and len(name.split()) > 1 for name in author_names([byline]))


@pytest.mark.parametrize(("byline", "names"), [
    # a place and its country, a comma between them: where the story comes from, no person ("France Paris")
    ("Paris, France", []),
    ("Berlin, Germany", []),
    ("Berlin, Deutschland", []),  # the country as the page's language names it
    ("MADRID, ESPAÑA", []),
    ("London, Jack", ["Jack London"]),  # a surname that is a city's name, before a given name: a person
    ("Doe, Jane", ["Jane Doe"]),
])
def test_a_place_and_its_country_are_no_name_written_surname_first(byline, names):
    assert author_names([byline]) == names
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize(("byline", "names"), [
    # a desk and where it is: the desk (a role, the author only as nobody else is named), not the place
    ("Redaktion, Berlin", ["Redaktion"]),
    ("Desk, London", ["Desk"]),
    ("Redacción, Madrid", []),  # a byline word ("by the desk") and where: no one
    ("Redaktion, dpa", ["dpa"]),  # an agency beside the desk is credited
    ("dpa, Berlin", ["dpa"]),  # an agency and where it reports from
    ("AFP, Reuters", ["AFP", "Reuters"]),  # two agencies
])
def test_the_place_after_a_desk_is_no_author(byline, names):
    assert author_names([byline]) == names


def test_a_byline_box_that_names_a_person_given_name_first_inverts_none_of_its_parts():
    # the box's other element ("Hamburg, Deutschland": where she is) is written as its name is
    assert author_names(["Jane Doe", "Hamburg, Deutschland"]) == ["Jane Doe"]
    assert author_names(["Doe, Jane"]) == ["Jane Doe"]


@pytest.mark.parametrize(("byline", "names"), [
    ("müller, anna", ["anna müller"]),  # a byline all in lower case writes both parts so (not "ssi, dan": initials)
    ("DOE, JANE", ["JANE DOE"]),
    ("van der Berg, Anna", ["Anna van der Berg"]),  # a surname's particles before it
    ("de la Cruz, María", ["María de la Cruz"]),
    ("De la Cruz, María", ["María De la Cruz"]),
    ("von Weizsäcker, Richard", ["Richard von Weizsäcker"]),
    ("van der Berg, Anna; de la Cruz, María", ["Anna van der Berg", "María de la Cruz"]),
    ("Jane Doe, van der Berg", ["Jane Doe", "van der Berg"]),  # a full name before: a list, no inversion
])
def test_a_surname_first_name_in_lower_case_in_capitals_or_with_particles_is_one_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    # a surname and a given name that are also places, not a city and its own country: a person
    ("Davis, Jordan", ["Jordan Davis"]),  # an Antarctic station and a country
    ("Jordan, Chad", ["Chad Jordan"]),  # two countries
    ("Palmer, Sofia", ["Sofia Palmer"]),  # a station and a capital
    ("Stanley, Casey", ["Casey Stanley"]),
])
def test_a_name_of_places_that_are_not_a_city_and_its_country_is_a_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    # an outlet whose name opens with a capitalised article or particle, before where it is: no surname first
    ("Le Monde, Paris", ["Le Monde"]),
    ("Al Jazeera, Doha", ["Al Jazeera"]),
    ("El País, Madrid", ["El País"]),
    ("La Stampa, Roma", ["La Stampa"]),
])
def test_an_outlet_opening_with_an_article_and_its_place_is_not_inverted(byline, names):
    assert author_names([byline]) == names


def test_an_empty_part_between_commas_reads_the_others():
    assert author_names(["Doe, , Jane"]) == ["Doe", "Jane"]
