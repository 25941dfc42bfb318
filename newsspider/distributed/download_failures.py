"""Downloader middleware: tell the scheduler when a request's download failed for good."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsspider.distributed.signals import download_failed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request
    from scrapy.signalmanager import SignalManager


class DownloadFailureMiddleware:
    """Sends ``download_failed`` for an exception no other downloader middleware turned into a
    request (a retry) or a response, raised by the download or by a ``process_request`` (robots.txt).

    It must be the downloader middleware closest to the engine (the add-on gives it order 0): its
    ``process_exception`` then runs last, only when every other one declined. A failure raised by
    another middleware's ``process_response`` (too many redirects, a decompression bomb) does not
    pass here; such a request stays in flight until the worker finishes (or is requeued if it dies).
    """

    def __init__(self, signals: SignalManager) -> None:
        self.signals = signals

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DownloadFailureMiddleware:
        """The middleware, sending on the crawl's signals."""
        return cls(crawler.signals)

    def process_exception(self, request: Request, exception: Exception) -> None:
        """Report the failure; let it go on to the errback."""
        self.signals.send_catch_log(download_failed, request=request, exception=exception)
