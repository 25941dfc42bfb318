"""A dateline's line of fields that shows two days: the later is the update's whatever word labels it
(a page is published before it is updated), the earlier plain one the publication (session 69)."""
from __future__ import annotations

import pytest

from tests.test_dates import dateline_published


@pytest.mark.parametrize(("dateline", "lang", "day"), [
    ("更新时间：2026年4月18日 · 2026年4月13日 6時19分", "zh", "2026-04-13"),
    ("<span>Обновено: 28 октомври 2024</span> · <span>20 септември 2024 17:57</span>", "bg", "2024-09-20"),
    ("Updated: 25 January 2026 · 3 January 2026 15:33 · By Hannah Whitcombe", "en", "2026-01-03"),  # one text
    ("<span>Zaktualizowano: 12 marca 2024</span> | <span>5 marca 2024</span>", "pl", "2024-03-05"),
])
def test_the_earlier_plain_day_after_a_labelled_later_one_in_a_line_of_fields_is_the_publication(dateline, lang, day):
    assert (dateline_published(dateline, lang) or "").startswith(day)


def test_the_publication_keeps_the_clock_its_own_field_shows():
    published = dateline_published("<span>Обновено: 28 октомври 2024</span> · <span>20 септември 2024 17:57</span>", "bg")
    assert published is not None and published.startswith("2024-09-20T17:57")


@pytest.mark.parametrize(("dateline", "day"), [
    ("5 March 2024 14:20 · Matchday: 2 March 2024", "2024-03-05"),  # the later day plain: a labelled earlier is an event's
    ("Section: 5 March 2024 · 28 February 2024 – 3 March 2024", "2024-03-05"),  # an event's span
    ("Section: 5 March 2024<br>Closed since 12 October 2023", "2024-03-05"),  # the next row: a sentence
    ("Section: 5 March 2024 · <a href='/news/older'>Older story 1 March 2024</a>", "2024-03-05"),  # another page's
    ("Section: 5 March 2024 – the council said on 1 March 2024 it would vote again", "2024-03-05"),  # a sentence
    ("Obituary: 5 March 2024 · born 1 February 1940", "2024-03-05"),  # a phrase's date, a word before it
    ("Updated: 5 March 2024 · Closed since 12 October 2023", "2024-03-05"),
])
def test_a_labelled_day_stays_where_the_earlier_one_is_no_plain_date_field_of_its_row(dateline, day):
    assert (dateline_published(dateline, "en-GB") or "").startswith(day)


@pytest.mark.parametrize(("dateline", "lang", "day"), [
    ("Datum: 18.04.2026 · 13.04.2026", "de", "2026-04-18"),  # a page's own date under a word no list names
    ("Fecha: 18/04/2026 | 13/04/2026", "es", "2026-04-18"),
    ("日期：2026-04-18 | 2026-04-13", "zh", "2026-04-18"),
    ("Дата: 18 апреля 2026 · 13 апреля 2026", "ru", "2026-04-18"),
    ("Udgivet: 18. april 2026 · 13. april 2026", "da", "2026-04-18"),  # a publication's label no list holds
    ("Tarih: 18 Nisan 2026 · 13 Nisan 2026", "tr", "2026-04-18"),
    ("날짜: 2026.04.18 · 2026.04.13", "ko", "2026-04-18"),
])
def test_a_first_date_under_a_label_no_list_names_stays_before_an_earlier_plain_one(dateline, lang, day):
    assert (dateline_published(dateline, lang) or "").startswith(day)  # the earlier one: a print edition's, a match's


@pytest.mark.parametrize(("dateline", "lang"), [
    ("Aktualisiert: 18.04.2026 | * 01.01.1940 | † 15.04.2026", "de"),  # a memorial's birth and death
    ("Updated: 18 April 2026 · † 15 April 2026", "en"),
    ("Actualizado: 18/04/2026 | ✝ 15/04/2026", "es"),
    ("Обновлено: 18 апреля 2026 · 📷 13 апреля 2026", "ru"),  # a photo's day
])
def test_a_sign_before_an_earlier_day_says_it_is_no_publication(dateline, lang):
    assert (dateline_published(dateline, lang) or "").startswith("2026-04-18")


def test_a_phrase_after_an_unspaced_scripts_date_is_no_date_field():
    assert (dateline_published("道内: 2026年4月13日 6時19分 · 2025年10月28日から閉鎖", "ja") or "").startswith("2026-04-13")
