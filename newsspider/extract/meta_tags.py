"""A page's ``<meta>`` tags by name, as the readers of its metadata, headline and dates look
them up (a name may repeat: every value is kept, in page order)."""
from __future__ import annotations

from newsspider.extract.elements import PageElements, single_spaced
from newsspider.extract.repair import readable


def meta_values(page: PageElements) -> dict[str, list[str]]:
    """Every ``<meta content>`` by its lower-cased property/name/itemprop, in page order (tags repeat)."""
    values: dict[str, list[str]] = {}
    for element in page.of("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if key and content is not None:
            values.setdefault(key.strip().lower(), []).append(readable(content))
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
