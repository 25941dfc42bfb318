"""The language model's numpy scoring gives what py3langid's own classifier gives, to the last bit,
and the automaton property it rests on holds for the model py3langid ships."""
from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsspider.extract.langid_model import AUTOMATON_MEMORY, LanguageModel
from tests.test_language import SAMPLES


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_automaton_forgets_all_but_its_last_bytes(identifier):
    """From every state, any AUTOMATON_MEMORY bytes lead where they lead from the start state:
    the (state, start-state walk) pairs that still differ after each byte, until none is left."""
    model = LanguageModel.from_identifier(identifier)
    letters = np.arange(256)

    def step(states: np.ndarray) -> np.ndarray:
        return model.next_state[(model.row_start[states][:, None] + letters).ravel()].astype(np.int64)

    count = len(model.row_start)
    walked, start = np.arange(count), np.zeros(count, dtype=np.int64)
    for _ in range(AUTOMATON_MEMORY):
        pairs = []
        for chunk in range(0, len(walked), 4096):
            a, b = step(walked[chunk:chunk + 4096]), step(start[chunk:chunk + 4096])
            differ = a != b
            pairs.append(np.unique(a[differ] * count + b[differ]))
        keys = np.unique(np.concatenate(pairs))
        walked, start = keys // count, keys % count
    assert len(walked) == 0


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz ÄÖÜäöüßéèçñ.,;:!?0123456789\n" + "".join(SAMPLES.values())
    generated = ["".join(rng.choice(alphabet) for _ in range(rng.choice((3, 30, 300, 1200)))) for _ in range(200)]
    return ["", "a", "ab", "12", "SHOUTED HEADLINE", "\ud800 lone surrogate", *SAMPLES.values(), *generated]


def test_shipped_reads_the_model_py3langids_loader_reads(identifier):
    shipped, loaded = LanguageModel.shipped(), LanguageModel.from_identifier(identifier)
    for name in ("next_state", "row_start", "feature", "weights", "prior"):
        assert getattr(shipped, name).dtype == getattr(loaded, name).dtype, name
        assert np.array_equal(getattr(shipped, name), getattr(loaded, name)), name
    assert shipped.labels == loaded.labels and shipped.aliases == loaded.aliases


def test_classify_gives_py3langids_language_and_probability(identifier):
    model = LanguageModel.shipped()
    for text in _texts():
        assert model.classify(text) == identifier.classify(text), text
