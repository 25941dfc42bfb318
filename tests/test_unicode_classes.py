"""The character classes of newsspider.unicode_classes."""
import pytest

from newsspider.unicode_classes import UNSPACED_RANGES, is_cased, is_unspaced


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


@pytest.mark.parametrize(("character", "cased"), [
    ("a", True), ("Ж", True), ("ω", True), ("ա", True), ("ა", True),  # Latin, Cyrillic, Greek, Armenian, Georgian
    ("ก", False), ("中", False), ("क", False), ("ع", False), ("3", False), ("", False),
])
def test_is_cased_tells_a_letter_of_a_script_with_cases(character: str, cased: bool) -> None:
    assert is_cased(character) is cased
