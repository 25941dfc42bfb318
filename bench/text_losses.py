"""Loss audit: the gold text plain trafilatura keeps and the crawl drops, counted by the stage of
ours that dropped it, per set. A figure on any split (``--split test`` once, at the end: counts only,
no page shown); ``--show`` lists the tune pages' lost lines with their stage.

The sets with gold text (``bench.lost_text.tune_pages``): the article-extraction benchmark,
fundus-dev, newspaper4k's tests/data and trafilatura 1.1.0's real-world pages (their ``with``
snippets; plain trafilatura without comments, as the crawl keeps comments out of the text).
htmldate-dev has no gold text (a publication day only), so it is not read here.

Every page of the split goes through the real crawl once (``bench.realpages.crawl``, one source per
set and host): the record's text is what is scored. A gold line is one the crawl lost where plain
trafilatura covers :data:`bench.lost_text.FOUND` of its shingles and the record less than
:data:`bench.lost_text.LOST` (a snippet: plain's text has it, the record's not). Its stage, from
the crawl's outcome and an in-process run of the same page with the steps of
:mod:`newsspider.extract.article` traced (:func:`traced_run`):

- ``page dropped (<reason>)``: the crawl emitted no record (page type, too little text, only boilerplate);
- ``crawl only (site lines)``: the in-process text keeps it, the crawl's does not (what the crawl
  learns of a source's other pages: its template lines);
- ``teasers removed``: the page was read again without its teasers and that reading lacks it;
- ``fast pass (second look has it)`` / ``no pass reads it``: the text chosen lacks it and so does
  the fast pass; some other pass of ours read it, or none did (plain's own fallbacks found it);
- ``precision mode``: the fast pass read it, the text chosen is precision mode's and lacks it;
- ``text assembly``: the fast pass read it, no precision text, lost on the way (JSON-LD body,
  subheadings, title copies);
- ``tree chrome``, ``author bio``, ``author line``, ``pre-title teasers``, ``shown headline``: the
  step of the text kept that removed it;
- ``cleaning:<rule>``: the cleaner's rule that removed it; ``?``: none of these.

    python -m bench.text_losses                  # tune: counts by stage and set
    python -m bench.text_losses --show           # tune: also each lost line and its stage
    python -m bench.text_losses --split test     # once, at the end: counts only
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.lost_text import FOUND, LOST, SETS, Page, covered, extract_replaced, recall, tune_pages  # noqa: E402
from bench.realpages import CRAWL_SETTINGS, GoldPage, assign_paths, crawl  # noqa: E402
from bench.splits import host_key  # noqa: E402

# The steps of the text kept (newsspider.extract.article._kept_text), in the order they run, and their stage names.
KEPT_STEPS = {"drop_tree_chrome": "tree chrome", "drop_author_bio": "author bio", "drop_author_line": "author line",
              "drop_pre_title_teasers": "pre-title teasers"}


def traced_run(args: tuple[str, bytes]) -> dict:
    """``extract_article`` and ``clean_text`` of one page in-process (no site lines), with the
    events of :mod:`newsspider.extract.article` in order: each trafilatura pass, each reading of a
    pass's text (the text read, then each step of the text kept), the page read again without its
    teasers, the shown headline's removal."""
    url, html = args
    import newsspider.extract.article as article

    events: list[tuple] = []
    names = ("trafilatura_text", "_kept_text", "without_teasers", "_without_shown_headline", *KEPT_STEPS)
    originals: dict[str, Callable] = {name: getattr(article, name) for name in names}

    def passed(tree, url, *, precision, fast):
        text = originals["trafilatura_text"](tree, url, precision=precision, fast=fast)
        events.append(("pass", precision, fast, text))
        return text

    def kept(*args, **kwargs):
        events.append(("reading",))
        result = originals["_kept_text"](*args, **kwargs)
        events.append(("read", result[0], result[1]))
        return result

    def stripped(*args, **kwargs):
        tree = originals["without_teasers"](*args, **kwargs)
        if tree is not None:
            events.append(("teasers",))
        return tree

    def shown(text, *args, **kwargs):
        result = originals["_without_shown_headline"](text, *args, **kwargs)
        events.append(("shown", text, result))
        return result

    def step(name: str) -> Callable:
        def traced(*args, **kwargs):
            text = originals[name](*args, **kwargs)
            events.append(("step", name, text))
            return text
        return traced

    replaced = {"trafilatura_text": passed, "_kept_text": kept, "without_teasers": stripped,
                "_without_shown_headline": shown, **{name: step(name) for name in KEPT_STEPS}}
    return {"events": events, **extract_replaced(replaced, url, html)}


def stage_of(has: Callable[[str], bool], run: dict, crawled: str | None, reason: str | None) -> str:
    """The stage that lost a line (``has``: whether a text holds it) from the crawl's text
    (``crawled``, None: no record, ``reason`` logged) and the traced in-process ``run``."""
    if crawled is None:
        return f"page dropped ({reason or '?'})"
    if run["text"] is not None and has(run["text"]):
        return "crawl only (site lines)"
    if run["text"] is None:
        return f"in-process not emitted ({run['reason']})"
    events = run["events"]
    final = next(event for event in reversed(events) if event[0] == "shown")
    if has(final[1]):
        return "shown headline" if not has(final[2]) else _cleaning_stage(has, run)
    # the reading whose text kept is the one given to the shown headline's step (the last such)
    reads = [i for i, event in enumerate(events) if event[0] == "read" and event[2] == final[1]]
    if not reads:
        return "?"
    end = reads[-1]
    start = max(i for i in range(end) if events[i][0] == "reading")
    read = events[end][1]
    if has(read):
        step = next((event[1] for event in events[start:end] if event[0] == "step" and not has(event[2])), None)
        return KEPT_STEPS[step] if step else "?"
    teasers = [i for i in range(end) if events[i][0] == "teasers"]
    if teasers and any(event[0] == "read" and has(event[2]) for event in events[:teasers[-1]]):
        return "teasers removed"
    passes = [event for event in events[teasers[-1] if teasers else 0:end] if event[0] == "pass"]
    fast = next((event for event in passes if not event[1] and event[2]), None)
    if fast is None or not has(fast[3]):
        return "fast pass (second look has it)" if any(has(event[3]) for event in passes) else "no pass reads it"
    return "precision mode" if any(event[1] for event in passes) else "text assembly"


def _cleaning_stage(has: Callable[[str], bool], run: dict) -> str:
    rules = sorted({rule for rule, removed in run["removed"] if has(removed)})
    return f"cleaning:{','.join(rules)}" if rules else "?"


def as_gold_pages(pages: list[Page], split: str) -> list[GoldPage]:
    """The audit's pages as the crawl bench serves them: one source per set and host, idents ``set/ident``."""
    served = [GoldPage(ident=f"{page.set}/{page.ident}", url=page.url, split=split,
                       source=re.sub(r"[^a-z0-9]+", "-", f"{page.set}-{host_key(page.url)}").strip("-"),
                       gold={}, html=page.html) for page in pages]
    assign_paths(served)
    return served


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"some of {', '.join(SETS)} (default: all)")
    parser.add_argument("--split", choices=("tune", "test"), default="tune")
    parser.add_argument("--show", action="store_true", help="list each lost line with its stage (tune only)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if set(args.sets) - set(SETS):
        parser.error(f"unknown set(s): {', '.join(sorted(set(args.sets) - set(SETS)))}")
    if args.show and args.split != "tune":
        parser.error("--show lists tune pages only")
    pages = list(tune_pages(tuple(args.sets or SETS), args.split))
    outcome = crawl(as_gold_pages(pages, args.split), {**CRAWL_SETTINGS, "LOG_LEVEL": "INFO"})
    with ProcessPoolExecutor(args.workers) as pool:
        runs = list(pool.map(traced_run, [(page.url, page.html) for page in pages], chunksize=2))
    stages: dict[str, Counter] = {}
    totals: dict[str, list[float]] = {}
    for page, run in zip(pages, runs, strict=True):
        ident = f"{page.set}/{page.ident}"
        record = outcome.records.get(ident)
        crawled = None if record is None else record.get("text") or ""
        lines = [line for line in page.gold.split("\n") if line.strip()]
        if page.snippets:
            def has(text: str, line: str) -> bool:
                return line in text
            kept = [line for line in lines if line in page.plain]
            ours = sum(crawled is not None and line in crawled for line in lines) / max(len(lines), 1)
            theirs = len(kept) / max(len(lines), 1)
        else:
            def has(text: str, line: str) -> bool:
                return covered(line, text) >= LOST
            kept = [line for line in lines if covered(line, page.plain) >= FOUND]
            ours, theirs = recall(page.gold, crawled), recall(page.gold, page.plain)
        total = totals.setdefault(page.set, [0, 0, 0, 0.0, 0.0])
        lost = [line for line in kept if crawled is None or not has(crawled, line)]
        total[0] += 1
        total[1] += len(kept)
        total[2] += len(lost)
        total[3] += ours
        total[4] += theirs
        counts = stages.setdefault(page.set, Counter())
        for line in lost:
            stage = stage_of(lambda text, line=line: has(text, line), run, crawled, outcome.dropped.get(ident))
            counts[stage] += 1
            if args.show:
                print(f"  {stage:32s} [{page.set}] {page.ident[:12]} {line[:150]!r}")
    print(f"\n== text losses, split {args.split}: gold lines plain trafilatura keeps and the crawl lost, by stage")
    everything: Counter = Counter()
    for name, (count, found, lost_lines, ours, theirs) in totals.items():
        everything.update(stages.get(name, Counter()))
        print(f"  {name}: {count} pages, {lost_lines} of {found} lines lost; mean recall crawl {ours / count:.4f}, "
              f"plain {theirs / count:.4f}")
        for stage, n in stages.get(name, Counter()).most_common():
            print(f"      {n:4d}  {stage}")
    kept_total = sum(total[1] for total in totals.values())
    print(f"  all sets: {sum(everything.values())} of {kept_total} lines lost")
    for stage, n in everything.most_common():
        print(f"      {n:4d}  {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
