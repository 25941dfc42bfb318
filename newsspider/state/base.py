"""Interfaces of the state kept between runs. SQLite implements them here; a Redis
implementation satisfies the same protocols for distributed crawls.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class EmittedArticle:
    """What a later run needs to know about an article already written out."""

    id: str
    canonical_url: str
    url: str
    modified: str | None


@dataclass(frozen=True)
class Validators:
    """HTTP cache validators of a feed or sitemap, for conditional GETs."""

    etag: str | None = None
    last_modified: str | None = None


class SeenStore(Protocol):
    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        """The subset of (canonical) URLs whose article was already emitted."""

    def modified_of(self, article_id: str) -> tuple[bool, str | None]:
        """(emitted before?, the ``modified`` date it was emitted with)."""

    def add(self, articles: Iterable[EmittedArticle]) -> None:
        """Record articles as emitted; called only once they are safely written."""


class ValidatorStore(Protocol):
    def get(self, url: str) -> Validators | None: ...

    def put(self, items: Iterable[tuple[str, Validators]]) -> None: ...
