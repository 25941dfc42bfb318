"""Exact hash, MinHash and numeric anchors."""
import pytest

from newsspider.stories.fingerprints import (
    anchor_score, anchors, canonical_number, exact_hash, minhash, minhash_jaccard, numbers, shingles,
)
from newsspider.stories.normalize import normalize, tokens


@pytest.mark.parametrize("raw, want", [
    ("1,234,567", ["1234567"]), ("1.234.567", ["1234567"]), ("1 234 567", ["1234567"]),
    ("3,5", ["3.5"]), ("3.5", ["3.5"]), ("1,234.5", ["1234.5"]), ("1.234,5", ["1234.5"]),
    ("3,500", ["3500"]), ("007", ["7"]),
])
def test_canonical_number(raw, want):
    assert canonical_number(raw) == want


def test_numbers_across_scripts_and_separators():
    en = "In 2019, 1,250 people and 3.5 million dollars"
    ar = "في ٢٠١٩، ١٬٢٥٠ شخصا و٣٫٥ مليون دولار"
    hi = "२०१९ में 1,250 लोग और ३.५ मिलियन डॉलर"
    ur = "۲۰۱۹ میں ۱۲۵۰ افراد اور ۳٫۵ ملین ڈالر"
    want = {"2019", "1250", "3.5"}
    for text in (en, ar, hi, ur):
        assert anchors(normalize(text)) == want, text
    assert numbers(normalize("10 12")) == ["10", "12"]


def test_anchor_score_weights_long_numbers():
    a = frozenset({"2019", "1250", "3"})
    assert anchor_score(a, a) == 1.0
    assert anchor_score(a, frozenset()) == 0.0
    assert anchor_score(a, frozenset({"2019", "1250"})) == 1.0
    assert anchor_score(frozenset({"2019", "7"}), frozenset({"2019", "8"})) == pytest.approx(0.8)


def test_exact_hash_ignores_case_spacing_punctuation():
    assert exact_hash(tokens("Hello,  World!")) == exact_hash(tokens("hello world"))
    assert exact_hash(tokens("hello world")) != exact_hash(tokens("hello there world"))


def test_minhash_estimates_jaccard():
    words = [f"w{i}" for i in range(400)]
    a = shingles(words)
    b = shingles(words[:300] + [f"v{i}" for i in range(100)])
    true = len(set(a) & set(b)) / len(set(a) | set(b))
    assert abs(minhash_jaccard(minhash(a), minhash(b)) - true) < 0.15
    assert minhash_jaccard(minhash(a), minhash(a)) == 1.0
