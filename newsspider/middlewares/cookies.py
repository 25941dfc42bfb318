"""Scrapy's cookies middleware, imported only when cookies are switched on."""
from __future__ import annotations

from newsspider.extensions import WhenEnabled


class CookiesWhenEnabled(WhenEnabled):
    """Scrapy's ``CookiesMiddleware``, imported only when ``COOKIES_ENABLED`` is on.

    Cookies are off here (``settings.py``), but Scrapy would import the middleware at every start
    just to be told so, and its import pulls in tldextract and requests: 20 ms of CPU per run.
    """

    SETTING = "COOKIES_ENABLED"
    COMPONENT = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
