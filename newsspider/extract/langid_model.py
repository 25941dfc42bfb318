"""py3langid's language model, scored as ``LanguageIdentifier.classify`` scores it (with
``norm_probs``), with the text's n-grams found by numpy.

py3langid finds a text's byte n-grams with an automaton walked byte by byte in Python: the lookups
land at random in a 39 MB table, and after trafilatura's passes the table is out of the CPU's
caches, so the walk costs about half a millisecond a page. The automaton's state after a byte
depends on the last :data:`AUTOMATON_MEMORY` bytes only (after that many bytes it is in the same
state whatever state it started in: ``tests/test_langid_model.py`` checks the shipped model), so
the state at every position is found by walking that many bytes from the start state, all
positions at once: numpy issues the table's lookups together rather than one after the other.
The features are then weighed in the order py3langid weighs them (of their first occurrence), so
the probabilities are the same to the last bit. The weights are held as float32 (28 MB more than
py3langid's float16).
"""
from __future__ import annotations

import io
import lzma
import math
import unicodedata
from collections import Counter

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

AUTOMATON_MEMORY = 6
"""Bytes the n-gram automaton of py3langid's shipped model remembers (its longest n-gram)."""


class LanguageModel:
    """py3langid's shipped model: :meth:`classify` gives what its ``classify`` gives."""

    def __init__(self, next_state: np.ndarray, rows: np.ndarray, features: np.ndarray, weights: np.ndarray,
                 prior: np.ndarray, labels: list[str]) -> None:
        self.next_state = np.asarray(next_state, dtype=np.uint32)         # stored as uint16 or uint32
        self.row_start = np.asarray(rows, dtype=np.int64) << 8            # a state's row in next_state
        self.feature = np.asarray(features, dtype=np.int64)               # the n-gram a state completes, or -1
        # float32 once: py3langid keeps the weights as float16 and numpy widens the rows it gathers
        # for each text (most of the scoring's time). The widening is exact: the sums are the same.
        self.weights = np.asarray(weights).astype(np.float32)
        self.prior = np.asarray(prior)
        self.labels = labels
        first: dict[str, int] = {}
        self.aliases = [(first[label], i) for i, label in enumerate(self.labels)  # a label's other columns
                        if first.setdefault(label, i) != i]

    @classmethod
    def from_identifier(cls, identifier: LanguageIdentifier) -> LanguageModel:
        """The model a py3langid identifier holds."""
        return cls(identifier.tk_nextmove, identifier.tk_row, identifier.tk_output, identifier.nb_ptc,
                   identifier.nb_pc, list(identifier.nb_classes))

    @classmethod
    def shipped(cls) -> LanguageModel:
        """The model py3langid ships: its file (an LZMA-compressed npz, the layout py3langid's
        ``modelio`` writes) decompressed in memory and its arrays taken as they are. Why not
        py3langid's loader: it streams the file through a temporary file and turns the arrays
        into lists and ``array`` objects, which would be turned back here: 0.55 s of CPU in each
        crawl's workers' zygote, against 0.35 (the decompression). The arrays are built once the
        file's 68 MB are let go: the weights' float32 copy then does not add to them (a peak of
        140 MB of memory, py3langid's loader's 130, not 190)."""
        with np.load(io.BytesIO(lzma.decompress((MODEL_DIR / MODEL_FILE).read_bytes())), allow_pickle=False) as data:
            next_state, rows, features, weights, prior = (data[name] for name in (
                "nextmove", "nextmove_row", "out_feat", "ptc", "pc"))
            labels = data["classes"].tolist()
        return cls(next_state, rows, features, weights, prior, labels)

    def classify(self, text: str) -> tuple[str, float]:
        """The most probable language of ``text`` and its probability."""
        scores = self.probabilities(text)
        best = int(scores.argmax())
        return self.labels[best], float(scores[best])

    def probabilities(self, text: str) -> np.ndarray:
        """The probability of each of :attr:`labels` for ``text`` (a label's other columns 0)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
        scores = self._scores(data)
        scores *= 1.0 / math.sqrt(len(data) or 1)  # py3langid's temperature: calibrated across lengths
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for first, other in self.aliases:
            scores[first] += scores[other]
            scores[other] = 0.0
        return scores

    def _scores(self, data: bytes) -> np.ndarray:
        """Naive Bayes log-scores of the n-grams ``data`` holds, each weighed by the log of its count."""
        features = self.feature[self._states(data)]
        visits = Counter(features[features >= 0].tolist())  # in the order met: py3langid sums them so
        if not visits:
            return np.zeros(len(self.labels), dtype=np.float32)
        found = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        return np.log1p(counts) @ self.weights[found] + self.prior

    def _states(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte: the walk from the start state over the last
        ``AUTOMATON_MEMORY`` bytes up to it (over all of them near the start of the text)."""
        letters = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        states = np.zeros(len(letters), dtype=np.int64)
        for back in range(min(AUTOMATON_MEMORY, len(letters)) - 1, -1, -1):
            # position i reads the byte `back` before it; positions before `back` have not started
            states[back:] = self.next_state[self.row_start[states[back:]] + letters[:len(letters) - back]]
        return states
