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

The shipped file is LZMA-compressed: decompressing it and widening the weights costs 0.55 s of CPU
in each crawl's workers' zygote. The arrays as scored are kept in the user's cache directory
(:func:`cache_root`), one ``.npy`` file each, and memory-mapped from there (the workers forked
from the zygote share the pages the kernel caches); a cache that cannot be written or read is
left, and the model loaded from the shipped file. An entry is marked used at each load; entries of
other py3langid versions (and staging copies a killed writer left) unused for
:data:`STALE_CACHE_DAYS` are removed when a new entry is written, so upgrades do not pile up
96 MB copies.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import lzma
import math
import os
import shutil
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

logger = logging.getLogger(__name__)

AUTOMATON_MEMORY = 6
"""Bytes the n-gram automaton of py3langid's shipped model remembers (its longest n-gram)."""
CACHE_FORMAT = 1
"""The cached arrays' layout (:data:`CACHED_ARRAYS`, their dtypes): a change names a new entry."""
CACHED_ARRAYS = ("next_state", "row_start", "feature", "weights", "prior", "labels")
STALE_CACHE_DAYS = 30
"""Days unused after which another model version's cached entry is removed (when one is written)."""
CACHE_PREFIX = "langid-"


def cache_root() -> Path:
    """Where the model's arrays are cached: ``$XDG_CACHE_HOME/newsspider`` (``~/.cache/newsspider``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsspider"


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
        self._label(labels)

    def _label(self, labels: list[str]) -> None:
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
    def shipped(cls, cache: Path | None = None) -> LanguageModel:
        """The model py3langid ships, memory-mapped from its arrays cached under ``cache``
        (default :func:`cache_root`), which are written from the shipped file when missing or
        unreadable. The entry is named by the file's hash and :data:`CACHE_FORMAT`."""
        source = (MODEL_DIR / MODEL_FILE).read_bytes()
        entry = (cache or cache_root()) / f"{CACHE_PREFIX}{hashlib.sha256(source).hexdigest()[:32]}-v{CACHE_FORMAT}"
        try:
            model = cls._cached(entry)
        except (OSError, ValueError, EOFError) as error:  # missing; or a truncated, foreign or partial entry
            if entry.exists():
                logger.info("Language model cache %s unreadable (%s): written anew", entry, error)
                shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):  # a read-only cache still serves
                os.utime(entry)  # used: not stale for another version's writer
            return model
        model = cls.decompressed(source)
        try:
            model._write(entry)
        except OSError as error:
            logger.info("Language model not cached in %s (%s): loaded from py3langid's file at each start",
                        entry, error)
        else:
            remove_stale_entries(entry)
        return model

    @classmethod
    def decompressed(cls, source: bytes) -> LanguageModel:
        """The model in ``source`` (py3langid's shipped file: an LZMA-compressed npz, the layout
        py3langid's ``modelio`` writes) decompressed in memory and its arrays taken as they are.
        Why not py3langid's loader: it streams the file through a temporary file and turns the
        arrays into lists and ``array`` objects, which would be turned back here. The arrays are
        built once the file's 68 MB are let go: the weights' float32 copy then does not add to
        them (a peak of 140 MB of memory, py3langid's loader's 130, not 190)."""
        with np.load(io.BytesIO(lzma.decompress(source)), allow_pickle=False) as data:
            next_state, rows, features, weights, prior = (data[name] for name in (
                "nextmove", "nextmove_row", "out_feat", "ptc", "pc"))
            labels = data["classes"].tolist()
        return cls(next_state, rows, features, weights, prior, labels)

    @classmethod
    def _cached(cls, entry: Path) -> LanguageModel:
        """The model whose arrays :meth:`_write` wrote to ``entry``, memory-mapped (labels read)."""
        arrays = {name: np.load(entry / f"{name}.npy", mmap_mode=None if name == "labels" else "r",
                                allow_pickle=False) for name in CACHED_ARRAYS}
        model = cls.__new__(cls)
        for name, dtype, ndim in (("next_state", np.uint32, 1), ("row_start", np.int64, 1),
                                  ("feature", np.int64, 1), ("weights", np.float32, 2), ("prior", np.float32, 1)):
            array = arrays[name]
            if array.dtype != dtype or array.ndim != ndim:
                raise ValueError(f"{name}: {array.dtype} {array.shape}")
            setattr(model, name, np.asarray(array))  # a plain view of the map
        labels = arrays["labels"].tolist()
        if model.weights.shape[1] != len(labels) or model.prior.shape != (len(labels),) \
                or model.row_start.shape != model.feature.shape:
            raise ValueError("arrays of different models")
        model._label(labels)
        return model

    def _write(self, entry: Path) -> None:
        """Write the arrays as scored to ``entry``: to a new directory beside it, then renamed
        (a reader sees all of them or none; of two writers the second's copy is dropped)."""
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", dir=entry.parent))
        try:
            for name in CACHED_ARRAYS:
                with open(staging / f"{name}.npy", "wb") as file:
                    np.save(file, np.asarray(self.labels) if name == "labels" else getattr(self, name),
                            allow_pickle=False)
                    file.flush()
                    os.fsync(file.fileno())
            os.rename(staging, entry)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not entry.is_dir():  # else another process's copy, renamed there first
                raise

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
        met = features[features >= 0]
        if not len(met):
            return np.zeros(len(self.labels), dtype=np.float32)
        # each feature and its count, in the order met (py3langid sums them so): numpy's unique sorts
        # stably, so its index of a value is its first place (a Counter of the list cost a fifth more)
        values, first, counts = np.unique(met, return_index=True, return_counts=True)
        order = np.argsort(first)
        return np.log1p(counts[order].astype(np.float32)) @ self.weights[values[order]] + self.prior

    def _states(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte: the walk from the start state over the last
        ``AUTOMATON_MEMORY`` bytes up to it (over all of them near the start of the text)."""
        letters = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        states = np.zeros(len(letters), dtype=np.int64)
        for back in range(min(AUTOMATON_MEMORY, len(letters)) - 1, -1, -1):
            # position i reads the byte `back` before it; positions before `back` have not started
            states[back:] = self.next_state[self.row_start[states[back:]] + letters[:len(letters) - back]]
        return states


def remove_stale_entries(kept: Path, stale_days: float = STALE_CACHE_DAYS) -> list[Path]:
    """Remove the cache entries beside ``kept`` (other model versions' arrays, staging copies of
    killed writers) last used more than ``stale_days`` ago; the removed paths. A version still in
    use elsewhere touches its entry at each load, so it is never stale for long."""
    cutoff = time.time() - stale_days * 86400
    removed = []
    for path in kept.parent.iterdir():
        if path == kept or not path.name.lstrip(".").startswith(CACHE_PREFIX):
            continue
        try:
            if path.is_dir() and path.stat().st_mtime < cutoff:
                shutil.rmtree(path)
                removed.append(path)
        except OSError as error:
            logger.info("Stale language model cache %s not removed (%s)", path, error)
    return removed
