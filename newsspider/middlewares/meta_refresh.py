"""Downloader middleware: Scrapy's meta-refresh redirects, without decoding every page whole.

Scrapy's ``MetaRefreshMiddleware`` looks for ``<meta http-equiv="refresh">`` in the first 4,096
characters of a page's text (``response.text[0:4096]``), and ``response.text`` decodes the whole
body: an article page of 170 KB is decoded in the crawl's main process only for this, while the
worker that extracts it decodes it again. Here those 4,096 characters are decoded from the body's
first bytes alone, where that gives exactly the same characters (:func:`head_text`), and looked
at with the same w3lib functions and arguments Scrapy uses; only a page that has a refresh there,
or whose encoding cannot be cut that way, goes through Scrapy's own middleware, which decides.

A refresh to an address no request can be made to ("http://x.org:99999/") is no refresh, as
Scrapy's middleware takes one to another scheme: the page is read as it is (Scrapy's raised where
it made the request, and the page, often a whole article, was lost as a failed download).
"""
from __future__ import annotations

import codecs
import functools
import importlib
import logging
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh as scrapy_meta_refresh
from w3lib.encoding import http_content_type_encoding, read_bom, to_unicode
from w3lib.html import get_meta_refresh

from newsspider.urls import url_problem

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

HEAD_CHARS = 4096
"""The characters of a page Scrapy looks for a meta refresh in (``scrapy.utils.response.get_meta_refresh``)."""


@functools.lru_cache(maxsize=64)
def bytes_per_character(encoding: str) -> int | None:
    """Bytes every character of ``encoding`` takes at most, and in which a text decoded from a cut
    body is the whole body's text up to its last character: 4 for UTF-8, 1 for a single-byte
    code page (Python's charmap codecs: one byte, one character); None for anything else (a
    stateful or multi-byte encoding, whose cut could decode otherwise)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name == "utf-8":
        return 4
    try:
        module = importlib.import_module(f"encodings.{name.replace('-', '_')}")
    except ImportError:
        return None
    table = getattr(module, "decoding_table", None)
    return 1 if isinstance(table, str) and len(table) == 256 else None


def head_text(body: bytes, encoding: str) -> str | None:
    """``html_to_unicode(f"charset={encoding}", body)[1][:HEAD_CHARS]`` (what ``response.text``
    starts with), decoded from the first bytes of ``body`` alone; None where that is not exact
    (a byte order mark, which chooses the encoding, or an encoding :func:`bytes_per_character` rules out).

    Why exact: UTF-8 and single-byte code pages decode each character from its own bytes, so a
    body cut after ``width * (HEAD_CHARS + 1)`` bytes decodes as the whole body does, but for its
    last character, which may be cut (and replaced); the first ``HEAD_CHARS`` come before it."""
    if read_bom(body)[0] is not None:
        return None
    resolved = http_content_type_encoding(f"charset={encoding}")
    width = None if resolved is None else bytes_per_character(resolved)
    if resolved is None or width is None:
        return None
    return to_unicode(body[:width * (HEAD_CHARS + 1)], resolved)[:HEAD_CHARS]


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's middleware (same settings, same redirects), asked only about pages whose first
    ``HEAD_CHARS`` characters hold a refresh (see the module docstring)."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.ignore_tags: list[str] = settings.getlist("METAREFRESH_IGNORE_TAGS")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        """The response itself when its head has no refresh; else what Scrapy's middleware returns
        (``spider``: the superclass's signature; Scrapy passes none)."""
        if not isinstance(response, HtmlResponse):
            return super().process_response(request, response)
        if not self.head_refreshes(response):
            return response
        try:
            _, url = scrapy_meta_refresh(response, ignore_tags=self.ignore_tags)
        except ValueError as exc:  # w3lib makes the address safe, and raises for a port out of range
            problem: str | None = str(exc)
        else:
            problem = url_problem(url) if url else None
        if problem:
            logger.info("meta refresh of %s ignored: no request can be made to its address (%s)", response.url, problem)
            return response
        return super().process_response(request, response)

    def head_refreshes(self, response: HtmlResponse) -> bool:
        """Whether Scrapy's ``get_meta_refresh(response)`` could give a URL (True when the head cannot
        be decoded on its own): w3lib's function on the same text with the same arguments, but for
        the base URL. Scrapy's is the page's ``<base href>`` joined to its URL (``get_base_url``),
        never empty; whether a refresh is found does not depend on it, and a refresh found is
        joined to it, so that any URL that is not empty (the page's own) gives the same answer
        without reading the head for a ``<base>``. True too where w3lib cannot make the refresh's
        address safe: Scrapy's function raises alike, and ``process_response`` says why."""
        encoding = response.encoding
        head = head_text(response.body, encoding)
        if head is None:
            return True
        try:
            _, url = get_meta_refresh(head, response.url, encoding, ignore_tags=self.ignore_tags)
        except ValueError:
            return True
        return bool(url)
