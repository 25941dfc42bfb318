"""Scrapy's remote control, imported only when it is switched on."""
from __future__ import annotations

from newsspider.extensions import WhenEnabled


class RemoteControlWhenEnabled(WhenEnabled):
    """Scrapy's remote-control extension, imported only when ``REMOTE_CONTROL_ENABLED`` is on.

    It is off here (no listening sockets), but Scrapy would import it at every start just to be
    told so, and that import pulls in aiohttp: about a quarter of a second of CPU per cron run.
    """

    SETTING = "REMOTE_CONTROL_ENABLED"
    COMPONENT = "scrapy.extensions.remote_control.RemoteControl"
