"""A page or article that failed in an item pipeline is an error of its source."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import signals

from newsspider.extensions.state import StateService
from newsspider.items import Article, Page
from newsspider.outcome import note_source_error

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

PIPELINE_STAGE = "pipeline"
"""The stage of such an error in the run report's ``error_reasons``."""


class ItemErrors:
    """Counts a page or article that raised in an item pipeline after it was fetched (Scrapy's
    ``item_error``: a worker that died cleaning it, a bug in a stage) as an error of its source,
    stage ``pipeline``, as the extraction pipeline counts its own failures. The summary and the run
    report name it, and the source keeps no feed validators (``conditional_get.LINKS_LEFT``): the
    next run reads its feeds in full and fetches the page again. Uncounted, the page was logged and
    forgotten: the run saved its feed's validators, and the next run's 304 hid the article.

    A page that met the state store after it failed is not counted: the store's one error stopped
    the run, and no validator is kept then."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemErrors:
        """The extension, listening for ``item_error``."""
        extension = cls(crawler)
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        return extension

    def item_error(self, item: Any, failure: Failure, **kwargs: Any) -> None:
        """Count the failed page or article as its source's error, with the exception as its reason."""
        if not isinstance(item, Page | Article):
            return
        state = self.crawler.get_extension(StateService)
        if state is not None and state.stopped_by(failure.value):
            return
        note_source_error(self.crawler.stats, item.source, PIPELINE_STAGE, item.url, repr(failure.value))
