"""The ``--pages-shapes digits`` pages: the "more" pages with a site's counter lines whose number is
one or two digits and changes per page, and story lines with numbers that must stay.

Counter lines (planted: none may survive), each site drawing its own way (``site_digits``):

minutes    the reading time of ``bench.chrome_shapes``, its unit "min" written "min." where a
           site abbreviates it so ("Lukuaika 4 min.", "4 мин. за четене")
comments   a comment count beside the site's comment prompt: "Komentarze (5)", "Kommentare: 12"
photos     a gallery's picture count: "Foto (7)", "12 Foto"

Each site's numbers are of one digit, of two, or either (``NUMBERS``); it prints them on a share of its pages, from a few to all (``SHARES``), at the start of the
body, at its end, or at the very top beside the byline, in the digits its script writes, and on a
right-to-left site with the bidi marks its CMS sets around numbers (``BIDI_WRAPS``).

Story lines (gold: every one must stay), on a quarter of the pages of every site, in the article's
language where one is written here (``STORY_LINES``): a result line between two paragraphs
("Final score: 2-1"), a bare score between two paragraphs ("2:1 (1:0)"), and a closing sentence with
a verb ("The match ended 2-1."). Their numbers change per page as a counter's do.

Drawn apart from every other draw of a page (keyed generators), so the rest of a page is as on "more".
"""
from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# The share of a site's pages that print its counter lines (one drawn per site).
SHARES = (0.15, 0.34, 0.6, 1.0)
# A story line (``STORY_LINES``) is on this share of a site's pages.
STORY_SHARE = 0.25
# The marks a right-to-left CMS sets around a number (one drawn per site): none, a right-to-left
# mark before it, left-to-right marks around it, a left-to-right isolate.
BIDI_WRAPS = (("", ""), ("\u200f", ""), ("\u200e", "\u200e"), ("\u2066", "\u2069"))
POSITIONS = ("start", "end", "top")
# The numbers a site's counters hold (one range drawn per site): one digit, two, either.
NUMBERS = ((1, 9), (10, 59), (1, 59))

# (result line, closing sentence) per article language, ``{s}`` the score.
STORY_LINES: dict[str, tuple[str, str]] = {
    "en": ("Final score: {s}", "The match ended {s}."),
    "de": ("Endstand: {s}", "Das Spiel endete {s}."),
    "es": ("Resultado final: {s}", "El partido terminó {s}."),
    "fr": ("Score final : {s}", "Le match s'est terminé sur le score de {s}."),
    "ru": ("Итоговый счёт: {s}", "Матч закончился со счётом {s}."),
    "uk": ("Фінальний рахунок: {s}", "Матч завершився з рахунком {s}."),
    "tr": ("Maç sonucu: {s}", "Maç {s} sona erdi."),
    "ar": ("النتيجة النهائية: {s}", "انتهت المباراة بنتيجة {s}."),
    "ur": ("حتمی اسکور: {s}", "میچ {s} سے ختم ہوا۔"),
    "hi": ("अंतिम स्कोर: {s}", "मैच {s} से समाप्त हुआ।"),
    "zh": ("最终比分：{s}", "比赛以{s}结束。"),
}


@dataclass(frozen=True)
class SiteDigits:
    """How one site prints its counter lines."""

    kinds: tuple[str, ...]
    share: float
    position: str
    abbreviated: bool
    bracketed: bool
    wrap: tuple[str, str]
    numbers: tuple[int, int]


def keyed(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def right_to_left(text: str) -> bool:
    """Whether ``text``'s letters are mostly of a right-to-left script."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(unicodedata.bidirectional(c) in ("R", "AL") for c in letters) * 2 > len(letters)


def site_digits(seed: int, site: str, chrome_text: str) -> SiteDigits:
    """One site's way of printing its counters (``chrome_text``: a line of its chrome, for its script)."""
    rng = keyed(f"{seed}:digits-site:{site}")
    kinds = tuple(k for k in ("minutes", "comments", "photos") if rng.random() < 0.7) or ("minutes",)
    wrap = rng.choice(BIDI_WRAPS) if right_to_left(chrome_text) else ("", "")
    return SiteDigits(kinds, rng.choice(SHARES), rng.choice(POSITIONS), rng.random() < 0.5, rng.random() < 0.5, wrap,
                      rng.choice(NUMBERS))


def counter_lines(way: SiteDigits, *, seed: int, url: str, minutes: str, comments: str, photo: str,
                  digits: Callable[[str], str]) -> list[tuple[str, str]]:
    """The (kind, line) counter lines of one page (none where the page is not in the site's share): ``minutes``
    the site's reading-time template, ``comments`` and ``photo`` its words, ``digits`` writing a
    number in the site's digits."""
    rng = keyed(f"{seed}:digits:{url}")
    if rng.random() >= way.share:
        return []

    def number(low: int, high: int) -> str:
        return way.wrap[0] + digits(str(rng.randint(low, high))) + way.wrap[1]

    out = []
    for kind in way.kinds:
        if kind == "minutes":
            line = minutes.format(n=number(*way.numbers))
            out.append((kind, line + "." if way.abbreviated and line.endswith(("min", "мин")) else line))
        elif kind == "comments":
            n = number(*way.numbers)
            out.append((kind, f"{comments} ({n})" if way.bracketed else f"{comments}: {n}"))
        else:
            n = number(max(2, way.numbers[0]), way.numbers[1])
            out.append((kind, f"{photo} ({n})" if way.bracketed else f"{n} {photo}"))
    return out


def story_lines(seed: int, url: str, language: str) -> dict[str, str]:
    """The story lines of one page in its article's language ({} where none is written for it),
    each on a quarter of the pages: ``middle`` a result line, ``bare`` a bare score (both between
    two paragraphs), ``closing`` a closing sentence."""
    rng = keyed(f"{seed}:digits-story:{url}")
    if language not in STORY_LINES:
        return {}
    result, closing = STORY_LINES[language]
    a, b = rng.randint(0, 9), rng.randint(0, 9)
    c, d = rng.randint(0, a), rng.randint(0, b)
    lines = {"middle": result.format(s=f"{a}-{b}"), "bare": f"{a}:{b} ({c}:{d})", "closing": closing.format(s=f"{a}-{b}")}
    return {kind: line for kind, line in lines.items() if rng.random() < STORY_SHARE}
