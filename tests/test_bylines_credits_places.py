"""A credit per role after a full stop, a place of several words after a name, picture, video and source labels
in more languages, a field's caption before a clock (bylines); place names (places); a Person's name without its
declared job title (jsonld); a short number pair among topics (tags)."""
from __future__ import annotations

import pytest

from newsspider.extract import jsonld
from newsspider.extract.bylines import author_names
from newsspider.extract.places import is_place_name
from newsspider.extract.tags import clean_tags, split_keywords


@pytest.mark.parametrize(("byline", "names"), [
    ("Text: Иван Петров. Видео: Анна Смирнова", ["Иван Петров"]),
    ("Texte: Jean Dupont. Vidéo: Marie Curie", ["Jean Dupont"]),
    ("Tekst: Jan Kowalski. Wideo: Anna Nowak", ["Jan Kowalski"]),
    ("Κείμενο: Γιώργος Παπαδόπουλος. Βίντεο: Μαρία Νικολάου", ["Γιώργος Παπαδόπουλος"]),
    ("Jane Doe. Photos: John Roe", ["Jane Doe"]),
    ("Jane Doe. Contact: jane@example.com", ["Jane Doe"]),  # a label whose address went: nobody
])
def test_a_label_after_a_full_stop_opens_the_next_roles_credit(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("J. Doe. Foto: dpa", ["J. Doe"]),  # an initial's stop
    ("Dr. Jane Doe", ["Dr. Jane Doe"]),
    ("St. Louis Post. Text: Jane Doe", ["St. Louis Post", "Jane Doe"]),
])
def test_a_stop_after_an_initial_or_before_no_label_splits_nothing(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Tekst en foto's: Jan de Vries", ["Jan de Vries"]),  # Dutch's plural with an apostrophe in a label
    ("Tekst: Jan de Vries; Foto's: Piet Jansen", ["Jan de Vries"]),
    ("Teks: Ahmad Ismail; Gambar: Nur Aisyah", ["Ahmad Ismail"]),
    ("Texto: Juan Pérez; Vídeo: Ana García", ["Juan Pérez"]),
])
def test_picture_and_video_labels_of_more_languages_credit_no_author(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, New York", ["Jane Doe"]),
    ("Juan Pérez, Buenos Aires", ["Juan Pérez"]),
    ("Jean Dupont, Le Caire", ["Jean Dupont"]),
    ("Jan Kowalski, Nowy Jork", ["Jan Kowalski"]),
    ("Иван Петров, Нью-Йорк", ["Иван Петров"]),  # one word, as before
    ("Juma Mwangi, Dar es Salaam", ["Juma Mwangi"]),
])
def test_a_cldr_city_or_country_of_several_words_after_a_full_name_is_a_place(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, Paris Hilton", ["Jane Doe", "Paris Hilton"]),  # a person named like a place
    ("Jane Doe, Sydney Smith", ["Jane Doe", "Sydney Smith"]),
    ("Jane, New York", ["Jane", "New York"]),  # one word before: no full name to report from there
])
def test_a_second_person_or_a_place_after_no_full_name_stays(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe. Source: Reuters", ["Jane Doe"]),
    ("Jane Doe. Lesezeit: 4 Min.", ["Jane Doe"]),
    ("By Jane Doe. Published: 5 March 2024", ["Jane Doe"]),
])
def test_a_label_after_a_stop_takes_its_value_out_of_the_name(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jan de Vries. Bron: ANP", ["Jan de Vries"]),
    ("Иван Петров; Источник: ТАСС", ["Иван Петров"]),
    ("Jan Kowalski, Źródło: PAP", ["Jan Kowalski"]),
    ("出典：共同通信", []),
    ("Kilde Hansen", ["Kilde Hansen"]),  # no label: a name
])
def test_a_sources_label_in_more_languages_credits_no_author(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Juan Pérez, Diego García", ["Juan Pérez", "Diego García"]),  # CLDR's "DG" territory, no country
    ("Por Juan Pérez y Diego García", ["Juan Pérez", "Diego García"]),
    ("Jane Doe, Tristan da Cunha", ["Jane Doe", "Tristan da Cunha"]),
])
def test_a_territory_that_is_no_country_after_a_full_name_is_a_person(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe. Last update: 14:20", ["Jane Doe"]),
    ("Trần Văn Nam. Cập nhật: 14:20", ["Trần Văn Nam"]),
    ("Jan Kowalski, Data publikacji: 05.03.2024", ["Jan Kowalski"]),
])
def test_a_fields_caption_before_a_clock_or_date_in_numbers_names_nobody(byline, names):
    assert author_names([byline]) == names


def test_a_capitalised_name_before_a_clock_stays():
    assert author_names(["Jane Doe | John Roe: 14:20"]) == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(("name", "title", "expected"), [
    ("Jane Doe Head of Politics", "Head of Politics", "Jane Doe"),
    ("Chefredakteurin Hans Meier", "Chefredakteurin", "Hans Meier"),
    ("Иван Петров, корреспондент", "Корреспондент", "Иван Петров"),
    ("山田太郎 記者", "記者", "山田太郎"),
    ("홍길동 논설위원", "논설위원", "홍길동"),  # a Korean name of one word is a full name
    ("Reporter", "Reporter", "Reporter"),  # nothing would be left
    ("Jane Doe", "Editor", "Jane Doe"),
])
def test_a_persons_name_repeating_its_declared_job_title_is_the_name_without_it(name, title, expected):
    assert jsonld.names({"@type": "Person", "name": name, "jobTitle": title}) == [expected]


@pytest.mark.parametrize(("name", "title"), [
    ("Tom Baker", "Baker"), ("Hans Koch", "Koch"), ("Jane Reporter", "Reporter"), ("Jan Kowal", "Kowal"),
])
def test_a_job_title_that_would_leave_a_given_name_alone_is_the_surname(name, title):
    assert jsonld.names({"@type": "Person", "name": name, "jobTitle": title}) == [name]


@pytest.mark.parametrize(("name", "title"), [
    ("Mary Ann Cook", "Cook"), ("Anna Maria Koch", "Koch"), ("Marie Claire Boulanger", "Boulanger"),
    ("Анна Мария Кузнец", "Кузнец"),
])
def test_a_one_word_job_title_a_space_alone_sets_off_after_a_full_name_is_the_surname(name, title):
    assert jsonld.names({"@type": "Person", "name": name, "jobTitle": title}) == [name]


@pytest.mark.parametrize(("name", "title", "expected"), [
    ("Jane Doe Editor", "Editor", "Jane Doe"), ("Hans Meier Chefredakteurin", "Chefredakteurin", "Hans Meier"),
    ("Jane Doe, Cook", "Cook", "Jane Doe"), ("Chefredakteurin Hans Meier", "Chefredakteurin", "Hans Meier"),
    ("山田太郎 記者", "記者", "山田太郎"),
])
def test_a_writers_title_or_a_title_set_off_by_a_mark_is_still_taken_out(name, title, expected):
    assert jsonld.names({"@type": "Person", "name": name, "jobTitle": title}) == [expected]


def test_a_job_title_declared_as_a_defined_term_is_its_name():
    title = {"@type": "DefinedTerm", "name": "Head of Politics"}
    assert jsonld.names({"@type": "Person", "name": "Jane Doe Head of Politics", "jobTitle": title}) == ["Jane Doe"]


@pytest.mark.parametrize(("name", "place"), [
    ("New York", True), ("buenos aires", True), ("Costa Rica", True), ("Sierra Leone", True),
    ("Paris Hilton", False), ("Jane Doe", False),
    ("Diego Garcia", False), ("European Union", False),  # CLDR's territories no country is
])
def test_a_place_name_is_a_cldr_name_of_a_tz_database_city_or_country(name, place):
    assert is_place_name(name) == place


@pytest.mark.parametrize(("name", "place"), [
    ("ঢাকা", True), ("القاهرة", True), ("თბილისი", True), ("กรุงเทพฯ", True), ("東京", True),
    ("রাহুল দাস", False), ("محمد أحمد", False),
])
def test_a_place_in_a_script_without_capitals_is_one_rule_with_the_cased_scripts(name, place):
    assert is_place_name(name) == place


def test_the_uncased_places_name_only_countries_of_the_tz_database():
    """scripts/cldr_uncased_places.py keeps the territories zone.tab lists, as is_place_name does in cased scripts:
    Ascension Island (AC), no country of zone.tab, is left out in Shavian as Diego Garcia is in English."""
    import json
    from pathlib import Path

    from newsspider.extract import places
    table = json.loads(Path(places.__file__).with_name("uncased_places.json").read_text(encoding="utf-8"))["places"]
    assert "·𐑩𐑕𐑧𐑯𐑖𐑩𐑯 𐑲𐑤𐑩𐑯𐑛" not in table and "ঢাকা" in table


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe. Analysis: The budget", ["Jane Doe"]),
    ("Hans Meier. Kommentar: Die Wahl ist entschieden", ["Hans Meier"]),
    ("Jean Dupont. Analyse : Le budget en question", ["Jean Dupont"]),
    ("Иван Петров. Мнение: Бюджет принят", ["Иван Петров"]),
    ("Jane Doe; Opinion: Why the vote matters", ["Jane Doe"]),
])
def test_a_label_opening_a_headline_after_a_name_names_nobody(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe. Interview: John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe. Interview: Jan van der Berg", ["Jane Doe", "Jan van der Berg"]),  # a particle before the surname
    ("محمد أحمد. مقابلة: علي حسن", ["محمد أحمد", "علي حسن"]),  # no capitals: nothing told
])
def test_a_label_before_a_name_ending_in_a_capitalised_word_still_credits_it(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize(("byline", "name"), [
    ("Jane Doe; Text: John Smith jr.", "John Smith jr"),  # a suffix after the name
    ("Hans Meier; Text: Eva Schmidt mit dpa", "Eva Schmidt"),  # an agency after it
    ("Jean Dupont; Texte : Marie Curie avec afp", "Marie Curie"),
])
def test_a_label_before_a_name_ending_in_a_short_lower_case_word_still_credits_it(byline, name):
    assert name in author_names([byline])


@pytest.mark.parametrize(("name", "title", "expected"), [
    ("Jane Doe Reporterin", "Reporterin", "Jane Doe"), ("Juan Pérez Periodista", "Periodista", "Juan Pérez"),
    ("Anna Nowak Redaktorka", "Redaktorka", "Anna Nowak"), ("Jean Dupont Rédactrice", "Rédactrice", "Jean Dupont"),
    ("Jane Doe Photographer", "Photographer", "Jane Doe"), ("Мария Иванова Редактор", "Редактор", "Мария Иванова"),
    ("Ali Yılmaz Editör", "Editör", "Ali Yılmaz"), ("Hans Meier Autor", "Autor", "Hans Meier"),
])
def test_a_newsroom_title_ending_the_name_is_cut_off_not_read_as_the_surname(name, title, expected):
    assert jsonld.names({"@type": "Person", "name": name, "jobTitle": title}) == [expected]


@pytest.mark.parametrize(("byline", "names"), [
    ("Juma Mwangi. Picha: Amina Hassan", ["Juma Mwangi"]), ("Juma Mwangi; Chanzo: Reuters", ["Juma Mwangi"]),
    ("Mwandishi: Juma Mwangi, Mhariri: Amina Hassan", ["Juma Mwangi"]),
    ("Musa Abdullahi. Hoto: Ali Bello", ["Musa Abdullahi"]),  # Hausa: photo
    ("Ayşe Kaya. Fotoğraflar: Mehmet Demir", ["Ayşe Kaya"]), ("Mari Tamm. Fotod: Jaan Kask", ["Mari Tamm"]),
    ("Jonas Jonaitis. Vaizdo įrašas: Petras Petraitis", ["Jonas Jonaitis"]),
])
def test_pictures_sources_and_editors_labels_of_african_and_more_languages_credit_no_author(byline, names):
    assert author_names([byline]) == names


def test_a_word_of_such_a_label_without_its_colon_stays_a_name():
    assert author_names(["Picha Mwangi"]) == ["Picha Mwangi"]


@pytest.mark.parametrize(("keywords", "tags"), [
    ("9/11, 24/7, Ukraine", ["9/11", "24/7", "Ukraine"]),
    ("Politics, 9/11, 50/50", ["Politics", "9/11", "50/50"]),
    ("2024/03/05, 123/456, Ukraine", ["Ukraine"]),  # a date, an id
    ("9/11", []),  # no topic beside it: an id
    ("Politique, 05/03, Élections", ["Politique", "Élections"]),  # padded with a zero: a date's day and month
])
def test_a_short_number_pair_among_topics_is_a_topic_unless_padded_with_a_zero(keywords, tags):
    assert clean_tags(split_keywords(keywords)) == tags
