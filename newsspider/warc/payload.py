"""An HTTP body as a client sees it: transfer chunking undone, content encodings decoded, capped.

A WARC response record holds the body as it came over the wire (``Transfer-Encoding: chunked``
framing and ``Content-Encoding: gzip`` included, when the archiver kept them); the HTTP path gets
it from Scrapy already decoded. Decoding stops at ``max_bytes`` of output, so a compressed bomb in
an archive costs no more memory than ``DOWNLOAD_MAXSIZE`` allows a download.
"""
from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import partial

import brotli

try:  # optional, as in Scrapy: zstd bodies are decoded when the zstandard package is installed
    import zstandard
except ImportError:  # pragma: no cover - depends on the environment
    zstandard = None


class PayloadError(ValueError):
    """The body cannot be decoded (broken framing or compression, an unknown encoding)."""


class PayloadTooLarge(PayloadError):
    """The decoded body is larger than the cap."""


def decoded_body(body: bytes, transfer_encoding: str | None, content_encoding: str | None, max_bytes: int) -> bytes:
    """``body`` with its chunked framing removed and its content encodings decoded (last applied,
    first undone), at most ``max_bytes`` long."""
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        body = dechunk(body)
    for encoding in reversed([part.strip().lower() for part in (content_encoding or "").split(",") if part.strip()]):
        decoder = DECODERS.get(encoding)
        if decoder is None:
            raise PayloadError(f"unknown content encoding {encoding!r}")
        body = decoder(body, max_bytes)
    if len(body) > max_bytes:
        raise PayloadTooLarge(f"body larger than {max_bytes} bytes")
    return body


def dechunk(body: bytes) -> bytes:
    """The data of an HTTP/1.1 chunked body (extensions and trailers ignored)."""
    out: list[bytes] = []
    position = 0
    while True:
        end = body.find(b"\r\n", position)
        if end < 0:
            raise PayloadError("chunked body ends inside a chunk header")
        try:
            size = int(body[position:end].split(b";", 1)[0].strip(), 16)
        except ValueError as exc:
            raise PayloadError("bad chunk size in a chunked body") from exc
        if size == 0:
            return b"".join(out)
        start = end + 2
        if start + size > len(body):
            raise PayloadError("chunked body ends inside a chunk")
        out.append(body[start:start + size])
        position = start + size + 2


def _capped(decompress: Callable[[int], bytes], broken: type[Exception], coding: str, max_bytes: int) -> bytes:
    """``decompress(max_bytes + 1)``, the most a decoder is asked for: one byte past the cap tells a body
    over it (``PayloadTooLarge``) without decoding the rest; the library's error for a broken body
    (``broken``) is a ``PayloadError`` naming the ``coding``."""
    try:
        out = decompress(max_bytes + 1)
    except broken as exc:
        raise PayloadError(f"broken {coding} body: {exc}") from exc
    if len(out) > max_bytes:
        raise PayloadTooLarge(f"decompressed body larger than {max_bytes} bytes")
    return out


def _zlib(wbits: int) -> Callable[[bytes, int], bytes]:
    def decode(data: bytes, max_bytes: int) -> bytes:
        return _capped(partial(zlib.decompressobj(wbits).decompress, data), zlib.error, "compressed", max_bytes)
    return decode


def _deflate(data: bytes, max_bytes: int) -> bytes:
    """``deflate`` is zlib-wrapped by the standard and raw by many servers: both are accepted."""
    try:
        return _zlib(zlib.MAX_WBITS)(data, max_bytes)
    except PayloadTooLarge:
        raise
    except PayloadError:
        return _zlib(-zlib.MAX_WBITS)(data, max_bytes)


def _brotli(data: bytes, max_bytes: int) -> bytes:
    decompressor = brotli.Decompressor()
    return _capped(lambda limit: decompressor.process(data, output_buffer_limit=limit), brotli.error, "brotli", max_bytes)


def _zstd(data: bytes, max_bytes: int) -> bytes:
    if zstandard is None:
        raise PayloadError("zstd body, and the zstandard package is not installed")
    return _capped(zstandard.ZstdDecompressor().stream_reader(data).read, zstandard.ZstdError, "zstd", max_bytes)


DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "identity": lambda data, max_bytes: data,
    "gzip": _zlib(16 + zlib.MAX_WBITS),
    "x-gzip": _zlib(16 + zlib.MAX_WBITS),
    "deflate": _deflate,
    "br": _brotli,
    "zstd": _zstd,
}
"""Content codings decoded, as Scrapy's HttpCompressionMiddleware decodes them."""
