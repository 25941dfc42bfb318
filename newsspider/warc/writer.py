"""Request/response exchanges written to rotating gzipped WARC files (WARC/1.1), without Scrapy.

Each exchange is a ``response`` record, its ``request`` record and, when the crawl says why it
fetched the page, a ``metadata`` record (``request_record``), written together so that rotation
never splits them. Every record is its own gzip member (the layout CC-NEWS uses, which lets a
reader skip a corrupt member). A file is written under a hidden ``.<name>.part`` name and renamed
when it is complete (rotation or close): a killed run leaves no file that a glob such as
``*.warc.gz`` finds half-written.
"""
from __future__ import annotations

import base64
import errno
import hashlib
import io
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import WarcRecord, WarcRecordType

from newsspider.warc import request_record

COMPRESS_LEVEL = 6
"""gzip's default: about 2.5 ms of CPU per 170 KB page here (level 1: 1 ms, files 18% larger)."""


@dataclass(frozen=True)
class Exchange:
    """One fetched response and the request it answered, as they went over the wire."""

    url: str
    fetched_at: datetime
    request_head: bytes
    """Request line and headers, ending with the blank line."""
    response_head: bytes
    """Status line and headers, ending with the blank line."""
    response_body: bytes
    request_body: bytes = b""
    ip_address: str | None = None
    request_record: bytes | None = None
    """``request_record.encode(...)``: why the crawl fetched it, when it says."""


def http_head(start_line: str, headers: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An HTTP message head: the start line, the headers, the blank line."""
    lines = [start_line.encode("latin-1")] + [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def payload_digest(body: bytes) -> str:
    """``sha1:<base32>``, the digest CC-NEWS and most archives give their payloads."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_record(kind: WarcRecordType, date: datetime, block: bytes, content_type: str,
            headers: Iterable[tuple[str, str]] = ()) -> tuple[str, bytes]:
    """(record id, the record's bytes as one gzip member): any record type, WARC/1.1, with its block digest."""
    record = WarcRecord()
    record.init_headers(kind)
    record.record_date = date
    record.headers["Content-Type"] = content_type
    for name, value in headers:
        record.headers[name] = value
    record.set_bytes_content(block)
    plain = io.BytesIO()
    record.write(plain, checksum_data=True)
    compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return record.record_id or "", compressor.compress(plain.getvalue()) + compressor.flush()


def exchange_records(exchange: Exchange) -> bytes:
    """The exchange's records, gzipped one by one: response, request, then metadata."""
    date = exchange.fetched_at.astimezone(timezone.utc)
    target = [("WARC-Target-URI", exchange.url)]
    if exchange.ip_address:
        target.append(("WARC-IP-Address", exchange.ip_address))
    response_id, response = warc_record(
        WarcRecordType.response, date, exchange.response_head + exchange.response_body,
        "application/http; msgtype=response",
        [*target, ("WARC-Payload-Digest", payload_digest(exchange.response_body))])
    concurrent = [*target, ("WARC-Concurrent-To", response_id)]
    _, request = warc_record(WarcRecordType.request, date, exchange.request_head + exchange.request_body,
                         "application/http; msgtype=request", concurrent)
    members = [response, request]
    if exchange.request_record is not None:
        members.append(warc_record(WarcRecordType.metadata, date, exchange.request_record,
                               request_record.CONTENT_TYPE, concurrent)[1])
    return b"".join(members)


def warcinfo_record(filename: str, fields: dict[str, str]) -> bytes:
    """The ``warcinfo`` record a file opens with (gzipped)."""
    block = "".join(f"{name}: {value}\r\n" for name, value in fields.items()).encode("utf-8")
    return warc_record(WarcRecordType.warcinfo, datetime.now(timezone.utc), block, "application/warc-fields",
                   [("WARC-Filename", filename)])[1]


class RotatingWarcWriter:
    """``<directory>/<stem>-00000.warc.gz``, ``-00001`` ...: a new file once one reaches ``max_bytes``.

    A file is never replaced: numbers taken (by an earlier run beside the same ``-o`` file, say),
    completed or left as a ``.part`` by a run that failed (its records are kept for salvage), are
    skipped. ``info`` fills each file's ``warcinfo`` record (software, format, robots policy...).
    """

    def __init__(self, directory: Path, stem: str, *, max_bytes: int, info: dict[str, str]):
        self.directory = Path(directory)
        self.stem = stem
        self.max_bytes = max_bytes
        self.info = info
        self.written: list[Path] = []
        """Completed files, in order."""
        self._file: BinaryIO | None = None
        self._partial: Path | None = None
        self._target: Path | None = None
        self._number = 0  # of the next file
        self._size = 0

    def write(self, exchange: Exchange) -> None:
        """Append one exchange (its records are written together); rotate when the file is full."""
        data = exchange_records(exchange)
        if self._file is None:
            self._open()
        assert self._file is not None
        self._file.write(data)
        self._size += len(data)
        if self._size >= self.max_bytes:
            self._complete()

    def close(self) -> None:
        """Complete the current file (rename it into place)."""
        if self._file is not None:
            self._complete()

    def abandon(self) -> None:
        """Close the current file without completing it (after a write error): it keeps its
        hidden ``.part`` name, so no reader takes it for a whole file."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None

    def _next_target(self) -> Path:
        """The first ``<stem>-NNNNN.warc.gz`` from ``_number`` on that is not there yet, nor its ``.part``."""
        while True:
            target = self.directory / f"{self.stem}-{self._number:05d}.warc.gz"
            self._number += 1
            if not any(path.exists() or path.is_symlink() for path in (target, _partial_path(target))):
                return target

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            target = self._next_target()
            try:  # created exclusively: a run started meanwhile may have taken the number
                self._file = _partial_path(target).open("xb")
            except FileExistsError:
                continue
            break
        self._target, self._partial = target, _partial_path(target)
        info = warcinfo_record(target.name, self.info)
        self._file.write(info)
        self._size = len(info)

    def _complete(self) -> None:
        assert self._file is not None and self._partial is not None and self._target is not None
        target = self._target
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        # a link fails if the target exists (a run started meanwhile took the number): the .part is kept
        try:
            os.link(self._partial, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (vfat, exFAT, some network mounts)
            if target.exists():
                raise FileExistsError(errno.EEXIST, "a WARC file of this name was made meanwhile", str(target)) from None
            os.replace(self._partial, target)
        else:
            os.unlink(self._partial)
        self.written.append(target)


def _partial_path(target: Path) -> Path:
    """Where ``target`` is written until it is complete: hidden from a ``*.warc.gz`` glob."""
    return target.with_name(f".{target.name}.part")
