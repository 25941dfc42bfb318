"""Where the crawl's text recall is below plain trafilatura's on the same page, and which step of
ours lost each gold line plain trafilatura keeps. Tune pages only (a tuning aid, not a figure).

Every set with gold text: the article-extraction benchmark (``articleBody``), fundus-dev
(``body_text``), newspaper4k's tests/data (``txt/``) and trafilatura 1.1.0's real-world pages (the
``with`` snippets; plain trafilatura without comments, as the crawl reads no comments into the
text). Each page goes through what the crawl's extract and cleaning stages do, in-process
(``extract_article``, then ``clean_text`` with the record's title and site name; no site-learned
lines), with the steps of :mod:`newsspider.extract.article` traced: each trafilatura pass
(precision, fast), what precision mode gets back (loose text, inner prose, standfirst), the tree's
chrome, the author's bio and line, the teasers above the headline, the shown headline. Recall is the benchmark's (4-token shingles
of the gold found in the text; for the snippets, the share found). A gold line is lost when plain
trafilatura covers at least :data:`FOUND` of its shingles and we cover less than :data:`LOST`
(a snippet: when plain has it and we do not); after it, each traced step's text with ``Y`` (has it)
or ``-``, and the cleaning rule that removed it.

``--removed``: on every set's tune pages, and on the tune pages of sets without human gold text
(:data:`PLAIN_ONLY_SETS`: htmldate-dev, htmldate 1.0.0's test pages, Readability.js's and goose's
test pages, whose expected text is those tools' own output), the lines
holding a sentence (at least :data:`MIN_REMOVED_CHARS` long) that plain trafilatura keeps and the
crawl's text lacks, each with the step that lost it: ``not read`` (no pass of ours read it; the
passes that did, if any, after it: plain's full pass looks at trafilatura's fallbacks where our
fast pass does not), the first traced step without it (precision mode's choice shows as the
give-back step after its pass), else the cleaning rule that removed it; a page not emitted with
the reason. Then the count of such lines per set and step: what our steps eat, to read for real
sentences among the chrome. Plain's text counts as ours where the crawl keeps the line anywhere
(whitespace aside), or most of its shingles (:data:`LOST`).

    python -m bench.lost_text                       # all sets
    python -m bench.lost_text fundus newspaper      # some
    python -m bench.lost_text --removed             # every set: what each step removed
    python -m bench.lost_text --removed htmldate    # one set
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import goose_pages, htmldate_cache, newspaper_pages, readability_pages, trafilatura_eval  # noqa: E402
from bench.extraction import BENCH_DIR  # noqa: E402
from bench.extraction import plain_trafilatura as benchmark_plain  # noqa: E402
from bench.realpages import DATA, decode_as_crawl, load_set  # noqa: E402
from bench.realpages import plain_trafilatura as realpages_plain  # noqa: E402
from bench.shingle_score import document_counts, shingles  # noqa: E402
from bench.splits import split_of  # noqa: E402

SETS = ("benchmark", "fundus", "newspaper", "trafilatura")
# --removed also reads these sets' tune pages (no human gold text: plain trafilatura's is the reference there),
# each by its loader: more pages of the kinds the held-out sets hold (German blogs, 2010s news, other scripts).
# Each: the name plain trafilatura's cache is kept under (its bench's), and the loader.
PLAIN_ONLY_SETS: dict[str, tuple[str, Callable[[], list]]] = {
    "htmldate": ("htmldate", lambda: load_set("htmldate", DATA)),
    "htmldate_cache": (htmldate_cache.NAME, lambda: htmldate_cache.load_pages(htmldate_cache.DATA)),
    "readability": ("readability", lambda: readability_pages.load_pages(readability_pages.DATA)),
    "goose": ("goose", lambda: goose_pages.load_pages(goose_pages.DATA)),
}
REMOVED_SETS = (*SETS, *PLAIN_ONLY_SETS)
# A gold line plain trafilatura keeps: this share of its shingles in plain's text; one we lost: less than LOST.
FOUND = 0.8
LOST = 0.5
# --removed: a removed line this long, holding a sentence, is listed.
MIN_REMOVED_CHARS = 40
# The steps of newsspider.extract.article traced, in the order they run.
TRACED = ("with_loose_text", "with_inner_prose", "with_standfirst", "drop_tree_chrome", "drop_author_bio",
          "drop_author_line", "drop_pre_title_teasers", "_without_shown_headline")


@dataclass
class Page:
    """One tune page: its gold text (snippets: ``snippets`` true, one a line) and plain trafilatura's text."""

    set: str
    ident: str
    url: str
    html: bytes
    gold: str
    plain: str
    snippets: bool = False


def tune_pages(chosen: tuple[str, ...], split: str = "tune") -> Iterator[Page]:
    """The ``split`` pages (tune unless told: bench.text_losses reads test once) of the ``chosen``
    sets, each with its gold text and plain trafilatura's."""
    if "benchmark" in chosen:
        gold = json.loads((BENCH_DIR / "ground-truth.json").read_text(encoding="utf-8"))
        raw = {pid: (gzip.decompress((BENCH_DIR / "html" / f"{pid}.html.gz").read_bytes()), entry["url"])
               for pid, entry in gold.items() if split_of(pid) == split}
        plain = benchmark_plain("benchmark", raw, modes=("balanced",))["balanced"]
        for pid, (html, url) in raw.items():
            yield Page("benchmark", pid[:12], url, html, gold[pid]["articleBody"], plain[pid])
    if "fundus" in chosen:
        pages = [page for page in load_set("fundus", DATA) if page.split == split]
        plain = realpages_plain("fundus", pages)
        for page in pages:
            yield Page("fundus", page.ident, page.url, page.html, page.gold["body_text"],
                       plain[page.ident].get("text") or "")
    if "newspaper" in chosen:
        pages = [page for page in newspaper_pages.load_pages(newspaper_pages.DATA)
                 if page.split == split and page.gold["body"]]
        plain = realpages_plain("newspaper", pages)
        for page in pages:
            yield Page("newspaper", page.ident, page.url, page.html, page.gold["body"],
                       plain[page.ident].get("text") or "")
    if "trafilatura" in chosen:
        pages, _ = trafilatura_eval.load_pages(trafilatura_eval.DEFAULT_DIR, split)
        plain = trafilatura_eval.plain_trafilatura(pages, comments=False)
        for page in pages:
            yield Page("trafilatura", page.ident, page.url, page.html, "\n".join(page.gold["with"]),
                       plain[page.ident] or "", snippets=True)


def extract_replaced(replaced: dict[str, Callable], url: str, html: bytes) -> dict:
    """The crawl's extraction and cleaning of one page in-process (no site lines), with the
    ``replaced`` functions of :mod:`newsspider.extract.article` in place (tracers; put back after):
    ``reason`` where no article came out, else the article's text, the cleaned text and the lines
    the cleaning removed."""
    import newsspider.extract.article as article
    from newsspider.extract.cleaning import clean_text

    originals = {name: getattr(article, name) for name in replaced}
    for name, function in replaced.items():
        setattr(article, name, function)
    try:
        extraction = article.extract_article(decode_as_crawl(html), url)
    finally:
        for name, function in originals.items():
            setattr(article, name, function)
    if extraction.article is None:
        return {"reason": extraction.reason, "text": None}
    cleaned = clean_text(extraction.article.text, title=extraction.article.title, site_name=extraction.article.site_name)
    return {"article": extraction.article.text, "text": cleaned.text, "removed": cleaned.removed.lines}


def traced_extraction(args: tuple[str, bytes]) -> dict:
    """The crawl's extraction and cleaning of one page, with each traced step's text in order."""
    url, html = args
    import newsspider.extract.article as article

    steps: list[tuple[str, str]] = []
    originals: dict[str, Callable] = {name: getattr(article, name) for name in ("trafilatura_text", *TRACED)}

    def bare(tree, url, *, precision, fast):
        text = originals["trafilatura_text"](tree, url, precision=precision, fast=fast)
        steps.append((f"pass(precision={precision:d},fast={fast:d})", text))
        return text

    def traced(name: str) -> Callable:
        def step(*args, **kwargs):
            text = originals[name](*args, **kwargs)
            steps.append((name, text))
            return text
        return step

    replaced = {"trafilatura_text": bare, **{name: traced(name) for name in TRACED}}
    return {"steps": steps, **extract_replaced(replaced, url, html)}


def recall(gold: str, text: str | None) -> float:
    """The benchmark's recall: the share of ``gold``'s shingles found in ``text``."""
    tp, _, fn = document_counts(gold, text or "")
    return tp / (tp + fn) if tp + fn else 1.0


def covered(line: str, text: str) -> float:
    """Share of ``line``'s shingles in ``text``."""
    wanted = shingles(line)
    return sum((wanted & shingles(text)).values()) / sum(wanted.values()) if wanted else 1.0


def show_removed(chosen: tuple[str, ...], workers: int) -> None:
    """``--removed``: the sentence lines of the ``chosen`` sets' tune pages that plain keeps and a step of ours lost."""
    from newsspider.extract.article import holds_sentence

    pages = list(tune_pages(chosen))
    for name, (cached_as, load) in PLAIN_ONLY_SETS.items():
        if name in chosen:
            tuned = [page for page in load() if page.split == "tune"]
            plain = realpages_plain(cached_as, tuned)
            pages += [Page(name, page.ident, page.url, page.html, "", plain[page.ident].get("text") or "")
                      for page in tuned]
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(traced_extraction, [(page.url, page.html) for page in pages], chunksize=4))
    steps: dict[str, Counter] = {}
    for page, result in zip(pages, results, strict=True):
        counts = steps.setdefault(page.set, Counter())
        if result["text"] is None:
            counts[f"not emitted ({result['reason']})"] += 1
            print(f"  {'NOT EMITTED':24s} [{page.set}] {page.ident[:10]} {result['reason']}, plain {len(page.plain)} chars {page.url}")
            continue
        ours = " ".join(result["text"].split())
        for line in page.plain.split("\n"):
            line = line.strip()
            if (len(line) < MIN_REMOVED_CHARS or not holds_sentence(line) or " ".join(line.split()) in ours
                    or covered(line, result["text"]) >= LOST):
                continue
            step = lost_at(line, result)
            counts[step] += 1
            print(f"  {step:24s} [{page.set}] {page.ident[:10]} {line[:160]}")
    for name, counts in steps.items():
        print(f"{name}: {dict(counts.most_common())}")


def lost_at(line: str, result: dict) -> str:
    """The step of the traced extraction ``result`` that lost ``line``: ``not read`` when the first
    pass did not read it (with the passes that did), the first traced step after it without it,
    else the cleaning rule that removed it ("?" when none did)."""
    def has(text: str) -> bool:
        return covered(line, text) >= LOST

    passes = [(name, text) for name, text in result["steps"] if name.startswith("pass(")]
    if not passes or not has(passes[0][1]):
        read = [name for name, text in passes if has(text)]
        return "not read" + (f" (in {','.join(read)})" if read else "")
    step = next((name for name, text in result["steps"][1:] if not name.startswith("pass(") and not has(text)), None)
    if step is not None:
        return step
    rules = sorted({rule for rule, removed in result["removed"] if has(removed)})
    return f"cleaning:{','.join(rules)}" if rules else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"some of {', '.join(SETS)} (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--removed", action="store_true",
                        help="the sentence lines plain keeps that a step of ours lost (every set, the plain-only sets too)")
    args = parser.parse_args(argv)
    if args.removed:
        if set(args.sets) - set(REMOVED_SETS):
            parser.error(f"unknown set(s): {', '.join(sorted(set(args.sets) - set(REMOVED_SETS)))}")
        show_removed(tuple(args.sets or REMOVED_SETS), args.workers)
        return 0
    if set(args.sets) - set(SETS):
        parser.error(f"unknown set(s): {', '.join(sorted(set(args.sets) - set(SETS)))}")
    pages = list(tune_pages(tuple(args.sets or SETS)))
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(traced_extraction, [(page.url, page.html) for page in pages], chunksize=2))
    totals: dict[str, list[float]] = {}
    for page, result in zip(pages, results, strict=True):
        ours = result["text"]
        lines = [line for line in page.gold.split("\n") if line.strip()]
        if page.snippets:
            has: Callable[[str, str], bool] = lambda line, text: line in text  # noqa: E731
            ours_recall = sum(ours is not None and line in ours for line in lines) / max(len(lines), 1)
            plain_recall = sum(line in page.plain for line in lines) / max(len(lines), 1)
            lost = [line for line in lines if line in page.plain and (ours is None or line not in ours)]
        else:
            has = lambda line, text: covered(line, text) >= LOST  # noqa: E731
            ours_recall, plain_recall = recall(page.gold, ours), recall(page.gold, page.plain)
            lost = [line for line in lines if covered(line, page.plain) >= FOUND and (ours is None or not has(line, ours))]
        total = totals.setdefault(page.set, [0, 0.0, 0.0])
        total[0] += 1
        total[1] += ours_recall
        total[2] += plain_recall
        if ours_recall >= plain_recall and not lost:
            continue
        dropped = "" if ours is not None else f" NOT EMITTED ({result['reason']})"
        print(f"\n[{page.set}] {page.ident} recall {ours_recall:.3f}, plain {plain_recall:.3f}{dropped} {page.url}")
        for line in lost:
            trail = [f"{name}:{'Y' if has(line, text) else '-'}" for name, text in result["steps"]]
            if ours is not None:
                trail.append(f"text:{'Y' if has(line, result['article']) else '-'}")
                rules = sorted({rule for rule, removed in result["removed"] if has(line, removed)})
                if rules:
                    trail.append(f"cleaning:{','.join(rules)}")
            print(f"  - {line[:160]!r}\n      {' '.join(trail)}")
    print()
    for name, (count, ours_total, plain_total) in totals.items():
        print(f"{name}: {count:.0f} tune pages, mean recall {ours_total / count:.4f}, plain trafilatura {plain_total / count:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
