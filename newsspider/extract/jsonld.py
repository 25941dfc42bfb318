"""The page's schema.org JSON-LD: the article it declares, and what kind of page it says it is.

Publishers nest the article in many ways: a top-level ``NewsArticle``, an entry of ``@graph``, the
``mainEntity`` of a ``WebPage``, a list of blocks. All of these are the page's own article. An
article that is an entry of an ``ItemList``, a part (``hasPart``) or a related link belongs to
another page (a listing's teasers), and is not looked at. Nor, where the page's own article is
there too, is an article that names another page as its own (``url``, ``@id``,
``mainEntityOfPage``): a related story's block beside the page's (:func:`read_jsonld`).
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsspider.extract.addresses import join_url, split_url
from newsspider.extract.bylines import is_writer_title
from newsspider.extract.cleaning.keys import fold_key
from newsspider.extract.cleaning.patterns import compiled_patterns
from newsspider.extract.elements import PageElements, single_spaced, text_content
from newsspider.extract.repair import readable
from newsspider.unicode_classes import HANGUL_SYLLABLES, char_class, is_unspaced

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
    "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle",
    "DiscussionForumPosting",  # a SocialMediaPosting: a forum thread's opening post, its replies its comments
    "ClaimReview",  # a fact-check: the page's article, reviewing a claim made elsewhere
})
# The media objects a page plays (a video or audio page's clip): their upload is the page's publication
# where nothing else dates it (:attr:`JsonLd.media_published`).
MEDIA_TYPES = frozenset({"VideoObject", "AudioObject"})
# Pages that say they list other pages.
LISTING_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "ProfilePage"})
# A work a page may be instead of a story: a job ad (a search engine's job listings read one JobPosting per
# page). The page's own where it declares no Article and the node names the page or bears its headline.
OTHER_WORK_TYPES = frozenset({"JobPosting"})
# A forum's posting is the page's article only where it names the page or no page (a forum's index may
# declare each of its threads' postings), and no other Article is declared (a story's comment thread).
_THREAD_TYPES = frozenset({"DiscussionForumPosting"})
# Keys whose values are other works than the page's own (a listing's entries, related reads).
_OTHER_WORKS = frozenset({
    "itemListElement", "hasPart", "isPartOf", "relatedLink", "significantLink", "citation", "mentions",
    "subjectOf", "workExample", "comment", "review", "isBasedOn", "breadcrumb", "potentialAction",
    "liveBlogUpdate", "author", "publisher", "creator", "copyrightHolder", "sourceOrganization", "itemReviewed",
})
MAX_DEPTH = 8
# The schema.org types of an organisation (Organization and its subtypes: NewsMediaOrganization,
# Corporation, NGO, ...): an author of such a type is no person (:attr:`JsonLdArticle.organisations`).
_ORGANISATION_TYPE = re.compile(r"\w*Organi[sz]ation|Corporation|NGO|Consortium")
_KOREAN_NAME = re.compile(f"[{char_class([HANGUL_SYLLABLES])}]{{2,4}}")  # a surname and a given name in Hangul, one word


@dataclass
class JsonLdArticle:
    """The fields of a schema.org ``Article`` (or the ``WebPage`` standing in for one) that the
    record uses; dates and keywords as the page wrote them."""

    kind: str
    body: str | None = None
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)  # the authors typed as an organisation
    author_pages: list[str] = field(default_factory=list)  # the ``url`` of each author given no name
    language: str | None = None
    description: str | None = None
    image: str | None = None
    keywords: list[str] | str | None = None
    section: str | None = None
    publisher: str | None = None


@dataclass
class JsonLd:
    """What the page's JSON-LD declares."""

    article: JsonLdArticle | None = None   # the page's Article (any depth)
    others: list[JsonLdArticle] = field(default_factory=list)  # more Article nodes (other blocks' views of it)
    # of ``others``, the ones naming no page where ``article`` names the page: maybe another item's
    # (a related story's block without its address), trusted after what the page's meta tags declare
    unnamed: list[JsonLdArticle] = field(default_factory=list)
    page: JsonLdArticle | None = None      # the WebPage (its dates stand in when no Article has them)
    listing: bool = False                  # the page node is a CollectionPage/... and there is no Article
    # the page's nodes of OTHER_WORK_TYPES (a JobPosting) where there is no Article: each one's title and
    # whether it names the page (:func:`_names_own_page`)
    other_works: list[tuple[str | None, bool | None]] = field(default_factory=list)
    breadcrumbs: list[tuple[str, str | None]] = field(default_factory=list)  # the BreadcrumbList's (name, URL)
    sites: list[str] = field(default_factory=list)  # the WebSite's name, alternate names and publisher
    # the upload (else publication) time of the first video or audio of a page declaring no Article: a video page's
    media_published: str | None = None


def read_jsonld(scripts: Iterable[HtmlElement], url: str | None = None, own: Collection[str] = (),
                headlines: Collection[str] = (), commented: Callable[[str], bool] | None = None) -> JsonLd:
    """The page's article and page nodes from every ``application/ld+json`` block (``scripts``:
    the page's ``<script>`` elements in page order). ``own``: the paths of the page's addresses
    (its URL, its canonical link; :func:`page_paths`), ``url`` the one relative addresses are read
    against. The article is the first Article node naming one of them as its page, else the first
    naming no page, else the first (:func:`_this_pages_first`): a site may put a related story's
    block before the page's own. ``headlines``: the page's visible headlines (its ``<h1>``s' text); a forum's
    posting is its article only where it bears one (:func:`_opens_thread`) and ``commented`` (whether the page shows
    a text among the readers' comments under a story of its own) does not say its text is a comment."""
    headings = {single_spaced(text).casefold() for text in headlines}
    page = None
    articles: list[tuple[JsonLdArticle, bool | None]] = []
    trail: list[tuple[str, str | None]] = []
    sites: list[str] = []
    media = None
    works: list[tuple[str | None, bool | None]] = []
    nodes = list(_nodes(scripts))
    named = _named_nodes(nodes)
    for node in nodes:
        types = _types(node)
        if media is None and types & MEDIA_TYPES:
            media = _text(node.get("uploadDate") or node.get("datePublished"))
        trail = trail or _trail(node if "BreadcrumbList" in types else node.get("breadcrumb"))
        if "WebSite" in types:
            sites += [name for name in map(_text, (node.get("name"), node.get("alternateName"))) if name]
            sites += names(node.get("publisher"))  # the company that runs the site: a title may end in its name
        if types & OTHER_WORK_TYPES:
            works.append((_text(node.get("title") or node.get("name")), _names_own_page(node, url, own)))
        if types & ARTICLE_TYPES and not (types & ARTICLE_TYPES <= _THREAD_TYPES and not _opens_thread(node, url, own, headings, commented)):
            articles.append((_read(node, sorted(types & ARTICLE_TYPES)[0], named), _names_own_page(node, url, own)))
        elif (page is None or not page.published) and any(kind.endswith("Page") for kind in types):
            candidate = _read(node, sorted(types)[0], named)  # the first page node with dates, else the first
            page = candidate if page is None or candidate.published else page
    articles = [entry for entry in articles if entry[0].kind not in _THREAD_TYPES] or articles  # not a story's comments
    article, others = _this_pages_first(articles)
    any_names_a_page = any(names for _, names in articles)
    unnamed = [node for node, names in articles if any_names_a_page and names is None]
    listing = article is None and page is not None and page.kind in LISTING_TYPES
    media = media if article is None else None  # an article's video is the article's, its upload not its publication
    return JsonLd(article=article, others=others, unnamed=unnamed, page=page, listing=listing, breadcrumbs=trail,
                  sites=sites, media_published=media, other_works=works if article is None else [])


def declares_listing(page: PageElements, read: JsonLd | None = None) -> bool:
    """Whether the page's JSON-LD declares a collection and no article (:attr:`JsonLd.listing`), read once per
    page: ``read``, the page's JSON-LD where it was read already (the metadata's), gives it. The addresses a read
    took as the page's (``own``) choose among its articles, not whether it has one nor which is its page node,
    so any read of the page's scripts tells it."""
    return page.remembered(declares_listing, lambda: (read if read is not None else read_jsonld(page.of("script"))).listing)


def page_paths(*addresses: str | None) -> set[str]:
    """The paths (without a trailing slash) of a page's addresses, as :func:`read_jsonld` compares
    them: the host aside, as a page is served under other hosts (a mirror, an archive, a test)."""
    return {split_url(address).path.rstrip("/") for address in addresses if address}


def _names_own_page(node: dict, url: str | None, own: Collection[str]) -> bool | None:
    """Whether an Article node names one of the page's paths (``own``) as its page (``url``,
    ``@id``, ``mainEntityOfPage``), None where it names no page but the site's root (or ``own``
    is unknown): True if any of its addresses is the page's, False if all are others'."""
    if not own:
        return None
    entity = node.get("mainEntityOfPage")
    entity = entity.get("@id") or entity.get("url") if isinstance(entity, dict) else entity
    paths = {split_url(join_url(url, address.strip())).path.rstrip("/")
             for address in (node.get("url"), node.get("@id"), entity) if isinstance(address, str) and address.strip()}
    paths.discard("")  # the site's root: a CMS's default, naming no page
    if not paths:
        return None
    return bool(paths & set(own))


def _opens_thread(node: dict, url: str | None, own: Collection[str], headings: Collection[str],
                  commented: Callable[[str], bool] | None = None) -> bool:
    """Whether a forum posting (``node``) is the page's opening post: it bears the page's visible headline
    (a thread is titled by its opening post) and names no other page. A story's comment postings bear a
    comment's words or none, and their author is a reader, not the story's; a comment plugin may title each
    posting with the story's headline, and then its text is what the page shows among its comments under the
    story (``commented``)."""
    title = _text(node.get("headline") or node.get("name"))
    if not title or single_spaced(title).casefold() not in headings or _names_own_page(node, url, own) is False:
        return False
    text = _text(node.get("text") or node.get("articleBody"))
    return not (commented and text and commented(text))


def _this_pages_first(articles: list[tuple[JsonLdArticle, bool | None]]) -> tuple[JsonLdArticle | None,
                                                                                  list[JsonLdArticle]]:
    """The page's article and the other Article nodes that may describe it: the first naming the
    page, else the first naming none, with the ones naming no other page; else (all name other
    pages: the addresses may be another spelling of the page's) the first and the rest."""
    for kind in (True, None):
        chosen = [article for article, names in articles if names is kind]
        if chosen:
            rest = [article for article, names in articles if names is not False and article is not chosen[0]]
            return chosen[0], rest
    return (articles[0][0], [article for article, _ in articles[1:]]) if articles else (None, [])


def _trail(node: object) -> list[tuple[str, str | None]]:
    """The (name, URL) of each entry of a ``BreadcrumbList``, in its order."""
    if not isinstance(node, dict) or "BreadcrumbList" not in _types(node):
        return []
    entries = node.get("itemListElement")
    entries = [entry for entry in (entries if isinstance(entries, list) else [entries]) if isinstance(entry, dict)]
    entries.sort(key=lambda entry: entry.get("position") if isinstance(entry.get("position"), int) else 0)
    trail = []
    for entry in entries:
        item = entry.get("item")
        name = _text(entry.get("name") or (item.get("name") if isinstance(item, dict) else None))
        address = _text(item.get("@id") or item.get("url") if isinstance(item, dict) else item)
        if name:
            trail.append((name, address))
    return trail


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # a \uD800-\uDFFF escape in JSON text
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# What templates put around a JSON-LD block or leave in it, which JSON does not allow: a comment or
# CDATA section wrapping it ("/*<![CDATA[*/{...}/*]]>*/",
# "<!-- {...} -->"), and a comma after an object's or a list's last member (matched outside strings:
# a string is matched whole first, and kept).
_WRAPPER = re.compile(r"\A\s*(?:<!--|(?:/\*\s*|//\s*)?<!\[CDATA\[(?:\s*\*/)?)|(?:-->|(?:/\*\s*|//\s*)?\]\]>(?:\s*\*/)?)\s*\Z")
_STRING_OR_LAST_COMMA = re.compile(r'"(?:[^"\\]|\\.)*+"|,(?=\s*[}\]])', re.DOTALL)
_NEXT_VALUE = re.compile(r"[^\s;,]")  # what stands between values written one after another: spaces, ";" or ","


def _nodes(scripts: Iterable[HtmlElement]) -> Iterator[dict]:
    for script in scripts:
        if script.get("type") != "application/ld+json":
            continue
        text = text_content(script) or "null"
        try:
            try:
                data = json.loads(text, strict=False)
            except ValueError:
                data = _lenient_values(text)
            if _SURROGATE_ESCAPE.search(text):
                data = _whole_characters(data)
        except (ValueError, RecursionError):
            logger.debug("unparseable JSON-LD block skipped")
            continue
        yield from _walk(data, 0)


def _lenient_values(text: str) -> list[object]:
    """The JSON values of a block JSON cannot read as it stands (a template's slips: htmldate's
    search reads its dates by pattern all the same): without a comment or CDATA section wrapping it, a comma after a last member, and each
    of several values written one after another (a template's blocks joined in one script).
    Raises ValueError where that is not JSON either."""
    text = _WRAPPER.sub("", text)
    text = _STRING_OR_LAST_COMMA.sub(lambda match: "" if match[0] == "," else match[0], text)
    decoder = json.JSONDecoder(strict=False)
    values = []
    start = _NEXT_VALUE.search(text)
    while start is not None:
        value, end = decoder.raw_decode(text, start.start())
        values.append(value)
        start = _NEXT_VALUE.search(text, end)
    return values


def _whole_characters(data: object) -> object:
    """``data`` with each lone surrogate in its strings replaced by U+FFFD. JSON may escape half a
    pair (``"\\ud800"``), which decodes to no character: no UTF-8 text, and so no output record,
    can hold it (a pair is one character once decoded, and stays)."""
    if isinstance(data, str):
        return _LONE_SURROGATE.sub("\ufffd", data)
    if isinstance(data, list):
        return [_whole_characters(entry) for entry in data]
    if isinstance(data, dict):
        return {_whole_characters(key): _whole_characters(value) for key, value in data.items()}
    return data


def _walk(data: object, depth: int) -> Iterator[dict]:
    """Every object of a block, outer before inner, skipping the values of :data:`_OTHER_WORKS`."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _walk(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key not in _OTHER_WORKS and isinstance(value, (dict, list)):
                yield from _walk(value, depth + 1)


def _types(node: dict) -> set[str]:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for kind in kinds if isinstance(kind, str)}  # "schema:NewsArticle"


def _named_nodes(nodes: Iterable[dict]) -> dict[str, dict]:
    """The page's nodes of a person or an organisation (schema.org's range of ``author``) that have a name
    (:func:`_name`) by their ``@id``: what a reference elsewhere on the page (``{"@id":
    "https://example.com/#/schema/person/1"}``, as a ``@graph`` names the article's author once and refers to
    it) stands for. A ``WebSite``, ``WebPage`` or ``ImageObject`` node has a name too, but is no author
    (an author's ``@id`` a site reuses for its logo or home page)."""
    found: dict[str, dict] = {}
    for node in nodes:
        key = node.get("@id")
        kinds = _types(node)
        organisation = any(map(_ORGANISATION_TYPE.fullmatch, kinds))
        person = "Person" in kinds and not _login(node)
        if isinstance(key, str) and key not in found and _name(node) and (organisation or person):
            found[key] = node
    return found


def _login(node: dict) -> bool:
    """Whether a ``Person`` node's name is the account's login the CMS fills it with (``admin``, ``webnata``,
    ``kei_eno``), not a person's name: one word, in a script with capitals written all in lower case or with
    an underscore, as a login is and a name is not; an agency's acronym the cleaning patterns list ("dpa")
    and a brand's digits ("News18") are no login. Read for a node an author refers to by its ``@id``
    (:func:`_named_nodes`): a name declared in the article's own ``author`` is read as base did."""
    name = _name(node) or ""
    if " " in name or name.lower() == name.upper() or fold_key(name) in compiled_patterns().agency_keys:
        return False
    return name.islower() or "_" in name


def _referenced(value: object, named: Mapping[str, dict]) -> object:
    """``value`` (an author field) with each entry that gives only an ``@id`` replaced by the node of that
    ``@id`` that has a name (:func:`_named_nodes`)."""
    entries = value if isinstance(value, list) else [value]
    resolved = [named.get(entry["@id"], entry) if isinstance(entry, dict) and isinstance(entry.get("@id"), str)
                and not _name(entry) else entry for entry in entries]
    return resolved if isinstance(value, list) else resolved[0]


def _read(node: dict, kind: str, named: Mapping[str, dict]) -> JsonLdArticle:
    language = node.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    keywords = node.get("keywords")
    if isinstance(keywords, list):
        keywords = [text for text in map(_term, keywords) if text]
    else:
        keywords = _term(keywords)
    section = node.get("articleSection")
    author = node.get("author") or node.get("creator")
    author = _referenced(author, named) if author else author
    return JsonLdArticle(
        kind=kind,
        body=_text(node.get("articleBody") or node.get("text")),
        headline=_text(node.get("headline") or node.get("name")),
        published=_text(node.get("datePublished") or node.get("dateCreated")),
        modified=_text(node.get("dateModified")),
        authors=names(author),
        organisations=organisations(author),
        author_pages=nameless_pages(author),
        language=_text(language),
        description=_text(node.get("description")),
        image=_url(node.get("image") or node.get("thumbnailUrl")),
        keywords=keywords,
        section=_text(section[0] if isinstance(section, list) and section else section),
        publisher=next(iter(names(node.get("publisher"))), None),
    )


def _term(value: object) -> str | None:
    """A keyword: text, or a ``DefinedTerm``/``Thing`` object by its name (schema.org allows both)."""
    if isinstance(value, dict) and "@value" not in value:
        value = value.get("name")
    return _text(value)


def _text(value: object) -> str | None:
    """A JSON-LD string value, plain or as a value object (``{"@value": "2023-04-28T18:11:01+02:00",
    "@type": "DateTime"}``); CMSs often leave HTML entities ("&#8217;") in them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return readable(value).strip() or None if isinstance(value, str) else None


def _url(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return _text(value)


def organisations(value: object) -> list[str]:
    """The :func:`names` of the entries of a JSON-LD value typed as an organisation (an agency or
    the publisher credited as the author: no person's byline)."""
    entries = value if isinstance(value, list) else [value]
    return names([entry for entry in entries if isinstance(entry, dict)
                  and any(map(_ORGANISATION_TYPE.fullmatch, _types(entry)))])


def nameless_pages(value: object) -> list[str]:
    """The ``url`` of each entry of a JSON-LD value that gives an address and no name (``{"@type":
    "Person", "url": "https://example.com/author/jane-doe/"}``): the author's page, which the page's
    own link to it names."""
    entries = value if isinstance(value, list) else [value]
    return [address for entry in entries if isinstance(entry, dict) and not _name(entry)
            for address in [_text(entry.get("url"))] if address]


def names(value: object) -> list[str]:
    """The ``name`` of each Person/Organization (or plain string) of a JSON-LD value."""
    entries = value if isinstance(value, list) else [value]
    found: dict[str, None] = {}  # in order, each once (a list of 10,000 authors searched for each)
    for entry in entries:
        text = _name(entry) if isinstance(entry, dict) else _name_text(entry)
        if text:
            found.setdefault(text)
    return list(found)


def _name(entry: dict) -> str | None:
    """A Person's or Organization's ``name``, else, as schema.org lets a Person be named, its
    ``givenName`` and ``familyName`` (with an ``additionalName`` between): both, or none (half a name
    is no byline)."""
    text = _name_text(entry.get("name"))
    if text:
        return _without_job_title(text, _job_title(entry.get("jobTitle")))
    given, family = _text(entry.get("givenName")), _text(entry.get("familyName"))
    if given and family:
        return " ".join(part for part in (given, _text(entry.get("additionalName")), family) if part)
    return None


def _job_title(value: object) -> str | None:
    """A Person's ``jobTitle``: its text, or the ``name`` of a ``DefinedTerm``, schema.org's other type for it
    (``{"@type": "DefinedTerm", "name": "Editor"}``)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and "@value" not in value:
        value = value.get("name")
    return _text(value)


def _without_job_title(name: str, title: str | None) -> str:
    """A Person's ``name`` without the ``jobTitle`` the same node declares where the name repeats it as its
    last or first words ("Jane Doe Head of Politics" with ``jobTitle`` "Head of Politics"): the node says
    which words are the title, in any language. The name as it is where nothing would be left, or where what
    is left is no full name (:func:`_full_name`): the title is then the surname too ("Tom Baker" / "Baker",
    "Hans Koch" / "Koch"), not words added to the name; so too where the title is one word a space alone sets
    off that names no writer's role (:func:`_surname_title`: "Mary Ann Cook" / "Cook")."""
    if not title or not title.strip():
        return name
    words, titled = name.split(), [word.casefold() for word in title.split()]
    size = len(titled)
    if len(words) <= size:
        return name
    rest = name
    if [word.casefold() for word in words[-size:]] == titled:
        rest = " ".join(words[:-size]).rstrip(_TITLE_SEPARATORS)
    elif [word.casefold() for word in words[:size]] == titled:
        rest = " ".join(words[size:]).lstrip(_TITLE_SEPARATORS)
    if rest == name or _surname_title(rest, words, title):
        return name
    return rest if _full_name(rest) else name


def _surname_title(rest: str, words: list[str], title: str) -> bool:
    """Whether a ``title`` of one word that ends the name (``words``; ``rest`` the name without it) is the surname
    too, though a full name is left: a space alone sets it off (no comma, bar or dash), the name writes capitals
    (a script without them sets a CJK or Korean reporter's title after the name: "山田太郎 記者"), and the word is
    no writer's role nor a compound ending in one (:func:`~newsspider.extract.bylines.is_writer_title`: "Jane Doe
    Editor", "Jane Doe Chefredakteurin" are a name and its title; "Mary Ann Cook" / "Cook", "Anna Maria Koch" /
    "Koch" are names). A surname is one word, after the given names; a title of several ("Head of Politics") is no
    surname, nor one word before the name ("Chefredakteurin Hans Meier")."""
    return (len(title.split()) == 1 and len(rest.split()) == len(words) - 1 and rest == " ".join(words[:-1])
            and rest.lower() != rest and not is_writer_title(title.strip()))


# What sets a job title off from the name it follows or opens ("Jane Doe, Head of Politics", "Editor | Jane Doe").
_TITLE_SEPARATORS = " ,;|-–—·"


def _full_name(name: str) -> bool:
    """Whether ``name`` may be a person's full name: one of :func:`_spaced_full_name`, or one word of a script that
    writes a full name without a space (Chinese, Japanese, Thai: :func:`~newsspider.unicode_classes.is_unspaced`).
    One word of a spaced script is a given name alone ("Tom")."""
    return _spaced_full_name(name) or any(map(is_unspaced, name))


def _spaced_full_name(name: str) -> bool:
    """Whether ``name`` is of two words or more, or a Korean name (:data:`_KOREAN_NAME`), which writes its surname
    and given name as one word."""
    return len(name.split()) >= 2 or _KOREAN_NAME.fullmatch(name.strip()) is not None


def _name_text(name: object) -> str | None:
    """A name's text, a list of its parts joined (``["Jane", "Doe"]``), as an entry or its ``name``;
    a list of full names (:func:`_spaced_full_name`: each of two words or more, ``["Jane Doe", "John Roe"]``, or a
    Korean name, which writes its surname and given name as one word: ``["김철수", "이영희"]``) listed, as a
    byline lists them (the byline's split parts them: ``bylines.author_names``)."""
    if isinstance(name, list):
        parts = [part for part in name if isinstance(part, str)]
        full = all(map(_spaced_full_name, parts))
        name = (", " if full else " ").join(parts)
    return _text(name)
