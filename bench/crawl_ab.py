"""Two checkouts' crawls alternated on the same pages: CPU per page of the Scrapy process and of
the workers, and whether the records are the same.

    python -m bench.crawl_ab --code /work/main --code . [--rounds 2] [--zyte-copies 2] [--stories]

bench.crawl measures one checkout, minutes apart from another's run on this shared machine; a
change of a few percent of the main process's CPU is lost in that drift. This serves bench.crawl's
pages once (``MemorySite``) and runs bench.crawl's crawl command (``run_crawl``) by each checkout
in turn, A B B A ..., each in a fresh state directory, with the stories backend ``none`` unless
``--stories``. Every crawl is launched by this checkout's bench/common.py, with the checkout's
newsspider first on the path, so the same wrappers measure all of them (a checkout whose
newsspider lacks a class they time fails at start-up). It prints one JSON object keyed by ``position:checkout`` (the same checkout may be
given twice: an A/A run): each checkout's commit (``heads``), per checkout its runs' ``cpu_ms_per_page`` (main_total,
workers_total, story_assign) and ``fixed_cpu_s``, the ratio of each checkout's median main-process
CPU per page to the first's, and ``records``: for each further checkout, the number of records
that differ from the first checkout's first run, compared sorted, without the fetch time and the
story fields that depend on the order pages arrive in (``ORDER_FIELDS``: two runs of one checkout
already differ there), by field, beside those between the first checkout's first and last run (the
same code: what learning from the pages seen so far changes with the order they arrive in; with
``--rounds 1`` there is no such pair, and it says ``n/a``).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import MemorySite  # noqa: E402
from bench.crawl import add_discovery, build_corpus, log, run_crawl, write_sources  # noqa: E402

ORDER_FIELDS = ("fetched_at", "story_id", "duplicate_of", "duplicate_kind", "duplicate_score", "matched_id")
"""Record fields that differ between two crawls of the same code: the time, and the story
decisions, which depend on the order the concurrent downloads finish in."""


NO_CONTROL = "n/a: one run per checkout (--rounds 2 or more compares two runs of the same code)"


def comparable_records(path: Path) -> dict[str, dict]:
    """The output's records by URL, without ``ORDER_FIELDS``."""
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["url"]] = {k: v for k, v in record.items() if k not in ORDER_FIELDS}
    return records


def record_differences(first: dict[str, dict], other: dict[str, dict]) -> dict[str, int]:
    """How many records differ in each field (``missing``: a URL only one of them has)."""
    out: Counter[str] = Counter()
    out["missing"] = len(first.keys() ^ other.keys())
    for url in first.keys() & other.keys():
        a, b = first[url], other[url]
        out.update(field for field in a.keys() | b.keys() if a.get(field) != b.get(field))
    return {field: n for field, n in sorted(out.items()) if n}


def same_code_differences(runs: list[dict]) -> dict[str, int] | str:
    """The control: ``record_differences`` between the first and the last of one checkout's runs;
    with one run there is nothing to compare it with, which says so rather than an empty (clean-looking)
    difference of the run with itself."""
    if len(runs) < 2:
        return NO_CONTROL
    return record_differences(runs[0]["records"], runs[-1]["records"])


def head(code: Path) -> str:
    """The checkout's commit, with ``+`` if files it tracks are modified (another session's
    checkout may move while this runs)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=code, capture_output=True, text=True).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + ("+" if git("status", "--porcelain", "--untracked-files=no") else "")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--code", action="append", type=Path, required=True, help="a checkout (repeat: 2 or more)")
    parser.add_argument("--rounds", type=int, default=2, help="crawls per checkout (default 2)")
    parser.add_argument("--zyte-copies", type=int, default=2, help="as bench.crawl's (default 2)")
    parser.add_argument("--stories", action="store_true", help="with the default stories backend (slower)")
    parser.add_argument("--timeout", type=float, default=1800)
    return parser.parse_args(argv)


def alternate(codes: list[Path], rounds: int, sources: Path, workdir: Path, extra: dict[str, str],
              timeout: float) -> list[list[dict]]:
    """Each position's crawls, A B B A ...: round ``r`` runs the positions forwards when even,
    backwards when odd, so neither checkout always runs first; each run in its own directory
    ``r<round>-<position>``, with its comparable records."""
    runs: list[list[dict]] = [[] for _ in codes]
    for round_ in range(rounds):
        for i in range(len(codes)) if round_ % 2 == 0 else reversed(range(len(codes))):
            name = f"r{round_}-{i}"
            result = run_crawl(name, sources, workdir, extra, timeout, code=codes[i])
            result["records"] = comparable_records(workdir / name / "out.jsonl")
            runs[i].append(result)
    return runs


def crawl_all(args: argparse.Namespace, codes: list[Path]) -> list[list[dict]]:
    """bench.crawl's pages served once, crawled by every checkout in turn (``alternate``)."""
    extra = {} if args.stories else {"NEWSSPIDER_STORIES_BACKEND": "none"}
    with tempfile.TemporaryDirectory(prefix="bench-crawl-ab-") as tmp:
        workdir = Path(tmp)
        pages, groups = build_corpus(args.zyte_copies, True, workdir)
        with MemorySite(pages) as site:
            add_discovery(pages, groups, site.base_url)
            sources = workdir / "sources.toml"
            write_sources(sources, groups, site.base_url)
            return alternate(codes, args.rounds, sources, workdir, extra, args.timeout)


def run_summary(result: dict) -> dict:
    """What the output keeps of one run."""
    cpu = result["cpu_ms_per_page"]
    # the workers' stages too: a change to one of them is lost in workers_total's drift; story_prepare
    # is per article sent to the workers (None without stories), story_prepare_ms_per_page per page
    return {"cpu_ms_per_page": {k: cpu.get(k) for k in ("main_total", "workers_total", "story_assign", "extract",
                                                        "story_prepare")},
            "story_prepare_ms_per_page": result.get("story_prepare_ms_per_page"),
            "fixed_cpu_s": result["fixed_cpu_s"], "returncode": result["returncode"]}


def median_main(results: list[dict]) -> float:
    return statistics.median(r["cpu_ms_per_page"]["main_total"] for r in results)


def summarize(codes: list[Path], runs: list[list[dict]]) -> dict:
    """The output object, keyed by ``position:checkout`` (the same code twice is an A/A run)."""
    labels = [f"{i}:{code}" for i, code in enumerate(codes)]
    first = runs[0]
    out: dict = {"pages": first[0]["article_pages"],
                 "heads": {label: head(code) for label, code in zip(labels, codes, strict=True)},
                 "runs": {label: [run_summary(r) for r in results] for label, results in zip(labels, runs, strict=True)},
                 "main_ratio_to_first": {label: round(median_main(results) / median_main(first), 3)
                                         for label, results in zip(labels, runs, strict=True)},
                 "records": {}}
    for label, results in zip(labels[1:], runs[1:], strict=True):
        out["records"][label] = {"compared": len(first[0]["records"]),
                                 "differ_by_field": record_differences(first[0]["records"], results[0]["records"]),
                                 "same_code_differ_by_field": same_code_differences(first)}
    return out


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    codes = [code.resolve() for code in args.code]
    out = summarize(codes, crawl_all(args, codes))
    log("done")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
