"""What the generators of the shipped CLDR tables (scripts/cldr_*.py, run as ``python -m scripts.<name>`` from the
repository's root, as the tests import them) share: where the package keeps a table, the locales whose words a table
holds, and how a table is written.

A regional variant of a language (``de_AT``) writes its language's words, and so does a script's (``sr_Latn``) for
most tables: :func:`language_locales` gives a language's own locale, and its scripts' where a table asks. A table
names its source, Babel's version with CLDR's data, first, and writes one value a line: a table written again by a
newer Babel reads as a diff of the words that changed.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from babel import __version__, localedata

PACKAGE = Path(__file__).resolve().parents[1] / "newsspider"
SCRIPT_SUBTAG_CHARS = 4  # "Latn", "Cyrl": BCP 47's script subtag; a region's is two letters or three digits


def language_locales(scripts: bool = False) -> Iterator[tuple[str, str]]:
    """(locale, its language subtag) of CLDR's locales of a language alone ("de"), in the order of their names;
    with ``scripts``, a script's variant of one too ("sr_Latn"). Not a regional variant ("de_AT", "sr_Latn_BA")."""
    for name in sorted(localedata.locale_identifiers()):
        language, *rest = name.split("_")
        if not rest or (scripts and len(rest) == 1 and len(rest[0]) == SCRIPT_SUBTAG_CHARS):
            yield name, language


def by_word(languages: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """A table of words, each with the languages that write it, in order: ``languages`` sorted."""
    return {word: sorted(languages[word]) for word in sorted(languages)}


def write_table(out: Path, fields: Mapping[str, Any]) -> None:
    """Write the table of ``fields`` to ``out`` after its source (:data:`babel.__version__`), one value a line."""
    out.write_text(json.dumps({"source": f"Unicode CLDR via Babel {__version__}", **fields}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
