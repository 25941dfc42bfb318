"""The ``news`` spider: sources file -> feeds, sitemaps and listing pages -> article pages.

Thin by design: parsing lives in ``newsspider.discovery``, extraction in the pipelines; a link
too old or to an article an earlier run already emitted is skipped before it becomes a request
(``newsspider.discovery.follow``). Every callback is a spider method taking plain ``cb_kwargs``
so that requests serialise (scrapy-redis); what the middlewares read is in ``meta``
(``newsspider.middlewares``).
"""
from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Self, TypeVar

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, ResponseDataLossError
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed

from newsspider.charset import decode_html, header_charset, log_wrong_label
from newsspider.dates import http_date_iso, utc_now_iso
from newsspider.discovery.budget import ArticleBudget, article_limit
from newsspider.discovery.entry import DiscoveredLink, newest_first
from newsspider.discovery.feeds import FeedError, looks_like_feed, read_feed
from newsspider.discovery.follow import age_limit, canonical_links, not_too_old, skips_seen, split_seen
from newsspider.discovery.home import feed_links, is_news_sitemap, robots_url, well_known_news_sitemaps
from newsspider.discovery.links import article_links, listing_links
from newsspider.discovery.sitemaps import (
    GZIP_MAGIC,
    Sitemap,
    SitemapError,
    is_robots_url,
    parse_sitemap,
    sitemap_urls_from_robots,
)
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool
from newsspider.items import Page
from newsspider.middlewares import ARTICLE, CONDITIONAL, DISCOVERY_FAILED, SOURCE, VALIDATOR_HEADERS
from newsspider.middlewares.source_limit import SourceFull
from newsspider.outcome import note_source_error, source_key
from newsspider.signals import article_request_failed
from newsspider.sources import RejectedSource, Source, SourceFile, load_source_file
from newsspider.spiders.warc_input import SELECTION_ARGUMENTS, WarcArguments, WarcInput
from newsspider.urls import canonicalize_url

logger = logging.getLogger(__name__)
T = TypeVar("T")

LISTED_DOCUMENT = "newsspider_listed_document"
"""Request meta: a feed, sitemap or listing page the sources file lists (``ArticleBudget.expect``)."""
REQUESTS_PER_TURN = 200
"""Article requests a feed, sitemap or listing page yields before it lets the reactor do other work."""
PARSE_IN_PROCESS_BYTES = 64 * 1024
"""A feed or sitemap this small is parsed in the reactor thread (feedparser, ~1.3 µs a byte: under
0.1 s), where it does not wait for a worker; a larger one in a worker, as is any gzipped one (a 64 KB
gzip body can hold 20 MB of XML: seconds of parsing). There it goes before every page's job
(``DISCOVERY_PRIORITY``), behind at most the work a worker already holds (``PREFETCH_SECONDS``); at
the start of a crawl it waits for the workers' warm-up (4-6 s at load 8 for 84 KB sitemaps sent with
0-2 jobs ahead of them), as the first pages do."""
LOGGED_URL_CHARS = 200
"""How much of a link too long to request a log line shows (the link may be a megabyte)."""
DISCOVERY_PRIORITY = 1000
"""The worker pool priority of parsing a feed or a sitemap: above every pipeline stage's (their
``ITEM_PIPELINES`` order), since the links it finds are what the downloader waits for."""


def _content_type(response: Response) -> str:
    """The response's Content-Type header ("" without one), as the charset and format rules read it."""
    return (response.headers.get("Content-Type") or b"").decode("latin-1")


def page_text(response: TextResponse) -> str:
    """The page as text, as the crawl's extraction reads it (``newsspider.charset``: a
    wrong charset label is caught and logged)."""
    text, decoded_as = decode_html(response.body, response.encoding,
                                   from_header=bool(header_charset(_content_type(response))))
    log_wrong_label(logger, response.url, response.encoding, decoded_as)
    return text


def reads_listed_document(callback: Callable[..., AsyncIterator[scrapy.Request]]) -> Callable[..., AsyncIterator[scrapy.Request]]:
    """A discovery callback that tells the article budget, however it ends, that the document a
    sources file lists was read (``NewsSpider.listed_document_read``)."""
    @functools.wraps(callback)
    async def read(self: NewsSpider, response: Response, *args: Any, **kwargs: Any) -> AsyncIterator[scrapy.Request]:
        try:
            async for request in callback(self, response, *args, **kwargs):
                yield request
        finally:
            self.listed_document_read(response.meta)
    return read


class NewsSpider(scrapy.Spider):
    """Requests every feed, sitemap and listing page of the sources file, then the articles they link.

    ``-a sources=PATH`` names the sources file (default ``NEWSSPIDER_SOURCES``). With
    ``-a warc=PATH_OR_GLOB`` it reads the article pages of WARC files instead of fetching
    (``newsspider.spiders.warc_input``); a sources file is then optional, and gives its sources' options.

    Every failure is an error of its source (``newsspider/source/<name>/errors``, the summary's
    ``errors=``; the first few with their reason in ``.../error_reasons``): a failed request
    (an HTTP error status, a connection failure, a feed or sitemap blocked by robots.txt), a
    document that is not the feed or sitemap it should be, and a feed, sitemap or listing page in
    which nothing is found. A feed listed under ``pages`` is read as a feed, with a warning.
    """

    name = "news"
    sources: dict[str, Source]
    sitemap_max_depth: int
    feed_max_bytes: int
    sitemap_max_bytes: int
    document_max_links: int
    url_length_limit: int
    """Scrapy's ``URLLENGTH_LIMIT`` (0: none), held against article links (``_short_enough``)."""
    max_age_days: float
    home_probes: dict[tuple[str, str], HomeProbe]
    source_order: list[str]
    """Every source of the sources file, those set aside for a mistake too, in the file's order."""
    rejected_sources: list[RejectedSource]
    warc_input: WarcInput | None = None
    budget: ArticleBudget | None = None
    """Which article links become requests within each source's ``max_articles`` (``newsspider.discovery.budget``;
    told of each article's ending by ``extensions.article_budget.ArticleEndings``); None for a WARC input
    (nothing is requested), a distributed crawl (``IncrementalPipeline`` limits each worker) and a crawl
    with no limit."""

    def __init__(self, sources: str | None = None, warc: str | None = None, *args,
                 sources_file: SourceFile | None = None, **kwargs):
        """``sources_file``: the file at ``sources`` as the crawl command loaded and checked it,
        so that the run crawls what it checked (a rewrite of the file meanwhile is not read)."""
        selection = {name: kwargs.pop(name) for name in SELECTION_ARGUMENTS if name in kwargs}
        super().__init__(*args, **kwargs)
        self.sources_path = sources
        self.sources_file = sources_file
        self.warc_arguments = WarcArguments.parse({"warc": warc, **selection})

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Write to the per-run default file only when the user configured no feed (-o/-O/FEEDS)."""
        super().update_settings(settings)
        if not settings.getdict("FEEDS") and settings.get("NEWSSPIDER_DEFAULT_FEED"):
            # A run that found nothing new leaves no empty file (its run report says so).
            feed = {"format": "jsonlines", "encoding": "utf-8", "overwrite": True, "store_empty": False}
            settings.set("FEEDS", {settings.get("NEWSSPIDER_DEFAULT_FEED"): feed}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        """The spider with its sources loaded (a broken file stops the crawl here) and its limits."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_path or crawler.settings.get("NEWSSPIDER_SOURCES")
        if spider.warc_arguments is not None:
            spider.warc_input = WarcInput.from_crawler(crawler, spider, spider.warc_arguments)
            path = spider.sources_path  # optional: it only gives the options of the sources it names
            # a cron run's time limit is not an archive's: reading one ends when its files end
            crawler.settings.set("CLOSESPIDER_TIMEOUT", 0, priority="spider")
        # Validate before any request: a broken sources file stops the run up front; a source with a
        # mistake is set aside, its error counted, and the others are crawled.
        loaded = spider.sources_file or (load_source_file(path) if path else None)
        spider.sources = {source.name: source for source in loaded.sources} if loaded else {}
        spider.source_order = loaded.names if loaded else []
        spider.rejected_sources = loaded.rejected if loaded else []
        spider.sitemap_max_depth = crawler.settings.getint("NEWSSPIDER_SITEMAP_MAX_DEPTH")
        spider.feed_max_bytes = crawler.settings.getint("NEWSSPIDER_FEED_MAX_BYTES")
        spider.sitemap_max_bytes = crawler.settings.getint("NEWSSPIDER_SITEMAP_MAX_BYTES")
        spider.document_max_links = crawler.settings.getint("NEWSSPIDER_DOCUMENT_MAX_LINKS")
        spider.url_length_limit = crawler.settings.getint("URLLENGTH_LIMIT")
        spider.max_age_days = crawler.settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS")
        spider.home_probes = {}
        # Settings freeze after the spider is built: per-source politeness is a download slot each.
        slots = {**crawler.settings.getdict("DOWNLOAD_SLOTS"), **source_download_slots(spider.sources.values())}
        if slots:
            crawler.settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        crawl_limit = crawler.settings.getint("NEWSSPIDER_MAX_ARTICLES_PER_SOURCE")
        limited = any(article_limit(source.max_articles, crawl_limit) for source in spider.sources.values())
        if spider.warc_input is None and not crawler.settings.get("NEWSSPIDER_REDIS_URL") and limited:
            spider.budget = ArticleBudget(lambda name: article_limit(spider.sources[name].max_articles, crawl_limit))
        crawler.signals.connect(spider.note_rejected_sources, signal=signals.spider_opened)
        logger.info("loaded %d sources from %s", len(spider.sources), path)
        return spider

    def note_rejected_sources(self) -> None:
        """Each source set aside for a mistake in the sources file: one ERROR line, and an error of
        that source (the summary, the report and the exit status count it as a failed source)."""
        for rejected in self.rejected_sources:
            logger.error("%s (this source is skipped; the others are crawled)", rejected.message)
            note_source_error(self.crawler.stats, rejected.name, "sources", rejected.where, rejected.reason)

    @property
    def source_names(self) -> list[str]:
        """The run's sources for its summary, report and exit status: the file's, those set aside
        for a mistake included (an error each), then any a WARC input added."""
        return list(dict.fromkeys([*getattr(self, "source_order", []), *self.sources]))

    async def start(self) -> AsyncIterator[scrapy.Request | Page]:
        """One conditional request per feed, sitemap and listing page of every source, and the
        home page, robots.txt and usual news sitemap locations of every ``home``; or the pages
        of the WARC files."""
        if self.warc_input is not None:
            async for page in self.warc_input.items():
                yield page
            return
        for source in self.sources.values():
            listed = [*((url, self.parse_feed, {}) for url in source.feeds),
                      *((url, self.parse_sitemap, {"depth": 0}) for url in source.sitemaps),
                      *((url, self.parse_listing, {"depth": 1}) for url in source.pages)]
            if self.budget is not None:  # the source's article places wait until these are read
                self.budget.expect(source.name, len(listed))
            for url, callback, cb_kwargs in listed:
                request = self._discovery_request(url, callback, source=source.name, **cb_kwargs)
                request.meta[LISTED_DOCUMENT] = True
                yield request
            for url in source.home:
                for request in self._home_requests(url, source.name):
                    yield request

    # --- discovery -------------------------------------------------------------------------
    @reads_listed_document
    async def parse_feed(self, response: Response, source: str) -> AsyncIterator[scrapy.Request]:
        """The feed's entries, as article requests (the feed parsed in a worker process: ``_parsed``)."""
        self._discovery_started(response)
        if not self._listed(source, response.url) or self._not_modified(response, source):
            return
        content_type = _content_type(response)
        read = await self._parsed_or_reported(functools.partial(
            read_feed, max_bytes=self.feed_max_bytes, content_type=content_type), response, source, "feed", FeedError)
        if read is None:
            return
        links, decoded_as, cut = read
        log_wrong_label(logger, response.url, header_charset(content_type), decoded_as)
        if not links:
            self._discovery_error(response, source, "feed", "nothing found: the feed has no entries with a link")
            return
        self._count(source, "discovery_ok")
        self._count(source, "feed_links", len(links))
        async for request in self._article_requests_in_turns(links, source, response.url):
            yield request
        self._discovery_read(response, source, "feed", cut, len(links))

    @reads_listed_document
    async def parse_sitemap(self, response: Response, source: str, depth: int,
                            sitemap: Sitemap | None = None) -> AsyncIterator[scrapy.Request]:
        """A sitemap's articles, an index's sitemaps (down to ``NEWSSPIDER_SITEMAP_MAX_DEPTH``), or
        robots.txt's sitemaps; the sitemap parsed in a worker process (``_parsed``), unless given."""
        self._discovery_started(response)
        if not self._listed(source, response.url) or self._not_modified(response, source):
            return
        if is_robots_url(response.url):
            urls = sitemap_urls_from_robots(response.body, response.url)
            if not urls:
                self._discovery_error(response, source, "sitemap", "nothing found: robots.txt names no sitemap")
                return
            self._count(source, "discovery_ok")
            for url in urls:
                yield self._discovery_request(url, self.parse_sitemap, source=source, depth=depth + 1)
            self._discovery_used(response)
            return
        content_type = _content_type(response)
        if sitemap is None:
            sitemap = await self._parsed_or_reported(functools.partial(
                parse_sitemap, max_bytes=self.sitemap_max_bytes, content_type=content_type),
                response, source, "sitemap", SitemapError)
            if sitemap is None:
                return
        log_wrong_label(logger, response.url, header_charset(content_type), sitemap.decoded_as)
        if not sitemap.links:
            self._discovery_error(response, source, "sitemap", f"nothing found: the {sitemap.kind} lists no URL")
            return
        self._count(source, "discovery_ok")
        if sitemap.kind == "sitemapindex":
            if depth >= self.sitemap_max_depth:
                self._count(source, "sitemap_too_deep")
                logger.warning("sitemap index nested deeper than %d, not followed: %s", depth, response.url)
                self._discovery_used(response)
                return
            for link in sitemap.links:
                yield self._discovery_request(link.url, self.parse_sitemap, source=source, depth=depth + 1)
            self._discovery_read(response, source, "sitemap", sitemap.cut, len(sitemap.links), sitemap.malformed)
            return
        self._count(source, "sitemap_links", len(sitemap.links))
        async for request in self._article_requests_in_turns(sitemap.links, source, response.url):
            yield request
        self._discovery_read(response, source, "sitemap", sitemap.cut, len(sitemap.links), sitemap.malformed)

    async def _parsed_or_reported(self, parser: Callable[[bytes, str], T], response: Response, source: str,
                                  kind: str, expected: type[Exception]) -> T | None:
        """``_parsed``, or None once the source's discovery error is reported: the document's own
        fault (``expected``), a broken pool, or whatever else the worker raised (its MemoryError, a
        closed pool, a failed fork): any failure, so that the document keeps no validators. A hostile
        document gets the one line of its error; anything but the document's or the machine's fault
        is a bug of ours, logged with its traceback (a worker's included) to be fixed."""
        try:
            return await self._parsed(parser, response)
        except (expected, BrokenProcessPool) as exc:
            reason = str(exc)
        except (MemoryError, OSError) as exc:
            reason = f"{type(exc).__name__}: {exc}"
        except Exception as exc:
            logger.error("parsing the %s %s failed in our code, not the document's fault", kind, response.url,
                         exc_info=True)
            reason = f"{type(exc).__name__}: {exc}"
        self._discovery_error(response, source, kind, reason)
        return None

    async def _parsed(self, parser: Callable[[bytes, str], T], response: Response) -> T:
        """``parser(response.body, response.url)`` in a worker process of the crawl: feedparser takes
        about 150 µs per entry (a 10 MB feed of 75,000 entries, 12 s), which in the reactor thread
        would stall every download and leave the workers unfed. A document of at most
        ``PARSE_IN_PROCESS_BYTES`` that is not gzipped is parsed here, as is any when the crawl has no
        worker pool (a spider built on its own)."""
        pool = self.crawler.get_extension(WorkerPool)
        small = len(response.body) <= PARSE_IN_PROCESS_BYTES and not response.body.startswith(GZIP_MAGIC)
        if pool is None or small:
            return parser(response.body, response.url)
        return await pool.run(parser, response.body, response.url, priority=DISCOVERY_PRIORITY)

    @reads_listed_document
    async def parse_listing(self, response: Response, source: str, depth: int = 1,
                            home: bool = False) -> AsyncIterator[scrapy.Request]:
        """The article links of a listing page; its pagination and sub-sections down to the
        source's ``depth`` (1 = the listed pages only). ``home``: a home page read as a listing
        because it led to no feed and no news sitemap."""
        self._discovery_started(response)
        if not self._listed(source, response.url) or self._not_modified(response, source):
            return
        if looks_like_feed(response.body):
            logger.warning("%s is listed under pages but is a feed: read as a feed (list it under feeds)",
                           response.url)
            self._count(source, "feed_as_page")
            async for request in self.parse_feed(response, source):
                yield request
            return
        if not isinstance(response, TextResponse):
            self._discovery_error(response, source, "listing", "not a web page (not text)")
            return
        links = article_links(response.text, response.url)
        if not links and depth == 1:  # a page the source lists (a followed sub-page may be empty)
            if home:
                self._discovery_error(response, source, "home", "nothing found: no feed announced, no news sitemap, "
                                      "and no link on the page looks like an article")
            else:
                self._discovery_error(response, source, "listing",
                                      "nothing found: no link on the page looks like an article")
            return
        self._count(source, "discovery_ok")
        self._count(source, "listing_links", len(links))
        async for request in self._article_requests_in_turns(links, source, response.url):
            yield request
        if depth < self.sources[source].depth:
            for url in listing_links(response.text, response.url):
                self._count(source, "listing_pages_followed")
                yield self._request(url, self.parse_listing, source=source, depth=depth + 1)
        self._discovery_used(response)

    # --- home pages ------------------------------------------------------------------------
    def _home_requests(self, url: str, source: str) -> Iterable[scrapy.Request]:
        """The home page (for the feeds it announces), and once per site robots.txt (for its news
        sitemaps) and the usual news sitemap locations. A probe that finds nothing (404, not a
        sitemap) is not an error; when none of a site's probes finds a feed or a news sitemap,
        its home page is read as a listing page."""
        site = robots_url(url)
        first = (source, site) not in self.home_probes
        probe = self.home_probes.setdefault((source, site), HomeProbe(home=url))
        self._count(source, "home_pages")
        requests = [self._probe(url, self.parse_home, source, site)]
        if first:
            requests.append(self._probe(site, self.parse_home_robots, source, site))
            requests += [self._probe(candidate, self.parse_home_sitemap, source, site)
                         for candidate in well_known_news_sitemaps(url)]
        probe.pending += len(requests)
        return requests

    def _probe(self, url: str, callback, source: str, site: str) -> scrapy.Request:
        request = self._request(url, callback, meta={"handle_httpstatus_list": PROBE_STATUSES},
                                source=source, site=site)
        return request.replace(dont_filter=True, errback=self.on_probe_error)

    def parse_home(self, response: Response, source: str, site: str) -> Iterable[scrapy.Request]:
        """The feeds a home page announces, as feeds of the source."""
        if not self._listed(source, response.url):
            return
        if not _answered(response):
            reason = f"HTTP {response.status}" if response.status != 200 else "not a web page (not text)"
            self._error(source, "home", response.url, reason)
            self._probe_failed(source, site)
            feeds = []
        else:
            feeds = feed_links(response.text, response.url)
        self._count(source, "home_feeds", len(feeds))
        for url in feeds:
            logger.info("home page %s announces the feed %s", response.url, url)
            yield self._discovery_request(url, self.parse_feed, source=source)
        yield from self._probe_done(source, site, len(feeds))

    def parse_home_robots(self, response: Response, source: str, site: str) -> Iterable[scrapy.Request]:
        """The news sitemaps robots.txt names (a site's whole-archive sitemap is not followed)."""
        if not self._listed(source, response.url):
            return
        urls = sitemap_urls_from_robots(response.body, response.url) if _answered(response) else []
        news = [url for url in urls if is_news_sitemap(url)]
        self._count(source, "home_sitemaps", len(news))
        for url in news:
            logger.info("%s names the news sitemap %s", response.url, url)
            yield self._discovery_request(url, self.parse_sitemap, source=source, depth=0)
        yield from self._probe_done(source, site, len(news))

    async def parse_home_sitemap(self, response: Response, source: str, site: str) -> AsyncIterator[scrapy.Request]:
        """A usual news sitemap location: used when it answers with a sitemap."""
        if not self._listed(source, response.url):
            return
        sitemap = None
        if _answered(response):
            try:
                sitemap = await self._parsed(functools.partial(
                    parse_sitemap, max_bytes=self.sitemap_max_bytes,
                    content_type=_content_type(response)), response)
            except (SitemapError, BrokenProcessPool):
                pass
            except Exception as exc:  # the worker's MemoryError, a closed pool...: found nothing
                logger.warning("news sitemap probe %s could not be parsed: %s: %s", response.url,
                               type(exc).__name__, exc)
        if sitemap is not None:
            self._count(source, "home_sitemaps")
            logger.info("found the news sitemap %s", response.url)
            async for request in self.parse_sitemap(response, source, depth=0, sitemap=sitemap):
                yield request
        for request in self._probe_done(source, site, int(sitemap is not None)):
            yield request

    def on_probe_error(self, failure: Failure) -> Iterable[scrapy.Request]:
        """A probe that could not be fetched found nothing; the home page itself is an error."""
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on an errback's failure
        source, site = request.cb_kwargs["source"], request.cb_kwargs["site"]
        if request.callback == self.parse_home:
            self.on_error(failure)
            self._probe_failed(source, site)
        yield from self._probe_done(source, site, 0)

    def _probe_failed(self, source: str, site: str) -> None:
        if (probe := self.home_probes.get((source, site))) is not None:
            probe.failed = True

    def _probe_done(self, source: str, site: str, found: int) -> Iterable[scrapy.Request]:
        probe = self.home_probes.get((source, site))
        if probe is None:  # sent by an earlier run (a JOBDIR resumed) or another worker: its other probes are not known here
            return
        probe.pending -= 1
        probe.found += found
        if probe.pending or probe.found or probe.failed:  # a home page that failed is an error already
            return
        logger.warning("%s (source %r) announces no feed and has no news sitemap: reading the home page "
                       "as a listing page", probe.home, source)
        self._count(source, "home_as_listing")
        yield self._request(probe.home, self.parse_listing, source=source, depth=1, home=True)

    # --- articles --------------------------------------------------------------------------
    def parse_article(self, response: Response, source: str, hints: dict) -> Iterable[Page]:
        """The fetched page, for the pipelines to extract (a non-text response is counted and skipped)."""
        if not self._listed(source, response.url):
            return
        if not isinstance(response, TextResponse):
            self._count(source, "not_text")
            logger.warning("not a text response (%s), skipped: %s",
                           (response.headers.get("Content-Type") or b"?").decode("latin-1"), response.url)
            self._article_request_failed(source)
            return
        self._count(source, "pages")
        options = self.sources[source]
        yield Page(url=response.url, body=response.body, encoding=response.encoding, source=source,
                   encoding_from_header=bool(header_charset(_content_type(response))),
                   fetched_at=utc_now_iso(), source_language=options.language, hints=hints,
                   body_selector=options.body, prune_selectors=options.prune,
                   server_date=http_date_iso(response.headers.get("Date")))

    async def _article_requests_in_turns(self, links: list[DiscoveredLink], source: str,
                                         document: str) -> AsyncIterator[scrapy.Request]:
        """``_article_requests`` of the links ``_links_followed`` keeps, handing the reactor back every
        ``REQUESTS_PER_TURN`` requests: the 75,000 links of a large feed take seconds to become
        requests (and pass the middlewares and the scheduler), during which no worker would be fed."""
        links = self._links_followed(links, source, document)
        if self.budget is not None:
            links = self.budget.admit(source, links)
            self._note_left(source)
        for count, request in enumerate(self._article_requests(links, source), 1):
            yield request
            if count % REQUESTS_PER_TURN == 0:
                await asyncio.sleep(0)

    def _listed(self, source: str, url: str) -> bool:
        """Whether ``source`` is in the sources file. A request of a source it no longer lists (a JOBDIR
        run resumed after the file was edited, a distributed worker started with another version of
        it) is logged and not followed: its options (patterns, depth, age limit, pace) are gone, and
        a source the file dropped is one the user no longer wants crawled."""
        if source in self.sources:
            return True
        self.crawler.stats.inc_value("newsspider/unlisted_source")
        why = ("which is set aside for a mistake in the sources file" if self.set_aside(source)
               else "which the sources file no longer lists")
        logger.warning("%s is of source %r, %s: not followed", url, source, why)
        return False

    def set_aside(self, source: str) -> bool:
        """Whether ``source`` is one the sources file holds with a mistake (``rejected_sources``)."""
        return any(rejected.name == source for rejected in getattr(self, "rejected_sources", []))

    def _links_followed(self, links: list[DiscoveredLink], source: str, document: str) -> list[DiscoveredLink]:
        """The links of ``document`` that match the source's patterns, are not too old, not too
        long to request (``_short_enough``) and not emitted by an earlier run
        (``newsspider.discovery.follow``; each skip counted: ``skipped_pattern``, ``skipped_too_old``,
        ``skipped_url_length``, ``skipped_seen``), at most
        ``NEWSSPIDER_DOCUMENT_MAX_LINKS`` of them, the newest. Checks before any request exists:
        every request yielded keeps the document's response in Scrapy's scraper slot a little longer
        (``DOCUMENT_MAX_LINKS``). The links past the cap are counted as ``links_over_cap`` and
        logged: the source then keeps no validators (``LINKS_LEFT``), so the next run reads the
        document again, and takes the next ones, since the links it emitted no longer count."""
        options = self.sources[source]
        matching = [link for link in links if options.matches(link.url)]
        fresh = not_too_old(matching, age_limit(options.max_age_days, self.max_age_days))
        if skipped := len(links) - len(matching):
            self._count(source, "skipped_pattern", skipped)
        if skipped := len(matching) - len(fresh):
            self._count(source, "skipped_too_old", skipped)
        fresh = self._not_seen(self._short_enough(canonical_links(fresh), source, document), source)
        cap = self.document_max_links
        if not cap or len(fresh) <= cap:
            return fresh
        self._count(source, "links_over_cap", len(fresh) - cap)
        logger.warning("%s (source %s) lists %d article links: following the newest %d "
                       "(NEWSSPIDER_DOCUMENT_MAX_LINKS), %d left for a later run", document, source,
                       len(fresh), cap, len(fresh) - cap)
        return newest_first(fresh)[:cap]

    def _short_enough(self, links: list[DiscoveredLink], source: str, document: str) -> list[DiscoveredLink]:
        """``links`` (``canonical_links``: as requested) no longer than Scrapy's ``URLLENGTH_LIMIT``;
        each longer one logged and counted (``skipped_url_length``). Scrapy's ``UrlLengthMiddleware``
        holds it only against requests a callback yields: those the article budget hands out reach
        the engine past the spider middlewares, and a server answers a link of a megabyte with 414."""
        limit = self.url_length_limit
        if not limit:
            return links
        kept = [link for link in links if len(link.url) <= limit]
        if len(kept) == len(links):
            return links
        for link in links:
            if len(link.url) > limit:
                logger.info("%s (source %s) lists a link of %d characters, longer than URLLENGTH_LIMIT (%d): "
                            "skipped: %s...", document, source, len(link.url), limit, link.url[:LOGGED_URL_CHARS])
        self._count(source, "skipped_url_length", len(links) - len(kept))
        return kept

    def _not_seen(self, links: list[DiscoveredLink], source: str) -> list[DiscoveredLink]:
        """``links`` (``canonical_links``) minus those an earlier run emitted an article under
        (counted ``skipped_seen``); all of them when emitted articles are fetched again
        (``skips_seen``) or the crawl keeps no state."""
        state = self.crawler.get_extension(StateService)
        if state is None or not skips_seen(self.crawler.settings):
            return links
        kept, seen = split_seen(links, [link.url for link in links], state.seen.seen_urls)
        if seen:
            self._count(source, "skipped_seen", len(seen))
        return kept

    def _article_requests(self, links: Iterable[DiscoveredLink], source: str) -> Iterable[scrapy.Request]:
        for link in links:
            # vars, not asdict: the fields are strings, a deep copy of each buys nothing
            hints = {key: value for key, value in vars(link).items() if key != "url" and value}
            yield self._request(link.url, self.parse_article, meta={ARTICLE: True},
                                canonical=True, source=source, hints=hints)

    # --- the article budget (``newsspider.discovery.budget``; its endings: ``extensions.article_budget``) ---
    def listed_document_read(self, meta: dict) -> None:
        """A document the sources file lists was read, failed or dropped (``meta`` of its request):
        once all of its source's are, the source's places go to the newest of their links."""
        if self.budget is None or not meta.pop(LISTED_DOCUMENT, False):
            return
        source = meta[SOURCE]
        self.release(source, self.budget.document_read(source))

    def release(self, source: str, links: list[DiscoveredLink]) -> None:
        """Request ``links``, given places of ``source`` by the budget (its listed documents read, or
        an article ended or the crawl idle: ``extensions.article_budget``): counted as the source's
        requests (they reach the engine past the spider middlewares that count the others). The
        source's links left waiting are counted again, whether links were given or not."""
        self._note_left(source)
        if links:
            self._count(source, "requests", len(links))
        for request in self._article_requests(links, source):
            self.crawler.engine.crawl(request)

    def _note_left(self, source: str) -> None:
        """The links of ``source`` waiting for a place: over its limit, left for a later run unless
        released (``over_limit_skipped``, one of the ``LINKS_LEFT``)."""
        assert self.budget is not None
        if left := self.budget.left(source):
            self.crawler.stats.set_value(source_key(source, "over_limit_skipped"), left)
        elif self.crawler.stats.get_value(source_key(source, "over_limit_skipped")):
            self.crawler.stats.set_value(source_key(source, "over_limit_skipped"), 0)

    def _not_modified(self, response: Response, source: str) -> bool:
        """Whether the document answered 304 (nothing to read). A 304 to a request that sent no
        validator (a proxy or CDN answering so) is its source's error: there was no earlier copy,
        and taking it for one hid the source's articles run after run."""
        if response.status != 304:
            return False
        request = response.request
        if request is not None and not any(request.headers.get(name) for name in VALIDATOR_HEADERS):
            self._discovery_error(response, source, _stage(request), "HTTP 304 (not modified) to a request that "
                                  "named no earlier copy (no If-None-Match or If-Modified-Since): nothing to read")
            return True
        self._count(source, "discovery_ok")
        self._count(source, "not_modified")
        logger.info("not modified since the last run: %s", response.url)
        return True

    def _discovery_request(self, url: str, callback, **cb_kwargs) -> scrapy.Request:
        """Feeds, sitemaps and listings: sent conditionally, so a 304 reaches the callback."""
        return self._request(url, callback, meta={CONDITIONAL: True, "handle_httpstatus_list": [304]},
                             **cb_kwargs)

    def _request(self, url: str, callback, meta: dict | None = None, *, canonical: bool = False,
                 **cb_kwargs) -> scrapy.Request:
        """The request of ``url``, under its canonical URL (``canonical``: it is that already)."""
        source = self.sources[cb_kwargs["source"]]
        meta = {**(meta or {}), SOURCE: source.name}
        if source.delay is not None or source.concurrency is not None:
            # the source's own slot, at its own pace: AutoThrottle must not speed it up
            meta.update(download_slot=source_slot(source.name), autothrottle_dont_adjust_delay=True)
        return scrapy.Request(url if canonical else canonicalize_url(url), callback=callback, cb_kwargs=cb_kwargs,
                              meta=meta, headers=dict(source.headers) or None, errback=self.on_error)

    def on_error(self, failure: Failure) -> None:
        """Count a failed request as an error of its source, with its reason (an article page that
        robots.txt or another deliberate skip keeps out is counted as ``ignored``). An
        ``IgnoreRequest`` raised from another error is a failure, not a skip: Scrapy refuses a
        response inflating past ``DOWNLOAD_MAXSIZE`` (a decompression bomb) that way, and a page
        announcing that size is an error of its source, so the inflated one is too. So is a request
        Scrapy gave up on after ``REDIRECT_MAX_TIMES`` redirects (``too_many_redirects``): a redirect
        loop is the site's fault and passing (a misconfigured CDN), so its article is asked for
        again next run, where a skip would be left for good."""
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy on an errback's failure
        source = request.cb_kwargs.get("source", "?")
        stage = _stage(request)
        if stage == "article":
            self._article_request_failed(source)
        self.listed_document_read(request.meta)
        if failure.check(SourceFull):  # the source has all the articles it may have: not an error
            self._count(source, "over_limit_skipped")
        elif failure.check(HttpError):
            response = failure.value.response
            self._error(source, stage, request.url, f"HTTP {response.status}")
        elif failure.check(IgnoreRequest) and (chain := too_many_redirects(request, self.settings)):
            self._error(source, stage, chain[0], f"too many redirects ({len(chain)}), the last to {request.url}")
        elif failure.check(IgnoreRequest) and failure.value.__cause__ is None:  # robots.txt, offsite: deliberate skips
            if stage == "article":
                self._count(source, "ignored")
                logger.info("skipped: %s (%s)", request.url, failure.getErrorMessage())
            else:
                self._error(source, stage, request.url, failure.getErrorMessage() or "ignored")
        else:
            self._error(source, stage, request.url, f"{failure.type.__name__}: {failure_message(failure)}")

    def on_callback_error(self, response: Response, exception: Exception) -> None:
        """A callback raised (``middlewares.callback_errors``; Scrapy logs its traceback next): an
        error of its source at the request's stage. A feed, sitemap or listing page keeps no
        validators (``_discovery_started``): the next run reads it in full again."""
        request = response.request
        source = (request.meta.get(SOURCE) or request.cb_kwargs.get("source") if request is not None else None) or "?"
        stage = _stage(request) if request is not None else "article"
        self._error(source, stage, response.url, f"{type(exception).__name__}: {exception}")
        if stage == "article":
            self._article_request_failed(source)

    def _article_request_failed(self, source: str) -> None:
        """An article request of ``source`` ended with no page for the pipelines: its place in the
        article budget goes to a link waiting (``signals.article_request_failed``)."""
        self.crawler.signals.send_catch_log(article_request_failed, source=source)

    def request_dropped(self, request: scrapy.Request) -> None:
        """A request the scheduler dropped as a duplicate that redirects back into its own redirect
        chain: a redirect loop, an error of its source. Scrapy drops it in silence, and a feed in a
        loop left its source with nothing found and no error saying why. An article link
        redirected to an address the run requested already (the feed listing it, a home page, the
        same article under another link) is no error, but said: it had no line above DEBUG."""
        chain = request.meta.get("redirect_urls") or []
        source = request.cb_kwargs.get("source")
        if source is not None and request.meta.get(ARTICLE):  # a duplicate (or a loop): no article of it
            self._article_request_failed(source)
        self.listed_document_read(request.meta)
        if source is None or not chain:
            return
        if canonicalize_url(request.url) in {canonicalize_url(url) for url in chain}:
            self._error(source, _stage(request), chain[0], "redirect loop: " + " -> ".join([*chain, request.url]))
        elif request.meta.get(ARTICLE):
            logger.info("skipped: %s (redirects to %s, which this run requested already)", chain[0], request.url)

    @staticmethod
    def _discovery_started(response: Response) -> None:
        """A feed, sitemap or listing page keeps no validators until its callback has used it
        (``_discovery_used``): one that returned early or raised anything must be read again in
        full by the next run, or a 304 would hide its entries for good."""
        response.meta[DISCOVERY_FAILED] = True

    @staticmethod
    def _discovery_used(response: Response) -> None:
        """Every request of the document was yielded: its validators may be kept."""
        response.meta.pop(DISCOVERY_FAILED, None)

    def _discovery_read(self, response: Response, source: str, stage: str, cut: bool, links: int,
                        malformed: str | None = None) -> None:
        """Every request of the document was yielded: ``_discovery_used``, unless the document was
        cut short (its links after the cut are missing) or is malformed XML read past its damage
        (links near it may be misread or missing): then an error, and no validators kept, so the
        next run reads it in full rather than getting a 304."""
        if cut:
            self._discovery_error(response, source, stage, f"cut short: the document ends before its root element "
                                  f"closes ({links} links read; read in full again next run)")
        elif malformed:
            self._discovery_error(response, source, stage, f"malformed XML, read past the damage at {malformed} "
                                  f"({links} links read; read in full again next run)")
        else:
            self._discovery_used(response)

    def _discovery_error(self, response: Response, source: str, stage: str, reason: str) -> None:
        """A feed, sitemap or listing page that could not be used: an error, and no validators kept."""
        response.meta[DISCOVERY_FAILED] = True
        self._error(source, stage, response.url, reason)

    def _error(self, source: str, stage: str, url: str, reason: str) -> None:
        """One error of ``source``: counted, logged, and among its reasons if one of the first few."""
        note_source_error(self.crawler.stats, source, stage, url, reason)
        logger.warning("%s %s failed (source %s): %s", stage, url, source, reason)

    def _count(self, source: str, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(source_key(source, key), count)


FAILURES_WITHOUT_MESSAGE = {
    ResponseDataLossError: "the response was cut short (the connection closed or was reset before the whole body came)",
}
"""What a download failure whose exception carries no message means (an error's reason must say something)."""


def failure_message(failure: Failure) -> str:
    """The failure's message, or what its kind of failure means when it has none. An answer Twisted
    could not read (not HTTP, headers too long, cut off) is told by its reasons: Scrapy's message is
    the repr of a list of Twisted failures."""
    cause = failure.value.__cause__
    if isinstance(cause, ResponseFailed) and cause.reasons:
        reasons = "; ".join(f"{reason.type.__name__}: {reason.getErrorMessage()}" for reason in cause.reasons)
        return f"the server's answer could not be read: {reasons}"
    if message := failure.getErrorMessage():
        return message
    return next((meaning for kind, meaning in FAILURES_WITHOUT_MESSAGE.items() if failure.check(kind)),
                (failure.type.__doc__ or "no message").strip().splitlines()[0])


def too_many_redirects(request: scrapy.Request, settings: BaseSettings) -> list[str]:
    """The addresses ``request`` was redirected through if they are as many as Scrapy follows
    (``REDIRECT_MAX_TIMES``): its ``IgnoreRequest`` is then Scrapy giving up on one more redirect,
    which carries no cause, as a robots.txt skip does. Read from the documented ``redirect_urls``
    meta key (the addresses before ``request.url``); else empty."""
    chain = request.meta.get("redirect_urls") or []
    return list(chain) if len(chain) >= settings.getint("REDIRECT_MAX_TIMES") else []


def _stage(request: scrapy.Request) -> str:
    """What a request was for: ``feed``, ``sitemap``, ``listing``, ``home`` or ``article`` (by its callback)."""
    name = getattr(request.callback, "__name__", "")
    return {"parse_feed": "feed", "parse_sitemap": "sitemap", "parse_listing": "listing",
            "parse_home": "home"}.get(name, "article")


PROBE_STATUSES = tuple(range(400, 600))
"""A home-discovery probe sees its error answers itself: a missing news sitemap is no error. A
tuple: every probe request's meta holds this one object."""


@dataclass
class HomeProbe:
    """The discovery requests of one site of a source's ``home`` pages still out, and what they found."""

    home: str
    pending: int = 0
    found: int = 0
    failed: bool = False  # the home page itself could not be fetched (an error already)


def _answered(response: Response) -> bool:
    """A probe's answer is usable: 200 and text (a 404, a redirect loop's end or a binary is not)."""
    return response.status == 200 and isinstance(response, TextResponse)


def source_slot(name: str) -> str:
    """The download slot of a source with its own ``delay`` or ``concurrency``."""
    return f"newsspider-source:{name}"


def source_download_slots(sources: Iterable[Source]) -> dict[str, dict]:
    """``DOWNLOAD_SLOTS`` entries for the sources that set their own pace."""
    slots = {}
    for source in sources:
        if source.delay is None and source.concurrency is None:
            continue
        slot: dict = {}
        if source.delay is not None:
            slot["delay"] = source.delay
        if source.concurrency is not None:
            slot["concurrency"] = source.concurrency
        slots[source_slot(source.name)] = slot
    return slots


__all__ = ["NewsSpider", "Source"]
