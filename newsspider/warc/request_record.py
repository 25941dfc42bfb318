"""What newsspider records beside each archived response: the callback and arguments its request had.

A response in a WARC file says what was fetched, not why. The crawl fetched it for one of the
spider's callbacks (an article page, a feed, a listing page), with the source it belongs to and
what discovery knew about the article (its feed title, date, language). A re-extraction needs
that to give the same records, so ``NEWSSPIDER_WARC_OUTPUT`` writes it as a ``metadata`` record
concurrent to the response: JSON ``{"callback": name, "cb_kwargs": {...}}`` of this content type.
"""
from __future__ import annotations

import json
from typing import Any

CONTENT_TYPE = "application/vnd.newsspider.request+json"
"""Content-Type of the metadata record (anything else in a ``metadata`` record is not ours)."""
MAX_BYTES = 1 << 20
"""A larger record is not one newsspider wrote."""


def encode(callback: str | None, cb_kwargs: dict[str, Any]) -> bytes:
    """The JSON body of the metadata record."""
    return json.dumps({"callback": callback, "cb_kwargs": cb_kwargs}, ensure_ascii=False, sort_keys=True,
                      default=str).encode("utf-8")


def decode(body: bytes) -> dict[str, Any] | None:
    """``{"callback": ..., "cb_kwargs": {...}}``, or None when ``body`` is not such a record."""
    if len(body) > MAX_BYTES:
        return None
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("cb_kwargs"), dict):
        return None
    callback = value.get("callback")
    return {"callback": callback if isinstance(callback, str) else None, "cb_kwargs": value["cb_kwargs"]}
