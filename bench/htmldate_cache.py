"""htmldate 1.0.0's own test pages (tests/cache/*.html) as a held-out publication-day set: the
crawl's day next to plain trafilatura's and htmldate's.

Read by path from ``--data`` (default ../extdata/htmldate-1.0.0/tests, never copied here): the
mock-page table (URL -> file) and the expected dates of ``unit_tests.py``, taken from its source
with ``ast`` (the file is not run). An assertion ``find_date(load_mock_page(URL), ...) == 'Y-M-D'``
gives a page its publication day only when the value means one:

- ``original_date=True``: htmldate's first-publication date, the day wanted;
- no ``original_date``: htmldate's default gives the most recent date the page shows, which is the
  publication day on a page never updated. Taken when nothing says otherwise: the page has no
  assertion naming ``original_date`` (its authors saw a first and a later date there), the line's
  comment does not doubt the value (names another date, says "probably", "or", "?"), and the page
  is a publication, not a front, section, archive, profile, repository, legal or about page
  (``NOT_PUBLICATIONS``, judged from the URL);
- ``original_date=False``, another output format, an expected ``None``: not used.

Split by host as htmldate-dev is (``bench.splits.split_of(host_key(url))``), so a host shared by
both sets is on the same side in both. Pages go through the same path as ``bench.realpages``:
served under their original URL to the real ``scrapy crawl news`` (``--direct``: ``extract_article``
in-process), plain trafilatura on the same decoded HTML. htmldate's column is
``find_date(html, url=..., original_date=True, extensive_search=True)``.

    python -m bench.htmldate_cache --split tune --show tune   # tune pages, listing the wrong ones
    python -m bench.htmldate_cache --split test               # once, at the end
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import (  # noqa: E402
    CRAWL_SETTINGS,
    GoldPage,
    assign_paths,
    crawl,
    decode_as_crawl,
    direct,
    iso_day,
    plain_trafilatura,
    print_run_header,
    report_htmldate,
)
from bench.splits import host_key, split_of  # noqa: E402

DATA = REPO.parent / "extdata" / "htmldate-1.0.0" / "tests"
NAME = "htmldate-cache"
# Pages that are no one publication, so a date htmldate finds there is no publication day (judged
# from the URL and the test's own words, before any extraction was run).
NOT_PUBLICATIONS = {
    "https://bayern.de/": "front page",
    "https://www.austria.info/": "front page",
    "http://www.stuttgart.de/": "front page",
    "https://en.blog.wordpress.com/": "front page",
    "https://www.deutschland.de/en": "front page",
    "https://die-partei.net/sh/": "section front page",
    "http://unexpecteduser.blogspot.de/2011/": "archive of a year",
    "https://www.facebook.com/visitaustria/": "profile page",
    "https://github.com/adbar/htmldate": "repository page",
    "https://pixabay.com/en/service/terms/": "terms of service",
    "https://www.intel.com/content/www/us/en/legal/terms-of-use.html": "terms of use",
    "https://www.gnu.org/licenses/gpl-3.0.en.html": "licence text",
    "https://creativecommons.org/about/": "about page",
    "http://www.greenpeace.org/international/en/campaigns/forests/asia-pacific/": "campaign page",
    "https://www.rosneft.com/business/Upstream/Licensing/": "corporate page",
}
# A comment that doubts the expected value: names another date, hedges, or asks.
DOUBT = re.compile(r"\d|probabl|\bor\b|\?", re.IGNORECASE)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _mock_call(node: ast.AST) -> tuple[str, dict[str, object]] | None:
    """(URL, keyword arguments) of ``find_date(load_mock_page(URL), **kwargs)``, else None."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "find_date"
            and node.args):
        return None
    inner = node.args[0]
    if not (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "load_mock_page"
            and len(inner.args) == 1 and isinstance(inner.args[0], ast.Constant)):
        return None
    try:
        kwargs = {kw.arg or "": ast.literal_eval(kw.value) for kw in node.keywords}
    except ValueError:
        return None
    return str(inner.args[0].value), kwargs


def expected_days(source: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """The mock-page table (URL -> file name) and, per URL, (publication day, why it is one) for the
    assertions that mean a publication day (see the module docstring)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    table: dict[str, str] = {}
    asserted: dict[str, list[tuple[dict[str, object], str, str]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MOCK_PAGES" for t in node.targets):
            table = ast.literal_eval(node.value)
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
            call = _mock_call(node.left)
            value = node.comparators[0]
            if call is None or not isinstance(value, ast.Constant) or not isinstance(value.value, str):
                continue
            comment = lines[node.lineno - 1].partition("#")[2]
            asserted.setdefault(call[0], []).append((call[1], value.value, comment))
    days: dict[str, tuple[str, str]] = {}
    for url, found in asserted.items():
        if url in NOT_PUBLICATIONS:
            continue
        usable = [(kw, day, comment) for kw, day, comment in found if ISO_DAY.fullmatch(day)
                  and set(kw) <= {"original_date", "extensive_search"} and not DOUBT.search(comment)]
        original = {day for kw, day, _ in usable if kw.get("original_date") is True}
        if original:
            if len(original) == 1:
                days[url] = (original.pop(), "original_date=True")
            continue
        if any("original_date" in kw for kw, _, _ in found):
            continue
        default = {day for kw, day, _ in usable}
        if len(default) == 1 and len(usable) == len([f for f in found if ISO_DAY.fullmatch(f[1])]):
            days[url] = (default.pop(), "default, no later date")
    return table, days


def load_pages(root: Path) -> list[GoldPage]:
    table, days = expected_days((root / "unit_tests.py").read_text(encoding="utf-8"))
    pages = []
    for url, (day, basis) in sorted(days.items()):
        key = host_key(url)
        pages.append(GoldPage(ident=Path(table[url]).stem, url=url, split=split_of(key),
                              source=re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "site",
                              gold={"url": url, "published": day, "basis": basis},
                              html=(root / "cache" / table[url]).read_bytes()))
    assign_paths(pages)
    return pages


def _htmldate_job(args: tuple[str, bytes]) -> str | None:
    url, html = args
    from htmldate import find_date

    try:
        return find_date(decode_as_crawl(html), url=url, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001  a crash is htmldate's result on that page
        return None


def htmldate_days(pages: list[GoldPage], workers: int = 2) -> dict[str, str | None]:
    with ProcessPoolExecutor(workers) as pool:
        found = list(pool.map(_htmldate_job, [(page.url, page.html) for page in pages]))
    return {page.ident: day for page, day in zip(pages, found, strict=True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="htmldate's tests/ folder (unit_tests.py, cache/)")
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune",
                        help="crawl and score only this split's pages (tune while tuning; test once)")
    parser.add_argument("--show", choices=("tune", "test", "all"), help="list this split's wrong pages")
    parser.add_argument("--direct", action="store_true",
                        help="extract_article in-process instead of the crawl (tuning aid, not a figure)")
    parser.add_argument("--no-htmldate", action="store_true", help="skip htmldate's own column")
    args = parser.parse_args(argv)
    every = load_pages(args.data)
    pages = [page for page in every if args.split in ("all", page.split)]
    print(f"{len(every)} pages with a publication day "
          f"({sum(p.gold['basis'] == 'original_date=True' for p in every)} from original_date=True); "
          f"tune {sum(p.split == 'tune' for p in every)}, test {sum(p.split == 'test' for p in every)}")
    outcome = direct(pages) if args.direct else crawl(pages, dict(CRAWL_SETTINGS))
    plain = plain_trafilatura(NAME, pages)
    print_run_header(f"{NAME}: {len(pages)} pages", pages, outcome, args.direct)
    report_htmldate(pages, outcome, plain, args.show)
    if not args.no_htmldate:
        theirs = htmldate_days(pages)
        for part in sorted({page.split for page in pages}):
            chosen = [page for page in pages if page.split == part]
            right = sum(iso_day(theirs[page.ident]) == page.gold["published"] for page in chosen)
            print(f"  {part}: htmldate find_date(original_date=True, extensive_search=True) "
                  f"{right / len(chosen):.3f} ({right} of {len(chosen)})")
        if args.show:
            for page in pages:
                if args.show in ("all", page.split) and iso_day(theirs[page.ident]) != page.gold["published"]:
                    print(f"  htmldate {page.ident}: {theirs[page.ident]} gold {page.gold['published']}")
    for page in pages:
        if args.show in ("all", page.split):
            print(f"  page {page.ident} {page.split} {page.gold['published']} ({page.gold['basis']}) "
                  f"{urlsplit(page.url).hostname}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
