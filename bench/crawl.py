"""End-to-end crawl benchmark: a full ``scrapy crawl news`` over >= 2,000 local article pages,
against the extraction-only bound measured in the same run on the same HTML.

    python -m bench.crawl                     # prints ONE JSON object on stdout (progress on stderr)
    python -m bench.crawl --zyte-copies 2 --no-stories-run   # quicker, smaller

Pages (served from memory by bench.common.MemorySite: HTTP/1.1 keep-alive, prebuilt responses):
- the 181 pages of ../shared/data/article-extraction-benchmark/html/*.html.gz, each served
  ``--zyte-copies`` times under distinct URLs (``/z/<copy>/<id>.html``) with its
  ``<link rel=canonical>`` removed, so every copy is its own article (not dropped as a same-URL
  duplicate); copies of one page are exact duplicates for story detection;
- the multilingual NTREX pages of bench/extraction_pages.build_pages (every story in 13
  language files, site chrome planted in the body), ``/n/<site>/<file>``;
- one sitemap per group (``zyte``, ``ntrex`` sources), ``/robots.txt`` allowing everything.

Runs, in this order, each on all pages:
1. ``bound``: plain trafilatura (``bare_extraction``, trafilatura's default one-pass extraction
   with metadata and its fallback comparison) in 2 spawn worker processes, no Scrapy: the HTML
   bytes are decoded in the worker (w3lib, as Scrapy does) and extracted; pages/s after the
   workers have started.
2. ``bound_extract_article`` (with ``--extract-article-bound``): the same with the project's
   ``extract_article`` (what the crawl's ExtractPipeline runs: trafilatura + metadata + language).
3. ``crawl_no_stories``: the crawl with ``NEWSSPIDER_STORIES_BACKEND=none``.
4. ``bound`` again: the figure reported is over both bound runs (``runs_pages_per_s`` lists
   them), as this machine's speed drifts by 10-20% within minutes (other tenants).
5. ``crawl``: the crawl with the default backend (e5 embeddings of title + lead and of two
   body passages).

Crawl settings: -s NEWSSPIDER_MAX_AGE_DAYS=0 AUTOTHROTTLE_ENABLED=False DOWNLOAD_DELAY=0
CONCURRENT_REQUESTS_PER_DOMAIN=32 NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=0 NEWSSPIDER_WORKERS=2
NEWSSPIDER_STATE_DIR=<fresh tmp> LOG_LEVEL=INFO, -O out.jsonl, SCRAPY_SETTINGS_MODULE=
newsspider.settings, launched through ``python -m bench.common`` (scrapy's own cmdline, plus
timers around the two main-process stages; see bench/common.py).

Figures per crawl:
- ``pages_per_s``: article pages downloaded / Scrapy's ``elapsed_time_seconds`` (spider open to
  close); ``pages_per_s_command``: the same over the whole command's wall time (start-up incl.).
- ``cpu_ms_per_page``: extract, clean, story_prepare (worker CPU, timed inside the worker by
  newsspider.extensions.worker_pool and read from the crawl's run report), story_assign and lines_observe (main
  process, thread CPU), main_total (the whole Scrapy process: download, parse, pipelines,
  feed export, IPC) and workers_total (every worker's CPU, from /proc).
- ``fixed_cpu_s``: what the crawl pays once: the Scrapy process's CPU before the engine opens the
  spider (``main_start``: imports, settings, the state store, sitemaps not yet fetched) and after it
  begins closing it (``main_end``: story export, retention, the run report), and the processes
  it spawns (``spawned``: the workers' zygote, whose warm-up imports the stage modules and loads
  the language and embedding models; multiprocessing's resource tracker too, in code that still
  spawns the zygote through multiprocessing). The bound's figure
  has none of this (its workers start and warm up before its clock). ``forked_workers_cpu_s``:
  the workers forked from the zygote (with ``spawned``: ``workers_total``).
- ``peak_memory_mb``: peak of the summed RSS (and PSS) of the Scrapy process and its workers,
  sampled every 0.25 s from /proc; ``main_rss``: the Scrapy process alone.
- ``story_prepare_articles_per_s_2_cores``: 2 / (story prepare CPU s per article);
  ``cpu_ms_per_page.story_prepare`` is per article sent to the workers, ``story_prepare_ms_per_page``
  per page (copies take their twin's fingerprints: ``stories.prepared_from_twin``).
- ``workers``: how busy the workers were (``worker_time``).
- ``ratio_to_bound``: crawl pages/s / bound pages/s (wall clock, as measured on this machine, whose
  other users' load varies during the run), and ``*_cpu_based``: bound CPU ms per page / crawl
  CPU ms per page (all processes), i.e. the ratio on 2 otherwise idle cores.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    LOCAL_CRAWL_SETTINGS,
    MemorySite,
    TreeSampler,
    parse_main_timing,
    read_crawl_stats,
    server_pages_per_second,
    setting_options,
    urlset,
)

ZYTE_DIR = ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "html"
CANONICAL = re.compile(rb"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
HTML_TYPE = "text/html"  # no charset: Scrapy and the bound both find it in the page (w3lib)


def log(message: str) -> None:
    print(f"[bench.crawl {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- corpus --------------------------------------------------------------------------------------
def build_corpus(zyte_copies: int, ntrex: bool, workdir: Path) -> tuple[dict[str, tuple[bytes, str]], dict[str, list[str]]]:
    """{path: (body, content type)} and {source: [article paths]}."""
    pages: dict[str, tuple[bytes, str]] = {}
    groups: dict[str, list[str]] = {"zyte": [], "ntrex": []}
    for file in sorted(ZYTE_DIR.glob("*.html.gz")):
        body = CANONICAL.sub(b"", gzip.decompress(file.read_bytes()))
        ident = file.name.removesuffix(".html.gz")
        for copy in range(zyte_copies):
            path = f"/z/{copy}/{ident}.html"
            pages[path] = (body, HTML_TYPE)  # the same bytes object: no copy per URL
            groups["zyte"].append(path)
    if ntrex:
        from bench.extraction_pages import build_pages

        out = workdir / "ntrex-pages"
        for entry in build_pages(out):
            body = CANONICAL.sub(b"", (out / entry["path"]).read_bytes())
            path = "/n/" + entry["path"]
            pages[path] = (body, "text/html; charset=utf-8")
            groups["ntrex"].append(path)
    return pages, {k: v for k, v in groups.items() if v}


def add_discovery(pages: dict, groups: dict[str, list[str]], base: str) -> None:
    for name, paths in groups.items():
        pages[f"/sitemap-{name}.xml"] = (urlset(base + p for p in paths), "application/xml")
    pages["/robots.txt"] = (b"User-agent: *\nAllow: /\n", "text/plain")


def write_sources(path: Path, groups: dict[str, list[str]], base: str) -> None:
    text = "".join(f'[[source]]\nname = "{name}"\nsitemaps = ["{base}/sitemap-{name}.xml"]\n\n' for name in groups)
    path.write_text(text, encoding="utf-8")


# --- extraction-only bound ------------------------------------------------------------------------
_PAGES: dict[str, tuple[bytes, str]] = {}


def _init_bound(pages: dict[str, tuple[bytes, str]], mode: str) -> None:
    global _PAGES
    _PAGES = pages
    import trafilatura  # noqa: F401  (imports paid before the clock starts)
    from w3lib.encoding import html_to_unicode  # noqa: F401
    if mode == "extract_article":
        import newsspider.extract.article  # noqa: F401


def _bound_job(path: str, url: str, mode: str) -> tuple[int, float]:
    start = time.process_time()
    return _bound_extract(path, url, mode), time.process_time() - start


def _bound_extract(path: str, url: str, mode: str) -> int:
    from w3lib.encoding import html_to_unicode

    body, ctype = _PAGES[path]
    _, html = html_to_unicode(ctype, body)
    if mode == "trafilatura":
        import trafilatura

        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                          include_tables=True, deduplicate=False)
        return len(doc.text or "") if doc is not None else 0
    from newsspider.extract.article import extract_article

    result = extract_article(html, url)
    return len(result.article.text) if result.article else 0


def combine_bounds(runs: list[dict]) -> dict:
    """One bound from the runs before and after the crawl: the speed of this machine's shared
    cores drifts by 10-20% within minutes, so a bound taken on one side of the crawl only would
    move the ratio by as much. Pages/s over both runs' time, CPU ms per page averaged."""
    pages, seconds = sum(r["pages"] for r in runs), sum(r["seconds"] for r in runs)
    cpu_ms = sum(r["cpu_ms_per_page"] * r["pages"] for r in runs) / pages
    return {"mode": runs[0]["mode"], "pages": runs[0]["pages"], "seconds": round(seconds / len(runs), 2),
            "pages_per_s": round(pages / seconds, 2), "cpu_ms_per_page": round(cpu_ms, 2),
            "pages_per_s_2_idle_cores": round(2000 / cpu_ms, 2), "text_chars": runs[0]["text_chars"],
            "runs_pages_per_s": [r["pages_per_s"] for r in runs]}


def _ready(_: int) -> bool:
    return True


def measure_bound(pages: dict, paths: list[str], base: str, mode: str, workers: int = 2) -> dict:
    """Pages/s of extraction alone in ``workers`` processes, over ``paths`` (repeats included).

    The pages dict is handed to each worker once at start-up (like the crawl's workers receive
    the HTML once per page, this excludes the page transfer: it is a bound)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_bound,
                             initargs=({p: pages[p] for p in set(paths)}, mode)) as pool:
        list(pool.map(_ready, range(workers * 4)))  # every worker up and warm
        start = time.perf_counter()
        done = list(pool.map(_bound_job, paths, [base + p for p in paths], [mode] * len(paths), chunksize=4))
        wall = time.perf_counter() - start
    cpu_ms = 1000 * sum(cpu for _, cpu in done) / len(paths)
    return {"mode": mode, "pages": len(paths), "seconds": round(wall, 2),
            "pages_per_s": round(len(paths) / wall, 2), "cpu_ms_per_page": round(cpu_ms, 2),
            "pages_per_s_2_idle_cores": round(2000 / cpu_ms, 2), "text_chars": sum(c for c, _ in done)}


# --- crawl ---------------------------------------------------------------------------------------
def crawl_pythonpath(code: Path, workdir: Path) -> str:
    """The crawl's PYTHONPATH: the checkout at ``code``'s ``newsspider``, launched and measured by
    this checkout's bench/common.py, so that two checkouts' crawls (bench.crawl_ab) are measured
    by the same wrappers. ``code`` alone would bring its own bench/common.py, and this checkout on
    the path its own newsspider; so a directory holding only a link to this checkout's ``bench``
    goes first (``bench`` is a namespace package: the first portion with ``common`` wins)."""
    if code.resolve() == ROOT:
        return str(ROOT)
    launcher = workdir / "launcher"
    if not (launcher / "bench").exists():
        launcher.mkdir(exist_ok=True)
        (launcher / "bench").symlink_to(ROOT / "bench", target_is_directory=True)
    return os.pathsep.join([str(launcher), str(code)])


def run_crawl(name: str, sources: Path | None, workdir: Path, extra: dict[str, str], timeout: float,
              spider_args: list[str] | None = None, code: Path = ROOT) -> dict:
    """One crawl of ``sources`` (or with ``spider_args`` instead, e.g. ``["-a", "warc=..."]``: bench.warc)
    by the checkout at ``code`` (this one by default; bench.crawl_ab alternates two), launched by this
    checkout's bench/common.py (``crawl_pythonpath``)."""
    rundir = workdir / name
    rundir.mkdir()
    settings = {
        **LOCAL_CRAWL_SETTINGS, "CONCURRENT_REQUESTS_PER_DOMAIN": "32", "NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "0",
        "NEWSSPIDER_WORKERS": "2", "NEWSSPIDER_STATE_DIR": str(rundir / "state"), "LOG_LEVEL": "INFO",
        **extra,
    }
    arguments = spider_args if spider_args is not None else ["-a", f"sources={sources}"]
    command = [sys.executable, "-m", "bench.common", "crawl", "news", *arguments, "-O", "out.jsonl",
               *setting_options(settings)]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": crawl_pythonpath(code, workdir)}
    log(f"crawl {name}: {' '.join(command[1:])}")
    run = sampled_run(command, rundir, env, timeout)
    result = crawl_figures(rundir, run, int(settings["NEWSSPIDER_WORKERS"]))
    if run.returncode != 0:
        log(f"crawl {name} exited {run.returncode}; see {rundir / 'log.txt'}")
    log(f"crawl {name}: {result['pages_per_s']} pages/s")
    return result


@dataclass
class SampledRun:
    """A crawl's process run to its end (or killed at its timeout: no ``returncode``)."""

    returncode: int | None
    wall: float
    """Its wall-clock seconds."""
    own_cpu_s: float
    """The CPU seconds of this process meanwhile: the server's and the bench's."""
    sampler: TreeSampler
    """What its process tree used (CPU, memory, processes)."""


def sampled_run(command: list[str], rundir: Path, env: dict[str, str], timeout: float) -> SampledRun:
    """Run ``command`` in ``rundir`` (its output in ``log.txt``), sampling its process tree."""
    own0 = os.times()
    start = time.perf_counter()
    with open(rundir / "log.txt", "w") as logfile:
        proc = subprocess.Popen(command, cwd=rundir, env=env, stdout=logfile, stderr=subprocess.STDOUT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            proc.wait(timeout=timeout)
        finally:
            sampler.stop()
            if proc.poll() is None:
                proc.kill()
    wall = time.perf_counter() - start
    own = os.times()
    return SampledRun(proc.returncode, wall, (own.user + own.system) - (own0.user + own0.system), sampler)


def crawl_figures(rundir: Path, run: SampledRun, workers: int) -> dict:
    """What a crawl in ``rundir`` did and cost, from its run report, its log (the launcher's
    ``BENCH_MAIN`` line) and the sampling of its processes."""
    wall, sampler = run.wall, run.sampler
    text = (rundir / "log.txt").read_text(errors="replace")
    stats = read_crawl_stats(rundir / "out.jsonl")
    main = parse_main_timing(text)
    records = sum(1 for line in open(rundir / "out.jsonl", encoding="utf-8") if line.strip()) \
        if (rundir / "out.jsonl").exists() else 0

    pages = sum(v for k, v in stats.items() if re.fullmatch(r"newsspider/source/[^/]+/pages", k))
    elapsed = stats.get("elapsed_time_seconds") or wall

    def worker(fn: str) -> tuple[float, int, int]:
        key = f"newsspider/workers/{fn}"
        return stats.get(f"{key}/cpu_ms", 0.0), stats.get(f"{key}/calls", 0), stats.get(f"{key}/items", 0)

    ex_ms, ex_calls, _ = worker("extract_page")
    cl_ms, cl_calls, _ = worker("clean_text")
    sp_ms, sp_calls, sp_items = worker("prepare_in_worker")
    assign = main.get("story_assign", {"calls": 0, "cpu_ms": 0.0})
    observe = main.get("lines_observe", {"calls": 0, "cpu_ms": 0.0})
    template = main.get("lines_template", {"calls": 0, "cpu_ms": 0.0})
    main_cpu = main.get("process_cpu_s") or sampler.cpu_main_and_children()[0]
    workers_cpu = sampler.cpu_main_and_children()[1]
    by_depth = sampler.cpu_by_depth()
    marks = main.get("process_cpu_s_at", {})

    def per(total_ms: float, n: int) -> float | None:
        return round(total_ms / n, 2) if n else None

    return {
        "returncode": run.returncode,
        "article_pages": pages,
        "records_written": records,
        "items_dropped": stats.get("item_dropped_count", 0),
        "responses": stats.get("response_received_count", 0),
        "elapsed_s": round(elapsed, 2),
        "command_s": round(wall, 2),
        "pages_per_s": round(pages / elapsed, 2) if elapsed else None,
        "pages_per_s_command": round(pages / wall, 2),
        "cpu_ms_per_page": {
            "extract": per(ex_ms, ex_calls),
            "clean": per(cl_ms, cl_calls),
            "story_prepare": per(sp_ms, sp_items),
            "story_assign": per(assign["cpu_ms"], assign["calls"]),
            "lines_observe": per(observe["cpu_ms"], observe["calls"]),
            "lines_template": per(template["cpu_ms"], template["calls"]),
            "main_total": per(main_cpu * 1000, pages),
            "workers_total": per(workers_cpu * 1000, pages),
        },
        "fixed_cpu_s": {  # paid once per crawl, whatever its pages
            "main_start": marks.get("open_spider"),
            "main_end": round(main_cpu - marks["close_spider"], 3) if "close_spider" in marks else None,
            "spawned": round(sum(v for d, v in by_depth.items() if d == 1), 2),
        },
        "forked_workers_cpu_s": round(sum(v for d, v in by_depth.items() if d >= 2), 2),
        "story_prepare_ms_per_page": per(sp_ms, pages),
        "story_prepare_batches": sp_calls,
        "story_prepare_items_per_batch": round(sp_items / sp_calls, 2) if sp_calls else None,
        "story_prepare_articles_per_s_2_cores": round(2000 * sp_items / sp_ms, 2) if sp_ms else None,
        "worker_wait_ms_per_call": {fn: per(stats.get(f"newsspider/workers/{fn}/wait_ms", 0.0),
                                            stats.get(f"newsspider/workers/{fn}/calls", 0))
                                    for fn in ("extract_page", "clean_text", "prepare_in_worker")},
        "workers": worker_time(stats, workers, elapsed),
        "stories": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newsspider/stories/")},
        "peak_memory_mb": {"rss_tree": round(sampler.peak_rss / 2**20, 1),
                           "pss_tree": round(sampler.peak_pss / 2**20, 1),
                           "main_rss": round(sampler.peak_main_rss / 2**20, 1),
                           "processes": sampler.max_processes},
        "server_and_bench_cpu_s": round(run.own_cpu_s, 2),
        "log": str(rundir / "log.txt"),
    }


def worker_time(stats: dict, workers: int, elapsed: float) -> dict:
    """How busy the workers were: ``busy_share`` of the crawl's elapsed time (workers x spider open
    to close: start-up, waits and the end included), and ``idle_share_between_jobs``: the time
    they waited for a job after their first one, over that time plus the time they ran jobs
    (work the main process did not hand them in time)."""
    busy, idle = stats.get("newsspider/workers/busy_ms", 0.0), stats.get("newsspider/workers/idle_ms", 0.0)
    return {"busy_s": round(busy / 1000, 2), "idle_between_jobs_s": round(idle / 1000, 2),
            "busy_share": round(busy / 1000 / (workers * elapsed), 3) if elapsed else None,
            "idle_share_between_jobs": round(idle / (idle + busy), 3) if busy else None}


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"nproc": os.cpu_count(), "cpu": model, "ram_gb": round(mem / 2**20, 1),
            "python": platform.python_version(), "loadavg_at_start": os.getloadavg()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zyte-copies", type=int, default=7, help="times each Zyte page is served (default 7)")
    parser.add_argument("--no-ntrex", action="store_true", help="leave out the multilingual NTREX pages")
    parser.add_argument("--no-stories-run", action="store_true", help="skip the crawl with embeddings")
    parser.add_argument("--extract-article-bound", action="store_true",
                        help="also measure the bound with the project's extract_article (doubles the bound's time)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="extra -s setting for both crawls (experiments; reported in the output)")
    parser.add_argument("--no-bound", action="store_true", help="skip the extraction-only bound (no ratios)")
    parser.add_argument("--profile-main", metavar="PATH",
                        help="cProfile (wall clock) the crawls' Scrapy process into PATH.<run>")
    parser.add_argument("--sample-main", metavar="PATH",
                        help="CPU-time sampling profile of the crawls' Scrapy process, folded stacks in PATH.<run>")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args(argv)

    out: dict = {"machine": machine()}
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.split("\n")
    out["git"] = {"head": git, "modified_files": [line[3:] for line in dirty if line.strip()]}
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        workdir = Path(tmp)
        pages, groups = build_corpus(args.zyte_copies, not args.no_ntrex, workdir)
        articles = [p for paths in groups.values() for p in paths]
        out["corpus"] = {name: len(paths) for name, paths in groups.items()}
        out["corpus"]["article_pages"] = len(articles)
        out["corpus"]["unique_html_mb"] = round(sum(len(b) for b, _ in {id(v[0]): v for v in pages.values()}.values()) / 2**20, 1)
        with MemorySite(pages) as site:
            add_discovery(pages, groups, site.base_url)
            sources = workdir / "sources.toml"
            write_sources(sources, groups, site.base_url)
            out["server_pages_per_s_alone"] = round(server_pages_per_second(site.base_url, articles), 1)
            log(f"{len(articles)} article pages at {site.base_url}; server alone {out['server_pages_per_s_alone']} pages/s")

            bounds = []

            def add_bound(when: str) -> None:
                log(f"bound ({when} the crawl): plain trafilatura, 2 processes")
                bounds.append(measure_bound(pages, articles, site.base_url, "trafilatura"))
                log(f"bound: {bounds[-1]['pages_per_s']} pages/s")

            if not args.no_bound:
                add_bound("before")
            if args.extract_article_bound:
                out["bound_extract_article"] = measure_bound(pages, articles, site.base_url, "extract_article")
                log(f"bound extract_article: {out['bound_extract_article']['pages_per_s']} pages/s")

            extra = dict(item.split("=", 1) for item in args.set)
            out["extra_settings"] = extra
            profile_as(args, "no-stories")
            out["crawl_no_stories"] = run_crawl("no-stories", sources, workdir,
                                                {**extra, "NEWSSPIDER_STORIES_BACKEND": "none"}, args.timeout)
            if bounds:
                add_bound("after")
                out["bound"] = combine_bounds(bounds)
            if not args.no_stories_run:
                profile_as(args, "stories")
                out["crawl"] = run_crawl("stories", sources, workdir, extra, args.timeout)
        out["ratio_to_bound"] = {}
        out["machine"]["loadavg_at_end"] = os.getloadavg()
        if "bound" in out:
            add_ratios(out)
    print(json.dumps(out))


def profile_as(args: argparse.Namespace, run: str) -> None:
    """Point the launcher's profiles of the next crawl (``--profile-main``, ``--sample-main``) at this run's files."""
    if args.profile_main:
        os.environ["BENCH_PROFILE"] = f"{args.profile_main}.{run}"
    if args.sample_main:
        os.environ["BENCH_SAMPLE"] = f"{args.sample_main}.{run}"


def add_ratios(out: dict) -> None:
    """Each crawl's throughput against the bound's (``ratio_to_bound``), measured and from CPU per
    page, and on 2 otherwise idle cores (``pages_per_s_2_idle_cores``): 2 / CPU seconds per page
    (every process of the crawl, or the bound's workers), a view that does not depend on the load."""
    bound = out["bound"]["pages_per_s"]
    for name in ("crawl_no_stories", "crawl"):
        if name in out and out[name]["pages_per_s"]:
            out["ratio_to_bound"][name] = round(out[name]["pages_per_s"] / bound, 3)
            if "bound_extract_article" in out:
                out["ratio_to_bound"][f"{name}_vs_extract_article"] = round(
                    out[name]["pages_per_s"] / out["bound_extract_article"]["pages_per_s"], 3)
    for name in ("crawl_no_stories", "crawl"):
        if name in out and out[name]["cpu_ms_per_page"]["main_total"]:
            cpu = out[name]["cpu_ms_per_page"]["main_total"] + out[name]["cpu_ms_per_page"]["workers_total"]
            out[name]["pages_per_s_2_idle_cores"] = round(2000 / cpu, 2)
            out["ratio_to_bound"][f"{name}_cpu_based"] = round(out["bound"]["cpu_ms_per_page"] / cpu, 3)


if __name__ == "__main__":
    main()
