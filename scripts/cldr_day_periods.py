"""Write newsspider/day_periods.json: the words for the morning and afternoon halves of a 12-hour
clock in every language of the Unicode CLDR (through Babel) whose short time pattern is a 12-hour
clock ("h:mm a": Malay "3:20 PTG", Albanian "3:20 m.d."; "a h:mm": Korean "오후 3:20"), by where the
pattern writes them, after the clock or before it: a clock read without its word is 12 hours off.

Kept: the abbreviated format names (what a printed time shows), of at least MIN_CHARS characters (a
single letter after a number is a unit or an initial), with their narrow no-break spaces as spaces; left
out, a word that is the morning's in one language and the afternoon's in another. Each word's languages
(CLDR's language subtags) go with it: a word of one language is a word of another's text too (Oromo "WB",
Tongan "EA"), so a page is read with its own language's words only (newsspider.dates).

    python -m scripts.cldr_day_periods   # from the repository's root
"""
from __future__ import annotations

from collections import defaultdict

from babel import Locale, localedata

from scripts.cldr_tables import PACKAGE, write_table

MIN_CHARS = 2
OUT = PACKAGE / "day_periods.json"


def main() -> None:
    """Collect the words by position, drop those of both halves, write the table."""
    words: dict[str, dict[str, set[str]]] = {"before": defaultdict(set), "after": defaultdict(set)}
    languages: dict[str, set[str]] = defaultdict(set)
    for identifier in sorted(localedata.locale_identifiers()):
        try:
            locale = Locale.parse(identifier)
        except (ValueError, TypeError):
            continue
        pattern = str(locale.time_formats["short"].pattern).replace("'", "")
        if "h" not in pattern or "a" not in pattern:  # "h": the 12-hour clock's hour (1-12), "a" its half
            continue
        place = "before" if pattern.index("a") < pattern.index("h") else "after"
        names = locale.day_periods.get("format", {}).get("abbreviated", {})
        for half in ("am", "pm"):
            name = " ".join(str(names.get(half, "")).split())
            if len(name) >= MIN_CHARS:
                words[place][name].add(half)
                languages[name].add(locale.language)
    table = {place: dict(sorted((name, halves.pop()) for name, halves in found.items() if len(halves) == 1))
             for place, found in words.items()}
    written = {name: sorted(languages[name]) for found in table.values() for name in sorted(found)}
    write_table(OUT, {**table, "languages": written})
    print(f"{sum(map(len, table.values()))} words -> {OUT}")


if __name__ == "__main__":
    main()
