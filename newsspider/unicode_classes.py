"""The classes of characters that the text rules of every layer share, each defined once, and
the digits of every script read as ASCII (dates in extraction, numbers in story fingerprints).

Why one home: discovery (title-like URL slugs), extraction (lengths, paragraph ends), the cleaner
(phrase edges, sentence breaks) and the story fingerprints (tokens, name detection) must agree on
what a Chinese or Japanese character is and on what ends a sentence; copies drifted apart before.
A leaf module: it imports nothing of the project.
"""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any

CodeRange = tuple[int, int]
"""An inclusive range of code points."""

CJK_RANGES: tuple[CodeRange, ...] = (
    (0x3040, 0x30FF),    # Hiragana, Katakana
    (0x3400, 0x4DBF),    # CJK Extension A
    (0x4E00, 0x9FFF),    # CJK Unified Ideographs
    (0xF900, 0xFAFF),    # CJK Compatibility Ideographs
    (0x20000, 0x2FA1F),  # CJK Extensions B-F, compatibility supplement
)
"""Chinese and Japanese ideographs and kana: scripts written without spaces between words."""

UNSPACED_ALPHABET_RANGES: tuple[CodeRange, ...] = (
    (0x0E00, 0x0E7F),    # Thai
    (0x0E80, 0x0EFF),    # Lao
    (0x1000, 0x109F),    # Myanmar
    (0x1780, 0x17FF),    # Khmer
    (0x1950, 0x19FF),    # Tai Le, New Tai Lue, Khmer Symbols
    (0x1A20, 0x1AAF),    # Tai Tham
    (0x1B00, 0x1B7F),    # Balinese
    (0xA980, 0xA9FF),    # Javanese, Myanmar Extended-B
    (0xAA60, 0xAADF),    # Myanmar Extended-A, Tai Viet
    (0x11700, 0x1174F),  # Ahom
)
"""Alphabets written without spaces between words: their characters are letters and marks, several a word.
The blocks of the scripts UAX #14 gives line break class SA (complex context: words found by a
dictionary, not by spaces): Thai, Lao, Myanmar, Khmer, Tai Le, New Tai Lue, Tai Tham, Tai Viet,
Ahom; and Javanese and Balinese, which the Unicode Standard (chapter 17) says are written without
spaces between words, a space or a pada parting phrases."""

UNSPACED_RANGES: tuple[CodeRange, ...] = (*CJK_RANGES, *UNSPACED_ALPHABET_RANGES)
"""Scripts written without spaces between words: a word may start or end at any of their characters."""

HANGUL_SYLLABLES: CodeRange = (0xAC00, 0xD7AF)
"""Korean syllables: as dense as ideographs, but Korean separates words with spaces."""

WIDE_RANGES: tuple[CodeRange, ...] = ((0x2E80, 0x9FFF), HANGUL_SYLLABLES)
"""East Asian characters that carry about as much text as three Latin letters: CJK radicals,
punctuation, kana, Bopomofo and ideographs (U+2E80-U+9FFF), and Hangul syllables."""

WIDE_TERMINATORS = "。！？｡．︒︕︖﹒﹖﹗"
"""The full stops, question and exclamation marks of Chinese and Japanese, full-width (and the
half-width ideographic full stop ｡ and the full-width full stop ．, which some Japanese and Chinese
pages set), and their vertical (︒ ︕ ︖) and small (﹒ ﹖ ﹗) presentation forms, which a CJK text
set vertically or converted from a CNS code page writes: the next sentence follows them with no
space."""

UNSPACED_TERMINATORS = WIDE_TERMINATORS + "။។៕"
"""Full stops that the next sentence may follow with no space: those of Chinese and Japanese
(``WIDE_TERMINATORS``) and of the alphabets written without spaces between words that have full
stops of their own (Myanmar ။, Khmer ។ and ៕): where a space separates no words, none need
follow a sentence either."""

NOT_SENTENCE_ENDS = "\u104a\u2024"
"""Characters of Unicode's ``Sentence_Terminal`` property that end no sentence in practice, left out
of ``SENTENCE_TERMINATORS``: the Myanmar little section ၊ (U+104A) is Burmese's comma, set between
the clauses of a sentence that ။ ends, and the one dot leader ․ (U+2024) is a leader's dot (a table
of contents' "Chapter 1 ․․․․ 5") and a typesetter's stand-in for "." in numbers and abbreviations."""

HAND_ADDED_TERMINATORS = "།༎\u037e"
"""Sentence ends that Unicode's ``Sentence_Terminal`` property lacks: the Tibetan shad ། and its
double ༎ (which Unicode leaves to a tailoring, as they close phrases too: see ``PHRASE_MARKS``) and
the Greek question mark U+037E (which Unicode normalisation, NFC, turns into ";": see
``STAND_IN_STOPS``)."""

SENTENCE_TERMINATORS = (
    ".!?"                                        # Latin and every script that borrows its marks
    "\u0589"                                     # Armenian full stop
    "\u061d\u061e\u061f\u06d4"                    # Arabic end of text, triple dot, question mark, full stop (Urdu)
    "\u0700\u0701\u0702"                          # Syriac end of paragraph, supralinear and sublinear full stops
    "\u07f9"                                     # N'Ko exclamation mark
    "\u0837\u0839\u083d\u083e"                    # Samaritan
    "\u0964\u0965"                               # Devanagari danda and double danda (every Indic script's)
    "\u104b"                                     # Myanmar section (full stop)
    "\u1362\u1367\u1368"                          # Ethiopic full stop, question mark, paragraph separator
    "\u166e"                                     # Canadian syllabics full stop
    "\u1735\u1736"                               # Philippine (Baybayin, Hanunoo, Buhid, Tagbanwa) punctuation
    "\u17d4\u17d5"                               # Khmer khan and bariyoosan
    "\u1803\u1809"                               # Mongolian and Manchu full stops
    "\u1944\u1945"                               # Limbu exclamation and question marks
    "\u1aa8\u1aa9\u1aaa\u1aab"                    # Tai Tham
    "\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d\u1b7e\u1b7f"  # Balinese carik, panti, pamada
    "\u1c3b\u1c3c"                               # Lepcha ta-rol
    "\u1c7e\u1c7f"                               # Ol Chiki mucaad and double mucaad
    "\u203c\u203d\u2047\u2048\u2049"              # ‼ ‽ ⁇ ⁈ ⁉
    "\u2cf9\u2cfa\u2cfb"                          # Old Nubian full stop, direct and indirect question marks
    "\u2e2e\u2e3c\u2e53\u2e54"                    # reversed question mark, stenographic full stop, medieval ! and ?
    "\ua4ff"                                     # Lisu full stop
    "\ua60e\ua60f"                               # Vai full stop and question mark
    "\ua6f3\ua6f7"                               # Bamum full stop and question mark
    "\ua876\ua877"                               # Phags-pa shad and double shad
    "\ua8ce\ua8cf"                               # Saurashtra danda and double danda
    "\ua92f"                                     # Kayah Li shya
    "\ua9c8\ua9c9"                               # Javanese pada lingsa and pada lungsi
    "\uaa5d\uaa5e\uaa5f"                          # Cham danda, double and triple danda
    "\uaaf0\uaaf1\uabeb"                          # Meetei Mayek cheikhan, question mark (ahang khudam), cheikhei
    + WIDE_TERMINATORS +                         # Chinese and Japanese, full-width, vertical and small forms
    "\U00010a56\U00010a57"                       # Kharoshthi
    "\U00010f55\U00010f56\U00010f57\U00010f58\U00010f59"  # Sogdian
    "\U00010f86\U00010f87\U00010f88\U00010f89"    # Old Uyghur
    "\U00011047\U00011048"                       # Brahmi
    "\U000110be\U000110bf\U000110c0\U000110c1"    # Kaithi
    "\U00011141\U00011142\U00011143"              # Chakma danda, double danda, question mark
    "\U000111c5\U000111c6\U000111cd\U000111de\U000111df"  # Sharada
    "\U00011238\U00011239\U0001123b\U0001123c"    # Khojki
    "\U000112a9"                                 # Multani
    "\U000113d4\U000113d5"                       # Tulu-Tigalari
    "\U0001144b\U0001144c"                       # Newa
    "\U000115c2\U000115c3\U000115c9\U000115ca\U000115cb\U000115cc\U000115cd\U000115ce"
    "\U000115cf\U000115d0\U000115d1\U000115d2\U000115d3\U000115d4\U000115d5\U000115d6\U000115d7"  # Siddham
    "\U00011641\U00011642"                       # Modi
    "\U0001173c\U0001173d\U0001173e"              # Ahom
    "\U00011944\U00011946"                       # Dives Akuru
    "\U00011a42\U00011a43"                       # Zanabazar Square
    "\U00011a9b\U00011a9c"                       # Soyombo
    "\U00011c41\U00011c42"                       # Bhaiksuki
    "\U00011ef7\U00011ef8"                       # Makasar
    "\U00011f43\U00011f44"                       # Kawi
    "\U00016a6e\U00016a6f"                       # Mro
    "\U00016af5"                                 # Bassa Vah
    "\U00016b37\U00016b38\U00016b44"              # Pahawh Hmong
    "\U00016d6e\U00016d6f"                       # Kirat Rai
    "\U00016e98"                                 # Medefaidrin
    "\U0001bc9f"                                 # Duployan
    "\U0001da88"                                 # SignWriting
    + HAND_ADDED_TERMINATORS
)
"""The full stops, question and exclamation marks of every script: the characters of Unicode's
``Sentence_Terminal`` property (as the ``regex`` module reads ``\\p{Sentence_Terminal}``;
a test holds the two equal) but ``NOT_SENTENCE_ENDS``, and ``HAND_ADDED_TERMINATORS`` (the Tibetan
shad, the Greek question mark). Without its script's own mark no paragraph of an Amharic, Armenian,
Burmese, Khmer, Manipuri (Meetei Mayek ꯫), Santali (Ol Chiki ᱾), Syriac or Inuktitut (᙮) page reads
as running text, and an article there that declares nothing counts as teasers only. A literal, not
Unicode's table read at import: no scan of the code points. Thai and Lao end a sentence with a
space: none. The Greek question mark is mostly written (and always normalised, NFC) as ";", and the
Armenian full stop often typed as ":": see ``STAND_IN_STOPS``."""

QUESTION_AND_EXCLAMATION_MARKS = (
    "!?؟！？፧\u037e"
    "\u07f9\u1944\u1945\u203c\u203d\u2047\u2048\u2049\u2cfa\u2cfb\u2e2e\u2e53\u2e54"
    "\ua60f\ua6f7\uaaf1\ufe15\ufe16\ufe56\ufe57\U00011143"
)
"""The question and exclamation marks among ``SENTENCE_TERMINATORS``, in every script: a headline
ends with one as a sentence does. Beside the Latin, Arabic, full-width, Ethiopic and Greek ones:
N'Ko ߹, Limbu ᥄ ᥅, the doubled and mixed ‼ ‽ ⁇ ⁈ ⁉, the Old Nubian ⳺ ⳻, the reversed ⸮ (irony) and
the medieval ⹓ ⹔, Vai ꘏, Bamum ꛷, Meetei Mayek ꫱, the vertical ︕ ︖ and small ﹖ ﹗ CJK forms, Chakma 𑅃."""

FULL_STOPS = "".join(mark for mark in SENTENCE_TERMINATORS if mark not in QUESTION_AND_EXCLAMATION_MARKS)
"""The full stops among ``SENTENCE_TERMINATORS``: what ends a statement, not a headline ("?" and
"!" end both)."""

UNMARKED_SENTENCE_SCRIPTS = frozenset({"THAI", "LAO"})
"""Scripts (``extract.language.dominant_script`` names) that end sentences with no mark (a space,
or nothing): a line's end there cannot tell a paragraph from a headline."""

PHRASE_MARKS = "\u0f0d\u0f0e\ua9c8\u1b5e\u1b4e"
"""Marks that close a phrase as well as a sentence: the Tibetan shad ། (and its double ༎) ends a
clause, a heading, a label ("པར།", "Photo"), a menu's item; the Javanese pada lingsa ꧈ ends a
sentence after a closed syllable and a clause elsewhere (its full stop is ꧉), and the Balinese
carik siki ᭞ (and its inverted form ᭎) is a comma as often as a full stop (whose own mark is ᭟).
A line ending with one may be either."""

ELLIPSIS = "…"
SENTENCE_ENDS = SENTENCE_TERMINATORS + ELLIPSIS
"""What a paragraph of running text may end with (a trailing ellipsis ends a sentence too)."""

VARIATION_SELECTORS = "".join(map(chr, range(0xFE00, 0xFE10)))
"""The variation selectors VS1-VS16 (U+FE00-U+FE0F): each says how to draw the character before it,
not what it is. VS15 and VS16 ask for its text or emoji presentation ("‼️" is the double exclamation
mark U+203C drawn as an emoji); VS1 and VS2 for a position of CJK punctuation in its cell
(Unicode's StandardizedVariants: "。︀" is the ideographic full stop set in the corner)."""

CLOSING_MARKS = "\"'”’»›)]）」』》" + VARIATION_SELECTORS
"""Quotes and brackets that may close a sentence after its terminator; and the variation
selectors (``VARIATION_SELECTORS``), read past as they are: a sentence's mark drawn otherwise is
its end still."""

ITEM_SEPARATORS = "|·•/–—"
"""The marks a line of short items sets between them (a dateline's "5 March 2024 | 15:20 · Politics", a label's
fields "Jane Doe / Published: ..."): a bar, a middle dot, a bullet, a slash, an en and an em dash, for the inside of
a character class. Not the hyphen, which a class must escape or put last (each reader adds it so), nor a comma, a
sentence's clause's mark too."""

CLAUSE_MARKS = ",;՝،؛߸፣፤᠂᠈⁏⸲⸴⸵⹁⹉⹌、꓾꘍꛵꛶︐︑︔﹐﹑﹔，；､𑑍𑑚𖺗𝪇𝪉"
"""Every script's comma and semicolon (Unicode's punctuation, Po, named COMMA or SEMICOLON: the Arabic comma ،
and semicolon ؛, the ideographic comma 、, the fullwidth ，, the Armenian ՝, the Ethiopic ፣, the Mongolian ᠂, ...),
for the inside of a character class: CLDR's date-time patterns set the Arabic comma between a date and its clock
(Persian "{1}، ساعت {0}", Arabic "{1}، {0}"), as English sets ",". tests/test_unicode_classes.py derives it."""

LABEL_COLONS = ":܃܄܅܆܇܈܉፥፦᠄៖⁝꛴︓﹕：𒑱𒑲𒑳𒑴𝪊"
"""Every script's colon, the mark that sets a label off from its value ("Autor: ...", "ጸሐፊ፦ ...", "ដោយ៖ ..."):
Unicode's punctuation (Po) named COLON (the Syriac colons, the Ethiopic colon and preface colon, the Mongolian, the
Bamum, the fullwidth, small and vertical forms of CJK text), and the Khmer camnuc pii kuuh ៖, which the Unicode
Standard's Khmer section describes as Khmer's colon without naming it one. Not the modifier letters named COLON (Lm,
Sk: a phonetic length mark inside a word). For the inside of a character class; tests/test_unicode_classes.py
derives it."""

DIRECTION_MARKS = "\u200e\u200f\u061c"
"""The invisible left-to-right, right-to-left and Arabic letter marks (Cf) a right-to-left text sets beside its
punctuation (CLDR's Persian "{1}،\u200f {0}"): no space to a regular expression's ``\\s``."""

REVERSED_CLOSING_QUOTES = "“‘«"
"""Quotes that open a quotation in English or French but close one in German and Czech („So ist
es.“, ‚ja.‘) and Danish (»Ja.«): a paragraph ending in one ends in a quoted sentence (no
paragraph ends in an opening quote). Not among ``CLOSING_MARKS``, whose reading of what ends a
sentence the text passes were tuned with; the page-type decision reads them (``pagetype.running_text``)."""

_GREEK_LETTERS: tuple[tuple[str, str], ...] = (("\u0370", "\u03ff"), ("\u1f00", "\u1fff"))
_ARMENIAN_LETTERS: tuple[tuple[str, str], ...] = (("\u0531", "\u0587"), ("\ufb13", "\ufb17"))
STAND_IN_STOPS = {";": _GREEK_LETTERS, ":": _ARMENIAN_LETTERS}
"""Latin marks that stand for a script's own sentence mark after a word of that script: ";" for
the Greek question mark (which Unicode normalisation, NFC, turns into ";"), ":" for the Armenian
full stop ։ (which many Armenian pages type as the colon it looks like). After any other word
they end no sentence ("de facto;", "Read more:")."""


def _sentence_core(text: str) -> str:
    """``text`` without what may follow its last mark: spaces, closing quotes and brackets, and the direction marks
    a right-to-left page sets after its punctuation ("... معها.\u200f"), which write nothing."""
    return text.rstrip().rstrip(CLOSING_MARKS + DIRECTION_MARKS).rstrip()


def end_says_nothing(text: str) -> bool:
    """Whether ``text`` ends with one of ``PHRASE_MARKS`` (before any closing quote or bracket): its
    end cannot tell a sentence from a label there."""
    return _sentence_core(text)[-1:] in PHRASE_MARKS


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence, before any closing quote or bracket: with one of
    ``SENTENCE_ENDS``, or with a mark of ``STAND_IN_STOPS`` after a word of its script ("Τι θα
    γίνει τώρα;" is a question, "Քաղաքապետը հայտնեց:" a statement)."""
    core = _sentence_core(text)
    if not core:
        return False
    if core[-1] in SENTENCE_ENDS:
        return True
    letters = STAND_IN_STOPS.get(core[-1])
    if letters is None:
        return False
    before = core[:-1].rstrip(CLOSING_MARKS)[-1:]
    return bool(before) and any(low <= before <= high for low, high in letters)


def char_class(ranges: Iterable[CodeRange]) -> str:
    """The inside of a regex character class (``[...]``) matching the code point ranges."""
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


CJK_CLASS = char_class(CJK_RANGES)
"""``CJK_RANGES`` as the inside of a regex character class."""

WIDE_CHAR_WEIGHT = 3
"""A Chinese, Japanese or Korean character (``WIDE_RANGES``) counts as this many Latin ones in a text's size."""
_WIDE_CHAR = re.compile(f"[{char_class(WIDE_RANGES)}]")


def text_size(text: str) -> int:
    """Length in Latin-equivalent characters: a Chinese, Japanese or Korean character carries about
    as much as three Latin letters, so a fixed minimum would reject short CJK articles (and take
    a CJK story's paragraph for a byline's few words)."""
    return len(text) + (WIDE_CHAR_WEIGHT - 1) * len(_WIDE_CHAR.findall(text))


_MARK_BLOCKS: tuple[CodeRange, ...] = ((0x0300, 0x1DFF), (0x20D0, 0x20FF), (0x2CEF, 0x2DFF), (0x302A, 0x309A),
                                       (0xA66F, 0xABFF), (0xFB1E, 0xFB1E), (0xFE00, 0xFE2F))
"""The blocks of the Basic Multilingual Plane that hold its combining marks (the rest hold none)."""


def _mark_ranges(blocks: Iterable[CodeRange] = _MARK_BLOCKS) -> tuple[CodeRange, ...]:
    """The ranges of combining marks (Unicode categories Mn, Mc, Me) in ``blocks``."""
    ranges: list[list[int]] = []
    for cp in (cp for low, high in blocks for cp in range(low, high + 1)):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return tuple((low, high) for low, high in ranges)


MARK_CLASS = char_class(_mark_ranges())
"""The inside of a regex character class matching the combining marks (Mn, Mc, Me) of every script of the Basic
Multilingual Plane: Thaana's vowel signs ("ލިޔުނީ") as much as the Brahmic scripts', Hebrew's or Arabic's."""

WORD_CHAR_CLASS = "\\w" + MARK_CLASS
"""The inside of a regex character class matching a word's characters in every script: ``\\w``
and the combining marks, which ``\\w`` leaves out though Indic, Thai, Hebrew and Arabic words are
written with them (Hindi "है" ends in a vowel sign, no letter to ``\\w``)."""


BRAHMIC_RANGES: tuple[CodeRange, ...] = (
    (0x0900, 0x0DFF),    # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    (0x0F00, 0x0FFF),    # Tibetan
    (0x1900, 0x194F),    # Limbu
    (0x1A00, 0x1A1F),    # Buginese
    (0x1B80, 0x1C4F),    # Sundanese, Batak, Lepcha
    (0xA800, 0xA82F),    # Syloti Nagri
    (0xA880, 0xA95F),    # Saurashtra, Devanagari Extended, Kayah Li, Rejang
    (0xAA00, 0xAA5F),    # Cham
    (0xAAE0, 0xAAFF),    # Meetei Mayek Extensions
    (0xABC0, 0xABFF),    # Meetei Mayek
    *UNSPACED_ALPHABET_RANGES,  # Thai, Lao, Myanmar, Khmer, the Tai scripts, Balinese, Javanese, Ahom
)
"""The blocks of the Brahmic scripts of South and Southeast Asia (the Unicode Standard's chapters 12-17), which
write a syllable's vowel with a sign, a combining mark (Mn, Mc), not a letter to ``\\w``: Hindi "राम" and "रामा",
Javanese "ꦱꦶꦠꦶ" are told apart by their marks."""

BRAHMIC_MARK_CLASS = char_class(_mark_ranges(BRAHMIC_RANGES))
"""The inside of a regex character class matching the combining marks of :data:`BRAHMIC_RANGES`: their vowel
signs, viramas and other signs (not their punctuation, the danda, the Javanese pada: letters' marks only)."""


def is_cjk(c: str) -> bool:
    """Whether the character is a Chinese or Japanese ideograph or kana (``CJK_RANGES``)."""
    o = ord(c)
    return any(low <= o <= high for low, high in CJK_RANGES)


_FIRST_UNSPACED = min(low for low, _ in UNSPACED_RANGES)
"""The lowest code point of :data:`UNSPACED_RANGES` (Thai's first): every character below it (Latin,
Cyrillic, Greek, Arabic, Devanagari ...: most a page's texts are written in) is of no such script."""


def is_unspaced(c: str) -> bool:
    """Whether the character is of a script written without spaces between words (``UNSPACED_RANGES``).
    A character below :data:`_FIRST_UNSPACED` is decided by that one comparison, not by a search of the
    ranges (ten Python steps a Latin letter: the tag lists ask it of each letter of a headline)."""
    o = ord(c)
    return o >= _FIRST_UNSPACED and any(low <= o <= high for low, high in UNSPACED_RANGES)


def holds_words(text: str, words: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole words: no letter or digit runs on at either end, but in a
    script written without spaces between words (:func:`is_unspaced`), whose
    words run on ("经济" in "中国经济增长"): "sejm" is no word of "asejm"."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        before, after = text[start - 1:start], text[end:end + 1]
        if ((not before.isalnum() or is_unspaced(words[0])) and (not after.isalnum() or is_unspaced(words[-1]))):
            return True
        start = text.find(words, start + 1)
    return False


def each_of_unspaced_script(words: Iterable[str]) -> bool:
    """Whether each of ``words`` holds a character of a script written without spaces between words
    (:func:`is_unspaced`): the space between them then parts keywords or phrases, not a spaced script's words."""
    return all(any(map(is_unspaced, word)) for word in words)


def is_cased(c: str) -> bool:
    """Whether the character is a letter of a script with cases (Latin, Cyrillic, Greek, Armenian, Georgian):
    such a script bounds its words by spaces and marks, where a caseless one (Thai, CJK) may run words on. An empty string is none."""
    return c.lower() != c.upper()


# The ASCII characters that are no letter or digit (``str.isalnum``), and a run of the characters
# that are one: ``\w`` is ``str.isalnum`` and the underscore, character for character.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
_ALNUM_RUN = re.compile(r"[^\W_]+")


def alnum_only(text: str) -> str:
    """``"".join(filter(str.isalnum, text))``: the letters and digits of ``text``, in order. Not
    one Python call a character: a headline's key is taken of long lines too (a text's first
    lines, its paragraphs), at 70 ns a character; an ASCII text (most) loses the others in one
    ``bytes.translate``, any other keeps the runs a regex finds."""
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return "".join(_ALNUM_RUN.findall(text))


def alnum_only_is(text: str, key: str) -> bool:
    """``alnum_only(text) == key``: the first letter or digit of ``text`` against ``key``'s first, then
    all of them, taken in C (:func:`alnum_only`). Most texts asked about (a page's paragraphs against a
    headline's or an opening's key: 10,035 of the extract_cpu pages' 12,839) part from ``key`` at their
    first letter, and a Python step a letter over the texts that do not (a whole key's length where
    they match) cost more than taking all of their letters at once."""
    if next(filter(str.isalnum, text), "") != key[:1]:
        return False
    return alnum_only(text) == key


_NON_ASCII_DIGIT_RE = re.compile(r"[^\D0-9]")  # \d is every Unicode decimal digit (category Nd)


@functools.lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Every Unicode decimal digit (Arabic-Indic, Devanagari, ...) -> ASCII digit."""
    table: dict[int, str] = {}
    for cp in range(sys.maxunicode + 1):
        if cp < 128:
            continue
        d = unicodedata.decimal(chr(cp), None)
        if d is not None:
            table[cp] = str(d)
    return table


def unify_digits(text: str) -> str:
    """Map digits of every script to ASCII so numbers compare across languages."""
    if _NON_ASCII_DIGIT_RE.search(text) is None:  # most texts: nothing to map, skip the per-character table
        return text
    return text.translate(_digit_table())


def warm_up() -> None:
    """Build the digit table now (every code point looked up: ~50 ms of CPU): in the workers' zygote
    (:mod:`newsspider.worker_process`), once for all of them, not by each worker's first page writing digits
    of another script."""
    _digit_table()


# trafilatura drops every non-printable character, including the zero-width (non-)joiners that
# Persian, Urdu and Indic scripts need inside words ("سه‌شنبه" would become "سهشنبه"), and the
# bidi marks and zero-width spaces that pages carry inside sentences. They travel through it as
# rare printable stand-ins instead (newsspider.extract.article.protect_joiners), so the text keeps the
# page's characters; what reads the page's tree (a printed date's month name: Malayalam "ഒക്‌ടോബർ")
# reads it with them restored.
_STAND_IN_MARK = "\u2e3b\u2e3a"  # what every stand-in opens with
JOINER_STAND_INS = {joiner: f"{_STAND_IN_MARK}{letter}" for joiner, letter in
                    (("\u200c", "N"), ("\u200d", "J"), ("\u200b", "B"), ("\u200e", "L"), ("\u200f", "R"))}


def restore_joiners(text: Any) -> Any:
    """Undo :data:`JOINER_STAND_INS` (non-strings pass through). Every stand-in opens with
    :data:`_STAND_IN_MARK`: a text without it (nearly every one) is searched once, not once a joiner."""
    if isinstance(text, str) and _STAND_IN_MARK in text:
        for joiner, stand_in in JOINER_STAND_INS.items():
            text = text.replace(stand_in, joiner)
    return text


HIDDEN_MARKS = "\u00ad\u2060\ufeff"
"""Soft hyphen, word joiner and byte-order mark: they show nothing and split a word for search
("Bundes\u00adtag" is not "Bundestag"). Not the zero-width (non-)joiners, which change how
Persian and Indic text is drawn, nor the zero-width space, which marks word ends in Thai."""


FORMAT_CATEGORY = "Cf"
"""Unicode's general category of the format characters: direction marks, zero-width spaces and joiners,
which draw nothing themselves but tell how the characters beside them are drawn or broken."""

BOUND_FORMAT_CHARACTERS = re.compile("[\U000e0000-\U000e007f\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd]")
"""The format characters that belong to a character beside them, so that a text's end or start keeps them: the
tag characters (Unicode's Tags block), which close an emoji's tag sequence (England's flag: a black flag, the
tags "gbeng", a cancel tag), and the prepended concatenation marks (Unicode's ``Prepended_Concatenation_Mark``,
e.g. the Arabic number sign U+0600 spanning the digits after it), which are drawn."""


# What ``re.IGNORECASE`` takes for an ASCII letter, one character for one (offsets kept): the capitals,
# and the dotted and dotless I, the long s and the Kelvin sign (all there are: every character tried).
_ASCII_FOLD = str.maketrans({**{chr(code): chr(code + 32) for code in range(ord("A"), ord("Z") + 1)},
                             "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ascii_folded(text: str) -> str:
    """``text`` with its ASCII letters in lower case and the letters ``re.IGNORECASE`` takes for
    them (:data:`_ASCII_FOLD`), each character one: a case-sensitive search of it for ASCII is a
    case-insensitive one of ``text``, at the same offsets."""
    return text.lower() if text.isascii() else text.translate(_ASCII_FOLD)


LIST_COMMAS = CLAUSE_MARKS + "\u104a"
"""What sets a list's items apart in any script: every script's comma and semicolon (:data:`CLAUSE_MARKS`) and
Burmese's comma, the little section ၊ (named none)."""


# The marks that set the direction of text and write nothing: LRM, RLM and the Arabic letter mark, the explicit
# embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069). Pages put them beside the separators of a
# right-to-left list (CLDR's Persian list writes "،\u200f " between items): no part of a name or a keyword. (Not
# the zero-width joiners, which are inside Persian and Indic words.) Read from the page's tree, LRM and RLM are
# their stand-ins (:data:`JOINER_STAND_INS`).
_DIRECTION_FORMAT = re.compile(f"[{DIRECTION_MARKS}\u202a-\u202e\u2066-\u2069]|"
                               + "|".join(JOINER_STAND_INS[mark] for mark in "\u200e\u200f"))


def without_direction_marks(text: str) -> str:
    """``text`` without the direction marks (:data:`_DIRECTION_FORMAT`) or their stand-ins, as a field's values are read."""
    return _DIRECTION_FORMAT.sub("", text) if not text.isascii() else text
