"""Addresses as pages write them: split and joined without failing on a malformed one, and
compared under their other spellings. Shared by the readers of a page's metadata, headline and
dates, and by the page-type rules, which all resolve the page's links against its URL."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, urljoin, urlsplit

from newsspider.urls import registered_domain

WARM_UP_ADDRESS = "https://www.example.co.uk/"  # an address under a public suffix (:func:`warm_up`)

# A link to a topic page has one of these as a directory of its path ("/thema/ukraine-198.html"), in
# the spellings of the CMSs of the languages covered (an address spells them in Latin letters).
TOPIC_DIRECTORIES = frozenset({
    "tag", "tags", "topic", "topics", "thema", "themen", "category", "categories", "schlagwort", "schlagworte",
    "stichwort", "stichworte", "keyword", "keywords", "etiqueta", "etiquetas", "tema", "temas", "sujet", "sujets",
    "argomento", "argomenti", "onderwerp", "onderwerpen", "emne", "aihe", "temat", "tematy", "tagi", "etiket",
    "konu", "label", "labels", "subject", "subjects", "teemat", "temaer",
    "mots-cles", "motcle", "trefwoord", "trefwoorden", "assunto", "assuntos", "emner", "aiheet", "amne",
    "stitek", "stitky", "cimke", "cimkek", "eticheta", "etichete", "etiketler", "hashtag", "hashtags",
    "oznake", "topik", "chu-de", "tu-khoa", "tagy", "temata", "teemad", "taggar", "tunnisteet", "etiketter", "temi",
    "tegi",
})
# The directory an author's page lies in ("/autor/andre-schmidt/", "/author/anna/"), as the CMSs of
# the languages covered spell it in Latin letters.
AUTHOR_DIRECTORIES = frozenset({
    "author", "authors", "autor", "autoren", "autorzy", "autori", "autore", "autores", "auteur", "auteurs",
    "avtor", "avtory", "yazar", "yazarlar", "penulis", "forfatter", "forfattere", "forfattare", "skribent",
    "kirjoittaja", "kirjoittajat", "szerzo", "szerzok", "tac-gia",
})
# The query parameters that carry a search's words ("?s=tram": WordPress's; "?q=": most others'); a value
# without a letter is none ("?s=20", "?s=09": the share code X/Twitter appends to a story's address).
SEARCH_PARAMETERS = frozenset({"s", "q", "query", "search", "searchword", "keyword", "keywords"})
# The directory a listing's later pages lie in, a page's number after it ("/category/tram/page/2/": WordPress's).
PAGE_DIRECTORY = "page"

# Hosts whose registrable domain is kept (:func:`registrable_domain`): a site's pages ask for its own.
DOMAINS_KEPT = 4096


def split_url(address: str | None) -> SplitResult:
    """``urlsplit`` that takes what pages write ("http://[not-an-ip]/" included): an unusable
    address is an empty one."""
    try:
        parts = urlsplit(address or "")
        parts.hostname  # noqa: B018  (parses the host: the place a malformed address fails)
        return parts
    except ValueError:
        return urlsplit("")


def join_url(base: str | None, address: str) -> str:
    """``urljoin`` that takes what pages write: an address it cannot join is kept as written."""
    try:
        return urljoin(base or "", address)
    except ValueError:
        return address


def address_key(address: str) -> str:
    """An address without its scheme, query and trailing slash: the page under its other spellings."""
    parts = split_url(address)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def names_listing(address: str | None) -> bool:
    """Whether ``address`` names a listing, whatever the page shows: a topic's or an author's page
    (the name right under one of :data:`TOPIC_DIRECTORIES` or :data:`AUTHOR_DIRECTORIES`, "/tag/tram/",
    "/autor/anna-nowak/", or such a directory itself; a story filed deeper, "/autoren/<name>/<story>",
    "/thema/<slug>/<id>", is none), a search (a :data:`SEARCH_PARAMETERS` parameter holding a word,
    "/search?q=tram"), or a listing's later page ("/page/2/" closing the path). The page says so
    through its address as it would through its JSON-LD's ``CollectionPage``."""
    parts = split_url(address)
    path = [part for part in parts.path.lower().split("/") if part]
    if len(path) >= 2 and path[-2] == PAGE_DIRECTORY and path[-1].isdigit():
        return True
    if any(name.lower() in SEARCH_PARAMETERS and any(char.isalpha() for char in value)
           for name, value in parse_qsl(parts.query)):
        return True
    named = path[-2:] if len(path) >= 2 else path
    return any(part in TOPIC_DIRECTORIES or part in AUTHOR_DIRECTORIES for part in named)


@lru_cache(maxsize=DOMAINS_KEPT)
def registrable_domain(host: str) -> str:
    """The part of ``host`` its site registered, by the public suffix list (courlan's
    ``extract_domain``): "politik.zdf.de" and "m.zdf.de" are zdf.de, "news.bbc.co.uk" is
    bbc.co.uk, and "alice.github.io" is a site of its own. A host that is no domain name
    (localhost, an IP address) is itself. Kept for the last :data:`DOMAINS_KEPT` hosts (a lookup
    costs some 0.03 ms, and every page of a site asks for its own host's: the answer is the host's
    alone, whatever was asked before)."""
    host = host.lower().rstrip(".")
    return (registered_domain(f"http://{host}/") or host) if host else host


def other_site(address: str, page_urls: Iterable[str | None]) -> bool:
    """Whether ``address``, as the page writes it, leads to a web page of another site than the
    page's: a site none of ``page_urls`` (the page's address, its canonical one: a page served
    under one address declares the other) is of. Relative addresses are the page's own site."""
    urls = [url for url in page_urls if url]
    target = split_url(join_url(urls[0] if urls else None, address.strip()))
    if target.scheme not in ("http", "https") or not target.hostname:
        return False
    return registrable_domain(target.hostname) not in {registrable_domain(split_url(url).hostname or "") for url in urls}


def warm_up() -> None:
    """Read the public suffix list now (courlan's, through :func:`~newsspider.urls.registered_domain`: ~25 ms
    of CPU): in the workers' zygote (:mod:`newsspider.worker_process`), once for all of them, not by each
    worker's first page. Asked for a fixed address, not through :func:`registrable_domain`'s cache."""
    registered_domain(WARM_UP_ADDRESS)
