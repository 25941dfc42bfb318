"""Near-duplicate index benchmark: lookup time and bytes per article at 100k and 1M fingerprints.

    python -m bench.index                      # 100k and 1M, prints one JSON object
    python -m bench.index --sizes 1000000 --compare HEAD~1   # also time the index.py of a git revision

Fingerprints are uniform random 64-bit values (text simhashes are close to uniform). Queries are
half near copies of stored fingerprints (0..k+1 bits flipped, so some answers are just out of
range) and half fresh random values (the common case in a crawl: a new story). Lookup times are
wall-clock per call, one call at a time, after a warm-up (``lookup_cpu_us_mean``: process CPU
time of the same queries, which a busy shared machine inflates less), with ``max_distance`` = k = 5 and
7 blocks (the crawl's defaults). Every answer of a sample is checked against a brute-force scan.
Memory is ``SimhashIndex.nbytes()`` (arrays, capacity included) divided by the fingerprints held,
after the bulk load and again after 20,000 one-at-a-time adds (the crawl's path).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsspider.stories.index import SimhashIndex  # noqa: E402

K, BLOCKS = 5, 7


def _flip(rng: np.random.Generator, fp: int, n: int) -> int:
    for b in rng.choice(64, size=n, replace=False):
        fp ^= 1 << int(b)
    return fp


def _index_class(revision: str | None):
    if revision is None:
        return SimhashIndex
    source = subprocess.run(["git", "show", f"{revision}:newsspider/stories/index.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "index_rev.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("index_rev", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SimhashIndex


def measure(n: int, cls=SimhashIndex, queries: int = 20000, adds: int = 20000, seed: int = 7) -> dict:
    rng = np.random.default_rng(seed)
    fps = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    t0 = time.perf_counter()
    idx = cls(K, BLOCKS)
    idx.add_many(fps, np.arange(n, dtype=np.int64))
    idx._merge()
    build_s = time.perf_counter() - t0
    bytes_bulk = idx.nbytes() / len(idx)

    qs = []
    for i in range(queries):
        if i % 2:
            qs.append(int(rng.integers(0, 2**64 - 1, dtype=np.uint64, endpoint=True)))
        else:
            qs.append(_flip(rng, int(fps[int(rng.integers(n))]), int(rng.integers(0, K + 2))))
    for q in qs[:500]:  # warm-up
        idx.lookup(q)
    cpu0 = time.process_time()
    for q in qs:
        idx.lookup(q)
    lookup_cpu = (time.process_time() - cpu0) / len(qs)
    times = np.empty(len(qs))
    hits = 0
    for i, q in enumerate(qs):
        t = time.perf_counter()
        got = idx.lookup(q)
        times[i] = time.perf_counter() - t
        hits += bool(got)

    wrong = 0
    for q in qs[:200]:
        dist = np.bitwise_count(fps ^ np.uint64(q))
        want = sorted((int(i), int(dist[i])) for i in np.flatnonzero(dist <= K))
        wrong += sorted(idx.lookup(q)) != want

    # the crawl's path: one add after each lookup, merges included
    more = rng.integers(0, 2**64 - 1, size=adds, dtype=np.uint64, endpoint=True)
    t0 = time.perf_counter()
    for i, f in enumerate(more.tolist()):
        idx.lookup(f)
        idx.add(f, n + i)
    add_lookup_us = (time.perf_counter() - t0) / adds * 1e6
    return {
        "fingerprints": n,
        "lookup_us_mean": round(float(times.mean()) * 1e6, 1),
        "lookup_cpu_us_mean": round(lookup_cpu * 1e6, 1),
        "lookup_us_p50": round(float(np.percentile(times, 50)) * 1e6, 1),
        "lookup_us_p99": round(float(np.percentile(times, 99)) * 1e6, 1),
        "queries": len(qs), "queries_with_hits": hits, "wrong_answers_of_200_checked": wrong,
        "bytes_per_article": round(bytes_bulk, 1),
        "bytes_per_article_after_adds": round(idx.nbytes() / len(idx), 1),
        "bulk_build_s": round(build_s, 2),
        "lookup_plus_add_us_mean": round(add_lookup_us, 1),
        "adds": adds,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=20000)
    parser.add_argument("--compare", metavar="GIT_REV", help="also measure newsspider/stories/index.py at this revision")
    args = parser.parse_args(argv)
    out = {"k": K, "blocks": BLOCKS, "tables": SimhashIndex(K, BLOCKS).tables,
           "current": [measure(n, queries=args.queries) for n in args.sizes]}
    if args.compare:
        cls = _index_class(args.compare)
        out[f"at_{args.compare}"] = [measure(n, cls, queries=args.queries) for n in args.sizes]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
