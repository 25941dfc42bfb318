"""Bylines written with their date or reading time, marked by the class "by", a biography in the author's element,
a picture's credit set off by any script's colon."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names, is_written_byline
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
    ("Matti Virtanen on tutkija", ["Matti Virtanen"]),
    ("Jane Doe is a reporter", ["Jane Doe"]),
    ("Juma Hamisi ni mwandishi", ["Juma Hamisi"]),
    ("Autori është gazetar", []),
    ("Szerző újságíró", []),
    ("Autorius yra žurnalistas", []),
]


@pytest.mark.parametrize(("text", "names"), BIOS)
def test_a_biography_in_the_author_element_is_no_name(text, names):
    assert author_names([text]) == names


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
