"""Extraction pipeline: a fetched ``Page`` becomes an ``Article`` (``newsspider.extract``, in worker processes)."""
from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from newsspider.charset import log_wrong_label
from newsspider.discovery.canonical import ArticleAddresses, article_key
from newsspider.extensions.state import StateService
from newsspider.extensions.worker_pool import WorkerPool, stage_priority
from newsspider.extract.options import ExtractOptions
from newsspider.extract.result import ExtractedArticle
from newsspider.extract.selectors import SiteSelectors
from newsspider.items import Article, Page, article_id
from newsspider.outcome import note_source_error, source_key
from newsspider.worker_process import ByName

logger = logging.getLogger(__name__)

EXTRACT_PAGE = ByName("newsspider.extract.article", "extract_page")
"""``extract_page``, run in the workers: named, not imported (see ``ByName``)."""


class ExtractPipeline:
    """Turn a fetched ``Page`` into an ``Article``, or drop it (counted) when it is not one."""

    def __init__(self, pool: WorkerPool, options: ExtractOptions, stats: StatsCollector, priority: int = 0,
                 addresses: ArticleAddresses | None = None):
        self.pool = pool
        self.priority = priority  # of its jobs in the pool: see worker_pool.stage_priority
        self.options = options
        self.stats = stats
        self.addresses = addresses if addresses is not None else ArticleAddresses()
        self._emitted_ids: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        """The pipeline on the crawl's worker pool, with the extraction settings, the discovery
        pages of the spider's sources (no article's canonical URL) and the articles earlier runs
        emitted (an address one of them has is not another article's)."""
        state = StateService.of(crawler)
        return cls(WorkerPool.of(crawler), extract_options(crawler.settings), crawler.stats,
                   stage_priority(crawler, cls),
                   ArticleAddresses({source.name: source.discovery_urls
                                     for source in getattr(crawler.spider, "sources", {}).values()},
                                    earlier=lambda address, urls: state.seen.identity_of(article_id(address), urls)))

    async def process_item(self, item: Any) -> Any:
        """A page becomes an Article (extracted in a worker) or is dropped with the reason counted."""
        if not isinstance(item, Page):
            return item
        try:
            selectors = SiteSelectors(item.body_selector, item.prune_selectors)
            extraction = await self.pool.run(EXTRACT_PAGE, item.body, item.encoding, item.url, item.hints,
                                             item.source_language, self.options, selectors or None,
                                             item.fetched_by_now, item.encoding_from_header, priority=self.priority)
        except Exception as exc:  # a worker crash, an extractor bug, a worker that cannot load its model:
            self.stats.inc_value("newsspider/extract/failed")  # lose this page for this run, not the crawl,
            note_source_error(self.stats, item.source, "extract", item.url, repr(exc))  # nor the next run's
            logger.error("extraction failed for %s: %r", item.url, exc)
            raise DropItem(f"extraction failed: {item.url}", log_level="DEBUG") from exc  # said above, once
        log_wrong_label(logger, item.url, item.encoding, extraction.decoded_as)
        article = extraction.article
        if article is None:
            self.stats.inc_value(f"newsspider/not_article/{extraction.reason}")
            raise DropItem(f"not an article ({extraction.reason}): {item.url}", log_level="INFO")
        self.stats.inc_value(f"newsspider/page_type/{article.page_type}")
        if article.via_jsonld:
            self.stats.inc_value("newsspider/extract/jsonld_fallback")
        canonical, refused = self.addresses.address(item.source, item.url, article.canonical,
                                                    article_key(article.title, article.text))
        if refused is not None:  # a section, a discovery page, another article's
            self.stats.inc_value("newsspider/extract/canonical_not_trusted")
            if refused == "taken_by_earlier_run":
                self.stats.inc_value("newsspider/extract/canonical_taken_by_earlier_run")
        identifier = article_id(canonical)
        if identifier in self._emitted_ids:
            self.stats.inc_value("newsspider/duplicates/same_url")
            raise DropItem(f"already emitted in this run under its canonical URL: {item.url}", log_level="DEBUG")
        self._emitted_ids.add(identifier)
        self.stats.inc_value(source_key(item.source, "articles"))
        return to_item(article, item.url, item.source, item.fetched_at, identifier, canonical)


def extract_options(settings: BaseSettings) -> ExtractOptions:
    """The extraction options the ``NEWSSPIDER_*`` settings set (shared with ``scrapy article``)."""
    return ExtractOptions(
        min_text_chars=settings.getint("NEWSSPIDER_MIN_TEXT_CHARS"),
        min_language_confidence=settings.getfloat("NEWSSPIDER_LANGUAGE_MIN_CONFIDENCE"),
        second_pass=settings.get("NEWSSPIDER_EXTRACT_SECOND_PASS"),
        comments=settings.getbool("NEWSSPIDER_COMMENTS"),
    )


def to_item(article: ExtractedArticle, url: str, source: str, fetched_at: str, identifier: str,
            canonical: str) -> Article:
    """The record of an extracted article: extraction's fields plus what the crawl knows."""
    return Article(
        id=identifier, url=url, canonical_url=canonical, source=source, title=article.title,
        authors=article.authors, published=article.published, modified=article.modified,
        language=article.language, direction=article.direction, text=article.text,
        description=article.description, image=article.image, tags=article.tags, site_name=article.site_name,
        fetched_at=fetched_at, story_id=identifier, comments=article.comments,
        label_links=article.label_links)
