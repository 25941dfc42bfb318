"""The distributed-crawl add-on: what turns a crawl into one worker of a distributed crawl."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.exceptions import NotConfigured

from newsspider.distributed import enabled
from newsspider.distributed.keys import worker_id

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings


def worker_feed(uri: str, worker: str) -> str:
    """``output/articles-<UTC>.jsonl`` -> ``output/articles-<UTC>-<worker>.jsonl``."""
    path = Path(uri)
    return str(path.with_name(f"{path.stem}-{worker}{path.suffix}"))


class DistributedCrawl:
    """Scrapy add-on, listed in the project's ``ADDONS``; active when ``NEWSSPIDER_REDIS_URL`` is set.

    It swaps in the reliable scheduler on the run's Redis queue, the Redis state service in
    place of the SQLite one, the two middlewares that tell the scheduler when a request is done
    (the closest to the engine of each chain, order 0), and a default output file per worker.
    A local crawl gets ``NotConfigured`` and imports neither redis nor scrapy-redis.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedCrawl:
        """The add-on, or ``NotConfigured`` when the crawl is not distributed."""
        if not enabled(crawler.settings):
            raise NotConfigured
        return cls()

    def update_settings(self, settings: BaseSettings) -> None:
        """Switch the crawl's components to their distributed versions."""
        try:
            import redis  # noqa: F401
            import scrapy_redis  # noqa: F401
        except ImportError as exc:
            raise RuntimeError("NEWSSPIDER_REDIS_URL is set but redis/scrapy-redis are missing: "
                               "pip install 'newsspider[redis]'") from exc
        from newsspider.distributed.download_failures import DownloadFailureMiddleware
        from newsspider.distributed.spider_output import SpiderOutputMiddleware
        from newsspider.distributed.state import RedisStateService
        from newsspider.extensions.state import StateService

        settings.set("SCHEDULER", "newsspider.distributed.scheduler.ReliableScheduler", "addon")
        try:
            settings.replace_in_component_priority_dict("EXTENSIONS", StateService, RedisStateService)
        except KeyError:  # the project does not list the SQLite one
            settings.set_in_component_priority_dict("EXTENSIONS", RedisStateService, 0)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SpiderOutputMiddleware, 0)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", DownloadFailureMiddleware, 0)
        self._per_worker_default_feed(settings)

    @staticmethod
    def _per_worker_default_feed(settings: BaseSettings) -> None:
        """Name the default output file after this worker, so workers can share a directory.

        The spider set ``FEEDS`` to ``NEWSSPIDER_DEFAULT_FEED`` when no -o/-O/FEEDS was given.
        """
        default = settings.get("NEWSSPIDER_DEFAULT_FEED")
        feeds = settings.getdict("FEEDS")
        if default and list(feeds) == [default]:
            settings.set("FEEDS", {worker_feed(default, worker_id()): feeds[default]},
                         priority=settings.getpriority("FEEDS") or "addon")
