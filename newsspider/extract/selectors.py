"""A site's own extraction hints: where its article body is, and what to cut out first.

For the sites a user cares most about, a CSS selector of the body (``body`` in the sources file)
beats any heuristic, and a few selectors of the site's related-article boxes or share bars
(``prune``) keep them out of the text. Both act on the parsed page before trafilatura reads it;
the page's metadata (``<head>``, JSON-LD, the byline) is read from the page as served.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement


@dataclass(frozen=True)
class SiteSelectors:
    """CSS selectors of one source: ``body`` (the article body) and ``prune`` (removed first)."""

    body: str | None = None
    prune: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.body or self.prune)


def prune(tree: HtmlElement, selectors: SiteSelectors) -> int:
    """Remove the elements ``selectors.prune`` match (tail text kept); returns how many."""
    removed = 0
    for selector in selectors.prune:
        for element in CSSSelector(selector)(tree):
            if element.getparent() is not None:
                element.drop_tree()
                removed += 1
    return removed


def narrow_to_body(tree: HtmlElement, selectors: SiteSelectors) -> HtmlElement:
    """A copy of the page whose ``<body>`` holds only what ``selectors.body`` matches, in page
    order; the page itself when there is no body selector or it matches nothing (a redesigned
    site must not lose its articles: the heuristics then run on the whole page)."""
    if not selectors.body:
        return tree
    matches = CSSSelector(selectors.body)(tree)
    if not matches:
        return tree
    narrowed = copy.deepcopy(tree)
    body = narrowed.find("body")
    if body is None:
        body = etree.SubElement(narrowed, "body")
    for child in list(body):
        body.remove(child)
    body.text = None
    for element in matches:
        kept = copy.deepcopy(element)
        kept.tail = None
        body.append(kept)
    return narrowed
