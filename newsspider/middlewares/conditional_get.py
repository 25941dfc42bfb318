"""Downloader middleware: conditional GETs for feeds, sitemaps and listing pages.

A cron run every 15 minutes would otherwise download every feed in full each time. Requests
flagged with ``meta["newsspider_conditional"]`` carry the ETag / Last-Modified of the last
complete run; a 304 reaches the spider callback, which treats it as "nothing new".
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy import signals

from newsspider.extensions.feed_output import FeedOutput
from newsspider.extensions.state import StateService
from newsspider.middlewares import CONDITIONAL, DISCOVERY_FAILED, IF_MODIFIED_SINCE, IF_NONE_MATCH, SOURCE
from newsspider.outcome import OUTPUT_ERROR, STATE_ERROR, source_key
from newsspider.state.base import Validators

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.spiders import Spider
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

LINKS_LEFT = ("errors", "over_limit", "over_limit_skipped", "links_over_cap")
"""Per-source counters of links a run left unfetched or unwritten: any error of the source (an
article page that failed: a 404 before the page is up, a timeout; a sitemap its index listed that
failed; a document cut short), the articles past the source's limit, the article links left
unrequested over it (``newsspider.discovery.budget``, or ``SourceLimitMiddleware`` without a budget)
and the links of a document past ``NEWSSPIDER_DOCUMENT_MAX_LINKS``. Such a source's feeds,
sitemaps and listings keep no validators, or the next run's 304 would hide those links (the index
unchanged, its failed sitemap never asked for again) until the document changes."""


class ConditionalGetMiddleware:
    """Sends the stored validators with flagged requests and keeps the new ones a 200 brings.

    The new validators are saved only when the crawl finished normally, and only after its
    output is stored (``StateService.before_close``): after a time limit, a crash, an output
    failure, or a run with no output at all, the next run must fetch those feeds again in full,
    or it would miss what this run did not write. With
    ``NEWSSPIDER_REEMIT_ALL`` no validator is sent (a 304 would hide what is to be emitted again),
    nor for the sources of the articles of cut lines the output found to write again
    (``FeedOutput.reads_in_full``). A source that left some of its article links (``LINKS_LEFT``)
    keeps none either.
    """

    def __init__(self, state: StateService, stats: StatsCollector, *, send: bool = True,
                 output: FeedOutput | None = None) -> None:
        self.state = state
        self.stats = stats
        self.send = send
        self.output = output
        self.has_output = output is not None
        self.received: dict[str, tuple[Validators, dict]] = {}  # url -> (validators, the request's meta)
        self.finish_reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        """The middleware on the crawl's state service; saves on close."""
        middleware = cls(StateService.of(crawler), crawler.stats,
                         send=not crawler.settings.getbool("NEWSSPIDER_REEMIT_ALL"),
                         output=FeedOutput.of(crawler))
        middleware.state.before_close(middleware.save)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        """Add ``If-None-Match`` / ``If-Modified-Since`` to a flagged request with known validators."""
        if not request.meta.get(CONDITIONAL) or not self.send:
            return
        if self.output is not None and self.output.reads_in_full(request.meta.get(SOURCE)):
            return  # an article of the source to write again (a cut line): find it in its feeds in full
        known = self.state.validators.get(request.url)
        if known:
            if known.etag:
                request.headers.setdefault(IF_NONE_MATCH, known.etag)
            if known.last_modified:
                request.headers.setdefault(IF_MODIFIED_SINCE, known.last_modified)
            self.stats.inc_value("newsspider/conditional/sent")

    def process_response(self, request: Request, response: Response) -> Response:
        """Count a 304; keep the validators of a 200."""
        if not request.meta.get(CONDITIONAL):
            return response
        if response.status == 304:
            self.stats.inc_value("newsspider/conditional/not_modified")
        elif response.status == 200:
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            if etag or last_modified:
                self.received[request.url] = (Validators(
                    etag.decode("latin-1") if etag else None,
                    last_modified.decode("latin-1") if last_modified else None), request.meta)
        return response

    def _left_links(self, source: str | None) -> bool:
        """Whether ``source`` left article links of its documents this run (``LINKS_LEFT``)."""
        return source is not None and any(self.stats.get_value(source_key(source, key)) for key in LINKS_LEFT)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Remember why the crawl ended: only a finished one saves its validators."""
        self.finish_reason = reason

    def save(self) -> None:
        """Store the validators received, if the crawl finished normally (not those of a document
        the spider could not use)."""
        written = self.has_output and not self.stats.get_value(OUTPUT_ERROR)
        state_failed = bool(self.stats.get_value(STATE_ERROR))
        saved = self.finish_reason == "finished" and written and not state_failed
        left = {meta[SOURCE] for _, meta in self.received.values() if self._left_links(meta.get(SOURCE))}
        usable = [(url, validators) for url, (validators, meta) in self.received.items()
                  if not meta.get(DISCOVERY_FAILED) and meta.get(SOURCE) not in left]
        if saved:
            self.state.validators.put(usable)
        why = ("no output" if not self.has_output else "the output failed" if not written
               else "the state store failed" if state_failed else self.finish_reason)
        logger.info("feed validators: %d %s", len(usable), "saved" if saved else f"discarded ({why})")
        if saved and left:
            logger.info("feed validators not kept for %s: some of their links failed or were over the limit, "
                        "the next run reads their feeds, sitemaps and listings in full", ", ".join(sorted(left)))
        self.received.clear()
