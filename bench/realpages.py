"""Real publishers' pages through the real crawl: per-field scores next to plain trafilatura's.

Two sets from ../shared/data (overridable with ``--data``):

``fundus``    fundus-dev: 133 article pages of ~90 publishers in 20+ languages, gold title, authors,
              published (with offset), topics and body (Fundus's per-publisher parsers). Split by
              publisher (``bench.splits``).
``htmldate``  htmldate-dev: 484 pages (news, blogs, institutions) with a hand-annotated publication
              day. Split by host (``bench.splits.host_key``).

Every page is served from memory by one server on 127.0.0.1 under its original URL path and query
(a path two pages share gets a ``__page`` query parameter to keep them apart), the same bytes as
fetched, ``Content-Type: text/html`` without a charset (the page declares its own). One source per
publisher (fundus) or host (htmldate), each with a plain sitemap listing its pages (no ``news:``
hints: what the crawl finds comes from the page), crawled by the real ``scrapy crawl news`` with
``NEWSSPIDER_MAX_AGE_DAYS=0`` (the pages are years old) and the stories stage off. Pages the crawl
did not emit are listed with the reason it logged.

Plain trafilatura is ``trafilatura.bare_extraction(html, url=..., with_metadata=True)`` on the same
HTML (decoded as the crawl decodes it: `newsspider.spiders.news.page_text`), cached under
bench/results/ (git-ignored).

Scores (per split: tune, test, all):
- emitted: pages with a record;
- title exact: the headline equal to the gold one (Unicode NFC, whitespace squeezed, without the
  characters that show nothing: a zero-width space in the gold is the page's markup, not its text);
- authors F1, tags F1: per page F1 of the sets of names/tags (normalised as titles; case kept
  for names, folded for tags: "Donald Trump" and "donald trump" are one topic; a gold topic holding
  commas is the topics it joins, as Fundus's own rule splits keyword strings), averaged over the
  pages whose gold has any (a publisher whose parser reads no topics says
  nothing about ours); a page without a record scores 0;
- published instant: the same instant as the gold timestamp, to the second (to the minute when the
  gold's seconds are 0, a time shown as "17:41"; as wall-clock time when the gold has no offset);
  published day: the same calendar day as written in the gold (its own offset). Plain trafilatura
  gives a day only;
- language: the ISO 639-1 code equal to the gold (the publisher's language);
- body: the article-extraction benchmark's shingle P/R/F1 (bench/shingle_score.py); a page
  without a record counts as empty.
htmldate: the publication day right (a page without a record counts as wrong).

    python -m bench.realpages                         # both sets, both splits
    python -m bench.realpages fundus --show tune      # also list tune pages' wrong fields
    python -m bench.realpages --split tune --show tune  # crawl and score the tuning pages only
    python -m bench.realpages --direct                # extract_article + clean_text in-process (tuning aid)
    python -m bench.realpages --split tune fundus --show tune --body-diff 0.95
        # also print, for the shown pages with body F1 below 0.95, our lines that are not in the gold
        # ("+") and the gold's lines that are not in ours ("-")
    python -m bench.realpages --split tune --keep tune
        # also list the tune pages where the crawl lost article text plain trafilatura found (no
        # gold needed: htmldate-dev too): not emitted, a body under half of plain trafilatura's, or
        # lacking more than a tenth of plain trafilatura's running text (its paragraphs that end
        # like a sentence), with those lines ("-")
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import LOCAL_CRAWL_SETTINGS, HandlerSite, read_crawl_stats, scrapy_crawl, urlset  # noqa: E402
from bench.shingle_score import document_f1, score, shingles  # noqa: E402
from bench.splits import host_key, split_of  # noqa: E402
from newsspider.unicode_classes import HIDDEN_MARKS  # noqa: E402
from newsspider.urls import canonicalize_url  # noqa: E402

DATA = REPO.parent / "shared" / "data"
SETS = ("fundus", "htmldate")
DIRS = {"fundus": "fundus-dev", "htmldate": "htmldate-dev"}
RESULTS = REPO / "bench" / "results"
CRAWL_SETTINGS = {
    **LOCAL_CRAWL_SETTINGS,
    "NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "0",
    "NEWSSPIDER_STORIES_BACKEND": "none",
    "LOG_LEVEL": "INFO",
}
DROPPED = re.compile(r"not an article \((\w+)\): (\S+)|nothing but boilerplate: (\S+)|skipped: (\S+) \(([^)]*)\)")


@dataclass
class GoldPage:
    """One page of a set: its gold values, HTML bytes, split and the path it is served under."""

    ident: str
    url: str
    split: str
    source: str
    gold: dict
    html: bytes
    served: str = ""  # path + query on the local server

    @property
    def key(self) -> str:
        return route_key(self.served)


def route_key(target: str) -> str:
    """Unquoted path + sorted query without tracking parameters (the crawl requests a URL without
    them): how a request target, a sitemap URL and a record are matched. ``target`` is a URL or a
    path (which may start with "//": an original URL's path kept as is)."""
    if "://" in target:
        parts = urlsplit(target)
        path, query = parts.path, parts.query
    else:
        path, _, query = target.split("#", 1)[0].partition("?")
    query = urlsplit(canonicalize_url("http://127.0.0.1/?" + query)).query
    query = urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
    path = "/" + path.lstrip("/")  # http.server collapses a leading "//" of the request target
    return unquote(path) + ("?" + unquote(query) if query else "")


def load_set(name: str, root: Path) -> list[GoldPage]:
    folder = root / DIRS[name]
    pages = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        key = gold["publisher"] if name == "fundus" else host_key(gold["url"])
        source = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "site"
        pages.append(GoldPage(ident=Path(gold["page"]).name.removesuffix(".html.gz"), url=gold["url"],
                              split=split_of(key), source=source, gold=gold,
                              html=gzip.decompress((folder / gold["page"]).read_bytes())))
    assign_paths(pages)
    return pages


def assign_paths(pages: list[GoldPage]) -> None:
    """Original path and query (fragment dropped); a path two pages share (two hosts, or one URL
    fetched twice) gets a ``__page`` parameter naming the page."""
    by_key: dict[str, list[GoldPage]] = defaultdict(list)
    for page in pages:
        parts = urlsplit(page.url)
        page.served = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        by_key[page.key].append(page)
    for shared in (group for group in by_key.values() if len(group) > 1):
        for page in shared:
            separator = "&" if "?" in page.served else "?"
            page.served += f"{separator}__page={page.ident}"


# ------------------------------------------------------------------------------------------
# Serving and crawling


class RealPageServer(HandlerSite):
    """Serve pages (and one sitemap per source) from memory on 127.0.0.1, matched by route_key."""

    def __init__(self, pages: list[GoldPage]):
        self.routes: dict[str, tuple[bytes, str]] = {page.key: (page.html, "text/html") for page in pages}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                body, ctype = routes.get(route_key(self.path), (None, ""))
                self.send_response(HTTPStatus.OK if body is not None else HTTPStatus.NOT_FOUND)
                body = body if body is not None else b""
                self.send_header("Content-Type", ctype or "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)

    def add_sitemap(self, source: str, pages: list[GoldPage]) -> str:
        from w3lib.url import safe_url_string

        path = f"/__sitemaps__/{source}.xml"
        self.routes[route_key(path)] = (urlset(safe_url_string(self.base_url + page.served) for page in pages),
                                        "application/xml")
        return self.base_url + path


@dataclass
class CrawlOutcome:
    records: dict[str, dict]               # page ident -> record
    dropped: dict[str, str]                # page ident -> reason logged
    stats: dict = field(default_factory=dict)
    seconds: float = 0.0


def crawl(pages: list[GoldPage], settings: dict[str, str]) -> CrawlOutcome:
    """One ``scrapy crawl news`` over every page, a source per publisher/host, in a scratch dir."""
    by_source: dict[str, list[GoldPage]] = defaultdict(list)
    for page in pages:
        by_source[page.source].append(page)
    by_key = {page.key: page for page in pages}
    with tempfile.TemporaryDirectory(prefix="bench-realpages-") as tmp, RealPageServer(pages) as server:
        scratch = Path(tmp)
        sources = "".join(f'[[source]]\nname = "{name}"\nsitemaps = ["{server.add_sitemap(name, group)}"]\n\n'
                          for name, group in sorted(by_source.items()))
        done, seconds = scrapy_crawl(scratch, sources, settings, timeout=3600)
        out = scratch / "out.jsonl"
        if done.returncode != 0 or not out.exists():
            sys.stderr.write(done.stderr[-4000:])
            raise SystemExit(f"crawl failed with exit status {done.returncode}")
        lines = out.read_text(encoding="utf-8").splitlines()
        stats = read_crawl_stats(out)  # before the scratch directory goes
        base_url = server.base_url
    records, dropped = {}, {}
    for record in (json.loads(line) for line in lines if line.strip()):
        page = by_key.get(route_key(record["url"]))
        if page:
            records[page.ident] = record
    by_canonical = {record["canonical_url"]: record for record in records.values()}
    for page in pages:  # one article fetched twice: the crawl emits it once, under its canonical URL
        twin = by_canonical.get(_canonical(page, base_url))
        if page.ident not in records and twin is not None:
            records[page.ident] = twin
            dropped[page.ident] = "same_canonical_url"
    for match in DROPPED.finditer(done.stderr):
        url = match[2] or match[3] or match[4]
        page = by_key.get(route_key(url))
        if page:
            dropped[page.ident] = match[1] or ("only_boilerplate" if match[3] else f"request: {match[5]}")
    return CrawlOutcome(records, dropped, stats, seconds)


def _canonical(page: GoldPage, base_url: str) -> str:
    """The canonical URL the crawl gives the page (its ``rel=canonical``, else its served URL)."""
    from lxml import html as lxml_html

    from newsspider.urls import resolve_canonical

    try:
        declared = next(iter(lxml_html.fromstring(page.html).xpath("//link[@rel='canonical']/@href")), None)
    except (ValueError, lxml_html.etree.ParserError):
        declared = None
    return resolve_canonical(base_url + page.served, declared)


# ------------------------------------------------------------------------------------------
# In-process extraction (tuning aid) and plain trafilatura


def decode_as_crawl(html: bytes, url: str = "http://127.0.0.1/") -> str:
    """The page as the crawl reads it (served as ``text/html`` without a charset)."""
    from scrapy.http import HtmlResponse

    from newsspider.spiders.news import page_text

    return page_text(HtmlResponse(url, body=html, headers={"Content-Type": "text/html"}))


def edit_jsonld(tree, visit: Callable[[dict], None]) -> None:
    """Call ``visit`` on every object of every JSON-LD script of ``tree`` (at any depth, ``@graph``
    included) and write the scripts back: how the variant benches rewrite what a page declares."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        _visit_nodes(data, visit)
        script.text = json.dumps(data, ensure_ascii=False)


def _visit_nodes(value: object, visit: Callable[[dict], None]) -> None:
    if isinstance(value, dict):
        visit(value)
        for child in list(value.values()):
            _visit_nodes(child, visit)
    elif isinstance(value, list):
        for child in value:
            _visit_nodes(child, visit)


def _direct_job(args: tuple[str, bytes]) -> dict | str:
    """What the crawl's extract and cleaning stages make of one page (no Scrapy): fields or a reason."""
    url, html = args
    from newsspider.extract.article import extract_article
    from newsspider.extract.cleaning import clean_text

    extraction = extract_article(decode_as_crawl(html), url)
    if extraction.article is None:
        return extraction.reason or "?"
    article = extraction.article
    record = {"title": article.title, "authors": article.authors, "published": article.published,
              "language": article.language, "tags": article.tags, "text": article.text}
    record["text"] = clean_text(article.text, title=article.title, site_name=article.site_name).text
    return record


def direct(pages: list[GoldPage], workers: int = 2) -> CrawlOutcome:
    started = time.monotonic()
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(_direct_job, [(page.url, page.html) for page in pages], chunksize=4))
    records = {page.ident: result for page, result in zip(pages, results, strict=True) if isinstance(result, dict)}
    dropped = {page.ident: result for page, result in zip(pages, results, strict=True) if isinstance(result, str)}
    return CrawlOutcome(records, dropped, {}, time.monotonic() - started)


def plain_job(args: tuple[str, bytes]) -> dict:
    url, html = args
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(decode_as_crawl(html), url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # a crash is plain trafilatura's result on that page
        return {"error": repr(exc)}
    if doc is None:
        return {}
    return {"title": doc.title, "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()],
            "published": doc.date, "language": doc.language, "tags": list(doc.tags or []), "text": doc.text or ""}


def plain_trafilatura(name: str, pages: list[GoldPage], workers: int = 2) -> dict[str, dict]:
    import trafilatura

    path = RESULTS / f"realpages-plain-{name}.json"
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    keys = {page.ident: f"{trafilatura.__version__}:crawl-decoded:{hashlib.sha256(page.html).hexdigest()[:20]}" for page in pages}
    todo = [page for page in pages if keys[page.ident] not in cache]
    if todo:
        with ProcessPoolExecutor(workers) as pool:
            results = pool.map(plain_job, [(p.url, p.html) for p in todo], chunksize=4)
            for page, result in zip(todo, results, strict=True):
                cache[keys[page.ident]] = result
        RESULTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return {page.ident: cache[keys[page.ident]] for page in pages}


# ------------------------------------------------------------------------------------------
# Scoring


# Characters that show nothing: the crawl's hidden marks (the crawl drops them from titles) and the
# zero-width space (not the zero-width (non-)joiners, which change how Persian or Indic text is drawn).
_INVISIBLE = dict.fromkeys(map(ord, HIDDEN_MARKS + "\u200b"))


def reader_text(text: str | None) -> str:
    """The text a reader sees: NFC, without invisible characters, whitespace squeezed."""
    return " ".join(unicodedata.normalize("NFC", text or "").translate(_INVISIBLE).split())


def gold_topics(topics: list[str]) -> list[str]:
    """Fundus's topics, a lone entry holding commas split there: its generic rule splits a keyword
    string at commas but keeps a list's entries as they are, so a JSON-LD list holding one joined
    string (["HABER, son dakika, yangın"]) comes out as one topic where the page declares several.
    A list of several entries is taken as is ("Washington, D.C." stays one topic)."""
    if len(topics) != 1:
        return topics
    return [part.strip() for part in topics[0].split(",") if part.strip()]


def set_f1(predicted: list[str], gold: list[str], *, fold_case: bool = False) -> float:
    fold = str.casefold if fold_case else str
    p, g = {fold(reader_text(x)) for x in predicted if reader_text(x)}, {fold(reader_text(x)) for x in gold if reader_text(x)}
    if not p or not g:
        return float(p == g)
    common = len(p & g)
    return 2 * common / (len(p) + len(g))


def same_instant(got: str | None, gold: str) -> bool:
    """The same moment, to the precision the gold states: to the minute when its seconds are 0 (a
    time shown as "17:41"), as wall-clock time when it has no offset."""
    try:
        ours = datetime.fromisoformat(got.replace("Z", "+00:00")) if got else None
        theirs = datetime.fromisoformat(gold.replace("Z", "+00:00"))
    except ValueError:
        return False
    if ours is None:
        return False
    if theirs.tzinfo is None:
        ours = ours.replace(tzinfo=None)
    elif ours.tzinfo is None:
        ours = ours.replace(tzinfo=timezone.utc)
    ours, theirs = ours.replace(microsecond=0), theirs.replace(microsecond=0)
    if theirs.second == 0:
        ours = ours.replace(second=0)
    return ours == theirs


def iso_day(value: str | None) -> str | None:
    """The ISO day (YYYY-MM-DD) a timestamp starts with, if it starts with one."""
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


def fundus_checks(gold: dict, got: dict | None) -> dict[str, float | None]:
    """Per-field score of one page (None: the field is not scored on this page)."""
    got = got or {}
    checks: dict[str, float | None] = {
        "title": float(reader_text(got.get("title")) == reader_text(gold["title"])),
        "authors": set_f1(got.get("authors") or [], gold["authors"]) if gold["authors"] else None,
        "published_instant": None, "published_day": None,
        "language": float((got.get("language") or "") == gold["lang"]),
        "tags": set_f1(got.get("tags") or [], gold_topics(gold["topics"]), fold_case=True) if gold["topics"] else None,
    }
    if gold.get("published"):
        checks["published_instant"] = float(same_instant(got.get("published"), gold["published"]))
        checks["published_day"] = float(iso_day(got.get("published")) == iso_day(gold["published"]))
    return checks


FUNDUS_FIELDS = ("title", "authors", "published_instant", "published_day", "language", "tags")
# bare_extraction gives a day, no time, and no language unless told which one to expect.
PLAIN_HAS_NO = ("published_instant", "language")


def _parts(pages: list[GoldPage]) -> tuple[str, ...]:
    """The splits to report: both and all, or the one the pages were restricted to."""
    present = {page.split for page in pages}
    return ("tune", "test", "all") if len(present) > 1 else tuple(present)


def report_fundus(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], show: str | None,
                  body_diff: float | None = None) -> dict:
    report: dict = {}
    for part in _parts(pages):
        chosen = [page for page in pages if part == "all" or page.split == part]
        rows = {}
        for name, results in (("crawl", outcome.records), ("plain trafilatura", plain)):
            sums: dict[str, list[float]] = defaultdict(list)
            for page in chosen:
                for key, value in fundus_checks(page.gold, results.get(page.ident)).items():
                    if value is not None:
                        sums[key].append(value)
            body = score((page.gold["body_text"], (results.get(page.ident) or {}).get("text") or "") for page in chosen)
            row = {key: (sum(v) / len(v), len(v)) for key, v in sums.items()}
            row["body"] = body
            row["emitted"] = sum(1 for page in chosen if results.get(page.ident)) if name == "crawl" else None
            if name == "plain trafilatura":
                row.pop("published_instant", None)
            rows[name] = row
        report[part] = rows
        crawl_row, plain_row = rows["crawl"], rows["plain trafilatura"]
        twins = sum(outcome.dropped.get(page.ident) == "same_canonical_url" for page in chosen)
        print(f"  {part} ({len(chosen)} pages): emitted {crawl_row['emitted']}/{len(chosen)}"
              + (f" ({twins} as the record of another page with its canonical URL: one article fetched twice)"
                 if twins else ""))
        print(f"    {'field':20s} {'crawl':>8s} {'plain':>8s}  pages")
        for key in FUNDUS_FIELDS:
            value, n = crawl_row.get(key, (0.0, 0))
            other = plain_row.get(key)
            plain_value = f"{other[0]:8.3f}" if other and key not in PLAIN_HAS_NO else f"{'n/a':>8s}"
            print(f"    {key:20s} {value:8.3f} {plain_value}  {n}")
        b, pb = crawl_row["body"], plain_row["body"]
        print(f"    {'body F1 (P / R)':20s} {b['f1']:8.3f} {pb['f1']:8.3f}  {b['n']}   "
              f"crawl P {b['precision']:.3f} R {b['recall']:.3f}; plain P {pb['precision']:.3f} R {pb['recall']:.3f}")
    report["pages"] = {page.ident: {"publisher": page.gold["publisher"], "split": page.split,
                                    "body": document_f1(page.gold["body_text"],
                                                        (outcome.records.get(page.ident) or {}).get("text") or ""),
                                    **fundus_checks(page.gold, outcome.records.get(page.ident))}
                       for page in pages}
    if show:
        _show_fundus([page for page in pages if show == "all" or page.split == show], outcome, plain, body_diff)
    return report


# A line counts as shared by both texts when this share of its 4-token shingles is in the other text
# (a line of fewer than four tokens: its one shingle).
DIFF_SHARED = 0.5


def body_diff_lines(ours: str, theirs: str) -> list[str]:
    """The lines of ``ours`` that are mostly not in ``theirs``: the text one side has and the other
    lacks, line by line, scored with the benchmark's own shingles."""
    other = shingles(theirs)
    lost = []
    for line in ours.splitlines():
        own = shingles(line)
        if own and sum((own & other).values()) < DIFF_SHARED * sum(own.values()):
            lost.append(line)
    return lost


def print_body_diff(gold: str, got: str) -> None:
    """The lines the crawl added (+) and lost (-) against the gold body."""
    for sign, lines in (("+", body_diff_lines(got, gold)), ("-", body_diff_lines(gold, got))):
        for line in lines:
            print(f"      {sign} {line[:300]}")


def _show_fundus(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict],
                 body_diff: float | None = None) -> None:
    for page in pages:
        got = outcome.records.get(page.ident)
        if got is None:
            print(f"  MISSING {page.ident} {page.gold['publisher']} {outcome.dropped.get(page.ident, '?')} {page.url}")
            continue
        checks = fundus_checks(page.gold, got)
        body = document_f1(page.gold["body_text"], got.get("text") or "")
        plain_body = document_f1(page.gold["body_text"], plain[page.ident].get("text") or "")
        wrong = [key for key, value in checks.items() if value is not None and value < 1]
        if not wrong and body >= max(0.9, body_diff or 0.0):
            continue
        print(f"  {page.ident} {page.gold['publisher']} {page.gold['lang']} body {body:.3f} "
              f"(plain {plain_body:.3f}) {page.url}")
        gold_keys = {"title": "title", "authors": "authors", "published_instant": "published",
                     "published_day": "published", "language": "lang", "tags": "topics"}
        got_keys = {"published_instant": "published", "published_day": "published"}
        for key in wrong:
            if key == "published_day" and "published_instant" in wrong:
                continue
            print(f"    {key}: got {got.get(got_keys.get(key, key))!r} gold {page.gold[gold_keys[key]]!r}")
        if body_diff is not None and body < body_diff:
            print_body_diff(page.gold["body_text"], got.get("text") or "")


# A body shorter than this share of plain trafilatura's lost the article's text (or most of it).
KEEP_LENGTH_SHARE = 0.5
# A body lacking more than this share of the shingles of plain trafilatura's running text lost
# some of the article's paragraphs (what it adds or drops besides running text is chrome's business).
KEEP_RUNNING_LOST = 0.1


def running_text(text: str) -> str:
    """The paragraphs of ``text`` that read as running text (the crawl's own test)."""
    from newsspider.extract.article import sentence_like

    return "\n".join(line for line in text.splitlines() if sentence_like(line))


def lost_text(ours: str | None, plain: str) -> tuple[str, list[str]] | None:
    """Why a page lost article text next to plain trafilatura's ``plain`` (None when it did not),
    and plain's running lines that ``ours`` (None: no record) lacks."""
    running = running_text(plain)
    if ours is None:
        return f"not emitted (plain: {len(running)} chars of running text)", running.splitlines()
    theirs = shingles(running)
    lacking = sum((theirs - shingles(ours)).values()) / max(sum(theirs.values()), 1)
    if len(ours) < KEEP_LENGTH_SHARE * len(plain):
        reason = f"body {len(ours)} chars, plain {len(plain)}"
    elif lacking > KEEP_RUNNING_LOST:
        reason = f"lacks {lacking:.0%} of plain's running text"
    else:
        return None
    return reason, body_diff_lines(running, ours)


def show_lost(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], split: str) -> None:
    """List the pages of ``split`` where the crawl lost article text plain trafilatura found."""
    chosen = [page for page in pages if split in ("all", page.split)]
    lost = []
    for page in chosen:
        record = outcome.records.get(page.ident)
        found = lost_text(None if record is None else record.get("text") or "", plain[page.ident].get("text") or "")
        if found:
            lost.append((page, found))
    print(f"  pages that lost article text ({split}): {len(lost)} of {len(chosen)}")
    for page, (reason, lines) in lost:
        why = f" [{outcome.dropped.get(page.ident, '?')}]" if page.ident not in outcome.records else ""
        print(f"  {page.ident} {reason}{why} {page.url}")
        for line in lines[:8]:
            print(f"      - {line[:200]}")
        if len(lines) > 8:
            print(f"      ... {len(lines) - 8} more lines")


def report_htmldate(pages: list[GoldPage], outcome: CrawlOutcome, plain: dict[str, dict], show: str | None) -> dict:
    unlabelled = [page for page in pages if not iso_day(str(page.gold.get("published")))]
    if unlabelled:
        print(f"  {len(unlabelled)} page(s) without a gold day left out: "
              + ", ".join(page.ident for page in unlabelled))
    pages = [page for page in pages if page not in unlabelled]
    report = {}
    for part in _parts(pages):
        chosen = [page for page in pages if part == "all" or page.split == part]
        row = {}
        for name, results in (("crawl", outcome.records), ("plain trafilatura", plain)):
            right = sum(iso_day((results.get(page.ident) or {}).get("published")) == page.gold["published"]
                        for page in chosen)
            found = sum(bool(iso_day((results.get(page.ident) or {}).get("published"))) for page in chosen)
            row[name] = {"right": right, "found": found, "share": right / len(chosen)}
        emitted = sum(1 for page in chosen if page.ident in outcome.records)
        reasons = Counter(outcome.dropped.get(page.ident, "?") for page in chosen if page.ident not in outcome.records)
        report[part] = {**row, "emitted": emitted, "not_emitted": dict(reasons)}
        c, p = row["crawl"], row["plain trafilatura"]
        report[part]["crawl"]["share_of_emitted"] = c["right"] / max(emitted, 1)
        print(f"  {part} ({len(chosen)} pages): emitted {emitted}; not emitted {dict(reasons)}\n"
              f"    publication day right: crawl {c['share']:.3f} ({c['right']}; a date on {c['found']}; "
              f"{c['right'] / max(emitted, 1):.3f} of the pages emitted)   "
              f"plain trafilatura {p['share']:.3f} ({p['right']}; a date on {p['found']})")
    if show:
        for page in pages:
            if show != "all" and page.split != show:
                continue
            got = outcome.records.get(page.ident)
            day = iso_day((got or {}).get("published"))
            if day != page.gold["published"]:
                state = (f"got {got.get('published')}" if got
                         else f"MISSING ({outcome.dropped.get(page.ident, '?')})")
                print(f"  {page.ident} {state} gold {page.gold['published']} plain "
                      f"{plain[page.ident].get('published')} {page.url}")
    return report


def print_run_header(what: str, pages: list[GoldPage], outcome: CrawlOutcome, in_process: bool) -> None:
    """The line naming a run's set, its split sizes and how it ran, and its page-type stats."""
    print(f"\n== {what} (tune {sum(p.split == 'tune' for p in pages)}, "
          f"test {sum(p.split == 'test' for p in pages)}), {len(outcome.records)} records "
          f"({'in-process' if in_process else 'through the crawl'}, {outcome.seconds:.0f} s)")
    print_page_types(outcome)


def gold_set_arguments(description: str, data: Path, data_help: str, gold_name: str | None = None) -> argparse.ArgumentParser:
    """The arguments of a bench crawling another project's test pages against their expectations
    (bench.newspaper_pages, goose_pages, readability_pages): ``--dir`` (``data`` by default), ``--split``,
    ``--show``, ``--direct``, ``--set``, ``--json``; ``--body-diff`` where the expectations hold a body,
    ``gold_name`` naming whose lines its minus side shows."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dir", type=Path, default=data, help=data_help)
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="list every page's outcome and wrong fields (tune only)")
    if gold_name:
        parser.add_argument("--body-diff", type=float, metavar="F1",
                            help=f"with --show: the body lines only we (+) or {gold_name} (-) have, below this F1")
    parser.add_argument("--direct", action="store_true",
                        help="extract_article + clean_text in-process instead of the crawl (tuning aid, not a figure)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="extra -s setting")
    parser.add_argument("--json", type=Path, help="also write the report here")
    return parser


def run_gold_set(args: argparse.Namespace, pages: list[GoldPage], name: str, what: str,
                 report: Callable[[list[GoldPage], CrawlOutcome, dict[str, dict], str], dict],
                 ) -> tuple[CrawlOutcome, dict[str, dict]]:
    """``pages`` (those of ``args.split``) crawled with ``args.set`` (or extracted in-process), next to
    plain trafilatura's records (cached under ``name``): the run's header (``what``), each part's
    ``report`` printed, the reports written to ``args.json``. The outcome and plain records, for ``--show``."""
    settings = {**CRAWL_SETTINGS, **dict(item.split("=", 1) for item in args.set)}
    outcome = direct(pages) if args.direct else crawl(pages, settings)
    plain = plain_trafilatura(name, pages)
    print_run_header(what, pages, outcome, args.direct)
    parts = ("tune", "test", "all") if args.split == "all" else (args.split,)
    result = {part: report([page for page in pages if part in ("all", page.split)], outcome, plain, part)
              for part in parts}
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return outcome, plain


def print_page_types(outcome: CrawlOutcome) -> None:
    """The run's page-type stats (why pages were not emitted, how their dates were found), if any."""
    page_types = {k.rsplit("/", 1)[1]: v for k, v in outcome.stats.items()
                  if k.startswith(("newsspider/not_article/", "newsspider/page_type/"))}
    if page_types:
        print(f"  stats: {page_types}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help="fundus and/or htmldate (default: both)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding fundus-dev/ and htmldate-dev/")
    parser.add_argument("--show", choices=("tune", "test", "all"), help="list the wrong fields of this split's pages")
    parser.add_argument("--split", choices=("tune", "test", "all"), default="all",
                        help="crawl and score only this split's pages (tune while tuning)")
    parser.add_argument("--direct", action="store_true",
                        help="extract_article + clean_text in-process instead of the crawl (tuning aid, not a figure)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="extra -s setting for the crawl")
    parser.add_argument("--json", type=Path, help="also write the report here (fundus: with each page's scores)")
    parser.add_argument("--body-diff", type=float, metavar="F1",
                        help="with --show: print the body lines only we have (+) and only the gold has (-) "
                             "on the pages whose body F1 is below F1")
    parser.add_argument("--keep", choices=("tune", "test", "all"),
                        help="list this split's pages where the crawl lost article text plain trafilatura found "
                             "(not emitted, under half its length, lacking over a tenth of its running text)")
    args = parser.parse_args(argv)
    chosen = args.sets or list(SETS)
    if set(chosen) - set(SETS):
        parser.error(f"unknown set(s): {', '.join(sorted(set(chosen) - set(SETS)))}")
    settings = {**CRAWL_SETTINGS, **dict(item.split("=", 1) for item in args.set)}
    report = {}
    for name in dict.fromkeys(chosen):
        pages = [page for page in load_set(name, args.data) if args.split in ("all", page.split)]
        outcome = direct(pages) if args.direct else crawl(pages, settings)
        plain = plain_trafilatura(name, pages)
        print_run_header(f"{DIRS[name]}: {len(pages)} pages", pages, outcome, args.direct)
        if name == "fundus":
            report[name] = report_fundus(pages, outcome, plain, args.show, args.body_diff)
        else:
            report[name] = report_htmldate(pages, outcome, plain, args.show)
        if args.keep:
            show_lost(pages, outcome, plain, args.keep)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
