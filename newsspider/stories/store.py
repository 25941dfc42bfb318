"""Where story state lives between runs: articles' fingerprints, vectors, stories, language means.

``StoryStore`` is the interface (SQLite in newsspider/state/sqlite/stories.py, Redis in
newsspider/state/redis/stories.py, memory here for tests: every method is a key lookup, an
append, or the scan of the recent articles that the detector does once at start-up). Integer ``ref``s are the store's own row ids so the
in-memory index can hold 8-byte references instead of article id strings.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, fields, replace
from typing import Protocol

import numpy as np

UNKNOWN_LANGUAGE = "und"
"""The language an article is stored under when extraction found none."""
Link = tuple[tuple[str, int], ...]
"""Stories joined as one text (``newsspider.stories.links``): (story id, ref of its root as known
when the link was made, 0 when it was forgotten then), the bridging article's own story first."""


@dataclass(frozen=True)
class ArticleRecord:
    """One assigned article as stored. ``vector`` is the RAW embedding (float16): centring uses
    the language mean current at comparison time. ``ehash`` is the hyperplane hash of the vector
    centred when the article was assigned (used only to shortlist). ``shingles`` are the sorted
    uint32 shingle hashes of the body (stories.evidence), the text a copy is verified against."""

    article_id: str
    story_id: str
    language: str
    ts: float                       # publication (or fetch) time, epoch seconds
    exact: str
    simhash: int                    # unsigned 64-bit
    anchors: frozenset[str]
    vector: np.ndarray | None = None  # float16 (dim,)
    ehash: np.ndarray | None = None   # uint64 (bits // 64,)
    duplicate_kind: str | None = None
    ref: int = 0                    # assigned by the store
    length: float = 0.0             # body length in English-equivalent characters (0 = unknown)
    passages: np.ndarray | None = None  # float16 (2, dim) raw embeddings of the body's middle and end
    source: str = ""                # the source the article came from
    shingles: np.ndarray | None = None  # uint32, sorted unique; None for records stored before shingles
    opening: np.ndarray | None = None   # uint32, sorted unique hashes of the body's first shingles
    names: frozenset[str] = frozenset()  # fingerprints.names
    paragraphs: int = 0             # fingerprints.paragraph_count of the body (0 = not counted)
    matched_id: str | None = None   # the article the evidence was against (None for a root)
    score: float | None = None      # the strength of that evidence (None for a root)
    headline: np.ndarray | None = None  # uint32, sorted unique hashes of the headline's words
                                    # (evidence.headline_words); None for records stored before
    bridged: tuple[str, ...] = ()   # other stories it was verified into at once: one text with its own (links.py)
    root_refs: tuple[int, ...] = ()  # refs of the roots of its story and the bridged ones, as known then
    paragraph_vectors: np.ndarray | None = None  # float16 (k, dim) raw embeddings of a short body's
                                    # headline and paragraph starts (embed.aligned_units); records
                                    # stored before headlines were embedded hold the starts alone
                                    # (told apart by rows > paragraphs); None for others and for
                                    # records stored before them
    headline_figures: frozenset[str] | None = None  # fingerprints.headline_figures of the headline;
                                    # None without a headline and for records stored before them
    figure_places: tuple[frozenset[str], ...] | None = None  # fingerprints.figure_places of the body;
                                    # None for records stored before them
    unit_figures: frozenset[str] | None = None  # fingerprints.unit_figures of title and text; None
                                    # for records stored before them

    @property
    def link(self) -> Link:
        """The link it made (``newsspider.stories.links``): its story and the bridged ones with
        their root refs (``()`` when it bridged none)."""
        if not self.bridged:
            return ()
        return tuple(zip((self.story_id, *self.bridged), self.root_refs, strict=True))


@dataclass(frozen=True)
class ArticleDetails:
    """What people and story exports show of a member, kept beside its ``ArticleRecord`` (which
    holds what the detector compares): written by the crawl once the article is in its output, so
    a later run can list the story's earlier members (``newsspider.export.stories``)."""

    article_id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None    # ISO 8601 with the publisher's offset, as in the record
    direction: str | None = None    # "ltr" or "rtl"


_DETAIL_FIELDS = tuple(f.name for f in fields(ArticleDetails) if f.name != "article_id")


def encode_details(details: ArticleDetails) -> str:
    """``details`` as the JSON text the stores keep (the article id is their key). Its fields
    read directly (``vars``): they are strings, ``asdict``'s deep copy of each buys nothing."""
    return json.dumps({k: v for k, v in vars(details).items() if k != "article_id" and v is not None},
                      ensure_ascii=False, separators=(",", ":"))


def decode_details(article_id: str, text: str | bytes) -> ArticleDetails:
    """The ``ArticleDetails`` kept as ``text`` (fields this release does not know are ignored)."""
    data = json.loads(text)
    return ArticleDetails(article_id, **{name: data.get(name) for name in _DETAIL_FIELDS})


def encode_link(link: Link) -> str:
    """``link`` as the text the stores on disk keep: ``story:ref`` joined by spaces."""
    return " ".join(f"{story_id}:{ref}" for story_id, ref in link)


def decode_link(text: str) -> Link:
    """The ``Link`` kept as ``text`` (``encode_link``)."""
    return tuple((story_id, int(ref)) for story_id, ref in (part.rsplit(":", 1) for part in text.split()))


INDEXED_FIELDS = frozenset({"article_id", "story_id", "language", "ts", "simhash", "anchors", "ehash", "ref", "source",
                            "shingles", "headline"})
"""What the detector's in-memory indexes hold of a stored article (``iter_articles(indexed_only=True)``)."""


class StoryConflict(Exception):
    """``add_article`` refused: another worker appended to a shared store since the last
    ``sync()``. The caller syncs, recomputes the assignment and tries again."""


@dataclass(frozen=True)
class StoryRecord:
    """A story as stored: its root, when it began and how many articles it has."""

    story_id: str     # id of the first article assigned to the story (its root)
    first_ts: float
    size: int


class StoryStore(Protocol):
    """Persistence the detector needs; implementations must not reorder refs (ascending = older)."""

    def add_article(self, rec: ArticleRecord) -> int:
        """Store an article (and create/extend its story); return its ref."""
        ...

    def get_articles(self, refs: Sequence[int]) -> list[ArticleRecord]:
        """Records for the refs that exist, in the given order."""
        ...

    def find_exact(self, exact: str) -> ArticleRecord | None:
        """The earliest stored article with this exact hash."""
        ...

    def find_article(self, article_id: str) -> ArticleRecord | None:
        """The stored record of this article id (an article seen again, e.g. re-emitted after a crash)."""
        ...

    def story_members(self, story_id: str, limit: int) -> list[ArticleRecord]:
        """Up to ``limit`` members, oldest first (the root comes first)."""
        ...

    def first_member(self, story_id: str, language: str) -> ArticleRecord | None:
        """The story's first article in ``language`` (the root, if it is in that language)."""
        ...

    def get_story(self, story_id: str) -> StoryRecord | None:
        """The story's record, or None for an unknown id."""
        ...

    def iter_articles(self, since_ts: float | None = None, *, until_ts: float | None = None,
                      indexed_only: bool = False) -> Iterator[ArticleRecord]:
        """All articles (optionally only those with since_ts <= ts < until_ts, found by a time index
        rather than a scan of the history), ascending ref; for rebuilding indexes. ``indexed_only``: only
        the fields the detector's in-memory indexes hold are read (``INDEXED_FIELDS``), the others
        are left empty (a store may read them all the same)."""
        ...

    def latest_ts(self) -> float | None:
        """The newest article's ``ts`` (None when the store is empty)."""
        ...

    def story_links(self) -> list[Link]:
        """Every link an article made (``ArticleRecord.link``), in the order they were made (the
        articles' refs): ``newsspider.stories.links`` (few; read whole at start-up and by the export)."""
        ...

    def forget_before(self, ts: float) -> int:
        """Forget the articles with ``ts`` before this (a story with none left goes too); how many.
        The links stay (``story_links``): a join is not undone by forgetting the article that made it."""
        ...

    def get_mean(self, backend: str, language: str) -> tuple[np.ndarray | None, int]:
        """(sum of raw vectors as float64, count) for a language, or (None, 0)."""
        ...

    def add_to_mean(self, backend: str, language: str, vec: np.ndarray) -> None:
        """Add one raw vector to the language's running sum."""
        ...

    def commit(self) -> None:
        """Make everything so far durable."""
        ...

    def assigning(self) -> AbstractContextManager[None]:
        """The writes of one assignment (``add_to_mean``, ``add_article``) as one unit: durable
        together when the block ends, none of them when it raises. The detector writes an
        article's record within it, so the record is durable before the article leaves the
        pipeline (a killed run's output lines keep their stories), in one commit, not one per
        statement."""
        ...

    def sync(self) -> list[ArticleRecord]:
        """Records other writers appended since the last sync (a shared store); [] otherwise."""
        ...

    def add_details(self, details: Iterable[ArticleDetails]) -> None:
        """Keep (replace) each article's details; durable after ``commit()``."""
        ...

    def get_details(self, article_ids: Iterable[str]) -> dict[str, ArticleDetails]:
        """The details kept of these articles (an article without any is left out)."""
        ...


class MemoryStoryStore:
    """Dict-backed StoryStore for tests and single-run use."""

    def __init__(self) -> None:
        self._articles: list[ArticleRecord] = []
        self._exact: dict[str, int] = {}
        self._by_id: dict[str, int] = {}
        self._members: dict[str, list[int]] = {}
        self._first: dict[tuple[str, str], int] = {}
        self._stories: dict[str, StoryRecord] = {}
        self._means: dict[tuple[str, str], tuple[np.ndarray, int]] = {}
        self._details: dict[str, ArticleDetails] = {}
        self._links: list[Link] = []

    def add_article(self, rec: ArticleRecord) -> int:
        """Append the article; its ref is its 1-based position."""
        ref = len(self._articles) + 1
        self._articles.append(replace(rec, ref=ref))
        if rec.bridged:
            self._links.append(rec.link)
        self._exact.setdefault(rec.exact, ref)
        self._by_id.setdefault(rec.article_id, ref)
        self._members.setdefault(rec.story_id, []).append(ref)
        self._first.setdefault((rec.story_id, rec.language), ref)
        story = self._stories.get(rec.story_id)
        self._stories[rec.story_id] = (
            StoryRecord(rec.story_id, rec.ts, 1) if story is None
            else replace(story, first_ts=min(story.first_ts, rec.ts), size=story.size + 1)
        )
        return ref

    def get_articles(self, refs: Sequence[int]) -> list[ArticleRecord]:
        """The records of the refs that exist, in the given order."""
        return [self._articles[r - 1] for r in refs if 0 < r <= len(self._articles) and self._articles[r - 1].ref]

    def find_exact(self, exact: str) -> ArticleRecord | None:
        """The first article stored with this exact hash."""
        ref = self._exact.get(exact)
        return None if ref is None else self._articles[ref - 1]

    def find_article(self, article_id: str) -> ArticleRecord | None:
        """The record stored under this article id."""
        ref = self._by_id.get(article_id)
        return None if ref is None else self._articles[ref - 1]

    def story_members(self, story_id: str, limit: int) -> list[ArticleRecord]:
        """Up to ``limit`` members, in the order they were added (the root first)."""
        return self.get_articles(self._members.get(story_id, [])[:limit])

    def first_member(self, story_id: str, language: str) -> ArticleRecord | None:
        """The story's first article in ``language``."""
        ref = self._first.get((story_id, language))
        return None if ref is None else self._articles[ref - 1]

    def get_story(self, story_id: str) -> StoryRecord | None:
        """The story's record, or None for an unknown id."""
        return self._stories.get(story_id)

    def iter_articles(self, since_ts: float | None = None, *, until_ts: float | None = None,
                      indexed_only: bool = False) -> Iterator[ArticleRecord]:
        """A snapshot of the articles (``since_ts <= ts < until_ts``), so adding while iterating is safe."""
        return (a for a in list(self._articles) if a.ref and (since_ts is None or a.ts >= since_ts)
                and (until_ts is None or a.ts < until_ts))

    def latest_ts(self) -> float | None:
        """The newest remembered article's ``ts`` (None when there is none)."""
        return max((a.ts for a in self._articles if a.ref), default=None)

    def story_links(self) -> list[Link]:
        """The links made so far, in order (``StoryStore.story_links``)."""
        return list(self._links)

    def forget_before(self, ts: float) -> int:
        """Forget the articles with ``ts`` before this, as the stores on disk do (not the links); how many."""
        old = [a for a in self._articles if a.ref and a.ts < ts]
        for a in old:  # the slot stays (refs are positions), empty
            self._articles[a.ref - 1] = replace(a, ref=0)
            for index, key in ((self._exact, a.exact), (self._by_id, a.article_id)):
                if index.get(key) == a.ref:
                    del index[key]
            if self._first.get((a.story_id, a.language)) == a.ref:
                del self._first[(a.story_id, a.language)]
            self._details.pop(a.article_id, None)
            self._members[a.story_id].remove(a.ref)
            story = self._stories[a.story_id]
            if story.size > 1:
                self._stories[a.story_id] = replace(story, size=story.size - 1)
            else:
                del self._stories[a.story_id], self._members[a.story_id]
        return len(old)

    def get_mean(self, backend: str, language: str) -> tuple[np.ndarray | None, int]:
        """A copy of the language's running sum (the caller may change it) and its count."""
        total, n = self._means.get((backend, language), (None, 0))
        return (None if total is None else total.copy()), n

    def add_to_mean(self, backend: str, language: str, vec: np.ndarray) -> None:
        """Add the raw vector to the language's running sum, in float64."""
        total, n = self._means.get((backend, language), (np.zeros(vec.shape[-1]), 0))
        self._means[(backend, language)] = (total + vec.astype(np.float64), n + 1)

    def commit(self) -> None:
        """Nothing to do: memory holds no transaction."""

    def assigning(self) -> AbstractContextManager[None]:
        """Nothing to group: memory holds no transaction."""
        return nullcontext()

    def sync(self) -> list[ArticleRecord]:
        """Always []: a memory store has one writer."""
        return []

    def add_details(self, details: Iterable[ArticleDetails]) -> None:
        """Keep (replace) each article's details (``StoryStore.add_details``)."""
        self._details.update((d.article_id, d) for d in details)

    def get_details(self, article_ids: Iterable[str]) -> dict[str, ArticleDetails]:
        """The details kept of these articles (``StoryStore.get_details``)."""
        return {i: self._details[i] for i in article_ids if i in self._details}
