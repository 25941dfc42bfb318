"""Whether the words after a number make it an amount, in the page's language, by the Unicode CLDR (through Babel):
"2.50 Euro", "1.05 mln zł", "3.10 pkt" after a date are a price, a sum and a score, not the clock times "02:50",
"01:05" and "03:10" a full stop between two numbers also writes (Danish and Finnish "kl. 15.20", "klo 15.20").

What CLDR says follows a number in a language: its currencies' symbols and names ("zł", "Kč", "Euro", "złotych"),
its compact numbers' words, short and long ("mln", "Mio.", "tys.", "juta", "करोड़"), its measurement units' short
forms ("pkt", "kcal", "ppm"); not its units of time ("godz.", "Std.": a clock's own words), nor a word that is a
clock's (a half of the day, "pm" a picometre too). Read for the page's language only, once a process: one language's unit is another's word.
"""
from __future__ import annotations

import re
from functools import cache

from newsspider.dates import clock_words_end
from newsspider.langcodes import cldr_language

# A unit's short form of fewer characters than this is as often a preposition or an initial after a number as a
# unit ("em", "in", "sa", "au": Portuguese, German, Indonesian, French words; CLDR's em, inch, astronomical unit):
# a clock's place ("15.20 em Lisboa"), not an amount. Currency symbols and compact numbers' words of two letters
# ("zł", "Kč", "jt") name nothing else there.
MIN_UNIT_CHARS = 3
MIN_CURRENCY_CHARS = 2  # a single letter after a number is a unit, an initial or a half of the day ("p", "a")
# Counts whose plural forms a currency's name takes in CLDR's plural rules (one, few, many, other: "złoty",
# "złote", "złotych"); the fraction gives the form of a decimal ("2,50 złotego").
_COUNTS = (1, 2, 5, 1.5)
_NUMBER = re.compile(r"[\d.,\u066b\u066c'’]*\d[\d.,\u066b\u066c'’]*")  # a formatted number, taken out of a unit's form


def follows_amount(text: str, end: int, language: str | None) -> bool:
    """Whether ``text`` after ``end`` (a number's end) begins with a word that makes the number an amount in
    ``language`` (a page's language tag; None, or one CLDR does not know: no word does)."""
    pattern = _amount_words(cldr_language(language)) if language else None
    return pattern is not None and pattern.match(text, end) is not None


@cache
def _amount_words(language: str) -> re.Pattern[str] | None:
    """The words after a number that make it an amount in ``language`` (read from Babel once a process, some ms),
    as one pattern matching after spaces, as a whole word (a full stop ending it optional), in the case CLDR writes it:
    a unit is written so ("bar", "pkt", "del"), where a capital begins a label or a name ("Bar", Norwegian's share
    button "Del"). Not a word a unit of time writes too (Croatian's arc minute "min"). None where CLDR does not
    know the language."""
    from babel import Locale, UnknownLocaleError  # Babel's data is read only where a full-stop clock follows a date
    from babel.numbers import get_currency_name
    from babel.units import format_unit

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    words: set[str] = set()
    of_time: set[str] = set()  # a clock's own words: Croatian's arc minute is "min" as its minute is
    for unit in locale.unit_display_names:
        if not isinstance(unit, str):
            continue
        for length in ("short", "narrow") if unit.startswith("duration-") else ("short",):
            try:
                form = format_unit(1.5, unit, length=length, locale=locale)
            except (KeyError, ValueError, TypeError):
                continue
            word = " ".join(_NUMBER.sub(" ", str(form)).split())
            if unit.startswith("duration-"):
                of_time.add(word.rstrip("."))
            elif len(word.rstrip(".")) >= MIN_UNIT_CHARS:
                words.add(word)
    compact = locale.compact_decimal_formats  # short and long ("2,5 jt", "2,5 juta"; Hindi's "2.5 करोड़" is long only)
    for forms in (form for length in ("short", "long") for form in compact.get(length, {}).values()):
        for pattern in forms.values():  # by plural form, by magnitude
            words.update(f"{pattern.prefix[0]} {pattern.suffix[0]}".replace("'", "").split())  # "'.'": a literal
    for code, name in locale.currencies.items():
        words.update({name, *(get_currency_name(code, count, locale) for count in _COUNTS)})
    words.update(locale.currency_symbols.values())
    words = {word.strip().rstrip(".") for word in words} - of_time
    words = {word for word in words if len(word) >= MIN_CURRENCY_CHARS and any(char.isalpha() for char in word)
             and not _clock_word(word)}
    if not words:
        return None
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"[\s\u00a0\u202f]*(?:{alternatives})\.?(?!\w)")


def _clock_word(word: str) -> bool:
    """Whether ``word`` is one a clock time carries (:func:`newsspider.dates.clock_words_end`: a half of the day,
    "Uhr", a zone's abbreviation): "3.20 pm" is a clock, though "pm" is CLDR's picometre."""
    text = f"3:20 {word}"
    return clock_words_end(text, 4) >= len(text) or word.casefold() in {"am", "pm", "a.m", "p.m"}
