"""trafilatura's real-world test pages through the real crawl: snippets that must and must not be in
the text, scored as trafilatura scores its own comparison, next to plain trafilatura.

The data is not in the repository. It is the test suite of the trafilatura 1.1.0 source
distribution (GPL-3.0-or-later), fetched with::

    pip download --no-deps --no-binary :all: trafilatura==1.1.0

and unpacked, its ``tests/`` and ``LICENSE`` only (default: ../extdata/trafilatura-1.1.0/tests,
``--dir`` to change). 1.1.0 is the last source distribution that ships the suite (from 1.2.0 on,
its MANIFEST.in leaves out ``tests/cache`` and ``realworld_tests.py``); it holds the same pages,
byte for byte, as 1.0.0's (../extdata/trafilatura-1.0.0/tests, read the same way) and the same
snippets but one, which 1.0.0 spelled decomposed as its page does ("gepru" and a combining
diaeresis) and 1.1.0 composed ("geprüft"), as trafilatura's text and the crawl's read it. Read as data only:
``tests/cache/*.html`` (about 110 real pages, mostly German blogs, news and company sites) and
``tests/realworld_tests.py``, parsed with :mod:`ast`, never imported or run: ``MOCK_PAGES`` maps a
URL to its file, and the assertions after each ``result = load_mock_page(url, ...)`` name the
snippets that must be in the text (``'X' in result``) and must not be (``'Y' not in result``).
Checks after ``#`` are disabled ones and do not count (a comment is not in the syntax tree);
checks under ``if xmloutput is False:`` are the plain-text output's and count; a bare string in
an ``and`` chain checks nothing and does not count. A page whose file is missing is left out (the
count is printed).

Pages are split by host (``bench.splits.host_key``) before anything is extracted: tune on
``--split tune`` only, run ``--split test`` once.

The crawl: every page served from memory under its URL path, one source per host with a sitemap
listing its pages, crawled by ``scrapy crawl news`` (``bench.realpages.crawl``: extraction, the
not-an-article decision, cleaning); the record's ``text`` is the result, a page not emitted has
none (the reason the crawl logged is counted). ``--direct`` runs ``extract_article`` and
``clean_text`` in-process instead (a tuning aid, not a figure). Plain trafilatura is
``trafilatura.extract(html, url=url)`` with its default options on the same HTML (decoded as the
crawl decodes it), cached under bench/results/ (git-ignored). Its defaults include reader
comments, which the crawl leaves out of an article's text by design, and some ``with`` snippets
are in comments: a second row is plain trafilatura with ``include_comments=False``, and
``--show`` marks a snippet plain trafilatura finds only with comments. The crawl runs with
``NEWSSPIDER_COMMENTS=True`` (the record's optional ``comments``; the text is the same with it off):
its rows are the record's ``text`` (next to plain without comments) and ``text+comments`` (the
two joined, next to plain's default). ``--direct`` reads no comments.

Scores per split, summed over the snippets of its pages as trafilatura's comparison does: true
positives (a ``with`` snippet found), false negatives (not found), false positives (a ``without``
snippet found), true negatives (not found); a page without a result counts all its ``with``
snippets as false negatives and its ``without`` snippets as true negatives. Precision TP/(TP+FP),
recall TP/(TP+FN), F1, accuracy (TP+TN)/all.

    python -m bench.trafilatura_eval --split tune --show   # also list the tune pages' misses
    python -m bench.trafilatura_eval --split test          # once, at the end
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import (  # noqa: E402
    CRAWL_SETTINGS,
    CrawlOutcome,
    GoldPage,
    assign_paths,
    crawl,
    decode_as_crawl,
    direct,
    print_page_types,
)
from bench.splits import SPLITS, host_key, in_split, split_of  # noqa: E402

DEFAULT_DIR = REPO.parent / "extdata" / "trafilatura-1.1.0" / "tests"
TESTS_FILE = "realworld_tests.py"
LOADER = "load_mock_page"
RESULTS = REPO / "bench" / "results"


@dataclass
class Checks:
    """The snippets one page's text must hold (``with``) and must not (``without``)."""

    with_: list[str]
    without: list[str]


def read_checks(source: str) -> tuple[dict[str, str], dict[str, Checks]]:
    """``MOCK_PAGES`` (URL -> file name) and each tested URL's snippets, from the test module's
    source text: its syntax tree, nothing of it run."""
    module = ast.parse(source)
    files: dict[str, str] = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MOCK_PAGES" for t in node.targets):
            files = ast.literal_eval(node.value)
    checks: dict[str, Checks] = {}
    for function in (node for node in module.body if isinstance(node, ast.FunctionDef)):
        _collect(function.body, checks, None)
    return files, checks


def _collect(statements: list[ast.stmt], checks: dict[str, Checks], url: str | None) -> str | None:
    """Walk statements in order: a ``result = load_mock_page('<url>', ...)`` names the page the
    asserts after it check (also inside an ``if`` block). Returns the page checked last."""
    for statement in statements:
        if isinstance(statement, ast.Assign) and _loaded_url(statement.value) is not None:
            url = _loaded_url(statement.value)
        elif isinstance(statement, ast.If):
            url = _collect(statement.body, checks, url)
        elif isinstance(statement, ast.Assert) and url is not None:
            page = checks.setdefault(url, Checks([], []))
            for snippet, present in _snippets(statement.test):
                bucket = page.with_ if present else page.without
                if snippet not in bucket:
                    bucket.append(snippet)
    return url


def _loaded_url(value: ast.expr) -> str | None:
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == LOADER
            and value.args and isinstance(value.args[0], ast.Constant) and isinstance(value.args[0].value, str)):
        return value.args[0].value
    return None


def _snippets(test: ast.expr) -> list[tuple[str, bool]]:
    """(snippet, must be present) of each ``'X' in result`` / ``'X' not in result`` of an
    ``and`` chain; anything else checks nothing here."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    found = []
    for part in parts:
        if (isinstance(part, ast.Compare) and len(part.ops) == 1 and isinstance(part.left, ast.Constant)
                and isinstance(part.left.value, str) and isinstance(part.comparators[0], ast.Name)
                and part.comparators[0].id == "result" and isinstance(part.ops[0], ast.In | ast.NotIn)):
            found.append((part.left.value, isinstance(part.ops[0], ast.In)))
    return found


def load_pages(tests_dir: Path, split: str) -> tuple[list[GoldPage], int]:
    """The tested pages of ``split`` whose file is there (gold: their snippets), and how many
    tested pages of the split have no file."""
    files, checks = read_checks((tests_dir / TESTS_FILE).read_text(encoding="utf-8"))
    pages, missing = [], 0
    for url, page_checks in checks.items():
        key = host_key(url)
        if not in_split(key, split):
            continue
        path = tests_dir / "cache" / files.get(url, "")
        if url not in files or not path.is_file():
            missing += 1
            continue
        pages.append(GoldPage(ident=path.name.removesuffix(".html"), url=url, split=split_of(key),
                              source=re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "site",
                              gold={"with": page_checks.with_, "without": page_checks.without},
                              html=path.read_bytes()))
    assign_paths(pages)
    return pages, missing


# ------------------------------------------------------------------------------------------
# Plain trafilatura


def _plain_job(args: tuple[str, bytes, bool]) -> str | None:
    url, html, comments = args
    import trafilatura

    try:
        return trafilatura.extract(decode_as_crawl(html), url=url, include_comments=comments)
    except Exception:  # a crash is plain trafilatura's result on that page: none
        return None


def plain_trafilatura(pages: list[GoldPage], *, comments: bool = True, workers: int = 2) -> dict[str, str | None]:
    """``trafilatura.extract`` on each page: its defaults (reader comments included), or without
    comments as the crawl asks it. Cached by version, options and page content."""
    import trafilatura

    path = RESULTS / "trafilatura-eval-plain.json"
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    keys = {page.ident: f"{trafilatura.__version__}:{'' if comments else 'no-comments:'}"
                        f"{hashlib.sha256(page.html).hexdigest()[:20]}" for page in pages}
    todo = [page for page in pages if keys[page.ident] not in cache]
    if todo:
        with ProcessPoolExecutor(workers) as pool:
            jobs = [(p.url, p.html, comments) for p in todo]
            for page, result in zip(todo, pool.map(_plain_job, jobs), strict=True):
                cache[keys[page.ident]] = result
        RESULTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return {page.ident: cache[keys[page.ident]] for page in pages}


# ------------------------------------------------------------------------------------------
# Scoring


def page_counts(gold: dict, text: str | None) -> Counter:
    """tp, fn, fp, tn of one page's snippets in ``text`` (None: no result)."""
    if text is None:
        return Counter(tp=0, fn=len(gold["with"]), fp=0, tn=len(gold["without"]))
    found = sum(snippet in text for snippet in gold["with"])
    leaked = sum(snippet in text for snippet in gold["without"])
    return Counter(tp=found, fn=len(gold["with"]) - found, fp=leaked, tn=len(gold["without"]) - leaked)


def scores(counts: Counter) -> dict[str, float]:
    tp, fn, fp, tn = (counts[key] for key in ("tp", "fn", "fp", "tn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": (tp + tn) / max(tp + fn + fp + tn, 1)}


def _row(name: str, counts: Counter) -> str:
    s = scores(counts)
    return (f"    {name:18s} {counts['tp']:4d} {counts['fn']:4d} {counts['fp']:4d} {counts['tn']:4d}   "
            f"{s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  {s['accuracy']:.3f}")


def report(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, str | None],
           uncommented: dict[str, str | None]) -> dict:
    result = {}
    parts = [part for part in (*SPLITS, "all") if any(part in ("all", page.split) for page in pages)]
    if len(parts) == 2:  # one split: its figures are "all"
        parts = parts[:1]
    for part in parts:
        chosen = [page for page in pages if part in ("all", page.split)]
        crawl_counts, commented_counts, plain_counts, uncommented_counts = Counter(), Counter(), Counter(), Counter()
        for page in chosen:
            crawl_counts += page_counts(page.gold, _crawl_text(outcome, page))
            commented_counts += page_counts(page.gold, _crawl_text(outcome, page, comments=True))
            plain_counts += page_counts(page.gold, plain[page.ident])
            uncommented_counts += page_counts(page.gold, uncommented[page.ident])
        dropped = Counter(outcome.dropped.get(page.ident, "?") for page in chosen if page.ident not in outcome.records)
        plain_none = sum(plain[page.ident] is None for page in chosen)
        print(f"  {part}: {len(chosen)} pages; crawl emitted {len(chosen) - sum(dropped.values())}, "
              f"dropped {sum(dropped.values())} {dict(sorted(dropped.items()))}; plain trafilatura no text on {plain_none}")
        print(f"    {'':18s} {'TP':>4s} {'FN':>4s} {'FP':>4s} {'TN':>4s}   prec.  recall F1     accuracy")
        print(_row("crawl text", crawl_counts))
        print(_row("  text+comments", commented_counts))
        print(_row("plain trafilatura", plain_counts))
        print(_row("  without comments", uncommented_counts))
        result[part] = {"pages": len(chosen), "dropped": dict(dropped),
                        "crawl": {**crawl_counts, **scores(crawl_counts)},
                        "crawl_with_comments": {**commented_counts, **scores(commented_counts)},
                        "plain": {**plain_counts, **scores(plain_counts)},
                        "plain_without_comments": {**uncommented_counts, **scores(uncommented_counts)}}
    return result


def _crawl_text(outcome: CrawlOutcome, page: GoldPage, *, comments: bool = False) -> str | None:
    """The record's text (None: no record), with its reader comments after it when asked."""
    record = outcome.records.get(page.ident)
    if record is None:
        return None
    text = record.get("text") or ""
    return f"{text}\n{record['comments']}" if comments and record.get("comments") else text


def show_misses(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, str | None],
                uncommented: dict[str, str | None]) -> None:
    """Each tune page where the crawl missed a ``with`` snippet or kept a ``without`` one, with
    what plain trafilatura did on the same snippets (a snippet it finds only with comments
    included is in the page's reader comments, which the crawl leaves out of the text; "in our
    comments" when the record's ``comments`` has it)."""
    for page in (page for page in pages if page.split == "tune"):
        ours, theirs, bare = _crawl_text(outcome, page), plain[page.ident], uncommented[page.ident] or ""
        commented = _crawl_text(outcome, page, comments=True) or ""
        lost = [s for s in page.gold["with"] if ours is None or s not in ours]
        leaked = [s for s in page.gold["without"] if ours is not None and s in ours]
        if not lost and not leaked:
            continue
        state = (f"DROPPED ({outcome.dropped.get(page.ident, '?')})" if ours is None
                 else f"{len(ours)} chars")
        print(f"  {page.ident} {state}; plain {len(theirs) if theirs is not None else 'none'} chars {page.url}")
        for snippet in lost:
            found = " (plain: found)" if theirs and snippet in theirs else ""
            if found and snippet not in bare:
                found = " (plain: found, in the comments)"
            if snippet in commented:
                found += " (in our comments)"
            print(f"      - missing {snippet!r}{found}")
        for snippet in leaked:
            print(f"      + kept {snippet!r}{' (plain: kept too)' if theirs and snippet in theirs else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR,
                        help="a trafilatura sdist's tests/ folder (cache/*.html and realworld_tests.py)")
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune",
                        help="pages of this split only (tune while tuning; test once, at the end)")
    parser.add_argument("--show", action="store_true", help="list the tune pages' misses (tune pages only)")
    parser.add_argument("--direct", action="store_true",
                        help="extract_article + clean_text in-process instead of the crawl (tuning aid, not a figure)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="extra -s setting for the crawl")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    pages, missing = load_pages(args.dir, args.split)
    settings = {**CRAWL_SETTINGS, "NEWSSPIDER_COMMENTS": "True", **dict(item.split("=", 1) for item in args.set)}
    outcome = direct(pages) if args.direct else crawl(pages, settings)
    plain = plain_trafilatura(pages)
    uncommented = plain_trafilatura(pages, comments=False)
    snippets = sum(len(page.gold["with"]) + len(page.gold["without"]) for page in pages)
    print(f"\n== trafilatura real-world test pages of {args.dir}, split {args.split}: {len(pages)} pages with "
          f"{snippets} snippets ({missing} tested page(s) without their file left out); "
          f"{'in-process' if args.direct else 'through the crawl'}, {outcome.seconds:.0f} s")
    print_page_types(outcome)
    figures = report(pages, outcome, plain, uncommented)
    if args.show:
        show_misses(pages, outcome, plain, uncommented)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
