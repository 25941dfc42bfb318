"""Bylines in a page's own language: a class naming the author in that language, the language's own "and"
between names, a label in a script whose vowels are marks (issue 14, session 69)."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names, is_author_word, is_written_byline, names_author
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

STORY = "<p>The city opened a new bridge over the river after three years of work on its piers.</p>" * 3


def authors(byline: str, lang: str = "", after: str = "") -> list[str]:
    lang_attr = f' lang="{lang}"' if lang else ""
    html = (f"<html{lang_attr}><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
            f"{byline}<div class='content'>{STORY}</div>{after}</article></body></html>")
    return read_metadata(parse_html(html), "https://news.example/2026/05/bridge.html").authors


@pytest.mark.parametrize(("byline", "names"), [
    ('<span class="autor"><span class="">Автор: Анна Петрова и Иван Соколов</span></span>', ["Анна Петрова", "Иван Соколов"]),
    ('<span class="autor">Autor: Anna Nowak i Piotr Wiśniewski</span>', ["Anna Nowak", "Piotr Wiśniewski"]),
    ('<span class="autor">لېکوال: احمد حسن</span>', ["احمد حسن"]),
    ('<div class="avtor">Maja Kovač</div>', ["Maja Kovač"]),
    ('<div class="yazar">Mehmet Demir</div>', ["Mehmet Demir"]),
    ('<div class="penulis">Dewi Lestari</div>', ["Dewi Lestari"]),
    ('<div class="autore">Giulia Rossi</div>', ["Giulia Rossi"]),
    ('<div class="autor-nome">Ana Souza</div>', ["Ana Souza"]),
])
def test_a_class_naming_the_author_in_the_pages_language_marks_the_byline(byline: str, names: list[str]) -> None:
    assert authors(byline) == names


@pytest.mark.parametrize("byline", [
    '<div class="autorefresh">Обновлено 5 минут назад</div>',  # a whole word only
    '<div class="autorun">Anna Nowak</div>',
    '<div class="text">Anna Nowak</div>',  # the text's word names no author
])
def test_a_class_holding_an_author_words_letters_marks_no_byline(byline: str) -> None:
    assert authors(byline) == []


def test_an_author_class_in_a_pictures_caption_is_its_credit() -> None:
    for word in ("autor", "author"):
        figure = f'<figure><img src="a.jpg"><figcaption>Most <span class="{word}-zdjecia">Fot. Jan Kowalski</span></figcaption></figure>'
        assert authors('<p class="byline">Anna Nowak</p>' + figure) == ["Anna Nowak"]


def test_is_author_word_takes_whole_words_of_the_author_lists() -> None:
    assert all(map(is_author_word, ["autor", "Autor", "avtor", "yazar", "penulis", "autore", "author"]))
    assert not any(map(is_author_word, ["autorefresh", "text", "redaccion", "auto", "name"]))
    assert all(map(names_author, ["autor", "autor-nome", "c-avtor__name", "fullAutor", "autorName", "penulis_box"]))
    assert not any(map(names_author, ["autorefresh", "Autorefresh", "xautor", "yazarlar", "text-body"]))


@pytest.mark.parametrize(("lang", "byline", "names"), [
    ("ha", "Musa Ibrahim da Abdullahi Sani", ["Musa Ibrahim", "Abdullahi Sani"]),
    ("ha-NG", "Daga Musa Ibrahim da Aisha Bello", ["Musa Ibrahim", "Aisha Bello"]),
    ("ha", "Musa Ibrahim, Aisha Bello da Abdullahi Sani", ["Musa Ibrahim", "Aisha Bello", "Abdullahi Sani"]),
    ("sl-SI", "Piše: Maja Kovač in Luka Zupan", ["Maja Kovač", "Luka Zupan"]),
    ("sl", "Luka Zupan, Maja Kovač in Jure Horvat", ["Luka Zupan", "Maja Kovač", "Jure Horvat"]),
    ("lb", "Claude Weber an Marie Schmit", ["Claude Weber", "Marie Schmit"]),
])
def test_the_pages_language_makes_its_cldr_and_a_conjunction(lang: str, byline: str, names: list[str]) -> None:
    assert author_names([byline], language=lang) == names
    assert authors(f'<p class="byline">{byline}</p>', lang=lang) == names


@pytest.mark.parametrize(("lang", "byline", "names"), [
    (None, "Musa Ibrahim da Abdullahi Sani", ["Musa Ibrahim da Abdullahi Sani"]),  # no language: a particle maybe
    ("pt", "Maria Clara da Silva Santos", ["Maria Clara da Silva Santos"]),
    ("pt", "Ana Paula da Costa e João Pedro da Silva", ["Ana Paula da Costa", "João Pedro da Silva"]),
    ("ha", "Anna Da Silva", ["Anna Da Silva"]),  # capitalised: a name's word
    ("ha", "Maria Clara da Silva", ["Maria Clara da Silva"]),  # one word after it: a surname's particle
    ("ha", "Rubutu da hotuna: Musa Ibrahim", ["Musa Ibrahim"]),  # a label's "and" goes with the label
    ("sl", "Jan Inkret", ["Jan Inkret"]),
    ("sl", "Besedilo in fotografije: Maja Kovač", ["Maja Kovač"]),
    ("en", "Jane Doe in New York", ["Jane Doe"]),
    ("sl", "Jane Doe in New York", ["Jane Doe"]),  # one side a place: the place goes as before
    ("de", "Claude Weber an Marie Schmit", ["Claude Weber an Marie Schmit"]),
    ("lb", "Claude Weber an der Stad", ["Claude Weber an der Stad"]),
])
def test_a_word_that_is_and_only_in_another_language_joins_no_names(lang: str | None, byline: str, names: list[str]) -> None:
    assert author_names([byline], language=lang) == names


def test_a_label_in_a_script_whose_vowels_are_marks_goes() -> None:
    assert author_names(["ލިޔުނީ: އައިޝަތު ރަޝީދާ"]) == ["އައިޝަތު ރަޝީދާ"]  # Thaana's vowel signs
    assert author_names(["लेखक: प्रिया जोशी और अमोल पाटील"]) == ["प्रिया जोशी", "अमोल पाटील"]


def test_a_byline_in_a_caption_holding_the_headline_is_the_storys() -> None:
    # a theme's hero image: the headline and its byline set in the picture's <figcaption>, no picture's credit
    html = ("<html><head><title>Bridge opens</title></head><body><article><figure class='hero'><img src='h.jpg'>"
            "<figcaption><h1>Bridge opens</h1><div class='byline'>Anna Nowak</div></figcaption></figure>"
            f"<div class='content'>{STORY}</div></article></body></html>")
    assert read_metadata(parse_html(html), "https://news.example/2026/05/bridge.html").authors == ["Anna Nowak"]


@pytest.mark.parametrize("line", ["東京特派員", "台北記者", "서울 특파원", "東京特派員 2026年5月4日"])
def test_a_place_before_a_reporters_title_is_a_post_not_a_written_byline(line: str) -> None:
    assert not is_written_byline(line)


@pytest.mark.parametrize("line", ["최유진 기자", "中村美咲記者", "박성훈·김민지 기자 2026.05.04"])
def test_names_before_a_reporters_title_are_a_written_byline(line: str) -> None:
    assert is_written_byline(line)


@pytest.mark.parametrize("word", ["autor", "autore", "yazar", "penulis", "avtor"])
def test_an_author_word_of_another_language_under_the_story_outweighs_no_written_byline(word: str) -> None:
    # a related list's teasers name their writers by the same words; the story's byline is written under the headline
    related = ("<ul class='related'>" + "".join(f"<li><a href='/{i}'>Otra noticia número {i}</a> "
                                                f"<span class='{word}'>Carlos Mendes</span></li>" for i in range(3)) + "</ul>")
    assert authors("<p>Por Ana Souza Lima</p>", after=related) == ["Ana Souza Lima"]
    box = f"<div class='{word}-box'><span class='{word}-name'>Carlos Mendes</span><p>Autor do livro.</p></div>"
    assert authors("", after=box) == []
