"""A site's recurring title suffixes ("... | Sport", "... - Die Neue Südtiroler Tageszeitung") and
prefixes ("Sport | ...", "Blog » ...").

A page's own evidence (its site name, host, sections, the titles it declares without the suffix)
cuts most suffixes when it reads its headline (``newsspider.extract.headline.headline``). What
is left may still name the site or a section under a name the page states nowhere else. Such a
suffix recurs: it ends the titles of many of the site's pages, while a subtitle set off by a dash
belongs to one story. So the trailing parts of a site's titles are counted per page, with the
site's lines (``newsspider.state.learned_lines``) under a key of their own (:func:`suffix_site`),
and a part that ends the titles of enough of the site's pages (the thresholds of a label: a
suffix is a short line that is no sentence) is cut from all of them. A colon is no separator
("Ukraine: ..." and "...: what we know" are the headline's own). The leading parts are counted
and cut likewise (:func:`title_prefixes`), those set off by a separator other than a dash: a dash
also sets off a kicker, the headline's own, which a site may repeat on many of its stories
("Corona-Pandemie - ...").
"""
from __future__ import annotations

from collections.abc import Collection, Iterator

from newsspider.extract.cleaning.keys import line_key
from newsspider.extract.headline import MAX_SUFFIX_WORDS, PREFIX_PART_SEPARATOR, TITLE_SEPARATOR

__all__ = ["MAX_SUFFIXES", "suffix_site", "title_prefixes", "title_suffixes", "without_learned_prefixes",
           "without_learned_suffixes"]

# "Headline | Section | Site": at most this many trailing parts are counted and cut.
MAX_SUFFIXES = 2


def suffix_site(source: str) -> str:
    """The key a source's title suffixes and prefixes are counted under in the learned-line store (apart
    from its text lines, whose pages and counts they must not change)."""
    return f"title-suffixes:{source}"


def title_suffixes(title: str | None) -> list[str]:
    """The title's last :data:`MAX_SUFFIXES` parts after a separator, last first, each of at most
    :data:`MAX_SUFFIX_WORDS` words, stopping at the first longer one; a headline is left before them."""
    spans = _parts(title)
    if not title or not spans:
        return []
    ends = [start for start, _ in spans[1:]] + [len(title)]
    suffixes: list[str] = []
    for (_, start), end in list(zip(spans, ends, strict=True))[::-1][:MAX_SUFFIXES]:
        suffix = title[start:end].strip()
        if not line_key(suffix) or len(suffix.split()) > MAX_SUFFIX_WORDS:
            break
        suffixes.append(suffix)
    return suffixes


def without_learned_suffixes(title: str | None, learned: Collection[str]) -> str | None:
    """``title`` without its trailing parts whose :func:`line_key` is ``learned``, from the last;
    the headline before them is kept whatever it reads."""
    if not title or not learned:
        return title
    for _ in range(MAX_SUFFIXES):
        parts = _parts(title)
        if not parts:
            break
        start, end = parts[-1]
        suffix = title[end:].strip()
        if len(suffix.split()) > MAX_SUFFIX_WORDS or line_key(suffix) not in learned:
            break
        title = title[:start].rstrip()
    return title


def _parts(title: str | None) -> list[tuple[int, int]]:
    """The spans of the separators after the title's first part (a headline with letters or
    digits before them)."""
    if not title:
        return []
    spans = [match.span() for match in TITLE_SEPARATOR.finditer(title)]
    while spans and not line_key(title[: spans[0][0]]):
        spans.pop(0)  # "| Headline | Site": nothing before the first separator
    return spans


def title_prefixes(title: str | None) -> list[str]:
    """The title's first :data:`MAX_SUFFIXES` parts before a separator other than a dash
    (:data:`PREFIX_PART_SEPARATOR`), first first, each of at most :data:`MAX_SUFFIX_WORDS` words,
    stopping at the first longer one; a headline is left after them."""
    return [prefix for prefix, _ in _leading_parts(title or "")]


def without_learned_prefixes(title: str | None, learned: Collection[str]) -> str | None:
    """``title`` without its leading parts whose :func:`line_key` is ``learned``, from the first;
    the headline after them is kept whatever it reads."""
    if not title or not learned:
        return title
    for prefix, rest in _leading_parts(title):
        if line_key(prefix) not in learned:
            break
        title = rest
    return title


def _leading_parts(title: str) -> Iterator[tuple[str, str]]:
    """The title's first :data:`MAX_SUFFIXES` leading parts (:func:`_leading_part`), each with the
    rest of the title after it, first first."""
    for _ in range(MAX_SUFFIXES):
        part = _leading_part(title)
        if part is None:
            return
        yield part
        title = part[1]


def _leading_part(title: str) -> tuple[str, str] | None:
    """The title's first part before a separator other than a dash, of at most
    :data:`MAX_SUFFIX_WORDS` words, and the rest after it; None without one or without a
    headline (letters or digits) after it."""
    match = PREFIX_PART_SEPARATOR.search(title)
    if match is None:
        return None
    prefix, rest = title[:match.start()].strip(), title[match.end():].strip()
    if not line_key(prefix) or len(prefix.split()) > MAX_SUFFIX_WORDS or not line_key(rest):
        return None
    return prefix, rest
