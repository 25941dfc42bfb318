"""What a byline says beside its people's names: where they report from, what they are, the
serial "and" Arabic and Hebrew join to the last name, when the story was posted."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, London", ["Jane Doe"]),
    ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
    ("Barbara Stiegler, Philosophe", ["Barbara Stiegler"]),
])
def test_a_place_or_role_after_a_name_is_no_author(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Adam Vidler, AP", ["Adam Vidler", "AP"]),  # an agency's acronym
    ("Felix Schröder und Jörg Soldwisch, dpa", ["Felix Schröder", "Jörg Soldwisch", "dpa"]),
    ("Jane Doe, Reuters", ["Jane Doe", "Reuters"]),  # an agency named in full
    ("Jane Doe, Bloomberg", ["Jane Doe", "Bloomberg"]),
    ("Jane Doe, SDA", ["Jane Doe", "SDA"]),  # an acronym the cleaning patterns do not list
    ("Harm, Robert, Doe", ["Harm", "Robert", "Doe"]),  # no full name before: not said of it
    ("ssi, dan", ["ssi", "dan"]),  # initials
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
])
def test_an_agency_or_another_person_after_a_name_stays(byline, names):
    assert author_names([byline]) == names


def test_a_word_in_the_byline_element_after_a_name_is_no_author():
    assert author_names(["Maximilian Steinbeis", "Sa 13 Jul 2019", "WEBSITE"]) == ["Maximilian Steinbeis"]
    assert author_names(["von Birgit Posselt", "Über", "Autorenseite von"]) == ["Birgit Posselt"]
    assert author_names(["Jane Doe", "Reuters"]) == ["Jane Doe", "Reuters"]
    assert author_names(["Stefanus", "Werkstatt"]) == ["Stefanus", "Werkstatt"]  # no full name to be said of


def test_an_author_declared_on_its_own_is_a_person_of_one_name():
    """JSON-LD's and the meta tags' authors are each a person: one word after a full name there is
    a person of one name (Indonesian mononyms), not what a byline says beside the name before."""
    assert author_names(["Andi Saputra", "Kurniawan"], apart=True) == ["Andi Saputra", "Kurniawan"]
    assert author_names(["Jane Doe, London"], apart=True) == ["Jane Doe"]  # within one value, as in a byline
    assert author_names(["Arentik d.o.o", "Arentik"], apart=True) == ["Arentik d.o.o"]  # one name, shortened


def test_a_label_ending_in_its_byline_word_names_nobody():
    assert author_names(["Autorenseite von"]) == []
    assert author_names(["Ursula von der Leyen"]) == ["Ursula von der Leyen"]


def test_a_mark_before_a_name_is_not_part_of_it():
    assert author_names(["~ Cem Basman"]) == ["Cem Basman"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Rachael Link, MS, RD", ["Rachael Link"]),
    ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ("Jane Doe, MPH", ["Jane Doe"]),
    ("Brenda  Goodman, MA", ["Brenda Goodman"]),  # webmd.com (Readability's tune pages): a Master of Arts
])
def test_a_degree_after_a_name_is_no_author(byline, names):
    assert author_names([byline]) == names


def test_ma_is_a_degree_only_written_in_capitals_and_alone():
    """"MA" after a name's comma is a degree; "Ma" is also a surname (Jack Ma, Yo-Yo Ma), and a
    name ending in it stays."""
    assert author_names(["Jack Ma"]) == ["Jack Ma"]
    assert author_names(["Jane Doe, Yo-Yo Ma"]) == ["Jane Doe", "Yo-Yo Ma"]


@pytest.mark.parametrize(("byline", "names"), [
    ("محمد أحمد، وعلي حسن", ["محمد أحمد", "علي حسن"]),
    ("محمد أحمد، علي حسن، ومنى عبد الله", ["محمد أحمد", "علي حسن", "منى عبد الله"]),
    ("محمد أحمد، ووليد حسن", ["محمد أحمد", "وليد حسن"]),  # "and Walid"
    ("יוסי לוי, ומיכל אברהם", ["יוסי לוי", "מיכל אברהם"]),
])
def test_the_joined_and_opening_a_listed_name_is_dropped(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("محمد أحمد، وليد حسن", ["محمد أحمد", "وليد حسن"]),  # Walid, a name opening with the letter
    ("وائل حسن، محمد أحمد", ["وائل حسن", "محمد أحمد"]),  # the first name: no list before it
])
def test_a_listed_name_opening_with_the_letter_and_stays(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("values", "names"), [
    (["Posted on", "Realiberry"], ["Realiberry"]),
    (["Veröffentlicht am", "mywakenews"], ["mywakenews"]),
    (["Posted on September 21"], []),
    (["Posted by Jane Doe"], ["Jane Doe"]),
    (["Published by Jane Doe"], ["Jane Doe"]),
])
def test_when_the_story_was_posted_names_nobody(values, names):
    assert author_names(values) == names
