"""Spider middleware: an exception a spider callback raises is an error of its source.

The spider reports what a document does wrong where it reads it (a feed that is HTML, a sitemap
cut short). What it does not foresee (a bug of ours, met by some page) Scrapy only logs, with its
traceback: the source would count no error, the summary name none and the run exit 0, while the
document's links after the failure are lost. Here the spider (``NewsSpider.on_callback_error``)
counts it as its source's error at the request's stage, with one line; the exception then goes
on to Scrapy unchanged (its traceback, its ``spider_error`` signal, which a distributed crawl's
scheduler counts on, its ``CloseSpider``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import CloseSpider

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class CallbackErrorsMiddleware:
    """Shows an exception escaping a callback to the spider's ``on_callback_error``, if it has one."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallbackErrorsMiddleware:
        """The middleware of the crawl's spider."""
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        """Tell the spider (a ``CloseSpider`` is no error); None: Scrapy handles the exception as before."""
        report = getattr(self.crawler.spider, "on_callback_error", None)
        if report is not None and not isinstance(exception, CloseSpider):
            report(response, exception)
