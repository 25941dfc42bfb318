"""The news spider's WARC input: ``scrapy crawl news -a warc=PATH_OR_GLOB``.

The records are read by ``newsspider.warc.reader`` (plain logic); this module makes each
archived page the Scrapy response the HTTP path would have had (same response class, same
headers, the body decoded), hands it to the spider's own ``parse_article`` (so the page is
decoded the same way, in the worker, and the same source options apply), and yields the ``Page``
with the archive's fetch time. Extraction, cleaning, the seen store and story detection then run
unchanged on the items.

Which source a page belongs to: ``-a source=`` when given (a name, or a template with ``{host}``
and ``{file}``: the record's host without ``www.``, the WARC file's name without ``.warc.gz``);
else the source the crawl that wrote the file recorded for it (``NEWSSPIDER_WARC_OUTPUT``); else
its host. A page that file recorded as fetched for discovery (a feed, a listing page) is skipped.

Reading waits while ``NEWSSPIDER_WARC_MAX_PENDING`` pages are read and not yet written or dropped:
Scrapy takes items from ``start()`` as fast as they come, so without it a large file would be
read into memory ahead of extraction.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import Spider, signals
from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes

from newsspider.items import Page
from newsspider.sources import Source
from newsspider.urls import host_key
from newsspider.warc.selection import Selection, archive_paths

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsspider.spiders.news import NewsSpider
    from newsspider.warc.reader import ArchivedPage

logger = logging.getLogger(__name__)

SELECTION_ARGUMENTS = ("domains", "since", "until", "limit", "source")
"""Spider arguments that only a WARC input takes (besides ``warc`` itself)."""
ARTICLE_CALLBACK = "parse_article"
"""The spider callback of article pages, as a WARC written by ``NEWSSPIDER_WARC_OUTPUT`` records it."""


@dataclass(frozen=True)
class WarcArguments:
    """The files and selection of ``-a warc=... -a domains=... -a since=... -a until=... -a limit=... -a source=...``."""

    paths: tuple[Path, ...]
    selection: Selection
    source: str | None = None

    @classmethod
    def parse(cls, arguments: Mapping[str, Any]) -> WarcArguments | None:
        """The WARC input the spider arguments ask for, or None (an HTTP crawl). Raises
        ValueError, with a message for the user, for a bad value or a selection without ``warc``."""
        given = [name for name in SELECTION_ARGUMENTS if arguments.get(name) not in (None, "")]
        if not arguments.get("warc"):
            if given:
                raise ValueError(f"-a {given[0]}= selects WARC records: it needs -a warc=PATH_OR_GLOB")
            return None
        try:
            import fastwarc  # noqa: F401  (the reader's library: the `warc` extra)
        except ImportError:
            raise ValueError("reading WARC files needs the warc extra: pip install 'newsspider[warc]'") from None
        paths = archive_paths(str(arguments["warc"]))
        selection = Selection.from_arguments(arguments.get("domains"), arguments.get("since"),
                                             arguments.get("until"), arguments.get("limit"))
        return cls(tuple(paths), selection, arguments.get("source") or None)


class WarcInput:
    """Archived pages as the spider's ``Page`` items, at most ``max_pending`` of them in the pipelines."""

    def __init__(self, spider: NewsSpider, arguments: WarcArguments, crawler: Crawler, *, max_pending: int,
                 max_body_bytes: int):
        from newsspider.warc.reader import WarcReader  # fastwarc: imported only by a WARC input

        self.spider = spider
        self.arguments = arguments
        self.crawler = crawler  # its stats exist only once the crawl starts
        self.max_pending = max_pending
        self.counts: Counter[str] = Counter()
        self.reader = WarcReader(arguments.selection, self.counts, max_body_bytes=max_body_bytes)
        self.pending = 0
        self._room: asyncio.Event | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, spider: NewsSpider, arguments: WarcArguments) -> WarcInput:
        """The input, told by the item signals when a page it yielded is done."""
        settings = crawler.settings
        warc_input = cls(spider, arguments, crawler, max_pending=settings.getint("NEWSSPIDER_WARC_MAX_PENDING"),
                         max_body_bytes=settings.getint("DOWNLOAD_MAXSIZE") or (1 << 62))
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(warc_input.item_done, signal=signal)
        crawler.signals.connect(warc_input.spider_closed, signal=signals.spider_closed)
        return warc_input

    async def items(self) -> AsyncIterator[Page]:
        """Every selected HTML page of the files, as the HTTP path's ``Page``; returns once the
        last of them is written or dropped.

        Scrapy checks whether the spider is idle (and closes it) when ``start()`` ends, and after
        that only on its slot's heartbeat, every 5 s: an item of ``start()`` finishing does not
        trigger the check. Ending when the last page is done closes the crawl at once instead of
        leaving it idle for 2.5 s on average (a tenth of a 2,000-page run)."""
        logger.info("reading %d WARC file(s): %s", len(self.arguments.paths),
                    ", ".join(str(path) for path in self.arguments.paths[:5])
                    + (" ..." if len(self.arguments.paths) > 5 else ""))
        for archived in self.reader.pages(self.arguments.paths):
            page = self.page(archived)
            if page is None:
                continue
            await self._room_for(self.max_pending - 1)
            self.pending += 1
            yield page
        self.publish()
        await self._room_for(0)  # see items()

    async def _room_for(self, pending: int) -> None:
        """Return once at most ``pending`` pages yielded earlier are still in the pipelines."""
        while self.pending > pending:
            self._room = asyncio.Event()
            await self._room.wait()

    def page(self, archived: ArchivedPage) -> Page | None:
        """The ``Page`` of an archived page, made by the spider's own ``parse_article``; None
        when the recording crawl fetched it for discovery, it is not text, or its source is set aside for a mistake in the sources file (counted)."""
        recorded = archived.request or {}
        cb_kwargs = recorded.get("cb_kwargs") or {}
        if recorded.get("callback") not in (None, ARTICLE_CALLBACK):
            self.counts["discovery_pages"] += 1  # the recording crawl read it for links (a listing page)
            return None
        name = self.source_name(archived, cb_kwargs.get("source"))
        if self.spider.set_aside(name):  # its options (language, selectors, age limit) are not known
            self.counts["set_aside_source"] += 1
            return None
        if name not in self.spider.sources:
            self.spider.sources[name] = Source(name=name)  # a host or file: the crawl's defaults apply
        recorded_hints = cb_kwargs.get("hints")
        hints: dict = recorded_hints if isinstance(recorded_hints, dict) else {}
        headers = Headers(archived.headers)
        response_class = responsetypes.from_args(headers=headers, url=archived.url, body=archived.body)
        response = response_class(url=archived.url, status=archived.status, headers=headers, body=archived.body)
        if not isinstance(response, TextResponse):  # parse_article counts it
            logger.debug("archived page is not text: %s", archived.url)
        for page in self.spider.parse_article(response, source=name, hints=hints):
            return replace(page, fetched_at=archived.fetched_at)
        return None

    def source_name(self, archived: ArchivedPage, recorded: object) -> str:
        """``-a source=`` (``{host}``, ``{file}`` filled in), else the recorded source, else the host."""
        template = self.arguments.source
        if template:
            file = Path(archived.archive).name.removesuffix(".gz").removesuffix(".warc")
            return template.replace("{host}", host_key(archived.url)).replace("{file}", file)
        if isinstance(recorded, str) and recorded:
            return recorded
        return host_key(archived.url) or "?"

    def item_done(self, *args, **kwargs) -> None:
        """A page yielded earlier was written, dropped or failed: room for the next."""
        self.pending = max(0, self.pending - 1)
        if self._room is not None:
            self._room.set()  # the waiter checks the count itself

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """The counts in the stats (also when the crawl stopped before the files ended), and a log line."""
        self.publish()
        logger.info("WARC input (%s): %s", reason, self.summary())

    def publish(self) -> None:
        """The reader's counts as ``newsspider/warc/<key>`` stats."""
        for key in self.counts:
            if self.counts[key]:
                self.crawler.stats.set_value(f"newsspider/warc/{key}", self.counts[key])

    def summary(self) -> str:
        """One line: files, records, pages, and each kind of record skipped."""
        counts = self.counts
        skipped = ", ".join(f"{key}={count}" for key, count in sorted(counts.items())
                            if count and key not in ("files", "records", "pages", "other_records"))
        return (f"{counts['files']} file(s), {counts['records']} records, {counts['pages']} HTML pages; "
                f"skipped: {skipped or 'none'}")
