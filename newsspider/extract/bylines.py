"""Author names from what pages put in their author fields.

A page's author field is a byline more often than a list of names: "By Samya Kullab and Vasilisa
Stepanenko", "Felix Schröder und Jörg Soldwisch, dpa", "Elena Oberholzer (obe)", an e-mail address,
the publisher itself ("STERN.de", "Deutsche Welle (www.dw.com)"), a photo credit, a numeric id.
:func:`author_names` turns such values into people (and the agencies credited beside them).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable

# "By ..." in the languages we cover (the word opens the byline; "Von" as in "Von Jane Doe"). The
# Italian "di" is written in lower case before a name; a capitalised "Di" opens a surname ("Di Maio
# Luigi"), and is the byline word only as a label ("Di: Marco Rossi").
_BYLINE_WORD = re.compile(
    r"^(?:(?i:by|von|par|por|door|av|af|od|autor(?:in)?|author|yazar|автор|від|από|text|texte|"
    r"written by|reported by|posted by|redacción|redaccion|escrito por)(?:\s*:?\s+|\s*:?$)"
    r"|di(?:\s*:?\s+|\s*:?$)|(?i:di)(?:\s*:\s*|$))")
# "Jane Doe and John Roe": the conjunction of each language between two names. Only split where
# both sides have two words or more, so that "José Ortega y Gasset" stays one name.
_CONJUNCTION = re.compile(
    r"\s+(?:and|und|og|och|et|y|e|i|ve|و|en|и|і|a|és|ja|și|si|oraz|και|ir|un|та|và|dan|na)\s+",
    re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;|/&+、，；]|\s-\s|\s–\s|\s—\s)\s*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# "Photo: Getty Images", "(Foto: dpa)": what follows is a picture's credit, not a byline.
_CREDIT = re.compile(r"^(?:photos?|fotos?|image|images|bild|bilder|picture|credit|video|grafik|illustration|"
                     r"quelle|source|fuente|crédit|credits?)(?:\s*:|\s+(?:by|von|de|par|di|door|av|af)\s)",
                     re.IGNORECASE)
# "AP Auto Writer", "Staff Reporter", "FOCUS-Online-Korrespondent": a role beside the names, not a person.
_ROLE = re.compile(r"(?:^|[\s-])(?:writers?|reporters?|correspondents?|editors?|staff|redakteur(?:in)?|"
                   r"korrespondent(?:in)?|correspondant(?:e)?|corresponsal|redactor(?:a)?|giornalista|"
                   r"journalist(?:in)?|journaliste)$", re.IGNORECASE)
_ADDRESS = "\ufffc"  # stands for a web address while a byline is split
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()\[\]]+", re.IGNORECASE)  # not the bracket around it
_HAS_LETTER = re.compile(r"[^\W\d_]")
MAX_NAME_WORDS = 6


def author_names(values: Iterable[str], organisations: Iterable[str] = ()) -> list[str]:
    """People (and credited agencies) named by ``values``, in order, each once.

    ``organisations`` are the page's own publisher and site names (and host): named beside
    people they are the publisher's credit and left out; named alone they are the author (a
    page without a personal byline). So are roles ("TOM KRISHER, AP Auto Writer").
    """
    found: dict[str, str] = {}
    for value in values:
        for name in _split(value):
            found.setdefault(_key(name), name)
    found.pop("", None)
    own = _keys(organisations)
    people = [name for key, name in found.items() if key not in own and not _ROLE.search(name)]
    return people or list(found.values())


def is_organisation_only(names: list[str], organisations: Iterable[str]) -> bool:
    """Whether every name is one of the page's own publisher or site names."""
    own = _keys(organisations)
    return all(_key(name) in own for name in names)


def _keys(organisations: Iterable[str]) -> set[str]:
    return {key for key in map(_key, filter(None, organisations)) if key}


def _split(value: str) -> list[str]:
    text = " ".join(html.unescape(value or "").split())
    if not text or _URL.fullmatch(text):
        return []
    # an address is marked before the split ("Frank Bueltge - http://bueltge.de" must not leave "http"),
    # and a part holding one is no name ("Web Commerce GmbH www.w-commerce.de": who built the site)
    text = _WEB_ADDRESS.sub(_ADDRESS, _EMAIL.sub(" ", text))
    names = []
    for part in _LIST_SEPARATOR.split(text):
        for piece in _split_conjunction(part):
            name = _clean(piece)
            if name:
                names.append(name)
    return names


def _split_conjunction(text: str) -> list[str]:
    parts = _CONJUNCTION.split(text)
    if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
        return parts
    return [text]


def _clean(name: str) -> str | None:
    """One name without its byline word, bracketed suffix ("(obe)", "(www.dw.com)") or e-mail;
    None when nothing of a name is left (an id, a URL, a credit)."""
    if _CREDIT.match(name):
        return None
    name = _PARENTHESES.sub("", name)  # "(obe)", "(www.dw.com)", "(Image: Getty Images)"
    if _ADDRESS in name:
        return None
    name = _BYLINE_WORD.sub("", name).strip(" \t-–—:,.;|·•*@")
    if not name or not _HAS_LETTER.search(name) or _URL.search(name):
        return None
    if len(name.split()) > MAX_NAME_WORDS or sum(char.isdigit() for char in name) > 2:
        return None  # a sentence or an id, not a name
    return name


def _key(name: str) -> str:
    """Name comparison key: letters and digits only, case-folded, a domain's last part dropped
    ("STERN.de" and "Stern" are one publisher)."""
    name = name.strip().lstrip("@")
    if _DOMAIN.match(name):
        name = name.rsplit(".", 1)[0].removeprefix("www.")
    return "".join(filter(str.isalnum, name.casefold()))
