"""Downloader middleware: conditional GETs for feeds and sitemaps.

A cron run every 15 minutes would otherwise download every feed in full each time. Requests
flagged with ``meta["newsspider_conditional"]`` carry the ETag / Last-Modified of the last
complete run; a 304 reaches the spider callback, which treats it as "nothing new".
"""
from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from newsspider.extensions import RunState
from newsspider.state.base import Validators

CONDITIONAL = "newsspider_conditional"


class ConditionalGetMiddleware:
    def __init__(self, state: RunState, stats):
        self.state = state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        return cls(RunState.of(crawler), crawler.stats)

    def process_request(self, request: Request):
        if not request.meta.get(CONDITIONAL):
            return None
        known = self.state.validators.get(request.url)
        if known:
            if known.etag:
                request.headers.setdefault("If-None-Match", known.etag)
            if known.last_modified:
                request.headers.setdefault("If-Modified-Since", known.last_modified)
            self.stats.inc_value("newsspider/conditional/sent")
        return None

    def process_response(self, request: Request, response: Response):
        if not request.meta.get(CONDITIONAL):
            return response
        if response.status == 304:
            self.stats.inc_value("newsspider/conditional/not_modified")
        elif response.status == 200:
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            if etag or last_modified:
                self.state.validators_received(request.url, Validators(
                    etag.decode("latin-1") if etag else None,
                    last_modified.decode("latin-1") if last_modified else None))
        return response
