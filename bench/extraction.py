"""Extraction benchmark through the real crawl: serve pages on 127.0.0.1, ``scrapy crawl news`` them
through a generated sitemap, and score what the crawl wrote next to plain trafilatura.

Three suites, each crawled once (one run of this script does all that are asked for):

``benchmark``  the Zyte article-extraction benchmark (../shared/data/article-extraction-benchmark/):
               html/<id>.html.gz served decompressed under the page's original URL path (and query),
               one source per original host; records mapped back to ids by URL. Scored with the
               benchmark's 4-token shingle precision/recall/F1 (bench/shingle_score.py), on the
               tune and test halves (ids split by SHA-256 parity; tuning was done on "tune" only)
               and all pages, next to plain ``trafilatura.extract`` (balanced and precision mode).
``pages``      the multilingual templated pages of bench/extraction_pages.py (built from
               ../shared/data/ntrex-dev/ into a temp dir), one source per site: planted
               boilerplate strings that survive (plus headline copies left in the body) and gold
               body sentences kept intact, next to plain trafilatura (which has no cleaner); per
               group of site languages (with a phrase list, without one: tuned / held out), per
               half of the stories, per article language and per kind of chrome.
``seeds``      the bundled sample corpus (newsspider/sample/site), crawled with its own sources;
               the four seed pages (manifest "seed") must come out with none of their chrome and
               all of their paragraphs.

    python -m bench.extraction                     # all three suites
    python -m bench.extraction benchmark --show 10 # one suite, list the 10 worst pages

Plain trafilatura results are cached under bench/results/ (git-ignored), keyed by page content.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import extraction_pages  # noqa: E402
from bench.common import LOCAL_CRAWL_SETTINGS, HandlerSite, scrapy_crawl, urlset  # noqa: E402
from bench.extraction_pages import compared_text  # noqa: E402
from bench.shingle_score import document_f1, score  # noqa: E402
from bench.splits import split_of  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
BENCH_DIR = SHARED / "article-extraction-benchmark"
NTREX_DIR = SHARED / "ntrex-dev"
SAMPLE_DIR = REPO / "newsspider" / "sample"
RESULTS = REPO / "bench" / "results"
CRAWL_SETTINGS = {
    **LOCAL_CRAWL_SETTINGS,
    "NEWSSPIDER_STORIES_BACKEND": "none",
    "LOG_LEVEL": "WARNING",
}
# Seconds up to which the server waits, at random, before answering each page (--serve-jitter):
# pages then arrive in a different order on every run, as on a loaded machine or a slow site.
SERVE_JITTER = {"seconds": 0.0}


# ------------------------------------------------------------------------------------------
# Serving and crawling


def url_key(url: str) -> str:
    """Path plus sorted query: how a served URL is matched to a file and a record to a page."""
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return (parts.path or "/") + ("?" + query if query else "")


class PageServer(HandlerSite):
    """Serve ``root/<n>.html`` files under arbitrary URL paths (``routes``: url_key -> file name)
    as text/html on 127.0.0.1, plus generated sitemaps under ``/__sitemaps__/<source>.xml``."""

    def __init__(self, root: Path, routes: dict[str, str]):
        self.root, self.routes = root, routes
        self.sitemaps: dict[str, bytes] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                key = url_key(self.path)
                body, ctype = None, "text/html"
                if key in server.sitemaps:
                    body, ctype = server.sitemaps[key], "application/xml"
                elif key in server.routes:
                    body = (server.root / server.routes[key]).read_bytes()
                    if SERVE_JITTER["seconds"]:
                        time.sleep(random.uniform(0, SERVE_JITTER["seconds"]))
                if body is None:
                    self.send_response(HTTPStatus.NOT_FOUND)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)

    def add_sitemap(self, source: str, keys: list[str]) -> str:
        path = f"/__sitemaps__/{source}.xml"
        self.sitemaps[path] = urlset(self.base_url + key for key in keys)
        return self.base_url + path


def toml_sources(sources: dict[str, dict]) -> str:
    out = []
    for name, spec in sources.items():
        out.append("[[source]]")
        out.append(f"name = {json.dumps(name)}")
        for key, value in spec.items():
            out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        out.append("")
    return "\n".join(out)


def crawl(sources_toml: str, scratch: Path, *, settings: dict | None = None) -> tuple[list[dict], float]:
    """``scrapy crawl news`` in ``scratch`` (its cwd), -O out.jsonl; returns (records, seconds)."""
    done, seconds = scrapy_crawl(scratch, sources_toml, {**CRAWL_SETTINGS, **(settings or {})}, timeout=1800)
    out = scratch / "out.jsonl"
    if done.returncode not in (0,) or not out.exists():
        sys.stderr.write(done.stderr[-4000:])
        if not out.exists():
            raise SystemExit(f"crawl failed with exit status {done.returncode}")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records, seconds


# ------------------------------------------------------------------------------------------
# Plain trafilatura (cached)


def _plain_cache(name: str) -> tuple[Path, dict]:
    path = RESULTS / f"plain-trafilatura-{name}.json"
    try:
        return path, json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return path, {}


def plain_trafilatura(name: str, pages: dict[str, tuple[bytes, str]], modes=("balanced", "precision")) -> dict:
    """{mode: {page id: text}} of ``trafilatura.extract`` (include_comments=False) per page."""
    import trafilatura

    path, cache = _plain_cache(name)
    version = trafilatura.__version__
    result: dict[str, dict[str, str]] = {mode: {} for mode in modes}
    dirty = False
    for pid, (raw, url) in pages.items():
        digest = hashlib.sha256(raw).hexdigest()[:20]
        for mode in modes:
            key = f"{version}:{mode}:{digest}"
            if key not in cache:
                cache[key] = trafilatura.extract(raw, url=url, include_comments=False,
                                                 favor_precision=mode == "precision") or ""
                dirty = True
            result[mode][pid] = cache[key]
    if dirty:
        RESULTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return result


# ------------------------------------------------------------------------------------------
# Suite: article-extraction benchmark


def run_benchmark(data: Path, show: int) -> dict:
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {pid: (gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes()), entry["url"])
             for pid, entry in gold.items()}
    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        scratch = Path(tmp)
        site = scratch / "site"
        site.mkdir()
        routes, by_key, hosts = {}, {}, defaultdict(list)
        for n, (pid, (raw, url)) in enumerate(sorted(pages.items())):
            key = url_key(url)
            if key in routes:  # two pages on one path: keep them apart, still under their path
                key = f"/__dup{n}__{key}"
            (site / f"{n}.html").write_bytes(raw)
            routes[key], by_key[key] = f"{n}.html", pid
            hosts[urlsplit(url).hostname or "unknown"].append(key)
        with PageServer(site, routes) as server:
            sources = {host: {"sitemaps": [server.add_sitemap(f"s{i}", keys)]}
                       for i, (host, keys) in enumerate(sorted(hosts.items()))}
            records, seconds = crawl(toml_sources(sources), scratch)
    crawled = {}
    for record in records:
        pid = by_key.get(url_key(record["url"]))
        if pid:
            crawled[pid] = record.get("text") or ""
    plain = plain_trafilatura("benchmark", pages)
    print(f"\n== article-extraction benchmark: {len(gold)} pages, {len(crawled)} records from the crawl "
          f"({seconds:.0f} s); pages without a record count as empty")
    report: dict = {}
    for part in ("tune", "test", "all"):
        ids = [pid for pid in gold if part == "all" or split_of(pid) == part]
        rows = {"crawl": score((gold[p]["articleBody"], crawled.get(p, "")) for p in ids)}
        for mode, texts in plain.items():
            rows[f"plain trafilatura ({mode})"] = score((gold[p]["articleBody"], texts[p]) for p in ids)
        report[part] = rows
        print(f"  {part:4s} ({len(ids):3d} pages)" + "".join(
            f"\n    {name:32s} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}"
            for name, r in rows.items()))
    deltas = sorted((document_f1(gold[p]["articleBody"], crawled.get(p, ""))
                     - document_f1(gold[p]["articleBody"], plain["balanced"][p]), p) for p in gold)
    worse = [(d, p) for d, p in deltas if d < -0.05]
    print(f"  pages worse than plain trafilatura (balanced) by more than 0.05: {len(worse)}"
          + "".join(f"\n    {p[:12]} {split_of(p)} {d:+.3f} {gold[p]['url']}" for d, p in worse))
    if show:
        print(f"  worst {show} pages (crawl F1, plain F1):")
        worst = sorted(gold, key=lambda p: document_f1(gold[p]["articleBody"], crawled.get(p, "")))[:show]
        for p in worst:
            print(f"    {p[:12]} {split_of(p)} {document_f1(gold[p]['articleBody'], crawled.get(p, '')):.3f} "
                  f"{document_f1(gold[p]['articleBody'], plain['balanced'][p]):.3f} {gold[p]['url']}")
    report["worse_than_plain"] = [{"id": p, "delta": d} for d, p in worse]
    report["missing"] = sorted(set(gold) - set(crawled))
    return report


# ------------------------------------------------------------------------------------------
# Suite: multilingual templated pages


def run_pages(ntrex: Path, split: str, chrome: str, show: int, shapes: str = "base") -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-extraction-pages-") as tmp:
        scratch = Path(tmp)
        site = scratch / "site"
        manifest = extraction_pages.build_pages(site, ntrex_dir=ntrex, split=split, chrome=chrome, shapes=shapes)
        routes, by_key, per_site = {}, {}, defaultdict(list)
        for entry in manifest:
            key = url_key(entry["url"])
            routes[key], by_key[key] = entry["path"], entry
            per_site[entry["site"]].append(key)
        raw = {entry["path"]: ((site / entry["path"]).read_bytes(), entry["url"]) for entry in manifest}
        with PageServer(site, routes) as server:
            sources = {name: {"sitemaps": [server.add_sitemap(name, keys)]} for name, keys in sorted(per_site.items())}
            records, seconds = crawl(toml_sources(sources), scratch)
    crawled = {}
    for record in records:
        entry = by_key.get(url_key(record["url"]))
        if entry:
            crawled[entry["path"]] = record.get("text") or ""
    plain = plain_trafilatura("pages" if shapes == "base" else f"pages-{shapes}", raw, modes=("balanced",))["balanced"]
    print(f"\n== multilingual templated pages (stories {split}, site languages {chrome}, shapes {shapes}): "
          f"{len(manifest)} pages "
          f"on {len(per_site)} sites, {len(crawled)} records ({seconds:.0f} s); article languages "
          f"{sorted({m['language'] for m in manifest})}; site languages by group: " + "; ".join(
              f"{group} {sorted({m['chrome_language'] for m in manifest if m['chrome_group'] == group})}"
              for group in extraction_pages.CHROME_GROUPS))
    report = {}
    for name, texts in (("crawl", crawled), ("plain trafilatura", plain)):
        totals: Counter = Counter()
        groups: dict[str, dict[str, Counter]] = {"group": defaultdict(Counter), "stories": defaultdict(Counter),
                                                 "article language": defaultdict(Counter)}
        leaked_kinds: dict[str, Counter] = defaultdict(Counter)
        leaks = []
        for entry in manifest:
            text = texts.get(entry["path"], "")
            s = extraction_pages.score_page(entry, text)
            keys = {"group": entry["chrome_group"], "stories": entry["story_split"],
                    "article language": entry["language"]}
            for counter in (totals, *(groups[g][k] for g, k in keys.items())):
                counter["pages"] += 1
                counter["gold"] += s["gold_total"]
                counter["kept"] += s["gold_kept"]
                counter["planted"] += s["planted_total"]
                counter["leaked"] += s["planted_leaked"]
                counter["headline_copies"] += s["headline_copies"]
                counter["missing"] += entry["path"] not in texts
                counter["must_keep"] += s["must_keep_total"]
                counter["must_kept"] += s["must_keep_kept"]
            for item in entry["planted"]:
                if item["kind"] != "headline":
                    leaked_kinds[item["kind"]]["planted"] += 1
            for item in s["leaked"]:
                leaked_kinds[item["kind"]]["leaked"] += 1
            leaks += [(entry["path"], entry["chrome_language"], item["kind"], item["text"]) for item in s["leaked"]]
        report[name] = {"totals": dict(totals), **{g: {k: dict(v) for k, v in c.items()} for g, c in groups.items()},
                        "by_kind": {k: dict(v) for k, v in leaked_kinds.items()}, "leaks": leaks}
        print(f"  {name:18s} planted strings surviving {totals['leaked']}/{totals['planted']}, "
              f"headline copies in body {totals['headline_copies']}, body sentences kept intact "
              f"{totals['kept']}/{totals['gold']} ({totals['kept'] / max(totals['gold'], 1):.2%}), "
              f"pages without a record {totals['missing']}"
              + (f", story lines with numbers kept {totals['must_kept']}/{totals['must_keep']}" if totals["must_keep"] else ""))
        if name == "crawl":
            for group, counters in groups.items():
                for key, c in sorted(counters.items()):
                    print(f"    {group} {key}: pages {c['pages']}, leaked {c['leaked']}/{c['planted']}, headline "
                          f"copies {c['headline_copies']}, kept {c['kept']}/{c['gold']}")
            print("    by kind: " + ", ".join(f"{kind} {c['leaked']}/{c['planted']}"
                                              for kind, c in sorted(leaked_kinds.items())))
            for leak in leaks[:show or 20]:
                print(f"    LEAK {leak}")
            if show:
                for entry in manifest:
                    text = crawled.get(entry["path"], "")
                    norm = compared_text(text)
                    for sentence in entry["gold_sentences"]:
                        if compared_text(sentence) not in norm:
                            print(f"    LOST {entry['path']}: {sentence[:100]}")
                    lines = {compared_text(line) for line in text.split("\n")}
                    for line in entry.get("must_keep", []):
                        if compared_text(line) not in lines:
                            print(f"    LOST LINE {entry['path']}: {line}")
    return report


# ------------------------------------------------------------------------------------------
# Suite: sample corpus seeds


def run_seeds() -> dict:
    from newsspider.sample.server import LocalSite, render_sources

    manifest = json.loads((SAMPLE_DIR / "site" / "manifest.json").read_text(encoding="utf-8"))
    seeds = [page for page in manifest["pages"] if page.get("seed")]
    with tempfile.TemporaryDirectory(prefix="bench-extraction-seeds-") as tmp, \
            LocalSite(SAMPLE_DIR / "site") as site:
        records, seconds = crawl(render_sources(SAMPLE_DIR / "sources.template.toml", site.base_url), Path(tmp))
    by_path = {urlsplit(r["url"]).path: r for r in records}
    print(f"\n== sample corpus seeds: {len(records)} records from the crawl ({seconds:.0f} s)")
    report = {}
    for page in seeds:
        record = by_path.get(page["path"])
        text = record.get("text", "") if record else ""
        norm, body = compared_text(text), [compared_text(p) for p in page["body"]]
        lines = {compared_text(line) for line in text.split("\n")}
        chrome = [c for c in page["chrome"]
                  if compared_text(c) in lines or (compared_text(c) in norm and not any(compared_text(c) in p for p in body))]
        lost = [p for p, n in zip(page["body"], body, strict=True) if n not in norm]
        title_copies = norm.count(compared_text(page["title"])) if page.get("title") else 0
        report[page["path"]] = {"record": bool(record), "chrome_left": chrome, "paragraphs_lost": lost,
                                "title_copies": title_copies}
        print(f"  {page['seed']:28s} record {'yes' if record else 'NO '}  chrome left {len(chrome)}/"
              f"{len(page['chrome'])}  paragraphs kept {len(body) - len(lost)}/{len(body)}  "
              f"headline copies in body {title_copies}" + "".join(f"\n    CHROME {c}" for c in chrome)
              + "".join(f"\n    LOST {p[:100]}" for p in lost))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="*", metavar="SUITE",
                        help="benchmark, pages and/or seeds (default: all three)")
    parser.add_argument("--data", type=Path, default=BENCH_DIR, help="article-extraction-benchmark folder")
    parser.add_argument("--ntrex", type=Path, default=NTREX_DIR)
    parser.add_argument("--pages-split", default="all", choices=["all", "tune", "test"],
                        help="templated pages: NTREX stories of this half")
    parser.add_argument("--pages-chrome", default="all",
                        choices=["all", "tune", "held-out", "further", *extraction_pages.CHROME_GROUPS],
                        help="templated pages: sites in these languages (held-out: the languages kept "
                             "aside from tuning, bench.extraction_pages.HELD_OUT)")
    parser.add_argument("--pages-shapes", default="base", choices=extraction_pages.SHAPE_SETS,
                        help="templated pages: base (the shapes planted so far) or more (also those of "
                             "bench.chrome_shapes: ad labels, related boxes, tags, author box, ...), numbered, "
                             "digits (bench.digit_shapes: counters of one or two digits, story lines with numbers)")
    parser.add_argument("--show", type=int, default=0, help="list the N worst pages / lost sentences")
    parser.add_argument("--json", type=Path, help="also write the full report here")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="extra -s setting for the crawls, e.g. NEWSSPIDER_EXTRACT_SECOND_PASS=never")
    parser.add_argument("--serve-jitter", type=float, default=0.0, metavar="SECONDS",
                        help="wait up to this long at random before serving each page, so that pages "
                             "arrive in another order on every run (the result must not change)")
    args = parser.parse_args(argv)
    SERVE_JITTER["seconds"] = args.serve_jitter
    CRAWL_SETTINGS.update(item.split("=", 1) for item in args.set)
    suites = args.suites or ["benchmark", "pages", "seeds"]
    unknown = set(suites) - {"benchmark", "pages", "seeds"}
    if unknown:
        parser.error(f"unknown suite(s): {', '.join(sorted(unknown))}")
    report = {}
    for suite in dict.fromkeys(suites):
        if suite == "benchmark":
            report[suite] = run_benchmark(args.data, args.show)
        elif suite == "pages":
            report[suite] = run_pages(args.ntrex, args.pages_split, args.pages_chrome, args.show, args.pages_shapes)
        else:
            report[suite] = run_seeds()
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
