"""WARC files read as archived pages: newsspider's WARC input, without Scrapy.

Records are streamed with fastwarc (here twice as fast as warcio on the same file: see the
README's WARC section): one record's body is in memory at a time, whatever the file's size.
Every ``response`` record that answers 200 with HTML becomes an :class:`ArchivedPage`; anything
else is counted in ``counts`` under one of :data:`COUNTS` and skipped, never fatal. A stretch of a
file that cannot be read (a corrupt gzip member, a broken record header) is counted as
``corrupt`` once, and reading goes on at the next gzip member (or, in an uncompressed file, the
next ``WARC/1.`` header line).

A ``metadata`` record that newsspider wrote beside a response (``request_record``) is attached to
the page read just before it.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import timezone
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, HeaderMap, WarcRecord, WarcRecordType

from newsspider.urls import host_key
from newsspider.warc import request_record
from newsspider.warc.payload import PayloadError, PayloadTooLarge, decoded_body
from newsspider.warc.selection import Selection

logger = logging.getLogger(__name__)

COUNTS = {
    "files": "WARC files opened",
    "files_failed": "WARC files that could not be opened",
    "records": "records read",
    "pages": "HTML responses read as pages",
    "other_records": "records that are not responses (warcinfo, request, metadata, resource ...)",
    "revisit": "revisit records (a pointer to an earlier capture, no body)",
    "not_200": "responses with another status (redirects, errors, 304)",
    "not_html": "responses that are not HTML (feeds, images, PDFs, DNS ...)",
    "bad_address": "responses whose target URI names no host (http:///a, http://[not-an-ip]/)",
    "truncated": "records cut short (WARC-Truncated, or the file ends inside them)",
    "corrupt": "stretches of a file that could not be read (corrupt gzip, broken headers)",
    "too_large": "bodies larger than the size cap (DOWNLOAD_MAXSIZE), archived or decoded",
    "undecodable": "bodies whose transfer or content encoding cannot be decoded",
    "outside_domains": "responses of other hosts than the selected domains",
    "outside_dates": "responses fetched outside the selected date range",
}
"""Every key :class:`WarcReader` counts, and what it counts."""

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFF_BYTES = 1024
"""A response without a Content-Type is HTML when its first bytes open an HTML document."""
SCAN_CHUNK = 1 << 20
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
ENCODING_HEADERS = frozenset({b"content-encoding", b"transfer-encoding", b"content-length"})
"""Headers that describe the archived body, not the decoded one a page is made of."""


@dataclass(frozen=True)
class ArchivedPage:
    """An HTML response read from a WARC file, its body decoded as a client decodes it."""

    url: str
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    """HTTP headers, less those of the body's transfer and content encoding."""
    body: bytes
    fetched_at: str
    """``WARC-Date``: ISO 8601 in UTC, to the second."""
    archive: str
    """The file the page was read from."""
    request: dict | None = None
    """The callback and arguments of the crawl's request (``request_record``), when recorded."""


class WarcReader:
    """The pages of WARC files, with a count of every record skipped (:data:`COUNTS`).

    ``max_body_bytes`` caps a body, as archived and as decoded (Scrapy's ``DOWNLOAD_MAXSIZE``).
    """

    def __init__(self, selection: Selection, counts: Counter[str], *, max_body_bytes: int):
        self.selection = selection
        self.counts = counts
        self.max_body_bytes = max_body_bytes

    @property
    def full(self) -> bool:
        """Whether the selection's page limit is reached."""
        return bool(self.selection.limit) and self.counts["pages"] >= self.selection.limit

    def pages(self, paths: Iterable[Path]) -> Iterator[ArchivedPage]:
        """The pages of ``paths``, file after file, in record order."""
        for path in paths:
            if self.full:
                return
            try:
                raw = open(path, "rb")  # noqa: SIM115 (closed below, after the generator is done)
            except OSError as exc:
                self.counts["files_failed"] += 1
                logger.error("cannot open the WARC file %s: %s", path, exc)
                continue
            self.counts["files"] += 1
            with raw:
                yield from self._file_pages(raw, str(path))

    def _file_pages(self, raw: BinaryIO, name: str) -> Iterator[ArchivedPage]:
        """One file's pages. A page is held while the records concurrent to it follow (its request,
        and the metadata record newsspider wrote for it)."""
        records = RecordStream(raw, name, self.counts)
        pending: ArchivedPage | None = None
        pending_id = None
        for record in records:
            if pending is not None and record.headers.get("WARC-Concurrent-To") == pending_id:
                self.counts["other_records"] += 1  # the page's request record, or its metadata
                if record.record_type == WarcRecordType.metadata \
                        and (record.headers.get("Content-Type") or "").startswith(request_record.CONTENT_TYPE):
                    try:
                        body = record.reader.read(request_record.MAX_BYTES + 1)
                    except OSError as exc:
                        records.failed(exc)
                        continue
                    pending = replace(pending, request=request_record.decode(body))
                continue
            if pending is not None:
                yield pending
                pending = None
            if self.full:
                return
            try:
                page = self._page(record, name)
            except OSError as exc:  # the body could not be read: a corrupt gzip member
                records.failed(exc)
                continue
            if page is not None:
                pending, pending_id = page, record.record_id
        if pending is not None:
            yield pending

    def _page(self, record: WarcRecord, name: str) -> ArchivedPage | None:
        """The page of a record, or None (counted) when it is none or not selected."""
        # WARC/1.0 writers such as Wget put the URI in angle brackets
        url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
        reason = self._passed_over(record, url)
        if reason is not None:
            self.counts[reason] += 1
            return None
        http = record.http_headers
        assert http is not None  # a record without an HTTP head is passed over
        reason, body = self._html_body(record, http, name, url)
        if reason is not None:
            self.counts[reason] += 1
            return None
        self.counts["pages"] += 1
        moment = record.record_date.astimezone(timezone.utc)
        kept = tuple((key, value) for key, value in http.items_bytes() if key.lower() not in ENCODING_HEADERS)
        return ArchivedPage(url=url, status=200, headers=kept, body=body, archive=name,
                            fetched_at=moment.replace(microsecond=0).isoformat())

    def _passed_over(self, record: WarcRecord, url: str) -> str | None:
        """Why a record, by its heads, is no page or none the selection wants (the key it is
        counted under); None for a 200 response of HTML or of an undeclared type. A record with no
        HTTP status is read on to tell a file cut inside the HTTP head."""
        if record.record_type == WarcRecordType.revisit:
            return "revisit"
        if record.record_type != WarcRecordType.response:
            return "other_records"
        headers, http = record.headers, record.http_headers
        if headers.get("Content-Length") is None or headers.get("WARC-Truncated"):
            return "truncated"
        if http is None or not url.startswith(("http://", "https://")):
            return "not_html"  # a DNS answer, a whois record, an FTP file
        host = host_key(url)
        if not host:  # no page has this address: unparsable, it would fail every stage after
            return "bad_address"
        if not self.selection.wants_host(host):
            return "outside_domains"
        if not self.selection.wants_date(record.record_date.astimezone(timezone.utc)):
            return "outside_dates"
        if http.status_code != 200:
            cut = http.status_code is None and len(record.reader.read(record.content_length)) < record.content_length
            return "truncated" if cut else "not_200"  # a file that ends inside the HTTP head
        content_type = http.get("Content-Type")
        if content_type and content_type.split(";", 1)[0].strip().lower() not in HTML_TYPES:
            return "not_html"
        return None

    def _html_body(self, record: WarcRecord, http: HeaderMap, name: str, url: str) -> tuple[str | None, bytes]:
        """The record's body, its transfer and content encodings undone, or why there is none to
        read as a page (the key it is counted under, and no bytes)."""
        archived = record.reader.read(min(self.max_body_bytes, record.content_length) + 1)  # no cap: no huge buffer
        if len(archived) > self.max_body_bytes:
            return "too_large", b""
        if len(archived) < record.content_length:
            logger.warning("%s: the record of %s is cut short (%d of %d bytes)", name, url, len(archived),
                           record.content_length)
            return "truncated", b""
        try:
            body = decoded_body(archived, http.get("Transfer-Encoding"), http.get("Content-Encoding"),
                                self.max_body_bytes)
        except PayloadTooLarge:
            return "too_large", b""
        except PayloadError as exc:
            logger.warning("%s: the body of %s cannot be decoded (%s)", name, url, exc)
            return "undecodable", b""
        if not http.get("Content-Type") and not _looks_like_html(body):
            return "not_html", b""
        return None, body


def _looks_like_html(body: bytes) -> bool:
    start = body[:SNIFF_BYTES].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


class RecordStream:
    """The records of one open WARC file, read on past the stretches that cannot be read.

    When fastwarc fails (or the reader of a record's body does: call :meth:`failed`), the
    stretch is counted as ``corrupt`` and reading starts again at the next gzip member (the
    next ``WARC/1.`` line in an uncompressed file) after the record it failed in; a record
    read before the failure is not read twice.
    """

    def __init__(self, raw: BinaryIO, name: str, counts: Counter[str]):
        self.raw = raw
        self.name = name
        self.counts = counts
        self.gzipped = raw.read(2) == GZIP_MAGIC[:2]
        self._failure: str | None = None

    def failed(self, exc: Exception) -> None:
        """The current record's body could not be read: go on at the next member."""
        self._failure = str(exc) or type(exc).__name__

    def __iter__(self) -> Iterator[WarcRecord]:
        start: int | None = 0
        last_id = None
        unreadable = False  # inside a stretch already counted as corrupt
        while start is not None:
            self.raw.seek(start)
            current = start
            try:
                for record in ArchiveIterator(self.raw, parse_http=True, auto_decode="none"):
                    current = record.stream_pos
                    if record.record_id is not None and record.record_id == last_id:
                        continue  # read again after a resynchronisation
                    self.counts["records"] += 1
                    last_id, unreadable = record.record_id, False
                    yield record
                    if self._failure:
                        break
                else:
                    return
            except (OSError, ValueError) as exc:  # fastwarc's errors for corrupt gzip and bad headers
                self._failure = str(exc) or type(exc).__name__
            if not unreadable:
                self.counts["corrupt"] += 1
            unreadable = True
            start = self._next_start(current + 1)
            logger.warning("%s: unreadable from byte %d (%s); %s", self.name, current, self._failure,
                           "the file ends there" if start is None else f"reading on at byte {start}")
            self._failure = None

    def _next_start(self, position: int) -> int | None:
        """Where the next gzip member (or WARC header) begins at or after ``position``."""
        marker = GZIP_MAGIC if self.gzipped else WARC_MAGIC
        self.raw.seek(position)
        carry = b""
        while chunk := self.raw.read(SCAN_CHUNK):
            data = carry + chunk
            found = data.find(marker)
            while found >= 0 and not self.gzipped and found > 0 and data[found - 1:found] != b"\n":
                found = data.find(marker, found + 1)  # "WARC/1." inside a page is no header
            if found >= 0:
                return position - len(carry) + found
            carry = data[-(len(marker) - 1):]
            position += len(chunk)
        return None
