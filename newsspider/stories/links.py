"""Stories found to be fragments of one text, joined under one canonical story.

A translation that failed against its story's root starts a story of its own; a later article
verified at once into both stories (a near copy of each, or a translation of both roots keeping
their paragraphs) shows they are one text. The detector then records a link (the article's
``ArticleRecord.bridged``, kept in the story store) and from then on gives either story's
articles the canonical id; records written before keep the id they were written with, which the
story export lists (``merged_story_ids``).

The canonical story of a group is the one whose root the store saw first (the smallest ref):
the group's first article seen, as a story's ``story_id`` is its first article seen. It depends
on the group alone, not on the order the links were learnt in (a shared store's workers agree).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .store import StoryStore


class StoryLinks:
    """Union-find over story ids; ``root_ref(story_id)`` orders stories (the store's ref of the
    story's root; 0 when it was forgotten, then the id decides)."""

    def __init__(self, root_ref: Callable[[str], int]) -> None:
        self._root_ref = root_ref
        self._parent: dict[str, str] = {}
        self._order: dict[str, tuple[int, str]] = {}

    def canonical(self, story_id: str) -> str:
        """The story ``story_id`` is part of (itself when it was never linked)."""
        parent = self._parent
        top = story_id
        while parent.get(top, top) != top:
            top = parent[top]
        while story_id != top:  # path compression
            parent[story_id], story_id = top, parent[story_id]
        return top

    def link(self, story_ids: Iterable[str]) -> None:
        """Join the stories (and the groups they are in) into one."""
        tops = sorted({self.canonical(s) for s in story_ids}, key=self._key)
        for top in tops[1:]:
            self._parent[top] = tops[0]
        if len(tops) > 1:
            self._parent.setdefault(tops[0], tops[0])

    def merged(self, canonical: str) -> list[str]:
        """The other stories joined into ``canonical``, sorted."""
        return sorted(s for s in self._parent if s != canonical and self.canonical(s) == canonical)

    def _key(self, story_id: str) -> tuple[int, str]:
        key = self._order.get(story_id)
        if key is None:
            key = self._order[story_id] = (self._root_ref(story_id), story_id)
        return key


def load_links(store: StoryStore) -> StoryLinks:
    """The links kept in ``store``: every stored article's ``bridged`` stories with its own."""
    links = StoryLinks(lambda story_id: root_ref(store, story_id))
    for story_id, bridged in store.story_links():
        links.link((story_id, *bridged))
    return links


def root_ref(store: StoryStore, story_id: str) -> int:
    """The ref of the story's root (0 when it was forgotten)."""
    rec = store.find_article(story_id)
    return 0 if rec is None else rec.ref
