"""The character classes of newsspider.unicode_classes."""
import sys
import unicodedata

import pytest

from newsspider.unicode_classes import (
    FULL_STOPS,
    HAND_ADDED_TERMINATORS,
    NOT_SENTENCE_ENDS,
    PHRASE_MARKS,
    QUESTION_AND_EXCLAMATION_MARKS,
    SENTENCE_TERMINATORS,
    UNSPACED_ALPHABET_RANGES,
    UNSPACED_RANGES,
    UNSPACED_TERMINATORS,
    WIDE_TERMINATORS,
    alnum_only,
    alnum_only_is,
    end_says_nothing,
    ends_sentence,
    is_cased,
    is_unspaced,
)


def test_is_unspaced_is_the_ranges_test_at_every_boundary() -> None:
    """The early answer for characters below the first unspaced script changes no answer: each
    range's ends and their neighbours, and characters of spaced scripts, read as the ranges say."""
    points = {0, 0x41, 0x430, 0x915, 0xAC00} | {p + d for low, high in UNSPACED_RANGES for p in (low, high) for d in (-1, 0, 1)}
    for point in sorted(points):
        expected = any(low <= point <= high for low, high in UNSPACED_RANGES)
        assert is_unspaced(chr(point)) is expected, hex(point)


def test_is_unspaced_reads_thai_and_chinese_not_latin_or_hindi() -> None:
    assert is_unspaced("ก") and is_unspaced("中") and is_unspaced("ア")
    assert not is_unspaced("a") and not is_unspaced("ж") and not is_unspaced("क") and not is_unspaced("한")


@pytest.mark.parametrize(("letter", "unspaced"), [
    ("ᨠ", True), ("ᦀ", True), ("ꪀ", True), ("𑜀", True),  # Tai Tham, New Tai Lue, Tai Viet, Ahom (UAX #14 class SA)
    ("ꦗ", True), ("ᬩ", True),  # Javanese, Balinese
    ("ᮞ", False),  # Sundanese parts its words with spaces
])
def test_is_unspaced_reads_the_scripts_written_without_word_spaces_beyond_thai_lao_khmer_myanmar(
        letter: str, unspaced: bool) -> None:
    assert is_unspaced(letter) == unspaced


@pytest.mark.parametrize("text", ["Mvua kubwa inakuja‼️", "Nini kimetokea⁉️", "Ayo padha waspada‼️»", "Really?\ufe0e",
                                  "中国经济增长放缓。\ufe00", "日本代表が勝った！\ufe01"])
def test_ends_sentence_reads_a_mark_drawn_as_an_emoji(text: str) -> None:
    """A variation selector after the mark (an emoji or text presentation, U+FE0F and U+FE0E; a
    CJK mark's position in its cell, U+FE00 and U+FE01) says how to draw it, not what it is."""
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["Tunawapenda ❤️", "Nambari 1️⃣", "Hakimiliki ©️", "Alama ®️", "Soma zaidi ▶️",
                                  "Imethibitishwa ✔️", "Jua ☀\ufe0e", "\ufe0f"])
def test_ends_sentence_reads_no_end_in_a_symbol_drawn_as_an_emoji(text: str) -> None:
    """A presentation selector after a heart, a keycap, a copyright sign or an arrow draws a symbol,
    no sentence's mark: read past, it leaves that symbol, which ends nothing."""
    assert not ends_sentence(text)


@pytest.mark.parametrize("text", [
    "قال المتحدث إن الاجتماع سيعقد غداً.\u200f",
    "گفت که جلسه فردا برگزار می\u200cشود.\u200f ",
    "אמר הדובר כי הפגישה תתקיים מחר.\u200e",
    "«قال المتحدث: سيعقد الاجتماع غداً.»\u061c",
])
def test_ends_sentence_reads_past_direction_marks_after_the_mark(text: str) -> None:
    """A right-to-left page sets an invisible direction mark after its punctuation: it ends nothing."""
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["تابعونا على\u200f", "\u200f", "Read more\u200e"])
def test_ends_sentence_finds_no_end_in_a_direction_mark_alone(text: str) -> None:
    assert not ends_sentence(text)


def test_the_unspaced_alphabets_hold_every_character_of_line_break_class_sa() -> None:
    """``UNSPACED_ALPHABET_RANGES`` covers UAX #14's class SA (complex context: words found by a
    dictionary, not by spaces), as ``regex`` reads ``\\p{Line_Break=SA}``, over the characters
    Python's own Unicode assigns."""
    import regex  # htmldate's dateparser installs it

    complex_context = regex.compile(r"\p{Line_Break=SA}")
    missing = [hex(point) for point in range(sys.maxunicode + 1)
               if unicodedata.category(chr(point)) != "Cn" and complex_context.match(chr(point))
               and not any(low <= point <= high for low, high in UNSPACED_ALPHABET_RANGES)]
    assert not missing


@pytest.mark.parametrize(("character", "cased"), [
    ("a", True), ("Ж", True), ("ω", True), ("ա", True), ("ა", True),  # Latin, Cyrillic, Greek, Armenian, Georgian
    ("ก", False), ("中", False), ("क", False), ("ع", False), ("3", False), ("", False),
])
def test_is_cased_tells_a_letter_of_a_script_with_cases(character: str, cased: bool) -> None:
    assert is_cased(character) is cased


def test_sentence_terminators_are_unicodes_sentence_terminal_but_the_named_exceptions() -> None:
    """The shipped marks are Unicode's ``Sentence_Terminal`` property, read by ``regex``, less
    ``NOT_SENTENCE_ENDS`` and plus ``HAND_ADDED_TERMINATORS``, over the characters Python's own Unicode
    assigns (a later ``regex`` may know later marks: they are no failure of this table until Python knows them too)."""
    import regex  # htmldate's dateparser installs it

    terminal = regex.compile(r"\p{Sentence_Terminal}")
    assigned = [chr(point) for point in range(sys.maxunicode + 1) if unicodedata.category(chr(point)) != "Cn"]
    unicode_marks = {character for character in assigned if terminal.match(character)}
    shipped = set(SENTENCE_TERMINATORS)
    assert set(NOT_SENTENCE_ENDS) <= unicode_marks
    assert not set(HAND_ADDED_TERMINATORS) & unicode_marks
    assert shipped & set(assigned) == (unicode_marks - set(NOT_SENTENCE_ENDS)) | set(HAND_ADDED_TERMINATORS)
    assert len(SENTENCE_TERMINATORS) == len(shipped)


def test_every_mark_class_is_among_the_sentence_terminators() -> None:
    marks = set(SENTENCE_TERMINATORS)
    for subset in (WIDE_TERMINATORS, UNSPACED_TERMINATORS, QUESTION_AND_EXCLAMATION_MARKS, PHRASE_MARKS):
        assert set(subset) <= marks, subset
    assert set(FULL_STOPS) == marks - set(QUESTION_AND_EXCLAMATION_MARKS)


@pytest.mark.parametrize("text", [
    "ꯃꯅꯤꯄꯨꯔꯗ ꯅꯨꯡꯁꯤꯕ ꯂꯩꯔꯤ꯫",  # Meetei Mayek cheikhei
    "ᱥᱟᱱᱛᱟᱲ ᱯᱟᱹᱨᱥᱤ ᱨᱮ ᱚᱞ ᱠᱟᱱᱟ᱾",  # Ol Chiki mucaad
    "ߒ ߓߊ߯ ߛߎ߲߬ ߠߊ߫߹",  # N'Ko exclamation mark
    "ܫܠܡܐ ܥܠܝܟܘܢ܀",  # Syriac end of paragraph
    "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ᙮",  # Canadian syllabics full stop
    "ꦱꦸꦒꦼꦁ ꦲꦺꦚ꧉",  # Javanese pada lungsi
    "We won‼", "Really⁉", "什么︖",
])
def test_ends_sentence_reads_every_scripts_own_mark(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["ကျောင်းသား၊", "Chapter 1 \u2024", "Read more:"])
def test_ends_sentence_not_at_a_comma_like_or_leader_mark(text: str) -> None:
    """The Myanmar little section is Burmese's comma; the one dot leader is a leader's dot."""
    assert not ends_sentence(text)


@pytest.mark.parametrize("mark", ["‼", "⁉", "⁈", "⁇", "‽", "⸮", "︕", "︖", "﹖", "﹗", "߹", "꫱", "\U00011143"])
def test_question_and_exclamation_variants_are_no_full_stops(mark: str) -> None:
    assert mark in QUESTION_AND_EXCLAMATION_MARKS and mark not in FULL_STOPS


@pytest.mark.parametrize("mark", ["︒", "﹒", "︕", "︖", "﹖", "﹗"])
def test_vertical_and_small_cjk_forms_need_no_space_after_them(mark: str) -> None:
    assert mark in UNSPACED_TERMINATORS


@pytest.mark.parametrize("text", ["ꦲꦤ꧀ꦠꦸꦏ꧀꧈", "ᬧᬸᬭᬶ᭞"])
def test_javanese_and_balinese_clause_marks_end_a_sentence_that_says_nothing(text: str) -> None:
    """The pada lingsa and the carik siki end a clause as often as a sentence: like the Tibetan shad."""
    assert ends_sentence(text) and end_says_nothing(text)


def test_the_brahmic_mark_class_holds_every_vowel_sign_of_those_scripts_and_no_punctuation():
    import re

    from newsspider.unicode_classes import BRAHMIC_MARK_CLASS, BRAHMIC_RANGES
    marks = re.compile(f"[{BRAHMIC_MARK_CLASS}]")
    for low, high in BRAHMIC_RANGES:
        for cp in range(low, high + 1):
            assert (marks.match(chr(cp)) is not None) == unicodedata.category(chr(cp)).startswith("M"), hex(cp)
    assert all(marks.match(sign) for sign in "ꦶꦺꦸ\u1a6e\u0e34\u093f")  # Javanese, Tai Tham, Thai, Devanagari
    assert not any(marks.match(mark) for mark in "।꧈\u0301")  # the danda, a Javanese pada, a Latin accent


def test_clause_marks_are_unicodes_commas_and_semicolons() -> None:
    """CLAUSE_MARKS is every punctuation character (Po) Unicode names a comma or a semicolon."""
    import sys
    import unicodedata

    from newsspider.unicode_classes import CLAUSE_MARKS

    derived = {chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Po"
               and ("COMMA" in unicodedata.name(chr(code), "") or "SEMICOLON" in unicodedata.name(chr(code), ""))}
    assert set(CLAUSE_MARKS) == derived


def test_label_colons_are_every_scripts_colon() -> None:
    """LABEL_COLONS is every punctuation character (Po) Unicode names a colon (not a semicolon), and Khmer's colon."""
    import sys
    import unicodedata

    from newsspider.unicode_classes import LABEL_COLONS

    derived = {chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Po"
               and "COLON" in unicodedata.name(chr(code), "") and "SEMICOLON" not in unicodedata.name(chr(code), "")}
    assert set(LABEL_COLONS) == derived | {"\u17d6"}


def test_alnum_only_is_str_isalnum_filtered_at_every_code_point() -> None:
    """alnum_only (the C path alnum_only_is ends in) keeps what ``filter(str.isalnum, ...)`` keeps,
    character for character, in and outside ASCII."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert alnum_only(every) == "".join(filter(str.isalnum, every))
    ascii_only = every[:128]
    assert alnum_only(ascii_only) == "".join(filter(str.isalnum, ascii_only))


@pytest.mark.parametrize(("text", "key"), [
    ("", ""), ("  ,;  ", ""), ("a", ""), ("", "a"), ("--", "a"),
    ("Hello, world!", "Helloworld"), ("Hello, world!", "Hello"), ("Hello", "Helloworld"),
    ("Hello, world!", "hElloworld"), ("Hello, world!", "Jelloworld"), ("snake_case", "snakecase"),
    ("München 2024", "München2024"), ("Muenchen", "München"), ("١٢٣ خبر", "١٢٣خبر"),
    ("été", "été"), ("été", "eté"), ("東京 — 大阪", "東京大阪"),
    ("Ⅻ ½ ²", "Ⅻ½²"), ("Москва, 14:20", "Москва1420"), ("Москва, 14:20", "Москва142"),
])
def test_alnum_only_is_answers_as_comparing_all_letters(text: str, key: str) -> None:
    """Whatever letter the two part at (the first, a later one, none: one runs out first), with
    underscores, combining marks, other scripts' digits and numbers that are no digits."""
    assert alnum_only_is(text, key) is ("".join(filter(str.isalnum, text)) == key)
