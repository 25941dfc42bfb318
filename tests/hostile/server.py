"""A fault-injection web server for crawler tests: loopback only, stdlib only.

``HostileServer`` maps URL paths to *responders*, small callables that write whatever a
misbehaving site would: gzip bombs, 50 MB bodies, bytes dripped past the client's timeout,
connections reset mid-body, garbage instead of HTTP. It records every request it sees so a test
can assert that something was *never* requested (robots-disallowed pages, pagination), and it
swallows its own I/O errors: the client hanging up on a bomb is the expected outcome, not noise.

``Canary`` is a bare TCP listener that only records connections: an XXE payload pointing at it
proves, by an empty ``connections`` list, that no parser dereferenced the entity.
"""
from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

Responder = Callable[["HostileHandler"], None]
HOST = "127.0.0.1"
_IO_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError)


class HostileHandler(BaseHTTPRequestHandler):
    """Dispatches GET/HEAD to the server's responders; quiet, never raises into socketserver."""

    server: _Server
    server_version = "hostile/1.0"
    sys_version = ""
    protocol_version = "HTTP/1.0"  # one request per connection: resets and drips stay isolated

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self.server.owner.record(self.path)
        responder = self.server.owner.responder_for(urlsplit(self.path).path)
        try:
            responder(self)
        except _IO_ERRORS:
            self.close_connection = True  # the client gave up (size cap, timeout): expected

    do_HEAD = do_GET  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """No access log: the request record is ``HostileServer.requests``."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: HostileServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Swallow handler errors (clients hanging up on us is the point of this server)."""


class HostileServer:
    """Serve ``routes`` (exact path -> responder) and ``prefixes`` (path prefix -> responder).

    Unknown paths get a plain 404. Use as a context manager; ``base_url`` is valid inside it.
    """

    def __init__(self, routes: Mapping[str, Responder] | None = None,
                 prefixes: Mapping[str, Responder] | None = None) -> None:
        self.routes: dict[str, Responder] = dict(routes or {})
        self.prefixes: dict[str, Responder] = dict(prefixes or {})
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> HostileServer:
        server = _Server((HOST, 0), HostileHandler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="HostileServer", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("HostileServer is not running")
        return f"http://{HOST}:{self._server.server_address[1]}"

    # --- routing and the request record ------------------------------------------------------
    def responder_for(self, path: str) -> Responder:
        if path in self.routes:
            return self.routes[path]
        for prefix, responder in self.prefixes.items():
            if path.startswith(prefix):
                return responder
        return send(b"404 Not Found\n", "text/plain; charset=utf-8", status=404)

    def record(self, path: str) -> None:
        """Remember a request (path with query)."""
        with self._lock:
            self.requests.append(path)

    def hits(self, path: str) -> int:
        """Requests whose path (query ignored) is ``path``."""
        with self._lock:
            return sum(1 for seen in self.requests if urlsplit(seen).path == path)

    def requested(self, path_or_prefix: str) -> list[str]:
        """Every recorded request that equals or starts with ``path_or_prefix``."""
        with self._lock:
            return [seen for seen in self.requests if seen.startswith(path_or_prefix)]


class Canary:
    """A TCP listener on 127.0.0.1 that accepts, records the peer and first bytes, and hangs up."""

    def __init__(self) -> None:
        self.connections: list[tuple[str, bytes]] = []
        self._socket: socket.socket | None = None
        self._stop = threading.Event()

    @property
    def port(self) -> int:
        assert self._socket is not None, "Canary is not running"
        return self._socket.getsockname()[1]

    def __enter__(self) -> Canary:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind((HOST, 0))
        self._socket.listen(8)
        self._socket.settimeout(0.2)
        threading.Thread(target=self._accept, name="Canary", daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._socket is not None:
            self._socket.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, peer = self._socket.accept()
            except (TimeoutError, OSError):
                continue
            with connection:
                connection.settimeout(0.5)
                try:
                    first = connection.recv(512)
                except OSError:
                    first = b""
            self.connections.append((f"{peer[0]}:{peer[1]}", first))


# --- responders ---------------------------------------------------------------------------
def send(body: bytes, content_type: str | None, status: int = 200,
         headers: Mapping[str, str] | None = None) -> Responder:
    """A complete, honest response (``content_type=None`` sends no Content-Type at all)."""
    def respond(handler: HostileHandler) -> None:
        handler.send_response(status)
        if content_type is not None:
            handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)
    return respond


def gzip_encoded(body: bytes, content_type: str) -> Responder:
    """A legitimate ``Content-Encoding: gzip`` response (control case next to the bombs)."""
    return send(gzip.compress(body, mtime=0), content_type, headers={"Content-Encoding": "gzip"})


def redirect(location: str, status: int = 302) -> Responder:
    return send(b"", "text/html; charset=utf-8", status=status, headers={"Location": location})


def sequence(*responders: Responder) -> Responder:
    """The n-th request gets ``responders[n]`` (the last one repeats): flaky servers."""
    count = 0
    lock = threading.Lock()

    def respond(handler: HostileHandler) -> None:
        nonlocal count
        with lock:
            index, count = min(count, len(responders) - 1), count + 1
        responders[index](handler)
    return respond


GZIP_BOMB_INFLATED = 1 << 30  # 1 GiB
_BOMB_MEMBER_INFLATED = 16 << 20


@lru_cache(maxsize=4)
def gzip_bomb_bytes(prefix: bytes = b"") -> bytes:
    """~1 MB of gzip that inflates to ``prefix`` + 1 GiB of zeros.

    Built once per prefix, and cheaply: one 16 MiB member of zeros is compressed (about 16 KB)
    and repeated 64 times. Multi-member gzip is plain RFC 1952 and every gunzip (Scrapy's,
    zlib's, gzip(1)) inflates all members, so this is a real 1 GiB bomb for a few ms of CPU.
    """
    member = gzip.compress(bytes(_BOMB_MEMBER_INFLATED), compresslevel=9, mtime=0)
    head = gzip.compress(prefix, mtime=0) if prefix else b""
    return head + member * (GZIP_BOMB_INFLATED // _BOMB_MEMBER_INFLATED)


def gzip_bomb(content_type: str, *, content_encoding: bool = True, prefix: bytes = b"") -> Responder:
    """The bomb as ``Content-Encoding: gzip`` (transparent decoding) or as a ``.gz`` file body."""
    headers = {"Content-Encoding": "gzip"} if content_encoding else {}
    def respond(handler: HostileHandler) -> None:
        send(gzip_bomb_bytes(prefix), content_type, headers=headers)(handler)
    return respond


@lru_cache(maxsize=None)
def encoded_bomb_bytes(encoding: str) -> bytes:
    """64 MiB of zeros (four times ``DOWNLOAD_MAXSIZE``) as a ``deflate`` (zlib) or ``br`` body:
    Scrapy inflates each coding by its own code path, each with its own size check."""
    zeros = bytes(_BOMB_MEMBER_INFLATED)
    if encoding == "br":
        import brotli  # a dependency of the project (br bodies in WARC archives)
        return bytes(brotli.compress(zeros * 4, quality=5))
    compressor = zlib.compressobj(9)
    return b"".join(compressor.compress(zeros) for _ in range(4)) + compressor.flush()


def encoded_bomb(encoding: str, content_type: str) -> Responder:
    """The ``deflate`` or ``br`` bomb as ``Content-Encoding`` (transparent decoding)."""
    def respond(handler: HostileHandler) -> None:
        send(encoded_bomb_bytes(encoding), content_type, headers={"Content-Encoding": encoding})(handler)
    return respond


def stream(total: int, content_type: str, *, with_length: bool = True,
           chunk: bytes = (b"<p>" + b"filler text " * 80 + b"</p>\n") * 64) -> Responder:
    """``total`` bytes written chunk by chunk (never held in memory), with or without Content-Length."""
    def respond(handler: HostileHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if with_length:
            handler.send_header("Content-Length", str(total))
        handler.end_headers()
        handler.wfile.write(b"<!doctype html><html><body>")
        sent = 27
        while sent < total:
            piece = chunk[: total - sent]
            handler.wfile.write(piece)
            sent += len(piece)
    return respond


def drip(content_type: str, *, interval: float = 0.5, give_up_after: float = 15.0) -> Responder:
    """Headers at once, then one byte per ``interval``: alive, but slower than any sane timeout."""
    def respond(handler: HostileHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"<html>")
        deadline = time.monotonic() + give_up_after
        while time.monotonic() < deadline:
            time.sleep(interval)
            handler.wfile.write(b" ")
    return respond


def reset_mid_body(body: bytes, content_type: str) -> Responder:
    """Headers and half the body, then a TCP RST (SO_LINGER 0) instead of the rest."""
    def respond(handler: HostileHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.close_connection = True
    return respond


def short_body(body: bytes, content_type: str) -> Responder:
    """Content-Length promises twice the body; the connection then closes cleanly (data loss)."""
    return send_raw(
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\nContent-Length: "
        + str(2 * len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
    )


def send_raw(data: bytes) -> Responder:
    """Exactly ``data`` on the socket, no status line added: for non-HTTP and hand-made replies."""
    def respond(handler: HostileHandler) -> None:
        handler.wfile.write(data)
        handler.close_connection = True
    return respond
