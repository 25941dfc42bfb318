"""Reading-time lines in any language (the CLDR's minute units): a template's count of minutes goes
above the story or beside its byline or date; a sentence about minutes, and a fact sheet of times, stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsspider.extract.cleaning import clean_text
from newsspider.extract.cleaning.keys import line_key, predicate_form
from newsspider.extract.cleaning.patterns import compiled_patterns
from newsspider.extract.cleaning.reading_time import is_reading_time
from newsspider.extract.cleaning.rules import is_dated_line

STORY = ("The council approved the new budget on Tuesday after a long debate.\n"
         "The vote was 31 to 12, with two members absent.")
TABLE = Path(__file__).resolve().parents[1] / "newsspider" / "extract" / "cleaning" / "minute_units.json"

# Reading times as sites print them, in languages and scripts with and without a phrase list of the
# cleaner, digits of several systems, the unit before or after the number, abbreviated or not.
READING_TIMES = (
    "5 min read", "Lesetid: 4 minutter", "5 minutter lesetid", "Leestyd: 5 minute", "Liesdauer: 5 Minutten",
    "Время чтения: 5 минут", "Час читання: 7 хвилин", "Czas czytania: 3–5 min", "Reading time: 1,5 min",
    "Temps de lecture : 4 min", "Tempo di lettura: 12 minuti", "Lecture 4 min.", "Okuma süresi: 5 dk",
    "Dakika 3 za kusoma", "Karatun minti 4", "อ่าน 2 นาที", "阅读时间约5分钟", "읽는 시간 5분",
    "زمان مطالعه: ۵ دقیقه", "5 دقائق للقراءة", "پڑھنے کا وقت: 5 منٹ", "ئوقۇش ۋاقتى: 5 مىنۇت",
    "পঢ়িবলৈ ৫ মিনিট", "5 ମିନିଟ୍ ପଢ଼ା", "5 മിനിറ്റ് വായന", "വായന സമയം: ൭ മിനിറ്റ്", "Oras ng pagbasa: 5 minuto",
    "5-minute read", "⏱ 5 min", "Оқу уақыты: 4 мин", "Lugemisaeg 6 min",
)


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_count_of_minutes_with_a_label_of_a_word_or_two_reads_as_a_reading_time(line):
    assert is_reading_time(predicate_form(line))


@pytest.mark.parametrize("line", [
    "The meeting lasted 5 minutes.", "Meeting lasted 5 minutes.", "The meeting lasted 5 minutes",
    "Die Sitzung dauerte nur 5 Minuten.", "Заседание длилось 5 минут.", "Goal: Müller 90 min",
    "Score 2-1", "2019-05-07", "Listen 12:30", "5 minutes, 3 goals", "この記事は約5分で読めます",
    "Police arrived within 5 minutes of the call",
])
def test_a_sentence_or_a_value_with_minutes_is_no_reading_time(line):
    assert not is_reading_time(predicate_form(line))


@pytest.mark.parametrize("line", ["Lesetid: 4 minutter", "Dakika 3 za kusoma", "ئوقۇش ۋاقتى: 5 مىنۇت", "5 മിനിറ്റ് വായന"])
def test_a_reading_time_above_the_story_goes_with_the_byline_and_date_beside_it(line):
    text = f"By Jane Doe\nPublished 2024-03-05\n{line}\n{STORY}"
    result = clean_text(text)
    assert result.text == STORY
    assert result.removed["reading_time"] == 1


def test_a_reading_time_below_a_lead_goes_beside_the_date_a_language_without_a_list_labels():
    """A lead above the byline stops the start's peel; the count beside the date ("Publicat el
    2024-03-05": a label of two words and a date) still goes, the date's line stays as it was."""
    lead = "A short summary of what happened at the council."
    text = f"{lead}\nPublicat el 2024-03-05\n5 min de lectura\n{STORY}"
    assert clean_text(text).text == f"{lead}\nPublicat el 2024-03-05\n{STORY}"


def test_a_count_of_minutes_between_two_paragraphs_of_the_story_stays():
    text = f"{STORY}\n5 minutes\n{STORY}"
    assert clean_text(text).text == text


def test_a_sentence_about_minutes_opening_the_text_stays():
    text = f"The meeting lasted 5 minutes.\n{STORY}"
    assert clean_text(text).text == text


def test_a_fact_sheet_of_times_above_the_story_stays():
    """A recipe's or a match's times, two counts of minutes in a row, are the story's facts: a
    template prints one reading time."""
    text = f"Prep time: 15 minutes\nCook time: 30 minutes\n{STORY}"
    assert clean_text(text).text == text


def test_the_minute_units_cover_every_script_the_cldr_writes_them_in():
    """The table (``scripts/cldr_minute_units.py``) holds each language's forms, abbreviations with
    their full stop, the unit before the number where a language writes it so, and no one-letter
    abbreviation that other words share ("m", "p")."""
    languages = json.loads(TABLE.read_text(encoding="utf-8"))["languages"]
    after = {unit for forms in languages.values() for unit in forms.get("after", ())}
    before = {unit for forms in languages.values() for unit in forms.get("before", ())}
    assert {"minutes", "minuten", "минут", "хвилин", "dakika", "دقيقة", "मिनट", "মিনিট",
            "นาที", "分钟", "분", "წუთი", "minutter", "min."} <= after
    assert {"dakika", "minti"} <= before
    assert not {"m", "p", "d"} & (after | before)
    assert {"minutes", "min"} <= set(languages["en"]["after"]) and "dakika" in languages["sw"]["before"]
    assert "CLDR" in json.loads(TABLE.read_text(encoding="utf-8"))["source"]


def test_a_count_of_minutes_beside_a_live_blogs_clock_time_stays():
    """A live ticker's minute mark beside an entry's clock time ("17:45", no day named) is the
    story's: only a date line naming a day, or a byline, makes a count of minutes the template's."""
    text = f"{STORY}\n17:45\n90 min\nThe referee ended the match after a late penalty."
    assert clean_text(text).text == text


@pytest.mark.parametrize(("line", "dated"), [
    ("Publicat el 2024-03-05", True), ("Published 5 March 2024", True), ("2024-03-05", True),
    ("17:45", False), ("Stage 3 14-04", False), ("The deadline is 2019-04-14.", False),
])
def test_a_date_line_names_a_day_in_any_language(line, dated):
    assert is_dated_line(predicate_form(line), compiled_patterns()) is dated


@pytest.mark.parametrize(("line", "language"), [
    ("5 men charged", "en"), ("12 men injured", "en-GB"), ("5 mini pizzas", "en"), ("Dak 3 lekt", "nl"),
    ("5 Tsd Euro", "de"), ("Sima 3 bora", "sw"), ("Min 3 favoriter", "sv"), ("10 mun", "en"),
])
def test_a_minute_unit_of_another_language_is_no_reading_time_in_a_text_of_known_language(line, language):
    """Read with every language's units these are counts of minutes ("men": Ligurian's and Maori's,
    "tsd": Kabyle's, "sima": Akan's, "min" before the number: Ga's); the text's own language writes
    no unit so."""
    assert is_reading_time(predicate_form(line))
    assert not is_reading_time(predicate_form(line), language)
    text = f"{line}\n{STORY}"
    assert clean_text(text, language=language).text == text


@pytest.mark.parametrize(("line", "language"), [
    ("5 min read", "en"), ("Lesedauer: 3 Min.", "de"), ("Dakika 3 za kusoma", "sw"), ("閱讀時間 5 分鐘", "zh-Hant"),
    ("Время чтения: 5 мин", "sr_Cyrl"), ("Lesetid: 4 minutter", "nn"), ("Хондан: 4 дақиқа", "tg"),
    ("5 min read", "xx"),
])
def test_a_reading_time_in_the_texts_language_goes(line, language):
    """A script's or a region's subtag reads its language's units ("zh-Hant", "sr_Cyrl"), Norwegian's
    standards one another's; a language the CLDR writes nothing but its root's "min" for (Tajik), or
    one it does not know, reads every language's."""
    assert is_reading_time(predicate_form(line), language)
    assert clean_text(f"By Jane Doe\n{line}\n{STORY}", language=language).text == STORY


@pytest.mark.parametrize(("line", "language"), [
    ("9 நிமிட வாசிப்பு", "tr"), ("זמן קריאה: 2 דקות", "ru"), ("Время чтения: 5 мин", "en"), ("5 min read", "ja"),
    ("قراءة 3 دقائق", "hi"),
])
def test_a_reading_time_in_a_script_the_texts_language_does_not_write_is_read_with_every_languages_units(
        line, language):
    """A template speaks its site's language, not its story's: a Tamil site's reading time above a
    Turkish story, a Hebrew one above a Russian story. A line whose letters are of none of the text's
    language's scripts is read with every language's units."""
    assert is_reading_time(predicate_form(line), language)
    assert clean_text(f"By Jane Doe\n{line}\n{STORY}", language=language).text == STORY


@pytest.mark.parametrize(("line", "language"), [
    ("Müller 90 min", "de"), ("Walk 5 min", "en"), ("詹姆斯30分", "zh"), ("Samatta dakika 90", "sw"),
    ("손흥민 90분", "ko"), ("Дзюба 90 мин", "ru"), ("صلاح 90 دقيقة", "ar"), ("कोहली 90 मिनट", "hi"),
    ("徒歩5分", "ja"), ("ชนาธิป 90 นาที", "th"), ("Μασούρας 90 λεπτά", "el"), ("Cottura 30 minuti", "it"),
    ("Musa minti 90", "ha"), ("Quang Hải 90 phút", "vi"), ("Szoboszlai 90 perc", "hu"),
])
def test_a_count_of_minutes_after_words_naming_whose_they_are_stays_as_the_texts_first_line(line, language):
    """Words before a count of minutes with no colon between name whose minutes they are (a player's,
    a walk's, a player's points where the unit is also a point): such a line opening the text, with
    nothing of the template beside it, is the story's (a match report's, a caption's)."""
    text = f"{line}\n{STORY}"
    assert clean_text(text, language=language).text == text


@pytest.mark.parametrize(("line", "language"), [
    ("Lecture 4 min", "fr"), ("Lesezeit 4 Min", "de"), ("읽는 시간 5분", "ko"), ("อ่าน 2 นาที", "th"),
    ("Karatun minti 4", "ha"), ("阅读时间约5分钟", "zh"),
])
def test_a_count_of_minutes_after_words_goes_among_the_templates_lines(line, language):
    """The same shape is a reading time where it stands among the template's lines: beside a byline or
    a date line, or below a line the start's peel took."""
    for text in (f"By Jane Doe\n{line}\n{STORY}", f"{line}\nBy Jane Doe\n{STORY}", f"{line}\n2024-03-05\n{STORY}"):
        result = clean_text(text, language=language)
        assert result.text == STORY, text
        assert result.removed["reading_time"] == 1


@pytest.mark.parametrize(("line", "language"), [
    ("Lesezeit: 2 Minuten", "de"), ("Tempo de leitura: 1 minuto", "pt"), ("5 min read", "en"),
    ("Dakika 3 za kusoma", "sw"), ("5분 읽기", "ko"), ("5 دقائق للقراءة", "ar"), ("⏱ 5 min", "en"),
])
def test_a_reading_time_whose_label_a_colon_sets_apart_or_follows_the_count_goes_as_the_first_line(line, language):
    """A label set apart by a colon, or standing after the count, names nothing of the story's; nor
    does a bare count: such a line opening the text goes as its reading time."""
    assert clean_text(f"{line}\n{STORY}", language=language).text == STORY


@pytest.mark.parametrize(("line", "language"), [
    ("3 min", "sw"), ("3 min kusoma", "sw"), ("Akhris 4 min", "so"), ("5 min baca", "id"), ("5 min okuma", "tr"),
    ("5 min đọc", "vi"), ("Lukuaika 4 min.", "fi"), ("4 min ukufunda", "zu"),
])
def test_the_root_locales_min_is_a_minute_unit_in_every_language(line, language):
    """The CLDR root locale's "min" (the international symbol, also with an abbreviation's full stop)
    is written on pages of any language, also where the language's own unit differs ("dakika 3")."""
    assert is_reading_time(predicate_form(line), language)
    assert clean_text(f"By Jane Doe\n{line}\n{STORY}", language=language).text == STORY


def test_a_count_of_minutes_after_words_goes_beside_a_line_learned_as_the_sites():
    """A line an earlier pass took (learned as the site's template text) beside it makes it the
    template's reading time too; without that line it opens the story and stays."""
    tagline = "Independent news since 1998"
    learned = frozenset({line_key(tagline)})
    assert clean_text(f"{tagline}\nLecture 4 min\n{STORY}", language="fr", site_lines=learned).text == STORY
    assert clean_text(f"Lecture 4 min\n{STORY}", language="fr", site_lines=learned).text == f"Lecture 4 min\n{STORY}"
