"""Permuted-block simhash index: exact k-bit recall without scanning everything."""
import numpy as np
import pytest

from newsspider.stories.index import SimhashIndex


def _flip(rng, fp: int, n: int) -> int:
    for b in rng.choice(64, size=n, replace=False):
        fp ^= 1 << int(b)
    return fp


@pytest.mark.parametrize("k, blocks", [(3, 4), (5, 7)])
def test_finds_everything_within_k_and_nothing_beyond(k, blocks):
    rng = np.random.default_rng(1)
    n = 3000
    fps = rng.integers(0, 2**63, size=n, dtype=np.uint64) * np.uint64(2)
    idx = SimhashIndex(k, blocks, buffer_size=500)  # forces several merges
    idx.add_many(fps[:2000], np.arange(2000))
    for i in range(2000, n):
        idx.add(int(fps[i]), i)
    for _ in range(200):
        target = int(rng.integers(n))
        query = _flip(rng, int(fps[target]), int(rng.integers(0, k + 3)))
        dist = np.bitwise_count(fps ^ np.uint64(query))
        want = {int(i) for i in np.flatnonzero(dist <= k)}
        got = idx.lookup(query)
        assert {r for r, _ in got} == want
        assert [d for _, d in got] == sorted(d for _, d in got)


def test_lookup_checks_few_rows():
    rng = np.random.default_rng(2)
    idx = SimhashIndex(5, 7, buffer_size=64)
    fps = rng.integers(0, 2**63, size=20000, dtype=np.uint64)
    idx.add_many(fps, np.arange(fps.size))
    idx._merge()
    keys = idx._query_keys(int(fps[5]))
    bounds = np.searchsorted(idx._keys, keys, side="right") - np.searchsorted(idx._keys, keys, side="left")
    assert bounds.sum() < 200  # rows sharing a table key, not 20000
    assert idx.nbytes() / len(idx) <= 200
    assert idx.lookup(int(fps[5]))[0] == (5, 0)


def test_rejects_configurations_that_do_not_fit():
    with pytest.raises(ValueError):
        SimhashIndex(7, 7)
