"""newspaper4k's real test pages through the real crawl: articles emitted, non-articles not, fields
scored next to plain trafilatura's.

The data is newspaper4k 0.9.6's ``tests/data`` (MIT; read by path, never copied into the
repository), from its source distribution::

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6

unpacked (default: ../extdata/newspaper4k-0.9.6/tests/data, ``--dir`` to change): ``html/<stem>.html`` (30 saved pages), ``txt/<stem>.txt`` (the body text newspaper's
tests expect) and ``metadata/<stem>.json`` (the fields they expect: ``url``, ``title``, ``authors``,
``publish_date``, ...). Those expectations are **newspaper's own extraction**, not human gold:
its text keeps what newspaper keeps (a CNN "Are you in the grips ... iReport." prompt, captions)
and misses what it misses, and its authors come from newspaper's byline heuristics. A
disagreement is a page to read, not a verdict.

Which pages are articles was decided from the data itself before anything was run:

- an article: a page newspaper ships an expected text or metadata for (newspaper's tests extract
  it as an article), or one its file name calls an article (``burmese_article``,
  ``latvian_article``); and two pages without either, read by what they are:
  ``autoindustria`` (``og:type=article``, canonical URL under ``/auto-industry-news/<slug>.html``,
  one car-news story) and ``ap_meta_refresh`` (an AP story page, "Father of Orlando gunman known
  for rambling political videos", with byline and dateline; its ``<meta http-equiv="refresh"
  content="600">`` reloads the page itself and names no other URL);
- not an article: the home pages (``*_main_site``: CNN, Wired, Yahoo UK), ``sample_rss`` (an RSS
  2.0 feed saved as ``.html``) and ``google_meta_refresh`` (a Google redirect stub: a script and
  a refresh to another URL, no text).

Split by ``bench.splits.split_of`` on the file stem, except that pages with the same bytes take
the first of their stems (``video_article_01`` is ``cleveland.com1``'s HTML) and fall on one side.
Pages of one publisher may fall on both sides (CNN): the split is by page, as the set is small.

Each page is served under its original URL's path (metadata ``url``, else its ``og:url`` or
canonical URL, else ``/<stem>.html``) by bench.realpages' server, one source per host with a plain
sitemap, crawled by the real ``scrapy crawl news`` (bench.realpages' settings); ``--direct`` runs
``extract_article`` + ``clean_text`` in-process instead (a tuning aid, not a figure). Plain
trafilatura is bench.realpages' (``bare_extraction`` on the HTML as the crawl decodes it, cached).

Scores (per split):
- articles emitted (the others listed with the reason the crawl logged); non-articles not emitted
  (plain trafilatura, which decides nothing, is shown with the pages it returns text for);
- body: the benchmark's shingle P/R/F1 against ``txt/`` (bench.shingle_score, as
  bench.realpages), on the articles that have one; a page without a record counts as empty;
- title exact (bench.realpages' normalisation), authors F1 (sets of names), published day (the
  first ten characters of ``publish_date``, as newspaper wrote it), each on the articles whose
  metadata gives the field; a page without a record scores 0.

    python -m bench.newspaper_pages --split tune --show   # --dir <newspaper4k's tests/data>
    python -m bench.newspaper_pages --dir ... --split tune --show --body-diff 0.9
        # also our body lines not in newspaper's text (+) and its lines not in ours (-)

``--show`` lists every page's outcome and wrong fields: use it on ``tune`` only.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import (  # noqa: E402
    CrawlOutcome,
    GoldPage,
    assign_paths,
    gold_set_arguments,
    iso_day,
    print_body_diff,
    reader_text,
    run_gold_set,
    set_f1,
)
from bench.shingle_score import document_f1, score  # noqa: E402
from bench.splits import host_key, split_of  # noqa: E402

DATA = REPO.parent / "extdata" / "newspaper4k-0.9.6" / "tests" / "data"
# Pages without an expected text or metadata that are articles all the same (see the docstring).
ARTICLES_BY_READING = ("autoindustria", "ap_meta_refresh")
NOT_ARTICLES = re.compile(r"_main_site$|^sample_rss$|^google_meta_refresh$")
FIELDS = ("title", "authors", "published_day")


def is_article(stem: str, has_text: bool, has_metadata: bool) -> bool:
    """The decision the docstring writes down, from the data's own naming and files."""
    if NOT_ARTICLES.search(stem):
        return False
    return has_text or has_metadata or "_article" in stem or stem in ARTICLES_BY_READING


def _page_url(stem: str, html: bytes, metadata: dict) -> str:
    """The page's original URL: newspaper's ``url``, else its own og:url or canonical URL."""
    declared = [metadata.get("url") or ""]
    text = html.decode("utf-8", "replace")
    for pattern in (r"<meta[^>]+og:url[^>]*>", r"<link[^>]+rel=[\"']?canonical[^>]*>"):
        for tag in re.findall(pattern, text, re.I):
            declared += re.findall(r"""(?:content|href)=["']([^"']+)""", tag)
    return next((url for url in declared if url.startswith(("http://", "https://"))),
                f"https://{stem.replace('_', '-').replace('.', '-')}.invalid/{stem}.html")


def load_pages(root: Path) -> list[GoldPage]:
    """The pages of newspaper's ``tests/data`` at ``root`` with what its files expect of them,
    each under its original URL's path and split by the first stem of its bytes."""
    pages, first_stem = [], {}
    for path in sorted((root / "html").glob("*.html")):
        stem, html = path.stem, path.read_bytes()
        split = split_of(first_stem.setdefault(hashlib.sha256(html).hexdigest(), stem))
        text_path, meta_path = root / "txt" / f"{stem}.txt", root / "metadata" / f"{stem}.json"
        metadata = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        article = is_article(stem, text_path.exists(), meta_path.exists())
        gold = {"article": article, "title": metadata.get("title") or None,
                "authors": metadata.get("authors") or None,
                "published_day": iso_day(metadata.get("publish_date")),
                "body": text_path.read_text(encoding="utf-8") if article and text_path.exists() else None}
        url = _page_url(stem, html, metadata)
        source = re.sub(r"[^a-z0-9]+", "-", host_key(url)).strip("-") or "site"
        pages.append(GoldPage(ident=stem, url=url, split=split, source=source, gold=gold, html=html))
    assign_paths(pages)
    return pages


def checks(gold: dict, got: dict | None) -> dict[str, float | None]:
    """Per-field score of one article page (None: newspaper's metadata does not give the field)."""
    got = got or {}
    return {
        "title": float(reader_text(got.get("title")) == reader_text(gold["title"])) if gold["title"] else None,
        "authors": set_f1(got.get("authors") or [], gold["authors"]) if gold["authors"] else None,
        "published_day": (float(iso_day(got.get("published")) == gold["published_day"])
                          if gold["published_day"] else None),
    }


def report(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], split: str) -> dict:
    """Print and return one split's figures: articles emitted, non-articles not, fields and body."""
    articles = [page for page in pages if page.gold["article"]]
    others = [page for page in pages if not page.gold["article"]]
    emitted = [page for page in articles if page.ident in outcome.records]
    kept_out = [page for page in others if page.ident not in outcome.records]
    plain_text = [page for page in others if (plain[page.ident].get("text") or "").strip()]
    print(f"  {split}: articles emitted {len(emitted)}/{len(articles)}; non-articles not emitted "
          f"{len(kept_out)}/{len(others)} (plain trafilatura returns text for {len(plain_text)} of them)")
    for page in articles:
        if page.ident not in outcome.records:
            print(f"    article not emitted: {page.ident} ({outcome.dropped.get(page.ident, '?')})")
    for page in others:
        state = (f"not emitted ({outcome.dropped.get(page.ident, '?')})" if page in kept_out
                 else "EMITTED")
        print(f"    non-article {page.ident}: {state}")
    rows = {}
    print(f"    {'field':20s} {'crawl':>8s} {'plain':>8s}  pages")
    for key in FIELDS:
        row = []
        for results in (outcome.records, plain):
            values = [value for page in articles
                      if (value := checks(page.gold, results.get(page.ident))[key]) is not None]
            row.append((sum(values) / max(len(values), 1), len(values)))
        rows[key] = row
        print(f"    {key:20s} {row[0][0]:8.3f} {row[1][0]:8.3f}  {row[0][1]}")
    with_body = [page for page in articles if page.gold["body"] is not None]
    bodies = [score((page.gold["body"], (results.get(page.ident) or {}).get("text") or "") for page in with_body)
              for results in (outcome.records, plain)]
    b, pb = bodies
    print(f"    {'body F1 (P / R)':20s} {b['f1']:8.3f} {pb['f1']:8.3f}  {b['n']}   "
          f"crawl P {b['precision']:.3f} R {b['recall']:.3f}; plain P {pb['precision']:.3f} R {pb['recall']:.3f}")
    return {"articles": len(articles), "emitted": len(emitted), "non_articles": len(others),
            "not_emitted": len(kept_out), "fields": rows, "body": bodies}


def show(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], body_diff: float | None) -> None:
    """Print each page's outcome and its wrong fields (``--show``; with ``body_diff``, the body lines
    that differ on the pages under that F1)."""
    for page in pages:
        got = outcome.records.get(page.ident)
        kind = "article" if page.gold["article"] else "non-article"
        state = "emitted" if got else f"not emitted ({outcome.dropped.get(page.ident, '?')})"
        line = f"  {page.ident} [{kind}, {page.source}] {state}"
        if page.gold["body"] is not None:
            line += (f" body {document_f1(page.gold['body'], (got or {}).get('text') or ''):.3f}"
                     f" (plain {document_f1(page.gold['body'], plain[page.ident].get('text') or ''):.3f})")
        print(line)
        if not page.gold["article"]:
            if got:
                print(f"    title {got.get('title')!r}; {len(got.get('text') or '')} chars")
            continue
        for key, value in checks(page.gold, got).items():
            if value is not None and value < 1:
                ours = (got or {}).get("published" if key == "published_day" else key)
                print(f"    {key}: got {ours!r} newspaper {page.gold[key]!r} plain "
                      f"{plain[page.ident].get('published' if key == 'published_day' else key)!r}")
        if got and body_diff is not None and page.gold["body"] is not None \
                and document_f1(page.gold["body"], got.get("text") or "") < body_diff:
            print_body_diff(page.gold["body"], got.get("text") or "")


def main(argv: list[str] | None = None) -> int:
    args = gold_set_arguments(__doc__.split("\n\n")[0], DATA, "newspaper4k's tests/data (html/, txt/, metadata/)",
                              "newspaper").parse_args(argv)
    pages = [page for page in load_pages(args.dir) if args.split in ("all", page.split)]
    outcome, plain = run_gold_set(args, pages, "newspaper", f"newspaper4k tests/data: {len(pages)} pages", report)
    if args.show:
        show(pages, outcome, plain, args.body_diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
