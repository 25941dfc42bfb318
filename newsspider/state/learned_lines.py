"""Per-site learning of recurring lines (template text trafilatura keeps in the body).

A site's own chrome ("Subscribe to our Telegram channel", a slogan, a fixed disclaimer) is not in
any phrase list, but it recurs on many pages of that site while real sentences do not. We count,
per site, on how many distinct pages each line occurs; lines seen on enough pages and on a large
enough share of the site's pages are template text, passed to ``clean_text(site_lines=...)``.

Bounds, so the store does not grow without limit:

* only lines shorter than ``MAX_LINE_CHARS`` (200) characters are observed (template lines are
  short; long paragraphs are article text), and keys are capped at ``MAX_KEY_CHARS``;
* a page is counted once (re-observing a ``page_id`` is a no-op); page ids are stored as 8-byte
  hashes;
* ``prune`` drops keys seen on fewer than ``min_pages`` pages, which is most of the rows (every
  article sentence is a key seen once);
* ``decay`` (the state service calls it at the end of every run, ``NEWSSPIDER_BOILERPLATE_MAX_PAGES``)
  halves a site's counts once it has counted more pages than that: lines seen once are
  forgotten, a template line keeps its share, and a site's rows stay bounded however long it is
  crawled (recent pages weigh more than old ones).

A line with a number is also counted under its ``numbered_key`` and its digits, and each store
keeps its ``NumberRun`` while it lasts: the number the line has shown on every page it was on since
the site's first page. The digit counts tell a fixed number ("since 1998") from one that changes per
page ("Final score: 2-1"); the run carries over a store counted before the digits were (its layout
migration gives such a line a run of unknown digits: fixed until a page shows its number change). A
run that breaks is over for good, and a line first seen after the site's first page starts none:
the digit counts decide those, and the stores keep nothing for them.

This module holds what every store shares (the keys, the page hash, the thresholds, the runs) and the
in-memory store; ``state.sqlite.learned_lines`` and ``state.redis.learned_lines`` persist the
counts (the SQLite one answers from memory and writes in batches: call ``flush()`` at the end of
a run). The protocol is ``state.base.LineStatsStore``.

Observe the text as extracted, *before* ``clean_text``: counting cleaned text would make learned
lines disappear from the counts and flip in and out of the template set.
"""

from __future__ import annotations

import collections
import hashlib
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from newsspider.extract.cleaning.keys import (
    credit_parts,
    digits_key,
    digits_key_parts,
    is_digits_key,
    is_numbered_key,
    line_key,
    numbered_key,
)

if TYPE_CHECKING:
    from newsspider.state.base import LineStatsStore

__all__ = [
    "MAX_KEY_CHARS",
    "MAX_LINE_CHARS",
    "MIN_PAGES_FLOOR",
    "Learned",
    "MemoryLineStats",
    "NumberRun",
    "SiteLineThresholds",
    "HEADLINE_MARK",
    "label_link_lines",
    "learned_tiers",
    "linked_labels",
    "next_run",
    "page_hash",
    "page_keys",
    "page_numbers",
    "pages_needed",
    "run_of_v3",
    "runs_of_counts",
    "varying_numbers",
]

MAX_LINE_CHARS = 200
MAX_KEY_CHARS = 200
# Whatever thresholds are asked for, a line seen on a single page is never template text.
MIN_PAGES_FLOOR = 2


def page_keys(lines: Iterable[str]) -> set[str]:
    """Distinct learnable keys of one page's lines (short, non-empty), and the label of each line
    shaped as a credit ("Chanzo: Mwananchi" also counts "Chanzo"): a site's credit label recurs
    whatever it credits, so its credit lines and the bare label are learned as its own. A short
    line holding a number also counts under its ``numbered_key`` ("7 min read" and "12 min read"
    as "N min read"): a template's counter changes from page to page, in width too; and under its
    ``digits_key``, which tells a number that stays ("since 1998") from one that changes."""
    keys = set()
    for line in lines:
        line = line.strip()
        if not line or len(line) >= MAX_LINE_CHARS:
            continue
        key = line_key(line)[:MAX_KEY_CHARS]
        if key:
            keys.add(key)
            if numbered := numbered_key(line, key):
                keys.add(numbered)
                keys.add(digits_key(numbered, line)[:MAX_KEY_CHARS])
        credit = credit_parts(line)
        if credit and (label := line_key(credit[0])):
            keys.add(label)
    return keys


def page_hash(site: str, page_id: str) -> int:
    """A page's 8-byte identity within its site (what the stores keep instead of its id)."""
    digest = hashlib.blake2b(f"{site}\x00{page_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def pages_needed(min_pages: int, min_share: float, site_pages: int) -> int:
    """Pages a key needs: min_pages (never below 2) and min_share of the site's pages."""
    # The epsilon keeps 0.3 * 10 pages from rounding up to 4.
    return max(MIN_PAGES_FLOOR, int(min_pages), math.ceil(min_share * site_pages - 1e-9))


class NumberRun(NamedTuple):
    """The number a numbered line (its ``numbered_key``) has shown on every page it was on since the
    site's first page: a site line's ("since 1998"). It lasts as long as the number stays and tells a
    fixed number where the digit counts cannot (a store counted before they were). ``digits`` None:
    unknown (the line was counted by a release that kept no digits: taken as the same number until
    a page shows it changing). Its pages are the line's count (the pages its key was seen on: a run
    that lasts was on each of them), so the stores keep the digits alone."""

    digits: str | None

    def encode(self) -> str:
        """The run as the stores keep it: its digits ("" when unknown). Digits hold no space, which
        tells them from the "pages start digits" of layout v3 (SQLite; Redis layout v2)."""
        return self.digits or ""

    @classmethod
    def decode(cls, value: bytes | str) -> NumberRun:
        """The run of a value ``encode`` wrote."""
        text = value.decode() if isinstance(value, bytes) else value
        return cls(text or None)


def run_of_v3(value: bytes | str) -> NumberRun | None:
    """The run a "pages start digits" value of layout v3 (SQLite; Redis v2) is now: that of a run
    from the site's first page (start 0); None for one that began later, after a change of number
    (or on a later page than the first), which decided nothing (``learned_tiers``) and is dropped."""
    text = value.decode() if isinstance(value, bytes) else value
    _pages, start, *digits = text.split(" ", 2)
    return NumberRun(digits[0] or None if digits else None) if int(start) == 0 else None


def page_numbers(keys: Iterable[str]) -> dict[str, str]:
    """The number each numbered line of a page shows, from the page's keys (``page_keys``): its
    ``digits_key``'s digits, by numbered key; two lines of one key on a page show their digits
    sorted and joined by commas (a gallery's "Foto 3/12" and "Foto 4/12")."""
    return {numbered: ",".join(sorted(digits)) for numbered, digits in _numbers_shown(keys).items()}


def _numbers_shown(keys: Iterable[str]) -> dict[str, list[str]]:
    """The digits of the ``digits_key`` s among ``keys``, by numbered key."""
    found: dict[str, list[str]] = collections.defaultdict(list)
    for key in keys:
        if is_digits_key(key):
            numbered, digits = digits_key_parts(key)
            found[numbered].append(digits)
    return found


def next_run(run: NumberRun | None, digits: str, position: int) -> NumberRun | None:
    """The run of a numbered line once a page at ``position`` (the site's page count before it)
    shows ``digits``: the site's first page starts one; a later page goes on with the line's run if
    it shows the run's number (or the run's is unknown), else the line has none (its run broke, or it
    was first seen after the site's first page): for good, the digit counts decide it."""
    if position == 0 or (run is not None and run.digits in (None, digits)):
        return NumberRun(digits)
    return None


def runs_of_counts(counts: Mapping[str, float]) -> dict[str, NumberRun]:
    """The runs an old store's counts (a site's keys and pages, numbered and digits keys among them;
    counted before runs were kept) imply: a numbered key whose digits were never counted, or counted
    as one number only, has shown that number (``digits`` None when unknown) on all its pages since
    the site's first (a site line: "since 1998"); one counted with two numbers or more has no run (a
    counter's, a result's). Without this every numbered key of a store written before the digits
    were counted read as a changing number, and a fixed site line stayed in every story until the
    new counts reached its share."""
    numbers = _numbers_shown(counts)
    runs = {}
    for key, pages in counts.items():
        shown = numbers.get(key, [])
        if is_numbered_key(key) and not is_digits_key(key) and len(shown) <= 1 and pages >= 1:
            runs[key] = NumberRun(shown[0] if shown else None)
    return runs


@dataclass(frozen=True)
class SiteLineThresholds:
    """When a line counts as a site's own (values: the ``NEWSSPIDER_BOILERPLATE_*`` settings).

    Any line short enough to be observed is template text once seen on ``min_pages`` pages and
    on ``min_share`` of the site's pages. A label (a short line that does not read as a sentence:
    a motto, a prompt, a credit) needs less evidence, ``label_min_pages`` and ``label_min_share``:
    a motto a site prints on a third of its pages is no real sentence, but a sentence it repeats
    on a third of its pages may be one (the background paragraph of a running story). A short
    line that reads as a sentence (a motto with a full stop: "Truth first.", at most a label's
    words) is the site's once seen on ``label_min_pages`` pages and ``short_min_share`` of them:
    a background paragraph is longer, and a tagline a site prints on a third of its pages is
    learned however it ends (and removed only where it stands in the template: ``clean_text``'s
    ``site_short_lines``). A line of the first tier that reads as a sentence stays inside the story
    (formulaic news repeats real sentences there, and its first pages may all hold one).
    """

    min_pages: int
    min_share: float
    label_min_pages: int
    label_min_share: float
    short_min_share: float


class Learned(NamedTuple):
    """What a source's pages taught: template lines, labels (short lines that are no sentence),
    short lines however they end (a motto: removed where they stand in the template; with them the
    ``numbered_key`` of the lines whose number changes per page) and title suffixes and prefixes,
    and the labels a site sets before links to its other pages (``label_links``: :func:`linked_labels`), as
    :func:`newsspider.extract.cleaning.keys.line_key` keys."""

    lines: frozenset[str]
    labels: frozenset[str]
    title_suffixes: frozenset[str]
    short_lines: frozenset[str] = frozenset()
    label_links: frozenset[str] = frozenset()


def learned_tiers(store: LineStatsStore, thresholds: SiteLineThresholds, *, own: str, story: str, suffixes: str,
                  is_short: Callable[[str], bool], linked: str | None = None) -> Learned:
    """The tiers of :class:`SiteLineThresholds`, composed from the store's answers for one source.

    ``own``, ``story`` and ``suffixes`` are the store keys its text lines, the short lines inside its
    stories and its title suffixes and prefixes are counted under; ``linked``, its lines of a bare label
    before a link to the site with their labels (:func:`linked_labels`); ``is_short`` says whether a key
    is short enough to be a motto (the cleaning's rule, given: this package does not import it).
    Template lines are the first tier. Labels are the label tier's keys that are not template
    lines. Short lines are the keys on ``short_min_share`` of the pages that are short (however they
    end: a motto's full stop) and neither template lines nor ever seen inside one of the source's
    stories (a short sentence a story repeats is the story's). Title suffixes need what a label needs.
    A numbered key (a line whose number changes per page: "N min read") is a short line only,
    whatever its share: removed where it stands in the template, never anywhere (a story's own
    "Score: 2-1" differs from the next one's in its numbers only), on a label's evidence
    (``varying_numbers``; the line key of such a line is in no tier). A line whose number stays is
    learned by its line key as any other.

    Each distinct question (key, pages, share) is put to the store once: settings that give two
    tiers the same thresholds (``short_min_share == label_min_share``) share one answer."""
    answers: dict[tuple[str, int, float], frozenset[str]] = {}

    def template(site: str, min_pages: int, min_share: float) -> frozenset[str]:
        question = (site, min_pages, min_share)
        if question not in answers:
            answers[question] = store.template_lines(site, min_pages=min_pages, min_share=min_share)
        return answers[question]

    t = thresholds
    questions = ((t.min_pages, t.min_share), (t.label_min_pages, t.short_min_share), (t.label_min_pages, t.label_min_share))
    first, short_tier, label_tier = tiers = tuple(template(own, *question) for question in questions)
    numbered = {key for keys in tiers for key in keys if is_numbered_key(key) and not is_digits_key(key)}
    varying = varying_numbers(tiers, frozenset(store.number_runs(own, numbered) if numbered else ()))

    def plain(keys: frozenset[str]) -> frozenset[str]:  # a varying number's line is learned by its numbered key
        return frozenset(key for key in keys if not is_numbered_key(key)
                         and not ("0" in key and numbered_key(key, key) in varying))
    lines = plain(first)
    short = frozenset(key for key in plain(short_tier) if is_short(key)) - lines
    short |= varying
    short -= template(story, MIN_PAGES_FLOOR, 0.0)
    labels = plain(label_tier)
    title_suffixes = template(suffixes, t.label_min_pages, t.label_min_share)
    label_links = linked_labels(template(linked, t.label_min_pages, t.label_min_share)) if linked else frozenset()
    return Learned(lines, labels - lines, title_suffixes, short, label_links)


HEADLINE_MARK = "\ufdd0headline"
"""What follows a label in the key a page counts it under where extraction took its line as chrome
(before a link reading as a headline: ``label_link_lines``). A noncharacter (U+FDD0) inside a key: no
text holds one, so no line's ``line_key`` does."""


def label_link_lines(label_links: Iterable[tuple[str, str]], text: str) -> list[str]:
    """What a page's label + link lines (``Article.label_links``: each line and its label) count, under
    the source's ``label-links:`` key: each label; each line still in ``text`` (a link too short to read
    as a headline: what the label's learning would remove); and the label with ``HEADLINE_MARK`` where
    the line is not in ``text`` (extraction took it as chrome: the link read as a headline)."""
    if not label_links:
        return []
    shown = {" ".join(line.split()) for line in text.split("\n")}
    counted = []
    for line, label in label_links:
        counted.append(label)
        if " ".join(line.split()) in shown:
            counted.append(line)
        else:
            counted.append(line_key(label) + HEADLINE_MARK)  # the label without its colon or bar
    return counted


def linked_labels(keys: frozenset[str]) -> frozenset[str]:
    """The labels a site sets before links to its other pages, from the keys of its label + link lines
    that reach a label's evidence (``label_link_lines``: "soma pia", "soma pia reli mpya" and "soma pia"
    marked as before a headline): a label seen that often before a link that reads as another story's
    headline (extraction takes those lines itself), and before different short links, so that none of
    the lines it stays in reaches that evidence. One short link that recurs with it is a fixed line
    (learned as one, if at all); a story's one-line paragraph ending in a link stands on one page, and a
    formulaic one ("Об этом сообщает <a>ТАСС</a>") ends in a name, never in a headline."""
    headed = {key[:-len(HEADLINE_MARK)] for key in keys if key.endswith(HEADLINE_MARK)}
    return frozenset(key for key in headed if key in keys and not any(
        other.startswith(key + " ") for other in keys))


def varying_numbers(tiers: tuple[frozenset[str], ...], steady: frozenset[str] = frozenset()) -> frozenset[str]:
    """The numbered keys of lines whose number changes per page, from the ``tiers`` (the answers
    for the first, short and label tiers, most evidence first): a numbered key is one where, in the
    first tier that holds it, no ``digits_key`` of it is (no number of its lines recurs as often
    as the line) and it is not ``steady`` (it has a ``NumberRun``: one number on every page since the
    site's first, so on the pages that put it in the tier). Such a line ("Final score: 2-1", "7 min
    read") is learned by its numbered key alone, also where one digit gives every page the same line
    key, and removed only where the template has it; a line whose number stays ("Independent since
    1998") is a line as any other."""
    varying: set[str] = set()
    seen: set[str] = set()
    for keys in tiers:
        constant = {digits_key_parts(key)[0] for key in keys if is_digits_key(key)} | steady
        fresh = {key for key in keys if is_numbered_key(key) and not is_digits_key(key)} - seen
        varying |= fresh - constant
        seen |= fresh
    return frozenset(varying)


class MemoryLineStats:
    """In-process ``LineStatsStore`` for tests and single-run use."""

    def __init__(self) -> None:
        self._pages: dict[str, set[int]] = collections.defaultdict(set)
        self._counts: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        self._runs: dict[str, dict[str, NumberRun]] = collections.defaultdict(dict)

    def observe(self, site: str, page_id: str, lines: Iterable[str]) -> None:
        h = page_hash(site, page_id)
        if h in self._pages[site]:
            return
        keys = page_keys(lines)
        runs = self._runs[site]
        for numbered, digits in page_numbers(keys).items():
            if (run := next_run(runs.get(numbered), digits, len(self._pages[site]))) is None:
                runs.pop(numbered, None)
            else:
                runs[numbered] = run
        self._pages[site].add(h)
        self._counts[site].update(keys)

    def number_runs(self, site: str, keys: Iterable[str]) -> dict[str, NumberRun]:
        runs = self._runs.get(site, {})
        return {key: runs[key] for key in keys if key in runs}

    def template_lines(self, site: str, *, min_pages: int, min_share: float) -> frozenset[str]:
        need = pages_needed(min_pages, min_share, self.page_count(site))
        return frozenset(k for k, n in self._counts.get(site, {}).items() if n >= need)

    def page_count(self, site: str) -> int:
        return len(self._pages.get(site, ()))

    def prune(self, site: str, *, min_pages: int = 2) -> int:
        counts = self._counts.get(site)
        if not counts:
            return 0
        drop = [k for k, n in counts.items() if n < min_pages]
        runs = self._runs.get(site, {})
        for k in drop:
            del counts[k]
            runs.pop(k, None)
        return len(drop)

    def flush(self) -> None:
        """Nothing is buffered."""

    def decay(self, *, max_pages: int) -> int:
        halved = 0
        for site, pages in self._pages.items():
            if len(pages) <= max_pages:
                continue
            keep = sorted(pages)[:len(pages) // 2]
            self._pages[site] = set(keep)
            counts = self._counts[site]
            for key in list(counts):
                counts[key] //= 2
                if not counts[key]:
                    del counts[key]
            runs = self._runs[site]
            for key in [key for key in runs if key not in counts]:  # a run's pages are its line's count
                del runs[key]
            halved += 1
        return halved
