"""The cleaning passes over one text, and ``clean_text`` that runs them in order.

1. Placeholders and shortcodes go anywhere, also inside a paragraph. (Before them, short lines
   learned from a quarter of the site's pages go where they stand beside chrome.)
2. Lines learned as the site's template text go anywhere, but for sentences inside the story.
3. Edges: lines are peeled from the start (headline, tagline, breadcrumb, byline, dateline,
   pre-title chrome) and from the end (source, read also, share, follow, subscribe, newsletter,
   comments, copyright), stopping at the first line that is content.
4. "Read also: <title>" lines, media-player fallbacks, share-on-a-network prompts, a clip's date
   and running time ("18.04.2024 | 0:21 min"), a picture's credit to news agencies alone
   ("Quelle: AFP") and a reading time beside a byline or a date (``reading_time``, which the
   start's peel also takes) go from the middle too.
"""

from __future__ import annotations

import collections
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Container

from newsspider.extract.cleaning.keys import (
    ANY_DIGIT,
    credit_parts,
    fold_key,
    line_key,
    numbered_key,
    phrase_key,
    predicate_form,
)
from newsspider.extract.cleaning.limits import (
    MAX_EDGE_COUNTERS,
    MAX_LEARNED_SHARE,
    MAX_LINK_LABEL_WIDTH,
    MAX_LINK_LABEL_WORDS,
    MAX_LONG_PRE_TITLE,
    MAX_REPEATED_HEADLINE_WORDS,
    MAX_SITE_LINE_CHARS,
    MAX_TAIL_WORDS,
    MAX_TITLED_WIDTH,
    MAX_TITLED_WORDS,
    MAX_UNSPACED_LABEL_WIDTH,
    MIN_END_CREDIT_LINES,
    MIN_TITLE_PART_CHARS,
    MIN_UNANSWERED_TURNS,
    TITLE_SCAN_LINES,
)
from newsspider.extract.cleaning.patterns import Patterns, compiled_patterns
from newsspider.extract.cleaning.reading_time import is_named_count, is_reading_time
from newsspider.extract.cleaning.rules import (
    dialogue_label,
    end_rule,
    is_agency,
    is_agency_credit,
    is_breadcrumb,
    is_byline,
    is_consent,
    is_counter,
    is_dated_line,
    is_dateline,
    is_labelled_byline,
    is_labelled_date,
    is_labelled_names,
    is_licence_notice,
    is_link_item,
    is_media_meta,
    is_meta_line,
    is_name_credit,
    is_player,
    is_read_also,
    is_read_also_label,
    is_share_prompt,
    is_short,
    is_shortcodes_only,
    is_social_bar,
    is_tagline,
    matches_rule,
    strip_shortcodes,
)
from newsspider.extract.cleaning.text import (
    LIST_ITEM_MARKS,
    ends_sentence,
    has_sentence_break,
    may_be_label,
    width_at_most,
)
from newsspider.extract.language import dominant_script
from newsspider.unicode_classes import (
    DIRECTION_MARKS,
    UNMARKED_SENTENCE_SCRIPTS,
    alnum_only,
    alnum_only_is,
    is_unspaced,
)

__all__ = ["RULES", "CleanResult", "Removals", "clean_text", "headline_line", "story_short_lines"]

# Rule names reported in CleanResult.removed.
RULES = (
    "shortcode", "headline", "tagline", "breadcrumb", "byline", "dateline", "pre_title",
    "source", "read_also", "share", "follow", "subscribe", "newsletter", "comments",
    "copyright", "consent", "player", "media", "counter", "reading_time", "site_learned", "source_boilerplate",
    "site_label_link",
)

# Rules of a prompt to the reader ("Sign up for ...", "Subscribe to ..."): their phrases also
# instruct, and an instruction may be the last step of a list the story gives.
PROMPT_RULES = frozenset({"follow", "subscribe", "newsletter"})
# A long line's opening keyed before the whole line is, in the search for the title's copy (:func:`_opening_letters`).
OPENING_KEY_CHARS = 48
_ASCII_CHAR = re.compile("[\x00-\x7f]")
# A line opening with a number and then a word: a count ("12 Fotos") or a numbered heading ("2 Advice").
_OPENING_NUMBER = re.compile(r"(\d{1,3})[.)]?\s+\w")
# Characters whose NFKC form holds a letter of the Arabic script (``keys.has_arabic``): the script's own
# blocks, its presentation forms and its mathematical letters.
_ARABIC_FORMS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\U0001ee00-\U0001eeff]")
# A line wholly in one pair of brackets, as portals print an editor's credit ("【责任编辑:王萌】").
_WRAPPED_RE = re.compile(r"[\[(（【〔]\s*([^\[\]()（）【】〔〕]+?)\s*[\])）】〕]")


class Removals(collections.Counter[str]):
    """Lines removed per rule (the counts), and each line with its rule in text order of removal
    (``lines``: what ``scrapy article`` shows)."""

    def __init__(self, counts: Mapping[str, int] | None = None, lines: list[tuple[str, str]] | None = None) -> None:
        super().__init__(counts or {})
        self.lines: list[tuple[str, str]] = list(lines or [])

    def __reduce__(self):  # Counter's drops ``lines``: results come back from worker processes
        return (type(self), (dict(self), self.lines))

    def note(self, rule: str, *lines: str, count: int | None = None) -> None:
        """``lines`` removed by ``rule`` (``count`` when it differs from their number: shortcodes)."""
        self[rule] += len(lines) if count is None else count
        self.lines.extend((rule, line) for line in lines)


@dataclass
class CleanResult:
    """Cleaned text plus what was removed, per rule (``removed.lines``: each line and its rule)."""

    text: str
    removed: Removals = field(default_factory=Removals)


def clean_text(text: str, *, title: str | None = None, language: str | None = None,
               site_lines: frozenset[str] | set[str] = frozenset(),
               site_labels: frozenset[str] | set[str] = frozenset(),
               site_name: str | None = None,
               source_lines: frozenset[str] | set[str] = frozenset(),
               site_short_lines: frozenset[str] | set[str] = frozenset(),
               site_label_links: frozenset[str] | set[str] = frozenset()) -> CleanResult:
    """Remove CMS/site chrome from extracted article text, keeping every real sentence.

    ``title`` is the headline the spider extracted: leading copies of it are removed, and short
    lines above it are treated as chrome. ``site_lines`` are ``line_key`` keys learned as the
    site's template text (see ``newsspider.state.learned_lines``), removed anywhere;
    ``site_labels`` the short lines learned on fewer pages, removed anywhere where they read as no
    sentence; ``site_short_lines`` the short lines learned on fewer pages still that may read as a
    sentence (a motto: "Istina je naš posao."), removed only where they stand in the template: at
    an edge of the text or beside other chrome, not between two paragraphs of the story ("Police
    are investigating." in a site's crime reports). ``source_lines`` are the ``phrase_key``
    keys of the lines the sources file names as the site's chrome (``boilerplate``). ``site_label_links``
    are the ``line_key`` keys of the text's lines that extraction found to be a bare label before a
    link to the site (``ExtractedArticle.label_links``) whose label the site's pages taught: each such line is
    one of its own, set where the template sets it, and goes wherever it stands. Every language's
    patterns apply to every text, since chrome is often in the site's language rather than the
    article's; ``language`` (the page's, declared or detected) picks only the CLDR units a reading
    time is read with (``reading_time``: a short form of one language is a word of another), every
    language's where it is None. Paragraphs stay newline-separated;
    runs of blank lines left by removals collapse to one.
    """
    removed = Removals()
    if not text:
        return CleanResult(text="", removed=removed)
    pats = compiled_patterns()
    lines = given = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title_keys = _title_keys(title, site_name)
    is_chrome = partial(_is_chrome, pats=pats, site_lines=site_lines, site_labels=site_labels,
                        source_lines=source_lines, label_links=site_label_links)
    if site_short_lines:  # before the chrome beside them goes
        lines = _drop_short_site_lines(lines, site_short_lines, is_chrome, pats, removed,
                                       partial(_last_title_copy, title_keys=title_keys))
    lines = _strip_shortcodes(lines, pats, removed)
    if source_lines:
        lines = _drop_source_lines(lines, source_lines, removed)
    if site_label_links:
        lines = _drop_label_links(lines, site_label_links, removed)
    if site_lines or site_labels:
        lines = _drop_site_lines(lines, site_lines, site_labels, pats, removed, is_chrome,
                                 partial(_last_title_copy, title_keys=title_keys))
    site_key = fold_key(site_name) if site_name else ""
    edge_lines = partial(_is_site_line, site_lines=site_short_lines, site_labels=(), pats=pats)
    reading_time = partial(is_reading_time, language=language)
    lines = _peel_start(lines, pats, removed, title_keys, site_key, edge_lines, reading_time,
                        partial(is_named_count, language=language), given)
    lines = _peel_end(lines, pats, removed, site_key, (site_lines, site_labels), lambda line: edge_lines(line) and not (
        _may_close_story(line) and _varies(line, site_short_lines)), reading_time, given)
    lines = _drop_inserts(lines, pats, removed, reading_time)
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return CleanResult(text=cleaned, removed=removed)


def _strip_shortcodes(lines: list[str], pats: Patterns, removed: Removals) -> list[str]:
    """Pass 1: placeholders and shortcodes, anywhere; a line left empty goes."""
    out: list[str] = []
    for ln in lines:
        if "[" in ln:
            new, n = strip_shortcodes(ln, pats)
            if n:
                removed.note("shortcode", ln, count=n)
                if not new.strip():
                    continue
                ln = new
        out.append(ln.rstrip())
    return out


def _drop_site_lines(lines: list[str], site_lines: Container[str], site_labels: Container[str],
                     pats: Patterns, removed: Removals, is_chrome: Callable[[str], bool],
                     headline: Callable[[list[str]], int | None]) -> list[str]:
    """Pass 2: lines learned as this site's template text (labels only where the line is no
    sentence), anywhere but inside the story (``_story_sentences``), unless they would take more
    than ``MAX_LEARNED_SHARE`` of the text."""
    hits = [_is_site_line(ln, site_lines, site_labels, pats) for ln in lines]
    for i in _story_sentences(lines, hits, is_chrome, headline):
        hits[i] = False
    total = sum(len(ln.strip()) for ln in lines)
    learned = sum(len(ln.strip()) for ln, h in zip(lines, hits, strict=True) if h)
    if any(hits) and learned <= MAX_LEARNED_SHARE * total:
        removed.note("site_learned", *(ln for ln, h in zip(lines, hits, strict=True) if h))
        return [ln for ln, h in zip(lines, hits, strict=True) if not h]
    return lines


def _story_sentences(lines: list[str], hits: list[bool], is_chrome: Callable[[str], bool],
                     headline: Callable[[list[str]], int | None]) -> list[int]:
    """The learned lines (``hits``) that are the story's: sentences (running text, or a line of a
    script that ends sentences with no mark) inside the story, with a paragraph of it (running
    text that is no chrome, below the ``headline`` where the text shows it: above it is the
    page's header) somewhere above and somewhere below. Formulaic news repeats real
    sentences inside its stories ("The council meets on the first Tuesday of each month."), and
    when the pages holding one come first it is on every page the site has shown, as its template
    lines are; a template's lines are labels, or stand above or below the story."""
    sentences = [i for i, line in enumerate(lines) if hits[i] and _may_be_sentence(line.strip())]
    if not sentences:
        return []

    def story(i: int) -> bool:
        line = lines[i]
        return bool(line.strip()) and not hits[i] and _running(line.strip()) and not is_chrome(line)
    top = headline(lines)
    first = next((i for i in range(0 if top is None else top + 1, sentences[-1]) if story(i)), None)
    if first is None:
        return []
    last = next((i for i in range(len(lines) - 1, first, -1) if story(i)), first)
    return [i for i in sentences if first < i < last]


def _drop_source_lines(lines: list[str], source_lines: Container[str],
                       removed: Removals) -> list[str]:
    """Pass 2a: the lines the sources file names as this site's chrome (``boilerplate``), anywhere."""
    kept = []
    for ln in lines:
        if ln.strip() and phrase_key(ln) in source_lines:
            removed.note("source_boilerplate", ln)
        else:
            kept.append(ln)
    return kept


def _drop_label_links(lines: list[str], keys: Container[str], removed: Removals) -> list[str]:
    """Pass 2a: the lines of a label the site sets before links to its other pages and such a link
    (``site_label_links``), anywhere; none where they would be more than half of the text."""
    hits = [bool(ln.strip()) and line_key(ln) in keys for ln in lines]
    if not any(hits) or 2 * sum(len(ln) for ln, hit in zip(lines, hits, strict=True) if hit) > sum(len(ln) for ln in lines):
        return lines
    for ln, hit in zip(lines, hits, strict=True):
        if hit:
            removed.note("site_label_link", ln)
    return [ln for ln, hit in zip(lines, hits, strict=True) if not hit]


def _drop_short_site_lines(lines: list[str], short_keys: Container[str], is_chrome: Callable[[str], bool],
                           pats: Patterns, removed: Removals,
                           headline: Callable[[list[str]], int | None] = lambda lines: None) -> list[str]:
    """Pass 2b (run first, while the chrome beside them is still there): the short lines learned
    as the site's on a quarter of its pages (``site_short_lines``) that stand beside a line of
    chrome (a shortcode, a learned line, a "read also"). Between two of the story's own paragraphs
    such a line may be the story's ("Police are investigating."); at the text's edges the peels
    take it (``_peel_start``, ``_peel_end``). A line whose number changes per page ("Final score:
    2-1") between two of the story's paragraphs is the story's whatever stands beside it
    (``_story_span``): a site's counters stand above or below the story; right below its last
    paragraph, such a line that ends like a sentence closes it (``_may_close_story``)."""
    drop = set()
    span: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        if not _is_site_line(line, short_keys, (), pats):
            continue
        above, below = _nearest_lines(lines, i)
        if any(j >= 0 and is_chrome(lines[j]) for j in (above, below)):
            if _varies(line, short_keys):
                span = span or _story_span(lines, short_keys, is_chrome, pats, headline)
                if span[0] < i < span[1] or (above == span[1] > 0 and _may_close_story(line)):
                    continue
            drop.add(i)
    if not drop:
        return lines
    removed.note("site_learned", *(lines[i] for i in sorted(drop)))
    return [line for i, line in enumerate(lines) if i not in drop]


def _varies(line: str, short_keys: Container[str]) -> bool:
    """Whether a short line learned as the site's is one whose number changes per page: learned by
    its ``numbered_key`` alone (``learned_lines.varying_numbers``: a line whose number stays, "Since
    1998", is learned by its line key), a one-digit number too."""
    key = line_key(line)
    return key not in short_keys and numbered_key(line.strip(), key) in short_keys


def _may_close_story(line: str) -> bool:
    """Whether a short line may be the story's closing sentence though learned as the site's: it
    ends like a sentence and holds a number ("The match ended 2-1."), which says what happened on
    the page (a motto's sentence holds none), and a quarter of a sports site's stories may close
    with one. Right below the story the text's end keeps it; above the story, or below other chrome,
    such a line is the template's ("Lecture 4 min.")."""
    stripped = line.strip()
    return ends_sentence(stripped) and ANY_DIGIT.search(stripped) is not None


def _story_span(lines: list[str], short_keys: Container[str], is_chrome: Callable[[str], bool], pats: Patterns,
                headline: Callable[[list[str]], int | None]) -> tuple[int, int]:
    """(first, last) index of the story's paragraphs: running text that is no chrome and no short
    line of the site, below the ``headline`` where the text shows it; (0, 0) for none."""
    top = headline(lines)
    story = [i for i in range(0 if top is None else top + 1, len(lines))
             if lines[i].strip() and _running(lines[i].strip()) and not is_chrome(lines[i])
             and not _is_site_line(lines[i], short_keys, (), pats)]
    return (story[0], story[-1]) if story else (0, 0)


def story_short_lines(lines: list[str], title: str | None = None, site_name: str | None = None) -> list[str]:
    """The short lines standing between two paragraphs of running text (long, or ending like a
    sentence): inside a story. A site's motto stands in one slot of its template, beside its
    chrome or at an edge, on every page; a short sentence seen inside a story on some pages
    ("Police are investigating.") is the stories' (the boilerplate pipeline learns these apart,
    and does not take them for the site's). A copy of the ``title`` opening the text is no
    paragraph: the dateline below it is the template's (``headline_line``); nor is a count
    (``_count_line``): a template's counts stand together (a reading time above a comment counter),
    and a Tibetan one ends with the shad a sentence ends with."""
    top = headline_line(lines, title, site_name) if title else None
    text = [line.strip() for line in lines[0 if top is None else top + 1:] if line.strip()]
    return [line for before, line, after in zip(text, text[1:], text[2:], strict=False)
            if is_short(line) and _running(before) and _running(after)
            and not (_count_line(before) or _count_line(after))]


def _count_line(line: str) -> bool:
    """A short line holding a number that may be a label by its end ("Lesezeit: 4 Minuten",
    "སྐར་མ་ 2 ཀློག་ཡུན།" closed by a shad, "Toll: 12"): a count, a score or a date, which says nothing
    of a story's paragraph standing beside it. A short sentence with a number ("The match ended
    2-1.") is one. Beside a line :func:`story_short_lines` asks of, which is running text, only a
    line whose end says nothing (``end_says_nothing``: a Tibetan count closed by its shad) is both."""
    return is_short(line) and ANY_DIGIT.search(line) is not None and may_be_label(line)


def _running(line: str) -> bool:
    """A paragraph of running text: long, or ending like a sentence. A short Tibetan sentence ends
    with the shad its labels end with too: it counts as running text, as its end alone says."""
    return not is_short(line) or ends_sentence(line)


def _may_be_sentence(line: str) -> bool:
    """Running text, or a line of a script whose sentences end with no mark (there no line end
    tells a sentence from a label), or a sentence closed by a bracketed aside (a wire's credit
    "... gebracht. (dpa)", "...联系。 （新华社）": brackets set off an aside of the text, never a
    control)."""
    return _running(line) or dominant_script(line) in UNMARKED_SENTENCE_SCRIPTS or ends_sentence(
        _without_closing_aside(line))


def _without_closing_aside(line: str) -> str:
    """``line`` without the bracketed group that closes it ("(dpa)", "（共同）", "[AP]"; brackets by
    their Unicode category, Ps opening, Pe closing, in any script), or "" when no bracketed group
    closes it (a closing bracket with no opening one before it, or with another closing one
    between: a nested group, read as no aside). Whether the rest ends a sentence is the caller's."""
    end = line.rstrip().rstrip(DIRECTION_MARKS).rstrip()
    if not end or unicodedata.category(end[-1]) != "Pe":
        return ""
    opening = next((i for i in range(len(end) - 2, -1, -1) if unicodedata.category(end[i]) in ("Ps", "Pe")), None)
    if opening is None or unicodedata.category(end[opening]) != "Ps":
        return ""
    return end[:opening].rstrip()


def _is_chrome(line: str, *, pats: Patterns, site_lines: Container[str], site_labels: Container[str],
               source_lines: Container[str], label_links: Container[str] = frozenset()) -> bool:
    """Whether a line goes as chrome wherever it stands: nothing but shortcodes, a line named for
    the source, a learned line or label, a site's label before a link (``label_links``), a "read
    also", a player's fallback, a share prompt."""
    if is_shortcodes_only(line, pats):
        return True
    if phrase_key(line) in source_lines or _is_site_line(line, site_lines, site_labels, pats):
        return True
    if label_links and line_key(line) in label_links:
        return True
    norm = predicate_form(line)
    return bool(norm) and _insert_rule(norm, pats) is not None


def _is_site_line(line: str, site_lines: Container[str], site_labels: Container[str], pats: Patterns) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) >= MAX_SITE_LINE_CHARS:
        return False
    key = line_key(line)
    # A numbered key ("N min read") is only ever among the short lines (``learned_tiers``).
    learned = key in site_lines or numbered_key(stripped, key) in site_lines or (
        key in site_labels and is_short(predicate_form(line)) and not ends_sentence(stripped)
        and dominant_script(stripped) not in UNMARKED_SENTENCE_SCRIPTS)  # there no line end tells
    return learned and not is_licence_notice(line, pats)


def _title_keys(title: str | None, site_name: str | None) -> frozenset[str]:
    """The headline as the spider saw it, and its longest part when separators split it: the
    headline proper of a <title> with a site suffix or a kicker. The shorter parts are no headline
    ("... – das erwarten wir" is also the article's first subheading)."""
    if not title or not title.strip():
        return frozenset()
    keys = {headline_key(title)}
    longest = max(re.split(r"\s+[|\-–—:•·»]\s+", title), key=lambda part: len(part.strip()))
    if len(longest.strip()) >= MIN_TITLE_PART_CHARS:
        keys.add(headline_key(longest))
    if site_name:
        site = headline_key(site_name)
        keys = {k for k in keys if k != site}
    keys.discard("")
    return frozenset(keys)


def headline_key(line: str) -> str:
    """The letters and digits of ``fold_key``: a copy of the headline in the text matches it
    whatever its punctuation ("Schnellere Integration "Job-Turbo" hilft ..." under the title
    "Schnellere Integration: "Job-Turbo" hilft ...")."""
    return _letters(fold_key(line))


def _letters(key: str) -> str:
    return alnum_only(key)


def _shows_title(key: str, title_keys: frozenset[str]) -> bool:
    """Whether ``_letters(key) in title_keys``, the letters read only as far as they agree with a
    title key's (:func:`alnum_only_is`): the first lines of a text are mostly paragraphs that part
    from the title at their first letters, and taking all of a paragraph's letters cost most of the
    headline's search."""
    return any(alnum_only_is(key, title_key) for title_key in title_keys)


def headline_line(lines: list[str], title: str | None, site_name: str | None) -> int | None:
    """Where the headline opens the article: the index in ``lines`` of the last copy of ``title``
    among their first lines holding text (:func:`_title_line`, as :func:`clean_text` finds it) when
    it is one of the first :data:`MAX_LONG_PRE_TITLE` + 1, or None. What stands above it is the
    page's header, not the story's running text."""
    title_keys = _title_keys(title, site_name)
    if not title_keys:
        return None
    at, rank = _title_copy(lines, title_keys, within=MAX_LONG_PRE_TITLE + 1)
    return at if rank <= MAX_LONG_PRE_TITLE else None


def _last_title_copy(lines: list[str], title_keys: frozenset[str]) -> int | None:
    """The index of the last copy of the title (``title_keys``: :func:`_title_keys`) among the first
    :data:`TITLE_SCAN_LINES` lines holding text, or None: what stands above it is the page's header
    (its chrome, or a copy of the headline), however long."""
    if not title_keys:
        return None
    at = _title_copy(lines, title_keys)[0]
    return at if at >= 0 else None


def _title_copy(lines: list[str], title_keys: frozenset[str], within: int = TITLE_SCAN_LINES) -> tuple[int, int]:
    """:func:`_title_line` over ``lines``, each keyed by its predicate form's fold key as it is read;
    a long line by the letters of its opening alone (:func:`_opening_letters`) where they already
    part from every title key: a key that holds text and shows no title, as the whole line's does
    (a text's first lines are mostly long paragraphs, and keying each whole cost most of the search)."""

    def key(index: int) -> str:
        line = lines[index]
        opening = _opening_letters(line)
        if opening and not any(title_key.startswith(opening) for title_key in title_keys):
            return opening
        form = predicate_form(line)
        return fold_key(form) if form else ""

    return _title_line(key, len(lines), title_keys, within)


def _opening_letters(line: str) -> str:
    """The letters and digits that open ``_letters(fold_key(predicate_form(line)))``, read from the
    line's first :data:`OPENING_KEY_CHARS` characters up to an ASCII one; "" for a line not much
    longer, one without such a character, or one holding a character of Arabic script (or one
    that becomes one: its fold key is then folded whole). Exact: NFKC never joins an ASCII
    character to what stands before it, case folding and the digits' "0" go character by
    character, and the spaces and edge marks :func:`line_key` drops are no letters or digits."""
    if len(line) <= 2 * OPENING_KEY_CHARS:
        return ""
    cut = _ASCII_CHAR.search(line, OPENING_KEY_CHARS)
    if cut is None or _ARABIC_FORMS.search(line):
        return ""
    return alnum_only(line_key(line[:cut.start()]))


def _title_line(key: Callable[[int], str], count: int, title_keys: frozenset[str],
                within: int = TITLE_SCAN_LINES) -> tuple[int, int]:
    """The index of the last of the first :data:`TITLE_SCAN_LINES` lines holding text (``key``: a
    line's fold key, "" for none) that shows the title, and its rank among them; (-1,
    :data:`TITLE_SCAN_LINES`) where none does. A caller that wants a copy among the first
    ``within`` lines only gets (-1, :data:`TITLE_SCAN_LINES`) where none of those shows the title,
    without the lines below them read (most texts open with the story, not the headline)."""
    at, rank, seen = -1, TITLE_SCAN_LINES, 0
    for i in range(count):
        k = key(i)
        if not k:
            continue
        if _shows_title(k, title_keys):
            at, rank = i, seen
        seen += 1
        if seen >= TITLE_SCAN_LINES or (at < 0 and seen >= within):
            break
    return at, rank


def _peel_start(lines: list[str], pats: Patterns, removed: Removals,
                title_keys: frozenset[str], site_key: str,
                edge_line: Callable[[str], bool] = lambda line: False,
                reading_time: Callable[[str], bool] = is_reading_time,
                named_count: Callable[[str], bool] = is_named_count, given: list[str] | None = None) -> list[str]:
    """Pass 3a: drop chrome lines from the start until the first line that is content
    (``edge_line``: a short line learned as the site's, chrome at an edge; ``reading_time``:
    :func:`is_reading_time` in the page's language; ``named_count``: :func:`is_named_count` in it, a
    count of minutes after words naming whose they are, which goes only among the template's lines:
    below a line the peel took, beside a byline or a date line, or beside a line an earlier pass took
    from ``given``, the text's lines before the passes)."""
    # A line's predicate form and key, found when the pass first reads them: it reads the first
    # lines only (up to the first line of content), and folding a long text's every line cost
    # about half of the cleaning's CPU.
    norm: list[str | None] = [None] * len(lines)
    keys: list[str | None] = [None] * len(lines)

    def key(index: int) -> str:
        found = keys[index]
        if found is None:
            form = norm[index] = predicate_form(lines[index])
            found = keys[index] = fold_key(form) if form else ""
        return found

    # Where is the headline? Short lines above its last leading copy are page chrome (kicker,
    # tagline, tags, date...): trafilatura often emits <h1>, then chrome, then the body's copy.
    title_at, title_rank = _title_line(key, len(lines), title_keys) if title_keys else (-1, TITLE_SCAN_LINES)

    head: list[str] = []  # last copy of a repeated headline that did not match the title
    above: list[str] = []  # text above a headline that opens the article
    dup_key = ""
    peeled = False  # whether the peel took the line above (blank lines aside)
    pending = -1  # where unbracketed counters start that go only if the line below them goes (:func:`_is_edge_counter`)
    i = 0
    n = len(lines)
    while i < n:
        k = key(i)
        line = norm[i] or ""
        if not line:
            i += 1
            continue
        nxt = next((j for j in range(i + 1, n) if key(j)), -1)
        rule: str | None = None
        edge = False  # an unbracketed counter at the edge (:func:`_is_edge_counter`), read once by the counter's branch
        if title_keys and _shows_title(k, title_keys):
            rule = "headline"
        elif nxt >= 0 and k and key(nxt) == k and is_short(line, MAX_TITLED_WIDTH, MAX_REPEATED_HEADLINE_WORDS):
            rule = "headline"  # the same line twice in a row at the top: a repeated headline
            dup_key = k
        elif is_tagline(line, pats, site_key):
            rule = "tagline"
        elif edge_line(lines[i]):
            rule = "site_learned"
        elif is_breadcrumb(line, pats, before_title=i < title_at):
            rule = "breadcrumb"
        elif is_dateline(line, pats) or is_labelled_date(line, pats):
            rule = "dateline"
        elif (is_byline(line, pats) and not _dialogue_turn(lines, i, pats)) or is_agency(line, pats):
            rule = "byline"
        elif is_meta_line(line, pats):
            rule = "dateline"
        elif matches_rule(line, "share", pats) or is_social_bar(line, pats) or is_share_prompt(line, pats):
            rule = "share"
        elif is_consent(line, pats):
            rule = "consent"
        elif is_player(line, pats):
            rule = "player"
        elif (is_counter(line) and not _in_table(lines, i)) or ((edge := _is_edge_counter(lines, i, line, (i, n))) and (
                _beside_template(lines, i, pats, reading_time, given, toward_story=_BELOW))):
            rule = "counter"
        elif reading_time(line) and not (nxt >= 0 and reading_time(predicate_form(lines[nxt]))) and (
                peeled or not named_count(line) or _beside_template(lines, i, pats, reading_time, given)):
            # One count of minutes (a run of them is a fact sheet: a recipe's times); after words naming
            # whose minutes they are ("Müller 90 min", "Walk 5 min") only among the template's lines.
            rule = "reading_time"
        elif i < title_at and is_short(line) and not ends_sentence(line):
            rule = "pre_title"  # above the headline: a label, a kicker, a date
        elif i < title_at and title_rank <= MAX_LONG_PRE_TITLE and pending < 0:
            # Text above a headline that opens the article: another story's teaser or the story's own
            # intro, which only the tree tells apart (the extraction drops the teasers:
            # newsspider.extract.cleaning.pretitle). The text stays; the peel goes on to the headline.
            above.append(lines[i])
            peeled = False
            i += 1
            continue
        if rule is None and edge:
            # Unbracketed counters alone so far: they go if the line below them is the template's.
            pending = i if pending < 0 else pending
            i += 1
            continue
        if rule is None:
            if dup_key and k == dup_key and not head and pending < 0:
                # Last copy of a repeated headline without a title to match: keep one copy, and
                # keep peeling bylines/datelines below it.
                head.append(lines[i])
                peeled = False
                i += 1
                continue
            i = pending if pending >= 0 else i  # the story's own line ("12 dead"): it and what follows stay
            break
        if pending >= 0:
            removed.note("counter", *(ln for ln in lines[pending:i] if ln.strip()))
            pending = -1
        removed.note(rule, lines[i])
        peeled = True
        i += 1
    return above + head + lines[i if pending < 0 else pending:]


def _peel_end(lines: list[str], pats: Patterns, removed: Removals,
              site_key: str, learned: tuple[Container[str], ...] = (),
              edge_line: Callable[[str], bool] = lambda line: False,
              reading_time: Callable[[str], bool] = is_reading_time, given: list[str] | None = None) -> list[str]:
    """Pass 3b: drop chrome lines from the end until the first line that is content (``learned``:
    the site's learned keys, whose credit labels end its pages: "Chanzo: Mwananchi";
    ``edge_line``: a short line learned as the site's, chrome at an edge; ``reading_time`` and
    ``given`` as :func:`_peel_start` has them)."""
    end = len(lines)
    pending = 0  # where unbracketed counters end that go only if the line above them goes (0: none)
    while end > 0:
        line = predicate_form(lines[end - 1])
        if not line:
            end -= 1
            continue
        rule = end_rule(line, pats, site_key)
        if rule is None and (is_meta_line(line, pats) or (
                is_labelled_byline(_unwrapped(line), pats) and not _dialogue_turn(lines, end - 1, pats, unanswered=1))) \
                and not _in_labelled_list(lines, end - 1, pats, site_key):
            rule = "byline"  # a portal's meta line or editor's credit below the story: "责任编辑：陈晓燕"
        if rule == "counter" and _in_table(lines, end - 1):
            rule = None  # the story's table; a line the site's pages taught may still go
        if rule is None and _is_edge_counter(lines, end - 1, line, (0, end)):
            if _beside_template(lines, end - 1, pats, reading_time, given, toward_story=_ABOVE):
                rule = "counter"
            else:
                # Unbracketed counters alone so far: they go if the line above them is the template's.
                pending, end = pending or end, end - 1
                continue
        if rule in PROMPT_RULES and _ends_story_list(lines, end, pats, site_key):
            break
        if rule is None and ((learned and _learned_credit(lines[end - 1].strip(), learned))
                             or edge_line(lines[end - 1])):
            rule = "site_learned"
        if rule is None and _introduces_nothing(line):
            rule = "read_also"  # the heading of a box whose links are gone: "Related stories:" last
        if rule is None and is_short(line) and not ends_sentence(line):
            # "Read also:" on its own line followed by the linked headline.
            prev = end - 2
            while prev >= 0 and not lines[prev].strip():
                prev -= 1
            if prev >= 0 and is_read_also_label(predicate_form(lines[prev]), pats):
                pending = _take_pending(lines, end, pending, removed)
                removed.note("read_also", lines[prev], lines[end - 1])
                end = prev
                continue
        if rule is None and is_name_credit(line, pats):
            # The article's credits: "Redaktion: A B" / "Faktencheck: C D", two lines or more.
            start = _trailing_run_start(lines, end, lambda text: is_name_credit(text, pats))
            credits = [ln for ln in lines[start:end] if ln.strip()]
            if len(credits) >= MIN_END_CREDIT_LINES:
                pending = _take_pending(lines, end, pending, removed)
                removed.note("byline", *credits)
                end = start
                continue
        if rule is None:
            break
        pending = _take_pending(lines, end, pending, removed)
        removed.note(rule, lines[end - 1])
        end -= 1
    return lines[:pending or end]  # a pending line is the story's own ("Toll: 12"): it stays


def _dialogue_turn(lines: list[str], index: int, pats: Patterns, unanswered: int = MIN_UNANSWERED_TURNS) -> bool:
    """Whether the line at ``index`` is an interview's turn ("记者：谢谢" after "王局长：..."), the
    story's, not a byline: its label (a colon closes it) opens another line of the text too and a
    line beside it opens with another speaker's label and says something (no credit naming people
    only, :func:`is_labelled_names`: "Фото: Анна Смирнова" beside a byline is the template's), or it
    opens ``unanswered`` other lines or more (the questions of an interview whose answers carry no
    label). A byline repeated once in an author box below the story has no other speaker beside it:
    above the story it goes. Below the story, where a credit of this shape is a template's closing
    line, one other line with its label keeps it (``unanswered`` 1: an interview whose other turns
    an earlier stage took still ends with its own "记者：谢谢")."""
    label = dialogue_label(lines[index])
    if not label:
        return False
    turns = sum(1 for j, line in enumerate(lines) if j != index and dialogue_label(line) == label)
    if turns >= unanswered:
        return True
    above, below = _nearest_lines(lines, index)
    return turns > 0 and any(0 <= at < len(lines) and dialogue_label(lines[at]) not in ("", label)
                             and not is_labelled_names(lines[at], pats) for at in (above, below))


def _in_labelled_list(lines: list[str], index: int, pats: Patterns, site_key: str) -> bool:
    """Whether the line at ``index`` closes a list of labelled lines of the story's: the nearest line
    above opens with another label a colon closes, is no credit of the template itself (not
    :func:`end_rule`'s, no meta line, no labelled byline), and either says something (another speaker's
    turn: "王局长：预计本周完成。" above "记者：好的") or has such a labelled line above it in turn (a
    book's fact box: "Titel: Lichtspiel", "Verlag: Rowohlt" above "Autor: Daniel Kehlmann"). One line
    of a label and a name above ("本文来源：江城晚报", "摄影：李华" above "责任编辑：陈晓燕") is the
    template's credits, and the editor's goes."""
    label = dialogue_label(predicate_form(lines[index]))
    above, _ = _nearest_lines(lines, index)
    if not _story_labelled(lines, above, label, pats, site_key):
        return False
    if not is_labelled_names(predicate_form(lines[above]), pats):
        return True
    return _story_labelled(lines, _nearest_lines(lines, above)[0], label, pats, site_key)


def _story_labelled(lines: list[str], index: int, label: str, pats: Patterns, site_key: str) -> bool:
    """Whether ``lines[index]`` opens with a label a colon closes other than ``label`` and is no credit of the
    template's (:func:`_in_labelled_list`)."""
    if index < 0:
        return False
    line = predicate_form(lines[index])
    if dialogue_label(line) in ("", label):
        return False
    return not (end_rule(line, pats, site_key) or is_meta_line(line, pats)
                or is_labelled_byline(_unwrapped(line), pats))


def _unwrapped(line: str) -> str:
    """``line`` without one pair of brackets around all of it ("【责任编辑:王萌】", "(责编：牛镛)")."""
    m = _WRAPPED_RE.fullmatch(line)
    return m.group(1).strip() if m else line


def _take_pending(lines: list[str], end: int, pending: int, removed: Removals) -> int:
    """Note the unbracketed counters ``lines[end:pending]`` that awaited the line above them, which the
    end's peel took (none where ``pending`` is 0), as counters; return 0, no line pending."""
    if pending:
        removed.note("counter", *(ln for ln in lines[end:pending] if ln.strip()))
    return 0


def _introduces_nothing(line: str) -> bool:
    """A label that ends with a colon as the text's last line: a box's heading ("Related
    stories:"), what it introduced gone. At most ``MAX_LINK_LABEL_WORDS`` words: a sentence
    that introduces a quote the extraction dropped ("The minister then told reporters who had
    waited outside for hours:") stays. A script written without spaces has no words to count:
    there the label is at most ``MAX_UNSPACED_LABEL_WIDTH`` wide ("声明全文如下：" stays)."""
    core = line.rstrip()
    limit = MAX_UNSPACED_LABEL_WIDTH if any(map(is_unspaced, core)) else MAX_LINK_LABEL_WIDTH
    return (core.endswith((":", "：")) and width_at_most(core, limit)
            and len(core.split()) <= MAX_LINK_LABEL_WORDS and not has_sentence_break(core))


def _ends_story_list(lines: list[str], end: int, pats: Patterns, site_key: str) -> bool:
    """Whether ``lines[end - 1]`` is a list item below an item of the same list that is content
    (no end rule takes it, and no linked headline either): the last step of a list the story gives
    ("- Sign up for the bundle with the same e-mail"), not a prompt closing the page, which is a
    paragraph of its own or an item of a list of prompts or of related stories."""
    item = predicate_form(lines[end - 1])
    if not item.startswith(LIST_ITEM_MARKS):
        return False
    above = end - 2
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return False
    previous = predicate_form(lines[above])
    return previous[:2] == item[:2] and end_rule(previous, pats, site_key) is None and not is_link_item(previous)


def _in_table(lines: list[str], index: int, unbracketed: bool = False, within: tuple[int, int] | None = None) -> bool:
    """Whether the counter ``lines[index]`` stands in a run of more than :data:`MAX_EDGE_COUNTERS`
    lines of a label and a count (bracketed, or also ``unbracketed``: :func:`rules.is_counter`, but for
    a count of minutes, the template's reading time beside its counters; blank lines aside): a table
    of the story's, no page's counters. Only lines ``within`` (start, end) count: a line an edge's
    peel took is the template's, no row of a table."""
    low, high = within if within is not None else (0, len(lines))
    run = 1
    for step in (-1, 1):
        at = index + step
        while low <= at < high and run <= MAX_EDGE_COUNTERS:
            if lines[at].strip():
                other = predicate_form(lines[at])
                if not is_counter(other, unbracketed=unbracketed) or (unbracketed and is_reading_time(other)):
                    break
                run += 1
            at += step
    return run > MAX_EDGE_COUNTERS


def _is_edge_counter(lines: list[str], index: int, line: str, within: tuple[int, int]) -> bool:
    """Whether ``line`` (``lines[index]`` as the rules read it), at an edge of the text, is a counter
    without brackets ("Kommentare: 12", "12 Foto": :func:`rules.is_counter`) in any language: not in a
    table of such lines, nor beside a field a label names in words ("Schiedsrichter: Felix Zwayer"
    above "Zuschauer: 800": the story's fact box, whose counts are its own), among the lines
    ``within`` (start, end), those the edge's peel has not taken."""
    if not is_counter(line, unbracketed=True) or is_reading_time(line) or _in_table(lines, index, unbracketed=True, within=within):
        return False  # a count of minutes is read by its own rule (``reading_time``)
    for at in _nearest_lines(lines, index):
        field = credit_parts(predicate_form(lines[at])) if within[0] <= at < within[1] else None
        if field is not None and not any(c.isdigit() for c in field[1]):
            return False
    return not _numbers_a_section(lines, index, line)


def _numbers_a_section(lines: list[str], index: int, line: str) -> bool:
    """Whether ``line`` opens with a number that another line of the text continues, the number
    before or after it followed by words ("1 Introduction" ... "2 Advice And Emacs Lisp"): a numbered
    heading of the story's, no count."""
    opening = _OPENING_NUMBER.match(line)
    if opening is None:
        return False
    near = {int(opening.group(1)) - 1, int(opening.group(1)) + 1}
    for at, other in enumerate(lines):
        if at != index and (number := _OPENING_NUMBER.match(other.strip())) and int(number.group(1)) in near:
            return True
    return False


def _trailing_run_start(lines: list[str], end: int, belongs: Callable[[str], bool]) -> int:
    """Where the run of lines (blank lines or lines ``belongs`` accepts) ending at ``lines[end - 1]`` starts."""
    start = end - 1
    while start > 0 and (not lines[start - 1].strip() or belongs(predicate_form(lines[start - 1]))):
        start -= 1
    return start


def _learned_credit(line: str, learned: tuple[Container[str], ...]) -> bool:
    """A credit under a label the site's pages taught ("Chanzo: Mwananchi" where "Chanzo: ..."
    ends many of its pages): a few words after it, no sentence. ``line`` as the page has it (the
    key it was learned under: not the rules' Arabic-folded form)."""
    credit = credit_parts(line)
    if credit is None:
        return False
    label, names = credit
    key = line_key(label)
    return (any(key in keys for keys in learned) and 0 < len(names.split()) <= MAX_TAIL_WORDS
            and not ends_sentence(names))


def _drop_inserts(lines: list[str], pats: Patterns, removed: Removals,
                  reading_time: Callable[[str], bool] = is_reading_time) -> list[str]:
    """Pass 4: lines inserted mid-article: "Read also: <title>", a media player's fallback text,
    share-on-a-network prompts, a clip's date and running time, a credit naming nothing but news
    agencies (a picture's "Quelle: AFP": the story's own sources are named in sentences), a reading
    time beside the byline or the date that a lead above them kept from the start's peel."""
    kept = []
    for i, ln in enumerate(lines):
        norm = predicate_form(ln)
        rule = _insert_rule(norm, pats) if norm else None
        if rule is None and norm and reading_time(norm) and _beside_byline(lines, i, pats, reading_time):
            rule = "reading_time"
        if rule:
            removed.note(rule, ln)
        else:
            kept.append(ln)
    return kept


def _beside_byline(lines: list[str], index: int, pats: Patterns, reading_time: Callable[[str], bool],
                   side: int | None = None) -> bool:
    """Whether the line above or below ``lines[index]`` (blank lines aside; only the one on ``side``
    where given: :data:`_ABOVE`, :data:`_BELOW`) is a byline or a dateline, and neither is another count of
    minutes (a fact sheet's times: :func:`is_reading_time`)."""
    above, below = (predicate_form(lines[j]) if j >= 0 else "" for j in _nearest_lines(lines, index))
    if reading_time(above) or reading_time(below):
        return False
    near = (above, below) if side is None else ((above, below)[side],)
    return any(line and (is_dated_line(line, pats) or is_byline(line, pats)) for line in near)


def _beside_template(lines: list[str], index: int, pats: Patterns, reading_time: Callable[[str], bool],
                     given: list[str] | None, toward_story: int | None = None) -> bool:
    """Whether ``lines[index]`` stands beside a template's line: a byline or a date line
    (:func:`_beside_byline`), or a line an earlier pass took (:func:`_took_beside`); on the side
    ``toward_story`` only where given (:data:`_ABOVE`, :data:`_BELOW`). A count after a label or before a word or
    two is a page's counter only where such a line (or one an edge's peel takes) stands between it
    and the story: right beside the story it is as likely the story's own ("12 dead" first, "Toll:
    12" last), whatever stands on its other side."""
    return (_beside_byline(lines, index, pats, reading_time, toward_story)
            or (given is not None and _took_beside(given, lines, index, toward_story)))


def _took_beside(given: list[str], lines: list[str], index: int, side: int | None = None) -> bool:
    """Whether an earlier pass (a line learned as the site's, a source's line, a shortcode) took a line
    right above or below ``lines[index]`` (only on ``side`` where given: :data:`_ABOVE`, :data:`_BELOW`): its
    nearest lines in the text as ``given`` differ from those it has now (the line found by its text)."""
    line = lines[index].strip()
    at = next((j for j, text in enumerate(given) if text.strip() == line), -1)
    if at < 0:
        return False
    pairs = list(zip(_nearest_lines(given, at), _nearest_lines(lines, index), strict=True))
    return any((given[was].strip() if was >= 0 else None) != (lines[now].strip() if now >= 0 else None)
               for was, now in (pairs if side is None else pairs[side:side + 1]))


_ABOVE, _BELOW = 0, 1  # a side of a line: the index of its nearest line there in :func:`_nearest_lines`'s pair


def _nearest_lines(lines: list[str], index: int) -> tuple[int, int]:
    """The indexes of the nearest lines above and below ``lines[index]`` that are not blank, -1 for none."""
    above = next((j for j in range(index - 1, -1, -1) if lines[j].strip()), -1)
    below = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), -1)
    return above, below


def _insert_rule(line: str, pats: Patterns) -> str | None:
    if not is_short(line, MAX_TITLED_WIDTH, MAX_TITLED_WORDS):  # no insert is longer: skip most paragraphs at once
        return None
    if is_read_also(line, pats, middle=True):
        return "read_also"
    if is_player(line, pats):
        return "player"
    if is_share_prompt(line, pats):
        return "share"
    if is_media_meta(line, pats):
        return "media"
    if is_agency_credit(line, pats):
        return "source"
    return None
