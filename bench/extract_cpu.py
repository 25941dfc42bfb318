"""Extraction CPU per page in-process, for comparing checkouts, and a check that a change leaves
every extracted record as it was.

The crawl's ``cpu_ms_per_page.extract`` (``python -m bench.crawl``) is the figure that counts; it
takes minutes and mixes in the crawl's other work. This times ``extract_article`` alone on the
pages bench.crawl serves (the article-extraction benchmark's 181 pages, canonical link removed,
under the crawl's URLs, weighted by its default 7 copies; the templated NTREX pages once), decoded
as the crawl decodes them, so that checkouts can be alternated within minutes on a shared machine.

    python bench/extract_cpu.py time --code /tmp/ref --code /work/main --code . --rounds 3
    python bench/extract_cpu.py profile --code . [--sort tottime] [--limit 40]
    python bench/extract_cpu.py count --code /tmp/ref --code .   # calls a page: the same on any load
    python bench/extract_cpu.py dump /tmp/after.jsonl --code .    # every page's extraction
    python bench/extract_cpu.py diff /tmp/before.jsonl /tmp/after.jsonl
    python bench/extract_cpu.py dump /tmp/reversed.jsonl --code . --reversed   # then diff: 0 differ

``--code DIR`` runs the extraction of the checkout at DIR (a fresh process with DIR first on its
path): one process per checkout and round, in the order given, imports paid before the clock.
``dump`` writes one line per page (the benchmark's pages under their own and the crawl's URLs,
fundus-dev, htmldate-dev and the NTREX pages): the :class:`Extraction` as a dict; with
``--reversed`` the pages are extracted last first, and a ``diff`` against the forward dump shows
whether a page's record depends on the pages extracted before it (it must not). ``diff`` names
the pages whose lines differ and the fields that do.

``count`` gives, per group of the timed pages and checkout, what a page costs in counts rather
than in time: trafilatura's passes by kind, lxml's parses of a document (in all, and by the package
that asked: this package's, trafilatura's fallbacks', htmldate's), and Python's calls (all, and this package's functions')
with trafilatura's passes replayed (``--without-trafilatura``'s recording: the checkout's own code). Counts do not move with the machine's load, where timings
on a shared machine drift by a fifth: a change that removes work shows it in one run. The worker
hashes strings with one seed (``PYTHONHASHSEED=0``): under Python's random seed a set's order, and
with it where a search over it stops, differs between runs (by some 0.02% of the calls).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSSPIDER_SHARED_DATA", ROOT.parent / "shared" / "data"))
CANONICAL = re.compile(rb"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
CRAWL_BASE = "http://127.0.0.1:8000"
ZYTE_COPIES = 7  # bench.crawl's default: the benchmark's pages weigh 7 times in its figure


def _decode(body: bytes, url: str, content_type: str = "text/html") -> str:
    from scrapy.http import HtmlResponse

    from newsspider.spiders.news import page_text

    return page_text(HtmlResponse(url, body=body, headers={"Content-Type": content_type}))


def timing_pages() -> list[tuple[str, str, str]]:
    """(group, url, html) of what bench.crawl serves, each page once."""
    pages = []
    for file in sorted((DATA / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        url = f"{CRAWL_BASE}/z/0/{file.name.removesuffix('.html.gz')}.html"
        pages.append(("zyte", url, _decode(CANONICAL.sub(b"", gzip.decompress(file.read_bytes())), url)))
    from bench.extraction_pages import build_pages

    with tempfile.TemporaryDirectory() as out:
        for entry in build_pages(Path(out)):
            url = f"{CRAWL_BASE}/n/{entry['path']}"
            body = CANONICAL.sub(b"", (Path(out) / entry["path"]).read_bytes())
            pages.append(("ntrex", url, _decode(body, url, "text/html; charset=utf-8")))
    return pages


def dump_pages() -> list[tuple[str, str, str]]:
    """(name, url, html) of every page the identity check looks at."""
    pages = [(f"crawl:{url.rsplit('/', 2)[-2]}/{url.rsplit('/', 1)[-1]}", url, html)
             for _, url, html in timing_pages()]
    truth = json.loads((DATA / "article-extraction-benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    for ident, entry in sorted(truth.items()):
        body = gzip.decompress((DATA / "article-extraction-benchmark" / "html" / f"{ident}.html.gz").read_bytes())
        pages.append((f"zyte:{ident}", entry["url"], _decode(body, entry["url"])))
    for name in ("fundus-dev", "htmldate-dev"):
        for line in (DATA / name / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                body = gzip.decompress((DATA / name / gold["page"]).read_bytes())
                pages.append((f"{name}:{gold['page']}", gold["url"], _decode(body, gold["url"])))
    return pages


# --- the worker: runs under the checkout given by --code ----------------------------------------------
def _worker(mode: str, pages_file: str, out_file: str, extra: str) -> None:
    from newsspider.extract.article import extract_article

    with open(pages_file, "rb") as handle:
        pages = pickle.load(handle)
    if mode == "dump":
        from dataclasses import asdict

        with open(out_file, "w", encoding="utf-8") as out:
            for name, url, html in (pages[::-1] if extra == "reversed" else pages):
                record = asdict(extract_article(html, url))
                out.write(json.dumps({"page": name, **record}, ensure_ascii=False, sort_keys=True) + "\n")
        return
    _warm_up_as_the_crawl()
    for _, url, html in pages[:5]:  # warm-up: lazy imports, regex caches
        extract_article(html, url)
    if mode == "count":  # the warm-up above paid lazy imports and regex caches before the counts, as before the clock
        with open(out_file, "w", encoding="utf-8") as out:
            json.dump(_count(pages, extract_article), out)
        return
    if mode == "profile":
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for _, url, html in pages:
            extract_article(html, url)
        profiler.disable()
        sort, limit = extra.split(",")
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(sort).print_stats(int(limit))
        return
    repeat, replay = extra.split(",")
    if replay == "replay":
        _replay_trafilatura(pages, extract_article)
    cpu: dict[str, list[float]] = {}
    for group, url, html in pages:
        times = []
        for _ in range(int(repeat)):
            start = time.process_time()
            extract_article(html, url)
            times.append(time.process_time() - start)
        cpu.setdefault(group, []).append(min(times))
    with open(out_file, "w", encoding="utf-8") as out:
        json.dump(cpu, out)


def _warm_up_as_the_crawl() -> None:
    """The checkout's worker warm-up (``newsspider.worker_process.warm_up``: its stage modules'
    ``warm_up()``), then its objects frozen out of the garbage collector, as the crawl's zygote does
    before it forks the workers: what a checkout loads once a process (the language model, CLDR's
    tables) is paid before the clock here as it is before the crawl's first page, and the timed
    pages' collections do not scan it. Every checkout runs its own warm-up, whatever it holds."""
    import gc

    from newsspider import worker_process

    gc.disable()
    worker_process.warm_up()
    gc.collect()
    gc.freeze()
    gc.enable()


def _replay_trafilatura(pages: list[tuple[str, str, str]], extract_article) -> None:
    """Run every page once with trafilatura's passes recorded, then make ``bare_extraction``
    return the recorded results (by page, mode and pass), so that what is timed is the
    checkout's own code: trafilatura is the same in every checkout and costs most of the time."""
    import trafilatura

    real = trafilatura.bare_extraction
    recorded: dict[tuple, object] = {}

    def key(kwargs: dict) -> tuple:
        """The page and pass: from the call's keywords, or the options it was given. The page is the
        address the call names, so that each replayed call finds its own page's result."""
        options = kwargs.get("options")
        if options is not None:
            return options.url, options.fast, options.focus == "precision", options.comments
        return (kwargs.get("url"), kwargs.get("fast", False), kwargs.get("favor_precision", False),
                kwargs.get("include_comments"))

    def record(*args, **kwargs):
        recorded[key(kwargs)] = result = real(*args, **kwargs)
        return result

    def replay(*args, **kwargs):
        return recorded[key(kwargs)]

    trafilatura.bare_extraction = record
    for _, url, html in pages:
        extract_article(html, url)
    if len({address for address, *_ in recorded}) != len({url for _, url, _ in pages}):
        raise SystemExit("--without-trafilatura: the recorded passes do not name each page's address")
    trafilatura.bare_extraction = replay


def _count(pages: list[tuple[str, str, str]], extract_article) -> dict[str, dict[str, float]]:
    """Per group of ``pages``: trafilatura's passes by kind, document parses and Python calls a page
    (see the module's docstring), from two profiled runs: one whole, one with the passes replayed."""
    import cProfile
    import pstats
    from collections import Counter

    import trafilatura

    real = trafilatura.bare_extraction
    groups = sorted({group for group, _, _ in pages})
    passes: dict[str, Counter] = {group: Counter() for group in groups}
    current = [groups[0]]

    def counted(*args, **kwargs):
        options = kwargs.get("options")
        precision = options.focus == "precision" if options is not None else kwargs.get("favor_precision", False)
        fast = options.fast if options is not None else kwargs.get("fast", False)
        passes[current[0]][f"passes_{'precision' if precision else 'balanced'}_{'fast' if fast else 'full'}"] += 1
        return real(*args, **kwargs)

    def profiled(group: str) -> dict:
        profiler = cProfile.Profile()
        profiler.enable()
        for name, url, html in pages:
            if name == group:
                extract_article(html, url)
        profiler.disable()
        return pstats.Stats(profiler).stats  # type: ignore[attr-defined]

    counts: dict[str, dict[str, float]] = {}
    trafilatura.bare_extraction = counted
    whole = {}
    for group in groups:
        current[0] = group
        whole[group] = profiled(group)
    trafilatura.bare_extraction = real
    _replay_trafilatura(pages, extract_article)
    for group in groups:
        size = sum(1 for name, _, _ in pages if name == group)
        replayed = profiled(group)
        figures = {"pages": size, **{kind: n / size for kind, n in sorted(passes[group].items())}}
        figures["passes"] = sum(passes[group].values()) / size
        figures["lxml_document_parses"] = sum(calls for (_, _, name), (_, calls, *_) in whole[group].items()
                                         if name == "document_fromstring") / size
        for package, calls in sorted(_parses_by_package(whole[group]).items()):
            figures[f"lxml_document_parses_by_{package}"] = calls / size
        figures["python_calls_replayed"] = sum(calls for _, (_, calls, *_) in replayed.items()) / size
        figures["own_calls_replayed"] = sum(calls for (file, _, _), (_, calls, *_) in replayed.items()
                                            if f"{os.sep}newsspider{os.sep}" in file) / size
        counts[group] = {key: round(value, 2) for key, value in figures.items()}
    trafilatura.bare_extraction = real
    return counts


def _package(file: str) -> str:
    """The package a profiled function's file is of: this one's ("newsspider"), the installed
    package's top directory ("trafilatura", "htmldate", "lxml"), or "other"."""
    if f"{os.sep}newsspider{os.sep}" in file:
        return "newsspider"
    parts = Path(file).parts
    return parts[parts.index("site-packages") + 1] if "site-packages" in parts[:-1] else "other"


def _parses_by_package(stats: dict) -> dict[str, float]:
    """lxml's document parses (``document_fromstring``'s calls) by the package that asked for them:
    each call's callers followed up through lxml's own wrappers (``lxml.html.fromstring``), a
    wrapper's calls shared among its callers as they called it. Ours is the page's one parse; a
    dateline's text handed to htmldate's ``find_date`` is parsed as a small document of its own,
    and trafilatura's full passes parse again for their fallbacks: the total alone does not say
    whose parse of what a page's count holds."""
    found: dict[str, float] = {}

    def share(function: tuple, calls: float, depth: int = 0) -> None:
        callers = stats.get(function, (0, 0, 0, 0, {}))[4]
        total = sum(called for _, called, *_ in callers.values())
        for caller, (_, called, *_) in callers.items():
            package = _package(caller[0])
            if package == "lxml" and depth < _WRAPPER_DEPTH:
                share(caller, calls * called / total, depth + 1)
            else:
                found[package] = found.get(package, 0.0) + calls * called / total

    for function, (_, calls, *_) in stats.items():
        if function[2] == "document_fromstring":
            share(function, calls)
    return found


_WRAPPER_DEPTH = 4  # lxml's wrappers followed up at most (fromstring calls document_fromstring: 1)


def _run_worker(code: str, mode: str, pages_file: str, out_file: str, extra: str = "") -> None:
    code = str(Path(code).resolve())
    program = ("import sys; sys.path.insert(0, sys.argv[1]); import runpy; "
               "module = runpy.run_path(sys.argv[2]); module['_worker'](*sys.argv[3:])")
    env = {**os.environ, "PYTHONPATH": code}
    if mode == "count":  # one string hashing: a set's order, and so where an any() over it stops, as in every run
        env["PYTHONHASHSEED"] = "0"
    subprocess.run([sys.executable, "-c", program, code, __file__, mode, pages_file, out_file, extra],
                   check=True, env=env, cwd=code)


def _mix(cpu: dict[str, list[float]]) -> dict[str, float]:
    """ms per page per group, and the crawl's mix (the benchmark's pages weighed by its copies)."""
    zyte, ntrex = cpu.get("zyte", []), cpu.get("ntrex", [])
    pages = ZYTE_COPIES * len(zyte) + len(ntrex)
    return {"zyte": 1000 * sum(zyte) / max(len(zyte), 1), "ntrex": 1000 * sum(ntrex) / max(len(ntrex), 1),
            "crawl_mix": 1000 * (ZYTE_COPIES * sum(zyte) + sum(ntrex)) / max(pages, 1)}


def _diff(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[str, dict]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {record["page"]: record for record in map(json.loads, lines)}

    old, new = read(before), read(after)
    differing = 0
    for page in sorted(old.keys() | new.keys()):
        a, b = old.get(page), new.get(page)
        if a != b:
            differing += 1
            if a is None or b is None:
                print(f"{page}: only in {'after' if a is None else 'before'}")
                continue
            fields = sorted(key for key in a.keys() | b.keys() if a.get(key) != b.get(key))
            print(f"{page}: {', '.join(fields)}")
    print(f"{len(old.keys() | new.keys())} pages, {differing} differ")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("time", "profile", "dump", "diff", "count"))
    parser.add_argument("paths", nargs="*", help="dump: the output file; diff: the two dumps")
    parser.add_argument("--code", action="append", default=[], help="checkout to run (repeatable for time)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1,
                        help="time: extract each page this many times and count its least CPU (others' load "
                             "on a shared machine only adds)")
    parser.add_argument("--without-trafilatura", action="store_true",
                        help="time: replay trafilatura's results recorded in a first run (the code that "
                             "differs between checkouts, timed on its own)")
    parser.add_argument("--reversed", action="store_true",
                        help="dump: extract the pages in reverse order (diff is by page, not by line)")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--limit", default="60")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # bench.extraction_pages and the page decoding: this checkout's
    if args.mode == "diff":
        return _diff(Path(args.paths[0]), Path(args.paths[1]))
    codes = args.code or [str(ROOT)]
    with tempfile.TemporaryDirectory() as scratch:
        pages_file = str(Path(scratch) / "pages.pickle")
        with open(pages_file, "wb") as handle:
            pickle.dump(dump_pages() if args.mode == "dump" else timing_pages(), handle)
        if args.mode == "dump":
            _run_worker(codes[0], "dump", pages_file, args.paths[0], "reversed" if args.reversed else "")
            return 0
        if args.mode == "profile":
            _run_worker(codes[0], "profile", pages_file, os.devnull, f"{args.sort},{args.limit}")
            return 0
        if args.mode == "count":
            counted = {}
            for code in codes:
                out = str(Path(scratch) / "counts.json")
                _run_worker(code, "count", pages_file, out)
                counted[code] = json.loads(Path(out).read_text(encoding="utf-8"))
            print(json.dumps(counted, indent=1))
            return 0
        runs: dict[str, list[dict[str, float]]] = {code: [] for code in codes}
        for round_ in range(args.rounds):
            for code in codes:
                out = str(Path(scratch) / "cpu.json")
                _run_worker(code, "time", pages_file, out,
                            f"{args.repeat},{'replay' if args.without_trafilatura else 'run'}")
                figures = _mix(json.loads(Path(out).read_text(encoding="utf-8")))
                runs[code].append(figures)
                print(f"round {round_ + 1} {code}: " + ", ".join(f"{k} {v:.2f} ms" for k, v in figures.items()),
                      file=sys.stderr, flush=True)
        first = codes[0]
        summary = {}
        for code, figures in runs.items():
            mix = [f["crawl_mix"] for f in figures]
            summary[code] = {"crawl_mix_ms": [round(v, 2) for v in mix],
                             "zyte_ms": [round(f["zyte"], 2) for f in figures],
                             "ntrex_ms": [round(f["ntrex"], 2) for f in figures],
                             f"ratio_to_{Path(first).name}": round(sum(mix) / sum(f["crawl_mix"] for f in runs[first]), 3)}
        print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
