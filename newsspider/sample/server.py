"""A tiny local HTTP server for the offline sample corpus (stdlib only, loopback only).

``LocalSite(root)`` serves the files under ``root`` on ``127.0.0.1`` with a random port, in a
daemon thread, for tests, benchmarks and ``python -m newsspider.sample``. Text files
(.html .xml .txt .toml .json .rss .atom) have every ``{{BASE}}`` replaced by the server's base URL
at serve time, so feeds and sitemaps can carry absolute links whatever the port. A request for
``X.gz`` that has no file of its own but a text sibling ``X`` gets ``X`` (substituted) gzipped on
the fly; real ``.gz`` files are served as they are.

Manual use: ``python -m newsspider.sample.server [ROOT] [--port N] [--write-sources PATH]``.
"""
from __future__ import annotations

import argparse
import gzip
import ipaddress
import posixpath
import socket
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

PLACEHOLDER = "{{BASE}}"
SAMPLE_DIR = Path(__file__).resolve().parent
DEFAULT_ROOT = SAMPLE_DIR / "site"
DEFAULT_SOURCES_TEMPLATE = SAMPLE_DIR / "sources.template.toml"

TEXT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".toml": "application/toml; charset=utf-8",
    ".json": "application/json",
}
BINARY_TYPES: dict[str, str] = {
    ".gz": "application/gzip",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".css": "text/css",
    ".js": "text/javascript",
}


def substitute(text: str, base_url: str) -> str:
    """Replace every ``{{BASE}}`` in ``text`` with ``base_url`` (no trailing slash)."""
    return text.replace(PLACEHOLDER, base_url.rstrip("/"))


def render_sources(template: Path, base_url: str) -> str:
    """The sources file for a running server: ``template`` with ``{{BASE}}`` replaced."""
    return substitute(Path(template).read_text(encoding="utf-8"), base_url)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _IPv6Server(ThreadingHTTPServer):
    """ThreadingHTTPServer binds IPv4 sockets only."""

    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    """GET/HEAD for files under ``root``; everything else is 404 or 405."""

    server_version = "newsspider-sample/1.0"
    root: Path
    base_url: str
    requested: list[str]

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: no access log on stderr."""

    def _respond(self, send_body: bool) -> None:
        self.requested.append(self.path)
        raw_path = urlsplit(self.path).path
        target = self._resolve(raw_path)
        if target is not None and target.is_dir():
            if not raw_path.endswith("/"):
                self._send(HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain; charset=utf-8",
                           send_body, extra={"Location": raw_path + "/"})
                return
            target = target / "index.html"
        if target is not None and target.is_file():
            body, content_type = self._load(target)
        elif target is not None and target.suffix == ".gz" and self._text_sibling(target):
            body, _ = self._load(target.with_suffix(""))
            body, content_type = gzip.compress(body, mtime=0), BINARY_TYPES[".gz"]
        else:
            self._send(HTTPStatus.NOT_FOUND, b"404 Not Found\n", "text/plain; charset=utf-8", send_body)
            return
        self._send(HTTPStatus.OK, body, content_type, send_body)

    def _resolve(self, raw_path: str) -> Path | None:
        """The file system path for a URL path, or None if it is malformed or leaves the root."""
        try:
            path = unquote(raw_path, errors="strict")
        except UnicodeDecodeError:
            return None
        if "\x00" in path or "\\" in path or not path.startswith("/"):
            return None
        normalised = posixpath.normpath(path)
        parts = [part for part in normalised.split("/") if part]
        if any(part in (".", "..") for part in parts):
            return None
        root = self.root
        candidate = root.joinpath(*parts).resolve()
        if candidate != root and root not in candidate.parents:
            return None
        return candidate

    def _text_sibling(self, target: Path) -> bool:
        sibling = target.with_suffix("")
        return sibling.suffix in TEXT_TYPES and sibling.is_file() and self.root in sibling.resolve().parents

    def _load(self, path: Path) -> tuple[bytes, str]:
        suffix = path.suffix.lower()
        if suffix in TEXT_TYPES:
            text = path.read_text(encoding="utf-8")
            return substitute(text, self.base_url).encode("utf-8"), TEXT_TYPES[suffix]
        return path.read_bytes(), BINARY_TYPES.get(suffix, "application/octet-stream")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, send_body: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class LocalSite:
    """Serve ``root`` on a loopback address in a daemon thread; use as a context manager.

    >>> with LocalSite(DEFAULT_ROOT) as site:        # doctest: +SKIP
    ...     urlopen(site.url("/robots.txt"))
    """

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        if not _is_loopback(host):
            raise ValueError(f"LocalSite binds to loopback addresses only, not {host!r}")
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(f"sample site root not found: {self.root}")
        self.host = "127.0.0.1" if host == "localhost" else host
        self.port = port
        self.requested: list[str] = []  # the path (and query) of every request, in order
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash); only valid while running."""
        if self._server is None:
            raise RuntimeError("LocalSite is not running")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def url(self, path: str = "/") -> str:
        """Absolute URL for a server path such as ``/alkhabar/rss.xml``."""
        return self.base_url + ("" if path.startswith("/") else "/") + path

    def start(self) -> "LocalSite":
        """Bind and start serving (idempotent)."""
        if self._server is not None:
            return self
        handler: type[_Handler] = type(
            "SampleHandler", (_Handler,), {"root": self.root, "base_url": "", "requested": self.requested})
        server_class = _IPv6Server if ":" in self.host else ThreadingHTTPServer
        server = server_class((self.host, self.port), handler)
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        handler.base_url = self.base_url
        self._thread = threading.Thread(target=server.serve_forever, name=f"LocalSite:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the socket (idempotent)."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> "LocalSite":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def serve_forever_cli(argv: list[str] | None = None) -> int:
    """``python -m newsspider.sample.server [ROOT] [--port N] [--write-sources PATH]``."""
    parser = argparse.ArgumentParser(description="Serve the newsspider sample corpus on 127.0.0.1.")
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT,
                        help="directory to serve (default: the bundled sample site)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--write-sources", type=Path, metavar="PATH",
                        help="also write the sample sources file for this server to PATH")
    args = parser.parse_args(argv)
    try:
        site = LocalSite(args.root, port=args.port).start()
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.write_sources:
        args.write_sources.write_text(render_sources(DEFAULT_SOURCES_TEMPLATE, site.base_url), encoding="utf-8")
        print(f"sources written to {args.write_sources}")
    print(f"serving {site.root} at {site.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(serve_forever_cli())
