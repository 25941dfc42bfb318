"""CPU of story assignment (``StoryDetector.assign``, the crawl's main process) on NTREX, through
the SQLite story store a crawl uses, and a digest of the decisions.

    python -m bench.assign                     # all 1,464 NTREX documents, 2 arrival orders
    python -m bench.assign --split tune --orders 4

The documents are prepared once (fingerprints and e5 vectors, cached under bench/results/ as
``bench.stories --direct`` caches them), then assigned in each arrival order into a fresh SQLite
store in a temporary directory, timing only ``assign`` (CPU of this process). It prints one JSON
object: ``assign_cpu_ms_per_article`` per order and overall, and ``decisions_sha1``, a digest of
every article's assignment (story, kind, matched article, score) in every order: two checkouts
that decide alike print the same digest, so a speed change can be checked to change no decision.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import astuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ntrex import build_docs  # noqa: E402
from bench.stories import cached, prepare_all, to_input  # noqa: E402
from newsspider.state.sqlite.stories import SQLiteStoryStore  # noqa: E402
from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.detector import StoryDetector  # noqa: E402
from newsspider.stories.embed import load_backend  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all")
    ap.add_argument("--orders", type=int, default=2, help="arrival orders (seeds 1, 2, ...)")
    ap.add_argument("--backend", default="e5")
    args = ap.parse_args(argv)

    config = StoryConfig()
    inner = load_backend(args.backend)
    backend = None if inner is None else cached(inner)
    inputs = [to_input(d) for d in build_docs(args.split)]
    prepared = prepare_all(inputs, backend, config)
    digest = hashlib.sha1()
    per_order = []
    for k in range(args.orders):
        order = prepared[:]
        random.Random(k + 1).shuffle(order)
        with tempfile.TemporaryDirectory(prefix="bench-assign-") as tmp:
            conn = sqlite3.connect(Path(tmp) / "stories.sqlite")
            detector = StoryDetector(SQLiteStoryStore(conn), None, config)
            start = time.process_time()
            decisions = [detector.assign(p) for p in order]
            per_order.append(1000 * (time.process_time() - start) / len(order))
            conn.close()
        for p, decision in zip(order, decisions, strict=True):
            digest.update(repr((k, p.id, astuple(decision))).encode())
    print(json.dumps({"split": args.split, "articles": len(prepared), "orders": args.orders,
                      "backend": None if backend is None else backend.name,
                      "assign_cpu_ms_per_article": round(sum(per_order) / len(per_order), 3),
                      "per_order": [round(ms, 3) for ms in per_order], "decisions_sha1": digest.hexdigest()}))


if __name__ == "__main__":
    main()
