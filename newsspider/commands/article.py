"""``scrapy article URL|FILE``: the record the crawl would write for one page, with the boilerplate
lines removed from it and why, like ``trafilatura -u`` or newspaper's ``Article(url)``.

The page goes through the crawl's own steps (decoding, extraction, the cleaner, fingerprints) but
nothing of the crawl's state: the state store is never opened, so no learned site lines apply,
nothing is recorded as seen, and the article is a story's first (``story_id`` is its id).
A URL is fetched once with the project's user agent, timeout and size cap (robots.txt is not
consulted: one page, asked for by hand); a file is read as the page's bytes, and ``--url`` gives
the address it was saved from (for its id and relative links).

Exit statuses: 0 an article; 1 the page could not be fetched or is not an article; 2 bad usage.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.log import configure_logging

from newsspider.dates import utc_now_iso
from newsspider.discovery.canonical import ArticleAddresses, article_key
from newsspider.extract.cleaning import clean_text, phrase_key
from newsspider.extract.selectors import SiteSelectors
from newsspider.items import Article, article_id
from newsspider.pipelines.extract import extract_options, to_item
from newsspider.sources import Source, SourcesError, load_sources
from newsspider.spiders.news import page_text
from newsspider.stories.config import StoryConfig
from newsspider.stories.fingerprints import simhash_hex
from newsspider.stories.prepare import StoryInput, prepare_inputs

if TYPE_CHECKING:
    import argparse

    from scrapy.settings import Settings

EXIT_NOT_AN_ARTICLE = 1
PREVIEW_SOURCE = "preview"
"""The record's ``source`` when no ``--source`` is named."""
TREE_CHROME = "tree_chrome"
WHY = {
    "shortcode": "an unreplaced CMS placeholder or shortcode ([ad_1])",
    "headline": "a copy of the headline at the top of the text",
    "tagline": "the site's tagline at the top of the text",
    "breadcrumb": "a breadcrumb (section path) at the top of the text",
    "byline": "a byline or agency line at the top of the text (the record has the authors)",
    "dateline": "a date line at the top of the text (the record has the dates)",
    "pre_title": "a short line above the headline: a label, a kicker, a date",
    "source": "a source or credit label at the end of the text",
    "read_also": "a 'read also' line or a block of links to other articles",
    "share": "a share prompt",
    "follow": "a follow-us prompt",
    "subscribe": "a subscribe prompt",
    "newsletter": "a newsletter prompt",
    "comments": "a comment prompt",
    "copyright": "a copyright line",
    "consent": "a cookie or consent notice",
    "player": "a media player's fallback text",
    "counter": "a picture or comment count beside its label at an edge of the text",
    "reading_time": "a reading time (a count of minutes and a label) above the story or beside its byline or date",
    "site_learned": "a line the site repeats on its pages (learned)",
    "source_boilerplate": "a line the sources file names as this source's boilerplate",
    "site_label_link": "a label the site sets before links to its other pages, with such a link (learned)",
    TREE_CHROME: ("a link to another page of the site (with its label), a media player's text, a form's text "
                  "(the page's HTML), or the author's biography at the end"),
}
"""Why each rule of the cleaner (``newsspider.extract.cleaning``) removes a line."""


class Command(ScrapyCommand):
    """Print the record the crawl would write for one page (JSON), with the boilerplate removed and why."""

    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        """One URL or one local file."""
        return "[options] <url|file>"

    def short_desc(self) -> str:
        """The line ``scrapy -h`` shows."""
        return "Print the record the crawl would write for one page, with the boilerplate removed and why"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        """Scrapy's global options, and the page's source and address."""
        super().add_options(parser)
        parser.add_argument("--sources", metavar="FILE",
                            help="sources file whose --source options apply (language, body, prune, boilerplate)")
        parser.add_argument("--source", metavar="NAME",
                            help=f"the page's source: its name in the record (default {PREVIEW_SOURCE!r}) and, "
                                 "with --sources, its options")
        parser.add_argument("--url", help="a local file's original address (its id and relative links)")
        parser.add_argument("--record-only", action="store_true",
                            help="print only the record, on one line, as the crawl's JSONL would")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Fetch or read the page, then print its record and the lines removed from it."""
        if len(args) != 1:
            raise UsageError("give one URL or one file")
        assert self.settings is not None
        configure_logging(self.settings)
        source = _source(opts)
        try:
            response = _fetch(args[0], self.settings) if _is_url(args[0]) else _read(Path(args[0]), opts.url)
        except (OSError, ValueError) as exc:
            return self._fail(f"could not get {args[0]}: {exc}")
        if not isinstance(response, TextResponse):
            return self._fail(f"not a text page ({_content_type(response.headers)}): {response.url}")
        result = preview(page_text(response), response.url, source, self.settings)
        if result["record"] is None:
            print(json.dumps(result, ensure_ascii=False, indent=1))
            return self._fail(f"not an article ({result['not_article']}): {response.url}")
        if opts.record_only:
            print(json.dumps(result["record"], ensure_ascii=False))
        else:
            print(json.dumps(result, ensure_ascii=False, indent=1))

    def _fail(self, message: str) -> None:
        print(f"scrapy article: {message}", file=sys.stderr)
        self.exitcode = EXIT_NOT_AN_ARTICLE


def preview(html: str, url: str, source: Source, settings: Settings) -> dict[str, Any]:
    """``{"record", "page_type", "removed": [{"rule", "why", "line"}]}`` for one page, or
    ``{"record": None, "not_article": reason}``: the crawl's extraction, cleaning and fingerprints,
    with no state (no learned site lines; the article is a story's root)."""
    # Imported here: Scrapy imports every command's module at the start of every command, a crawl's
    # too, whose process never extracts (its workers do): trafilatura and the rules, 0.15 s of CPU.
    from newsspider.extract.article import extract_article

    selectors = SiteSelectors(source.body, source.prune)
    extraction = extract_article(html, url, {}, source.language, extract_options(settings), selectors or None)
    extracted = extraction.article
    if extracted is None:
        return {"record": None, "not_article": extraction.reason}
    addresses = ArticleAddresses({source.name: source.discovery_urls})  # one page: no other article of the run
    canonical = addresses.address(source.name, url, extracted.canonical,
                                  article_key(extracted.title, extracted.text)).url
    record = to_item(extracted, url, source.name, utc_now_iso(), article_id(canonical), canonical)
    cleaned = clean_text(record.text, title=record.title, language=record.language, site_name=record.site_name,
                         source_lines=frozenset(map(phrase_key, source.boilerplate)))
    removed = [(TREE_CHROME, line) for line in extracted.tree_chrome] + cleaned.removed.lines
    if not cleaned.text.strip():
        return {"record": None, "not_article": "only_boilerplate", "removed": _explained(removed)}
    record.text = cleaned.text
    _fingerprint(record, settings)
    return {"record": asdict(record), "page_type": extracted.page_type, "removed": _explained(removed)}


def _fingerprint(record: Article, settings: Settings) -> None:
    """The record's text simhash, as the story stage computes it (the story fields stay those of
    a story's first article: no state is consulted)."""
    (prepared,) = prepare_inputs([StoryInput(id=record.id, text=record.text, title=record.title,
                                             language=record.language, published=record.published,
                                             fetched_at=record.fetched_at, source=record.source)],
                                 None, StoryConfig.from_settings(settings))
    record.simhash = simhash_hex(prepared.simhash)


def _explained(removed: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"rule": rule, "why": WHY.get(rule, rule), "line": line} for rule, line in removed]


def _source(opts: argparse.Namespace) -> Source:
    if not opts.sources:
        return Source(name=opts.source or PREVIEW_SOURCE)
    try:
        sources = {source.name: source for source in load_sources(opts.sources)}
    except SourcesError as exc:
        raise UsageError(str(exc)) from exc
    if opts.source not in sources:
        raise UsageError(f"--source must name a source of {opts.sources}: {', '.join(sources)}")
    return sources[opts.source]


def _is_url(argument: str) -> bool:
    return argument.startswith(("http://", "https://"))


def _fetch(url: str, settings: Settings) -> Any:
    """The page at ``url`` as Scrapy's response class for it (decoded as the crawl decodes it)."""
    request = urllib.request.Request(url, headers={"User-Agent": settings.get("USER_AGENT"),
                                                   "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    limit = settings.getint("DOWNLOAD_MAXSIZE")
    try:
        with urllib.request.urlopen(request, timeout=settings.getfloat("DOWNLOAD_TIMEOUT")) as answer:
            body = answer.read(limit + 1 if limit else -1)
            headers = Headers(dict(answer.headers.items()))
            final_url = answer.geturl()
    except urllib.error.HTTPError as exc:
        raise OSError(f"HTTP {exc.code} {exc.reason}") from exc
    if limit and len(body) > limit:
        raise ValueError(f"larger than DOWNLOAD_MAXSIZE ({limit} bytes)")
    return responsetypes.from_args(headers=headers, url=final_url, body=body)(
        url=final_url, headers=headers, body=body)


def _read(path: Path, url: str | None) -> Any:
    """A saved page as Scrapy's response class for it (its charset from the page itself)."""
    body = path.read_bytes()
    address = url or path.resolve().as_uri()
    return responsetypes.from_args(filename=str(path), body=body)(url=address, body=body)


def _content_type(headers: Headers) -> str:
    return (headers.get("Content-Type") or b"unknown type").decode("latin-1")
