"""Items passed between the spider and the pipelines.

``Page`` is what the spider fetched; ``Article`` is the public JSONL record (schema in
``article.schema.json``): field names and order here are a contract with downstream tools.
"""
from __future__ import annotations

import hashlib
from dataclasses import InitVar, dataclass, field
from typing import TYPE_CHECKING

from newsspider.dates import to_utc_iso


@dataclass(repr=False)
class Page:
    """A fetched article candidate, before extraction. Never exported.

    The page is kept as fetched, bytes and charset: it is decoded in the worker that extracts it
    (``newsspider.charset``), not in the crawl process."""

    url: str
    body: bytes
    encoding: str                                # the charset Scrapy read (``TextResponse.encoding``)
    source: str
    fetched_at: str
    source_language: str | None = None
    hints: dict = field(default_factory=dict)   # title/published/modified/language from discovery
    body_selector: str | None = None             # the source's ``body`` CSS selector
    prune_selectors: tuple[str, ...] = ()        # the source's ``prune`` CSS selectors
    encoding_from_header: bool = True            # the Content-Type header named ``encoding`` (else Scrapy read the page)
    server_date: str | None = None               # the response's ``Date`` header, as ``fetched_at`` is written

    @property
    def fetched_by_now(self) -> str:
        """The latest time the page can have been fetched at: the later of the crawl's clock
        (``fetched_at``) and the server's ``Date``. No date of the page lies after it; a crawl
        whose clock was set back must not take the day's articles' dates for future ones."""
        return max(self.fetched_at, self.server_date or "")

    def __repr__(self) -> str:  # log lines (dropped items) must not dump whole pages
        return f"Page(url={self.url!r}, source={self.source!r}, {len(self.body)} bytes)"


@dataclass
class Article:
    """One extracted article: the JSONL record.

    ``published_utc`` and ``modified_utc`` are ``published`` and ``modified`` in UTC
    (``2024-07-25T07:00:00Z``), derived here when not given, so that every record has both forms:
    the publisher's own offset (its day) and one that sorts and loads without options."""

    id: str
    url: str
    canonical_url: str
    source: str
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
    fetched_at: str
    simhash: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    site_name: str | None = None  # the publication's name as the page states it
    matched_id: str | None = None
    duplicate_score: float | None = None
    published_utc: str | None = None
    modified_utc: str | None = None
    comments: str | None = None  # the page's reader comments (NEWSSPIDER_COMMENTS); written only when set
    # Internal, never written: extraction's lines of a bare label before a link to the site, with the label, that the
    # boilerplate pipeline learns and cleans by (``ExtractedArticle.label_links``). At run time an init-only value kept
    # as a plain attribute, not a field: Scrapy's exporters (CSV, XML, JSON, a FEED_EXPORT_FIELDS list), ``asdict``
    # and every other reader of the dataclass's fields see the record's fields only, so it leaks into no output.
    # (Type checkers are shown the attribute it becomes.)
    if TYPE_CHECKING:
        label_links: tuple[tuple[str, str], ...] = ()
    else:
        label_links: InitVar[tuple[tuple[str, str], ...]] = ()

    def __post_init__(self, label_links: tuple[tuple[str, str], ...] = ()) -> None:
        self.label_links = label_links
        if self.published_utc is None:
            self.published_utc = to_utc_iso(self.published)
        if self.modified_utc is None:
            self.modified_utc = to_utc_iso(self.modified)


def article_id(canonical_url: str) -> str:
    """Stable id of an article: the first 16 hex digits of SHA-256 of its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]
