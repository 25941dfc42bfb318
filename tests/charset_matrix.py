"""Pages, feeds and sitemaps in legacy charsets, served the ways real servers get them wrong.

Each case is the bytes a server sends, its Content-Type, and the gold (``tests/charset_texts``):
the headline and paragraphs as written. Used by ``tests/test_charset_matrix.py`` (the whole
matrix through the decoding functions, a subset through ``scrapy crawl news``) and by
``python -m bench.charsets`` (the counts)."""
from __future__ import annotations

import codecs
import html
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from tests.charset_texts import TEXTS

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # Vietnamese tone marks: windows-1258 writes them as combining characters
_LATE = "<script>var config = {" + ", ".join(f'"k{i}": "{"x" * 40}"' for i in range(120)) + "};</script>\n"
"""An inline script of ~6 KB in the head: a ``<meta charset>`` after it is past the first 1024 (and 4096) bytes."""


@dataclass(frozen=True)
class Case:
    """One document as served: ``content_type`` None means no Content-Type header at all."""

    name: str
    kind: str  # page, feed, sitemap
    lang: str
    charset: str  # what the bytes are
    body: bytes
    content_type: str | None
    title: str
    paragraphs: tuple[str, ...]


def encode(text: str, charset: str) -> bytes:
    """``text`` in ``charset`` as its legacy writers produce it (windows-1258: tones as combining marks)."""
    codec = {"windows-874": "cp874", "windows-1258": "cp1258"}.get(charset, charset)
    if codec != "cp1258":
        return text.encode(codec)
    out = bytearray()
    for char in text:
        try:
            out += char.encode(codec)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode(codec)
    return bytes(out)


def page_html(lang: str, meta: str | None, *, late_meta: bool = False) -> str:
    """An article page: the headline in <title> and <h1>, the paragraphs in <article>."""
    title, paragraphs, _ = TEXTS[lang]
    meta_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">\n' if meta else ""
    head = (_LATE + meta_tag) if late_meta else (meta_tag + _LATE)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}<title>{html.escape(title)}</title>\n</head>\n'
            f'<body>\n<article>\n<h1>{html.escape(title)}</h1>\n{body}\n</article>\n</body>\n</html>\n')


def feed_xml(lang: str, declared: str | None, url: str = "http://127.0.0.1/") -> str:
    """An RSS 2.0 feed of three items, titled with the headline and the paragraphs' first words."""
    title, paragraphs, _ = TEXTS[lang]
    decl = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    items = "".join(f"<item><title>{html.escape(t)}</title><link>{url}{lang}/{i}.html</link>"
                    f"<description>{html.escape(p)}</description></item>\n"
                    for i, (t, p) in enumerate(zip(feed_titles(lang), paragraphs, strict=True)))
    return (f'{decl}<rss version="2.0"><channel><title>{html.escape(title)}</title><link>{url}</link>'
            f"<language>{lang}</language>\n{items}</channel></rss>\n")


def feed_titles(lang: str) -> list[str]:
    """The items' titles: the headline, then the second and third paragraphs."""
    title, paragraphs, _ = TEXTS[lang]
    return [title, paragraphs[1], paragraphs[2]]


def sitemap_xml(lang: str, declared: str | None, url: str = "http://127.0.0.1/") -> str:
    """A Google News sitemap of one article titled with the headline."""
    title = TEXTS[lang][0]
    decl = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    return (f'{decl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n<url><loc>{url}{lang}/0.html</loc>'
            f"<news:news><news:publication><news:name>X</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>2024-05-01T10:00:00+00:00</news:publication_date>"
            f"<news:title>{html.escape(title)}</news:title></news:news></url>\n</urlset>\n")


def _utf8_with_stray_bytes(text: str) -> bytes:
    """UTF-8 with three cp1252 bytes pasted into it (a quote, an e-acute, an en dash)."""
    data = text.encode("utf-8")
    cut = data.find(b"</p>")
    return data[:cut] + b" \x93\xe9\x96" + data[cut:]


def cases() -> Iterator[Case]:
    """Every case of the matrix: each language's legacy charsets in each page, feed and sitemap way."""
    for lang, (title, paragraphs, charsets) in TEXTS.items():
        def case(name: str, kind: str, charset: str, body: bytes, content_type: str | None,
                 lang: str = lang, title: str = title, paragraphs: tuple[str, ...] = paragraphs) -> Case:
            return Case(f"{kind}:{lang}:{charset}:{name}", kind, lang, charset, body, content_type, title, paragraphs)

        for charset in charsets:
            yield case("declared", "page", charset, encode(page_html(lang, charset), charset),
                       f"text/html; charset={charset}")
            yield case("undeclared", "page", charset, encode(page_html(lang, None), charset), "text/html")
            yield case("header-contradicts-meta", "page", charset, encode(page_html(lang, charset), charset),
                       "text/html; charset=ISO-8859-1" if charset != "windows-1252" else "text/html; charset=utf-8")
            yield case("late-meta", "page", charset, encode(page_html(lang, charset, late_meta=True), charset),
                       "text/html")
            yield case("declared", "feed", charset, encode(feed_xml(lang, charset), charset),
                       f"application/rss+xml; charset={charset}")
            yield case("no-content-type", "feed", charset, encode(feed_xml(lang, charset), charset), None)
            yield case("header-contradicts-xml", "feed", charset, encode(feed_xml(lang, charset), charset),
                       "text/xml; charset=ISO-8859-1" if charset != "windows-1252" else "text/xml; charset=utf-8")
            yield case("undeclared", "feed", charset, encode(feed_xml(lang, None), charset), None)
            yield case("declared", "sitemap", charset, encode(sitemap_xml(lang, charset), charset), "application/xml")
            yield case("undeclared", "sitemap", charset, encode(sitemap_xml(lang, None), charset), "application/xml")
        utf8_page = page_html(lang, None)
        yield case("utf8-as-latin1", "page", "utf-8", utf8_page.encode("utf-8"), "text/html; charset=ISO-8859-1")
        yield case("utf8-stray-bytes", "page", "utf-8", _utf8_with_stray_bytes(utf8_page), "text/html")
        yield case("utf8-stray-bytes-declared", "page", "utf-8", _utf8_with_stray_bytes(page_html(lang, "utf-8")),
                   "text/html; charset=utf-8")
        yield case("utf8-bom", "page", "utf-8", codecs.BOM_UTF8 + utf8_page.encode("utf-8"),
                   "text/html; charset=ISO-8859-1")
        yield case("utf16-bom", "page", "utf-16", codecs.BOM_UTF16_LE + utf8_page.encode("utf-16-le"), "text/html")
        yield case("utf8-as-latin1", "feed", "utf-8", feed_xml(lang, None).encode("utf-8"),
                   "text/xml; charset=ISO-8859-1")
        yield case("utf8-xml-says-latin1", "feed", "utf-8", feed_xml(lang, "ISO-8859-1").encode("utf-8"), None)
        yield case("utf8-bom", "feed", "utf-8", codecs.BOM_UTF8 + feed_xml(lang, None).encode("utf-8"),
                   "application/rss+xml")
        yield case("utf8-xml-says-latin1", "sitemap", "utf-8", sitemap_xml(lang, "ISO-8859-1").encode("utf-8"),
                   "application/xml")


def has_text(text: str, case: Case) -> tuple[bool, bool]:
    """Whether ``text`` (decoded, markup unescaped) holds the case's headline, and all its paragraphs."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    return case.title in text, all(p in text for p in case.paragraphs)
