"""A static site on 127.0.0.1 with Last-Modified / If-Modified-Since (stdlib), a log of every
path requested, and a gate: article requests beyond the first ``hold_after`` wait until the test
opens it, so a crawl can be caught mid-run deterministically. For cron-run tests."""
from __future__ import annotations

import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-05-0{day}T08:00:00+00:00"></head><body><article>
<h1>{title}</h1><p>Story {n}: the regional council met on Tuesday to discuss the budget for the next year.</p>
<p>Members debated item {n} of the agenda for more than two hours before a final vote was taken.</p>
<p>The decision on item {n} will be published in the official bulletin within the next ten days.</p>
</article></body></html>"""


class _Handler(SimpleHTTPRequestHandler):
    site: StaticSite

    def do_GET(self):
        site = self.site
        site.requests.append((self.path, dict(self.headers)))
        started = time.monotonic()
        if self.path.startswith("/news/"):
            with site.lock:
                site.articles_served += 1
                held = site.hold_after is not None and site.articles_served > site.hold_after
            if held:
                site.gate.wait(timeout=120)
        super().do_GET()
        site.timings.append((self.path, started, time.monotonic()))

    def log_message(self, *args):
        pass


class StaticSite:
    def __init__(self, root: Path, hold_after: int | None = None):
        self.root = root
        self.requests: list[tuple[str, dict]] = []
        self.timings: list[tuple[str, float, float]] = []  # path, when the request came, when it was answered
        self.hold_after = hold_after
        self.articles_served = 0
        self.lock = threading.Lock()
        self.gate = threading.Event()
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> StaticSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def wait_for_articles(self, count: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.articles_served < count:
            assert time.monotonic() < deadline, f"only {self.articles_served} article requests arrived"
            time.sleep(0.05)

    def __exit__(self, *exc_info) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()


def write_news_site(root: Path, base_url: str, count: int) -> list[str]:
    """``count`` English articles behind one RSS feed; returns their URLs."""
    urls = []
    (root / "news").mkdir(parents=True, exist_ok=True)
    for n in range(count):
        path = f"/news/council-meeting-item-{n}.html"
        (root / path.lstrip("/")).write_text(ARTICLE.format(title=f"Council item {n}", n=n, day=1 + n % 9),
                                             encoding="utf-8")
        urls.append(base_url + path)
    items = "".join(f"<item><title>Item {n}</title><link>{url}</link></item>" for n, url in enumerate(urls))
    (root / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
                                  f'<link>{base_url}/</link>{items}</channel></rss>', encoding="utf-8")
    return urls


def write_sources(path: Path, base_url: str) -> Path:
    path.write_text(f'[[source]]\nname = "council"\nfeeds = ["{base_url}/rss.xml"]\n', encoding="utf-8")
    return path
