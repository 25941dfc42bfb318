"""Remove site chrome that trafilatura leaves inside the article text.

trafilatura returns the body as paragraphs separated by newlines, but CMS residue survives as
ordinary paragraphs: ``[ad_1]`` placeholders and other unreplaced shortcodes, taglines and
breadcrumbs above the headline, a repeated headline, bylines/datelines that only repeat metadata,
and trailing "Source:", "Read also", share/follow/subscribe/newsletter/comment prompts and
copyright lines.

The hard requirement is to never remove a real sentence, so the rules are deliberately narrow:

* Edge rules peel lines only from the start (headline, tagline, breadcrumb, byline, dateline,
  pre-title chrome) or from the end (source, read also, share, follow, subscribe, newsletter,
  comments, copyright) and stop at the first line that does not match.
* An edge line must be short (``MAX_EDGE_WIDTH``/``MAX_EDGE_WORDS``) and consist of nothing but
  a known phrase plus punctuation/separators and, at most, a short name/URL tail.
* In the middle of the text only shortcodes/placeholders, "read also: <title>" lines and lines
  learned as site template (``site_lines``) are removed.

Phrases live as data in ``patterns/<lang>.toml`` (plus ``common.toml``). Chrome is often in
another language than the article (an English story on a Ukrainian site), so every language's
patterns are applied to every text; they are compiled once into one set of regexes.
"""

from __future__ import annotations

import collections
import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable, Mapping

__all__ = [
    "CleanResult",
    "RULES",
    "available_languages",
    "clean_text",
    "line_key",
    "load_patterns",
]

# Rule names reported in CleanResult.removed.
RULES = (
    "shortcode", "headline", "tagline", "breadcrumb", "byline", "dateline", "pre_title",
    "source", "read_also", "share", "follow", "subscribe", "newsletter", "comments",
    "copyright", "site_learned",
)

# Safety parameters: an edge rule never looks at a line longer than this. Width counts East Asian
# wide characters twice, so 80 is ~80 Latin/Cyrillic/Arabic characters or ~40 CJK characters.
MAX_EDGE_WIDTH = 80
MAX_EDGE_WORDS = 10
# A name/URL after the phrase ("Source: AFP", "Follow us on Telegram").
MAX_TAIL_WORDS = 6
# A tail without separator ("Follow AFP on X") must be shorter still.
MAX_BARE_TAIL_WORDS = 4
# "Read also: <title>" lines carry a whole headline.
MAX_TITLED_WIDTH = 200
MAX_TITLED_WORDS = 48  # Hindi/Urdu headlines run to 35-40 words (postpositions are words)
MAX_COPYRIGHT_WIDTH = 160
MAX_DATELINE_WIDTH = 60
MAX_BREADCRUMB_WIDTH = 100
# site_lines only apply to lines shorter than this (the learner observes no longer lines).
MAX_SITE_LINE_CHARS = 200
# If learned lines would remove more than this share of the text, the learned set is more likely
# contaminated (e.g. the same story published twice) than right: skip it for this page.
MAX_LEARNED_SHARE = 0.5
# How many leading non-blank lines are searched for the headline.
TITLE_SCAN_LINES = 8
# When the headline is among the first few lines, even long lines above it are not the article
# (a teaser of another story, a promo): the article starts with its headline.
MAX_LONG_PRE_TITLE = 2

_END_RULES = ("source", "read_also", "newsletter", "subscribe", "follow", "share", "comments")
_PHRASE_RULES = _END_RULES + ("copyright", "byline")

_TERMINAL = ".!?…؟۔।॥。！？"
_CLOSERS = "\"'”’»›)]）」』》"
_ABBREVIATIONS = frozenset({
    "jr", "sr", "dr", "st", "mr", "mrs", "ms", "prof", "vs", "etc", "inc", "ltd", "co", "corp",
    "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "mt", "ft", "no", "nos", "vol", "fig",
    "approx", "oprac", "fot", "red", "nr", "bzw", "ca", "vgl", "ст", "им", "тис", "млн", "млрд",
})
# Separators between a phrase and its tail: "Source: AFP", "Read also | ...", "사진=연합뉴스".
_SEP_RE = re.compile(r"\s*(?:[:：\-–—|»›>·•/،,;=~]+|\.{2,}|…)\s*")
# Combining marks and joiners that must not follow a phrase's last letter (so "समाचार" does not
# match the start of "समाचारों"). Python's \w does not include them.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u200c\u200d"
_WORD_AFTER = re.compile(rf"[\w{_MARKS}]")
_LETTER_BEHIND = rf"(?<![^\W\d_]|[{_MARKS}])"
_LETTER_AHEAD = rf"(?![^\W\d_]|[{_MARKS}])"

# The form of a line the predicates below read (``_predicate_form``): NFKC, stripped, and in
# Arabic script the letter variants that sites and keyboards mix (alef with hamza or madda, alef
# wasla, alef maqsura, Persian yeh and keheh, teh marbuta, heh with yeh) folded to one letter, the
# harakat and the tatweel dropped. Phrases are folded the same way, so one literal matches every
# spelling: a character class per letter instead made the merged phrase regexes take 0.65 s to
# compile in every worker process.
_PREDICATE_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك",
    "\u0640": None, "\u0670": None, **{chr(c): None for c in range(0x064B, 0x0660)},
})


@dataclass
class CleanResult:
    """Cleaned text plus what was removed, per rule, for stats and debugging."""

    text: str
    removed: collections.Counter[str] = field(default_factory=collections.Counter)


# --------------------------------------------------------------------------------------------
# Normalisation helpers


def line_key(line: str) -> str:
    """Key under which a line is compared and learned: same text modulo form, case, spacing,
    digits (any script, so dates/counters in template lines still match) and edge punctuation."""
    s = unicodedata.normalize("NFKC", line).casefold()
    s = (_ASCII_DIGITS if s.isascii() else _ANY_DIGIT).sub("0", s)
    s = " ".join(s.split())
    start, end = 0, len(s)
    while start < end and unicodedata.category(s[start])[0] in "PSZC":
        start += 1
    while end > start and unicodedata.category(s[end - 1])[0] in "PSZC":
        end -= 1
    return s[start:end]


def _predicate_form(line: str) -> str:
    """The line as the predicates read it (see _PREDICATE_FOLD); the text keeps the original."""
    s = unicodedata.normalize("NFKC", line).strip()
    return s.translate(_PREDICATE_FOLD) if not s.isascii() and _has_arabic(s) else s


def _fold_key(s: str) -> str:
    """line_key plus Arabic-script folding (hamza/alef/yeh/teh-marbuta variants, harakat), for
    membership tests against phrase lists. Equal for a line and its _predicate_form."""
    k = line_key(s)
    if _has_arabic(k):
        # NFKD splits the other hamza forms into letter + mark; dropping Arabic marks folds them.
        k = unicodedata.normalize("NFKD", k.translate(_PREDICATE_FOLD))
        k = "".join(c for c in k if not ("\u064b" <= c <= "\u065f" or c == "\u0670"))
        k = " ".join(unicodedata.normalize("NFC", k).replace("\u200c", " ").split())
    return k


_ASCII_DIGITS = re.compile("[0-9]")


# Characters with a digit value that are not decimal digits (superscripts, circled and
# parenthesised digits, ...), as code point ranges: listing them here spares every process a scan
# of all 1.1M code points at start-up. tests/test_boilerplate.py checks them against unicodedata.
_NON_DECIMAL_DIGITS = (
    (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490),
    (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788),
    (0x278A, 0x2792), (0x10A40, 0x10A43), (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x1F100, 0x1F10A),
)
# Every character with a digit value (``unicodedata.digit``): decimal digits of any script (\d)
# and the others above.
_ANY_DIGIT = re.compile("[\\d" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _NON_DECIMAL_DIGITS) + "]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def _has_arabic(s: str) -> bool:
    return _ARABIC_LETTER.search(s) is not None


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F)


def _width(s: str) -> int:
    """Display width: East Asian wide and full-width characters count twice."""
    if s.isascii():
        return len(s)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _width_at_most(s: str, limit: int) -> bool:
    """``_width(s) <= limit``, without the per-character pass when the length alone decides
    (the width is between the length and twice the length)."""
    if len(s) > limit:
        return False
    return 2 * len(s) <= limit or _width(s) <= limit


def _strip_closers(s: str) -> str:
    return s.rstrip().rstrip(_CLOSERS).rstrip()


def _ends_sentence(s: str) -> bool:
    s = _strip_closers(s)
    return bool(s) and s[-1] in _TERMINAL


def _is_punct_only(s: str) -> bool:
    return all(unicodedata.category(c)[0] in "PSZC" for c in s)


def _has_sentence_break(s: str) -> bool:
    """True if s holds a sentence end before its last word ("AFP. All rights" or "Iraq. The")."""
    tokens = s.split()
    for tok in tokens[:-1]:
        core = _strip_closers(tok)
        if not core or core[-1] not in _TERMINAL:
            continue
        word = core.rstrip(_TERMINAL)
        if core[-1] == "." and (len(word) <= 1 or "." in word
                                or word.casefold() in _ABBREVIATIONS):
            continue  # initials and abbreviations: "J. Smith", "Dr. Ali", "U.S.", "vs."
        return True
    return False


# --------------------------------------------------------------------------------------------
# Pattern data


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
    """Regex for one phrase, matched against _predicate_form lines: whitespace-, apostrophe- and
    hyphen-variant tolerant, Arabic script folded as the lines are (IGNORECASE already matches
    Turkish dotted and dotless i). The word boundary after it is added once per alternation (see
    _END_OF_PHRASE), which keeps compiling hundreds of phrases fast."""
    phrase = unicodedata.normalize("NFKC", phrase).strip().translate(_PREDICATE_FOLD)
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


# After a phrase: its last character was CJK or punctuation, or no letter/mark follows.
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_END_OF_PHRASE = rf"(?:(?<=[{_CJK_CLASS}])|(?<!\w)|(?![\w{_MARKS}]))"


def _alternation(phrases: Iterable[str]) -> str:
    uniq = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(_phrase_regex(p) for p in uniq)


@dataclass(frozen=True)
class _Compiled:
    phrase_res: Mapping[str, re.Pattern[str]]
    copyright_end: re.Pattern[str]
    full_res: Mapping[str, tuple[re.Pattern[str], ...]]
    tagline_keys: frozenset[str]
    crumb_keys: frozenset[str]
    agency_keys: frozenset[str]
    social_re: re.Pattern[str]
    date_re: re.Pattern[str]
    shortcode_res: tuple[re.Pattern[str], ...]
    connectors: frozenset[str]


_CONNECTORS = frozenset({
    "and", "&", "on", "in", "at", "of", "the", "via", "und", "et", "y", "e", "i", "и", "і", "та",
    "й", "на", "у", "в", "з", "с", "van", "von", "der", "den", "de", "da", "do", "dos", "das",
    "del", "della", "di", "du", "la", "le", "el", "al", "bin", "ibn", "ben", "sur", "auf", "em",
    "no", "na", "op", "su", "ve", "ile", "και", "στο", "στα", "w", "we", "z", "dan", "di",
})


@functools.lru_cache(maxsize=1)
def _compiled() -> _Compiled:
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
        for rule in _PHRASE_RULES}
    end_phrases = [p for p in per_rule["copyright"] if len(p) > 3]
    copyright_end = re.compile(
        rf"{_LETTER_BEHIND}(?P<p>{_alternation(end_phrases)})[^\w]*$", flags)
    full_res = {rule: tuple(re.compile(rx, flags) for rx in rxs)
                for rule, rxs in common.get("regex", {}).items()}

    social = list(common["social"]["names"])
    social_re = re.compile(rf"{_LETTER_BEHIND}(?:{_alternation(social)}){_LETTER_AHEAD}", flags)

    date_words = (per_rule["months"] + per_rule["weekdays"] + per_rule["dateline"]
                  + list(common["date"]["tokens"]))
    bounded, free = [], []
    folded = {unicodedata.normalize("NFKC", w).casefold().translate(_PREDICATE_FOLD) for w in date_words}
    for w in sorted(folded, key=lambda w: (-len(w), w)):
        rx = r"\s+".join(re.escape(part) for part in w.split())
        alnum_edges = w[0].isalnum() and w[-1].isalnum()
        (bounded if alnum_edges and not _is_cjk(w[0]) and not _is_cjk(w[-1]) else free).append(rx)
    date_re = re.compile(
        rf"{_LETTER_BEHIND}(?:{'|'.join(bounded)}){_LETTER_AHEAD}|{'|'.join(free)}")

    sc = common["shortcodes"]
    names = "|".join(sc["names"])
    paired = "|".join(sc["paired_url"])
    quote = "[\"”“″'’‘]"
    attr = rf"\s+[a-z_-]+=(?:{quote}[^\]]*?{quote}|[^\s\]\"”“″'’‘]+)"
    shortcode_res = (
        re.compile(rf"\[({paired})(?:\s[^\[\]]*)?\]\s*[^\s\[\]]*\s*\[/\1\]"),
        re.compile(rf"\[/?(?:{names})(?:\s[^\[\]]*)?/?\]"),
        re.compile(rf"\[/?[a-z][a-z0-9_-]*(?:{attr})+\s*/?\]"),
        re.compile(r"\[/[a-z][a-z0-9_-]*\]"),
    )

    def keys(words: Iterable[str]) -> frozenset[str]:
        return frozenset(k for k in (_fold_key(w) for w in words) if k)

    return _Compiled(
        phrase_res=phrase_res,
        copyright_end=copyright_end,
        full_res=full_res,
        tagline_keys=keys(per_rule["tagline"]),
        crumb_keys=keys(per_rule["breadcrumb_home"] + per_rule["sections"]),
        agency_keys=keys(common["agencies"]["names"]),
        social_re=social_re,
        date_re=date_re,
        shortcode_res=shortcode_res,
        connectors=_CONNECTORS,
    )


def warm_up() -> None:
    """Compile every language's patterns now (about 0.2 s); see newsspider.worker_process."""
    _compiled()


# --------------------------------------------------------------------------------------------
# Line predicates. Each takes a line in _predicate_form.


def _short(line: str, width: int = MAX_EDGE_WIDTH, words: int = MAX_EDGE_WORDS) -> bool:
    return _width_at_most(line, width) and len(line.split()) <= words


def _name_like_word(word: str, pats: _Compiled) -> tuple[bool, bool]:
    """(looks like part of a name/handle/URL, word uses a cased script)."""
    core = word.strip("".join(c for c in word if unicodedata.category(c)[0] in "PS"))
    if not core:
        return True, False
    cased = any(c.isupper() or c.islower() for c in core)
    if not cased:
        return True, False
    if core[0].isupper() or core[0].isdigit():
        return True, True
    if any(c in word for c in "@./#") or core.casefold() in pats.connectors:
        return True, True
    return False, True


_PHRASE_SEP_END = ":：-–—|»›>="


def _tail_ok(tail: str, *, phrase: str, pats: _Compiled, max_words: int = MAX_TAIL_WORDS) -> bool:
    """Whether what follows a phrase is only punctuation or a short name/URL.

    After a separator ("Source: AFP") up to ``max_words`` words are accepted. Without one the
    tail must be shorter and end without sentence punctuation, and after a single generic word
    ("Follow", "Source", "Share") it must look like a name: "Follow AFP on X" goes, "Follow the
    money" stays.
    """
    sep = _SEP_RE.match(tail)
    has_sep = bool(sep and sep.group().strip()) or phrase.rstrip()[-1:] in _PHRASE_SEP_END
    rest = tail[sep.end():] if sep else tail
    if _is_punct_only(rest):
        return True
    words = rest.split()
    if _has_sentence_break(rest):
        return False
    if has_sep:
        return len(words) <= max_words
    if not tail[:1].isspace() and _WORD_AFTER.match(tail[:1]):
        return False  # glued to the phrase: a longer word, not a tail
    if len(words) > MAX_BARE_TAIL_WORDS or _ends_sentence(rest):
        return False
    if not _single_word(phrase):
        return True
    flags = [_name_like_word(w, pats) for w in words]
    if any(cased for _, cased in flags):
        return all(ok for ok, _ in flags)
    return len(words) <= 3  # uncased scripts: no capitals to tell names from words


def _phrase_match(line: str, rule: str, pats: _Compiled) -> re.Match[str] | None:
    return pats.phrase_res[rule].match(line)


def _single_word(phrase: str) -> bool:
    return len(phrase.split()) == 1 and not any(_is_cjk(c) for c in phrase)


def _matches_rule(line: str, rule: str, pats: _Compiled) -> bool:
    """Short line that is a phrase of `rule` plus punctuation and at most a short name tail."""
    for rx in pats.full_res.get(rule, ()):
        if _short(line) and rx.fullmatch(line):
            return True
    if rule == "copyright":
        return _is_copyright(line, pats)
    if not _short(line):
        return False
    m = _phrase_match(line, rule, pats)
    if not m:
        return False
    return _tail_ok(line[m.end():], phrase=m.group("p"), pats=pats)


def _is_read_also(line: str, pats: _Compiled, *, middle: bool = False) -> bool:
    """'Read also' / 'Related' line, bare or followed by a separator and a headline."""
    if not _short(line, MAX_TITLED_WIDTH, MAX_TITLED_WORDS):
        return False
    m = _phrase_match(line, "read_also", pats)
    if not m:
        return False
    tail = line[m.end():]
    if _is_punct_only(tail):
        # A bare single generic word ("Related", "More") in mid-text could be a subheading.
        return not (middle and _single_word(m.group("p")))
    sep = _SEP_RE.match(tail)
    if (sep and sep.group().strip()) or m.group("p").rstrip()[-1:] in _PHRASE_SEP_END:
        if not middle:
            return True
        # Mid-text, "Related: ..." after a single generic word must look like a linked headline
        # (no sentence punctuation); a specific label ("Read also:", "اقرأ أيضاً:") may be
        # followed by a headline that ends with a full stop, but never by several sentences.
        rest = tail[sep.end():] if sep else tail
        if _has_sentence_break(rest):
            return False
        return not _single_word(m.group("p")) or not _ends_sentence(rest)
    return not middle and _short(line) and _tail_ok(tail, phrase=m.group("p"), pats=pats)


def _is_licence_notice(line: str, pats: _Compiled) -> bool:
    """A wire story's reuse terms: kept with the story, though shaped like a copyright line."""
    return any(rx.search(line) for rx in pats.full_res.get("licence_notice", ()))


def _is_copyright(line: str, pats: _Compiled) -> bool:
    if not _short(line, MAX_COPYRIGHT_WIDTH, MAX_TITLED_WORDS):
        return False
    if _is_licence_notice(line, pats):
        return False
    for rx in pats.full_res.get("copyright", ()):
        if rx.fullmatch(line):
            return True
    m = _phrase_match(line, "copyright", pats)
    if m:
        tail = line[m.end():]
        # "© 2024 AFP. All rights reserved." may hold several sentences; the sign is enough,
        # and so is the word "Copyright" followed by a sign or a year. Other phrases ("Privacy
        # policy", "Impressum") only as a short label.
        if m.group("p") in ("©", "(c)", "(C)") or (
                m.group("p").casefold() == "copyright"
                and re.match(r"\s*(©|\(c\)|\d{4})", tail, re.IGNORECASE)):
            return True
        if _short(line) and _tail_ok(tail, phrase=m.group("p"), pats=pats):
            return True
    m = pats.copyright_end.search(line)
    if not m:
        return False
    prefix = line[:m.start()]
    if "©" in prefix or re.search(r"\(c\)|copyright|\b\d{4}\b", prefix, re.IGNORECASE):
        return True
    # "AFP | All rights reserved": a separator and a short name before the phrase.
    stripped = prefix.rstrip()
    if not stripped or stripped[-1] not in ".|-–—·•,:":
        return not stripped
    words = stripped.rstrip(".|-–—·•,:").split()
    return len(words) <= 4 and all(_name_like_word(w, pats)[0] for w in words)


def _is_social_bar(line: str, pats: _Compiled) -> bool:
    """'Facebook Twitter WhatsApp' or 'Share: Facebook | X' (share phrases are checked before)."""
    if not _short(line):
        return False
    rest, found = pats.social_re.subn(" ", line)
    rest = re.sub(r"\d+", " ", rest)
    return found >= 2 and _is_punct_only(rest)


def _is_agency(line: str, pats: _Compiled) -> bool:
    return _short(line) and _fold_key(line) in pats.agency_keys


def _is_dateline(line: str, pats: _Compiled) -> bool:
    """A line made only of a date/time, month/weekday names and 'Published/Updated' words."""
    if not _width_at_most(line, MAX_DATELINE_WIDTH) or not any(c.isdigit() for c in line):
        return False
    s = pats.date_re.sub(" ", unicodedata.normalize("NFKC", line).casefold())
    # Nothing but digits, punctuation, spaces and combining marks may remain. (Not _MARKS: that
    # class spans whole Indic blocks, letters included, so any short Hindi line with a number
    # would pass for a date.)
    return all(c.isdigit() or c == "_" or unicodedata.category(c)[0] in "MPZSC" for c in s)


def _is_byline(line: str, pats: _Compiled) -> bool:
    """'By Jane Doe', 'Автор: Іван Петренко', 'بقلم محمد علي', '홍길동 기자' (names only)."""
    if not _short(line):
        return False
    for rx in pats.full_res.get("byline", ()):
        if rx.fullmatch(line):
            return True
    m = _phrase_match(line, "byline", pats)
    if not m:
        return False
    tail = line[m.end():]
    sep = _SEP_RE.match(tail)
    rest = tail[sep.end():] if sep else tail
    if _is_punct_only(rest):
        # A bare byline word ("Redaktion", "ویب ڈیسک") is only chrome if it is a multi-word
        # phrase or carries its own colon; a bare "By"/"Von" is not a byline.
        return not _single_word(m.group("p")) or m.group("p").rstrip().endswith(":")
    if not tail[:1].isspace() and not (sep and sep.group().strip()) \
            and _WORD_AFTER.match(tail[:1]):
        return False
    words = rest.split()
    if len(words) > 8 or _has_sentence_break(rest) or _ends_sentence(rest):
        return False
    flags = [_name_like_word(w, pats) for w in words]
    if any(cased for _, cased in flags):
        return all(ok for ok, _ in flags)
    return len(words) <= 5


def _is_breadcrumb(line: str, pats: _Compiled, *, before_title: bool) -> bool:
    """'Home › World › Middle East' or 'Всі новини, Політика, Світ'."""
    if not _width_at_most(line, MAX_BREADCRUMB_WIDTH) or re.search(r"[.!?;:؟。！？]", line):
        return False
    parts = [p.strip() for p in re.split(r"\s*(?:[,،、›»>/|·→＞]|\s[-–—]\s)\s*", line)]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= 6:
        return False
    if any(len(p.split()) > 4 or _width(p) > 30 for p in parts):
        return False
    return before_title or any(_fold_key(p) in pats.crumb_keys for p in parts)


def _is_tagline(line: str, pats: _Compiled, site_key: str) -> bool:
    """A site slogan / kicker: exactly a known tagline phrase, or the site name (+ phrase)."""
    if not _short(line) or _ends_sentence(line):
        return False
    k = _fold_key(line)
    if not k:
        return False
    if k in pats.tagline_keys or (site_key and k == site_key):
        return True
    if site_key and site_key in k:
        rest = k.replace(site_key, " ", 1)
        rest = _fold_key(rest)
        return not rest or rest in pats.tagline_keys
    return False


# --------------------------------------------------------------------------------------------
# Passes


def _strip_shortcodes(line: str, pats: _Compiled) -> tuple[str, int]:
    count = 0
    for rx in pats.shortcode_res:
        line, n = rx.subn(" ", line)
        count += n
    if count:
        line = re.sub(r"[ \t\u00a0]{2,}", " ", line)
        line = re.sub(r" +([.,;:!?،؛。，])", r"\1", line).strip()
    return line, count


def _title_keys(title: str | None, site_name: str | None) -> frozenset[str]:
    """The headline as the spider saw it, plus its parts when <title> carries a site suffix."""
    if not title or not title.strip():
        return frozenset()
    keys = {_fold_key(title)}
    for part in re.split(r"\s+[|\-–—:•·»]\s+", title):
        if len(part.strip()) >= 15:
            keys.add(_fold_key(part))
    if site_name:
        site = _fold_key(site_name)
        keys = {k for k in keys if k != site}
    keys.discard("")
    return frozenset(keys)


def _peel_start(lines: list[str], pats: _Compiled, removed: collections.Counter[str],
                title_keys: frozenset[str], site_key: str) -> list[str]:
    """Drop chrome lines from the start until the first line that is content."""
    norm = [_predicate_form(ln) for ln in lines]
    keys = [_fold_key(n) if n else "" for n in norm]

    # Where is the headline? Short lines above its last leading copy are page chrome (kicker,
    # tagline, tags, date...): trafilatura often emits <h1>, then chrome, then the body's copy.
    title_at, title_rank = -1, TITLE_SCAN_LINES
    if title_keys:
        seen = 0
        for i, k in enumerate(keys):
            if not k:
                continue
            if k in title_keys:
                title_at, title_rank = i, seen
            seen += 1
            if seen >= TITLE_SCAN_LINES:
                break

    head: list[str] = []  # last copy of a repeated headline that did not match the title
    dup_key = ""
    i = 0
    n = len(lines)
    while i < n:
        line, k = norm[i], keys[i]
        if not line:
            i += 1
            continue
        nxt = next((j for j in range(i + 1, n) if keys[j]), -1)
        rule: str | None = None
        if title_keys and k in title_keys:
            rule = "headline"
        elif nxt >= 0 and k and keys[nxt] == k and _short(line, MAX_TITLED_WIDTH, 40):
            rule = "headline"  # the same line twice in a row at the top: a repeated headline
            dup_key = k
        elif _is_tagline(line, pats, site_key):
            rule = "tagline"
        elif _is_breadcrumb(line, pats, before_title=i < title_at):
            rule = "breadcrumb"
        elif _is_dateline(line, pats):
            rule = "dateline"
        elif _is_byline(line, pats) or _is_agency(line, pats):
            rule = "byline"
        elif _matches_rule(line, "share", pats) or _is_social_bar(line, pats):
            rule = "share"
        elif i < title_at and ((_short(line) and not _ends_sentence(line)) or title_rank <= MAX_LONG_PRE_TITLE):
            rule = "pre_title"  # above the headline: chrome, or a teaser of another story
        if rule is None:
            if dup_key and k == dup_key and not head:
                # Last copy of a repeated headline without a title to match: keep one copy, and
                # keep peeling bylines/datelines below it.
                head.append(lines[i])
                i += 1
                continue
            break
        removed[rule] += 1
        i += 1
    return head + lines[i:]


def _peel_end(lines: list[str], pats: _Compiled, removed: collections.Counter[str],
              site_key: str) -> list[str]:
    """Drop chrome lines from the end until the first line that is content."""
    end = len(lines)
    while end > 0:
        line = _predicate_form(lines[end - 1])
        if not line:
            end -= 1
            continue
        rule = _end_rule(line, pats, site_key)
        if rule is None and _short(line) and not _ends_sentence(line):
            # "Read also:" on its own line followed by the linked headline.
            prev = end - 2
            while prev >= 0 and not lines[prev].strip():
                prev -= 1
            if prev >= 0:
                above = _predicate_form(lines[prev])
                m = _phrase_match(above, "read_also", pats)
                if m and _is_punct_only(above[m.end():]) and not _single_word(m.group("p")):
                    removed["read_also"] += 2
                    end = prev
                    continue
        if rule is None and _is_link_item(line):
            # A trailing block of at least two linked headlines: "related stories".
            start = end - 1
            while start > 0 and (not lines[start - 1].strip()
                                 or _is_link_item(_predicate_form(lines[start - 1]))):
                start -= 1
            items = sum(1 for ln in lines[start:end] if ln.strip())
            if items >= 2:
                removed["read_also"] += items
                end = start
                continue
        if rule is None:
            break
        removed[rule] += 1
        end -= 1
    return lines[:end]


def _end_rule(line: str, pats: _Compiled, site_key: str) -> str | None:
    for rule in _END_RULES:
        if rule == "read_also":
            if _is_read_also(line, pats):
                return rule
        elif _matches_rule(line, rule, pats):
            return rule
    if _is_copyright(line, pats):
        return "copyright"
    if _is_agency(line, pats) or (site_key and _fold_key(line) == site_key and _short(line)):
        return "source"
    if _is_social_bar(line, pats):
        return "share"
    if _is_credit(line):
        return "byline"
    if _is_promo(line, pats):
        return "follow"
    return None


# Trailing promo/contact paragraphs may hold a few sentences, but never a long text.
MAX_PROMO_WORDS = 60
MAX_PROMO_SENTENCES = 5
MAX_LINK_ITEM_WORDS = 16
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE_RE = re.compile(r"(?<![\w@])@\w{2,}")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?؟۔।。！？])\s+")
# Wire-service credit lines: "(Reporting by A; Editing by B)", "Jane Doe contributed to this report."
_CREDIT_RE = re.compile(
    r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)\b[^()]{0,300}\)"
    r"|[^.!?]{2,100}\scontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?",
    re.IGNORECASE)


def _is_credit(line: str) -> bool:
    return len(line) <= 400 and bool(_CREDIT_RE.fullmatch(line))


def _is_promo(line: str, pats: _Compiled) -> bool:
    """A closing contact/promo paragraph: it gives an e-mail address, or it asks the reader to
    follow/subscribe/sign up and names social networks, a handle or a newsletter. End edge only."""
    words = line.split()
    if len(words) > MAX_PROMO_WORDS:
        return False
    sentences = [s for s in _SENTENCE_SPLIT_RE.split(line) if s.strip()]
    if len(sentences) > MAX_PROMO_SENTENCES:
        return False
    if _EMAIL_RE.search(line):
        return True
    cues = (len(pats.social_re.findall(line)) + bool(_HANDLE_RE.search(line))
            + bool(_contains_phrase(line, "newsletter", pats)))
    for sentence in sentences:
        for rule in ("follow", "subscribe", "newsletter"):
            m = _phrase_match(sentence.strip(), rule, pats)
            if m and (cues or not _single_word(m.group("p"))):
                return True
    return False


def _contains_phrase(line: str, rule: str, pats: _Compiled) -> bool:
    return any(_phrase_match(line[m.start():], rule, pats) for m in re.finditer(r"(?<!\w)\w", line))


def _is_link_item(line: str) -> bool:
    """A list item that reads like a linked headline: '- Photos: Europa, Mysterious Icy Moon'.
    Only for cased scripts (most words capitalised), without sentence punctuation at the end."""
    if not line.startswith(("- ", "• ", "* ")):
        return False
    rest = line[2:].strip()
    words = rest.split()
    if not 2 <= len(words) <= MAX_LINK_ITEM_WORDS or _ends_sentence(rest):
        return False
    cased = [w for w in words if any(c.isalpha() for c in w) and (w[0].isupper() or w[0].islower())]
    if len(cased) < 2:
        return False
    return sum(1 for w in cased if w[0].isupper()) >= 0.6 * len(cased)


def clean_text(text: str, *, title: str | None = None, language: str | None = None,
               site_lines: frozenset[str] | set[str] = frozenset(),
               site_name: str | None = None) -> CleanResult:
    """Remove CMS/site chrome from extracted article text, keeping every real sentence.

    ``title`` is the headline the spider extracted: leading copies of it are removed, and short
    lines above it are treated as chrome. ``site_lines`` are ``line_key`` keys learned as the
    site's template text (see ``newsspider.state.learned_lines``). ``language`` is accepted for
    the pipeline's convenience but every language's patterns apply to every text, since chrome is
    often in the site's language rather than the article's. Paragraphs stay newline-separated;
    runs of blank lines left by removals collapse to one.
    """
    removed: collections.Counter[str] = collections.Counter()
    if not text:
        return CleanResult(text="", removed=removed)
    pats = _compiled()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    # 1. Placeholders and shortcodes, anywhere, also inside a paragraph.
    out: list[str] = []
    for ln in lines:
        if "[" in ln:
            new, n = _strip_shortcodes(ln, pats)
            if n:
                removed["shortcode"] += n
                if not new.strip():
                    continue
                ln = new
        out.append(ln.rstrip())
    lines = out

    # 2. Lines learned as this site's template text, anywhere.
    if site_lines:
        hits = [bool(ln.strip()) and len(ln.strip()) < MAX_SITE_LINE_CHARS
                and line_key(ln) in site_lines and not _is_licence_notice(ln, pats) for ln in lines]
        total = sum(len(ln.strip()) for ln in lines)
        learned = sum(len(ln.strip()) for ln, h in zip(lines, hits) if h)
        if any(hits) and learned <= MAX_LEARNED_SHARE * total:
            removed["site_learned"] += sum(hits)
            lines = [ln for ln, h in zip(lines, hits) if not h]

    # 3. Edges.
    site_key = _fold_key(site_name) if site_name else ""
    lines = _peel_start(lines, pats, removed, _title_keys(title, site_name), site_key)
    lines = _peel_end(lines, pats, removed, site_key)

    # 4. "Read also: <title>" inserted mid-article.
    kept = []
    for ln in lines:
        norm = _predicate_form(ln)
        if norm and _is_read_also(norm, pats, middle=True):
            removed["read_also"] += 1
        else:
            kept.append(ln)

    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return CleanResult(text=cleaned, removed=removed)
