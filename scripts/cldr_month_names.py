"""Write newsspider/extract/month_names.json: the Gregorian months' names of every language of the
Unicode CLDR (through Babel, which courlan already installs), for reading a printed date in a
language htmldate's parser does not know ("2023 оны дөрөвдүгээр сарын 28", "2023(e)ko apirilaren 28(a)").

Kept: the wide names (read as the beginning of a word, which a case ending may follow) and the
abbreviated ones (read as a whole word), as a date writes them and standing alone, casefolded, without a
trailing full stop, of at least MIN_LETTERS letters and no digit ("4-р сар"); left out, a name that
is another month's in another language ("kan"), or the beginning of one (Basque "apirilaren" is
"apirila" inflected). A language whose twelve names of one width are one form around the month's number
("4-р сар", Mongolian; "tháng 4", Vietnamese) gives that form as a numbered month ("{}-р сар"), where it
writes at least MIN_LETTERS letters ("{}月", "m{}" are no month's name alone).

    python -m scripts.cldr_month_names   # from the repository's root
"""
from __future__ import annotations

import re
from collections import defaultdict

from babel import Locale, localedata

from scripts.cldr_tables import PACKAGE, write_table

MIN_LETTERS = 3
MONTHS = 12
OUT = PACKAGE / "extract" / "month_names.json"


def main() -> None:
    """Collect the names, drop the ambiguous ones, write the table."""
    months: dict[str, set[int]] = defaultdict(set)
    wide: set[str] = set()
    numbered: set[str] = set()
    for identifier in sorted(localedata.locale_identifiers()):
        try:
            locale = Locale.parse(identifier)
        except (ValueError, TypeError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names = locale.months.get(context, {}).get(width, {})
                forms = {re.sub(rf"(?<!\d){number}(?!\d)", "{}", " ".join(name.casefold().split()))
                         for number, name in names.items()}
                form = forms.pop() if len(names) == MONTHS and len(forms) == 1 else ""
                if "{}" in form and sum(char.isalpha() for char in form) >= MIN_LETTERS:
                    numbered.add(form)
                for number, name in names.items():
                    name = " ".join(name.casefold().rstrip(".").split())
                    if sum(char.isalpha() for char in name) >= MIN_LETTERS and not any(map(str.isdigit, name)):
                        months[name].add(number)
                        if width == "wide":
                            wide.add(name)
    plain = {name: numbers.pop() for name, numbers in months.items() if len(numbers) == 1}
    kept = {name: number for name, number in plain.items()
            if not any(other.startswith(name) and plain.get(other, number) != number
                       for other in months if other != name)}
    write_table(OUT, {"wide": dict(sorted((name, number) for name, number in kept.items() if name in wide)),
                      "abbreviated": dict(sorted((name, number) for name, number in kept.items() if name not in wide)),
                      "numbered": sorted(numbered)})
    print(f"{len(kept)} names ({len(months) - len(kept)} left out) -> {OUT}")


if __name__ == "__main__":
    main()
