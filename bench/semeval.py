"""Story detection on real news article pairs rated by people (../shared/data/semeval-dev).

985 real articles (en, de, es, tr, pl, ar, fr; texts cut to ~1,000 characters) and 495 pairs rated
from 1 (the same story) to 4 (unrelated), SemEval-2022 Task 8. Most pairs rated 1-1.5 are two
outlets' own reports of one event: two stories by this project's definition (a story is one text
and its copies). A few are copies.

A *text copy* here is decided from the data alone, not by the detector: two articles in one
language of which the shorter shares at least half of its word 5-grams (``\\w+`` tokens,
lower-cased) with the other, the 5-grams of each article's own headline left out (the texts
repeat their headline at the start, and a wire copy gets each outlet's headline). The figures:

- ``rated >= 2.5 merged``: rated pairs judged different stories that were put in one story (must be 0);
- ``non-copy merges outside the rated pairs``: pairs of articles put in one story that were not
  rated and are not text copies (must be 0; cross-language merges count here, as nothing says
  they are translations);
- ``text copies merged``: same-language text copies (rated or not) put in one story (must be all);
- ``rated <= 1.5 merged``: the share of same-story ratings merged (informative: most are two
  outlets' reports, which should stay apart).

Two arrival layouts: ``grouped`` (each connected group of rated pairs on its own day, ten days apart,
so an article meets only those it is rated against) and ``crowded`` (every article on one day). The
articles are CRAWLED THROUGH THE PROJECT: one page per article under its outlet's site, a Google
News sitemap per outlet, ``scrapy crawl news`` with every pipeline. ``--direct`` feeds the texts to
the detector (embeddings cached under bench/results/) for tuning. Splits (bench.splits): the key of
an article is its connected group of rated pairs; tune on ``tune``, report both.

    python -m bench.semeval                          # both layouts, crawled, tune and test
    python -m bench.semeval --direct --split tune    # quick, for tuning
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.splits import pair_groups, split_of  # noqa: E402

SEMEVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval-dev"
COPY_MIN_CONTAINMENT = 0.5
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Article:
    doc_id: str
    language: str
    title: str
    text: str
    source: str      # the outlet: host name of the original URL
    group: str       # connected group of rated pairs (bench.splits.pair_groups)
    split: str       # "tune" | "test"
    published: str = ""


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    overall: float


def load(root: Path = SEMEVAL_DIR) -> tuple[list[Article], list[Pair]]:
    pairs = [Pair(d["a"], d["b"], float(d["overall"]))
             for d in map(json.loads, (root / "pairs.jsonl").read_text(encoding="utf-8").splitlines()) if d]
    groups = pair_groups((p.a, p.b) for p in pairs)
    articles = []
    for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        host = (urlsplit(d["url"]).hostname or "unknown").removeprefix("www.")
        group = groups.get(d["id"], d["id"])
        articles.append(Article(d["id"], d["language"], d["title"], d["text"], re.sub(r"[^a-z0-9]+", "-", host),
                                group, split_of(group)))
    return articles, pairs


def with_times(articles: list[Article], layout: str, seed: int = 1) -> list[Article]:
    """Publication times: ``grouped``: group k on day 10k; ``crowded``: all on one day."""
    rng = random.Random(seed)
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    day_of = {g: 10 * k for k, g in enumerate(sorted({a.group for a in articles}))}
    out = []
    for a in articles:
        day = day_of[a.group] if layout == "grouped" else 0
        when = base + timedelta(days=day, minutes=rng.randrange(24 * 60))
        out.append(Article(**{**a.__dict__, "published": when.isoformat()}))
    return out


def five_grams(text: str) -> set[tuple[str, ...]]:
    toks = _TOKEN.findall(text.lower())
    return {tuple(toks[i:i + 5]) for i in range(max(1, len(toks) - 4))}


def text_copies(articles: list[Article]) -> dict[frozenset[str], float]:
    """{pair: containment} of every same-language pair whose shorter text shares at least half of
    its word 5-grams, those of its headline left out, with the other."""
    grams = {a.doc_id: five_grams(a.text) - five_grams(a.title) for a in articles}
    by_lang = defaultdict(list)
    for a in articles:
        by_lang[a.language].append(a.doc_id)
    copies = {}
    for ids in by_lang.values():
        for x, y in itertools.combinations(ids, 2):
            gx, gy = grams[x], grams[y]
            share = len(gx & gy) / max(1, min(len(gx), len(gy)))
            if share >= COPY_MIN_CONTAINMENT:
                copies[frozenset((x, y))] = share
    return copies


def evaluate(articles: list[Article], pairs: list[Pair], story: dict[str, str], split: str) -> dict:
    """The figures for the articles of ``split`` ("all" = every article) that were emitted."""
    chosen = {a.doc_id: a for a in articles if split == "all" or a.split == split}
    emitted = {i: s for i, s in story.items() if i in chosen}
    rated = {frozenset((p.a, p.b)): p for p in pairs if p.a in emitted and p.b in emitted}
    copies = text_copies([chosen[i] for i in emitted])
    members = defaultdict(list)
    for doc_id, story_id in emitted.items():
        members[story_id].append(doc_id)
    merged = {frozenset(pair) for ids in members.values() for pair in itertools.combinations(sorted(ids), 2)}

    def show(pair: frozenset[str]) -> str:
        x, y = sorted(pair)
        return f"{chosen[x].language}:{chosen[x].title[:40]!r} ~ {chosen[y].language}:{chosen[y].title[:40]!r}"

    different = [p for k, p in rated.items() if p.overall >= 2.5 and k in merged]
    same = [k for k, p in rated.items() if p.overall <= 1.5]
    outside = [k for k in merged if k not in rated and k not in copies]
    missed = [k for k in copies if k not in merged]
    rated_non_copy = [k for k in merged if k in rated and k not in copies]
    return {
        "articles": len(chosen), "emitted": len(emitted), "rated_pairs": len(rated),
        "rated_ge_2.5_merged": len(different),
        "non_copy_merges_outside_rated": len(outside),
        "text_copies_merged": f"{len(copies) - len(missed)}/{len(copies)}",
        "rated_le_1.5_merged": f"{sum(k in merged for k in same)}/{len(same)}",
        "rated_non_copy_merges": len(rated_non_copy),
        "merged_pairs": len(merged),
        "examples": {"rated_ge_2.5_merged": [show(frozenset((p.a, p.b))) + f" ({p.overall:.2f})" for p in different[:5]],
                     "non_copy_merges_outside_rated": [show(k) for k in outside[:5]],
                     "rated_non_copy_merges": [show(k) + f" ({rated[k].overall:.2f})" for k in rated_non_copy[:5]],
                     "text_copies_missed": [show(k) + f" ({copies[k]:.2f})" for k in missed[:5]]},
    }


def run_direct(articles: list[Article], backend_name: str, seed: int) -> dict[str, str]:
    from bench.stories import RESULTS, CachedBackend, cleaned, export_stories, prepare_all
    from newsspider.stories.config import StoryConfig
    from newsspider.stories.embed import load_backend
    from newsspider.stories.prepare import StoryInput

    inner = load_backend(backend_name)
    backend = None if inner is None else CachedBackend(inner, RESULTS / f"semeval-{inner.name}.npz")
    config = StoryConfig()
    order = articles[:]
    random.Random(seed).shuffle(order)
    prepared = prepare_all([StoryInput(a.doc_id, cleaned(a.text, a.title, a.language), a.title, a.language,
                                       a.published, a.published, a.source) for a in order], backend, config)
    return export_stories(prepared, config)


def run_crawled(articles: list[Article], backend_name: str, seed: int) -> tuple[dict[str, str], str]:
    from bench.stories import crawl_speed, run_crawl
    from newsspider.stories.config import StoryConfig

    order = articles[:]
    random.Random(seed).shuffle(order)
    with tempfile.TemporaryDirectory(prefix="bench-semeval-") as tmp:
        assigned, stats, _ = run_crawl(order, StoryConfig(), backend_name, Path(tmp), source_of=lambda a: a.source)
    final = run_crawl.last_final  # type: ignore[attr-defined]  # as the stories export groups them
    return {doc_id: a.story_id for doc_id, a in final.items()}, crawl_speed(stats, len(assigned))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "test", "both"), default="both")
    ap.add_argument("--layout", choices=("grouped", "crowded", "both"), default="both")
    ap.add_argument("--backend", default="e5", help="embedding backend (default: the crawl's)")
    ap.add_argument("--direct", action="store_true", help="detector only, cached embeddings (for tuning)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    articles, pairs = load()
    splits = ("tune", "test") if args.split == "both" else (args.split,)
    layouts = ("grouped", "crowded") if args.layout == "both" else (args.layout,)
    for layout in layouts:
        timed = with_times(articles, layout, args.seed)
        if args.split != "both":  # tuning sees no test article at all
            timed = [a for a in timed if a.split == args.split]
        if args.direct:
            story, speed = run_direct(timed, args.backend, args.seed), "direct"
        else:
            story, speed = run_crawled(timed, args.backend, args.seed)
        for split in splits + (("all",) if layout == "crowded" and args.split == "both" else ()):
            result = evaluate(timed, pairs, story, split)
            print(json.dumps({"layout": layout, "split": split, "mode": "direct" if args.direct else "crawled",
                              "backend": args.backend, **result}, ensure_ascii=False))
        print(f"# {layout}: {speed}", file=sys.stderr)


if __name__ == "__main__":
    main()
