"""Scrapy's remote control, imported only when it is switched on."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class RemoteControlWhenEnabled:
    """Scrapy's remote-control extension, imported only when ``REMOTE_CONTROL_ENABLED`` is on.

    It is off here (no listening sockets), but Scrapy would import it at every start just to be
    told so, and that import pulls in aiohttp: about a quarter of a second of CPU per cron run.
    ``settings.py`` replaces Scrapy's entry by this one; turning the setting on works as before.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        """Scrapy's ``RemoteControl`` when ``REMOTE_CONTROL_ENABLED``; ``NotConfigured`` otherwise."""
        if not crawler.settings.getbool("REMOTE_CONTROL_ENABLED"):
            raise NotConfigured
        from scrapy.extensions.remote_control import RemoteControl

        return build_from_crawler(RemoteControl, crawler)
