"""Date normalisation: every time in the JSONL record is ISO 8601 with a UTC offset."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_iso8601(value: object) -> str | None:
    """Parse an ISO 8601, RFC 2822 or date-only string (or a datetime) into ISO 8601 with offset.

    Naive times are taken as UTC (the common CMS behaviour); a date alone becomes midnight UTC.
    Unparseable values give None rather than a guess.
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        parsed = _parse(value.strip())
        if parsed is None:
            return None
    else:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if not 1970 <= parsed.year <= 2200:
        return None
    return parsed.isoformat()


def _parse(text: str) -> datetime | None:
    if _DATE_ONLY.match(text):
        text += "T00:00:00"
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)  # +0300 -> +03:00
    try:
        return datetime.fromisoformat(candidate.replace(" ", "T", 1) if "T" not in candidate else candidate)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def utc_now_iso() -> str:
    """The current time, ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def is_too_old(published: str | None, max_age_days: float, now: datetime | None = None) -> bool:
    """True when ``published`` (ISO 8601) lies more than ``max_age_days`` back; 0 means no limit,
    and an unknown date is never too old (the page itself may tell)."""
    if not max_age_days or not published:
        return False
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (now or datetime.now(timezone.utc)) - moment > timedelta(days=max_age_days)
