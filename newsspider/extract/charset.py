"""A fetched page's bytes as text, with a wrong charset label caught.

The crawl reads a page's charset as Scrapy does (``TextResponse.encoding``: the HTTP header, a
BOM, the page's ``<meta charset>``, else the bytes' statistics) and decodes it here, in the worker
that extracts it: decoding in the crawl process, then pickling the text to the worker (which
encodes it to UTF-8 and back), cost that process ~0.4 ms per page of its CPU, the crawl's
narrowest resource; the bytes pickle as they are.
"""
from __future__ import annotations

import codecs
import logging

from w3lib.encoding import html_to_unicode


def decode_html(body: bytes, encoding: str) -> tuple[str, str | None]:
    """``body`` as text, and the charset it was read with instead of ``encoding`` when that label
    is wrong (None when it is right).

    The label is wrong when the text fills with U+FFFD (a windows-1256 page served as utf-8): the
    page's own ``<meta charset>``, BOM or byte statistics are used instead. A page labelled with
    a legacy charset whose bytes are valid UTF-8 with multi-byte sequences in them is UTF-8 (a
    server or template default left at ISO-8859-1): legacy text is practically never valid UTF-8,
    and read as Windows-1252 it turns every "für" into "fÃ¼r"."""
    if _mislabelled_utf8(body, encoding):
        return body.decode("utf-8"), "utf-8"
    text = html_to_unicode(f"charset={encoding}", body)[1]  # TextResponse.text, given its encoding
    if text.count("\ufffd") > max(10, len(text) // 1000):
        detected, redecoded = html_to_unicode(None, body)
        if redecoded.count("\ufffd") < text.count("\ufffd"):
            return redecoded, detected
    return text, None


def log_wrong_label(logger: logging.Logger, url: str, label: str, decoded_as: str | None) -> None:
    """Say that a page's charset label was wrong (``decode_html`` read it ``decoded_as``), if it was."""
    if decoded_as:
        logger.info("charset label %r is wrong for %s; decoded as %s", label, url, decoded_as)


def _mislabelled_utf8(body: bytes, encoding: str) -> bool:
    """``encoding`` is another charset than UTF-8, and ``body`` is UTF-8 that is not plain ASCII."""
    try:
        if codecs.lookup(encoding).name in ("utf-8", "ascii") or body.isascii():
            return False
        body.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return False
    return True
