"""Page metadata read from the ``<head>`` and the JSON-LD article: title, authors, dates (full
timestamps, the modified date kept apart from the published one), site name, description, image,
tags, ``<html lang>`` and ``rel=canonical``.

Why not trafilatura's metadata: it costs about a third of trafilatura's time per page (author
and category searches through the whole DOM, licence lookup, extensive date search), while news
pages declare what a record needs in their meta tags and JSON-LD. Only a page that declares no
date at all pays for htmldate's quick search (:func:`fallback_date`).
"""
from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsspider.dates import to_iso8601

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"})
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.created",
                   "sailthru.date", "parsely-pub-date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
                  "last-modified", "dcterms.modified")
_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "headline", "sailthru.title")
_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "dc.creator", "dcterms.creator",
                "byl", "sailthru.author", "citation_author", "authors", "creator")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
_TAG_META = ("article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags")
# "Headline | Site name", "Headline - Site": the separators trafilatura's title reader also splits on.
_TITLE_PARTS = re.compile(r"^(.+?)\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")
_LAST_TITLE_PART = re.compile(r"^(.+)\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+([^–•·—|⁄*⋆~‹«<›»>:-]+)$")
_BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)


@dataclass
class JsonLdArticle:
    """The fields of a schema.org ``NewsArticle``/``Article`` that the record uses."""

    body: str | None = None
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None
    image: str | None = None
    keywords: list[str] = field(default_factory=list)
    publisher: str | None = None


@dataclass
class PageMetadata:
    html_lang: str | None = None
    canonical: str | None = None
    published: str | None = None
    modified: str | None = None
    jsonld: JsonLdArticle | None = None
    og_type: str | None = None
    declares_article: bool = False   # article:published_time meta or a JSON-LD article
    teasers: int = 0                 # headings that are links: the shape of a listing page
    first_teaser: str | None = None  # text of the first of them
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Collect metadata from a parsed page without modifying the tree."""
    meta = _meta_values(tree)
    jsonld = find_jsonld_article(tree)
    published = _first_date(_first(meta, name) for name in _PUBLISHED_META)
    modified = _first_date(_first(meta, name) for name in _MODIFIED_META)
    if published is None:
        published = _first_date(tree.xpath("//time[@datetime][1]/@datetime")[:1])
    if jsonld:
        published = jsonld.published or published
        modified = jsonld.modified or modified
    canonical = next(iter(tree.xpath("//link[@rel='canonical'][1]/@href")), None)
    html_lang = next(iter(tree.xpath("/html/@lang | /html/@xml:lang")), None)
    og_type = (_first(meta, "og:type") or "").strip().lower() or None
    declares_article = bool(jsonld) or "article:published_time" in meta or og_type == "article"
    teasers = tree.xpath("//*[self::h2 or self::h3 or self::h4][.//a[@href]]")
    site_name = _first_of(meta, _SITE_META) or (jsonld and jsonld.publisher)
    title = (jsonld and jsonld.headline) or _first_of(meta, _TITLE_META) or page_title(tree)
    return PageMetadata(
        html_lang=html_lang, canonical=canonical, published=published, modified=modified,
        jsonld=jsonld, og_type=og_type, declares_article=declares_article,
        teasers=len(teasers), first_teaser=_squeeze(teasers[0].text_content()) or None if teasers else None,
        title=without_site_name(title, site_name),
        authors=[_BYLINE_PREFIX.sub("", name) for name in (jsonld and jsonld.authors) or _meta_authors(meta)],
        site_name=site_name,
        description=_first_of(meta, _DESCRIPTION_META) or (jsonld and jsonld.description),
        image=_first_of(meta, _IMAGE_META) or (jsonld and jsonld.image),
        tags=_meta_tags(meta) or (jsonld.keywords if jsonld else []),
    )


def page_title(tree: HtmlElement) -> str | None:
    """The headline when no meta tag declares one: the page's only ``<h1>``, else the ``<title>``
    without its site-name part, else the first ``<h1>``."""
    headings = [text for text in (_squeeze(h1.text_content()) for h1 in tree.iter("h1")) if text]
    if len(headings) == 1:
        return headings[0]
    title = _squeeze(next(iter(tree.xpath("//head//title/text()")), ""))
    parts = _TITLE_PARTS.match(title)
    for candidate in ((parts[1], parts[2]) if parts else ()):
        if "." not in candidate:  # "Site.com" is the site, not the headline
            return candidate
    return title or (headings[0] if headings else None)


def without_site_name(title: str | None, site_name: str | None) -> str | None:
    """"Headline | Site" -> "Headline", when the last part is the site's name or domain."""
    parts = _LAST_TITLE_PART.match(title or "")
    if not parts:
        return title
    last = parts[2].strip().casefold()
    if (site_name and last == site_name.strip().casefold()) or ("." in last and " " not in last):
        return parts[1].strip()
    return title


def fallback_date(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's quick search (URL, header and visible dates), for pages declaring no date."""
    try:
        from htmldate import find_date

        found = find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate bugs on odd pages must not cost the article
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    return to_iso8601(found) if found else None


def find_jsonld_article(tree: HtmlElement) -> JsonLdArticle | None:
    """The first ``NewsArticle``-like object in the page's JSON-LD blocks (lists and @graph too)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except (ValueError, RecursionError):
            logger.debug("unparseable JSON-LD block skipped")
            continue
        for node in _walk(data):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(kind, str) and kind in ARTICLE_TYPES for kind in types):
                return _jsonld_article(node)
    return None


def _walk(data: object, depth: int = 0):
    if depth > 5:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _walk(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk(data["@graph"], depth + 1)


def _jsonld_article(node: dict) -> JsonLdArticle:
    language = node.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    keywords = node.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [word.strip() for word in keywords.split(",")]
    return JsonLdArticle(
        body=_text(node.get("articleBody")),
        headline=_text(node.get("headline") or node.get("name")),
        published=to_iso8601(node.get("datePublished")),
        modified=to_iso8601(node.get("dateModified")),
        authors=_names(node.get("author")),
        language=_text(language),
        description=_text(node.get("description")),
        image=_url(node.get("image")),
        keywords=[word for word in keywords if isinstance(word, str) and word],
        publisher=_names(node.get("publisher"))[0] if _names(node.get("publisher")) else None,
    )


def _meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    """Every ``<meta content>`` by its lower-cased property/name/itemprop, in page order (tags repeat)."""
    values: dict[str, list[str]] = {}
    for element in tree.xpath("//meta[@content]"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if key and content is not None:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def _first(meta: dict[str, list[str]], name: str) -> str | None:
    values = meta.get(name)
    return values[0] if values else None


def _first_of(meta: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        for value in meta.get(name, ()):
            if text := _squeeze(value):
                return text
    return None


def _meta_authors(meta: dict[str, list[str]]) -> list[str]:
    """Author names from meta tags; profile URLs (``article:author`` often holds one) are not names."""
    for name in _AUTHOR_META:
        names = [_squeeze(value) for value in meta.get(name, ()) if not value.strip().startswith(("http:", "https:", "/"))]
        names = [part.strip() for value in names for part in value.split(";") if part.strip()]
        if names:
            return list(dict.fromkeys(names))
    return []


def _meta_tags(meta: dict[str, list[str]]) -> list[str]:
    for name in _TAG_META:
        tags = [tag.strip() for value in meta.get(name, ()) for tag in value.split(",") if tag.strip()]
        if tags:
            return list(dict.fromkeys(tags))
    return []


def _squeeze(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _first_date(values) -> str | None:
    for value in values:
        parsed = to_iso8601(value)
        if parsed:
            return parsed
    return None


def _text(value: object) -> str | None:
    """A JSON-LD string value; CMSs often leave HTML entities ("&#8217;") in them."""
    if isinstance(value, list):
        value = value[0] if value else None
    return html.unescape(value).strip() or None if isinstance(value, str) else None


def _url(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return _text(value)


def _names(value: object) -> list[str]:
    entries = value if isinstance(value, list) else [value]
    names = []
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names
