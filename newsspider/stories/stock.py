"""Stock text: shingles that recur across different stories carry no weight as evidence of a copy.

Formulaic news repeats sentences ("The weather service advises residents to secure loose
objects."), sites repeat their chrome ("Your browser does not support the audio element.") and
consent notices; two articles sharing them are not copies of one text. Nothing is hard-coded:
the detector counts, for every shingle hash, in how many stories it occurred, across sources and
per source, and a shingle is stock once it occurred in ``min_stories`` stories, or in
``min_source_stories`` stories of one source (a site's own template, learned sooner).

Stories, not articles, are counted: the copies of a wire story are one story, so their shared text
stays evidence however many sites reprint it. A story's root adds its shingles, and so does its
first member in each further language (the story's text in that language); a later member adds
only the shingles that neither the root nor the story's first member in its language has (a credit
line, a dateline: what the copy added), so however many copies reprint a story in one language, its
text there is counted once. And a text is counted once per headline of its source: a source
publishes an article under one headline (at a second address, updated), so an article of a source
under a headline it has used before is that article again, whichever story it went to (a copy that
failed to join its original's story starts one of its own), and adds only what the first article
under that headline did not (a text's own words never become its source's stock by being counted
in two stories).

Bounded: the counts cover the last ``memory`` to ``2 * memory`` stories (two generations of
``memory`` roots; the older one is dropped when the newer one is full), as sorted runs of 32-bit
keys (4 bytes per shingle occurrence), with the shingles of those stories' roots and of their
first members in further languages (4 bytes each), and for each headline of a source (a 64-bit
key) the story it was first counted in. A 32-bit key shared by two different shingles
(about one lookup in 10^3 at 5,000 stories a generation) only makes one shingle look more frequent.

The counts are a function of the story log in its order, so every worker sharing the log, and a
later run reading it, counts the same.
"""
from __future__ import annotations

import hashlib
import sys
import zlib
from collections.abc import Sequence

import numpy as np

from .evidence import sorted_isin
from .keyruns import KeyRuns


def source_keys(shingles: np.ndarray, source: str | np.ndarray) -> np.ndarray:
    """The shingle hashes salted with the source: the per-source count's keys (``source``: one
    source, or each shingle's ``source_salt``)."""
    salt = np.uint32(source_salt(source)) if isinstance(source, str) else source.astype(np.uint64)
    x = (shingles.astype(np.uint64) ^ salt) * np.uint64(0x9E3779B97F4A7C15)
    return ((x ^ (x >> np.uint64(29))) >> np.uint64(16)).astype(np.uint32)


def source_salt(source: str) -> int:
    """What a source's shingles are salted with (``source_keys``)."""
    return zlib.crc32(source.encode("utf-8"))


def headline_key(source: str, headline: np.ndarray | None) -> int | None:
    """A 64-bit key of a source's headline (``evidence.headline_words``): its articles under one
    headline are one text. None without a source or a headline."""
    if not source or headline is None or not headline.size:
        return None
    words = np.asarray(headline, dtype="<u4").tobytes()
    return int.from_bytes(hashlib.blake2b(source.encode("utf-8") + b"\0" + words, digest_size=8).digest(), "little")


class _Generation:
    """The counts of one generation of stories, and its roots' shingles. What is added is counted
    when the generation is first asked (one sort for many articles: start-up adds the whole story
    window, and a generation dropped before it is asked costs no sort)."""

    def __init__(self) -> None:
        self.across = KeyRuns(values=False)
        self.per_source = KeyRuns(values=False)
        self.roots: dict[str, np.ndarray] = {}
        self.firsts: dict[tuple[str, str], np.ndarray] = {}  # (story, language) -> its first member's
        self.headlines: dict[int, str] = {}  # headline_key -> the story it was first counted in
        self._pending: list[tuple[np.ndarray, str]] = []

    def add(self, shingles: np.ndarray, source: str) -> None:
        self._pending.append((shingles, source))

    def counted(self) -> _Generation:
        """This generation with everything added so far counted."""
        if self._pending:
            pending, self._pending = self._pending, []
            self.across.add(np.concatenate([shingles for shingles, _ in pending]))
            by_source: dict[str, list[np.ndarray]] = {}
            for shingles, source in pending:
                if source:
                    by_source.setdefault(source, []).append(shingles)
            if by_source:
                self.per_source.add(np.concatenate([source_keys(np.concatenate(arrays), source)
                                                    for source, arrays in by_source.items()]))
        return self

    def nbytes(self) -> int:
        """The counts' and shingles' arrays, and the headline -> story dict (its table, keys and
        story ids: one entry an article under a new headline, kept as long as the generation)."""
        return (self.across.nbytes() + self.per_source.nbytes() + sum(r.nbytes for r in self.roots.values())
                + sum(f.nbytes for f in self.firsts.values()) + sum(shingles.nbytes for shingles, _ in self._pending)
                + sys.getsizeof(self.headlines)
                + sum(sys.getsizeof(key) + sys.getsizeof(story) for key, story in self.headlines.items()))


class _Counted:
    """A text counted before: its story's root and first member in a language (sorted shingles)."""

    def __init__(self, root: np.ndarray, first: np.ndarray | None) -> None:
        self.root, self.first = root, first

    def __call__(self, shingles: np.ndarray) -> np.ndarray:
        """Mask of ``shingles`` that the text counted before holds."""
        found = sorted_isin(shingles, self.root)
        if self.first is not None and self.first.size:
            found |= sorted_isin(shingles, self.first)
        return found


class StockShingles:
    """Document frequency of shingle hashes over the recent stories, across and per source."""

    def __init__(self, min_stories: int, min_source_stories: int, memory: int) -> None:
        self.min_stories = min_stories
        self.min_source_stories = min_source_stories
        self.memory = memory
        self._generations = [_Generation()]
        self._roots = 0  # roots in the newest generation

    def add(self, shingles: np.ndarray, source: str, story_id: str, root: bool, *, language: str,
            headline: np.ndarray | None = None) -> None:
        """Count an article of ``story_id`` in ``language``: a root's (unique) shingles; a member's
        shingles that neither its root nor the story's first member in its language has (the first
        member in a further language adds what its root does not have); globally and for
        ``source``. A member of a story whose root is no longer remembered adds nothing. An article
        under a ``headline`` (``evidence.headline_words``) its source has used before adds only
        what the story first counted under it has in neither its root nor its first member in
        ``language`` (one text, counted once)."""
        key = headline_key(source, headline)
        earlier = None if key is None else self._counted_under(key, story_id, language)
        if root:
            if self._roots >= self.memory:
                self._generations = [self._generations[-1], _Generation()]
                self._roots = 0
            self._generations[-1].roots[story_id] = shingles
            self._generations[-1].firsts[(story_id, language)] = shingles[:0]  # the root is its language's first
            self._roots += 1
        else:
            generation = next((g for g in reversed(self._generations) if story_id in g.roots), None)
            if generation is None:
                return
            shingles = shingles[~sorted_isin(shingles, generation.roots[story_id])]
            first = generation.firsts.get((story_id, language))
            if first is None:
                generation.firsts[(story_id, language)] = shingles
            else:
                shingles = shingles[~sorted_isin(shingles, first)]
        if earlier is not None and shingles.size:
            shingles = shingles[~earlier(shingles)]
        if key is not None:
            self._generations[-1].headlines.setdefault(key, story_id)
        if shingles.size:
            self._generations[-1].add(shingles, source)

    def _counted_under(self, key: int, story_id: str, language: str) -> _Counted | None:
        """What the story first counted under the headline ``key`` holds of its text in ``language``
        (its root and its first member there), unless that story is ``story_id`` (a member is
        judged against its own story already) or is no longer remembered."""
        first_story = next((g.headlines[key] for g in reversed(self._generations) if key in g.headlines), None)
        if first_story is None or first_story == story_id:
            return None
        generation = next((g for g in reversed(self._generations) if first_story in g.roots), None)
        if generation is None:
            return None
        return _Counted(generation.roots[first_story], generation.firsts.get((first_story, language)))

    def known_headline(self, source: str, headline: np.ndarray | None) -> bool:
        """Whether ``source`` has counted an article under this headline (its text is counted)."""
        key = headline_key(source, headline)
        return key is not None and any(key in generation.headlines for generation in self._generations)

    def counts(self, shingles: np.ndarray, source: str) -> tuple[np.ndarray, np.ndarray]:
        """(stories across sources, stories of ``source``) that each shingle occurred in."""
        return self._counts(shingles, source_keys(shingles, source) if source else None)

    def _counts(self, shingles: np.ndarray, keys: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(stories across sources, stories of its source) that each shingle occurred in, the
        latter by the shingles' per-source ``keys`` (``source_keys``; None: no source, 0)."""
        across = np.zeros(shingles.shape, dtype=np.int64)
        per_source = np.zeros(shingles.shape, dtype=np.int64)
        order = None
        if keys is not None and (keys[1:] < keys[:-1]).any():  # hashed: searched in order (KeyRuns.count), sorted once
            order = np.argsort(keys, kind="stable")
            keys = keys[order]
        for generation in self._generations:
            counted = generation.counted()
            across += counted.across.count(shingles)
            if keys is not None:
                per_source += counted.per_source.count(keys)
        if order is not None:
            in_place = np.empty_like(per_source)
            in_place[order] = per_source
            per_source = in_place
        return across, per_source

    def _is_stock(self, across: np.ndarray, per_source: np.ndarray) -> np.ndarray:
        """Which shingles, by their counts (``counts``), are stock text."""
        return (across >= self.min_stories) | (per_source >= self.min_source_stories)

    def mask(self, shingles: np.ndarray, source: str) -> np.ndarray:
        """Boolean mask of the shingles that are stock text (for an article of ``source``)."""
        if not shingles.size:
            return np.zeros(0, dtype=bool)
        return self._is_stock(*self.counts(shingles, source))

    def shares(self, samples: Sequence[np.ndarray], sources: Sequence[str], added: Sequence[int]) -> list[float]:
        """Share of stock shingles in each of ``samples`` (shingles of an article of ``sources[i]``),
        as ``mask`` tells them with ``added[i]`` more stories in its source's count: 1 for an article
        not counted yet (judged as one more story of its source, so a site's second page is judged
        as its later ones are), 0 for one counted or whose headline its source has counted
        (``known_headline``). One lookup for all; 0.0 for an empty sample."""
        sizes = np.array([sample.size for sample in samples], dtype=np.int64)
        if not sizes.sum():
            return [0.0] * len(samples)
        shingles = np.concatenate(samples)
        keys = source_keys(shingles, np.repeat(np.array([source_salt(source) for source in sources], np.uint64), sizes))
        across, per_source = self._counts(shingles, keys)
        per_source += np.repeat(np.asarray(added, dtype=np.int64), sizes)
        per_source[~np.repeat([bool(source) for source in sources], sizes)] = 0  # no source: no per-source count
        stock = np.concatenate(([0], np.cumsum(self._is_stock(across, per_source))))
        ends = np.cumsum(sizes)
        return [float(k) / n if n else 0.0 for k, n in zip((stock[ends] - stock[ends - sizes]).tolist(), sizes.tolist(),
                                                           strict=True)]

    def nbytes(self) -> int:
        """Bytes held by the counts, the remembered root shingles and the headlines of every generation."""
        return sum(generation.nbytes() for generation in self._generations)
