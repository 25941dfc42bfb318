"""WARC input benchmark: pages/s of ``scrapy crawl news -a warc=`` against the extraction-only bound.

    python -m bench.warc                      # prints ONE JSON object on stdout (progress on stderr)
    python -m bench.warc --copies 12 --compare-libraries

The WARC file is written by this script (newsspider.warc.writer, one gzip member per record, as
CC-NEWS): the 181 pages of ../shared/data/article-extraction-benchmark/html/*.html.gz, each
``--copies`` times (default 12: 2,172 pages) under distinct URLs ``/z/<copy>/<id>.html`` with their
``<link rel=canonical>`` removed (as bench.crawl serves them), ``Content-Type: text/html`` without
a charset, a request record beside each response.

Runs, in this order (bench.crawl's own functions, so both benchmarks measure the same way):
1. ``bound``: plain trafilatura in 2 processes on the same HTML (bench.crawl.measure_bound);
2. ``warc``: ``scrapy crawl news -a warc=<file> -a source=zyte`` with translation detection off
   (``NEWSSPIDER_STORIES_BACKEND=none``), fresh state, ``NEWSSPIDER_MAX_ARTICLES_PER_SOURCE=0``,
   ``NEWSSPIDER_MAX_AGE_DAYS=0``, 2 workers (bench.crawl.run_crawl);
3. ``bound`` again; the bound reported is over both runs (bench.crawl.combine_bounds).

``warc`` holds bench.crawl's figures for the crawl: ``cpu_ms_per_page`` (``main_total``: the Scrapy
process, ``workers_total``: every worker's CPU, start-up included), ``workers`` (their busy share of
the elapsed time and their idle share between jobs), ``stories.prepared_from_twin`` (copies that
took their twin's fingerprints instead of a worker's).

``ratio_to_bound``: WARC crawl pages/s over bound pages/s (wall clock), and ``cpu_based``: bound
CPU ms per page over the crawl's CPU ms per page (every process): the ratio on 2 otherwise idle
cores, steadier while other work shares the machine. ``--compare-libraries`` also times reading
the file (every record, HTTP headers and body) with fastwarc and with warcio, in this process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.crawl import CANONICAL, HTML_TYPE, ZYTE_DIR, combine_bounds, log, machine, measure_bound, run_crawl  # noqa: E402
from newsspider.warc.writer import Exchange, RotatingWarcWriter, http_head  # noqa: E402

BASE = "http://bench.invalid"


def build_pages(copies: int) -> tuple[dict[str, tuple[bytes, str]], list[str]]:
    """{path: (body, content type)} and the article paths, copies included."""
    pages: dict[str, tuple[bytes, str]] = {}
    for file in sorted(ZYTE_DIR.glob("*.html.gz")):
        body = CANONICAL.sub(b"", gzip.decompress(file.read_bytes()))
        for copy in range(copies):
            pages[f"/z/{copy}/{file.name.removesuffix('.html.gz')}.html"] = (body, HTML_TYPE)
    return pages, list(pages)


def write_warc(pages: dict[str, tuple[bytes, str]], directory: Path) -> Path:
    writer = RotatingWarcWriter(directory, "bench", max_bytes=1 << 40, info={"software": "bench.warc"})
    when = datetime.now(timezone.utc)
    for path, (body, content_type) in pages.items():
        writer.write(Exchange(
            url=BASE + path, fetched_at=when, request_head=http_head(f"GET {path} HTTP/1.1", [(b"Host", b"bench.invalid")]),
            response_head=http_head("HTTP/1.1 200 OK", [(b"Content-Type", content_type.encode()),
                                                         (b"Content-Length", str(len(body)).encode())]),
            response_body=body))
    writer.close()
    return writer.written[0]


def read_all_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator

    total = 0
    with open(path, "rb") as raw:
        for record in ArchiveIterator(raw, parse_http=True, auto_decode="none"):
            if record.http_headers is not None:
                record.http_headers.get("Content-Type")
            total += len(record.reader.read())
    return total


def read_all_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with open(path, "rb") as raw:
        for record in ArchiveIterator(raw):
            if record.http_headers is not None:
                record.http_headers.get_header("Content-Type")
            total += len(record.content_stream().read())
    return total


def compare_libraries(path: Path, pages: int, rounds: int = 3) -> dict:
    """CPU ms per page reading the whole file, best of ``rounds``, for each library installed."""
    out = {}
    for name, read in (("fastwarc", read_all_fastwarc), ("warcio", read_all_warcio)):
        try:
            times = []
            for _ in range(rounds):
                start = time.process_time()
                read(path)
                times.append(time.process_time() - start)
        except ImportError:
            out[name] = "not installed"
            continue
        out[name] = {"cpu_ms_per_page": round(1000 * min(times) / pages, 3),
                     "pages_per_s_one_core": round(pages / min(times), 1)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12, help="times each benchmark page is in the WARC (default 12)")
    parser.add_argument("--compare-libraries", action="store_true", help="also time fastwarc and warcio reading the file")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="extra -s setting for the crawl")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args(argv)

    out: dict = {"machine": machine()}
    out["git"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="bench-warc-") as tmp:
        workdir = Path(tmp)
        pages, paths = build_pages(args.copies)
        warc = write_warc(pages, workdir)
        out["corpus"] = {"pages": len(paths), "warc_mb": round(warc.stat().st_size / 2**20, 1),
                         "html_mb": round(sum(len(body) for body, _ in pages.values()) / 2**20, 1)}
        log(f"{len(paths)} pages in {warc} ({out['corpus']['warc_mb']} MB)")
        if args.compare_libraries:
            out["read_only"] = compare_libraries(warc, len(paths))
            log(f"reading alone: {out['read_only']}")
        bounds = [measure_bound(pages, paths, BASE, "trafilatura")]
        log(f"bound (before): {bounds[-1]['pages_per_s']} pages/s")
        extra = {"NEWSSPIDER_STORIES_BACKEND": "none", **dict(item.split("=", 1) for item in args.set)}
        out["extra_settings"] = extra
        out["warc"] = run_crawl("warc", None, workdir, extra, args.timeout,
                                spider_args=["-a", f"warc={warc}", "-a", "source=zyte"])
        bounds.append(measure_bound(pages, paths, BASE, "trafilatura"))
        log(f"bound (after): {bounds[-1]['pages_per_s']} pages/s")
        out["bound"] = combine_bounds(bounds)
        crawl = out["warc"]
        cpu = crawl["cpu_ms_per_page"]
        out["ratio_to_bound"] = {
            "wall_clock": round(crawl["pages_per_s"] / out["bound"]["pages_per_s"], 3) if crawl["pages_per_s"] else None,
            "cpu_based": round(out["bound"]["cpu_ms_per_page"] / (cpu["main_total"] + cpu["workers_total"]), 3)
            if cpu["main_total"] and cpu["workers_total"] else None,
        }
        out["machine"]["loadavg_at_end"] = __import__("os").getloadavg()
    log(summary(out))
    print(json.dumps(out))


def summary(out: dict) -> str:
    """The figures the issue asks for, on one line."""
    crawl, bound, ratio = out["warc"], out["bound"], out["ratio_to_bound"]
    cpu, workers = crawl["cpu_ms_per_page"], crawl.get("workers", {})
    return (f"ratio to the bound: {ratio['wall_clock']} wall clock ({crawl['pages_per_s']} vs "
            f"{bound['pages_per_s']} pages/s), {ratio['cpu_based']} by CPU ({bound['cpu_ms_per_page']} ms per "
            f"page vs {cpu['main_total']} main + {cpu['workers_total']} workers); workers busy "
            f"{workers.get('busy_share')} of the time, idle {workers.get('idle_share_between_jobs')} between "
            f"jobs; {crawl['stories'].get('prepared_from_twin', 0)} of {crawl['article_pages']} pages took "
            f"their twin's fingerprints; load {out['machine']['loadavg_at_start'][0]:.1f} -> "
            f"{out['machine']['loadavg_at_end'][0]:.1f}")


if __name__ == "__main__":
    main()
