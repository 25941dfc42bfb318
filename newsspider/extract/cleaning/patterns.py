"""The phrase lists (``patterns/<lang>.toml`` and ``common.toml``), loaded and compiled once.

Chrome is often in another language than the article (an English story on a Ukrainian site), so
every language's phrases are merged into one regex per rule and applied to every text.
"""

from __future__ import annotations

import collections
import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterable, Mapping

from newsspider.extract.cleaning.keys import ARABIC_FOLD, fold_key
from newsspider.extract.cleaning.limits import MIN_END_COPYRIGHT_PHRASE_CHARS
from newsspider.extract.cleaning.text import LETTER_AHEAD, LETTER_BEHIND, MARKS
from newsspider.unicode_classes import CJK_CLASS, is_cjk

__all__ = ["END_RULES", "PHRASE_RULES", "Patterns", "available_languages", "compiled_patterns",
           "load_patterns", "warm_up"]

# Rules whose phrases may end the text, in the order they are tried.
END_RULES = ("source", "read_also", "newsletter", "subscribe", "follow", "share", "comments")
# Rules matched as "phrase at the start of the line": one merged regex each.
PHRASE_RULES = END_RULES + ("copyright", "byline", "consent", "consent_button", "player")
# Where a share-on-a-network template names the network ("Auf {network} teilen"); the name may
# carry a case ending ("Udostępnij na Facebooku").
NETWORK_SLOT = "{network}"
# A running time's unit, with its full stop and a closing bracket, is this long at most ("Sekunden.)").
MAX_UNIT_CHARS = 16
MAX_NETWORK_ENDING = 4

# Words that may join the parts of a name, handle or organisation ("Follow AFP on X").
CONNECTORS = frozenset({
    "and", "&", "on", "in", "at", "of", "the", "via", "und", "et", "y", "e", "i", "и", "і", "та",
    "й", "на", "у", "в", "з", "с", "van", "von", "der", "den", "de", "da", "do", "dos", "das",
    "del", "della", "di", "du", "la", "le", "el", "al", "bin", "ibn", "ben", "sur", "auf", "em",
    "no", "na", "op", "su", "ve", "ile", "και", "στο", "στα", "w", "we", "z", "dan",
})

# After a phrase: its last character was CJK or punctuation, or no letter/mark follows, or a CJK
# character does ("本网站使用Cookie来...": no spaces between words there).
_END_OF_PHRASE = rf"(?:(?<=[{CJK_CLASS}])|(?<!\w)|(?![\w{MARKS}])|(?=[{CJK_CLASS}]))"


@dataclass(frozen=True)
class Patterns:
    """Every language's phrases, merged and compiled."""

    phrase_res: Mapping[str, re.Pattern[str]]            # rule -> phrase at the start of a line
    copyright_end: re.Pattern[str]                       # a copyright phrase ending a line
    full_res: Mapping[str, tuple[re.Pattern[str], ...]]  # rule -> whole-line regexes (common.toml)
    tagline_keys: frozenset[str]
    crumb_keys: frozenset[str]
    agency_keys: frozenset[str]
    social_re: re.Pattern[str]
    share_on_re: re.Pattern[str]                         # "Share on Facebook", "Auf X teilen", anywhere
    consent_cue_re: re.Pattern[str]                      # a word that makes a long consent notice one
    date_re: re.Pattern[str]
    duration_end_re: re.Pattern[str]                     # a running time ending a line: "| 0:21 min"
    shortcode_res: tuple[re.Pattern[str], ...]
    connectors: frozenset[str]
    address_pronouns: frozenset[str]                     # casefolded: "sie" ("Folgen Sie")


def _patterns_dir() -> Any:
    return resources.files(__package__) / "patterns"


@functools.lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """Language codes that have a pattern file (common.toml excluded)."""
    return tuple(sorted(p.name[:-5] for p in _patterns_dir().iterdir()
                        if p.name.endswith(".toml") and p.name != "common.toml"))


@functools.lru_cache(maxsize=None)
def load_patterns(language: str) -> Mapping[str, Any]:
    """Parsed ``patterns/<language>.toml`` ("common" for the script-neutral file), read once."""
    if not re.fullmatch(r"[a-z]{2,3}|common", language):
        raise ValueError(f"bad pattern language {language!r}")
    with (_patterns_dir() / f"{language}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _phrase_regex(phrase: str) -> str:
    """Regex for one phrase, matched against ``predicate_form`` lines: whitespace-, apostrophe- and
    hyphen-variant tolerant, Arabic script folded as the lines are (IGNORECASE already matches
    Turkish dotted and dotless i). The word boundary after it is added once per alternation (see
    _END_OF_PHRASE), which keeps compiling hundreds of phrases fast."""
    phrase = unicodedata.normalize("NFKC", phrase).strip().translate(ARABIC_FOLD)
    out: list[str] = []
    prev_space = False
    for c in phrase:
        if c.isspace():
            if not prev_space:
                out.append(r"\s+")
            prev_space = True
            continue
        prev_space = False
        if c == "\u200c":
            out.append(r"[\u200c\s]?")
        elif c in "'’ʼ`":
            out.append("['’ʼ`]")
        elif c in "-‐‑":
            out.append("[-‐‑]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def _alternation(phrases: Iterable[str]) -> str:
    uniq = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(_phrase_regex(p) for p in uniq)


def _share_on_regex(templates: Iterable[str], networks: str) -> re.Pattern[str]:
    """Share-on-a-network prompts: a template's words around any network name. Templates are
    merged by shape (words before the name, after it, or both; each side one alternation), so the
    long list of names is compiled three times, not once per template."""
    before_only, after_only, before_both, after_both = set(), set(), set(), set()
    for template in templates:
        if NETWORK_SLOT not in template:
            continue
        before, _, after = (part.strip() for part in template.partition(NETWORK_SLOT))
        if before and after:
            before_both.add(before)
            after_both.add(after)
        elif before:
            before_only.add(before)
        elif after:
            after_only.add(after)
    network = rf"(?:{networks})[\w{MARKS}]{{0,{MAX_NETWORK_ENDING}}}"
    shapes = [rf"(?:{_alternation(before_only)})\s*{network}", rf"{network}\s*(?:{_alternation(after_only)})",
              rf"(?:{_alternation(before_both)})\s*{network}\s*(?:{_alternation(after_both)})"]
    return re.compile(rf"{LETTER_BEHIND}(?:{'|'.join(shapes)}){_END_OF_PHRASE}", re.IGNORECASE)


def _date_regex(date_words: Iterable[str]) -> re.Pattern[str]:
    """Month and weekday names, "Published"-like words and date tokens, as whole words where
    they start and end with a letter of a script that separates words."""
    bounded: list[str] = []
    free: list[str] = []
    folded = {unicodedata.normalize("NFKC", w).casefold().translate(ARABIC_FOLD) for w in date_words}
    for w in sorted(folded, key=lambda w: (-len(w), w)):
        rx = r"\s+".join(re.escape(part) for part in w.split())
        alnum_edges = w[0].isalnum() and w[-1].isalnum()
        (bounded if alnum_edges and not is_cjk(w[0]) and not is_cjk(w[-1]) else free).append(rx)
    return re.compile(rf"{LETTER_BEHIND}(?:{'|'.join(bounded)}){LETTER_AHEAD}|{'|'.join(free)}")


def _duration_end_regex(units: Iterable[str]) -> re.Pattern[str]:
    """A running time in minutes and seconds with its unit ("3:18 min", "2:03 Min.", "1:02:45
    ч", "12分") at the end of a line, set apart from what precedes it (not a ratio in a word); at
    the end of any line of a text of several, so that one search finds whether a text has one."""
    after_first_digit = r"\d{0,2}(?:[:.]\d{2}){0,2}"  # 1-3 digits, minutes and seconds
    # The first digit comes first, the check of what precedes it after it (a pattern opening with a
    # digit is searched by skipping to the digits, one opening with a lookbehind tries every position),
    # and before the units are tried, a look that the line ends within a unit's length.
    return re.compile(rf"(?P<time>\d(?<![\w.:,]\d){after_first_digit})(?=\s?\S{{1,{MAX_UNIT_CHARS}}}$)\s?(?:{_alternation(units)}){_END_OF_PHRASE}\W{{0,2}}$",
                      re.IGNORECASE | re.MULTILINE)


def _shortcode_regexes(sc: Mapping[str, Any]) -> tuple[re.Pattern[str], ...]:
    """Paired URL shortcodes with their body, listed names, any tag with attributes, any closing tag."""
    names = "|".join(sc["names"])
    paired = "|".join(sc["paired_url"])
    quote = "[\"”“″'’‘]"
    attr = rf"\s+[a-z_-]+=(?:{quote}[^\]]*?{quote}|[^\s\]\"”“″'’‘]+)"
    return (
        re.compile(rf"\[({paired})(?:\s[^\[\]]*)?\]\s*[^\s\[\]]*\s*\[/\1\]"),
        re.compile(rf"\[/?(?:{names})(?:\s[^\[\]]*)?/?\]"),
        re.compile(rf"\[/?[a-z][a-z0-9_-]*(?:{attr})+\s*/?\]"),
        re.compile(r"\[/[a-z][a-z0-9_-]*\]"),
    )


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (fold_key(w) for w in words) if k)


@functools.lru_cache(maxsize=1)
def compiled_patterns() -> Patterns:
    """All languages' patterns merged and compiled once per process."""
    per_rule: dict[str, list[str]] = collections.defaultdict(list)
    for lang in available_languages():
        for rule, phrases in load_patterns(lang).items():
            if isinstance(phrases, list):
                per_rule[rule].extend(phrases)
    common = load_patterns("common")
    flags = re.IGNORECASE

    phrase_res = {
        rule: re.compile(rf"^[^\w]*?(?P<p>{_alternation(per_rule[rule])}){_END_OF_PHRASE}", flags)
        for rule in PHRASE_RULES}
    end_phrases = [p for p in per_rule["copyright"] if len(p) >= MIN_END_COPYRIGHT_PHRASE_CHARS]
    copyright_end = re.compile(
        rf"{LETTER_BEHIND}(?P<p>{_alternation(end_phrases)})[^\w]*$", flags)
    full_res = {rule: tuple(re.compile(rx, flags) for rx in rxs)
                for rule, rxs in common.get("regex", {}).items()}
    social = list(common["social"]["names"])
    social_re = re.compile(rf"{LETTER_BEHIND}(?:{_alternation(social)}){LETTER_AHEAD}", flags)
    share_on_re = _share_on_regex(per_rule["share_on"], _alternation(social))
    consent_cue_re = re.compile(
        rf"(?:{LETTER_BEHIND}|(?=[{CJK_CLASS}]))(?:{_alternation(per_rule['consent_cue'])}){_END_OF_PHRASE}", flags)
    date_words = (per_rule["months"] + per_rule["weekdays"] + per_rule["dateline"]
                  + list(common["date"]["tokens"]))
    return Patterns(
        phrase_res=phrase_res,
        copyright_end=copyright_end,
        full_res=full_res,
        tagline_keys=_keys(per_rule["tagline"]),
        crumb_keys=_keys(per_rule["breadcrumb_home"] + per_rule["sections"]),
        agency_keys=_keys(common["agencies"]["names"]),
        social_re=social_re,
        share_on_re=share_on_re,
        consent_cue_re=consent_cue_re,
        date_re=_date_regex(date_words),
        duration_end_re=_duration_end_regex(per_rule["duration"]),
        shortcode_res=_shortcode_regexes(common["shortcodes"]),
        connectors=CONNECTORS,
        address_pronouns=frozenset(w.casefold() for w in per_rule["address_pronouns"]),
    )


def warm_up() -> None:
    """Compile every language's patterns now (about 0.2 s); see newsspider.worker_process."""
    compiled_patterns()
