"""Normalisation and text-simhash guards (combining marks, NumPy-2 weight overflow)."""
import random
import re
import sys
import unicodedata
from collections import Counter

import numpy as np
import pytest
from simhash import Simhash

from newsspider.stories.fingerprints import safe_weight, shingles, text_simhash
from newsspider.stories.normalize import (
    _bmp_token_re,
    _token_re,
    normalize,
    tokenize,
    tokens,
)
from newsspider.unicode_classes import _digit_table, unify_digits

HINDI = "इराक और सीरिया में अमेरिकी नेतृत्व वाले गठबंधन के ठिकानों पर गुरुवार और शुक्रवार को कई रॉकेट दागे गए।"


def _letters(s: str) -> int:
    return sum(1 for c in s if unicodedata.category(c)[0] in "LM")


def test_tokenizer_keeps_combining_marks():
    toks = tokens(HINDI)
    assert "नेतृत्व" in toks and "ठिकानों" in toks
    assert _letters("".join(toks)) == _letters(HINDI)
    # the simhash package's default regex loses the marks: the reason we tokenise ourselves
    kept = "".join(re.findall(r"[\w\u4e00-\u9fcc]+", HINDI.lower()))
    assert _letters(kept) < 0.75 * _letters(HINDI)


def test_digits_unified_across_scripts():
    assert unify_digits("٢٠١٩ ۲۰۱۹ २०१९ ২০১৯ 2019") == "2019 2019 2019 2019 2019"
    assert normalize("ＡＢＣ ١٢") == "abc 12"


def test_cjk_is_tokenised_per_character():
    assert tokenize(normalize("威尔士议会 AM 议员")) == ["威", "尔", "士", "议", "会", "am", "议", "员"]


def test_large_weights_overflow_upstream_but_not_here():
    feats = {"a b c": 300, "b c d": 1}
    with pytest.raises(OverflowError):  # simhash 2.1.2 + NumPy 2 (upstream issue #74)
        Simhash(feats)
    value = text_simhash(Counter(feats))
    assert 0 <= value < 1 << 64
    assert safe_weight(300) == Simhash.large_weight_cutoff and safe_weight(0) == 1


def test_weights_between_cutoff_and_255_are_not_wrapped():
    # upstream silently wraps uint8 for 51..255; clamped weights keep the majority right
    heavy = Counter({f"x{i}": 1 for i in range(30)})
    heavy["dominant"] = 200
    assert text_simhash(heavy) == Simhash({**heavy, "dominant": Simhash.large_weight_cutoff}).value


def test_simhash_of_nothing_is_zero_and_repeats_are_stable():
    assert text_simhash(Counter()) == 0
    sh = shingles(tokens(HINDI))
    assert text_simhash(sh) == text_simhash(sh)
    assert isinstance(np.uint64(text_simhash(sh)), np.uint64)


def _bmp_pool() -> str:
    """Characters at the edges of the tokenizer's classes: marks, joiners, punctuation inside the
    per-character scripts (Katakana middle dot, Thai and Myanmar punctuation), letters of many scripts."""
    return ("aZ09_ -.,'’\u00a0\u200c\u200d\u0301\u093f\u094d\u0e31\u0e4f\u104a\u17d4\u30fb\u3099"
            "éßمرحباनमस्तेабв中文かなカナไทยကခកខ한국")


@pytest.mark.parametrize("seed", range(30))
def test_fast_tokenizer_gives_the_defined_tokens(seed):
    rng = random.Random(seed)
    pool = _bmp_pool()
    text = "".join(rng.choice(pool) if rng.random() < 0.8 else chr(rng.randrange(0x10000)) for _ in range(400))
    assert tokenize(text) == _token_re().findall(text)


def test_fast_tokenizer_agrees_on_every_bmp_character():
    pattern, definition = _bmp_token_re(), _token_re()
    for cp in range(0x10000):
        for s in (chr(cp), f"a{chr(cp)}b", f"中{chr(cp)}\u0301"):
            assert pattern.findall(s) == definition.findall(s), hex(cp)


def test_astral_marks_stay_in_their_token():
    brahmi = "\U00011013\U00011038"  # KA + vowel sign AA (Mc)
    assert tokenize(f"{brahmi} x\U00020000y") == [brahmi, "x", "\U00020000", "y"]


def test_every_decimal_digit_is_unified_and_nothing_else():
    table = _digit_table()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert unify_digits(c) == c.translate(table), hex(cp)


@pytest.mark.parametrize(("drawn", "typed"), [
    ("\u0645\u06cc\u200c\u0634\u0648\u062f \u0627\u0633\u062a\u0627\u0646\u200c\u0647\u0627",
     "\u0645\u06cc\u0634\u0648\u062f \u0627\u0633\u062a\u0627\u0646\u0647\u0627"),  # Persian: ZWNJ
    ("\u0db4\u0dca\u200d\u0dbb\u0dc0\u0dcf\u0dc4\u0db1", "\u0db4\u0dca\u0dbb\u0dc0\u0dcf\u0dc4\u0db1"),  # Sinhala: ZWJ (yansaya)
    ("\u0643\u062a\u0640\u0640\u0627\u0628", "\u0643\u062a\u0627\u0628"),  # Arabic: tatweel
    ("Bundes\u00adtag", "Bundestag"),  # soft hyphen
])
def test_characters_that_only_change_drawing_do_not_split_words(drawn, typed):
    """A copy whose format characters a system stripped has the original's tokens."""
    assert tokens(drawn) == tokens(typed)
    assert len(tokens(drawn)) == len(typed.split())


def test_cyrillic_yo_reads_as_ye():
    """Russian print writes the dots of "ё" or leaves them out; a copy is the same text either way."""
    assert tokens("Всё её ЁЛКИ") == tokens("Все ее ЕЛКИ")
