"""The titles a page declares, side by side with the gold headline: a tuning aid for the headline's rules.

For every tuning page of fundus-dev (bench.realpages) and newspaper4k's tests/data
(bench.newspaper_pages) with a gold title, each candidate the headline is chosen among: ``og:title``,
``twitter:title``, the JSON-LD article's ``headline`` (or ``name``), the page's ``<h1>`` elements
and its ``<title>``; whether each equals the gold exactly (bench.realpages' normalisation), and what
``read_metadata`` picks (in-process, without the crawl's learned suffixes: a tuning aid, not a
figure). Flags per page, in that order: ``=`` the candidate is the gold, ``x`` it differs, ``.``
the page has none (an ``<h1>`` counts as the gold when one of them is).

    python -m bench.title_candidates            # summary and every page's flags
    python -m bench.title_candidates --wrong    # also each wrongly titled page's candidates

The test split is not offered: its pages are not looked at.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import newspaper_pages  # noqa: E402
from bench.realpages import DATA, GoldPage, decode_as_crawl, load_set, reader_text  # noqa: E402
from newsspider.extract.elements import PageElements, single_spaced  # noqa: E402
from newsspider.extract.jsonld import page_paths, read_jsonld  # noqa: E402
from newsspider.extract.meta_tags import first_meta, meta_values  # noqa: E402
from newsspider.extract.metadata import read_metadata  # noqa: E402
from newsspider.extract.parse import parse_html  # noqa: E402

CANDIDATES = ("og:title", "twitter:title", "json-ld", "h1", "title")


def candidates(page: GoldPage) -> tuple[dict[str, list[str]], str | None]:
    """The page's declared titles by kind (each kind's texts) and the headline read_metadata picks."""
    tree = parse_html(decode_as_crawl(page.html, page.url))
    if tree is None:
        return {}, None
    elements = PageElements(tree)
    meta = meta_values(elements)
    article = read_jsonld(elements.of("script"), page.url, page_paths(page.url)).article
    found = {
        "og:title": [first_meta(meta, "og:title")], "twitter:title": [first_meta(meta, "twitter:title")],
        "json-ld": [article.headline if article else None],
        "h1": [single_spaced(h1.text_content()) for h1 in elements.of("h1")],
        "title": [single_spaced(title.text_content()) for title in elements.of("title")[:1]],
    }
    texts = {kind: [text for text in values if text] for kind, values in found.items()}
    return texts, read_metadata(tree, page.url, elements).title


def flag(texts: list[str], gold: str) -> str:
    """``=`` when one of ``texts`` is the gold, ``x`` when none is, ``.`` without any."""
    if not texts:
        return "."
    return "=" if any(reader_text(text) == gold for text in texts) else "x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding fundus-dev/")
    parser.add_argument("--newspaper", type=Path, default=newspaper_pages.DATA, help="newspaper4k's tests/data")
    parser.add_argument("--wrong", action="store_true", help="print each wrongly titled page's candidates")
    args = parser.parse_args(argv)
    sets = {"fundus": load_set("fundus", args.data), "newspaper": newspaper_pages.load_pages(args.newspaper)}
    for name, pages in sets.items():
        rows = []
        for page in pages:
            if page.split != "tune" or not page.gold.get("title"):
                continue
            gold = reader_text(page.gold["title"])
            texts, ours = candidates(page)
            rows.append((page, gold, texts, ours, reader_text(ours) == gold))
        print(f"== {name} tune: {len(rows)} pages with a gold title; ours exact {sum(row[4] for row in rows)}")
        for kind in CANDIDATES:
            present = [row for row in rows if row[2].get(kind)]
            exact = sum(flag(row[2][kind], row[1]) == "=" for row in present)
            print(f"   {kind:14s} on {len(present):3d} pages, the gold on {exact:3d}")
        for page, gold, texts, ours, right in rows:
            flags = "".join(flag(texts.get(kind, []), gold) for kind in CANDIDATES)
            print(f"  {'ok ' if right else 'BAD'} {flags} {page.ident}")
            if args.wrong and not right:
                print(f"      gold {gold!r}\n      ours {ours!r}")
                for kind in CANDIDATES:
                    for text in texts.get(kind, []):
                        print(f"      {kind:14s}{text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
