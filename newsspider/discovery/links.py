"""Article links on listing pages (home, section, latest-news pages).

Sites without a usable feed or news sitemap still list their articles on HTML pages. This module
picks, from all the anchors of such a page, the ones that look like articles of the same site,
using only the URL shape: a date in the path, a numeric id, or a multi-word slug (in any
script). Navigation (sections, tags, authors, pagination, account and legal pages, feeds, static
files) is left out. It is a heuristic: expect a few false positives, which the article extractor
rejects later at the cost of one request each.
"""
from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import parse_qsl, unquote, urldefrag, urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from w3lib.encoding import html_to_unicode

from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.xmlsafety import absolute_http_url
from newsspider.unicode_classes import CJK_CLASS, HANGUL_SYLLABLES, char_class
from newsspider.urls import host_key, registered_domain

_NON_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "category", "categories", "topic", "topics", "author", "authors",
    "login", "log-in", "signin", "sign-in", "logout", "register", "signup", "sign-up",
    "account", "accounts", "my-account", "profile", "subscribe", "subscription", "subscriptions",
    "newsletter", "newsletters", "search", "feed", "feeds", "rss", "atom",
    "privacy", "privacy-policy", "privacy-notice", "cookies", "cookie-policy",
    "terms", "terms-of-use", "terms-of-service", "terms-and-conditions",
    "contact", "contact-us", "about", "about-us", "wp-admin", "wp-login.php", "cdn-cgi",
})
_NON_ARTICLE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif",
    "pdf", "css", "js", "json", "xml", "rss", "atom", "txt", "csv", "zip", "gz", "rar", "7z",
    "mp3", "mp4", "m4a", "ogg", "wav", "webm", "mov", "avi",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "woff", "woff2", "ttf", "eot",
})
_PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "php", "asp", "aspx", "jsp"})
_INDEX_STEMS = frozenset({"index", "default", "home", "main"})
_PAGINATION_PARAMS = frozenset({"page", "paged"})
_SEARCH_PARAMS = frozenset({"s", "q", "query", "search"})
_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
})
_YEAR = re.compile(r"(19|20)\d\d")
_MONTH_NUMBER = re.compile(r"0?[1-9]|1[0-2]")
_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_COMPACT_DATE = re.compile(r"(?<!\d)(19|20)\d\d-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
_LONG_NUMBER = re.compile(r"\d{4,}")
_WORD_SEPARATORS = re.compile(r"[-_+.\s]+")
_CJK_RUN = re.compile(f"[{CJK_CLASS}{char_class([HANGUL_SYLLABLES])}]{{6,}}")


def article_links(html: bytes | str, page_url: str) -> list[DiscoveredLink]:
    """Same-site article links on a listing page, in page order, with anchor text as title.

    Honours ``<base href>``. Bytes are decoded from their BOM or ``<meta charset>``, else as
    UTF-8 with replacement. A URL linked several times keeps its first position and the first
    non-empty anchor text (listings often link an image first, then the headline).
    """
    page = page_document(html, page_url)
    if page is None:
        return []
    document, base = page
    titles: dict[str, str | None] = {}
    for anchor in document.iter("a", "area"):
        url = absolute_http_url(anchor.get("href"), base)
        if url is None or not looks_like_article_url(url, page_url):
            continue
        if titles.get(url) is None:
            titles[url] = _anchor_text(anchor)
    return [DiscoveredLink(url=url, title=title) for url, title in titles.items()]


def listing_links(html: bytes | str, page_url: str) -> list[str]:
    """Further listing pages a listing page leads to: its own pagination and its sub-sections.

    A link qualifies when it is on the same site, under the listing page's path (``/world/`` leads
    to ``/world/europe/`` and ``/world/page/2/``, not to ``/sport/``), not shaped like an article,
    and not a tag, author, account, search, legal or file URL. Followed to the source's ``depth``.
    """
    page = page_document(html, page_url)
    if page is None:
        return []
    document, base = page
    prefix = urlsplit(page_url).path.rsplit("/", 1)[0] + "/"
    found: list[str] = []
    taken: set[str] = set()  # what found holds: a page of 50,000 links searched the list for each
    for anchor in document.iter("a"):
        url = absolute_http_url(anchor.get("href"), base)
        if url is None or url in taken or urldefrag(url)[0] == urldefrag(page_url)[0]:
            continue
        parts = urlsplit(url)
        if not parts.path.startswith(prefix) or not _same_site(url, page_url) or looks_like_article_url(url, page_url):
            continue
        segments = [unquote(s).lower() for s in parts.path.split("/") if s]
        query = parse_qsl(parts.query, keep_blank_values=True)
        if _is_pagination(segments, query) or not _is_navigation(segments, query):
            found.append(urldefrag(url)[0])
            taken.add(found[-1])
    return found


def _is_pagination(segments: list[str], query: list[tuple[str, str]]) -> bool:
    """``/page/2/`` or ``?page=2``, and nothing else that marks navigation."""
    paged = (any(a == "page" and b.isdigit() for a, b in pairwise(segments))
             or any(k.lower() in _PAGINATION_PARAMS and v.isdigit() for k, v in query))
    others = [s for s in segments if s != "page" and not s.isdigit()]
    return paged and not any(s in _NON_ARTICLE_SEGMENTS for s in others) and not any(
        k.lower() in _SEARCH_PARAMS for k, _ in query)


def looks_like_article_url(url: str, page_url: str) -> bool:
    """True if ``url`` is an http(s) page of the same site as ``page_url`` shaped like an article.

    Same site means same registrable domain (www., bare host and other subdomains all match).
    Article shape: a date in the path, a 4+ digit id (path or query), or a last segment that is
    a slug of 3+ words, a CJK title, or a named ``.html``/``.php``-style page.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if urldefrag(url)[0] == urldefrag(page_url)[0] or not _same_site(url, page_url):
        return False
    segments = [unquote(s).lower() for s in parts.path.split("/") if s]
    query = parse_qsl(parts.query, keep_blank_values=True)
    if _is_navigation(segments, query):
        return False
    return _has_date(segments) or _has_id(segments, query) or _is_slug(segments)


def page_document(html: bytes | str, page_url: str) -> tuple[HtmlElement, str] | None:
    """A discovery page's tree and the address its links resolve against: its first ``<base href>`` that
    resolves to an http(s) URL, else ``page_url``; None when the page holds no HTML. Bytes are decoded from
    their BOM or ``<meta charset>``, else as UTF-8 with replacement; an XML declaration (an XHTML page's)
    is dropped, as lxml refuses a string that declares its encoding."""
    document = _parse_html(html)
    return None if document is None else (document, _base_url(document, page_url))


def _parse_html(html: bytes | str) -> HtmlElement | None:
    if isinstance(html, bytes):
        _encoding, html = html_to_unicode(None, html)
    # lxml refuses str input that carries an XML encoding declaration (XHTML pages).
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _base_url(document: HtmlElement, page_url: str) -> str:
    """The page URL, or the first ``<base href>`` if it resolves to an http(s) URL."""
    for href in document.xpath("//base/@href"):
        resolved = absolute_http_url(href, page_url)
        if resolved:
            return resolved
    return page_url


def _anchor_text(anchor: HtmlElement) -> str | None:
    text = " ".join(anchor.text_content().split())
    if not text:
        text = " ".join((anchor.get("title") or "").split())
    return text or None


def _registrable_host(url: str) -> str:
    """Registrable domain (public-suffix aware), or the bare host for localhost/IPs."""
    domain = registered_domain(url)
    return domain.lower() if domain else host_key(url)


def _same_site(url: str, page_url: str) -> bool:
    """Whether both addresses are of one registrable domain: a listing's links to the site's
    other subdomains ("sport.x.co.uk" on "news.x.co.uk") are its own articles. (A title's section
    link must be of the page's host or a subdomain or parent of it: ``urls.within_host``.)"""
    return _registrable_host(url) == _registrable_host(page_url)


def _is_navigation(segments: list[str], query: list[tuple[str, str]]) -> bool:
    """Section-agnostic non-article markers: tags, authors, pagination, account, legal, files."""
    if any(segment in _NON_ARTICLE_SEGMENTS for segment in segments):
        return True
    if any(a == "page" and b.isdigit() for a, b in pairwise(segments)):
        return True
    if segments and (segments[-1] == "page" or _extension(segments[-1]) in _NON_ARTICLE_EXTENSIONS):
        return True
    for key, value in query:
        key = key.lower()
        if (key in _PAGINATION_PARAMS and value.isdigit()) or key in _SEARCH_PARAMS:
            return True
    return False


def _has_date(segments: list[str]) -> bool:
    """A date in the path followed by something (slug, id): bare date archives do not count.

    Either a year/month[/day] run of segments (month may be a name: Guardian-style /2024/may/12/)
    or a compact 2024-05-12 / 20240512 date inside a segment.
    """
    for index, segment in enumerate(segments):
        if not _YEAR.fullmatch(segment) or index + 1 >= len(segments):
            continue
        month = segments[index + 1]
        if not (_MONTH_NUMBER.fullmatch(month) or month in _MONTHS):
            continue
        rest = index + 2
        if rest < len(segments) and _DAY.fullmatch(segments[rest]):
            rest += 1
        return rest < len(segments)
    return any(_COMPACT_DATE.search(s) for s in segments) and not _is_date_only(segments[-1])


def _is_date_only(segment: str) -> bool:
    return re.fullmatch(r"[\d\-_./]+", segment) is not None and len(segment) <= 10


def _has_id(segments: list[str], query: list[tuple[str, str]]) -> bool:
    """A numeric id: 5+ digits, or 4 digits that are not a year, in the path or a query value."""
    for segment in segments:
        if _COMPACT_DATE.fullmatch(segment):
            continue
        if any(_is_id(run) for run in _LONG_NUMBER.findall(_COMPACT_DATE.sub("", segment))):
            return True
    return any(_LONG_NUMBER.fullmatch(value) and _is_id(value) for _key, value in query)


def _is_id(digits: str) -> bool:
    return len(digits) > 4 or not _YEAR.fullmatch(digits)


def _is_slug(segments: list[str]) -> bool:
    """Last segment reads like a title: 3+ words, a long CJK run, or a named page file."""
    if not segments:
        return False
    last = segments[-1]
    extension = _extension(last)
    stem = last[: -len(extension) - 1] if extension in _PAGE_EXTENSIONS else last
    words = [word for word in _WORD_SEPARATORS.split(stem) if re.search(r"\w", word)]
    if len(words) >= 3 or _CJK_RUN.search(stem):
        return True
    if extension in _PAGE_EXTENSIONS and stem not in _INDEX_STEMS:
        # /news/story.html is an article; a top-level /world.html is a section page.
        return len(words) >= 2 or (len(segments) >= 2 and len(words) == 1 and len(stem) > 3)
    return False


def _extension(segment: str) -> str | None:
    stem, dot, extension = segment.rpartition(".")
    return extension if dot and stem and extension.isalnum() else None
