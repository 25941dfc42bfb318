"""A feed or sitemap answered 503/429 with ``Retry-After`` is asked again when the server said,
up to ``RETRY_AFTER_MAX_SECONDS``, without holding up the rest of the crawl; one that asks for
longer is not asked again this run (an error of its source, as before), rather than at once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from newsspider.discovery.retry_after import RETRY_AFTER_MAX_SECONDS, retry_after_seconds, wait_before_retry
from tests.crawl import FAST_SETTINGS, PROJECT_ROOT, run_crawl
from tests.hostile.server import HostileHandler, HostileServer, send
from tests.static_site import ARTICLE

NOW = datetime(2026, 12, 5, 11, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, seconds", [
    ("2", 2.0), (" 120 ", 120.0), ("0", 0.0),
    (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
    (format_datetime(NOW - timedelta(seconds=30), usegmt=True), 0.0),  # already past: at once
    ("Sat, 05 Dec 2026 11:00:10 GMT", 10.0),
    ("-5", None), ("1.5", None), ("soon", None), ("", None), (None, None),
])
def test_retry_after_is_delta_seconds_or_an_http_date(value, seconds):
    assert retry_after_seconds(value, NOW) == seconds


def test_a_delay_too_long_for_a_float_is_over_the_cap_not_an_error():
    """Delay-seconds is any run of digits (RFC 9110): 400 of them overflow a float made from an int."""
    assert retry_after_seconds("9" * 400, NOW) == float("inf")
    assert wait_before_retry(503, "9" * 5000, NOW) == float("inf")  # past int()'s digit limit too


def test_only_a_503_or_429_with_a_usable_retry_after_is_waited_for():
    assert wait_before_retry(503, "3", NOW) == 3.0 and wait_before_retry(429, "3", NOW) == 3.0
    assert wait_before_retry(500, "3", NOW) is None and wait_before_retry(503, None, NOW) is None
    assert wait_before_retry(503, "0", NOW) is None  # at once: the usual retries do that
    assert wait_before_retry(503, str(int(RETRY_AFTER_MAX_SECONDS)), NOW) == RETRY_AFTER_MAX_SECONDS
    assert wait_before_retry(503, str(int(RETRY_AFTER_MAX_SECONDS) + 1), NOW) == float("inf")


class Feed:
    """``/rss.xml``: 503 with ``Retry-After`` the first ``refusals`` times, then one article; the time of each request."""

    def __init__(self, retry_after: str, refusals: int = 1) -> None:
        self.retry_after = retry_after
        self.refusals = refusals
        self.times: list[float] = []
        self.lock = threading.Lock()
        self.base = ""

    def __call__(self, handler: HostileHandler) -> None:
        with self.lock:
            self.times.append(time.monotonic())
            refused = len(self.times) <= self.refusals
        if refused:
            return send(b"busy", "text/plain", status=503, headers={"Retry-After": self.retry_after})(handler)
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>{self.base}/</link>'
                f'<item><title>One</title><link>{self.base}/news/one.html</link></item></channel></rss>')
        send(body.encode(), "application/rss+xml")(handler)


def crawl(tmp_path, feed: Feed, settings: dict | None = None):
    article = send(ARTICLE.format(title="Council item 1", n=1, day=2).encode(), "text/html; charset=utf-8")
    with HostileServer({"/rss.xml": feed, "/news/one.html": article}) as server:
        feed.base = server.base_url
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "busy"\nfeeds = ["{server.base_url}/rss.xml"]\n', encoding="utf-8")
        return run_crawl(sources, tmp_path, settings=settings)


def test_a_feed_answered_503_with_retry_after_is_asked_again_after_that_wait_and_read(tmp_path):
    feed = Feed("2")
    result = crawl(tmp_path, feed)
    assert result.returncode == 0, result.log[-3000:]
    assert len(feed.times) == 2 and feed.times[1] - feed.times[0] >= 1.9
    assert [record["url"].rsplit("/", 1)[-1] for record in result.records] == ["one.html"]
    assert result.report["sources"]["busy"]["errors"] == 0
    assert result.stats["newsspider/retry_after/waited"] == 1


def test_a_feed_asking_for_longer_than_the_cap_is_not_asked_again_this_run(tmp_path):
    feed = Feed(str(int(RETRY_AFTER_MAX_SECONDS) * 60), refusals=10)
    result = crawl(tmp_path, feed)
    assert len(feed.times) == 1  # Scrapy's RetryMiddleware asked twice more at once
    assert result.returncode == 1 and result.report["sources"]["busy"]["errors"] == 1
    assert result.report["sources"]["busy"]["error_reasons"][0]["reason"].startswith("HTTP 503")
    assert result.stats["newsspider/retry_after/over_cap"] == 1
    assert "Retry-After" in result.log


def test_a_wait_that_would_end_past_the_time_limit_is_not_taken(tmp_path):
    feed = Feed(str(int(RETRY_AFTER_MAX_SECONDS) // 2), refusals=10)
    started = time.monotonic()
    result = crawl(tmp_path, feed, settings={"CLOSESPIDER_TIMEOUT": "3"})
    assert time.monotonic() - started < RETRY_AFTER_MAX_SECONDS // 2
    assert len(feed.times) == 1 and result.stats["newsspider/retry_after/over_cap"] == 1


def test_a_stop_during_a_wait_ends_it(tmp_path):
    feed = Feed(str(int(RETRY_AFTER_MAX_SECONDS)), refusals=10)
    with HostileServer({"/rss.xml": feed}) as server:
        feed.base = server.base_url
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "busy"\nfeeds = ["{server.base_url}/rss.xml"]\n', encoding="utf-8")
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}", "-O", "out.jsonl"]
        for name, value in FAST_SETTINGS.items():
            command += ["-s", f"{name}={value}"]
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}
        process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        deadline = time.monotonic() + 60
        while not feed.times and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)  # into the wait
        stopped = time.monotonic()
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=RETRY_AFTER_MAX_SECONDS)
    assert time.monotonic() - stopped < 10, stderr[-3000:]
    assert process.returncode == 130 and len(feed.times) == 1, stderr[-3000:]
