"""How long a server asked us to wait before asking again (``Retry-After``, RFC 9110 section 10.2.3).

Scrapy's ``RetryMiddleware`` retries a 503 or 429 at once whatever the server said, so a feed
down for maintenance, or a site limiting its rate, would be asked twice more within a second and
then counted as its source's error. Plain logic; the middleware is ``middlewares/retry_after.py``.
"""
from __future__ import annotations

import math
from datetime import datetime

from newsspider.dates import http_date

RETRY_AFTER_STATUSES = frozenset({429, 503})
"""The statuses whose ``Retry-After`` says when to ask again (Too Many Requests, Service Unavailable)."""
RETRY_AFTER_MAX_SECONDS = 60.0
"""The longest wait a run grants one request: a cron run every 15 minutes should not spend its
time waiting on one site; a server asking for longer is asked again by the next run."""
OVER_THE_CAP = math.inf
"""``wait_before_retry``'s answer for a wait longer than the cap: not asked again this run."""


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """The seconds ``value`` asks for: delay-seconds (whole, not negative) or an HTTP date (a past
    one is 0). None when absent or unreadable."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return float(text)  # not via int(): 400 digits overflow a float, 4,300 exceed int()'s limit
    when = http_date(text)
    return None if when is None else max(0.0, (when - now).total_seconds())


def wait_before_retry(status: int, value: str | None, now: datetime,
                      cap: float = RETRY_AFTER_MAX_SECONDS) -> float | None:
    """How long to wait before retrying a response of ``status`` whose ``Retry-After`` is
    ``value``: None when the usual retries apply (another status, no usable header, no wait),
    ``OVER_THE_CAP`` when the server asks for more than ``cap``."""
    if status not in RETRY_AFTER_STATUSES:
        return None
    seconds = retry_after_seconds(value, now)
    if not seconds:
        return None
    return seconds if seconds <= cap else OVER_THE_CAP
