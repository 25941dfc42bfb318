"""Load and validate the sources file (TOML, one ``[[source]]`` table per news site).

The file is a public contract written by people and other tools, so every mistake is found before
any request, with a message that names the file, the line, the source and the key, and says what
was probably meant. A file that cannot be read as a whole (not found, not TOML, no ``[[source]]``
table) or with no usable source stops the run; a mistake in one source sets that source aside
(``load_source_file``): a typo in one site of fifty does not stop the crawl of the other 49.
"""
from __future__ import annotations

import difflib
import logging
import math
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeGuard

from cssselect import GenericTranslator, SelectorError

from newsspider.langcodes import normalize_language
from newsspider.urls import NOT_HTTP, url_problem

log = logging.getLogger(__name__)

URL_LIST_KEYS = ("feeds", "sitemaps", "pages", "home")
MAX_LISTING_DEPTH = 3
"""Listing pages are followed at most this many hops: deeper pages are archives, not news."""
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
NAME_SEPARATOR = "/"
"""What separates the parts of a stats key (``newsspider/source/<name>/<counter>``): never in a name."""
LINE_BREAKING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
"""Unicode categories a name may not contain: control characters (a newline, a tab, NUL, NEL) and
line and paragraph separators, which break the one-line summary and the log lines naming the source."""
_SOURCE_HEADER = re.compile(r"^\s*\[\[\s*source\s*\]\]")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


class SourcesError(ValueError):
    """The sources file, or one source of it, cannot be used; the message says where and why."""

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message)
        self.where = where  # ``file:line`` of a mistake in one source (None: the file as a whole)


@dataclass(frozen=True)
class RejectedSource:
    """A ``[[source]]`` table set aside for a mistake: the crawl runs without it."""

    name: str      # its name, ``name (#4)`` for a second source of a name, ``source #3`` without one
    where: str     # ``file:line`` of the mistake
    message: str   # the whole message, ``file:line: source 'x': key 'feeds': ...``

    @property
    def reason(self) -> str:
        """The message without its ``file:line: `` (given by ``where``)."""
        return self.message.removeprefix(f"{self.where}: ")

    def error(self) -> SourcesError:
        """The mistake as the strict loaders raise it."""
        return SourcesError(self.message, self.where)


@dataclass(frozen=True)
class SourceFile:
    """A sources file's usable sources, and the ones set aside with why."""

    sources: list[Source]
    rejected: list[RejectedSource]
    names: list[str]  # every source's name (the set-aside ones' labels too), in the file's order

    def strict(self) -> list[Source]:
        """The sources, when none was set aside; else the first mistake raised."""
        if self.rejected:
            raise self.rejected[0].error()
        return self.sources


@dataclass(frozen=True)
class Source:
    """One news site: where to discover its articles and how to treat them.

    ``None`` in an option means "the crawl's setting applies" (see the README's sources-file
    section for every key and its default).
    """

    name: str
    language: str | None = None
    """ISO 639-1 hint for the site's articles (a region subtag such as ``pt-BR`` is dropped)."""
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    home: tuple[str, ...] = ()
    """Home pages: the site's feeds and news sitemaps are found from them."""
    include: tuple[str, ...] = ()
    """Regular expressions: when given, only article URLs matching one of them are followed."""
    exclude: tuple[str, ...] = ()
    """Regular expressions: article URLs matching one of them are never followed."""
    boilerplate: tuple[str, ...] = ()
    """Extra lines removed from this site's article bodies (a whole line, case-insensitive)."""
    delay: float | None = None
    """Seconds between requests to this site (DOWNLOAD_DELAY for its requests)."""
    concurrency: int | None = None
    """Requests in flight to this site at once."""
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Extra HTTP request headers for every request of this source."""
    max_articles: int | None = None
    """Articles per run from this source (0 = no limit)."""
    max_age_days: float | None = None
    """Skip this source's articles published longer ago (0 = no limit)."""
    depth: int = 1
    """Listing pages: hops followed from the listed pages through further listing pages."""
    body: str | None = None
    """CSS selector of the article body: extraction reads only what it matches."""
    prune: tuple[str, ...] = ()
    """CSS selectors of elements removed from the page before extraction."""

    @property
    def discovery_urls(self) -> tuple[str, ...]:
        """The feeds, sitemaps, listing and home pages the source names (``URL_LIST_KEYS``)."""
        return tuple(url for key in URL_LIST_KEYS for url in getattr(self, key))

    def matches(self, url: str) -> bool:
        """Whether an article URL passes the source's include/exclude patterns."""
        if self.include and not any(re.search(pattern, url) for pattern in self.include):
            return False
        return not any(re.search(pattern, url) for pattern in self.exclude)


ALLOWED_KEYS = frozenset(f.name for f in fields(Source))


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate ``path``; raise :class:`SourcesError` on any problem (the first one)."""
    return load_source_file(path).strict()


def load_source_file(path: str | Path) -> SourceFile:
    """Read and validate ``path``: its usable sources, and those set aside for a mistake; raise
    :class:`SourcesError` when the file cannot be used as a whole, or no source of it can."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourcesError(
            f"{path}: sources file not found (pass -a sources=PATH or create sources.toml)"
        ) from None
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read sources file: {exc}") from None
    try:  # a byte order mark, as Windows editors write, is not part of the document
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: malformed TOML: not UTF-8 (byte {exc.start})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(_toml_error(path, exc)) from None
    return parse_source_file(data, origin=str(path), text=text)


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> str:
    """``file:line:column: malformed TOML: reason`` (tomllib puts the position in its message)."""
    message = str(exc)
    position = _TOML_POSITION.search(message)
    if position is None:
        return f"{path}: malformed TOML: {message}"
    line, column = position.groups()
    return f"{path}:{line}:{column}: malformed TOML: {message[:position.start()]}"


def parse_sources(data: dict, origin: str = "<sources>", text: str | None = None) -> list[Source]:
    """Validate already-parsed TOML data (the ``[[source]]`` array); ``text``, when given, is the
    file's text, used to put line numbers in error messages. Any mistake raises ``SourcesError``."""
    return parse_source_file(data, origin, text).strict()


def parse_source_file(data: dict, origin: str = "<sources>", text: str | None = None) -> SourceFile:
    """``parse_sources``, setting aside each source with a mistake; ``SourcesError`` when the data
    has no ``[[source]]`` array or no usable source."""
    lines = _Lines(origin, text)
    extra = sorted(set(data) - {"source"})
    if extra:
        hint = _did_you_mean(extra[0], ["source"])
        raise SourcesError(f"{origin}: unknown top-level key {extra[0]!r} (expected [[source]] tables){hint}")
    tables = data.get("source")
    if isinstance(tables, dict):
        raise SourcesError(f"{origin}: [source] is a single table: write [[source]] (double brackets) "
                           "before each site, an array of tables")
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{origin}: no [[source]] table found")
    sources: list[Source] = []
    rejected: list[RejectedSource] = []
    order: list[str] = []
    seen: dict[str, int] = {}
    for position, table in enumerate(tables, start=1):
        name = table.get("name") if isinstance(table, dict) else None
        label = name if _usable_name(name) else f"source #{position}"
        try:
            source = _parse_source(table, lines, position)
            if source.name in seen:
                where = lines.at(position, "name")
                raise SourcesError(f"{where}: source {source.name!r}: key 'name': duplicate name "
                                   f"(source #{seen[source.name]} has it too)", where)
        except SourcesError as exc:
            if label in order:  # a second source of the name: its own label
                label = f"{label} (#{position})"
            elif _usable_name(name):  # one name, one source: a later one is a duplicate
                seen.setdefault(name, position)
            rejected.append(RejectedSource(label, exc.where or lines.at(position), str(exc)))
            order.append(label)
            continue
        seen[source.name] = position
        sources.append(source)
        order.append(source.name)
    if not sources:  # nothing to crawl: the file's first mistake stops the run
        raise rejected[0].error()
    _warn_shared_urls(sources, origin)
    return SourceFile(sources, rejected, order)


class _Lines:
    """Where each source and key stands in the file, for messages like ``sources.toml:12``."""

    def __init__(self, origin: str, text: str | None) -> None:
        self.origin = origin
        self.text_lines = text.splitlines() if text else []
        self.headers = [i for i, line in enumerate(self.text_lines) if _SOURCE_HEADER.match(line)]

    def at(self, position: int, key: str | None = None) -> str:
        if position > len(self.headers):
            return self.origin
        start = self.headers[position - 1]
        end = self.headers[position] if position < len(self.headers) else len(self.text_lines)
        if key is not None:
            pattern = re.compile(rf'^\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*[=.]')
            for i in range(start + 1, end):
                if pattern.match(self.text_lines[i]):
                    return f"{self.origin}:{i + 1}"
        return f"{self.origin}:{start + 1}"


def _parse_source(table: object, lines: _Lines, position: int) -> Source:
    where = f"{lines.at(position)}: source #{position}"
    if not isinstance(table, dict):
        raise SourcesError(f"{where}: must be a table", lines.at(position))
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where}: key 'name': missing or not a non-empty string", lines.at(position))

    def error(key: str, message: str) -> SourcesError:
        return SourcesError(f"{lines.at(position, key)}: source {name!r}: key {key!r}: {message}",
                            lines.at(position, key))

    if problem := name_problem(name):  # its repr in the message: one line, the characters escaped
        raise error("name", problem)

    unknown = sorted(set(table) - ALLOWED_KEYS)
    if unknown:
        raise error(unknown[0], f"unknown key{_did_you_mean(unknown[0], ALLOWED_KEYS)} "
                                f"(allowed: {', '.join(sorted(ALLOWED_KEYS))})")
    options: dict[str, Any] = {"name": name}
    for key in URL_LIST_KEYS:
        options[key] = _url_list(table.get(key, []), key, error)
    if not any(options[key] for key in URL_LIST_KEYS):
        raise SourcesError(f"{lines.at(position)}: source {name!r}: needs at least one of "
                           "'feeds', 'sitemaps', 'pages' or 'home'", lines.at(position))
    for key, parse in _OPTION_PARSERS.items():
        if key in table:
            options[key] = parse(table[key], key, error)
    return Source(**options)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a source (None when it can): it is one line of text, shown in the
    summary line, and a part of stats keys. Any script, spaces and other punctuation are fine."""
    for char in name:
        if char == NAME_SEPARATOR:
            return f"contains {NAME_SEPARATOR!r}, which separates the parts of its stats keys " \
                   "(newsspider/source/<name>/...)"
        if unicodedata.category(char) in LINE_BREAKING_CATEGORIES:
            what = unicodedata.name(char, "a control character")
            return f"contains U+{ord(char):04X} ({what}): a name is one line of text without control characters"
    return None


def _usable_name(name: object) -> TypeGuard[str]:
    """Whether ``name`` can label a source in messages: a non-empty string without a :func:`name_problem`."""
    return isinstance(name, str) and bool(name.strip()) and name_problem(name) is None


def _did_you_mean(key: str, choices) -> str:
    close = difflib.get_close_matches(key, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _url_list(value: object, key: str, error) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise error(key, "expected a list of URLs, e.g. [\"https://example.org/rss.xml\"]")
    for url in value:
        problem = url_problem(url) if isinstance(url, str) else NOT_HTTP
        if problem:
            why = "" if problem == NOT_HTTP else f" ({problem})"
            raise error(key, f"not an http(s) URL: {url!r}{why}")
    return tuple(value)


def _language(value: object, key: str, error) -> str:
    code = normalize_language(value) if isinstance(value, str) and _LANGUAGE_TAG.match(value) else None
    if code is None or len(code) != 2:
        raise error(key, f"expected a language tag such as 'ar' or 'pt-BR', got {value!r}")
    return code


def _patterns(value: object, key: str, error) -> tuple[str, ...]:
    items = _strings(value, key, error)
    for pattern in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise error(key, f"not a regular expression: {pattern!r} ({exc})") from None
    return items


def _selector(value: object, key: str, error) -> str:
    if not isinstance(value, str) or not value.strip():
        raise error(key, 'expected a CSS selector string, e.g. "article .body"')
    try:
        GenericTranslator().css_to_xpath(value)
    except SelectorError as exc:
        raise error(key, f"not a CSS selector: {value!r} ({exc})") from None
    return value


def _selectors(value: object, key: str, error) -> tuple[str, ...]:
    return tuple(_selector(item, key, error) for item in _strings(value, key, error))


def _strings(value: object, key: str, error) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise error(key, "expected a list of non-empty strings")
    return tuple(value)


def _number(minimum: float, integer: bool):
    kind = "a whole number" if integer else "a number"

    def parse(value: object, key: str, error) -> float | int:
        if (isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int))
                or not math.isfinite(value) or value < minimum):
            raise error(key, f"expected {kind} >= {minimum:g}, got {value!r}")
        return value
    return parse


def _depth(value: object, key: str, error) -> int:
    depth = _number(1, integer=True)(value, key, error)
    if depth > MAX_LISTING_DEPTH:
        raise error(key, f"at most {MAX_LISTING_DEPTH} (deeper listing pages are archives), got {depth}")
    return int(depth)


def _headers(value: object, key: str, error) -> Mapping[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise error(key, 'expected a table of strings, e.g. headers = { Accept-Language = "de" }')
    for name in value:
        if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
            raise error(key, f"not an HTTP header name: {name!r}")
    return MappingProxyType(dict(value))


_OPTION_PARSERS = {
    "language": _language,
    "include": _patterns,
    "exclude": _patterns,
    "boilerplate": _strings,
    "delay": _number(0, integer=False),
    "concurrency": _number(1, integer=True),
    "headers": _headers,
    "max_articles": _number(0, integer=True),
    "max_age_days": _number(0, integer=False),
    "depth": _depth,
    "body": _selector,
    "prune": _selectors,
}


def _warn_shared_urls(sources: list[Source], origin: str) -> None:
    """A URL listed by two sources is fetched once, for the first: say so instead of giving the
    second nothing in silence."""
    owners: dict[str, list[str]] = defaultdict(list)
    for source in sources:
        for url in source.discovery_urls:
            owners[url].append(source.name)
    for url, names in owners.items():
        if len(set(names)) > 1:
            log.warning("%s: %s is listed by sources %s: it is fetched once, for %r only",
                        origin, url, ", ".join(repr(n) for n in dict.fromkeys(names)), names[0])
