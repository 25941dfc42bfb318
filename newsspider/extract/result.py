"""What extraction hands back (:func:`newsspider.extract.article.extract_page`): plain values in a
module of their own, so that the crawl process, which unpickles them from the workers, need not
import the extractor (trafilatura, the metadata and date rules: 0.15 s of CPU at every start)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ExtractedArticle:
    """One page's article as extraction found it: the record's fields before the crawl adds its
    own (id, source, fetch time) and cleaning strips the site chrome from ``text``. ``site_name``
    and ``title`` are what the cleaner needs to recognise the site's lines; ``page_type`` says why
    the page counts as an article (:mod:`newsspider.extract.pagetype`)."""

    canonical: str | None
    title: str | None
    authors: list[str]
    published: str | None
    modified: str | None
    language: str | None
    direction: str
    text: str
    description: str | None
    image: str | None
    tags: list[str]
    site_name: str | None
    page_type: str
    via_jsonld: bool = False
    tree_chrome: tuple[str, ...] = ()  # lines removed by the page's tree (``cleaning.tree``, ``cleaning.pretitle``) or as its authors' bio
    comments: str | None = None  # the page's reader comments (``ExtractOptions.comments``, :mod:`.comments`)
    label_links: tuple[tuple[str, str], ...] = ()  # lines of a bare label before a link to the site, and the label (``cleaning.tree``)


@dataclass
class Extraction:
    """What extraction found: an ``article``, or the ``reason`` why the page is not one."""

    article: ExtractedArticle | None = None
    reason: str | None = None
    decoded_as: str | None = None
    """The charset the page was read with, and why, when not the one its label said (``extract_page``)."""
