"""A page's ``<meta>`` tags by name, as the readers of its metadata, headline and dates look
them up (a name may repeat: every value is kept, in page order)."""
from __future__ import annotations

from collections.abc import Collection

from newsspider.extract.elements import PageElements, single_spaced
from newsspider.extract.repair import readable


def meta_values(page: PageElements, names: Collection[str] | None = None) -> dict[str, list[str]]:
    """Every ``<meta content>`` by its lower-cased property/name/itemprop, in page order (tags repeat);
    of the lower-cased ``names`` only, where given: a reader of one or two tags (a locale) does not
    repair the text of every other (:func:`~newsspider.extract.repair.readable`, most of the cost)."""
    values: dict[str, list[str]] = {}
    for element in page.of("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        if not key:
            continue
        key = key.strip().lower()
        content = element.get("content")
        if content is not None and (names is None or key in names):
            values.setdefault(key, []).append(readable(content))
    return values


def first_meta(meta: dict[str, list[str]], name: str) -> str | None:
    """The first value of the meta tag ``name``, as written."""
    values = meta.get(name)
    return values[0] if values else None


def first_meta_of(meta: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    """The first value with any text of the first of ``names`` that has one, single-spaced."""
    for name in names:
        for value in meta.get(name, ()):
            if text := single_spaced(value):
                return text
    return None
