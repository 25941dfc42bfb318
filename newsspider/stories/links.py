"""Stories found to be fragments of one text, joined under one canonical story.

A translation that failed against its story's root starts a story of its own; a later article
verified at once into both stories (a near copy of each, or a translation of both roots keeping
their paragraphs) shows they are one text. The detector then records a link (the article's own
story and the ones it bridged, ``ArticleRecord.bridged``) and from then on gives either story's
articles the canonical id; records written before keep the id they were written with, which the
story export lists (``merged_story_ids``).

The canonical story of a group is the one whose root the store saw first (the smallest ref):
the group's first article seen, as a story's ``story_id`` is its first article seen. It depends
on the group alone, not on the order the links were learnt in (a shared store's workers agree).

A link is kept apart from the articles, with the refs of its stories' roots as known when it was
made (``Link``): retention (``StoryStore.forget_before``) forgets the article that made it and the
roots, never the link, so a canonical id once given stays the canonical id, and a detector started
after the forgetting agrees with one that ran through it. Links are few and tiny (one per join).
"""
from __future__ import annotations

from collections.abc import Iterable

from .store import Link, StoryStore


class StoryLinks:
    """Union-find over story ids, ordered by the root refs the links carry (a story's first known
    ref wins; 0, a root forgotten before its story was linked, comes first, then the id decides)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._order: dict[str, tuple[int, str]] = {}
        self._joined: dict[str, set[str]] = {}  # canonical story -> the others joined into it

    def canonical(self, story_id: str) -> str:
        """The story ``story_id`` is part of (itself when it was never linked)."""
        parent = self._parent
        top = story_id
        while parent.get(top, top) != top:
            top = parent[top]
        while story_id != top:  # path compression
            parent[story_id], story_id = top, parent[story_id]
        return top

    def root_ref(self, story_id: str) -> int | None:
        """The root ref a link gave ``story_id`` (None when it was never linked)."""
        key = self._order.get(story_id)
        return None if key is None else key[0]

    def link(self, link: Link) -> None:
        """Join the stories (and the groups they are in) into one."""
        for story_id, ref in link:
            self._order.setdefault(story_id, (ref, story_id))
        tops = sorted({self.canonical(s) for s, _ in link}, key=self._order.__getitem__)
        for top in tops[1:]:
            self._parent[top] = tops[0]
            self._joined.setdefault(tops[0], set()).update((top, *self._joined.pop(top, ())))
        if len(tops) > 1:
            self._parent.setdefault(tops[0], tops[0])

    def merged(self, canonical: str) -> list[str]:
        """The other stories joined into ``canonical``, sorted (kept by group: the story export
        asks this of every story, which a scan of all the links made quadratic)."""
        return sorted(self._joined.get(canonical, ()))


def load_links(store: StoryStore) -> StoryLinks:
    """The links kept in ``store``, in the order they were made."""
    links = StoryLinks()
    for link in store.story_links():
        links.link(link)
    return links


def make_link(links: StoryLinks, store: StoryStore, story_ids: Iterable[str]) -> Link:
    """The link of ``story_ids`` (the article's own story first) with their root refs: the one a
    link already gave a story, else the store's ref of its root (0 when it was forgotten)."""
    out = []
    for story_id in story_ids:
        ref = links.root_ref(story_id)
        if ref is None:
            rec = store.find_article(story_id)
            ref = 0 if rec is None else rec.ref
        out.append((story_id, ref))
    return tuple(out)
