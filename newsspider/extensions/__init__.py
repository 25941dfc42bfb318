"""The crawl's extensions, one per module.

Two are services the other components look up: the state service (``state.py``) and the worker
pool (``worker_pool.py``); the rest are crawl-wide behaviour (the summary line, the stats file, the
garbage collector's tuning, the remote control when asked for). ``required_extension`` is how a
component finds a service it cannot work without; ``WhenEnabled`` a Scrapy component that is
imported only when its setting is on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import build_from_crawler, load_object

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

T = TypeVar("T")


class WhenEnabled:
    """A Scrapy component (``COMPONENT``, its import path) imported only when its boolean setting
    (``SETTING``) is on. Scrapy imports every component it lists at every start, one that is off
    too, only to be told so (``NotConfigured``), and disabling it with None would ignore the
    setting: ``settings.py`` lists a subclass in its place, and turning the setting on works as before."""

    SETTING: ClassVar[str]
    COMPONENT: ClassVar[str]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        """The component built as Scrapy builds it when the setting is on; ``NotConfigured`` otherwise."""
        if not crawler.settings.getbool(cls.SETTING):
            raise NotConfigured
        return build_from_crawler(load_object(cls.COMPONENT), crawler)


def required_extension(crawler: Crawler, cls: type[T]) -> T:
    """The crawl's instance of extension ``cls`` (or a subclass); a clear error when it is not enabled.

    Components call it from ``from_crawler`` (extensions exist by then); an extension needing
    another one calls it on first use, as extensions cannot look each other up while being built.
    """
    extension = crawler.get_extension(cls)
    if extension is None:
        raise RuntimeError(f"{cls.__module__}.{cls.__qualname__} must be enabled in EXTENSIONS")
    return extension


def built(crawler: Crawler) -> bool:
    """Whether the crawl's engine exists: a failure before it (a component's ``from_crawler``
    meeting the error) stops the crawl while it is built, with nothing fetched."""
    try:
        return crawler.engine is not None
    except RuntimeError:
        return False


def stop_run(crawler: Crawler, reason: str) -> None:
    """Close the crawl's spider with ``reason`` (an extension ending the run: its output or the
    state store failed), unless the engine has no spider open: not built yet (a failure while the
    crawl is built stops it anyway) or closed in the meantime."""
    try:
        engine = crawler.engine
    except RuntimeError:
        return
    if engine is not None and engine.spider is not None:
        deferred_from_coro(_close_spider(engine, reason))


async def _close_spider(engine: Any, reason: str) -> None:
    try:
        await engine.close_spider_async(reason=reason)
    except RuntimeError:  # closed in the meantime
        pass
