"""The story export: one record per story that gained a member in a run, listing every member the
story has so far, earlier runs' included (read from the story store).

A story is one text and its copies (``newsspider.stories``). The records follow
``newsspider/story.schema.json``; members come in the order the crawler's state saw them, so the
story's root (``story_id``) is first. Stories found later to be fragments of one text
(``newsspider.stories.links``) are one record, under the canonical id, listing the ids joined
into it (``merged_story_ids``): the article records written before the join carry one of them.
What the store holds of a member from an earlier run is what was kept when it was written
(``ArticleDetails``): a member stored before this export existed has no URL, title or date (null).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsspider.dates import to_utc_iso
from newsspider.stories.links import StoryLinks, load_links
from newsspider.stories.store import UNKNOWN_LANGUAGE, ArticleDetails, ArticleRecord, StoryStore

ROOT = "root"
"""The ``kind`` of a story's root (its record's ``duplicate_kind`` is null)."""


@dataclass(frozen=True)
class RunArticle:
    """What the export needs of an article the run wrote (the record's fields of the same names)."""

    id: str
    story_id: str
    url: str
    source: str
    language: str | None
    title: str | None
    published: str | None
    direction: str | None
    duplicate_kind: str | None
    matched_id: str | None
    duplicate_score: float | None

    @property
    def details(self) -> ArticleDetails:
        """What the story store keeps of it for later runs' exports."""
        return ArticleDetails(self.id, url=self.url, title=self.title, published=self.published,
                              direction=self.direction)


def story_records(run_articles: Iterable[RunArticle], store: StoryStore, exported_at: str) -> list[dict[str, Any]]:
    """The export's records for the stories of ``run_articles``, biggest first (members, then
    languages), then by first publication.

    ``store`` must already hold the run's assignments (the story detector has flushed);
    ``exported_at`` is the run's export time (ISO 8601 UTC, ``...Z``).
    """
    links = load_links(store)
    by_story: dict[str, dict[str, RunArticle]] = {}
    for article in run_articles:
        by_story.setdefault(links.canonical(article.story_id), {})[article.id] = article
    records = [_story_record(story_id, written, store, links, exported_at) for story_id, written in by_story.items()]
    records.sort(key=sort_key)
    return records


def sort_key(record: Mapping[str, Any]) -> tuple:
    """Bigger stories first, then stories in more languages, then the earliest published."""
    return (-record["member_count"], -len(record["languages"]), record["first_published"] or "~",
            record["story_id"])


def _story_record(story_id: str, written: dict[str, RunArticle], store: StoryStore, links: StoryLinks,
                  exported_at: str) -> dict[str, Any]:
    merged = links.merged(story_id)
    stored = sorted((record for part in (story_id, *merged) for record in _stored(store, part)), key=lambda r: r.ref)
    earlier: dict[str, ArticleRecord] = {}
    for record in stored:
        if record.article_id not in written:
            earlier.setdefault(record.article_id, record)
    details = store.get_details(earlier)
    order = list(dict.fromkeys([record.article_id for record in stored] + list(written)))
    members = [_run_member(written[aid]) if aid in written else _stored_member(earlier[aid], details.get(aid))
               for aid in order]
    times = sorted(m["published_utc"] for m in members if m["published_utc"])
    languages = sorted({m["language"] for m in members if m["language"]})
    return {
        "story_id": story_id,
        "merged_story_ids": merged,
        "exported_at": exported_at,
        "member_count": len(members),
        "new_members": len(written),
        "languages": languages,
        "sources": sorted({m["source"] for m in members if m["source"]}),
        "first_published": times[0] if times else None,
        "last_published": times[-1] if times else None,
        "members": members,
    }


def _stored(store: StoryStore, story_id: str) -> list[ArticleRecord]:
    """The members the store holds of one story (as the detector keeps it, before any join)."""
    story = store.get_story(story_id)
    return store.story_members(story_id, story.size) if story is not None else []


def _run_member(article: RunArticle) -> dict[str, Any]:
    return _member(article.id, article.url, article.source, article.language, article.title, article.published,
                   article.direction, article.duplicate_kind, article.duplicate_score, article.matched_id,
                   this_run=True)


def _stored_member(record: ArticleRecord, details: ArticleDetails | None) -> dict[str, Any]:
    details = details or ArticleDetails(record.article_id)
    language = None if record.language == UNKNOWN_LANGUAGE else record.language
    return _member(record.article_id, details.url, record.source or None, language, details.title, details.published,
                   details.direction, record.duplicate_kind, record.score, record.matched_id, this_run=False)


def _member(article_id: str, url: str | None, source: str | None, language: str | None, title: str | None,
            published: str | None, direction: str | None, kind: str | None, score: float | None,
            matched_id: str | None, *, this_run: bool) -> dict[str, Any]:
    return {
        "id": article_id,
        "url": url,
        "source": source,
        "language": language,
        "title": title,
        "published": published,
        "published_utc": to_utc_iso(published),
        "direction": direction,
        "kind": kind or ROOT,
        "score": None if score is None else round(float(score), 4),
        "matched_id": matched_id,
        "this_run": this_run,
    }
