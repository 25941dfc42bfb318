"""The run's stories beside its articles: the story export (JSON lines) and the HTML report."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.reactor import CallLaterOnce

from newsspider.export.files import export_path, json_lines, report_path, write_atomically
from newsspider.export.html_report import render_report
from newsspider.export.stories import RunArticle, story_records
from newsspider.extensions.state import StateService
from newsspider.items import Article
from newsspider.outcome import note_output_error
from newsspider.output import AtomicFileFeedStorage, is_stream, local_path, through_link

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.extensions.feedexport import FeedSlot
    from scrapy.spiders import Spider

logger = logging.getLogger(__name__)

SHARE_DETAILS_EVERY = 1.0
"""Seconds between writes of the articles' details to a shared (Redis) story store."""


class StoryExport:
    """Writes, beside each local articles file, the stories that gained an article in the run:
    ``NEWSSPIDER_STORY_EXPORT`` the story export (``output/stories-<UTC>.jsonl``, schema
    ``newsspider/story.schema.json``), ``NEWSSPIDER_STORY_REPORT`` the HTML report
    (``output/stories-<UTC>.html``); names and placement in ``newsspider.export.files``.

    Each story lists every member it has so far: this run's from the articles written, earlier
    runs' from the story store, which keeps what the export shows of each article written
    (``StoryStore.add_details``) for the runs to come. Written when the crawl is over (the
    articles stored, ``StateService.before_close``), after the story detector has flushed; a file
    that cannot be written is logged and counted (``newsspider/story_export/errors``), the other
    files are still written, and the run ends as one whose output failed (``OUTPUT_ERROR``: exit
    status 4). A feed that is not a local file (stdout, S3) gets none.
    """

    def __init__(self, crawler: Crawler, *, export: bool, report: bool) -> None:
        self.crawler = crawler
        self.export = export
        self.report = report
        self.stats = crawler.stats
        self.articles: list[RunArticle] = []
        self.unshared: list[RunArticle] = []  # written, details not yet in a shared store
        self.share_later = CallLaterOnce(self.share_details)
        self.outputs: list[Path] = []
        self.state: StateService | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoryExport:
        """The extension, or ``NotConfigured`` when both ``NEWSSPIDER_STORY_EXPORT`` and ``..._REPORT`` are off."""
        settings = crawler.settings
        export, report = settings.getbool("NEWSSPIDER_STORY_EXPORT"), settings.getbool("NEWSSPIDER_STORY_REPORT")
        if not (export or report):
            raise NotConfigured
        extension = cls(crawler, export=export, report=report)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.feed_slot_closed, signal=signals.feed_slot_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        """Find the state service (extensions cannot look each other up while being built)."""
        self.state = StateService.of(self.crawler)
        self.state.before_close(self.finish)

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        """Remember an article written (the feed exporter's handler ran before this one)."""
        if not isinstance(item, Article) or not item.story_id:
            return
        article = RunArticle(id=item.id, story_id=item.story_id, url=item.url, source=item.source,
                             language=item.language, title=item.title, published=item.published,
                             direction=item.direction, duplicate_kind=item.duplicate_kind,
                             matched_id=item.matched_id, duplicate_score=item.duplicate_score)
        self.articles.append(article)
        if self.state is not None and self.state.shared:  # other workers' exports list it soon
            self.unshared.append(article)
            self.share_later.schedule(SHARE_DETAILS_EVERY)

    def share_details(self) -> None:
        """Write the details of the articles written since the last call (a shared store): in
        batches and outside ``item_scraped``, whose handlers after this one mark the article as
        seen and its request as done, a window a worker killed in it would widen."""
        if self.unshared and self.state is not None:
            self.state.stories.add_details(article.details for article in self.unshared)
            self.unshared.clear()

    def feed_slot_closed(self, slot: FeedSlot) -> None:
        """Remember where a local articles file was written, through a symbolic link (not a pipe or
        device: nothing goes beside it). Scrapy sends this signal after a failed store too: a file
        not put in place gets no stories beside it, which would list articles no file holds."""
        if (path := local_path(slot.uri)) is None or is_stream(path):
            return
        if isinstance(slot.storage, AtomicFileFeedStorage) and not slot.storage.in_place:
            logger.warning("no stories written beside %s: it was not stored", path)
            return
        self.outputs.append(through_link(path))

    def finish(self) -> None:
        """Keep this run's members' details, then write the export and the report beside each output."""
        assert self.state is not None
        self.share_later.cancel()
        self.unshared.clear()
        store = self.state.stories
        store.add_details(article.details for article in self.articles)
        store.commit()
        if not self.outputs:
            return
        now = datetime.now(timezone.utc)
        records = story_records(self.articles, store, now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        self.stats.set_value("newsspider/story_export/stories", len(records))
        self.stats.set_value("newsspider/story_export/shared_stories",
                             sum(1 for record in records if record["member_count"] > 1))
        generated = now.strftime("%Y-%m-%d %H:%M UTC")
        for output in self.outputs:
            if self.export:
                self._write(export_path(output), json_lines(records))
            if self.report:
                html = render_report(records, title=f"Stories of {output.name}", generated_at=generated)
                self._write(report_path(output), html)

    def _write(self, path: Path, text: str) -> None:
        try:
            write_atomically(path, text)
        except OSError as exc:
            self.stats.inc_value("newsspider/story_export/errors")
            logger.error("could not write the stories file %s: %s", path, exc)
            # an output of the run, as the run report is: exit 4
            note_output_error(self.stats, f"cannot write the stories file {path}: {exc.strerror or exc}")
        else:
            logger.info("stories written to %s", path)
