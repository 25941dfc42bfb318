"""Write newsspider/extract/time_ago.json: how the Unicode CLDR (through Babel's ``date_fields``) writes a count of
minutes, hours or days back from now in every language ("saa {0} zilizopita", Swahili; "{0} órával ezelőtt",
Hungarian; "{0} ชั่วโมงที่ผ่านมา", Thai), each language's past patterns of every width and plural form, with the
unit they count. newsspider.extract.calendars reads a dateline by the headline with the patterns of the page's
declared language where its own short list (:data:`newsspider.extract.calendars._TIME_AGO`) reads nothing.

Left out: a pattern whose only mark of the past is a sign before the count ("-{0} h", "−{0} d", "-{0} min": CLDR's
root fallback, a score's or a temperature's minus in a text), one with fewer than two letters ("{0}h"), one a
duration of the same unit writes ("{0} Std.": no past said), and one the language writes for a count ahead too
(Hindi in Latin letters "{0} hr mein", in 3 hours; Maithili "{0} दिन मे"): no past said either. A script variant
(``sr_Latn``, ``uz_Cyrl``) is its language's; a regional one (``de_AT``) writes its language's patterns and is left
out.

    python -m scripts.cldr_time_ago   # from the repository's root
"""
from __future__ import annotations

from collections import defaultdict

from babel import localedata

from scripts.cldr_tables import PACKAGE, language_locales, write_table

OUT = PACKAGE / "extract" / "time_ago.json"
UNITS = {"minute": "minutes", "hour": "hours", "day": "days"}  # a week's or month's count says no day
WIDTHS = ("", "-short", "-narrow")
SIGNS = "-‐‑‒–—−"  # dashes and the minus sign: a count with a sign before it only
MIN_LETTERS = 2


def _says_past(pattern: str, durations: set[str], futures: set[str]) -> bool:
    """Whether ``pattern`` says the count is back from now by more than a sign, a letter or a duration's form,
    and not ahead too."""
    before = pattern.split("{0}")[0].strip()
    letters = sum(character.isalpha() for character in pattern.replace("{0}", ""))
    return (not (before and not before.strip(SIGNS)) and letters >= MIN_LETTERS
            and pattern not in durations and pattern not in futures)


def main() -> None:
    """Collect each language's past patterns of minutes, hours and days, write the table."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for name, language in language_locales(scripts=True):
        data = localedata.LocaleDataDict(localedata.load(name))
        fields, units = data.get("date_fields", {}), data.get("unit_patterns", {})
        futures = {str(pattern).strip() for forms in fields.values() for pattern in dict(forms.get("future", {})).values()}
        for field, unit in UNITS.items():
            durations = {str(form) for forms in units.get(f"duration-{field}", {}).values() for form in forms.values()}
            for width in WIDTHS:
                for pattern in dict(fields.get(field + width, {}).get("past", {})).values():
                    text = str(pattern).strip()
                    if "{0}" in text and _says_past(text, durations, futures):
                        table[language].setdefault(text, unit)
    patterns = {language: sorted(table[language].items()) for language in sorted(table)}
    write_table(OUT, {"patterns": patterns})
    print(f"{sum(map(len, patterns.values()))} patterns of {len(patterns)} languages -> {OUT}")


if __name__ == "__main__":
    main()
