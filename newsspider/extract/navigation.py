"""Where a page's links are the site's navigation (menus, breadcrumbs, comment threads) rather
than the story's: a headline's suffix names a section the navigation links to, and a list of
topic links there is a menu, not the story's tags."""
from __future__ import annotations

import functools
import re

from lxml.html import HtmlElement

_MARK_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "TagsBox" -> Tags, Box; "tag-like" -> tag, like
_ID_NUMBER = re.compile(r"\d{3}")
_NAVIGATION_MARKS = frozenset({"menu", "nav", "navigation", "navbar", "breadcrumb", "breadcrumbs"})


def class_words(name: str) -> set[str]:
    """The words of a class, id or attribute name ("lst-LinksTopics_TopicsListLink": lst, links,
    topics, list, link); none for a name carrying or naming an id ("tag_3195808", "data-tag-id")."""
    words = {word.lower() for word in _MARK_WORDS.findall(name)}
    return set() if _ID_NUMBER.search(name) or "id" in words else words


def in_navigation(link: HtmlElement) -> bool:
    """The link sits in the site's navigation or a comment thread: a ``<nav>``, ``<header>``,
    ``<footer>`` or ``<aside>`` outside the article (an article's own header or footer may hold
    its tags), or an element below the article (or page) whose class or id names a menu, a
    breadcrumb or comments (the classes of ``<article>`` and ``<body>`` describe the whole page:
    WordPress writes ``comments-open`` there)."""
    elements = [link, *link.iterancestors()]
    tags = [element.tag for element in elements]  # each read once (lxml writes a tag out anew at each read)
    inside_article = "article" in tags
    marked = True
    for element, tag in zip(elements, tags, strict=True):
        if not inside_article and tag in ("nav", "header", "footer", "aside"):
            return True
        marked = marked and tag not in ("article", "main", "body")
        if marked and _names_navigation(element.get("class"), element.get("id")):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _names_navigation(classes: str | None, ident: str | None) -> bool:
    """Whether an element's class or id names a menu, a breadcrumb or comments. Cached by the
    attributes' text: a page's links share their ancestors (and a site's pages their class names),
    and the words of each name are a regex's search."""
    names = f"{classes or ''} {ident or ''}".split()
    return any("comment" in name.lower() or _NAVIGATION_MARKS & class_words(name) for name in names)
