"""Load and validate the sources file (TOML, one ``[[source]]`` table per news site).

The file is a public contract written by people and other tools, so every mistake stops the
run before any request, with a message naming the file, the source and the key.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ALLOWED_KEYS = frozenset({"name", "language", "feeds", "sitemaps", "pages"})
URL_LIST_KEYS = ("feeds", "sitemaps", "pages")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


class SourcesError(ValueError):
    """The sources file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Source:
    """One news site: where to discover its articles, and an optional language hint."""

    name: str
    language: str | None = None
    feeds: tuple[str, ...] = field(default_factory=tuple)
    sitemaps: tuple[str, ...] = field(default_factory=tuple)
    pages: tuple[str, ...] = field(default_factory=tuple)


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate ``path``; raise :class:`SourcesError` on any problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourcesError(
            f"{path}: sources file not found (pass -a sources=PATH or create sources.toml)"
        ) from None
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read sources file: {exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourcesError(f"{path}: malformed TOML: {exc}") from None
    return parse_sources(data, origin=str(path))


def parse_sources(data: dict, origin: str = "<sources>") -> list[Source]:
    """Validate already-parsed TOML data (the ``[[source]]`` array)."""
    extra = set(data) - {"source"}
    if extra:
        raise SourcesError(f"{origin}: unknown top-level key {sorted(extra)[0]!r} (expected [[source]] tables)")
    tables = data.get("source")
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{origin}: no [[source]] table found")
    sources: list[Source] = []
    seen: set[str] = set()
    for position, table in enumerate(tables, start=1):
        source = _parse_source(table, origin, position)
        if source.name in seen:
            raise SourcesError(f"{origin}: source {source.name!r}: key 'name': duplicate name")
        seen.add(source.name)
        sources.append(source)
    return sources


def _parse_source(table: object, origin: str, position: int) -> Source:
    where = f"{origin}: source #{position}"
    if not isinstance(table, dict):
        raise SourcesError(f"{where}: must be a table")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where}: key 'name': missing or not a non-empty string")
    where = f"{origin}: source {name!r}"
    unknown = sorted(set(table) - ALLOWED_KEYS)
    if unknown:
        raise SourcesError(f"{where}: key {unknown[0]!r}: unknown key (allowed: {', '.join(sorted(ALLOWED_KEYS))})")
    language = table.get("language")
    if language is not None:
        if not isinstance(language, str) or not _LANGUAGE.match(language.lower()):
            raise SourcesError(f"{where}: key 'language': expected an ISO 639-1 code such as 'ar'")
        language = language.lower()
    urls = {key: _url_list(table.get(key, []), where, key) for key in URL_LIST_KEYS}
    if not any(urls.values()):
        raise SourcesError(f"{where}: needs at least one of 'feeds', 'sitemaps' or 'pages'")
    return Source(name=name, language=language, **urls)


def _url_list(value: object, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise SourcesError(f"{where}: key {key!r}: expected a list of URLs")
    for url in value:
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise SourcesError(f"{where}: key {key!r}: not an http(s) URL: {url!r}")
    return tuple(value)
