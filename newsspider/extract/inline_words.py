"""Words trafilatura cut out of the story's own sentences.

trafilatura deletes some elements with their text wherever they stand (``trafilatura.settings.
MANUALLY_CLEANED``): among them ``<time>``, which HTML lets a paragraph hold as part of its phrasing. A
date marked up as a ``<time>`` inside a sentence ("The hearing, held on <time>Tuesday, March 5</time>,
drew a crowd.") comes out as "held on , drew a crowd.": the story's own words are lost, in every
language, on every page that marks its dates up so.

:func:`with_inline_words` puts them back: where the text holds a story paragraph's line as trafilatura
wrote it (the paragraph's text without the text of every element it deletes), the line gets its
``<time>``s' words back where they stood. Only for a paragraph (``<p>`` or a
list item) inside the story's container whose shown text is running text:

* no short line (``rules.is_short``): the cleaner's edge rules read short lines alone, and a byline
  with its date ("Posted by Jane Doe on <time>March 5, 2024</time>.") is one of them; it stays as
  trafilatura wrote it, for them (so, for now, does a short story sentence);
* ending like a sentence (in Thai and Lao, which mark no sentence's end, any long line);
* no date line (``rules.is_dated_line``: "Stand: <time>06.03.2024 14:00</time>.");
* each ``<time>`` shown (not hidden from sight, ``elements.hidden_from_sight``: a machine's
  "2024-03-05T10:00:00+01:00" or a screen reader's label set beside the date a reader sees gives no
  words) and in a sentence: no sentence end in the paragraph's words before it ("By Jane Doe.
  <time>March 5, 2024</time>." is a byline and a date line run together). The clock opening a live
  update ("<time>14:20</time> The mayor arrives at ...") is shown as part of its line.

A control's words (``<button>``, ``<label>``, also deleted by trafilatura) stay out: what a control
holds is the page's interface, not the sentence's words, even where it stands mid-sentence: a
glossary or footnote toggle ("the budget<button><span class="visually-hidden">What does this
mean?</span></button>, ..."), a player's "Play", a paywall's "subscribe", a poll's "Yes"/"No".

A line left as trafilatura wrote it keeps its gap: nothing is worse than before.
"""
from __future__ import annotations

from lxml.html import HtmlElement
from trafilatura.settings import MANUALLY_CLEANED

from newsspider.extract.cleaning.patterns import compiled_patterns
from newsspider.extract.cleaning.rules import is_dated_line, is_short
from newsspider.extract.elements import hidden_from_sight, single_spaced
from newsspider.extract.language import dominant_script
from newsspider.unicode_classes import UNMARKED_SENTENCE_SCRIPTS, alnum_only, ends_sentence, unify_digits

# The phrasing element trafilatura deletes with its text that a sentence may hold as its own words: a
# date or a time. (A <button> or <label> it deletes too holds the page's interface: it stays out.)
_RESTORED = ("time",)
# The blocks whose text trafilatura writes as one line (a list item with its "- ").
_BLOCKS = ("p", "li")


def with_inline_words(text: str, story: HtmlElement) -> str:
    """``text`` with the words trafilatura cut from the story's paragraphs (see the module) given
    back; ``story`` is the element holding the story's paragraphs."""
    found = [element for element in story.iter(*_RESTORED) if (element.text or len(element))]
    if not found:
        return text
    blocks: dict[HtmlElement, None] = {}
    for element in found:
        block = next(element.iterancestors(*_BLOCKS), None)
        if block is not None and _inside(block, story):
            blocks.setdefault(block)
    if not blocks:
        return text
    lines = text.split("\n")
    keys: list[str] | None = None
    last = -1
    for block in blocks:
        shown, cut = _readings(block)
        if (shown is None or cut is None or not _sentence(shown) or not alnum_only(cut)
                or is_dated_line(unify_digits(shown), compiled_patterns())):
            continue
        if keys is None:
            keys = [_key(line) for line in lines]
        key = _key(cut)
        at = next((i for i in range(last + 1, len(lines)) if keys[i] == key), None)
        if at is None:
            continue
        in_item = block.tag == "li" or next(block.iterancestors("li"), None) is not None  # "<li><p>...</p></li>" too
        mark = "- " if lines[at].lstrip().startswith("- ") and in_item else ""
        lines[at] = f"{mark}{shown}"
        keys[at] = _key(shown)
        last = at
    return "\n".join(lines) if keys is not None else text


def _sentence(shown: str) -> bool:
    """Whether a paragraph's shown text is running text: no short line (the cleaner's edge rules read
    short lines alone: a byline and a date, "Posted by Jane Doe on <time>...</time>.", stays as
    trafilatura wrote it for them), and it ends like a sentence, or is in a script that marks no
    sentence's end (Thai, Lao)."""
    return not is_short(shown) and (ends_sentence(shown) or dominant_script(shown) in UNMARKED_SENTENCE_SCRIPTS)


def _inside(block: HtmlElement, story: HtmlElement) -> bool:
    """Whether ``block`` is ``story`` or stands inside it."""
    return block is story or any(ancestor is story for ancestor in block.iterancestors())


def _readings(block: HtmlElement) -> tuple[str | None, str | None]:
    """The block's text with its dates' words (the text of its :data:`_RESTORED` elements, nothing of
    the other elements trafilatura deletes whole) and as trafilatura writes it (without them),
    single-spaced; (None, None) where nothing of it would come back: no date showing words, a date set
    as a sentence of its own, or a line break (trafilatura parts the block in lines there)."""
    shown: list[str] = [block.text or ""]
    cut: list[str] = [block.text or ""]

    def walk(element: HtmlElement, written: bool) -> None:
        for child in element:
            tag = child.tag
            if isinstance(tag, str):
                if tag == "br":
                    raise _NothingBack
                if tag in _RESTORED and not hidden_from_sight(child):
                    if written and not _in_sentence(shown):
                        raise _NothingBack  # a date set as a sentence of its own
                    _add(child.text, shown, cut, False)
                    walk(child, False)
                elif tag not in MANUALLY_CLEANED and (written or not hidden_from_sight(child)):
                    _add(child.text, shown, cut, written)
                    walk(child, written)
                # else: a script, a picture, a field, a control, a date the page hides (a machine's
                # "2024-03-05T10:00:00+01:00", a screen reader's label inside a date): no words of the line's
            _add(child.tail, shown, cut, written)

    try:
        walk(block, True)
    except _NothingBack:
        return None, None
    whole, written = single_spaced("".join(shown)), single_spaced("".join(cut))
    return (whole, written) if _key(whole) != _key(written) else (None, None)


class _NothingBack(Exception):
    """A block that gives nothing back (a line break in it, a date set as a sentence of its own)."""


def _add(words: str | None, shown: list[str], cut: list[str], written: bool) -> None:
    """Add ``words`` to the text shown, and to the text written where trafilatura keeps them."""
    if words:
        shown.append(words)
        if written:
            cut.append(words)


def _in_sentence(shown: list[str]) -> bool:
    """Whether an element stands inside a sentence: no sentence end in the words its block showed
    before it ("By Jane Doe. <time>...</time>." is a date line set after a byline)."""
    before = "".join(shown).rstrip()
    return not alnum_only(before) or not ends_sentence(before)


def _key(line: str) -> str:
    """Letters and digits, case-folded: one paragraph however its spaces came out."""
    return alnum_only(line.casefold())
