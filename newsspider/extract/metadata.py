"""Page metadata that trafilatura does not give us precisely: full timestamps, the modified date
(kept apart from the published date), ``<html lang>``, ``rel=canonical`` and the JSON-LD article.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsspider.dates import to_iso8601

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"})
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.created",
                   "sailthru.date", "parsely-pub-date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "og:article:modified_time", "dateModified",
                  "last-modified", "dcterms.modified")


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


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Collect metadata from a parsed page without modifying the tree."""
    meta = _meta_values(tree)
    jsonld = find_jsonld_article(tree)
    published = _first_date(meta.get(name) for name in _PUBLISHED_META)
    modified = _first_date(meta.get(name) for name in _MODIFIED_META)
    if published is None:
        published = _first_date(tree.xpath("//time[@datetime][1]/@datetime")[:1])
    if jsonld:
        published = jsonld.published or published
        modified = jsonld.modified or modified
    canonical = next(iter(tree.xpath("//link[@rel='canonical'][1]/@href")), None)
    html_lang = next(iter(tree.xpath("/html/@lang | /html/@xml:lang")), None)
    og_type = (meta.get("og:type") or "").strip().lower() or None
    declares_article = bool(jsonld) or "article:published_time" in meta or og_type == "article"
    teasers = len(tree.xpath("//*[self::h2 or self::h3 or self::h4][.//a[@href]]"))
    return PageMetadata(html_lang=html_lang, canonical=canonical, published=published, modified=modified,
                        jsonld=jsonld, og_type=og_type, declares_article=declares_article, teasers=teasers)


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
    )


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        if key:
            values.setdefault(key.strip().lower() if key.lower().startswith(("dc", "last")) else key.strip(),
                              element.get("content"))
    return values


def _first_date(values) -> str | None:
    for value in values:
        parsed = to_iso8601(value)
        if parsed:
            return parsed
    return None


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() or None if isinstance(value, str) else None


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
