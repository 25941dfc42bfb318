"""Addresses as pages write them: split and joined without failing on a malformed one, and
compared under their other spellings. Shared by the readers of a page's metadata, headline and
dates, and by the page-type rules, which all resolve the page's links against its URL."""
from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(address: str | None) -> SplitResult:
    """``urlsplit`` that takes what pages write ("http://[not-an-ip]/" included): an unusable
    address is an empty one."""
    try:
        parts = urlsplit(address or "")
        parts.hostname  # noqa: B018  (parses the host: the place a malformed address fails)
        return parts
    except ValueError:
        return urlsplit("")


def join_url(base: str | None, address: str) -> str:
    """``urljoin`` that takes what pages write: an address it cannot join is kept as written."""
    try:
        return urljoin(base or "", address)
    except ValueError:
        return address


def address_key(address: str) -> str:
    """An address without its scheme, query and trailing slash: the page under its other spellings."""
    parts = split_url(address)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"
