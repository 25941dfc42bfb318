"""Which records of which WARC files a WARC input reads: the files, hosts, a fetch-date range, a limit.

Kept apart from the reader so that checking ``-a warc=`` arguments needs no WARC library.
"""
from __future__ import annotations

import glob
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from newsspider.dates import parse_timestamp


@dataclass(frozen=True)
class Selection:
    """Which responses of the files are read: hosts, a fetch-date range, a number of pages."""

    domains: frozenset[str] = field(default_factory=frozenset)
    """Hosts kept (a domain keeps its subdomains); empty = all."""
    since: datetime | None = None
    """Fetched at or after this moment."""
    until: datetime | None = None
    """Fetched before this moment."""
    limit: int = 0
    """At most this many pages (0 = no limit)."""

    @classmethod
    def from_arguments(cls, domains: str | None = None, since: str | None = None, until: str | None = None,
                       limit: str | int | None = None) -> Selection:
        """The selection of ``-a domains=a.com,b.org -a since=2024-07-01 -a until=2024-07-31 -a limit=N``
        (dates in ISO 8601, UTC unless they say otherwise; ``until`` a date alone includes that day).
        Raises ValueError with a message fit for the user."""
        names = frozenset(part.strip().lower().removeprefix("www.").rstrip(".")
                          for part in (domains or "").split(",") if part.strip())
        try:
            count = int(limit or 0)
        except ValueError:
            raise ValueError(f"limit must be a whole number, not {limit!r}") from None
        if count < 0:
            raise ValueError(f"limit must be 0 (no limit) or more, not {count}")
        start, end = _moment(since, "since", end_of_day=False), _moment(until, "until", end_of_day=True)
        if start and end and start >= end:
            raise ValueError(f"since ({since}) must come before until ({until})")
        return cls(names, start, end, count)

    def wants_host(self, host: str) -> bool:
        """Whether a response of ``host`` is selected."""
        if not self.domains:
            return True
        host = host.lower().rstrip(".")
        return any(host == domain or host.endswith("." + domain) for domain in self.domains)

    def wants_date(self, moment: datetime) -> bool:
        """Whether a response fetched at ``moment`` is selected."""
        return (self.since is None or moment >= self.since) and (self.until is None or moment < self.until)


def _moment(text: str | None, name: str, *, end_of_day: bool) -> datetime | None:
    if not text:
        return None
    stamp = parse_timestamp(text)
    if stamp is None:
        raise ValueError(f"{name} must be an ISO 8601 date or time (2024-07-31, 2024-07-31T12:00Z), not {text!r}")
    moment = stamp.aware
    if end_of_day and not stamp.has_time:
        moment += timedelta(days=1)
    return moment


def archive_paths(spec: str) -> list[Path]:
    """The files ``spec`` names: comma-separated files, globs (``crawl/*.warc.gz``) and
    directories (their ``*.warc.gz`` and ``*.warc``), in order. Raises ValueError when a part
    names nothing."""
    paths: list[Path] = []
    for part in (piece.strip() for piece in spec.split(",")):
        if not part:
            continue
        part = str(Path(part).expanduser())
        if Path(part).is_dir():
            found = sorted(p for pattern in ("*.warc.gz", "*.warc") for p in Path(part).glob(pattern))
        elif glob.has_magic(part):
            found = sorted(Path(p) for p in glob.glob(part) if Path(p).is_file())
        else:
            found = [Path(part)] if Path(part).is_file() else []
        if not found:
            raise ValueError(f"no WARC file at {part}")
        paths += [path for path in found if path not in paths]
    if not paths:
        raise ValueError("no WARC file named")
    return paths
