"""Text normalisation shared by every story fingerprint.

Why not the `simhash` package's own tokenizer: its default regex ``[\\w\\u4e00-\\u9fcc]+``
drops combining marks (Unicode categories Mn/Mc), which are ordinary letters in Indic and
other scripts: 38.7% of the letters of a Hindi article vanish before hashing. We tokenise
here, keeping marks, and hand ready-made features to ``simhash.Simhash``.
"""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable

from newsspider.unicode_classes import (
    HIDDEN_MARKS,
    UNSPACED_ALPHABET_RANGES,
    UNSPACED_RANGES,
    char_class,
    unify_digits,
)


def _runs(codepoints: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending code points as inclusive ranges."""
    ranges: list[tuple[int, int]] = []
    for cp in codepoints:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


@functools.lru_cache(maxsize=1)
def _mark_ranges() -> tuple[tuple[int, int], ...]:
    """Code point ranges of categories Mn and Mc (computed once per process)."""
    return tuple(_runs(cp for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) in ("Mn", "Mc")))


def _char_class() -> str:
    """Scripts written without spaces: every character is a token (shingles then cover words).
    Chinese and Japanese characters are words or parts of words; those of the alphabets
    (``UNSPACED_ALPHABET_RANGES``) are letters and marks, several a word."""
    return char_class(list(UNSPACED_RANGES))


@functools.lru_cache(maxsize=1)
def _run_char() -> str:
    """One character of a multi-character token: a word character or a mark, outside the
    char-token scripts."""
    return f"(?![{_char_class()}])[\\w{char_class(_mark_ranges())}]"


@functools.lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    """The tokenizer's definition, for any text: a char-token script character alone, or a run."""
    return re.compile(f"[{_char_class()}]|(?:{_run_char()})+")


@functools.lru_cache(maxsize=1)
def _bmp_token_re() -> re.Pattern[str]:
    """The same tokens as :func:`_token_re` for text without characters beyond U+FFFF, 4x faster.

    Why: ``re`` compiles the BMP part of a character class into one table lookup but tests the
    110 astral ranges of the marks one by one, for every space and punctuation character. Here
    the run class lists its BMP members explicitly (found with the definition itself), so the
    lookahead is not needed either.
    """
    bmp = "".join(map(chr, range(0x10000)))
    in_run = _runs(m.start() for m in re.finditer(_run_char(), bmp))
    per_char = [(a, min(b, 0xFFFF)) for a, b in UNSPACED_RANGES if a <= 0xFFFF]
    return re.compile(f"[{char_class(per_char)}]|[{char_class(in_run)}]+")


_ASTRAL_RE = re.compile("[\U00010000-\U0010FFFF]")


def warm_up() -> None:
    """Build the tokenizer's patterns now (about 0.1 s of CPU: every code point's category is
    looked up): in the workers' zygote, once for all of them, not in each worker's first batch
    (newsspider.worker_process)."""
    _token_re()
    _bmp_token_re()


DRAWING_ONLY = HIDDEN_MARKS + "\u200c\u200d\u0640"
"""Characters that change how a word is drawn, not which word it is: the hidden marks (soft hyphen,
word joiner, byte-order mark), the zero-width non-joiner and joiner (Persian "می‌شود" is typed
with and without one; Sinhala "්‍ර" conjuncts, Indic half forms), and the Arabic tatweel that
stretches a word to justify a line. Many systems strip the format characters from the text they
pass on, so a copy must not lose the words around them: left in, each splits a word in two."""
_DRAWING_ONLY_RE = re.compile(f"[{re.escape(DRAWING_ONLY)}]+")


def normalize(text: str) -> str:
    """NFKC, case-fold, unify digits, drop the characters that only change how a word is drawn
    (:data:`DRAWING_ONLY`) and write Cyrillic "ё" as "е": the form every fingerprint is computed from.

    Why "ё": Russian print makes its dots optional, and outlets differ ("всё", "все"; "её", "ее"),
    so a copy re-set by another desk would lose every shingle around each one; read as "е" by both
    it costs nothing (no word is told from another by its dots alone in a copy of one text)."""
    text = unify_digits(unicodedata.normalize("NFKC", text).casefold()).replace("\u0451", "\u0435")
    # a scan per character (memchr-fast) before the regex: most texts have none (50 us per 4 KB saved)
    return _DRAWING_ONLY_RE.sub("", text) if any(c in text for c in DRAWING_ONLY) else text


def tokenize(normalized: str) -> list[str]:
    """Word tokens of already-normalised text, keeping combining marks.

    Scripts without spaces (CJK, Thai, ...) yield one token per character.
    """
    pattern = _token_re() if _ASTRAL_RE.search(normalized) else _bmp_token_re()
    return pattern.findall(normalized)


@functools.lru_cache(maxsize=1)
def _char_token_re() -> re.Pattern[str]:
    return re.compile(f"[{_char_class()}]")


def char_token_share(toks: list[str]) -> float:
    """Share of the tokens that are single characters of a script written without spaces."""
    return _single_character_share(toks, _char_token_re())


def _single_character_share(toks: list[str], script: re.Pattern[str]) -> float:
    """Share of the tokens that are one character ``script`` matches."""
    if not toks:
        return 0.0
    match = script.fullmatch
    return sum(1 for t in toks if len(t) == 1 and match(t)) / len(toks)


def written_without_spaces(toks: list[str]) -> bool:
    """Whether most tokens are single characters of a script written without spaces (Chinese,
    Japanese, Thai, ...): shingles and headline keys are then taken over characters, not words."""
    return char_token_share(toks) > 0.5


@functools.lru_cache(maxsize=1)
def _letter_token_re() -> re.Pattern[str]:
    return re.compile(f"[{char_class(list(UNSPACED_ALPHABET_RANGES))}]")


def written_in_letters_without_spaces(toks: list[str]) -> bool:
    """Whether most tokens are single characters of an alphabet written without spaces (Thai, Lao,
    Khmer, Myanmar): a character there is a letter or a mark, not a word or a syllable as in
    Chinese and Japanese, so a shingle of a few characters is a fraction of one word. Such a text
    is also :func:`written_without_spaces` (those alphabets are among its scripts)."""
    return _single_character_share(toks, _letter_token_re()) > 0.5


def tokens(text: str) -> list[str]:
    """normalize + tokenize."""
    return tokenize(normalize(text))
