"""Standfirst census: on each set's tune pages, the standfirst (the summary shown under the
headline) and whether the set's gold counts it as body, next to whether the crawl's text and plain
trafilatura's keep it. A question of what each gold's editor calls "the article", measured before
any rule keeps or drops it (fundus-dev's gold keeps it; the extraction benchmark's mostly not).

A page's standfirst here is its declared description (``og:description``, ``description``, JSON-LD
``description``: the record's ``description``) shown as an element of its own after the page's
first ``<h1>`` (:func:`shown_description`) and outside the story's block of paragraphs (the
element holding the most ``<p>`` text, :func:`newsspider.extract.article.story_block`): a
description that copies the story's first paragraph is that paragraph, not a standfirst.

The sets (tune split only): those of :func:`bench.lost_text.tune_pages` (the extraction benchmark,
fundus-dev, newspaper4k's tests/data, trafilatura 1.1.0's real-world snippets), and Readability's
and goose's test pages (their expected text is those tools' own output: Readability's content,
goose's cleaned text's opening). Gold verdicts: ``kept`` (the gold covers
:data:`bench.lost_text.FOUND` of the standfirst's shingles; a snippet set: a ``with`` snippet is in
it), ``left out``, or ``silent`` (a snippet set with neither a ``with`` nor a ``without`` snippet in
it: no score moves). The crawl's text (``extract_article`` and ``clean_text`` in-process, no site
lines) and plain trafilatura keep it when they cover :data:`bench.lost_text.LOST` of its shingles.

    python -m bench.standfirsts            # counts per set
    python -m bench.standfirsts --show     # and each page's standfirst with the verdicts
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml.html import HtmlElement

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import goose_pages, readability_pages, trafilatura_eval  # noqa: E402
from bench.lost_text import FOUND, LOST, Page, covered, extract_replaced, tune_pages  # noqa: E402
from bench.realpages import decode_as_crawl  # noqa: E402
from bench.realpages import plain_trafilatura as realpages_plain  # noqa: E402
from newsspider.extract.elements import PageElements, single_spaced, text_content  # noqa: E402

# A description shorter than this is a label or a title's copy, not a summary.
MIN_CHARS = 30
# Sets whose expected text is another tool's output: (bench module, the gold's text field).
TOOL_SETS = {"readability": (readability_pages, "body"), "goose": (goose_pages, "lead")}
# Elements that show no text of the page's body.
UNSHOWN = frozenset({"head", "title", "meta", "script", "style", "noscript", "template", "link"})
ELLIPSES = ("...", "\u2026")


def shown_description(tree: HtmlElement, description: str | None) -> HtmlElement | None:
    """The innermost element after the page's first ``<h1>`` that shows ``description`` (its whole
    text, whitespace aside; a description cut with an ellipsis: the text opening with what it kept),
    other than a heading of the page's own ``<h1>``; None without an ``<h1>``, or where nothing shows it."""
    wanted = single_spaced(description)
    if len(wanted) < MIN_CHARS:
        return None
    stem = wanted.rstrip(".\u2026").rstrip() if wanted.endswith(ELLIPSES) else None
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    found = None
    after = False
    for element in tree.iter():
        if element is headline:
            after = True
            continue
        if not after or not isinstance(element.tag, str) or element.tag in UNSHOWN or element.tag == "h1":
            continue
        shown = single_spaced(text_content(element))
        if shown == wanted or (stem and shown.startswith(stem)):
            found = element  # document order: an element's descendants come after it, the innermost last
    return found


def outside_story(element: HtmlElement, story: HtmlElement | None) -> bool:
    """Whether ``element`` stands outside the ``story`` block (the element holding the most ``<p>``
    text): a summary of its own, not the story's first paragraph."""
    return story is None or not any(ancestor is story for ancestor in element.iterancestors())


def gold_verdict(page: Page, line: str, without: tuple[str, ...] = ()) -> str:
    """``kept``, ``left out`` or (a snippet set whose snippets, ``page.gold``'s ``with`` ones and
    the ``without`` ones, say nothing of ``line``) ``silent``."""
    if page.snippets:
        if any(snippet and snippet in line for snippet in page.gold.split("\n")):
            return "kept"
        return "left out" if any(snippet and snippet in line for snippet in without) else "silent"
    return "kept" if covered(line, page.gold) >= FOUND else "left out"


def census_of(args: tuple[str, bytes]) -> dict:
    """One page: its standfirst (None where it shows none) and the crawl's text."""
    from newsspider.extract.article import extract_article, story_block
    from newsspider.extract.parse import parse_html

    url, html = args
    result = extract_replaced({}, url, html)
    extraction = extract_article(decode_as_crawl(html), url)
    tree = parse_html(decode_as_crawl(html))
    if extraction.article is None or tree is None:
        return {"text": result["text"], "standfirst": None}
    element = shown_description(tree, extraction.article.description)
    if element is None or not outside_story(element, story_block(PageElements(tree))[0]):
        return {"text": result["text"], "standfirst": None}
    return {"text": result["text"], "standfirst": single_spaced(text_content(element)),
            "element": f"<{element.tag} class={(element.get('class') or '')[:40]!r}>"}


def pages() -> Iterator[tuple[Page, tuple[str, ...]]]:
    """Every set's tune pages with gold text, each with plain trafilatura's text, and the
    ``without`` snippets of a snippet set's page."""
    snippets, _ = trafilatura_eval.load_pages(trafilatura_eval.DEFAULT_DIR, "tune")
    without = {page.ident: tuple(page.gold["without"]) for page in snippets}
    for page in tune_pages(("benchmark", "fundus", "newspaper", "trafilatura")):
        yield page, without.get(page.ident, ()) if page.snippets else ()
    for name, (module, field) in TOOL_SETS.items():
        tuned = [page for page in module.load_pages(module.DATA) if page.split == "tune"]
        plain = realpages_plain(name, tuned)
        for page in tuned:
            if page.gold.get(field):
                yield Page(name, page.ident, page.url, page.html, page.gold[field],
                           plain[page.ident].get("text") or ""), ()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="each page's standfirst with the verdicts")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    chosen = list(pages())
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(census_of, [(page.url, page.html) for page, _ in chosen], chunksize=4))
    counts: dict[str, Counter] = {}
    for (page, without), result in zip(chosen, results, strict=True):
        tally = counts.setdefault(page.set, Counter())
        tally["pages"] += 1
        line = result["standfirst"]
        if line is None:
            continue
        verdict = gold_verdict(page, line, without)
        ours = "ours" if result["text"] is not None and covered(line, result["text"]) >= LOST else "not ours"
        plain = "plain" if covered(line, page.plain) >= LOST else "not plain"
        tally[f"gold {verdict}"] += 1
        tally[f"gold {verdict}, {ours}"] += 1
        if args.show:
            print(f"  [{page.set}] {page.ident[:12]} gold {verdict}, {ours}, {plain} {result['element']} "
                  f"| {line[:100]}  {page.url[:70]}")
    for name, tally in counts.items():
        shown = {key: value for key, value in sorted(tally.items()) if key != "pages"}
        print(f"{name}: {tally['pages']} tune pages, {sum(v for k, v in shown.items() if ',' not in k)} with a standfirst: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
