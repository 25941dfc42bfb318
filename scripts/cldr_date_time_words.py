"""Write newsspider/extract/date_time_words.json: the words the Unicode CLDR's date-time patterns (through
Babel: ``datetime_formats`` and ``datetime_formats_relative``) write between a date and its clock time, in every
language (Indonesian "{1} 'pukul' {0}", English "{1} 'at' {0}"), case-folded, each with the languages that write
it (CLDR's language subtags). newsspider.extract.published reads a long word before a clock after a
date as the date's "at" only where this table has it; reading Babel's data of every language for it costs ~0.75 s
of CPU a process, the shipped table almost none.

A regional or script variant (``de_AT``, ``sr_Latn``) writes its language's words and is left out.

    python -m scripts.cldr_date_time_words   # from the repository's root
"""
from __future__ import annotations

import re
from collections import defaultdict

from babel import localedata

from scripts.cldr_tables import PACKAGE, by_word, language_locales, write_table

OUT = PACKAGE / "extract" / "date_time_words.json"
PATTERN_WORD = re.compile(r"[^\W\d_]+")  # a word of a CLDR pattern's literal text
KINDS = ("datetime_formats", "datetime_formats_relative")


def main() -> None:
    """Collect each pattern's words between its date ({1}) and its time ({0}), write the table."""
    languages: dict[str, set[str]] = defaultdict(set)
    for name, _ in language_locales():
        data = localedata.load(name)
        for kind in KINDS:
            for pattern in data.get(kind, {}).values():
                text = str(pattern)
                date_at, clock_at = text.find("{1}"), text.find("{0}")
                if 0 <= date_at < clock_at:
                    for word in PATTERN_WORD.findall(text, date_at + 3, clock_at):
                        languages[word.casefold()].add(name)
    words = by_word(languages)
    write_table(OUT, {"words": words})
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
