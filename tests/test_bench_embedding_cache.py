"""The benches' embedding cache (bench/stories.py CachedBackend): vectors computed once per text, and
a cache made by other arithmetic (another CPU, a changed backend of the same name) never reused."""
import numpy as np

from bench.stories import CachedBackend


class CountingBackend:
    name, dim = "fake", 3

    def __init__(self, offset: float) -> None:
        self.offset, self.texts = offset, 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return np.array([[len(t), self.offset, 1.0] for t in texts], dtype=np.float32)


def test_cached_vectors_are_reused_by_the_same_arithmetic(tmp_path):
    path = tmp_path / "emb-fake.npz"
    first = CachedBackend(CountingBackend(0.0), path)
    vectors = first.embed(["one", "three"])
    again = CountingBackend(0.0)
    assert CachedBackend(again, path).embed(["one", "three"]).tobytes() == vectors.tobytes()
    assert again.texts == 1  # the stamp text only


def test_a_cache_made_by_other_arithmetic_is_recomputed(tmp_path):
    path = tmp_path / "emb-fake.npz"
    CachedBackend(CountingBackend(0.0), path).embed(["one", "three"])
    other = CountingBackend(0.5)
    assert CachedBackend(other, path).embed(["one"])[0, 1] == np.float32(0.5)
    assert other.texts == 2  # the stamp and the text: nothing taken from the old cache
