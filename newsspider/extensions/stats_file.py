"""The run's final stats as a JSON file beside its output, for scripts and tests (not the log)."""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from scrapy import signals
from scrapy.exceptions import NotConfigured
from w3lib.url import file_uri_to_path

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.extensions.feedexport import FeedSlot
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


def stats_path(output: Path) -> Path:
    """``out.jsonl`` -> ``out.stats.json``, in the same directory."""
    return output.with_name(f"{output.stem}.stats.json")


def local_path(uri: str) -> Path | None:
    """The local file a feed URI names (a plain path or ``file://``), or None (S3, stdout, ...)."""
    scheme = urlparse(uri).scheme
    if scheme == "file":
        return Path(file_uri_to_path(uri))
    if scheme == "" or (len(scheme) == 1 and os.name == "nt"):  # a Windows drive letter
        return Path(uri)
    return None


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else str(value)


class StatsFile:
    """Writes the crawl's final stats (``NEWSSPIDER_STATS_FILE``, on by default) beside each local
    output file: ``<output name>.stats.json``, e.g. ``output/articles-<UTC>.stats.json``.

    One JSON object, the stats Scrapy dumps in its log at the end (datetimes in ISO 8601),
    written when the engine has stopped (so after the state was committed), under a temporary
    name and renamed into place. A feed that is not a local file gets none.
    """

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.outputs: list[Path] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        """The extension, or ``NotConfigured`` when ``NEWSSPIDER_STATS_FILE`` is off."""
        if not crawler.settings.getbool("NEWSSPIDER_STATS_FILE"):
            raise NotConfigured
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def feed_slot_closed(self, slot: FeedSlot) -> None:
        """Remember where a local output file was written."""
        if (path := local_path(slot.uri)) is not None:
            self.outputs.append(path)

    def engine_stopped(self) -> None:
        """Write the final stats beside every local output file."""
        text = json.dumps(self.stats.get_stats(), default=_json_value, ensure_ascii=False, indent=1, sort_keys=True)
        for output in self.outputs:
            target = stats_path(output)
            partial = target.with_name(f".{target.name}.part")
            try:
                partial.write_text(text + "\n", encoding="utf-8")
                os.replace(partial, target)
            except OSError as exc:
                logger.error("could not write the stats file %s: %s", target, exc)
