"""Line rules: does this line, alone, read as a given kind of chrome?

Each rule takes a line in ``predicate_form`` and the compiled ``Patterns``. A rule only accepts a
short line (``limits``) made of nothing but a known phrase plus punctuation or separators and, at
most, a short name/URL tail, so that a sentence that merely starts with a phrase stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from newsspider.extract.cleaning.keys import credit_parts, fold_key
from newsspider.extract.cleaning.limits import (
    MAX_BARE_TAIL_WORDS,
    MAX_BREADCRUMB_PART_WIDTH,
    MAX_BREADCRUMB_PART_WORDS,
    MAX_BREADCRUMB_PARTS,
    MAX_BREADCRUMB_WIDTH,
    MAX_BYLINE_NAME_WORDS,
    MAX_CONSENT_SENTENCES,
    MAX_CONSENT_WIDTH,
    MAX_CONSENT_WORDS,
    MAX_CONTRIBUTOR_CHARS,
    MAX_COPYRIGHT_OWNER_WORDS,
    MAX_COPYRIGHT_WIDTH,
    MAX_COUNTED_LABEL_WORDS,
    MAX_CREDIT_CHARS,
    MAX_CREDIT_LABEL_WORDS,
    MAX_CREDIT_NAME_WORDS,
    MAX_CREDIT_PARENS_CHARS,
    MAX_DATELINE_WIDTH,
    MAX_EDGE_WIDTH,
    MAX_EDGE_WORDS,
    MAX_LINK_ITEM_WORDS,
    MAX_LINK_LABEL_WIDTH,
    MAX_LINK_LABEL_WORDS,
    MAX_META_LINE_WIDTH,
    MAX_NUMBERED_WIDTH,
    MAX_NUMBERED_WORDS,
    MAX_PLAYER_TAIL_WORDS,
    MAX_PROMO_SENTENCES,
    MAX_PROMO_WORDS,
    MAX_TAIL_WORDS,
    MAX_TITLED_WIDTH,
    MAX_TITLED_WORDS,
    MAX_UNCASED_BARE_TAIL_WORDS,
    MAX_UNCASED_BYLINE_WORDS,
    MIN_BREADCRUMB_PARTS,
    MIN_CREDIT_NAME_WORDS,
    MIN_LINK_ITEM_CAPITALISED,
    MIN_LINK_ITEM_WORDS,
    MIN_SOCIAL_NAMES,
)
from newsspider.extract.cleaning.patterns import END_RULES, Patterns
from newsspider.extract.cleaning.text import (
    LIST_ITEM_MARKS,
    SEP_RE,
    WORD_AFTER,
    ends_sentence,
    has_sentence_break,
    is_punct_only,
    single_word,
    width,
    width_at_most,
)
from newsspider.unicode_classes import FORMAT_CATEGORY, LABEL_COLONS, SENTENCE_TERMINATORS, is_cjk

__all__ = [
    "dialogue_label", "end_rule", "is_agency", "is_labelled_byline", "is_labelled_names", "is_meta_line", "is_agency_credit", "is_name_credit", "is_breadcrumb", "is_byline", "is_consent", "is_counter",
    "is_bare_heading", "is_dated_line", "is_dateline", "is_labelled_date",
    "is_licence_notice", "is_link_item", "is_media_meta", "is_player", "is_read_also", "is_read_also_label", "is_share_prompt",
    "is_short", "is_social_bar", "is_tagline", "matches_rule", "phrase_match",
]

# A phrase ending in one of these carries its own separator ("Share:", "Source -").
_PHRASE_SEP_END = ":：-–—|»›>="
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE_RE = re.compile(r"(?<![\w@])@\w{2,}")
_SENTENCE_SPLIT_RE = re.compile(rf"(?<=[{re.escape(SENTENCE_TERMINATORS)}])\s+")
# Wire-service credit lines: "(Reporting by A; Editing by B)", "Jane Doe contributed to this report."
_CREDIT_RE = re.compile(
    r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)\b"
    rf"[^()]{{0,{MAX_CREDIT_PARENS_CHARS}}}\)"
    rf"|[^.!?]{{2,{MAX_CONTRIBUTOR_CHARS}}}\scontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?",
    re.IGNORECASE)
# A meta line's parts: set apart by two spaces or more (no-break ones too) or a bar or dot.
_META_SEP_RE = re.compile(rf"(?<![{LABEL_COLONS}\s])\s{{2,}}|\s*[|｜•·]\s*")  # not between a label and its value
# A label a colon closes at a line's start: at most a few words, no digit, no sentence inside.
_LEADING_LABEL_RE = re.compile(rf"^([^\W\d][^{LABEL_COLONS}.!?。！？\d]{{0,15}}?)\s*[{LABEL_COLONS}]")
_QUOTES = "\"'“”„‟«»‹›「」『』"
_COMMA_RE = re.compile("[,،，、]")
# A sentence's or a clause's mark in any script: what holds one is no name.
_CLAUSE_MARK_RE = re.compile(f"[{re.escape(SENTENCE_TERMINATORS)},،，;；]")
_AGENCY_LIST_SEP_RE = re.compile(r"\s*[,/;&+]\s*|\s+(?:and|und|et|y|i|e|и|і|og|och|ja|és|ve|и)\s+")
# A time zone's abbreviation after a clock time: capitals (with an offset), "17:41 JST", "10:30 (UTC+2)".
_ZONE_AFTER_TIME = re.compile(r"(?P<time>\d[:.]\d\d(?:[:.]\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)"
                              r"\s*\(?[A-Z]{2,5}(?:[+\-\u2212]\d{1,2}(?::?\d\d)?)?\)?(?![^\W\d_])")
# What sets a clip's date apart from its running time: "18.04.2024 | 0:21 min".
_MEDIA_META_SEP = " \t|·•,–—-/()[]"
# A count in brackets closing a line: digits of any script, grouped by threes or not; at most three
# digits ungrouped, so a year ("Tiger Woods ad (2010)") is none.
_BRACKETED_COUNT = re.compile(r"[(\[（]\s*(?:\d{1,3}(?:[.,\s]\d{3})+|\d{1,3})\s*[)\]）]")
# A count without brackets: after its label's colon (ASCII, full-width, Ethiopic preface colon), the
# line's end ("Kommentare: 12"); or first, before its label ("12 Foto", "25 ፎቶ").
_COLON_COUNT = re.compile(r"\s*[:：፦]\s*\d{1,3}$")
_COUNT_FIRST = re.compile(r"\d{1,3}\s+")
# Three numbers in a date's shape: year first ("2019-04-14") or last ("14.04.2019", "14/04/19");
# _is_calendar_date checks they name a day.
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,4})([-./])(\d{1,2})\2(\d{1,4})(?!\d)")
# A year of the last two centuries standing alone ("5 March 2024"): a date line names a day with one.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# What closes a label before its date: the separators of ``SEP_RE`` and the Tibetan shad. A label
# with none ("Bis 14.04.2019", "Until 31/12/2020") is a sentence's fragment, no label.
_DATE_LABEL_END = ":：-–—|·•/།"
# What may join a counter's label's words inside a word ("Photo-galerie", "Kimmich's").
_WORD_JOINERS = "-‐'’\u0f0b\u0f0c"  # a hyphen, an apostrophe, Tibetan's tsheg between syllables
# What closes a Tibetan label, as a colon does another script's: a shad (or a tsheg) after its last syllable.
_LABEL_CLOSERS = "\u0f0d\u0f0e\u0f0b\u0f0c"
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:[,،、›»>/|·→＞]|\s[-–—]\s)\s*")


def is_short(line: str, max_width: int = MAX_EDGE_WIDTH, max_words: int = MAX_EDGE_WORDS) -> bool:
    """Whether the line is short enough for an edge rule to look at."""
    return width_at_most(line, max_width) and len(line.split()) <= max_words


def _name_like_word(word: str, pats: Patterns) -> tuple[bool, bool]:
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


def _tail_ok(tail: str, *, phrase: str, pats: Patterns, max_words: int = MAX_TAIL_WORDS) -> bool:
    """Whether what follows a phrase is only punctuation or a short name/URL.

    After a separator ("Source: AFP") up to ``max_words`` words are accepted. Without one the
    tail must be shorter and end without sentence punctuation, and after a single generic word
    ("Follow", "Source", "Share") it must look like a name: "Follow AFP on X" goes, "Follow the
    money" stays.
    """
    sep = SEP_RE.match(tail)
    has_sep = bool(sep and sep.group().strip()) or phrase.rstrip()[-1:] in _PHRASE_SEP_END
    rest = tail[sep.end():] if sep else tail
    if is_punct_only(rest):
        return True
    words = rest.split()
    if has_sentence_break(rest):
        return False
    if has_sep:
        return len(words) <= max_words
    if not tail[:1].isspace() and WORD_AFTER.match(tail[:1]):
        return False  # glued to the phrase: a longer word, not a tail
    if len(words) > MAX_BARE_TAIL_WORDS or ends_sentence(rest):
        return False
    if not single_word(phrase):
        return True
    flags = [_name_like_word(w, pats) for w in words]
    if any(cased for _, cased in flags):
        return all(ok for ok, _ in flags)
    return len(words) <= MAX_UNCASED_BARE_TAIL_WORDS  # no capitals to tell names from words


def phrase_match(line: str, rule: str, pats: Patterns) -> re.Match[str] | None:
    """A phrase of ``rule`` at the start of the line (after leading punctuation), as group "p"."""
    return pats.phrase_res[rule].match(line)


def matches_rule(line: str, rule: str, pats: Patterns) -> bool:
    """Short line that is a phrase of `rule` plus punctuation and at most a short name tail."""
    for rx in pats.full_res.get(rule, ()):
        if is_short(line) and rx.fullmatch(line):
            return True
    if rule == "copyright":
        return _is_copyright(line, pats)
    if not is_short(line):
        return False
    m = phrase_match(line, rule, pats)
    if not m:
        return False
    return _tail_ok(line[m.end():], phrase=m.group("p"), pats=pats)


def is_read_also(line: str, pats: Patterns, *, middle: bool = False) -> bool:
    """'Read also' / 'Related' line, bare or followed by a separator and a headline."""
    if not is_short(line, MAX_TITLED_WIDTH, MAX_TITLED_WORDS):
        return False
    m = phrase_match(line, "read_also", pats)
    if not m:
        return False
    tail = line[m.end():]
    if is_punct_only(tail):
        # A bare single generic word ("Related", "More") in mid-text could be a subheading.
        return not (middle and single_word(m.group("p")))
    sep = SEP_RE.match(tail)
    if (sep and sep.group().strip()) or m.group("p").rstrip()[-1:] in _PHRASE_SEP_END:
        if not middle:
            return True
        # Mid-text, "Related: ..." after a single generic word must look like a linked headline
        # (no sentence punctuation); a specific label ("Read also:", "اقرأ أيضاً:") may be
        # followed by a headline that ends with a full stop, but never by several sentences.
        rest = tail[sep.end():] if sep else tail
        if has_sentence_break(rest):
            return False
        return not single_word(m.group("p")) or not ends_sentence(rest)
    return not middle and is_short(line) and _tail_ok(tail, phrase=m.group("p"), pats=pats)


def is_read_also_label(line: str, pats: Patterns) -> bool:
    """A bare multi-word "Read also:" label, on its own line above the linked headline."""
    m = phrase_match(line, "read_also", pats)
    return m is not None and is_punct_only(line[m.end():]) and not single_word(m.group("p"))


def is_licence_notice(line: str, pats: Patterns) -> bool:
    """A wire story's reuse terms: kept with the story, though shaped like a copyright line."""
    return any(rx.search(line) for rx in pats.full_res.get("licence_notice", ()))


def _is_copyright(line: str, pats: Patterns) -> bool:
    if not is_short(line, MAX_COPYRIGHT_WIDTH, MAX_TITLED_WORDS):
        return False
    if is_licence_notice(line, pats):
        return False
    for rx in pats.full_res.get("copyright", ()):
        if rx.fullmatch(line):
            return True
    m = phrase_match(line, "copyright", pats)
    if m:
        tail = line[m.end():]
        # "© 2024 AFP. All rights reserved." may hold several sentences; the sign is enough,
        # and so is the word "Copyright" followed by a sign or a year. Other phrases ("Privacy
        # policy", "Impressum") only as a short label.
        if m.group("p") in ("©", "(c)", "(C)") or (
                m.group("p").casefold() == "copyright"
                and re.match(r"\s*(©|\(c\)|\d{4})", tail, re.IGNORECASE)):
            return True
        if is_short(line) and _tail_ok(tail, phrase=m.group("p"), pats=pats):
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
    return len(words) <= MAX_COPYRIGHT_OWNER_WORDS and all(_name_like_word(w, pats)[0] for w in words)


def is_consent(line: str, pats: Patterns) -> bool:
    """A cookie/consent notice or one of its buttons: "We use cookies ... you agree ...",
    "Externer Inhalt", "Alle akzeptieren". A long notice must name a cue (agree, accept, privacy
    policy, ...) after its opening; a quotation never is one."""
    if not line or line[0] in _QUOTES:
        return False
    if matches_rule(line, "consent_button", pats):
        return True
    m = phrase_match(line, "consent", pats)
    if not m:
        return False
    tail = line[m.end():]
    if is_punct_only(tail):
        return True
    if not width_at_most(line, MAX_CONSENT_WIDTH) or len(line.split()) > MAX_CONSENT_WORDS:
        return False
    if len([s for s in _SENTENCE_SPLIT_RE.split(line) if s.strip()]) > MAX_CONSENT_SENTENCES:
        return False
    return pats.consent_cue_re.search(tail) is not None


def is_player(line: str, pats: Patterns) -> bool:
    """A media player's fallback or label: "Your browser does not support the audio element.",
    "Ihr Browser unterstützt das Audio-Element nicht.", "Listen to this article". One short
    clause after the opening, no comma ("... this feature, experts warned." is a sentence)."""
    if not line or line[0] in _QUOTES or not is_short(line, MAX_TITLED_WIDTH, MAX_TITLED_WORDS):
        return False
    m = phrase_match(line, "player", pats)
    if not m:
        return False
    tail = line[m.end():]
    if is_punct_only(tail):
        return True
    if not tail[:1].isspace() and WORD_AFTER.match(tail[:1]) and not is_cjk(tail[0]):
        return False  # glued to the phrase: a longer word
    return (len(tail.split()) <= MAX_PLAYER_TAIL_WORDS and not _COMMA_RE.search(tail)
            and not has_sentence_break(tail))


def is_share_prompt(line: str, pats: Patterns) -> bool:
    """Nothing but share-on-a-network prompts: "Auf Facebook teilen", "Share on X | Share via Email".
    Matched prompt by prompt from the start, so most lines fail at their first word."""
    if not is_short(line):
        return False
    pos, found = 0, 0
    while True:
        while pos < len(line) and unicodedata.category(line[pos])[0] in "PSZC":
            pos += 1
        if pos == len(line):
            return found > 0
        m = pats.share_on_re.match(line, pos)
        if m is None or m.end() == pos:
            return False
        found, pos = found + 1, m.end()


def is_social_bar(line: str, pats: Patterns) -> bool:
    """'Facebook Twitter WhatsApp' or 'Share: Facebook | X' (share phrases are checked before)."""
    if not is_short(line):
        return False
    rest, found = pats.social_re.subn(" ", line)
    rest = re.sub(r"\d+", " ", rest)
    return found >= MIN_SOCIAL_NAMES and is_punct_only(rest)


def is_agency(line: str, pats: Patterns) -> bool:
    """A short line that is nothing but a news agency's name."""
    return is_short(line) and fold_key(line) in pats.agency_keys


def is_agency_credit(line: str, pats: Patterns) -> bool:
    """A label and nothing but news agency names, in any language: "Lähde: AFP", "Kilde: Ritzau",
    "Photos: Reuters/AP"."""
    credit = credit_parts(line)
    if credit is None:
        return False
    parts = [p for p in _AGENCY_LIST_SEP_RE.split(credit[1]) if p.strip()]
    return bool(parts) and all(fold_key(p) in pats.agency_keys for p in parts)


def is_name_credit(line: str, pats: Patterns) -> bool:
    """A label and nothing but people's names: "Redaktion: Marcus Bensmann, Elena Müller",
    "Photo: Jane Doe". Each name of :data:`MIN_CREDIT_NAME_WORDS` to
    :data:`MAX_CREDIT_NAME_WORDS` capitalised words (in a cased script: nothing tells a name
    apart in the others), no sentence. A single such line may be an article's fact sheet; the
    end rules take them two or more in a row (see ``cleaning.passes``)."""
    credit = credit_parts(line)
    if credit is None or ends_sentence(credit[0]) or has_sentence_break(credit[1]):
        return False
    names = [part.strip() for part in _AGENCY_LIST_SEP_RE.split(credit[1].strip()) if part.strip()]
    if not names:
        return False
    for name in names:
        words = name.split()
        if not MIN_CREDIT_NAME_WORDS <= len(words) <= MAX_CREDIT_NAME_WORDS:
            return False
        flags = [_name_like_word(word, pats) for word in words]
        if not all(ok and cased for ok, cased in flags) or not words[0][:1].isupper():
            return False
        if any(c.isdigit() or c in "@/#" for c in name):
            return False
    return True


def is_dateline(line: str, pats: Patterns) -> bool:
    """A line made only of a date/time, month/weekday names and 'Published/Updated' words; a
    time zone's abbreviation in capitals right after the clock time ("17:41 JST, October 13,
    2024", "10:30 (CET)", "12:00 UTC+2") is part of the time, in any language."""
    if not width_at_most(line, MAX_DATELINE_WIDTH) or not any(c.isdigit() for c in line):
        return False
    line = _ZONE_AFTER_TIME.sub(r"\g<time> ", unicodedata.normalize("NFKC", line))
    s = pats.date_re.sub(" ", line.casefold())
    # Nothing but digits, punctuation, spaces and combining marks may remain. (Not MARKS: that
    # class spans whole Indic blocks, letters included, so any short Hindi line with a number
    # would pass for a date.)
    return all(c.isdigit() or c == "_" or unicodedata.category(c)[0] in "MPZSC" for c in s)


def is_counter(line: str, *, unbracketed: bool = False) -> bool:
    """A gallery's picture count or a comment count: a short label and a bracketed number, nothing
    else ("Picha (25)", "फोटो (४९)", "Toa maoni yako (14)"). A label of a few words that reads as no
    sentence, without digits (a score), no list item (a table of results: "- Arsenal (3)"); the
    marks a right-to-left CMS sets around the number do not count. ``unbracketed`` also takes the
    count after its label and a colon ("Kommentare: 12") or before a label of at most
    ``MAX_COUNTED_LABEL_WORDS`` words ("12 Foto"), of at most three digits (no attendance, "Zuschauer:
    45.000"); where such a line may go, ``cleaning.passes`` says (at an edge, not in a field list)."""
    core = "".join(c for c in line if unicodedata.category(c) != FORMAT_CATEGORY).strip()
    if not width_at_most(core, MAX_NUMBERED_WIDTH) or core.startswith(LIST_ITEM_MARKS):
        return False
    count = _BRACKETED_COUNT.search(core)
    if count is not None and count.end() == len(core):
        label = core[:count.start()].strip()
        words = MAX_NUMBERED_WORDS
    elif not unbracketed:
        return False
    elif (count := _COLON_COUNT.search(core)) is not None:
        label, words = core[:count.start()].strip(), MAX_NUMBERED_WORDS
    elif (count := _COUNT_FIRST.match(core)) is not None:
        label, words = core[count.end():].strip(), MAX_COUNTED_LABEL_WORDS
    else:
        return False
    return (any(c.isalpha() for c in label) and not any(c.isdigit() for c in label)
            and len(label.split()) <= words and _is_bare_label(label))


def is_bare_heading(line: str) -> bool:
    """A short heading of words alone ("About the author", "Über den Autor", "关于作者"): at most
    ``MAX_LINK_LABEL_WORDS`` words and ``MAX_LINK_LABEL_WIDTH`` wide, letters only (no digit, no
    punctuation but inside a word: :func:`_is_bare_label`), so no sentence, credit or date."""
    core = line.strip()
    return (bool(core) and width_at_most(core, MAX_LINK_LABEL_WIDTH) and len(core.split()) <= MAX_LINK_LABEL_WORDS
            and any(c.isalpha() for c in core) and not any(c.isdigit() for c in core) and _is_bare_label(core))


def _is_bare_label(label: str) -> bool:
    """No punctuation but a hyphen or an apostrophe inside a word (a tsheg between Tibetan syllables,
    a shad closing a Tibetan label: "བསམ་འཆར་འབྲི་རོགས།"): a colon ("Tore: Müller (2)"), quotation
    marks ("„Wir machen weiter“ (12)") or a comma make the line the story's own."""
    if label.endswith(tuple(_LABEL_CLOSERS)) and len(label) > 1 and _in_word(label[-2]):
        label = label[:-1]
    return all(unicodedata.category(c)[0] != "P"
               or (c in _WORD_JOINERS and 0 < i < len(label) - 1 and _in_word(label[i - 1]) and _in_word(label[i + 1]))
               for i, c in enumerate(label))


def _in_word(char: str) -> bool:
    """A letter or a mark on one (an Indic or Tibetan vowel sign)."""
    return unicodedata.category(char)[0] in "LM"


def _is_calendar_date(text: str) -> bool:
    """Whether text holds three numbers that name a day: a month of 1-12, a day of 1-31, a year of
    four digits first or of two or four digits last ("Version 1.2.3" names none)."""
    for m in _NUMERIC_DATE.finditer(text):
        first, _, middle, last = m.groups()
        if len(first) == 4:
            month, day = int(middle), int(last)
        elif len(last) in (2, 4) and len(first) <= 2:
            month, day = sorted((int(first), int(middle)))  # day-month or month-day: the smaller is the month
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            return True
    return False


def is_labelled_date(line: str, pats: Patterns) -> bool:
    """A label of a word or two and a date in numbers, nothing else ("Publikigita: 14.04.2019",
    "པར་སྐྲུན་དུས་ཚོད། 2019-04-14"): a dateline whatever the label's language, where the label's
    phrase is in no list. A lone number ("Stage 3: 14-04", "Score: 2-1") is no date."""
    return width_at_most(line, MAX_DATELINE_WIDTH) and _label_then_date(line, pats, closed=True)


def _names_day(line: str, pats: Patterns) -> bool:
    """A dateline (:func:`is_dateline`: a date alone or after a dateline phrase, "发布时间：2026-10-13") that
    names a day: :func:`is_dated_line` without its looser "any label of a word or two, then a date", which
    is a fact box's dated line as much ("Erscheinungstermin: 13.10.2026", "Premiera: 13.10.2026")."""
    return width_at_most(line, MAX_DATELINE_WIDTH) and is_dateline(line, pats) and (
        _is_calendar_date(line) or _YEAR.search(line) is not None)


def is_dated_line(line: str, pats: Patterns) -> bool:
    """A dateline that names a day (:func:`is_dateline`, :func:`is_labelled_date`: a date in numbers
    or a year, so not a live blog's clock time, "17:45"), or a label of a word or two and a date in
    numbers without a separator ("Publicat el 2019-08-18", "Veröffentlicht am 05.03.2024"): the page's
    date line in a language without a phrase list. Looser than :func:`is_labelled_date`, so it only
    says what stands beside another line, never removes one itself."""
    if not width_at_most(line, MAX_DATELINE_WIDTH):
        return False
    if is_dateline(line, pats) or is_labelled_date(line, pats):
        return _is_calendar_date(line) or _YEAR.search(line) is not None
    return _label_then_date(line, pats, closed=False)


def _label_then_date(line: str, pats: Patterns, *, closed: bool) -> bool:
    """Whether ``line`` is a label of a word or two (``MAX_CREDIT_LABEL_WORDS``), closed by a
    separator (:data:`_DATE_LABEL_END`) where ``closed``, and then a date in numbers naming a day
    (:func:`_is_calendar_date`, :func:`is_dateline`), nothing else."""
    first = next((i for i, c in enumerate(line) if c.isdigit()), None)
    if not first:
        return False
    head, date = line[:first].rstrip(), line[first:]
    label = head.rstrip(_DATE_LABEL_END) if closed else head
    return ((label != head or not closed) and 0 < len(label.split()) <= MAX_CREDIT_LABEL_WORDS
            and any(c.isalpha() for c in label) and _is_calendar_date(date) and is_dateline(date, pats))


def is_media_meta(line: str, pats: Patterns) -> bool:
    """A video's or a podcast's metadata: a line of nothing but a date (and time) and a running
    time, "18.04.2024 | 0:21 min", "5 March 2024 · 12 Min.". A date alone is a dateline, a running
    time alone may be a sentence's end ("... ran for 5 min"); both together describe a clip."""
    if not width_at_most(line, MAX_DATELINE_WIDTH):
        return False
    m = pats.duration_end_re.search(line)
    if m is None:
        return False
    head = line[:m.start()].rstrip(_MEDIA_META_SEP)
    return bool(head) and is_dateline(head, pats)


def is_byline(line: str, pats: Patterns) -> bool:
    """'By Jane Doe', 'Автор: Іван Петренко', 'بقلم محمد علي', '홍길동 기자' (names only)."""
    if not is_short(line):
        return False
    for rx in pats.full_res.get("byline", ()):
        if rx.fullmatch(line):
            return True
    m = phrase_match(line, "byline", pats)
    if not m:
        return False
    tail = line[m.end():]
    sep = SEP_RE.match(tail)
    rest = tail[sep.end():] if sep else tail
    if is_punct_only(rest):
        # A bare byline word ("Redaktion", "ویب ڈیسک") is only chrome if it is a multi-word
        # phrase or carries its own colon; a bare "By"/"Von" is not a byline.
        return not single_word(m.group("p")) or m.group("p").rstrip().endswith(":")
    if not tail[:1].isspace() and not (sep and sep.group().strip()) \
            and WORD_AFTER.match(tail[:1]) and not _closed_by_colon(m.group("p")):
        return False
    return _names_only(rest, pats)


def _names_only(rest: str, pats: Patterns) -> bool:
    """Whether ``rest`` (what a label credits) is names and no sentence: a few words, each
    capitalised in a cased script (:func:`_name_like_word`), fewer where nothing tells a name."""
    words = rest.split()
    if len(words) > MAX_BYLINE_NAME_WORDS or has_sentence_break(rest) or ends_sentence(rest):
        return False
    flags = [_name_like_word(w, pats) for w in words]
    if any(cased for _, cased in flags):
        return all(ok for ok, _ in flags)
    return len(words) <= MAX_UNCASED_BYLINE_WORDS


def _closed_by_colon(phrase: str) -> bool:
    """A byline phrase that carries its own colon ("编辑：", "Autor:"): the colon sets the label
    apart, so a name may follow it without a space, as CJK text prints it ("编辑：许雅婷")."""
    return phrase.rstrip()[-1:] in LABEL_COLONS


def is_labelled_byline(line: str, pats: Patterns) -> bool:
    """A byline whose label a colon closes ("责任编辑：陈晓燕", "Автор: Иван Петров", "편집: 김민지"):
    the label and names only (:func:`is_byline`). Unlike a bare "By", such a line is a credit
    wherever the template prints it, also below the story; a dialogue's turns share the shape
    ("记者：..."), which the caller tells apart by the label opening more lines."""
    m = phrase_match(line, "byline", pats)
    return m is not None and _closed_by_colon(m.group("p")) and is_byline(line, pats)


def dialogue_label(line: str) -> str:
    """The label a colon closes at the start of ``line`` ("记者", "Q"), or "" where none: a label
    that opens two or more lines of a text is an interview's speaker, not a credit."""
    m = _LEADING_LABEL_RE.match(line.strip())
    return m.group(1).strip() if m else ""


def is_labelled_names(line: str, pats: Patterns) -> bool:
    """Whether ``line`` is a label a colon closes and names only after it ("Фото: Анна Смирнова",
    "摄影：李华"; :func:`_names_only`): a credit, which names someone, where an interview's turn says
    something ("王局长：预计本周内全部完成。")."""
    stripped = line.strip()
    m = _LEADING_LABEL_RE.match(stripped)
    rest = stripped[m.end():].strip() if m else ""
    return bool(rest) and _names_only(rest, pats)


def is_meta_line(line: str, pats: Patterns) -> bool:
    """A portal's meta line: a date (:func:`is_dated_line`) and a source or byline credit side by
    side, set apart by wide spaces or a bar, "2026年10月13日 08:01  来源：江城晚报", "13.10.2026 |
    Источник: ТАСС": each part alone is the template's (a date line, a credit naming its source,
    a byline), so the line they make is too; a sentence that opens with a date is no part."""
    stripped = line.strip()
    if not width_at_most(stripped, MAX_META_LINE_WIDTH) or stripped[:1] == "|" or stripped[-1:] == "|":
        return False  # a bar at an edge: a table's row as the text prints it ("| 2026-10-13 | Quelle: X |")
    dated = credited = False
    for part in _META_SEP_RE.split(line.strip()):
        part = part.strip()
        if not part:
            continue
        if _names_day(part, pats):
            dated = True
        elif _is_meta_credit(part, pats):
            credited = True
        elif _date_then_credit(part, pats):
            dated = credited = True
        else:
            return False
    return dated and credited


def _date_then_credit(part: str, pats: Patterns) -> bool:
    """A date and a credit a single space sets apart ("2026年10月13日 08:01 来源：江城晚报")."""
    words = part.split(" ")
    return any(_names_day(" ".join(words[:k]), pats) and _is_meta_credit(" ".join(words[k:]), pats)
               for k in range(1, len(words)))


def _is_meta_credit(part: str, pats: Patterns) -> bool:
    """A meta line's credit: the story's source ("来源：江城晚报", matching the source phrases) or
    its byline with a label its colon closes. What a source label credits is a name, no sentence
    ("来源：目前暂无伤亡报告。", "Source: a senior official" open a story's line): no sentence's or
    clause's mark, a name's words (:func:`_names_only`)."""
    if not part:
        return False
    if is_agency_credit(part, pats) or is_labelled_byline(part, pats):
        return True
    credit = credit_parts(part)
    return (credit is not None and matches_rule(part, "source", pats) and not _CLAUSE_MARK_RE.search(credit[1])
            and _names_only(credit[1], pats))


def is_breadcrumb(line: str, pats: Patterns, *, before_title: bool) -> bool:
    """'Home › World › Middle East' or 'Всі новини, Політика, Світ'."""
    if not width_at_most(line, MAX_BREADCRUMB_WIDTH) or re.search(rf"[{re.escape(SENTENCE_TERMINATORS)};:]", line):
        return False
    parts = [p.strip() for p in _BREADCRUMB_SEP_RE.split(line)]
    parts = [p for p in parts if p]
    if not MIN_BREADCRUMB_PARTS <= len(parts) <= MAX_BREADCRUMB_PARTS:
        return False
    if any(len(p.split()) > MAX_BREADCRUMB_PART_WORDS or width(p) > MAX_BREADCRUMB_PART_WIDTH
           for p in parts):
        return False
    return before_title or any(fold_key(p) in pats.crumb_keys for p in parts)


def is_tagline(line: str, pats: Patterns, site_key: str) -> bool:
    """A site slogan / kicker: exactly a known tagline phrase, or the site name (+ phrase)."""
    if not is_short(line) or ends_sentence(line):
        return False
    k = fold_key(line)
    if not k:
        return False
    if k in pats.tagline_keys or (site_key and k == site_key):
        return True
    if site_key and site_key in k:
        rest = k.replace(site_key, " ", 1)
        rest = fold_key(rest)
        return not rest or rest in pats.tagline_keys
    return False


def end_rule(line: str, pats: Patterns, site_key: str) -> str | None:
    """The rule a line at the end of the text falls under, or None when it is content."""
    for rule in END_RULES:
        if rule == "read_also":
            if is_read_also(line, pats):
                return rule
        elif matches_rule(line, rule, pats):
            return rule
    if _is_copyright(line, pats):
        return "copyright"
    if is_agency(line, pats) or is_agency_credit(line, pats) or (
            site_key and fold_key(line) == site_key and is_short(line)):
        return "source"
    if is_social_bar(line, pats) or is_share_prompt(line, pats):
        return "share"
    if is_consent(line, pats):
        return "consent"
    if is_player(line, pats):
        return "player"
    if _is_credit(line):
        return "byline"
    if _is_promo(line, pats):
        return "follow"
    if is_counter(line):
        return "counter"
    return None


def _is_credit(line: str) -> bool:
    return len(line) <= MAX_CREDIT_CHARS and bool(_CREDIT_RE.fullmatch(line))


def _is_promo(line: str, pats: Patterns) -> bool:
    """A closing contact/promo paragraph: an e-mail address given as a prompt or a label gives it
    (:func:`_gives_address`), or it asks the reader to follow/subscribe/sign up and names social
    networks, a handle, a newsletter or an address (a one-word prompt's own word names nothing:
    "Newsletter editors were told ..." is a sentence of the story). End edge only."""
    words = line.split()
    if len(words) > MAX_PROMO_WORDS:
        return False
    sentences = [s for s in _SENTENCE_SPLIT_RE.split(line) if s.strip()]
    if len(sentences) > MAX_PROMO_SENTENCES:
        return False
    address = _EMAIL_RE.search(line)
    if address and _gives_address(line, address):
        return True
    cues = len(pats.social_re.findall(line)) + bool(_HANDLE_RE.search(line)) + bool(address)
    newsletters: list[int] | None = None  # where a newsletter is named: read when a bare prompt asks
    for start, sentence in _stripped_with_starts(line, sentences):
        for rule in ("follow", "subscribe", "newsletter"):
            m = phrase_match(sentence, rule, pats)
            if not m:
                continue
            if cues or not _bare_prompt(m.group("p"), pats):
                return True
            if newsletters is None:
                newsletters = _phrase_starts(line, "newsletter", pats)
            if _names_newsletter(newsletters, start + m.start("p"), sentence[m.end():]):
                return True
    return False


def _stripped_with_starts(line: str, parts: list[str]) -> Iterator[tuple[int, str]]:
    """Each of ``parts`` (consecutive pieces of ``line``) stripped, with where it starts in ``line``."""
    at = 0
    for part in parts:
        start = line.find(part, at)
        at = start + len(part)
        yield start + len(part) - len(part.lstrip()), part.strip()


def _names_newsletter(newsletters: list[int], prompt: int, tail: str) -> bool:
    """Whether a bare prompt starting at ``prompt`` (``tail``: what follows it in its sentence) has
    a newsletter named beside it (``newsletters``: where the line names one). The prompt's own word
    is no cue to itself ("Newsletter editors were told ..."), unless it is set apart as a label
    ("Newsletter: ...")."""
    return any(found != prompt for found in newsletters) or (prompt in newsletters and _set_apart(tail))


def _bare_prompt(phrase: str, pats: Patterns) -> bool:
    """A prompt that names nothing to follow or subscribe to: one word ("Follow"), or a verb and
    the pronoun addressing the reader ("Folgen Sie"), as opposed to "Follow us", "Sign up for our"."""
    words = phrase.split()
    return single_word(phrase) or (len(words) == 2 and words[1].casefold() in pats.address_pronouns)


def _set_apart(tail: str) -> bool:
    """Whether a separator (not a space alone) follows a phrase and a space or the end follows
    it: the phrase stands as a label ("Newsletter: ...", not "Follow-up talks ...")."""
    sep = SEP_RE.match(tail)
    if sep is None or not sep.group().strip():
        return False
    return sep.end() == len(tail) or tail[sep.end() - 1].isspace()


def _phrase_starts(line: str, rule: str, pats: Patterns) -> list[int]:
    """Where a phrase of ``rule`` starts in ``line``, at the start of any of its words."""
    return [m.start() + phrase.start("p") for m in re.finditer(r"(?<!\w)\w", line)
            if (phrase := phrase_match(line[m.start():], rule, pats))]


def _gives_address(line: str, address: re.Match[str]) -> bool:
    """Whether the e-mail ``address`` in ``line`` is given the way a site's prompt gives it: after a
    label ("Contact: tips@...", "E-Mail – redaktion@..."), or in a line that is no sentence ("Write
    to Al Root at allen.root@..."). An address inside a sentence of the story's prose ("Weitere
    Informationen erteilt A. B. unter Tel. ... (a.b@stadt.de).": a press release's own contact) is
    its text; a prompt phrase with it still makes a promo (``_is_promo``)."""
    before = line[:address.start()].rstrip()
    return not ends_sentence(line) or (bool(before) and before[-1] in _PHRASE_SEP_END)


def is_link_item(line: str) -> bool:
    """A list item that reads like a linked headline: '- Photos: Europa, Mysterious Icy Moon'.
    Only for cased scripts (most words capitalised), without sentence punctuation at the end."""
    if not line.startswith(LIST_ITEM_MARKS):
        return False
    rest = line[2:].strip()
    words = rest.split()
    if not MIN_LINK_ITEM_WORDS <= len(words) <= MAX_LINK_ITEM_WORDS or ends_sentence(rest):
        return False
    cased = [w for w in words if any(c.isalpha() for c in w) and (w[0].isupper() or w[0].islower())]
    if len(cased) < MIN_LINK_ITEM_WORDS:
        return False
    return sum(1 for w in cased if w[0].isupper()) >= MIN_LINK_ITEM_CAPITALISED * len(cased)


def strip_shortcodes(line: str, pats: Patterns) -> tuple[str, int]:
    """``line`` without the CMS shortcodes left in it ("[caption id=... width=640]", "[/caption]",
    ``[ad_1]``: see ``[shortcodes]`` in common.toml), and how many went."""
    count = 0
    for rx in pats.shortcode_res:
        line, n = rx.subn(" ", line)
        count += n
    if count:
        line = re.sub(r"[ \t\u00a0]{2,}", " ", line)
        line = re.sub(r" +([.,;:!?،؛。，])", r"\1", line).strip()
    return line, count


def is_shortcodes_only(line: str, pats: Patterns) -> bool:
    """Whether the line is nothing but shortcodes: markup a CMS left unreplaced, no text of any
    language."""
    return "[" in line and not strip_shortcodes(line, pats)[0].strip()
