"""Textual evidence that two articles are copies of one text: shared shingles of the body.

A copy is the same text, perhaps edited: it shares passages with the original, not only a topic.
So the evidence is the *containment* of the shorter body in the other: the share of its shingles
(overlapping runs of ``n`` tokens) found in the other body, counted only over shingles that are
not stock text (sentences and site chrome that recur across stories, ``stock.StockShingles``),
together with a minimum absolute number of shared shingles, so that a short text cannot match on
a phrase or two, and the *opening*: a copy begins as the original does (give or take a dateline or
a line of chrome), so the first shingles of one of the two bodies are found in the other. Two
formulaic reports that share most of their stock sentences but open with their own facts are not
copies, even before their stock sentences are learned as stock.

Shingles are word ``n``-grams, or character ``n``-grams for scripts written without spaces
(Chinese, Japanese, Thai, ...: ``normalize.tokenize`` yields one token per character there), so a
shingle spans a few words in every script. Each is a 32-bit hash of its tokens; an article keeps
the sorted set of the hashes of its first ``max_shingles`` shingles.

And the *headline* (``headline_words``, ``same_headline``), for two pages of one source: the same
article published twice by its source (at a second address, or updated) keeps its headline, while
two different articles of one source have headlines of their own; whatever those two share (a
consent notice, a paywall, a newsletter prompt) is the source's chrome, not a copy.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

from .normalize import tokens, written_in_letters_without_spaces, written_without_spaces

_MULT = np.uint64(0x9E3779B97F4A7C15)


def strip_title(title: str | None, text: str) -> str:
    """The body: ``text`` without a leading copy of ``title`` (extraction often keeps the headline)."""
    body = " ".join(text.split())
    head = " ".join((title or "").split())
    if head and body.startswith(head):
        body = body[len(head):].lstrip()
    return body


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: every input bit reaches every output bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_sequence(tokens: list[str], n: int, limit: int) -> np.ndarray:
    """uint32 hashes of the first ``limit`` ``n``-token shingles, in text order; a text shorter
    than ``n`` tokens gives one shingle of all its tokens. Stable across processes and runs."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    codes = {t: zlib.crc32(t.encode("utf-8")) for t in set(tokens)}
    tok = _mix(np.fromiter((codes[t] for t in tokens[:limit + n - 1]), dtype=np.uint64))
    n = min(n, tok.size)
    count = min(tok.size - n + 1, limit)
    acc = np.zeros(count, dtype=np.uint64)
    for j in range(n):  # order matters: multiply-then-add, wrapping modulo 2**64
        acc = acc * _MULT + tok[j:j + count]
    return (_mix(acc) >> np.uint64(32)).astype(np.uint32)


def body_shingles(title: str | None, text: str, word_n: int, char_n: int, limit: int,
                  opening: int, letters_per_word: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(sorted unique shingle hashes of the body, sorted unique hashes of its first ``opening``
    shingles): word ``word_n``-grams, or character ``char_n``-grams when most tokens are single
    characters of scripts without spaces, or, in the alphabets written without spaces (Thai, Lao,
    Khmer, Myanmar), ``word_n * letters_per_word``-grams and an opening ``letters_per_word`` times
    as long: as many words as a shingle and an opening elsewhere. The title is removed from the body."""
    return token_shingles(tokens(strip_title(title, text)), word_n, char_n, limit, opening, letters_per_word)


def body_tokens(title: str | None, text: str, title_tokens: list[str], text_tokens: list[str]) -> list[str]:
    """``tokens(strip_title(title, text))`` from the tokens of the title and of the text, where
    those give them: the story stage tokenises each article's title and text anyway.

    Why it is the same list: no token holds a whitespace character, and normalisation never joins
    characters across one (whitespace is no part of any composition), so squeezing the whitespace
    changes no token, and a text that opens with its title followed by a space has the title's
    tokens, then the body's. A title that ends inside a word of the text ("Foo", "Foobar ...")
    is cut there: that body is tokenised on its own."""
    body = " ".join(text.split())
    head = " ".join((title or "").split())
    if not head or not body.startswith(head):
        return text_tokens
    if len(body) > len(head) and body[len(head)] != " ":
        return tokens(body[len(head):].lstrip())
    return text_tokens[len(title_tokens):]


def token_shingles(toks: list[str], word_n: int, char_n: int, limit: int, opening: int,
                   letters_per_word: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """:func:`body_shingles` of the body's tokens (``normalize.tokens`` of the body)."""
    n = word_n
    if written_without_spaces(toks):  # a spaced text's tokens are read once, not twice
        if written_in_letters_without_spaces(toks):
            n, opening = word_n * letters_per_word, opening * letters_per_word
        else:
            n = char_n
    sequence = shingle_sequence(toks, n, limit)
    return np.unique(sequence), np.unique(sequence[:opening])


HEADLINE_KEY_CHARS = 5
"""A headline word's first letters that are its key: an edited headline respelt ("equaliser",
"equalizer") or inflected keeps its words' keys."""


def headline_words(title: str | None) -> np.ndarray:
    """Sorted unique uint32 hashes of the keys of a headline's words (``normalize.tokenize``; the
    first ``HEADLINE_KEY_CHARS`` letters), or of its character pairs where most tokens are single
    characters (Chinese, Japanese, Thai, ...: one character is part of too many words). Figures
    are left out: an updated headline gives the new count. Empty without a title."""
    return headline_keys(tokens(title or ""))


def headline_keys(title_tokens: list[str]) -> np.ndarray:
    """:func:`headline_words` of a headline's tokens (``normalize.tokens`` of the title)."""
    toks = [t for t in title_tokens if not t.isdigit()]
    if written_without_spaces(toks):
        keys = [a + b for a, b in zip(toks, toks[1:], strict=False)] or toks
    else:
        keys = [t[:HEADLINE_KEY_CHARS] for t in toks]
    return np.unique(np.fromiter((zlib.crc32(k.encode("utf-8")) for k in keys), dtype=np.uint32, count=len(keys)))


def same_headline(a: np.ndarray, b: np.ndarray, min_share: float) -> bool:
    """Whether two headlines (``headline_words``) are one, perhaps edited: at least ``min_share``
    of the words of the one with fewer are in the other."""
    smaller, other = (a, b) if a.size <= b.size else (b, a)
    return bool(smaller.size) and float(sorted_isin(smaller, other).mean()) >= min_share


@dataclass(frozen=True)
class Containment:
    """How much of the shorter body the other one contains, over informative (non-stock) shingles."""

    shared: int       # informative shingles in both
    smaller: int      # informative shingles of the body with fewer of them
    raw_shared: int   # shingles in both, stock included

    @property
    def share(self) -> float:
        """Shared over the smaller body's informative shingles, 0-1 (0 when it has none)."""
        return self.shared / self.smaller if self.smaller else 0.0


def sorted_isin(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.isin(a, b)`` for a sorted ``b`` (shingle sets are): one binary search per value of
    ``a`` instead of ``np.isin``'s sort of both arrays, which costs several times more on the
    detector's arrays of tens to hundreds of values, compared a few hundred times per article.
    A value past the end of ``b`` is compared with its last one, which is smaller: not found. (The
    array's own method and a clipping ufunc: numpy's dispatch and a masked assignment cost a third
    of the call on these sizes.)"""
    if not b.size:
        return np.zeros(a.shape, dtype=bool)
    at = b.searchsorted(a)
    np.minimum(at, b.size - 1, out=at)
    return b[at] == a


def found_share(found: np.ndarray, stock: np.ndarray | None = None) -> float:
    """Share of a (non-empty) opening's shingles found in the other body (``found``:
    ``sorted_isin(opening, other)``), over its informative shingles (``stock`` masks the opening's
    stock shingles; all of them count when every one is stock)."""
    if stock is not None and not stock.all():
        found, total = found[~stock], int(np.count_nonzero(~stock))
    else:
        total = found.size
    return int(np.count_nonzero(found)) / total


def containment(a: np.ndarray, b: np.ndarray, stock_a: np.ndarray | None = None,
                stock_b: np.ndarray | None = None, in_b: np.ndarray | None = None) -> Containment:
    """Containment of two sorted unique shingle sets; ``stock_a``/``stock_b`` are boolean masks of
    the shingles that are stock text (they count neither as shared nor in the denominators);
    ``in_b`` is ``sorted_isin(a, b)`` when the caller has it already."""
    in_b = sorted_isin(a, b) if in_b is None else in_b
    raw = int(np.count_nonzero(in_b))
    if stock_a is None or stock_b is None:
        return Containment(raw, min(a.size, b.size), raw)
    informative_a, informative_b = a.size - int(np.count_nonzero(stock_a)), b.size - int(np.count_nonzero(stock_b))
    stock_shared = sorted_isin(a[in_b], b[stock_b]) | stock_a[in_b]
    shared = raw - int(np.count_nonzero(stock_shared))
    return Containment(shared, min(informative_a, informative_b), raw)
