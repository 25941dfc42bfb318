"""Keyword fields split at what separates keywords in each script: a space separates them in the
scripts written without spaces between words, and is part of a keyword elsewhere."""
from __future__ import annotations

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html
from newsspider.extract.tags import split_keywords


def tags(head: str) -> list[str]:
    return read_metadata(parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>"),
                         "https://news.example/a/1").tags


@pytest.mark.parametrize(("keywords", "expected"), [
    ("社会 政治 経済", ["社会", "政治", "経済"]),  # Japanese, three keywords (not a run of words: a separated list)
    ("政治 经济", ["政治", "经济"]),  # Chinese
    ("การเมือง สิทธิมนุษยชน", ["การเมือง", "สิทธิมนุษยชน"]),  # Thai
    ("社会、政治、経済", ["社会", "政治", "経済"]),
    ("NBA 勇士, 库里", ["NBA 勇士", "库里"]),  # a keyword of Latin and Han words is one
    ("سياسة، اقتصاد، مصر", ["سياسة", "اقتصاد", "مصر"]),  # Arabic comma
    ("राजनीति, अर्थव्यवस्था", ["राजनीति", "अर्थव्यवस्था"]),  # Hindi
    ("Πολιτική · Οικονομία", ["Πολιτική", "Οικονομία"]),  # Greek
    ("Polityka; Sejm; Wybory 2023", ["Polityka", "Sejm", "Wybory 2023"]),  # Polish: a keyword of two words
    ("Политика, Госдума, Выборы-2024", ["Политика", "Госдума", "Выборы-2024"]),  # Russian
])
def test_keywords_are_split_at_the_separators_of_their_script(keywords: str, expected: list[str]):
    assert tags(f'<meta name="keywords" content="{keywords}">') == expected


def test_a_space_inside_a_keyword_of_a_spaced_script_is_the_keywords_own():
    assert split_keywords("Theresa May") == ["Theresa May"]
    assert split_keywords("대한민국 정부") == ["대한민국 정부"]  # Korean writes spaces between words


@pytest.mark.parametrize(("values", "expected"), [
    (["Ukraine (123)", "Russland (45)", "Krieg (2981)"], ["Ukraine", "Russland", "Krieg"]),  # each topic's article count
    (["Ukraine(12)", "Russland (7)"], ["Ukraine", "Russland"]),
    (["Olympia (2024)", "Paris (2024)"], ["Olympia (2024)", "Paris (2024)"]),  # one number they share: the topics'
    (["Ukraine (123)", "Russland"], ["Ukraine (123)", "Russland"]),  # not every tag counted: a tag's own brackets
    (["Ukraine (123)"], ["Ukraine (123)"]),  # one tag: no list of counts
])
def test_the_article_counts_after_a_lists_tags_are_no_part_of_them(values, expected):
    from newsspider.extract.tags import clean_tags

    assert clean_tags(values) == expected


@pytest.mark.parametrize(("values", "expected"), [
    # a year in brackets is a part of the topic's name: "Bundestagswahl (2021)" and "(2025)" are two elections
    (["Bundestagswahl (2021)", "Bundestagswahl (2025)"], ["Bundestagswahl (2021)", "Bundestagswahl (2025)"]),
    (["Olympia (1972)", "Olympia (2024)", "München"], ["Olympia (1972)", "Olympia (2024)", "München"]),
    (["Bundestagswahl (2021)", "Bundestagswahl (2025)", "Krieg (45)"],
     ["Bundestagswahl (2021)", "Bundestagswahl (2025)", "Krieg"]),
    (["Ukraine (123)", "Krieg (2021)"], ["Ukraine", "Krieg"]),  # a count in a list of counts, though of a year's digits
])
def test_a_year_after_a_tag_is_its_own_a_count_is_not(values, expected):
    from newsspider.extract.tags import clean_tags

    assert clean_tags(values) == expected


def test_a_keyword_field_spelling_the_headline_word_by_word_names_no_topics():
    head = ("<title>Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Official</title>"
            "<meta name=\"keywords\" content=\"federal, reserve's, low, rate, policy, is, a, 'dangerous, gamble,', says, "
            "top, official, business\">"
            "<meta property=\"article:tag\" content=\"Federal Reserve\"><meta property=\"article:tag\" content=\"Interest Rates\">")
    assert tags(head) == ["Federal Reserve", "Interest Rates"]


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # topics that are all words of the headline, not all of them in its order: an editor's choice
    ("Trump and Biden clash over Ukraine and Russia aid", "Trump, Biden, Ukraine, Russia",
     ["Trump", "Biden", "Ukraine", "Russia"]),
    ("Biden meets Xi in Bali", "Biden, Xi, Bali", ["Biden", "Xi", "Bali"]),  # a short headline: three topics may be it
])
def test_topics_that_are_words_of_the_headline_stay(title: str, keywords: str, expected: list[str]):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


def test_a_keyword_string_that_is_the_headline_names_no_topics():
    # the same CMS habit written as one string of words, no separators: its words are the headline's
    head = ("<title>Federal Reserve's Low Rate Policy Is A Failure</title>"
            "<meta name=\"keywords\" content=\"federal reserve's low rate policy is a failure\">")
    assert tags(head) == []
