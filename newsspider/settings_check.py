"""Every ``NEWSSPIDER_*`` setting, and the kind of every Scrapy setting, checked before a run starts.

A typo in a setting's name or a value of the wrong kind must stop a cron run at once, with one
line naming the setting (exit status 2), not a traceback from deep inside the crawl or, worse, a
run that quietly does something else. The kind of each setting follows from its default in
``newsspider/settings.py`` (a bool, a whole number, a number, a string), and the story thresholds'
from ``StoryConfig``; a few settings have a narrower domain, declared here or by the module that
uses the value. A Scrapy setting's kind follows from its default in Scrapy's
``scrapy.settings.default_settings`` (``CLOSESPIDER_TIMEOUT=abc`` was a traceback and status 1;
``FEED_EXPORT_ENCODING=no-such-codec`` a run that wrote no article and exited 0).
"""
from __future__ import annotations

import difflib
import logging
from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

import scrapy.settings.default_settings as scrapy_defaults
from scrapy.settings import SETTINGS_PRIORITIES

import newsspider.settings as project_defaults
from newsspider.extract.options import SECOND_PASS_MODES
from newsspider.output import (
    NAMED_TWICE,
    is_stream,
    local_feed_files,
    outputs_naming_one_file,
    through_link,
    written_feeds,
)
from newsspider.side_files import REPLACED_AT_THE_END, side_file_of
from newsspider.stories.config import StoryConfig
from newsspider.stories.embed import backend_setting

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

PREFIX = "NEWSSPIDER_"
STORIES_PREFIX = "NEWSSPIDER_STORIES_"
CHOICES: dict[str, tuple[str, ...]] = {
    "NEWSSPIDER_EXTRACT_SECOND_PASS": SECOND_PASS_MODES,
}
"""Settings that take one of a few words, as the module using them declares."""
FRACTIONS = frozenset({"NEWSSPIDER_BOILERPLATE_MIN_SHARE", "NEWSSPIDER_LANGUAGE_MIN_CONFIDENCE"})
"""Shares and confidences: from 0 to 1."""
POSITIVE = frozenset({"NEWSSPIDER_STORIES_WINDOW_DAYS", "NEWSSPIDER_REDIS_HEARTBEAT", "NEWSSPIDER_REDIS_TIMEOUT",
                      "NEWSSPIDER_WARC_MAX_PENDING"})
"""Settings that must be above 0 (every other number may be 0, often meaning "no limit")."""
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
"""The levels ``LOG_LEVEL`` is told to take (``logging`` also knows a few other spellings: WARN, FATAL, NOTSET)."""
ENCODING_SETTINGS = ("FEED_EXPORT_ENCODING",)
"""Settings naming a text encoding (None: Scrapy's choice)."""
JSON_FORMATS = frozenset({"json", "jsonlines", "jsonl", "jl"})
"""Feed formats Scrapy writes record by record, each encoded alone (a byte order mark with each)."""
JSON_CHARACTERS = "".join(map(chr, range(0x20, 0x7F))) + "\n"
"""Every character a JSON feed in an encoding other than UTF-8 is written with (``\\u`` escapes for
the others): ``utf-7`` writes ``+`` as ``+-``, ``hz`` writes ``~`` as ``~~``."""
SCRAPY_KINDS: dict[str, type] = {
    "DNS_TIMEOUT": float, "DOWNLOAD_DELAY": float, "DOWNLOAD_TIMEOUT": float,  # seconds: a fraction is taken
    "TELNETCONSOLE_ENABLED": bool,  # its default is 1
}
"""Scrapy's settings whose whole-number default does not tell how Scrapy reads them; every other
whole-number default is read as a whole number (``CONCURRENT_REQUESTS=1.5`` passed a check as a
number, then Scrapy could not start the crawl)."""


class SettingsError(ValueError):
    """A setting has a value the crawl cannot use; the message names it (``setting``, when one of Scrapy's)."""

    def __init__(self, message: str, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


def without_bad_scrapy_settings(settings: BaseSettings) -> SettingsError | None:
    """The first error ``check_settings`` finds; a Scrapy setting it names is set back to Scrapy's
    default (and the check run again), since Scrapy reads some of them (``LOG_LEVEL``,
    ``LOG_ENABLED``) to start its logging before the run can stop with this error."""
    first, reset = None, set()
    while True:
        try:
            check_settings(settings)
            return first
        except SettingsError as exc:
            first = first or exc
            if exc.setting is None or exc.setting in reset:
                return first
            reset.add(exc.setting)
            settings.set(exc.setting, getattr(scrapy_defaults, exc.setting), priority="cmdline")


def known_settings() -> dict[str, Any]:
    """Every project setting and its default: ``settings.py``'s and one per ``StoryConfig`` field."""
    known = {name: value for name, value in vars(project_defaults).items() if name.startswith(PREFIX)}
    for field in fields(StoryConfig):
        known.setdefault(STORIES_PREFIX + field.name.upper(), field.default)
    return known


def check_settings(settings: BaseSettings) -> None:
    """Raise ``SettingsError`` for the first unknown ``NEWSSPIDER_*`` name or unusable value."""
    known = known_settings()
    for name in sorted(settings):
        if name.startswith(PREFIX) and name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise SettingsError(f"{name} is not a newsspider setting{hint}")
    for name, default in known.items():
        if settings.get(name) is None:
            continue
        _check_value(settings, name, default)
    _check_backend(settings.get("NEWSSPIDER_STORIES_BACKEND"))
    _check_retention(settings)
    _check_scrapy_settings(settings)
    _check_output_files(settings)


def _check_scrapy_settings(settings: BaseSettings) -> None:
    """Scrapy's settings of a kind its default tells (True or False, a whole number, a number; but
    ``SCRAPY_KINDS``), the log level and the export encoding."""
    readers = {bool: ("True or False", settings.getbool), int: ("a whole number", settings.getint),
               float: ("a number", settings.getfloat)}
    for name in sorted(settings):
        default = getattr(scrapy_defaults, name, None)
        if default is None or (settings.getpriority(name) or 0) <= SETTINGS_PRIORITIES["default"] \
                or settings.get(name) is None:
            continue  # not Scrapy's, or Scrapy's own value (a deprecated name warns when read)
        if not isinstance(default, (bool, int, float)):
            continue
        kind, read = readers[SCRAPY_KINDS.get(name, type(default))]
        try:
            read(name)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}={settings.get(name)!r}: expected {kind}", name) from None
    level = settings.get("LOG_LEVEL")
    if not isinstance(level, int) and level not in logging.getLevelNamesMapping():
        raise SettingsError(f"LOG_LEVEL={level!r}: expected one of {', '.join(LOG_LEVELS)}", "LOG_LEVEL")
    for name in ENCODING_SETTINGS:
        _check_encoding(name, settings.get(name), name)
    for uri, options in settings.getdict("FEEDS").items():  # a FEEDS that is no JSON object Scrapy refuses itself
        if isinstance(options, Mapping):
            _check_encoding(f"FEEDS[{uri!r}]['encoding']", options.get("encoding"), "FEEDS")
            if options.get("format") in JSON_FORMATS:
                _check_json_encoding(settings, uri, options)


def _check_output_files(settings: BaseSettings) -> None:
    """No two feeds name one file (``-o out.jsonl -o ./out.jsonl``, a symbolic link to it, ``-O`` and
    ``-o`` on it in ``FEEDS``): each feed writes every article, so an appended file held each one
    twice, from a run that exited 0. Nor does a feed name a file the run writes beside another
    (``newsspider.side_files``: replaced by it at the run's end, after the articles were written to
    it); the standard output feed (``-o -``) counts when it is a file (``> out.stories.jsonl``),
    though nothing goes beside it. ``FEEDS`` stays as given (no ``setting`` named): the refusal's
    report goes beside the file."""
    if (root := next((uri for uri, path in written_feeds(settings) if not path.name), None)) is not None:
        raise SettingsError(f"output {root!r} names a directory, not a file")
    if (pair := outputs_naming_one_file(settings)) is not None:
        raise SettingsError(f"outputs {pair[0]!r} and {pair[1]!r} are {NAMED_TWICE}")
    files = [(uri, path) for uri, path in written_feeds(settings) if not is_stream(path)]  # a pipe keeps what it took
    for uri, path in local_feed_files(settings):
        written = through_link(path.absolute())
        for other, local in files:
            if other != uri and (side := side_file_of(settings, written, local)):
                raise SettingsError(f"output {other!r} is the {side} of output {uri!r}, {REPLACED_AT_THE_END}")


def _check_json_encoding(settings: BaseSettings, uri: str, options: Mapping[str, Any]) -> None:
    """A JSON feed's encoding writes ASCII as ASCII and no byte order mark: Scrapy encodes each
    record alone, so ``utf-8-sig`` or ``utf-16`` began every line with a mark, and ``utf-16``,
    ``utf-32`` or EBCDIC wrote newlines no JSON lines reader (nor a run's recovery) finds: a file
    ``jq`` and pandas refuse, from a run that exited 0."""
    own = options.get("encoding")
    encoding = own or settings.get("FEED_EXPORT_ENCODING")
    if encoding is None:  # Scrapy's choice: ASCII with \u escapes
        return
    if JSON_CHARACTERS.encode(encoding) != JSON_CHARACTERS.encode("ascii"):
        where, setting = (f"FEEDS[{uri!r}]['encoding']", "FEEDS") if own else ("FEED_EXPORT_ENCODING",) * 2
        raise SettingsError(f"{where}={encoding!r}: a JSON feed needs an encoding that writes ASCII as ASCII, with "
                            "no byte order mark (utf-8, latin-1, ...)", setting)


def _check_encoding(where: str, encoding: Any, setting: str) -> None:
    """An export encoding (None: Scrapy's choice): every article of a feed whose encoding names no
    text codec (``base64``, ``rot13`` are codecs of bytes or of text to text) fails to be written."""
    if encoding is None:
        return
    try:
        "".encode(encoding)
    except (LookupError, TypeError):
        raise SettingsError(f"{where}={encoding!r}: unknown encoding", setting) from None


def _check_value(settings: BaseSettings, name: str, default: Any) -> None:
    raw = settings.get(name)
    try:
        if isinstance(default, bool):
            settings.getbool(name)
            return
        if isinstance(default, int):
            value: float = settings.getint(name)
        elif isinstance(default, float):
            value = settings.getfloat(name)
        else:
            value = 0
            if name in CHOICES and str(raw) not in CHOICES[name]:
                raise SettingsError(f"{name}={raw!r}: expected one of {', '.join(CHOICES[name])}")
            return
    except (TypeError, ValueError) as exc:
        if isinstance(exc, SettingsError):
            raise
        kind = "True or False" if isinstance(default, bool) else \
            "a whole number" if isinstance(default, int) else "a number"
        raise SettingsError(f"{name}={raw!r}: expected {kind}") from None
    if value < 0 or (name in POSITIVE and value == 0):
        raise SettingsError(f"{name}={raw!r}: expected a number {'above' if name in POSITIVE else 'of at least'} 0")
    if name in FRACTIONS and value > 1:
        raise SettingsError(f"{name}={raw!r}: expected a share from 0 to 1")


def _check_backend(value: Any) -> None:
    """The embedding backend's name, against the backends the stories package declares."""
    try:
        backend_setting(value)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


def _check_retention(settings: BaseSettings) -> None:
    """An article must be remembered at least as long as it can be found again: a seen-store
    retention shorter than the age limit would emit articles a second time."""
    retention = settings.getfloat("NEWSSPIDER_SEEN_RETENTION_DAYS", 0)
    max_age = settings.getfloat("NEWSSPIDER_MAX_AGE_DAYS", 0)
    if retention and max_age and retention < max_age:
        raise SettingsError(
            f"NEWSSPIDER_SEEN_RETENTION_DAYS={retention:g} must be at least NEWSSPIDER_MAX_AGE_DAYS ({max_age:g}): "
            "an article forgotten while it is still young enough to be found would be emitted again")
