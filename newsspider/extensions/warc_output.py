"""WARC output: every fetched response and its request, in rotating gzipped WARC files beside the JSONL."""
from __future__ import annotations

import logging
import socket
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import call_later

from newsspider.extensions import stop_run
from newsspider.extensions.feed_output import FeedOutput
from newsspider.outcome import OUTPUT_FAILED, note_output_error
from newsspider.warc import request_record

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.spiders import Spider

    from newsspider.warc.writer import Exchange, RotatingWarcWriter

logger = logging.getLogger(__name__)

DROPPED_HEADERS = frozenset({b"transfer-encoding"})
"""The body is recorded as Scrapy received it: de-chunked, so its chunked framing header goes."""


class WarcOutput:
    """With ``NEWSSPIDER_WARC_OUTPUT`` on, every response the downloader receives (articles, feeds,
    sitemaps, robots.txt, redirects, errors) is written with its request to gzipped WARC files
    beside the run's JSONL: ``out.jsonl`` gets ``out-00000.warc.gz``, ``out-00001.warc.gz`` ...,
    a new file past ``NEWSSPIDER_WARC_MAX_BYTES``.

    The response is taken on ``response_downloaded``, before the downloader middlewares: its body is
    the one that came over the wire, content encoding included (a gzipped page stays gzipped, with
    its ``Content-Encoding``); only the transfer's chunking is already undone by Scrapy, so
    ``Transfer-Encoding`` is left out. A request the spider made for one of its callbacks gets a
    ``metadata`` record with that callback's name and arguments (``newsspider.warc.request_record``),
    so that ``-a warc=`` on these files gives the records of this run again.

    A write error (a full disk) stops the run (finish reason ``output_failed``, exit status 4), as
    any output that cannot be written does: it is logged, ``newsspider/warc_output/failed`` is set,
    and the file being written keeps its hidden ``.part`` name. The last file failing to complete
    when the spider closes (its last flush, its rename) is the run's output error too: exit status 4.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_bytes = crawler.settings.getint("NEWSSPIDER_WARC_MAX_BYTES")
        self.writer: RotatingWarcWriter | None = None
        self.spider_name: str | None = None  # the spider opened and no file begun yet (``_begin``)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcOutput:
        """The extension, or ``NotConfigured`` when ``NEWSSPIDER_WARC_OUTPUT`` is off."""
        if not crawler.settings.getbool("NEWSSPIDER_WARC_OUTPUT"):
            raise NotConfigured
        try:
            import fastwarc  # noqa: F401  (the writer's library: the `warc` extra)
        except ImportError:
            raise RuntimeError("NEWSSPIDER_WARC_OUTPUT needs the warc extra: pip install 'newsspider[warc]'") from None
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        """The files are begun with the first response (``_begin``), once the feeds are open."""
        self.spider_name = spider.name

    def _begin(self, spider_name: str) -> RotatingWarcWriter:
        """The writer, its files named after the run's first local output file as opened: its
        ``%(utc)s`` filled in, numbered ``-2`` past an earlier run's file of the same second."""
        feeds = FeedOutput.of(self.crawler)
        directory, stem = output_place(self.crawler.settings.getdict("FEEDS"),
                                       self.crawler.settings.get("NEWSSPIDER_DEFAULT_FEED"), spider_name,
                                       feeds.local_paths() if feeds is not None else [])
        from newsspider.warc.writer import RotatingWarcWriter

        info = {"software": f"newsspider (Scrapy {scrapy.__version__})", "format": "WARC File Format 1.1",
                "hostname": socket.gethostname(),
                "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                "http-header-user-agent": self.crawler.settings.get("USER_AGENT") or ""}
        writer = RotatingWarcWriter(directory, stem, max_bytes=self.max_bytes, info=info)
        logger.info("writing the fetched responses to %s", directory / f"{stem}-NNNNN.warc.gz")
        return writer

    def response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        """Write the response, its request and why it was fetched."""
        if self.writer is None and self.spider_name is not None:
            self.writer, self.spider_name = self._begin(self.spider_name), None
        if self.writer is None:
            return
        try:
            self.writer.write(exchange(response, request, spider))
        except OSError as exc:
            logger.error("WARC output failed: cannot write to %s (%s); stopping the run", self.writer.directory, exc)
            self.stats.set_value("newsspider/warc_output/failed", 1)
            note_output_error(self.stats, f"cannot write to {self.writer.directory}: {exc}")
            self.writer.abandon()
            self.writer = None
            call_later(0, self._stop_run)
            return
        self.stats.inc_value("newsspider/warc_output/responses")

    def _stop_run(self) -> None:
        stop_run(self.crawler, OUTPUT_FAILED)

    def spider_closed(self, spider: Spider) -> None:
        """Complete the last file."""
        if self.writer is None:
            return
        try:
            self.writer.close()
        except OSError as exc:  # its last flush on a full disk, say: an output not written, as above
            error = f"cannot complete the WARC file in {self.writer.directory}: {exc.strerror or exc}"
            logger.error("WARC output failed: %s", error)
            self.stats.set_value("newsspider/warc_output/failed", 1)
            note_output_error(self.stats, error)
            self.writer.abandon()
            return
        self.stats.set_value("newsspider/warc_output/files", len(self.writer.written))
        logger.info("wrote %d WARC file(s) in %s", len(self.writer.written), self.writer.directory)


def output_place(feeds: dict[str, Any], default_feed: str | None, spider_name: str,
                 opened: list[str] | None = None) -> tuple[Path, str]:
    """(directory, file stem) of the WARC files: those of the run's first local output file as
    opened (``opened``: ``output/articles-<UTC>-2.jsonl`` -> ``output``, ``articles-<UTC>-2``);
    without one, of the first local feed file, its placeholders filled in
    (``output/articles-%(utc)s.jsonl`` -> ``output``, ``articles-<UTC>``), and
    ``NEWSSPIDER_DEFAULT_FEED``'s place when no feed is a local file. A device or pipe
    (``-o /dev/null:jsonlines``) is no file's place: the WARC files go where the next one says."""
    for path in map(Path, opened or []):
        if _is_file_place(path):
            return _place(path, spider_name)
    now = datetime.now(timezone.utc)
    params = _Placeholders(utc=now.strftime("%Y%m%dT%H%M%SZ"), name=spider_name, batch_id=1,
                           time=now.replace(microsecond=0).isoformat().replace(":", "-"))
    for uri in [*map(str, feeds), default_feed or "output/articles-%(utc)s.jsonl"]:
        parts = urlsplit(uri)
        if parts.scheme == "file":
            uri = parts.path
        elif parts.scheme and len(parts.scheme) > 1:  # s3://, stdout: (one letter: a Windows drive)
            continue
        filled = Path(uri % params)
        if _is_file_place(filled):
            return _place(filled, spider_name)
    return Path("output"), spider_name


def _is_file_place(path: Path) -> bool:
    """Whether ``path`` is, or can become, a regular file (not ``/dev/null``, a FIFO, a directory)."""
    try:
        return not path.exists() or path.is_file()
    except OSError:  # unreadable parent: the feed itself will report it
        return True


def _place(path: Path, spider_name: str) -> tuple[Path, str]:
    """(directory, stem) of an output file: ``out/articles-x.jsonl`` -> ``out``, ``articles-x``."""
    return path.parent, path.name.split(".")[0] or spider_name


class _Placeholders(dict):
    """Feed URI placeholders: the usual ones, any other left empty."""

    def __missing__(self, key: str) -> str:
        return ""


def exchange(response: Response, request: Request, spider: Spider) -> Exchange:
    """The exchange as it went over the wire (request headers as sent, body as received)."""
    from newsspider.warc.writer import Exchange, http_head

    target = urlsplit(response.url)
    path = (target.path or "/") + (f"?{target.query}" if target.query else "")
    request_headers = [(name, value) for name, values in request.headers.items() for value in values]
    if not any(name.lower() == b"host" for name, _ in request_headers):
        request_headers.insert(0, (b"Host", target.netloc.encode("idna") if not target.netloc.isascii()
                                   else target.netloc.encode("ascii")))
    protocol = response.protocol or "HTTP/1.1"
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    response_headers = [(name, value) for name, values in response.headers.items() for value in values
                        if name.lower() not in DROPPED_HEADERS]
    callback = request.callback
    recorded = None
    if callable(callback) and getattr(callback, "__self__", None) is spider:
        recorded = request_record.encode(callback.__name__, dict(request.cb_kwargs))
    return Exchange(
        url=response.url, fetched_at=datetime.now(timezone.utc),
        request_head=http_head(f"{request.method} {path} {protocol}", request_headers),
        request_body=request.body or b"",
        response_head=http_head(f"{protocol} {response.status} {reason}".rstrip(), response_headers),
        response_body=response.body,
        ip_address=str(response.ip_address) if response.ip_address is not None else None,
        request_record=recorded)
