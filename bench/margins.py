"""How far the detector's translation decisions sit from the thresholds that decide them.

Every cross-language pair check the detector makes (``StoryDetector._translation_pair``: the
candidates it shortlists, the story roots and quorum members it verifies against) is recorded with
its deciding *margin*: the smallest of (pair score - ``translation_min_score``), (title + lead
cosine - ``translation_min_lead``) and (worst same-place passage cosine - ``translation_min_passage``);
a pair passes on its embeddings when the margin is >= 0. A pair whose figures or names veto it is
counted apart (not an embedding decision), as are those verified by their figures.

Truth: NTREX tune (bench.ntrex: the same story index, translations and edited reprints), the sample
corpus (its manifest's story; the AFP seeds), semeval tune (real pairs: no translations among them,
so every cross-language check there is a non-copy). Each run is one arrival order; with ``--orders``
the same pair's score in several orders shows how far the running language means move it.

    python -m bench.margins --backend e5 --orders 3
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.detector import StoryDetector, _Match, _Query  # noqa: E402
from newsspider.stories.prepare import Prepared, StoryInput  # noqa: E402
from newsspider.stories.store import ArticleRecord, MemoryStoryStore  # noqa: E402

CLOSE = 0.02
"""A decision this close to its threshold (either side) is on a knife edge: the running means
move a pair's score by about this much with the arrival order."""


@dataclass
class Check:
    corpus: str
    a: str
    b: str
    langs: str
    same_story: bool
    score: float
    lead: float
    passage_min: float
    margin: float          # the binding one (see module docstring)
    binding: str           # "score" | "lead" | "passage"
    vetoed: bool           # figures or names disagree
    by_figures: bool
    ok: bool


class RecordingDetector(StoryDetector):
    """The detector, recording each cross-language pair check it makes."""

    def __init__(self, *args, corpus: str, truth: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.corpus, self.truth = corpus, truth
        self.checks: list[Check] = []

    def _translation_pair(self, q: _Query, rec: ArticleRecord) -> _Match:
        match = super()._translation_pair(q, rec)
        if q.vector is None or rec.vector is None or match.score < -0.5 or match.score != match.score:
            return match
        cfg = self.config
        lead = float(q.vector @ self._centred_stored(q, rec, "vector"))
        pmin = 1.0
        if q.passages is not None and rec.passages is not None:
            pmin = float((q.passages @ self._centred_stored(q, rec, "passages").T).diagonal().min())
        parts = {"score": match.score - cfg.translation_min_score, "lead": lead - cfg.translation_min_lead,
                 "passage": pmin - cfg.translation_min_passage}
        binding = min(parts, key=parts.__getitem__)
        vetoed = self._root_contradicted(q, match)  # the pair check's own answer where it needed one
        a, b = q.p.id, rec.article_id
        same = self.truth.get(a, a) == self.truth.get(b, b)
        self.checks.append(Check(self.corpus, a, b, "|".join(sorted((q.p.language, rec.language))), same,
                                 match.score, lead, pmin, parts[binding], binding, vetoed, match.by_figures,
                                 match.ok))
        return match


def ntrex_items(split: str) -> tuple[list[StoryInput], dict[str, str]]:
    from bench.ntrex import build_docs
    from bench.stories import to_input
    docs = build_docs(split)
    return [to_input(d) for d in docs], {d.doc_id: d.story for d in docs}


def sample_items() -> tuple[list[StoryInput], dict[str, str]]:
    manifest = Path(__file__).resolve().parents[1] / "newsspider" / "sample" / "site" / "manifest.json"
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    items = [StoryInput(id=p["path"], text="\n\n".join(p["body"]), title=p["title"], language=p["language"],
                        published=p["published"], fetched_at="2024-07-27T00:00:00+00:00", source=p["source"])
             for p in pages]
    return items, {p["path"]: p["story"] or p["reprint-of"] or p["path"] for p in pages}


def semeval_items(split: str) -> tuple[list[StoryInput], dict[str, str]]:
    from bench.semeval import load, with_times
    from bench.stories import cleaned
    articles, _ = load()
    timed = [a for a in with_times(articles, "crowded") if a.split == split]
    items = [StoryInput(a.doc_id, cleaned(a.text, a.title, a.language), a.title, a.language, a.published,
                        a.published, a.source) for a in timed]
    return items, {}  # no translations among them: every cross-language pair is two stories


def run(corpus: str, prepared: list[Prepared], truth: dict[str, str], config: StoryConfig,
        orders: int) -> tuple[list[list[Check]], list[dict[str, str]]]:
    runs, stories = [], []
    for k in range(orders):
        order = prepared[:]
        random.Random(1 + k).shuffle(order)
        det = RecordingDetector(MemoryStoryStore(), None, config, corpus=corpus, truth=truth)
        assigned = {p.id: det.assign(p).story_id for p in order}
        runs.append(det.checks)
        stories.append({i: det.canonical(s) for i, s in assigned.items()})
    return runs, stories


def histogram(values: list[float], lo: float = -0.2, hi: float = 0.4, step: float = 0.02) -> str:
    counts = Counter(min(max(int(np.floor((v - lo) / step)), -1), int(round((hi - lo) / step))) for v in values)
    lines = []
    for i in range(-1, int(round((hi - lo) / step)) + 1):
        left = lo + i * step
        label = f"< {lo:+.2f}" if i == -1 else (f">= {hi:+.2f}" if left >= hi - 1e-9 else f"{left:+.2f}..{left + step:+.2f}")
        if counts[i]:
            lines.append(f"    {label:>13s} {counts[i]:6d} {'#' * min(60, counts[i] // max(1, len(values) // 300) or 1)}")
    return "\n".join(lines)


def report(name: str, checks: list[Check]) -> None:
    emb = [c for c in checks if not c.vetoed]
    true = [c.margin for c in emb if c.same_story]
    false = [c.margin for c in emb if not c.same_story]
    print(f"== {name}: {len(checks)} cross-language pair checks ({sum(c.vetoed for c in checks)} vetoed by figures "
          f"or names, {sum(c.by_figures for c in checks)} verified by figures)")
    for label, values in (("true copies", true), ("non-copies", false)):
        if not values:
            continue
        close = sum(abs(v) < CLOSE for v in values)
        print(f"  {label}: {len(values)} checks, passing {sum(v >= 0 for v in values)}, within {CLOSE} of the "
              f"threshold {close} ({sum(0 <= v < CLOSE for v in values)} above, {sum(-CLOSE < v < 0 for v in values)} "
              f"below); median margin {statistics.median(values):+.3f}")
        print(histogram(values))
    bind = Counter(c.binding for c in emb if abs(c.margin) < CLOSE)
    print(f"  binding threshold of checks within {CLOSE}: {dict(bind)}")
    if any(c.vetoed for c in checks):
        print(f"  vetoed: true copies {sum(c.vetoed and c.same_story for c in checks)}, non-copies "
              f"{sum(c.vetoed and not c.same_story for c in checks)} (of which passing on embeddings "
              f"{sum(c.vetoed and not c.same_story and c.margin >= 0 for c in checks)})")


def per_language_pair(checks: list[Check]) -> None:
    by = defaultdict(list)
    for c in checks:
        if not c.vetoed:
            by[c.langs].append(c)
    print("  per language pair: true copies (n, min margin, median, within 0.02), nearest non-copy margin")
    for langs in sorted(by, key=lambda k: min([c.margin for c in by[k] if c.same_story] or [9])):
        t = [c.margin for c in by[langs] if c.same_story]
        f = [c.margin for c in by[langs] if not c.same_story]
        if not t:
            continue
        print(f"    {langs:10s} n {len(t):4d} min {min(t):+.3f} median {statistics.median(t):+.3f} "
              f"close {sum(abs(v) < CLOSE for v in t):3d}   non-copy max {max(f) if f else float('nan'):+.3f}")


def drift(runs: list[list[Check]]) -> None:
    """The same pair's margin across arrival orders (checked in both directions, as either arrives first)."""
    seen: dict[tuple[str, str], list[Check]] = defaultdict(list)
    for checks in runs:
        first: dict[tuple[str, str], Check] = {}
        for c in checks:
            first.setdefault(tuple(sorted((c.a, c.b))), c)
        for key, c in first.items():
            seen[key].append(c)
    multi = {k: v for k, v in seen.items() if len(v) > 1}
    spreads = [max(c.margin for c in v) - min(c.margin for c in v) for v in multi.values()]
    flips = [(k, v) for k, v in multi.items() if len({c.margin >= 0 for c in v if not c.vetoed}) > 1]
    if spreads:
        print(f"  order drift over {len(multi)} pairs checked in 2+ orders: spread median {statistics.median(spreads):.4f}, "
              f"95th pct {np.percentile(spreads, 95):.4f}, max {max(spreads):.4f}; pairs whose embedding verdict flips "
              f"{len(flips)} (true copies {sum(v[0].same_story for _, v in flips)})")
        for k, v in flips[:8]:
            print(f"    {v[0].langs} same_story={v[0].same_story} margins {sorted(round(c.margin, 3) for c in v)} {k}")


def main(argv: list[str] | None = None) -> None:
    from bench.stories import cached, configured, prepare_all
    from newsspider.stories.embed import load_backend

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="e5")
    ap.add_argument("--orders", type=int, default=1)
    ap.add_argument("--corpus", action="append", choices=("ntrex", "sample", "semeval"))
    ap.add_argument("--dump", help="write every check as JSON lines here")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="override a StoryConfig field")
    args = ap.parse_args(argv)
    config = configured(args.set)
    inner = load_backend(args.backend)
    if inner is None:
        raise SystemExit(f"backend {args.backend} did not load")
    backend = cached(inner)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for corpus in args.corpus or ("ntrex", "sample", "semeval"):
        items, truth = {"ntrex": lambda: ntrex_items("tune"), "sample": sample_items,
                        "semeval": lambda: semeval_items("tune")}[corpus]()
        prepared = prepare_all(items, backend, config)
        runs, _ = run(corpus, prepared, truth, config, args.orders)
        report(f"{corpus} ({backend.name}, {args.orders} order(s))", [c for r in runs for c in r])
        per_language_pair([c for r in runs for c in r])
        drift(runs)
        if dump:
            for k, r in enumerate(runs):
                for c in r:
                    dump.write(json.dumps({"order": k, **c.__dict__}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
