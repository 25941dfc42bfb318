"""Bylines written with their date or reading time, marked by the class "by", a biography in the author's element,
a picture's credit set off by any script's colon."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names, is_written_byline
from newsspider.extract.calendars import counts_minutes
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

TITLE = "Budget approved after long night"
HEAD = f"<meta property='og:title' content='{TITLE}'>"
STORY = "<p>" + "The council approved the budget after a long night of talks in the city hall. " * 3 + "</p>"


def authors(byline: str) -> list[str]:
    body = f"<article><h1>{TITLE}</h1>{byline}{STORY}</article>"
    return read_metadata(parse_html(f"<html><head>{HEAD}</head><body>{body}</body></html>"),
                         "https://news.example/politik/a.html").authors


DATED_LINES = [
    ("By Jane Doe · 12 May 2024", ["Jane Doe"]),
    ("Von Hans Meier | 3 Min.", ["Hans Meier"]),
    ("Par Jean Dupont et Marie Curie · 12 mai 2024", ["Jean Dupont", "Marie Curie"]),
    ("Door Jan de Vries • 4 min leestijd", ["Jan de Vries"]),
    ("От Иван Петров · 12 мая 2024", ["Иван Петров"]),
]


@pytest.mark.parametrize(("line", "names"), DATED_LINES)
def test_a_written_byline_with_its_date_or_reading_time_after_a_spaced_separator_names_its_writer(line, names):
    assert authors(f"<p>{line}</p>") == names


# The story's own lines of that shape: a particle or a word in lower case after the by-word, one word, a part
# without a number after the separator.
NOT_DATED_BYLINES = ["Von der Leyen · 12. Mai 2024", "By the end of May · 12 percent of the budget was spent.",
                     "By Air · 12 May 2024", "От Москвы до Питера · 700 км", "By 2030 | 40 percent of cars",
                     "Di recente · 12 maggio 2024", "Przez lata · 12 procent"]


@pytest.mark.parametrize("line", NOT_DATED_BYLINES)
def test_a_story_line_opening_with_a_by_word_before_a_number_is_no_byline(line):
    assert not is_written_byline(line)
    assert authors(f"<p>{line}</p>") == []


# Title-case labels of a series or a route with a count after the separator: no date, time or minutes.
NUMBERED_LABELS = ["By Popular Demand | Part 2", "By The Book | Season 3, Episode 2", "Von Kopf Bis Fuß | Folge 3",
                   "Por Amor Al Arte | Capítulo 2", "Przez Polskę i Czechy · 700 km", "Par Paris et Lyon · 465 km",
                   "By The Numbers · 2024", "Von Kopf Bis Fuß | 2024"]


@pytest.mark.parametrize("line", NUMBERED_LABELS)
def test_a_title_case_line_with_a_count_of_other_things_than_minutes_is_no_byline(line):
    assert not is_written_byline(line)
    assert authors(f"<p>{line}</p>") == []


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe · 5 min read", ["Jane Doe"]), ("Oleh Budi Santoso · 5 menit", ["Budi Santoso"]),
    ("Від Олена Коваль · 3 хв", ["Олена Коваль"]), ("Por Ana García | Actualizado 12:30", ["Ana García"])])
def test_a_written_byline_with_a_reading_time_in_cldrs_words_or_a_time_names_its_writer(line, names):
    assert authors(f"<p>{line}</p>") == names


@pytest.mark.parametrize(("text", "minutes"), [
    ("3 min read", True), ("4 Min. Lesezeit", True), ("dakika 5", True), ("٣ دقائق", True), ("Part 2", False),
    ("700 km", False), ("700 m", False), ("700 m.", False), ("Folge 3", False), ("Capítulo 3 de 10", False)])
def test_counts_minutes_reads_cldrs_minute_words_only(text, minutes):
    assert counts_minutes(text) is minutes


CLASS_BY = [
    ("<span class='by'>By Jane Doe, Reuters</span> <time>12 May 2024</time>", ["Jane Doe", "Reuters"]),
    ("<span class='by'>Par Jeanne Dupont, AFP</span> <time>12 mai 2024</time>", ["Jeanne Dupont", "AFP"]),
    ("<span class='by'>โดย สมชาย ใจดี, AP</span> <time>12 พ.ค. 2567</time>", ["สมชาย ใจดี", "AP"]),
]


@pytest.mark.parametrize(("meta", "names"), CLASS_BY)
def test_an_element_of_class_by_beside_the_date_is_the_byline(meta, names):
    assert authors(f"<div class='meta'>{meta}</div>") == names


@pytest.mark.parametrize("box", [
    "<div class='meta'><span class='by'>Sponsored by Acme Corp</span> <time>12 May 2024</time></div>",
    "<div class='meta'><span class='sponsored-by'>Sponsored by Acme Corp</span> <time>12 May 2024</time></div>",
    "<div class='meta'><span class='by'>By the numbers</span> <time>12 May 2024</time></div>",
    "<div class='meta'><span class='by'>โดยรวม ดีมาก</span> <time>12 พ.ค. 2567</time></div>"])
def test_a_class_by_or_sponsored_by_box_without_a_byline_names_no_one(box):
    assert authors(box) == []


BIOS = [
    ("Jane Doe is a reporter", ["Jane Doe"]),
    ("Jean Dupont est un journaliste", ["Jean Dupont"]),
]


@pytest.mark.parametrize(("text", "names"), BIOS)
def test_a_biography_in_the_author_element_is_no_name(text, names):
    assert author_names([text]) == names


# Two words in lower case after the given names are a particle and a surname the page writes in lower case as
# much as a verb and a role ("Matti Virtanen on tutkija"): Welsh, Hebrew, Irish, Arabic, Vietnamese names stay whole.
@pytest.mark.parametrize("name", [
    "Gareth Wyn ap dafydd", "David Levi ben david", "Síle Máire ní chinnéide", "Mohammed Ali abu bakr",
    "Nguyễn Văn an bình"])
def test_a_name_ending_in_a_particle_and_a_surname_in_lower_case_stays_whole(name):
    assert author_names([name]) == [name]


# The author's word before a name the page writes in lower case: the name, as a sentence's words would read too.
@pytest.mark.parametrize(("byline", "names"), [
    ("Autor jan kowalski", ["jan kowalski"]), ("Kirjoittaja matti virtanen", ["matti virtanen"]),
    ("Автор иван петров", ["иван петров"]), ("Author jane doe", ["jane doe"])])
def test_a_name_in_lower_case_after_the_authors_word_is_kept(byline, names):
    assert author_names([byline]) == names


@pytest.mark.parametrize("name", [
    "Luca della Valle", "Jan van der Berg", "Karl-Theodor zu Guttenberg", "Jane Doe jr", "Le Monde diplomatique",
    "Radio France internationale", "viktor hedlund", "Ahmad bin Ismail", "Juan Carlos de la torre"])
def test_a_name_with_words_in_lower_case_stays_whole(name):
    assert author_names([name]) == [name]


@pytest.mark.parametrize(("byline", "names"), [
    ("Autorius Jonas Jonaitis", ["Jonas Jonaitis"]), ("Kirjoittaja Matti Virtanen", ["Matti Virtanen"]),
    ("Yazan: Ayşe Kaya", ["Ayşe Kaya"]), ("פֿון משה כהן", ["משה כהן"]), ("פון חיים לעווין", ["חיים לעווין"])])
def test_the_author_word_and_by_word_before_a_name_are_left_out(byline, names):
    assert author_names([byline]) == names


def test_an_arabic_given_name_that_is_a_turkish_by_word_stays_without_its_colon():
    assert author_names(["Yazan Ali Hassan"]) == ["Yazan Ali Hassan"]


@pytest.mark.parametrize("credit", ["រូបថត៖ សុខ ដារ៉ា", "ፎቶ፦ አበበ ከበደ", "ဓာတ်ပုံ: ကျော်ဇော", "Լուսանկարը՝ Արամ Պետրոսյան"])
def test_a_pictures_credit_set_off_by_its_scripts_colon_names_no_author(credit):
    assert author_names([credit]) == []
