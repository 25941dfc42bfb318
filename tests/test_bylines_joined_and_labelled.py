"""Bylines: a joined byline's inverted name, labels and desks of more languages, placeholders."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe and Müller, Hans", ["Jane Doe", "Hans Müller"]),
    ("Jane Doe und Müller, Hans", ["Jane Doe", "Hans Müller"]),
    ("Müller, Hans und Jane Doe", ["Hans Müller", "Jane Doe"]),
    ("Doe, Jane and Roe, John", ["Jane Doe", "John Roe"]),
    ("Kowalski, Jan oraz Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("Ana García y Pérez, Juan", ["Ana García", "Juan Pérez"]),
    ("DOE, JANE AND ROE, JOHN", ["JANE DOE", "JOHN ROE"]),
])
def test_a_surname_first_name_joined_to_another_by_a_conjunction_is_one_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Ortega y Gasset, José", ["Ortega y Gasset"]),  # one surname holding "y": no two people
    ("Jane Doe and John Roe | Paris, France", ["Jane Doe", "John Roe"]),  # where they are
    ("Jane Doe and John Roe, Berlin", ["Jane Doe", "John Roe"]),
])
def test_a_conjunction_joins_people_not_a_surname_or_a_place(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("기자 홍길동", ["홍길동"]),  # the Korean reporter's title before the name, as after it ("홍길동 기자")
    ("특파원 홍길동", ["홍길동"]),
    ("oprac. Jan Kowalski", ["Jan Kowalski"]),  # Polish "compiled by", abbreviated
    ("oprac. Jan Kowalski, Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("red. Anna Nowak", ["Anna Nowak"]),
])
def test_a_reporters_title_or_an_abbreviated_label_before_the_name_is_no_part_of_it(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize("byline", ["fot. Jan Kowalski", "zdj. Jan Kowalski", "phot. Jane Doe"])
def test_an_abbreviated_picture_word_before_a_name_is_a_picture_credit(byline):
    assert author_names([byline]) == []


@pytest.mark.parametrize(("values", "names"), [
    (["Ayşe Yılmaz", "Haber Merkezi"], ["Ayşe Yılmaz"]),  # Turkish "news centre": a desk
    (["Ayşe Yılmaz", "NTV Haber Merkezi"], ["Ayşe Yılmaz"]),
    (["Jan Novák", "Redakce"], ["Jan Novák"]),
    (["Kari Virtanen", "Toimitus"], ["Kari Virtanen"]),
    (["Budi Santoso", "Redaksi"], ["Budi Santoso"]),
    (["Nagy Anna", "Szerkesztőség"], ["Nagy Anna"]),
    (["Ion Popescu", "Redacția"], ["Ion Popescu"]),
    (["Ivan Horvat", "Uredništvo"], ["Ivan Horvat"]),
    (["Γιώργος Παπαδόπουλος", "Σύνταξη"], ["Γιώργος Παπαδόπουλος"]),
])
def test_a_newsrooms_desk_in_more_languages_beside_a_name_is_no_person(values, names):
    assert author_names(values) == names


@pytest.mark.parametrize("byline", ["Unknown", "Eingestellt von Unknown", "undefined", "null"])
def test_a_templates_placeholder_for_a_missing_name_names_nobody(byline):
    assert author_names([byline]) == []


@pytest.mark.parametrize("values", [["Publiziert am"], ["Publicado el"], ["Publié le"], ["Opublikowano"]])
def test_a_date_label_in_a_bylines_author_slot_names_nobody(values):
    assert author_names(values) == []


def test_a_side_of_a_conjunction_that_reads_as_a_phrase_splits_nothing():
    # polygraph.info: a fact-check's "statement-author" element, a phrase, no people
    assert author_names(["The Russian and Syrian defense ministries"]) == []
    assert author_names(["Jane Doe and John Roe"]) == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Geschrieben von Jane Doe", ["Jane Doe"]),  # German "written by": "von" alone is a name's particle too
    ("Eingestellt von Jane Doe", ["Jane Doe"]),  # Blogger's "posted by"
    ("Verfasst von Jane Doe und John Roe", ["Jane Doe", "John Roe"]),
    ("Scritto da Marco Rossi", ["Marco Rossi"]),  # Italian "written by": "da" is a particle too
    ("Pubblicato da Marco Rossi", ["Marco Rossi"]),
    ("Publiziert von Jane Doe", ["Jane Doe"]),  # the date label "Publiziert am" reads it as a byline: no name's part
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("Maria Clara da Silva", ["Maria Clara da Silva"]),
])
def test_a_participle_and_its_by_word_before_the_names_are_no_part_of_them(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("oprac. Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("fot. Jan Kowalski | Anna Nowak", ["Anna Nowak"]),
    ("Anna Nowak, fot. Jan Kowalski", ["Anna Nowak"]),
])
def test_an_abbreviated_label_before_names_a_conjunction_joins_is_read_before_they_are_split(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("dpa, Berlin", ["dpa"]),  # where the agency reports from
    ("AFP, Paris", ["AFP"]),
    ("EFE, España", ["EFE"]),
    # ... a town places.py does not hold as well (its zone cities and countries are no gazetteer)
    ("AP, Washington", ["AP"]),
    ("dpa, Hamburg", ["dpa"]),
    ("AFP, Genève", ["AFP"]),
    ("EFE, Sevilla", ["EFE"]),
    ("Redaktion, Schmidt", ["Redaktion"]),  # a desk is followed by its place only
])
def test_one_word_after_an_agency_or_a_desk_is_its_place_not_a_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Abd al-Rahman al-Rashed", ["Abd al-Rahman al-Rashed"]),  # particles joined to the name's words
    ("Jane Doe and Abd al-Rahman al-Rashed", ["Jane Doe", "Abd al-Rahman al-Rashed"]),
    ("Nasser al-Khelaifi and Jane Doe", ["Nasser al-Khelaifi", "Jane Doe"]),
    ("Mohammed el-Baradei el-Masry", ["Mohammed el-Baradei el-Masry"]),
    ("Jean d'Alembert d'Ormesson", ["Jean d'Alembert d'Ormesson"]),
])
def test_a_particle_joined_to_a_capitalised_name_is_a_names_word_not_a_phrases(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize("byline", ["Jane is a reporter covering politics", "The pro-government and anti-war rallies"])
def test_lower_case_words_of_a_sentence_still_read_as_one(byline):
    assert author_names([byline]) == []


@pytest.mark.parametrize(("byline", "names"), [
    ("im. Jan Kowalski", ["Jan Kowalski"]),  # two letters: Polish "named after", no picture's word cut short
    ("Anna Nowak, im. Jan Kowalski", ["Anna Nowak", "Jan Kowalski"]),
    ("ku. Matti Virtanen", ["Matti Virtanen"]),  # not "kuva" (Finnish picture) cut to two letters
    ("фот. Иван Петров", []),  # Russian "фото" abbreviated: a photographer
    ("kép. Nagy Anna", []),  # Hungarian "kép" (picture), whole
])
def test_a_picture_word_abbreviated_is_told_by_three_letters_at_least(byline, names):
    # a two-letter abbreviation opens many words ("im." opens image, imagen, immagine): no picture's label
    assert author_names([byline]) == names


@pytest.mark.parametrize(("values", "names"), [
    (["Jane Doe", "Em São Paulo"], ["Jane Doe"]),  # a byline box's line: where she reports from
    (["Em São Paulo"], []),
    (["Jane Doe", "In New York"], ["Jane Doe"]),
    (["Jane Doe", "in Kyiv"], ["Jane Doe"]),
    (["Juan Pérez, en Madrid"], ["Juan Pérez"]),
    (["Jeanne Dupont", "à Paris"], ["Jeanne Dupont"]),
    (["Иван Петров, в Москве"], ["Иван Петров"]),
    (["Jan Kowalski, w Warszawie"], ["Jan Kowalski"]),
    (["Γιώργος Παπαδόπουλος", "στην Αθήνα"], ["Γιώργος Παπαδόπουλος"]),
    (["Im Jae-won"], ["Im Jae-won"]),  # a Korean surname, capitalised: no "im"
])
def test_a_place_alone_after_in_or_from_names_no_one(values, names):
    assert author_names(values) == names


@pytest.mark.parametrize(("values", "names"), [
    (["Em Steck"], ["Em Steck"]),  # "Em" (Emma, Emily): a given name
    (["By Em Steck"], ["Em Steck"]),
    (["Jane Doe and Em Hall"], ["Jane Doe", "Em Hall"]),
    (["In Soon-hee"], ["In Soon-hee"]),  # a Korean surname, capitalised
    (["En Li"], ["En Li"]),  # a given name
])
def test_a_name_opening_with_a_capitalised_in_or_from_word_is_a_persons(values, names):
    # "In", "Em", "En" before two words are a place ("Em São Paulo", "In New York"); before one, a name's first word
    assert author_names(values) == names
