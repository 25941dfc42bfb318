"""Words trafilatura cut out of the story's own sentences.

trafilatura deletes some elements with their text wherever they stand (``trafilatura.settings.
MANUALLY_CLEANED``): among them ``<time>``, ``<button>`` and ``<label>``, which HTML lets a paragraph
hold as part of its phrasing. A date marked up as a ``<time>`` inside a sentence ("The hearing, held on
<time>Tuesday, March 5</time>, drew a crowd.") comes out as "held on , drew a crowd.": the story's
own words are lost, in every language, on every page that marks its dates up so.

:func:`with_inline_words` puts them back: where the text holds a story paragraph's line as trafilatura
wrote it (the paragraph's text without those elements' text), the line becomes the paragraph's text as
the page shows it. Only for a paragraph (``<p>`` or a list item) inside the story's container whose
shown text is running text:

* no short line (``rules.is_short``): the cleaner's edge rules read short lines alone, and a byline
  with its date ("Posted by Jane Doe on <time>March 5, 2024</time>.") is one of them; it stays as
  trafilatura wrote it, for them (so, for now, does a short story sentence);
* ending like a sentence (in Thai and Lao, which mark no sentence's end, any long line);
* no date line (``rules.is_dated_line``: "Stand: <time>06.03.2024 14:00</time>.");
* each element in a sentence: no sentence end in the paragraph's words before it ("By Jane Doe.
  <time>March 5, 2024</time>." is a byline and a date line run together). A ``<button>`` or a
  ``<label>``, a control, also needs the sentence's words before it and more of it after ("press
  <button>Yes</button> or <button>No</button> on the screen"), never a paragraph closed by its control
  ("We use cookies. <button>OK</button>", "Do you agree? <button>Yes</button>"). A ``<time>`` is no
  control: the clock opening a live update ("<time>14:20</time> The mayor arrives at ...") is shown
  as part of its line.

A line left as trafilatura wrote it keeps its gap: nothing is worse than before.
"""
from __future__ import annotations

from lxml.html import HtmlElement
from trafilatura.settings import MANUALLY_CLEANED

from newsspider.extract.cleaning.patterns import compiled_patterns
from newsspider.extract.cleaning.rules import is_dated_line, is_short
from newsspider.extract.elements import single_spaced
from newsspider.extract.language import dominant_script
from newsspider.unicode_classes import UNMARKED_SENTENCE_SCRIPTS, alnum_only, ends_sentence, unify_digits

# The phrasing elements trafilatura deletes with their text that a sentence may hold: a date or time
# (no control), and the controls whose words a sentence may name.
_TIMES = ("time",)
_CONTROLS = ("button", "label")
_RESTORED = (*_TIMES, *_CONTROLS)
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
        mark = "- " if lines[at].lstrip().startswith("- ") and block.tag == "li" else ""
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
    """The block's text as the page shows it and as trafilatura writes it (without the text of every
    element it deletes whole), single-spaced; (None, None) where nothing of it would come back: no
    element of :data:`_RESTORED` showing words, a control closing its line, or a line break
    (trafilatura parts the block in lines there)."""
    shown: list[str] = [block.text or ""]
    cut: list[str] = [block.text or ""]

    def walk(element: HtmlElement, written: bool) -> None:
        for child in element:
            tag = child.tag
            if isinstance(tag, str):
                if tag == "br":
                    raise _NothingBack
                if tag in _RESTORED:
                    if written and not _in_sentence(shown, child, tag in _CONTROLS):
                        raise _NothingBack  # a control closing its line, a date set as a sentence of its own
                    _add(child.text, shown, cut, False)
                    walk(child, False)
                elif tag not in MANUALLY_CLEANED:
                    _add(child.text, shown, cut, written)
                    walk(child, written)
                # else: a script, a picture, a field: no words of the line's
            _add(child.tail, shown, cut, written)

    try:
        walk(block, True)
    except _NothingBack:
        return None, None
    whole, written = single_spaced("".join(shown)), single_spaced("".join(cut))
    return (whole, written) if _key(whole) != _key(written) else (None, None)


class _NothingBack(Exception):
    """A block that gives nothing back (a line break in it, a control closing its line)."""


def _add(words: str | None, shown: list[str], cut: list[str], written: bool) -> None:
    """Add ``words`` to the text shown, and to the text written where trafilatura keeps them."""
    if words:
        shown.append(words)
        if written:
            cut.append(words)


def _in_sentence(shown: list[str], element: HtmlElement, control: bool) -> bool:
    """Whether ``element`` stands inside a sentence: no sentence end in the words before it (what its
    block showed so far: "By Jane Doe. <time>...</time>." is a date line set after a byline); a
    control also needs words before it and more of the sentence after it (its tail)."""
    before = "".join(shown).rstrip()
    if not alnum_only(before):
        return not control
    return not ends_sentence(before) and (not control or bool((element.tail or "").strip()))


def _key(line: str) -> str:
    """Letters and digits, case-folded: one paragraph however its spaces came out."""
    return alnum_only(line.casefold())
