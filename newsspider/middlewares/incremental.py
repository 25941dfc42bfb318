"""Spider middleware: skip the requests for articles an earlier run emitted or that are too old.

It sits where scrapy-deltafetch does, on the spider's output: a request is dropped before it is
scheduled, so a cron run downloads only what is new. Two checks, each counted per source
(``newsspider/source/<name>/skipped_seen`` and ``.../skipped_too_old``):

* the request's URL is one an earlier run emitted an article under (the state service's
  ``seen`` store knows the canonical and the fetched URL of every article written), unless
  ``NEWSSPIDER_REEMIT_MODIFIED`` is on (a changed article must be fetched to be seen changed) or
  ``NEWSSPIDER_REEMIT_ALL`` (everything is emitted again);
* the publication date discovery found for it (``meta[PUBLISHED]``) is older than the source's
  ``max_age_days`` (``meta[MAX_AGE_DAYS]``) or else ``NEWSSPIDER_MAX_AGE_DAYS``.

The item-level twin of these checks, on the article's own id and dates, is
``newsspider.pipelines.incremental.IncrementalPipeline``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any

from scrapy import Request

from newsspider.dates import is_too_old
from newsspider.extensions.state import StateService
from newsspider.middlewares import MAX_AGE_DAYS, PUBLISHED, SOURCE

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

SEEN_BATCH = 500
"""Requests checked against the seen store in one query (a feed's links are one batch)."""


def skips_seen(settings: BaseSettings) -> bool:
    """Whether a request for an article an earlier run emitted is skipped: unless
    ``NEWSSPIDER_REEMIT_MODIFIED`` (a changed article must be fetched to be seen changed) or
    ``NEWSSPIDER_REEMIT_ALL`` (everything is emitted again)."""
    return not (settings.getbool("NEWSSPIDER_REEMIT_MODIFIED") or settings.getbool("NEWSSPIDER_REEMIT_ALL"))


class IncrementalMiddleware:
    """Drops requests for articles already emitted or published before the age limit."""

    def __init__(self, state: StateService, stats: StatsCollector, *, max_age_days: float,
                 check_seen: bool = True) -> None:
        self.state = state
        self.stats = stats
        self.max_age_days = max_age_days
        self.check_seen = check_seen

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        """The middleware, from ``NEWSSPIDER_MAX_AGE_DAYS`` and ``NEWSSPIDER_REEMIT_MODIFIED`` / ``_ALL``."""
        settings = crawler.settings
        return cls(StateService.of(crawler), crawler.stats,
                   max_age_days=settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS"),
                   check_seen=skips_seen(settings))

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The spider's output without the skipped requests, in order; requests are checked in batches."""
        batch: list[Request] = []
        async for entry in result:
            if not isinstance(entry, Request):
                for request in self._kept(batch):
                    yield request
                batch = []
                yield entry
            elif not self._too_old(entry):
                batch.append(entry)
                if len(batch) >= SEEN_BATCH:
                    for request in self._kept(batch):
                        yield request
                    batch = []
        for request in self._kept(batch):
            yield request

    def _too_old(self, request: Request) -> bool:
        if is_too_old(request.meta.get(PUBLISHED), request.meta.get(MAX_AGE_DAYS, self.max_age_days)):
            self._count(request, "skipped_too_old")
            return True
        return False

    def _kept(self, requests: list[Request]) -> Iterable[Request]:
        """``requests`` minus those whose URL an earlier run emitted an article under."""
        if not requests or not self.check_seen:
            return requests
        seen = self.state.seen.seen_urls(request.url for request in requests)
        for request in requests:
            if request.url in seen:
                self._count(request, "skipped_seen")
        return [request for request in requests if request.url not in seen]

    def _count(self, request: Request, key: str) -> None:
        source = request.meta.get(SOURCE)
        self.stats.inc_value(f"newsspider/source/{source}/{key}" if source else f"newsspider/{key}")
