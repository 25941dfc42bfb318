"""Write newsspider/extract/list_conjunctions.json: the word the Unicode CLDR's list patterns (through Babel:
``list_patterns["standard"]``, its ``2`` and ``end`` patterns, "{0} and {1}") write between the last two items of
a list, in every language ("and", "und", "og", Yiddish "און", Tatar "һәм", Assamese "আৰু"), each with the
languages that write it (CLDR's language subtags). newsspider.extract.bylines splits a joined byline at these
words; reading Babel's data of every language for them costs about a second of CPU a process, the shipped table
almost none.

Only a word written apart, with a space on both sides: a conjunction joined to the next name (Arabic "و",
Hebrew "ו", Zulu "ne-") or written without spaces (Chinese "和", Japanese "、") is split by its own rules. A
comma before the word (English's serial "{0}, and {1}") is the list's separator, not the word; a letter CLDR
writes in brackets (Welsh "a(c)", Luxembourgish "a(n)": "ac", "an" before a vowel) gives both forms. A regional or
script variant (``de_AT``, ``sr_Latn``) writes its language's words and is left out.

    python -m scripts.cldr_list_conjunctions   # from the repository's root
"""
from __future__ import annotations

import re
from collections import defaultdict

from babel import localedata

from scripts.cldr_tables import PACKAGE, by_word, language_locales, write_table

OUT = PACKAGE / "extract" / "list_conjunctions.json"
KEYS = ("2", "end")  # the patterns joining two items, and the last two of a longer list
# The word between "{0}" and "{1}", spaced on both sides, after the list's comma if any; Khmer's zero-width
# space after it is a space.
SPACED_WORD = re.compile(r"^[\s,،]*\s[,،]?(?P<word>[^\s,،]+(?:\s\S+)*?)[\s\u200b]+$")
OPTIONAL_LETTERS = re.compile(r"^(\w+)\((\w+)\)$")  # "a(c)": "a", and "ac" before a vowel


def words(pattern: str) -> list[str]:
    """The conjunction ``pattern`` ("{0} and {1}") writes apart between its items, in each of its forms."""
    first, second = pattern.find("{0}"), pattern.find("{1}")
    if not 0 <= first < second:
        return []
    spaced = SPACED_WORD.match(pattern[first + 3:second])
    if spaced is None:
        return []
    optional = OPTIONAL_LETTERS.match(spaced["word"])
    return [optional[1], optional[1] + optional[2]] if optional else [spaced["word"]]


def main() -> None:
    """Collect each language's spaced conjunction, write the table."""
    languages: dict[str, set[str]] = defaultdict(set)
    for name, _ in language_locales():
        patterns = localedata.load(name).get("list_patterns", {}).get("standard", {})
        for key in KEYS:
            for word in words(str(patterns.get(key, ""))):
                languages[word].add(name)
    table = by_word(languages)
    write_table(OUT, {"words": table})
    print(f"{len(table)} words -> {OUT}")


if __name__ == "__main__":
    main()
