"""Date normalisation: every time in the JSONL record is ISO 8601 with a UTC offset."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

MAX_ZONE_OFFSET = timedelta(hours=14)  # the widest offsets in use: -12:00 and +14:00

# W3C datetime profile of ISO 8601 (what sitemaps and most CMS meta tags use): year, optionally
# month, day, time with seconds and fraction, and a zone; a space may stand for the "T".
_W3C_DATETIME = re.compile(
    r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
    r"(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?)?"
    r"\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)


def to_iso8601(value: object, *, timespec: str = "auto") -> str | None:
    """Parse an ISO 8601 / W3C datetime (reduced precision too: ``2024-01``), an RFC 2822 date, or
    a datetime into ISO 8601 with offset.

    Naive times are taken as UTC (the common CMS behaviour); a date alone becomes midnight UTC.
    Unparseable or implausible values give None rather than a guess. ``timespec`` as in
    :meth:`datetime.isoformat` (sitemaps use ``"seconds"``).
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        parsed = parse_datetime(value.strip())
        if parsed is None:
            return None
    else:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    if not 1970 <= parsed.year <= 2200 or not _plausible_offset(parsed.utcoffset()):
        return None
    return parsed.isoformat(timespec=timespec)


def parse_datetime(text: str) -> datetime | None:
    """W3C datetime, then any other ISO 8601 form, then RFC 2822; None when none fits."""
    match = _W3C_DATETIME.fullmatch(text)
    try:
        if match:
            return _from_w3c(match)
    except (ValueError, OverflowError):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _from_w3c(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    return datetime(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0),
        int((fraction or "0")[:6].ljust(6, "0")), tzinfo=_zone(zone),
    )


def _zone(zone: str | None) -> timezone:
    if not zone or zone.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    if int(digits[2:4] or 0) >= 60:
        raise ValueError(f"zone offset minutes out of range: {zone}")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _plausible_offset(offset: timedelta | None) -> bool:
    """Zone offsets in use run from -12:00 to +14:00; "+3000" or "+1500" is a broken value."""
    return offset is None or abs(offset) <= MAX_ZONE_OFFSET


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
