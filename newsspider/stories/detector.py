"""Story detection: a story is one text and its copies.

- ``exact``: the same normalised text.
- ``near``: the same text edited: the shorter body's informative shingles are mostly found in the
  other (``evidence.containment``), with the same figures; two pages of one source also carry one
  headline (``_one_article``: what two articles of one source share is its chrome). Shared topic
  is never enough: two articles with no shared text are two stories whatever their embeddings
  say, so two outlets' own reports of one event stay two stories.
- ``translation``: another language, the same text: the text-blind signals agree all the way
  through, the title + lead embedding and each body passage (compared position by position),
  with numbers normalised across digit systems (``_translation_pair``).

No chaining: an article joins a story only on evidence against the story's root (its first
article); a translation must also reach a mean score over the first ``story_quorum`` members.
Candidates come from the text simhash index, the shingle postings, the embedding shortlist and
shared numbers; a member of a story found among them only nominates the story.

Two halves so the heavy one can run in a process pool: ``newsspider.stories.prepare`` (the
fingerprints and embeddings of a batch, in a worker) and ``StoryDetector.assign`` here (main
process): candidate search, verification against the candidate story's root, store update.

Story semantics: ``story_id`` is the id of the story's root, the first article of the story this
crawler's state has seen (not necessarily the earliest published: an older copy found later joins
the story, it does not re-root it), so it never changes once given; two stories found later to be
one text's fragments are joined under the one seen first (``links``), the id later records carry.
``duplicate_of`` is that root id for every other member, ``matched_id`` the article whose evidence
admitted it (the root, or the identical text for an exact copy), ``duplicate_score`` how strong that
evidence is (0-1).
"""
from __future__ import annotations

import bisect
import logging
import math
import time
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

import numpy as np

from newsspider.langcodes import TWO_SCRIPT_LANGUAGES

from .config import StoryConfig
from .embed import EmbeddingBackend, hamming_words, hyperplane_hash
from .evidence import Containment, containment, found_share, same_headline, sorted_isin
from .fingerprints import (
    anchor_score,
    anchor_weight,
    figures_disagree,
    figures_moved,
    headline_figures_disagree,
    names_agreement,
    same_figures,
    significant_digits,
    simhash_hex,
)
from .index import SimhashIndex
from .keyruns import KeyRuns
from .links import load_links, make_link
from .prepare import Prepared, StoryInput, prepare_inputs
from .priors import prior_mean
from .stock import StockShingles
from .store import UNKNOWN_LANGUAGE, ArticleRecord, Link, StoryConflict, StoryStore

log = logging.getLogger(__name__)

# Writers racing on a shared store (Redis) each retry after a conflict; 100 losses in a row means
# something other than a race (a store that always refuses), so the article fails loudly.
_ASSIGN_ATTEMPTS = 100
_LOAD_BATCH = 20_000
"""Stored articles added to the in-memory indexes at once at start-up (bounds the records held)."""
_RECORDS_KEPT = 2048
"""Stored articles kept decoded after a read (the most recently used): a new article's candidates
are mostly the same recent articles, read again for article after article, and decoding one from
the store costs about as much as a pair check (records never change once stored)."""


@dataclass(frozen=True)
class Assignment:
    """The detector's decision for one article, in the record's terms (``duplicate_*`` fields)."""

    simhash: str                   # 16 lowercase hex digits (text simhash)
    story_id: str
    duplicate_of: str | None
    duplicate_kind: str | None     # "exact" | "near" | "translation" | None
    matched_id: str | None = None  # the article the evidence is against (None for a root)
    duplicate_score: float | None = None  # strength of that evidence, 0-1 (None for a root)


class _Window:
    """Articles with a translation hash, as growable arrays: a vectorised scan of 32 bytes per
    article (popcount) finds the shortlist; ~1 ms per 100k articles in the window."""

    def __init__(self, words: int) -> None:
        self.n = 0
        self.refs = np.zeros(1024, dtype=np.int64)
        self.ts = np.zeros(1024, dtype=np.float64)
        self.hashes = np.zeros((1024, words), dtype=np.uint64)

    def add(self, refs: Sequence[int], ts: Sequence[float], ehashes: Sequence[np.ndarray]) -> None:
        """Add articles (aligned sequences)."""
        k = len(refs)
        if not k:
            return
        if self.n + k > self.refs.size:
            cap = max(self.refs.size * 2, self.n + k)
            self.refs = np.resize(self.refs, cap)
            self.ts = np.resize(self.ts, cap)
            self.hashes = np.resize(self.hashes, (cap, self.hashes.shape[1]))
        end = self.n + k
        self.refs[self.n:end], self.ts[self.n:end], self.hashes[self.n:end] = refs, ts, np.stack(ehashes)
        self.n = end

    def nearest(self, ehash: np.ndarray, ts: float, window_s: float, k: int) -> list[int]:
        n = self.n
        if not n:
            return []
        ok = np.flatnonzero(np.abs(self.ts[:n] - ts) <= window_s)
        if not ok.size:
            return []
        dist = hamming_words(self.hashes[ok], ehash)
        if ok.size > k:
            part = np.argpartition(dist, k)[:k]
            ok, dist = ok[part], dist[part]
        return self.refs[ok[np.argsort(dist, kind="stable")]].tolist()


class _AnchorPostings:
    """For each number of 2+ characters, the refs and times of the articles citing it, in arrival
    order, as growable arrays: counting the numbers an article shares with those in its time window
    is then a few vector operations per number, not a Python loop over every article citing it
    (a year is cited by most articles of the store)."""

    def __init__(self) -> None:
        self._lists: dict[str, tuple[np.ndarray, np.ndarray, int]] = {}

    def add(self, records: Sequence[ArticleRecord]) -> None:
        """Add the numbers of ``records`` (in arrival order)."""
        new: dict[str, tuple[list[int], list[float]]] = {}
        for rec in records:
            for a in rec.anchors:
                if len(a) >= 2:
                    new_refs, new_times = new.setdefault(a, ([], []))
                    new_refs.append(rec.ref)
                    new_times.append(rec.ts)
        for a, (add_refs, add_times) in new.items():
            refs, times, n = self._lists.get(a) or (np.empty(4, np.int64), np.empty(4, np.float64), 0)
            end = n + len(add_refs)
            if end > refs.size:
                cap = max(2 * refs.size, end)
                refs, times = np.resize(refs, cap), np.resize(times, cap)
            refs[n:end], times[n:end] = add_refs, add_times
            self._lists[a] = (refs, times, end)

    def most_shared(self, anchors: frozenset[str], ts: float, window_s: float, k: int) -> list[tuple[int, int]]:
        """Up to ``k`` (ref, numbers shared) of the articles within ``window_s`` of ``ts``, most shared
        first, ties in order of first appearance (numbers in sorted order, then arrival), as
        ``collections.Counter.most_common(k)`` over the sorted numbers would rank them, in a few
        vector operations. Sorted: a set's order follows the process's string hashes
        (PYTHONHASHSEED), and the shortlist it cuts decided which pairs were checked."""
        hits = []
        for a in sorted(anchors):
            entry = self._lists.get(a) if len(a) >= 2 else None
            if entry is not None:
                refs, times, n = entry
                hits.append(refs[:n][np.abs(times[:n] - ts) <= window_s])
        if not hits:
            return []
        refs, first, counts = np.unique(np.concatenate(hits), return_index=True, return_counts=True)
        top = np.lexsort((first, -counts))[:k]
        return list(zip(refs[top].tolist(), counts[top].tolist(), strict=True))


def posted_shingles(shingles: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` smallest shingle hashes of an article: what the shingle postings index. A copy
    sharing a share s of a text contains each of them with probability s."""
    return shingles[:k]  # shingles are sorted


@dataclass
class _Match:
    """One pair check: ``kind`` "near" (shared text) or "translation"; ``score`` 0-1 for "near"
    (containment), the pair score for "translation" (NaN without vectors)."""

    rec: ArticleRecord
    kind: str
    score: float
    ok: bool
    anchor: float = 0.0
    by_figures: bool = False   # a translation verified by the same figures, not the embedding score
    contradicted: bool | None = False  # figures or names say they are different texts (None: not checked)
    figures_of: ArticleRecord | None = None  # whose figures stand for rec's there (_figures_of_story)


PATHS = ("exact", "near", "first_copy", "figures", "root", "lone_root", "lead_only", "quorum")
"""How an article is admitted to a story (``_Decision.path``): the same normalised text; a near copy
of the root; a near copy of the story's first article in its language; a translation of the root
by the same figures, by score with the quorum's mean, by score against a root alone (a quorum of
one), by the title + lead alone (one of the two too short for passages); or by half of the
quorum verifying it. ``bench.story_attacks`` counts false admissions per path."""


@dataclass(frozen=True)
class _Decision:
    story_id: str
    kind: str
    matched_id: str
    score: float
    same_paragraphs: bool = False  # a translation of the story (verified by its root or quorum) keeping the root's paragraphs
    one_text: bool = False  # the article is the root's text: a near copy of it (or of a member, keeping its
                            # paragraphs), a translation keeping its paragraphs, or one root and full quorum verify
    path: str = ""  # the evidence that admitted it (PATHS)


@dataclass
class _Query:
    """The article being assigned, with what every pair check needs computed once, and the pair
    checks and centred stored vectors of this assignment so far (a member of a candidate story is
    usually in the shortlist too)."""

    p: Prepared
    vector: np.ndarray | None      # centred lead vector
    passages: np.ndarray | None    # centred passages, when there is a vector
    ehash: np.ndarray | None       # hyperplane hash of the vector (what the article is stored with)
    anchor_weight: int             # fingerprints.anchor_weight(p.anchors)
    long_anchors: int              # numbers of 2+ characters
    stock: np.ndarray | None = None  # stock mask of p.shingles, computed on first use
    shares: dict[int | None, float] = field(default_factory=dict)  # ref (None: p) -> its body's share of stock text
    pairs: dict[int, _Match] = field(default_factory=dict)  # ref -> check
    centred: dict[tuple[int, str], np.ndarray] = field(default_factory=dict)  # (ref, part) -> centred
    paragraphs: np.ndarray | None = None  # centred paragraph starts, when there is a vector


def _long(numbers: frozenset[str]) -> int:
    """Numbers of 2+ characters; a clock time ("07:55") counts as two, its hour and its minute."""
    return sum(2 if ":" in x else 1 for x in numbers if len(x) >= 2)


def _unit_rows(v: np.ndarray) -> np.ndarray:
    """float32 ``v`` divided by its L2 norm along the last axis (zero rows stay zero): the arithmetic
    of ``np.linalg.norm`` without its per-call overhead."""
    norm = np.sqrt(np.add.reduce(v * v, axis=-1, keepdims=True))
    return np.divide(v, norm, out=np.zeros_like(v), where=norm > 0)


def _stacked(arrays: list[np.ndarray]) -> np.ndarray:
    """``np.stack(arrays)``: one ``concatenate`` of arrays of one shape (``np.stack`` expands each
    array in Python first, most of its cost on the detector's few dozen vectors)."""
    shape = arrays[0].shape
    if any(array.shape != shape for array in arrays):
        return np.stack(arrays)  # (it says what does not fit)
    return np.concatenate(arrays).reshape((len(arrays), *shape))


def _known(language: str) -> bool:
    return language != UNKNOWN_LANGUAGE


class StoryDetector:
    """Assigns prepared articles to stories; state in ``store``, in-memory indexes rebuilt from it."""

    def __init__(self, store: StoryStore, backend: EmbeddingBackend | None, config: StoryConfig | None = None) -> None:
        self.store = store
        self.backend = backend
        self.config = config or StoryConfig()
        cfg = self.config
        self.stats: Counter[str] = Counter()
        self._index = SimhashIndex(cfg.near_max_bits, cfg.index_blocks)
        self._postings = KeyRuns()
        self._stock = StockShingles(cfg.stock_min_stories, cfg.stock_min_source_stories, cfg.stock_memory_stories)
        self._window = _Window(cfg.embed_bits // 64)
        self._anchors = _AnchorPostings()
        self._means: dict[tuple[str, str, str], np.ndarray | None] = {}
        self._records: OrderedDict[int, ArticleRecord] = OrderedDict()  # ref -> record (_articles)
        self._warned_no_backend = False
        self._since_commit = 0
        self.index_days = cfg.index_days or cfg.window_days
        self._loaded_since: float | None = None  # the stored articles from this ts on are in memory (None: all)
        self._load()
        # the links kept in the store (retention leaves them); read after the log's position is taken
        # (_load), so a link another worker appends meanwhile comes here or with the next sync (twice
        # is harmless: a story's first root ref wins, and the links come in the order they were made)
        self._links = load_links(store)

    # -- start-up -------------------------------------------------------------------------
    def index_since(self, now: float | None = None) -> float | None:
        """The oldest ``ts`` the in-memory index holds: ``index_days`` before the newest stored
        article (or before ``now``, if that is earlier: a date in the future moves nothing)."""
        latest = self.store.latest_ts()
        if latest is None:
            return None
        return min(latest, time.time() if now is None else now) - self.index_days * 86400

    def _load(self) -> None:
        self._loaded_since = self.index_since()
        self._load_range(self._loaded_since, None)

    def _cover(self, ts: float) -> None:
        """Load the stored articles an article of time ``ts`` is compared with (its window) that
        start-up left out: an older article arriving extends what is in memory, once."""
        oldest = ts - self.config.window_days * 86400
        if self._loaded_since is not None and oldest < self._loaded_since:
            self._load_range(oldest, self._loaded_since)
            self._loaded_since = oldest

    def _load_range(self, since: float | None, until: float | None) -> None:
        """Add the stored articles with ``since <= ts < until`` (None: no bound) to the in-memory indexes."""
        started = time.perf_counter()
        fps: list[int] = []
        refs: list[int] = []
        batch: list[ArticleRecord] = []
        for rec in self.store.iter_articles(since, until_ts=until, indexed_only=True):
            fps.append(rec.simhash)
            refs.append(rec.ref)
            batch.append(rec)
            if len(batch) == _LOAD_BATCH:
                self._remember(batch)
                batch = []
        self._remember(batch)
        if fps:
            self._index.add_many(np.array(fps, dtype=np.uint64), np.array(refs, dtype=np.int64))
            log.info("story index: %d stored articles published since %s loaded in %.1f s", len(refs),
                     datetime.fromtimestamp(since or 0, timezone.utc).isoformat(timespec="seconds"),
                     time.perf_counter() - started)
            self.stats["index_loaded"] += len(refs)

    def _remember(self, records: Sequence[ArticleRecord]) -> None:
        """Add stored articles, in arrival order, to the in-memory indexes (not the simhash index:
        callers batch it); many at once at start-up (one sort per index, not one per article)."""
        words = self.config.embed_bits // 64
        hashed = [(rec, rec.ehash) for rec in records if rec.ehash is not None and rec.ehash.size == words]
        self._window.add([r.ref for r, _ in hashed], [r.ts for r, _ in hashed], [ehash for _, ehash in hashed])
        self._anchors.add(records)
        shingled = [(rec, rec.shingles) for rec in records if rec.shingles is not None and rec.shingles.size]
        if shingled:
            posted = [posted_shingles(body, self.config.postings_per_article) for _, body in shingled]
            self._postings.add_entries(np.concatenate(posted),
                                       np.repeat([rec.ref for rec, _ in shingled], [p.size for p in posted]))
        for rec, body in shingled:
            self._stock.add(body, rec.source, rec.story_id, rec.story_id == rec.article_id, language=rec.language,
                            headline=rec.headline)

    # -- the two halves -------------------------------------------------------------------
    def prepare(self, items: list[StoryInput]) -> list[Prepared]:
        """The CPU-heavy half (fingerprints, embeddings) in this process: what workers do in a crawl."""
        return prepare_inputs(items, self.backend, self.config)

    def _sync(self) -> None:
        """Add what other workers appended to a shared store (Redis) to the in-memory indexes: those
        from the loaded time on (an older one is loaded with its time range, if ever: ``_cover``)."""
        for rec in self.store.sync():
            if rec.bridged:
                self._links.link(rec.link)
            if self._loaded_since is None or rec.ts >= self._loaded_since:
                self._index.add(rec.simhash, rec.ref)
                self._remember([rec])

    def assign(self, p: Prepared) -> Assignment:
        """The story of a prepared article, stored; one caller at a time per store (the crawl process)."""
        self._cover(p.ts)
        with self.store.assigning():  # the means and the record: durable together, once
            found = self._stored(p)
        if isinstance(found, Assignment):
            return found
        rec, ref, decision, bridged, link = found
        self.stats[decision.kind if decision else "new_story"] += 1
        rec = replace(rec, ref=ref)
        if bridged:
            self._links.link(link)
            self.stats["stories_joined"] += len(bridged)
        self._index.add(p.simhash, ref)
        self._remember([rec])
        self._since_commit += 1
        if self._since_commit >= self.config.commit_every:
            self.flush()
        return self._assignment(rec)

    def _stored(self, p: Prepared) -> Assignment | tuple[ArticleRecord, int, _Decision | None, tuple[str, ...], Link]:
        """``assign``'s writes: the known article's assignment, or the record stored (its ref, the
        decision, the stories it bridged and their link)."""
        vector, ehash, centred = None, None, False
        for _ in range(_ASSIGN_ATTEMPTS):  # optimistic concurrency: a shared store refuses stale writes
            self._sync()
            known = self.store.find_article(p.id)
            if known is not None:  # the same article again (a rerun after a crash): same story as before
                self.stats["already_known"] += 1
                return self._assignment(known)
            if not centred:  # once: it adds the vector to the language mean
                vector, centred = self._centred_new(p), True
                ehash = None if vector is None else hyperplane_hash(vector, self.config.embed_bits)
            decision, bridged = self._find_story(p, vector, ehash)
            story_id = decision.story_id if decision else p.id
            link = make_link(self._links, self.store, (story_id, *bridged)) if bridged else ()
            rec = _record(p, story_id, decision, ehash, bridged, link)
            try:
                return rec, self.store.add_article(rec), decision, bridged, link
            except StoryConflict:  # another worker appended first: sync, recompute, retry
                self.stats["assign_retries"] += 1
        raise StoryConflict(f"could not assign {p.id} after {_ASSIGN_ATTEMPTS} attempts")

    def canonical(self, story_id: str) -> str:
        """The story ``story_id`` was joined into (``newsspider.stories.links``; itself if none)."""
        return self._links.canonical(story_id)

    def _assignment(self, rec: ArticleRecord) -> Assignment:
        """The record's decision, under the canonical id of its story (its root's when it was never joined)."""
        story_id = self.canonical(rec.story_id)
        if rec.story_id == rec.article_id:
            return Assignment(simhash_hex(rec.simhash), story_id, None, None)
        score = None if rec.score is None else round(min(1.0, max(0.0, rec.score)), 4)
        return Assignment(simhash_hex(rec.simhash), story_id, story_id, rec.duplicate_kind,
                          rec.matched_id, score)

    def flush(self) -> None:
        """Commit the store; call at the end of a run."""
        self.store.commit()
        self._since_commit = 0

    # -- centring ---------------------------------------------------------------------------
    def _mean(self, backend: str, language: str, dim: int, part: str = "vector") -> np.ndarray | None:
        """Running mean of the language's ``part`` vectors shrunk towards the shipped prior (cold
        start; passages without one fall back to the language's lead mean).

        Why passages have their own: a passage has no title and sits inside the text, so it
        leans elsewhere than a lead; centred on the passages' own mean, other stories' passages
        stop looking alike (NTREX tune, other-story pairs' 99th percentile 0.29 -> 0.18) while
        translations' stay apart from them."""
        key = (backend, language, part)
        if key not in self._means:
            if part == "passages":
                total, n = self.store.get_mean(_passages_key(backend), language)
                prior = prior_mean(_passages_key(backend), dim, language)
                if prior is None:  # a backend without shipped passage priors: its lead mean
                    prior = self._mean(backend, language, dim)
            else:
                total, n = self.store.get_mean(backend, language)
                prior = prior_mean(backend, dim, language)
            w = self.config.mean_prior_weight if prior is not None else 0.0
            if prior is None and n < self.config.mean_min_count:
                self._means[key] = None
            else:
                acc = (total if total is not None else np.zeros(dim)) + (w * prior if prior is not None else 0.0)
                self._means[key] = (acc / (n + w)).astype(np.float32)
        return self._means[key]

    def _centre(self, vec: np.ndarray, backend: str, language: str, part: str = "vector") -> np.ndarray:
        """(vec - language mean of ``part``) / its norm, row-wise; zero rows stay zero."""
        mean = self._mean(backend, language, vec.shape[-1], part)
        v = vec.astype(np.float32)
        if mean is not None:
            v -= mean
        return _unit_rows(v)

    def _centred_new(self, p: Prepared) -> np.ndarray | None:
        if p.vector is None or p.backend is None:
            self.stats["no_embedding_backend"] += 1
            if not self._warned_no_backend:
                log.warning("story detection without embeddings: translations are matched on numeric anchors only")
                self._warned_no_backend = True
            return None
        self.store.add_to_mean(p.backend, p.language, p.vector)
        if p.passages is not None and len(p.passages):
            self.store.add_to_mean(_passages_key(p.backend), p.language, p.passages.mean(axis=0))
        for part in ("vector", "passages"):
            self._means.pop((p.backend, p.language, part), None)
        return self._centre(p.vector, p.backend, p.language)

    def _centred_stored(self, q: _Query, rec: ArticleRecord, part: str) -> np.ndarray:
        """``rec.vector``, ``rec.passages`` or ``rec.paragraph_vectors`` (``part``) centred (by
        :meth:`_centre_batch` if it was)."""
        centred = q.centred.get((rec.ref, part))
        if centred is None:
            if q.p.backend is None:  # a query without a vector is never compared by vectors
                raise ValueError(f"article {q.p.id} has no embedding backend to centre {part} on")
            centred = q.centred[(rec.ref, part)] = self._centre(getattr(rec, part), q.p.backend, rec.language,
                                                                _MEAN_OF[part])
        return centred

    def _centre_batch(self, q: _Query, recs: Sequence[ArticleRecord]) -> None:
        """Centre the stored vectors (and passages, if the query uses them) of ``recs`` that are not
        centred on the current means yet, all in one array operation instead of one per record:
        the same float32 arithmetic row by row (tested), so the same scores."""
        if q.vector is None or q.p.backend is None:
            return
        backend, dim = q.p.backend, q.vector.shape[-1]
        for part in ("vector", "passages") if q.passages is not None else ("vector",):
            todo = [(r, x) for r in recs if (x := getattr(r, part)) is not None and x.shape[-1] == dim
                    and (r.ref, part) not in q.centred]
            if len(todo) < 2:
                continue
            v = _stacked([x for _, x in todo]).astype(np.float32)
            means = [self._mean(backend, r.language, dim, part) for r, _ in todo]
            v -= _stacked([np.zeros(dim, np.float32) if m is None else m for m in means]).reshape(
                (len(todo),) + (1,) * (v.ndim - 2) + (dim,))
            for (rec, _), centred in zip(todo, _unit_rows(v), strict=True):
                q.centred[(rec.ref, part)] = centred

    # -- candidates ---------------------------------------------------------------------------
    def _query(self, p: Prepared, vector: np.ndarray | None, ehash: np.ndarray | None) -> _Query:
        passages = None
        if vector is not None and p.passages is not None and p.backend is not None and self.config.passage_weight > 0:
            passages = self._centre(p.passages, p.backend, p.language, "passages")
        paragraphs = None
        if vector is not None and p.paragraph_vectors is not None and p.backend is not None:
            paragraphs = self._centre(p.paragraph_vectors, p.backend, p.language, _MEAN_OF["paragraph_vectors"])
        return _Query(p, vector, passages, ehash, anchor_weight(p.anchors), _long(p.anchors), paragraphs=paragraphs)

    def _candidates(self, q: _Query) -> list[int]:
        """Refs of the stored articles worth a pair check: near-identical texts (simhash index),
        texts sharing posted shingles (most shared first), nearest embeddings in the time window,
        articles sharing numbers in the window."""
        cfg, p = self.config, q.p
        window_s = cfg.window_days * 86400
        refs = [ref for ref, _ in self._index.lookup(p.simhash, cfg.near_max_bits)]
        if p.shingles.size:
            posted = self._postings.values(p.shingles, max_per_key=cfg.postings_max_articles)
            if posted.size:
                found, counts = np.unique(posted, return_counts=True)
                order = np.lexsort((-found, -counts))[:cfg.shortlist_size]  # most shared, then newest
                refs += found[order].tolist()
        if q.ehash is not None:
            refs += self._window.nearest(q.ehash, p.ts, window_s, cfg.shortlist_size)
        # without a vector every cross-language pair is judged on anchors alone, which needs
        # anchor_only_min_shared shared numbers: an article with fewer cannot match, so it is not fetched
        min_shared = min(2, cfg.anchor_only_min_shared) if q.vector is not None else cfg.anchor_only_min_shared
        refs += [r for r, c in self._anchors.most_shared(p.anchors, p.ts, window_s, cfg.shortlist_size)
                 if c >= min_shared]
        return list(dict.fromkeys(refs))

    def _find_story(self, p: Prepared, vector: np.ndarray | None,
                    ehash: np.ndarray | None) -> tuple[_Decision | None, tuple[str, ...]]:
        """The decision, and the other stories the article bridges: those it is verified into at
        once as their text (``_Decision.one_text``) when it joins one of them, not yet joined to
        it (``newsspider.stories.links``). A translation verified by score alone is no such
        evidence: two reports of one event can be."""
        exact = self.store.find_exact(p.exact)
        if exact is not None:
            return _Decision(exact.story_id, "exact", exact.article_id, 1.0, path="exact"), ()
        q = self._query(p, vector, ehash)
        refs = self._candidates(q)
        if not refs:
            return None, ()
        recs = self._articles(refs)
        self._centre_batch(q, recs)
        nominated = dict.fromkeys(m.rec.story_id for m in (self._pair(q, r) for r in recs) if m.ok)
        decisions = [d for d in (self._verify_story(q, story_id) for story_id in nominated) if d is not None]
        if not decisions:
            return None, ()
        chosen = self._choose(decisions)
        if not chosen.one_text:
            return chosen, ()
        joined = {self.canonical(chosen.story_id)}
        bridged = []
        for d in sorted(decisions, key=lambda d: d.story_id):
            canonical = self.canonical(d.story_id) if d.one_text else None
            if canonical is not None and canonical not in joined:
                joined.add(canonical)
                bridged.append(d.story_id)
        return chosen, tuple(bridged)

    def _choose(self, decisions: list[_Decision]) -> _Decision:
        """The story among verified ones the article goes on with."""
        best = max(decisions, key=_rank)
        # translations of a root that keep its paragraphs: the article is that root's text, so two
        # such stories are fragments of one text (a translation failed against its root and began
        # one of its own), and the article goes on with the larger; so does a copy of a lone
        # article or of a member (that text is most often such a fragment's)
        kept = [d for d in decisions if d.same_paragraphs]
        if not kept or (best.kind == "near" and best.matched_id == best.story_id and self._size(best.story_id) > 1):
            return best
        return max(kept, key=lambda d: (self._size(d.story_id), d.score))

    def _size(self, story_id: str) -> int:
        story = self.store.get_story(story_id)
        return 0 if story is None else story.size

    def _articles(self, refs: Sequence[int]) -> list[ArticleRecord]:
        """``store.get_articles(refs)``, the records read recently kept decoded (``_RECORDS_KEPT``)."""
        kept = self._records
        missing = [ref for ref in refs if ref not in kept]
        if missing:
            for rec in self.store.get_articles(missing):
                kept[rec.ref] = rec
        out = []
        for ref in refs:
            found = kept.get(ref)
            if found is not None:
                kept.move_to_end(ref)
                out.append(found)
        while len(kept) > _RECORDS_KEPT:
            kept.popitem(last=False)
        return out

    # -- pair checks --------------------------------------------------------------------------
    def _pair(self, q: _Query, rec: ArticleRecord) -> _Match:
        """The pair check of ``q`` with ``rec``, done once per assignment: shared text first; else,
        for two known languages that differ, the translation check."""
        match = q.pairs.get(rec.ref)
        if match is None:
            text = self._text(q, rec)
            if text is not None and self._is_copy(q, rec, text):
                match = _Match(rec, "near", text.share, True)
            elif q.p.language != rec.language and _known(q.p.language) and _known(rec.language):
                match = self._translation_pair(q, rec)
            else:
                match = _Match(rec, "near", 0.0 if text is None else text.share, False)
            q.pairs[rec.ref] = match
        return match

    def _text(self, q: _Query, rec: ArticleRecord) -> Containment | None:
        """Containment of the two bodies over informative shingles; None when they cannot be
        copies: they share fewer than ``near_min_shared`` shingles even counting stock text, or
        fewer than ``near_min_informative`` that are not stock for the article (what is stock for
        ``rec`` only makes fewer): then ``rec``'s stock mask, most of a pair check's cost, is not
        needed."""
        a, b = q.p.shingles, rec.shingles
        if b is None or not a.size or not b.size:
            return None
        cfg = self.config
        if min(a.size, b.size) < cfg.near_min_shared:
            return None
        if b.size < a.size and np.count_nonzero(sorted_isin(b, a)) < cfg.near_min_shared:
            return None  # most pairs share too little: counted the cheaper way, the smaller set searched
        in_b = sorted_isin(a, b)
        shared = np.count_nonzero(in_b)  # (a mask counted: a tenth of ndarray.sum's CPU on these sizes)
        if shared < cfg.near_min_shared:
            return None
        if q.stock is None:
            q.stock = self._stock.mask(a, q.p.source)
        if shared - np.count_nonzero(q.stock[in_b]) < cfg.near_min_informative:
            return None
        return containment(a, b, q.stock, self._stock.mask(b, rec.source), in_b)

    def _is_copy(self, q: _Query, rec: ArticleRecord, text: Containment) -> bool:
        """Enough shared text, most of the shorter body, the opening of one of them, and the same
        figures."""
        cfg = self.config
        if (text.raw_shared < cfg.near_min_shared or text.shared < cfg.near_min_informative
                or text.share < cfg.near_min_containment):
            return False
        if rec.opening is None or rec.shingles is None:  # stored before openings (and shingles) were
            return False
        if (self._opening(q.p.opening, q.p.source, rec.shingles) < cfg.near_min_opening
                and self._opening(rec.opening, rec.source, q.p.shingles) < cfg.near_min_opening):
            return False
        if min(q.long_anchors, _long(rec.anchors)) >= 2:
            long_q = frozenset(x for x in q.p.anchors if len(x) >= 2)
            long_r = frozenset(x for x in rec.anchors if len(x) >= 2)
            if anchor_score(long_q, long_r) < cfg.near_max_anchor_conflict:
                return False
        if not self._one_article(q.p, rec):
            self.stats["near_one_source_two_headlines"] += 1
            return False
        return True

    def _one_article(self, p: Prepared, rec: ArticleRecord) -> bool:
        """Whether a pair that shares its text can be one article: always for pages of two sources (a
        wire copy gets each outlet's headline); for two pages of one source, when they carry one
        headline, perhaps with words added or a figure changed (``near_same_headline``). A source
        publishes an article under one headline, at a second address or updated; two of its pages
        under two headlines are two articles, and the text they share is the source's chrome (a
        consent notice, a paywall, a newsletter prompt) before it is learned as its stock, which is
        from the source's second story on: this makes the second page one. True when either page
        has no headline to judge by (none given, or a record stored before headlines were)."""
        if not p.source or p.source != rec.source:
            return True
        mine, theirs = p.headline, rec.headline
        if mine is None or theirs is None or not mine.size or not theirs.size:
            return True
        return same_headline(mine, theirs, self.config.near_same_headline)

    def _opening(self, opening: np.ndarray, source: str, other: np.ndarray) -> float:
        """Share of ``opening`` found in ``other``: the larger of the share of all its shingles and
        of its informative ones (an opening of learned chrome counts by what follows it)."""
        if not opening.size:
            return 0.0
        found = sorted_isin(opening, other)
        return max(found_share(found), found_share(found, self._stock.mask(opening, source)))

    def _translation_pair(self, q: _Query, rec: ArticleRecord, figures_of: ArticleRecord | None = None) -> _Match:
        """Cross-language pair check: in the time window, and either the embedding score with every
        floor, or the same figures (``fingerprints.same_figures``) with related leads; without
        vectors, the same figures alone. ``figures_of``: the record whose figures stand for
        ``rec``'s in the contradiction (``_figures_of_story``), ``rec`` itself by default."""
        cfg, p = self.config, q.p
        a = anchor_score(p.anchors, rec.anchors, q.anchor_weight)
        if abs(rec.ts - p.ts) > cfg.window_days * 86400:
            return _Match(rec, "translation", -1.0, False, a)
        if q.vector is None or rec.vector is None or p.backend is None:
            return _Match(rec, "translation", math.nan, self._same_figures(p, rec), a)
        score, floors_ok = self._embedding_score(q, rec, a)
        # the costlier checks only where they can decide: the contradiction where the score passes
        # (else it is checked if the pair is a story's root: _root_contradicted), the figures where
        # the leads are related
        contradicted = (self._contradicted(p, rec, figures_of) if floors_ok and score >= cfg.translation_min_score
                        else None)
        # the paragraphs asked once: a pair not contradicted stands or falls by its score and them
        by_score = contradicted is False and self._paragraphs_align(q, rec)
        by_figures = (contradicted is not False
                      and float(q.vector @ self._centred_stored(q, rec, "vector")) >= cfg.figures_min_lead
                      and self._same_figures(p, rec) and self._paragraphs_align(q, rec))
        if (by_score or by_figures) and (self._headlines_differ(p, rec) or self._figures_moved(q, rec)):
            by_score = by_figures = False
        return _Match(rec, "translation", score, by_score or by_figures, a, by_figures, contradicted, figures_of)

    def _headlines_differ(self, p: Prepared, rec: ArticleRecord) -> bool:
        """Whether one headline cites a figure the other text gives outside its headline only
        (``fingerprints.headline_figures_disagree``): a translation translates its original's
        headline, figures included, whether the pair is verified by its score or by its figures;
        another outlet's report of the event cites every figure of the original (the same
        facts) under a headline of its own, choosing which of them to headline. A formulaic
        report (results, prices, a count of victims) shares its figures and its stock sentences
        with a rival's, and its headline's choice of figures is what tells the two apart. Not
        judged without both headlines' figures (no headline, or a record stored before they
        were): nothing tells then, and the pair stands by its score and figures as before."""
        if p.headline_figures is None or rec.headline_figures is None:
            return False
        if headline_figures_disagree(p.headline_figures, p.anchors, rec.headline_figures, rec.anchors):
            self.stats["translation_headline_figures_differ"] += 1
            return True
        return False

    def _figures_moved(self, q: _Query, rec: ArticleRecord) -> bool:
        """Whether the two bodies place their shared figures where no translation would
        (``fingerprints.figures_moved``: two in opposite orders, or, in short bodies whose paragraphs
        are compared (``_paragraphs_compared``: the pair reaches here only if they align) and of as
        many paragraphs within ``paragraph_slack``, one more than that many paragraphs away): a
        translation keeps its original's sentences in their order, each with its facts, while
        another outlet's report of the event leads with a fact of its own choosing and states the
        rest in sentences of its own. Its figures, names and embeddings are the translation's, and
        where it picks the genre's stock sentences as the original does, so is its paragraphs'
        alignment. ``bench.formulaic_languages`` rival pairs so placed: tune3 103 of 111, tune2 18
        of 111, tune 0 of 111; NTREX tune: none of 8,556 pairs of one story. A long body's places
        are not asked: as many paragraphs do not say a site kept its original's (NTREX tune, 42
        stories of 12+ sentences in paragraphs of two, their de/hi/zh/ru translations with two pairs
        joined and two split: 73 of 168 refused by the places). Not judged against a record stored
        before figure places were (None)."""
        p = q.p
        if rec.figure_places is None:
            return False
        slack = self.config.paragraph_slack if self._paragraphs_compared(q, rec) else None
        if not figures_moved(p.figure_places, rec.figure_places, slack):
            return False
        self.stats["translation_figures_moved"] += 1
        return True

    def _by_figures(self, q: _Query, rec: ArticleRecord) -> bool:
        """Whether ``q`` and ``rec`` are a translation verified by the same figures (``_Match.by_figures``):
        a pair not checked yet is checked only where they cite the same figures, which that needs
        (the pair check is the costly part)."""
        match = q.pairs.get(rec.ref)
        if match is None:
            if not self._same_figures(q.p, rec):
                return False
            match = self._pair(q, rec)
        return match.by_figures

    def _same_figures(self, p: Prepared, rec: ArticleRecord) -> bool:
        cfg = self.config
        return same_figures(p.anchors, rec.anchors, cfg.anchor_only_min_shared, cfg.anchor_only_min_score)

    def _root_contradicted(self, q: _Query, match: _Match) -> bool:
        """``match.contradicted``, checked now if its pair check did not need it."""
        if match.contradicted is None:
            match.contradicted = self._contradicted(q.p, match.rec, match.figures_of)
        return match.contradicted

    def _contradicted(self, p: Prepared, rec: ArticleRecord, figures_of: ArticleRecord | None = None) -> bool:
        """Numbers and names survive translation: texts citing different figures, or naming
        different people and places in a script both write, are different texts. ``figures_of``:
        the record whose figures are compared in ``rec``'s place (``_figures_of_story``)."""
        cfg = self.config
        if self._figures_disagree(p, rec if figures_of is None else figures_of):
            return True
        named = names_agreement(p.names, rec.names, cfg.names_conflict_min)
        return named is not None and named < cfg.names_conflict_max_share

    def _figures_disagree(self, p: Prepared, rec: ArticleRecord, kept: bool = True) -> bool:
        """``fingerprints.figures_disagree`` with the configured limits; ``kept``: with the share of
        its figures the one citing fewer must find in the other (``anchor_conflict_min_kept``)."""
        cfg = self.config
        return figures_disagree(p.anchors, rec.anchors, cfg.anchor_conflict_min, cfg.anchor_conflict_max_score,
                                cfg.anchor_conflict_min_kept if kept else 0.0, p.unit_figures, rec.unit_figures)

    def _figures_of_story(self, q: _Query, match: _Match, members: Sequence[ArticleRecord]) -> _Match:
        """The root's ``match``, its figures judged against the story's member closest to the
        article where the root's contradict it only by the share of them kept
        (``anchor_conflict_min_kept``): the member in another language than the article's citing the
        most of its figures (significant digits), when that member's figures agree with the
        article's. A translation keeps every figure of its original, an edited copy may drop some,
        and the story's root may be such a copy (a sentence with one of three figures dropped): the
        story's text is all its members', each of which keeps some of its figures, while another
        event's report cites figures no member of the story gives. A root sharing too few of them
        for the larger set (``anchor_conflict_max_score``) dropped no mere sentence: it still
        contradicts (a member citing the figures of both is no evidence on its own). Only the
        figures are judged so; every other check (names, scores, paragraphs, headline figures,
        places) is still against the root."""
        root = match.rec
        if (match.kind != "translation" or len(members) < 2 or not self._root_contradicted(q, match)
                or not self._figures_disagree(q.p, root) or self._figures_disagree(q.p, root, kept=False)):
            return match
        mine = significant_digits(q.p.anchors)
        others = [m for m in members[1:] if m.language != q.p.language]
        if not others:
            return match
        closest = max(others, key=lambda m: len(mine & significant_digits(m.anchors)))
        if self._figures_disagree(q.p, closest):
            return match
        self.stats["translation_figures_of_story_member"] += 1
        match = self._translation_pair(q, root, closest)
        q.pairs[root.ref] = match
        return match

    @staticmethod
    def _paragraphs_compared(q: _Query, rec: ArticleRecord) -> bool:
        """Whether both texts have their paragraph starts embedded alike (short bodies:
        ``embed.aligned_units``), so ``_paragraphs_align`` compares them."""
        theirs = rec.paragraph_vectors
        return q.paragraphs is not None and theirs is not None and theirs.shape[-1] == q.paragraphs.shape[-1]

    def _paragraphs_align(self, q: _Query, rec: ArticleRecord) -> bool:
        """Whether two short texts (both with headline and paragraph starts embedded:
        ``embed.aligned_units``; a record stored before headlines were embedded holds the starts
        alone, told apart by more rows than paragraphs, and the other's headline row is then left
        out) align paragraph by paragraph (:func:`aligned_paragraphs`): the paragraphs of the one with
        fewer, all but ``paragraph_slack`` (an edited copy drops or adds one); True when either has
        none to compare. A translation says what its original says, paragraph by paragraph, in
        order (a cut copy has fewer); another outlet's report of the event, however alike its
        figures, names and layout, chooses, orders and words its paragraphs its own way, where the
        title + lead and the two passages (on a genre's stock sentences) score as a translation's
        do. ``bench.formulaic_languages`` tune, 5 orders: false merges 23/15/16/21/20 -> 17/11/11/16/14,
        translations found 20/25/24/17/19 -> 21/26/26/16/21 of 42. Every paragraph (no slack) made it
        10/5/7/8/7 there, but refused real translations: NTREX tune's three short stories have a
        paragraph matched elsewhere in 15 of 225 translation pairs (records R 0.9862 -> 0.9783,
        export 1.0000 -> 0.9932); with the slack, NTREX is unchanged."""
        if not self._paragraphs_compared(q, rec):
            return True
        theirs = rec.paragraph_vectors
        assert q.paragraphs is not None and theirs is not None
        cross = q.paragraphs @ self._centred_stored(q, rec, "paragraph_vectors").T
        headlines = (len(q.paragraphs) > q.p.paragraphs, len(theirs) > rec.paragraphs)
        if headlines[0] != headlines[1]:  # one record stored before headlines were embedded
            cross = cross[1:] if headlines[0] else cross[:, 1:]
        if aligned_paragraphs(cross) >= min(cross.shape) - self.config.paragraph_slack:
            return True
        self.stats["translation_paragraphs_not_aligned"] += 1
        return False

    def _embedding_score(self, q: _Query, rec: ArticleRecord, anchor: float) -> tuple[float, bool]:
        """(pair score, whether the lead and every passage pass their floors): centred lead cosine
        and passage cosines (position by position, and their alignment), plus the anchor bonus,
        minus the length penalty. Needs both vectors."""
        cfg, p = self.config, q.p
        score = float(q.vector @ self._centred_stored(q, rec, "vector"))
        floors_ok = score >= cfg.translation_min_lead  # the same text from its start
        if cfg.passage_weight > 0 and q.passages is not None and rec.passages is not None:
            cross = q.passages @ self._centred_stored(q, rec, "passages").T  # passage i with passage j
            same_place = cross.diagonal()  # (methods and ufunc reductions: numpy's Python wrappers cost more here)
            floors_ok = floors_ok and bool(np.logical_and.reduce(same_place >= cfg.translation_min_passage))
            score = ((1 - cfg.passage_weight) * score
                     + cfg.passage_weight * float(np.add.reduce(same_place) / same_place.size))
            if cross.shape[0] > 1:
                score += cfg.passage_alignment_weight * _alignment(cross)
        else:  # lead only (a short body): the lead cosine must clear its own, higher bar
            score -= max(0.0, cfg.lead_only_min_score - cfg.translation_min_score)
        n_shared = _long(p.anchors & rec.anchors)
        score += cfg.anchor_bonus * anchor * min(1.0, n_shared / max(1, cfg.anchor_full_count))
        if p.length > 0 and rec.length > 0:
            excess = abs(math.log(p.length / rec.length)) - cfg.length_tolerance
            if excess > 0:
                score -= cfg.length_penalty * excess
        return score, floors_ok

    # -- joining a story --------------------------------------------------------------------------
    def _verify_story(self, q: _Query, story_id: str) -> _Decision | None:
        """Join only on evidence against the story's root, or against a fixed quorum that includes
        it: a verified pair with the root (a translation must also reach the quorum's mean); or, for
        an article in another language than the root, whose score against the root reaches
        ``story_root_floor`` (not contradicted): at least half of the quorum's other members
        verified (and the quorum's mean), or a text copy of the story's first article in its own
        language. Never one member alone: the root is always part of the evidence. And never a
        story that holds another article of the article's source in its language (``_one_article``:
        a source publishes a text once), whatever path would admit it: a translation's evidence is
        text-blind, and the consent notices two sites show in two languages translate each other.
        For that reason too no translation is verified against, or by, a body that is mostly stock
        text (``_chrome``), and none into a story whose text in the article's language it does not
        share (``_one_text_in_language``)."""
        members = self.store.story_members(story_id, self.config.story_check_members)
        if not members:
            return None
        if any(m.language == q.p.language and not self._one_article(q.p, m) for m in members):
            self.stats["story_has_another_article_of_the_source"] += 1
            return None
        root = members[0]
        if root.language != q.p.language and not self._one_text_in_language(q, story_id, members):
            self.stats["story_has_another_text_in_the_language"] += 1
            return None
        quorum = _quorum(members, q.p.language, self.config.story_quorum)
        self._centre_batch(q, quorum)
        match = self._figures_of_story(q, self._pair(q, root), members)
        if match.ok and (match.kind == "near" or not self._chrome(q, root)):
            return self._by_root(q, story_id, quorum, match)
        if match.kind != "translation":  # the root is in the article's language: its text is the evidence
            return None
        if self._root_contradicted(q, match):
            return None
        by_quorum = self._by_quorum(q, story_id, quorum, match)
        return by_quorum if by_quorum is not None else self._by_first_copy(q, story_id, root, match)

    def _one_text_in_language(self, q: _Query, story_id: str, members: Sequence[ArticleRecord]) -> bool:
        """Whether the article can be the story's text in its language: the story has no member in
        that language, or the article shares most of its text with one (``near_min_containment`` of
        the shorter body's informative shingles; one of ``members``, or where they are only the
        oldest of more, the story's first in the language). A story is one text, so it has one text per
        language, and where it has one, that text is evidence the translation's text-blind signals
        (embeddings, figures, names) cannot overrule: another outlet's report of the event in that
        language verifies as a translation of the root as well as the member does, and shares
        none of the member's own text (``bench.formulaic_languages``: two outlets' reports of one
        weather warning in Spanish both joined a German root). Not the whole near rule: an edited
        copy whose opening moved (a dateline, its second sentence dropped) is still the text. Not
        in a language written in two scripts (:data:`TWO_SCRIPT_LANGUAGES`): a text and its
        transliteration share no shingle."""
        if q.p.language in TWO_SCRIPT_LANGUAGES:
            return True
        own = [m for m in members if m.language == q.p.language]
        if not own and len(members) >= self.config.story_check_members:
            first = self.store.first_member(story_id, q.p.language)
            own = [] if first is None else [first]
        if not own:
            return True
        shares = (self._text(q, m) for m in own)
        return any(t is not None and t.share >= self.config.near_min_containment for t in shares)

    def _by_root(self, q: _Query, story_id: str, quorum: Sequence[ArticleRecord], match: _Match) -> _Decision | None:
        """The decision on a verified pair with the root (``quorum[0]``): a translation not decided
        by its figures must also reach the quorum's mean, and against a root alone (a quorum of one)
        stand alone (``_stands_alone``)."""
        root = quorum[0]
        if match.kind == "translation" and not match.by_figures:
            if not self._quorum_agrees(q, quorum):
                return None
            if len(quorum) == 1 and not self._stands_alone(q, match):
                self.stats["lone_root_structure_differs"] += 1
                return None
        same = match.kind == "translation" and self._same_paragraphs(q.p, root)
        one_text = same or match.kind == "near" or (match.kind == "translation" and not match.by_figures
                                                     and self._quorum_verifies(q, quorum))
        return _Decision(story_id, match.kind, root.article_id, _evidence(match), same, one_text,
                         _root_path(q, match, len(quorum)))

    def _by_quorum(self, q: _Query, story_id: str, quorum: Sequence[ArticleRecord],
                   match: _Match) -> _Decision | None:
        """A translation whose score against the root (``quorum[0]``) reaches ``story_root_floor``,
        verified with at least half of the quorum's other members (and the quorum's mean).

        Not for a text too short for passages (a brief, a text cut to its lead) against a root that
        has them: the quorum makes up for a pair that judged two whole texts (an edit moving a
        passage, a weak language pair), whereas a copy cut to its lead is the start of the root's
        own text, which the root judges directly; counted over members, leads admit what two
        outlets' reports of one event share most, the facts of their first lines
        (``bench.story_attacks --form lead``: scotsman's leads joined bbc's story of the same match
        through its quorum in 5 of 40 orders)."""
        root, others = quorum[0], quorum[1:]
        brief_of_whole = q.p.passages is None and root.passages is not None  # the root judges it alone
        if not math.isnan(match.score) and match.score >= self.config.story_root_floor and others \
                and not brief_of_whole and not self._chrome(q, root):
            verified = sum(self._pair(q, m).ok and not self._chrome(q, m) for m in others)
            if verified and verified * 2 >= len(others) and self._quorum_agrees(q, quorum):
                same = self._same_paragraphs(q.p, root)
                return _Decision(story_id, "translation", root.article_id, match.score, same, same, "quorum")
        return None

    def _by_first_copy(self, q: _Query, story_id: str, root: ArticleRecord, match: _Match) -> _Decision | None:
        """A text copy of the story's first article in the article's own language, when the
        root's ``match`` does not contradict it."""
        cfg = self.config
        first = self.store.first_member(story_id, q.p.language)
        if first is None or first.ref == root.ref:
            return None
        copy = self._pair(q, first)
        not_contradicted = (match.anchor >= cfg.anchor_only_min_score if math.isnan(match.score)
                            else match.score >= cfg.story_root_floor or self._same_start(q, root))
        if copy.ok and copy.kind == "near" and not_contradicted:
            # the copy of a member is the root's text only if it keeps the root's paragraphs: the
            # member may be a translation verified by score alone (another report of one event)
            return _Decision(story_id, "near", first.article_id, copy.score,
                             one_text=self._same_paragraphs(q.p, root), path="first_copy")
        return None

    def _quorum_verifies(self, q: _Query, quorum: Sequence[ArticleRecord]) -> bool:
        """Whether a text too short for its paragraphs to say anything (under ``paragraph_min``) is
        verified by every other member of the quorum, ``short_text_quorum`` of them at least: the
        root's text told by independent translations, where paragraphs cannot tell it."""
        cfg, others = self.config, quorum[1:]
        if min(q.p.paragraphs, quorum[0].paragraphs) >= cfg.paragraph_min or len(others) < cfg.short_text_quorum:
            return False
        return all(self._pair(q, m).ok and not self._chrome(q, m) for m in others)

    def _chrome(self, q: _Query, rec: ArticleRecord) -> bool:
        """Whether the body of ``q`` or of ``rec`` is mostly stock text (``translation_max_stock_share``):
        then no translation is verified between them, nor with ``rec`` as evidence. The embeddings of a
        page that is mostly its site's chrome see the chrome, and chrome translates chrome.

        Each share is estimated on the body's ``stock_sample`` smallest hashes (its shingles are
        sorted), the new article's as one more story of its source (``StockShingles.shares``); those
        not known yet in this assignment are looked up together."""
        if None not in q.shares or rec.ref not in q.shares:
            n = self.config.stock_sample
            refs: list[int | None] = []
            samples, sources, added = [], [], []
            if None not in q.shares:
                refs.append(None)
                samples.append(q.p.shingles[:n])
                sources.append(q.p.source)
                added.append(0 if self._stock.known_headline(q.p.source, q.p.headline) else 1)
            if rec.ref not in q.shares:
                refs.append(rec.ref)
                samples.append(np.zeros(0, np.uint32) if rec.shingles is None else rec.shingles[:n])
                sources.append(rec.source)
                added.append(0)
            q.shares.update(zip(refs, self._stock.shares(samples, sources, added), strict=True))
        limit = self.config.translation_max_stock_share
        return q.shares[None] > limit or q.shares[rec.ref] > limit

    def _same_paragraphs(self, p: Prepared, rec: ArticleRecord) -> bool:
        """Whether ``p`` and ``rec`` keep the same paragraphs, as a translation keeps its original's:
        both have ``paragraph_min`` or more, and their counts differ by ``paragraph_slack`` at most."""
        cfg = self.config
        return (min(p.paragraphs, rec.paragraphs) >= cfg.paragraph_min
                and abs(p.paragraphs - rec.paragraphs) <= cfg.paragraph_slack)

    def _stands_alone(self, q: _Query, match: _Match) -> bool:
        """Whether a translation verified by score against a story's root alone (no other member of
        the quorum to corroborate it) stands on that evidence: a score that clears the bar of a
        score standing alone (``lead_only_min_score``, the bar where no passages corroborate a
        lead), or a structure that does not tell the two texts apart. A translation keeps its
        original's paragraphs, or, where a site re-paragraphs it (the AFP seeds have 7, 11, 18 and
        23), its figures (``fingerprints.same_figures``). Two outlets' own reports of one event are
        paragraphed each its own way and cite figures of their own (bbc/scotsman, one match: 25-26
        and 19-20 paragraphs, 1 and 2-3 figures), while their embeddings score 0.30-0.41 against
        each other, as a translation's can. Paragraphs tell only when both texts have
        ``paragraph_min`` or more (short texts have as many as each other by chance): below that
        the score decides alone."""
        cfg, p, root = self.config, q.p, match.rec
        return (match.score >= cfg.lead_only_min_score or min(p.paragraphs, root.paragraphs) < cfg.paragraph_min
                or self._same_paragraphs(p, root) or self._same_figures(p, root))

    def _same_start(self, q: _Query, rec: ArticleRecord) -> bool:
        """Whether the title + lead of ``q`` and ``rec`` clear the translation lead floor: an edited
        copy keeps the start of its text, while its middle and end shift or go (a sentence dropped,
        the end cut), so for a text copy of a member the root is judged on the start alone."""
        return q.vector is not None and rec.vector is not None and (
            float(q.vector @ self._centred_stored(q, rec, "vector")) >= self.config.translation_min_lead)

    def _quorum_agrees(self, q: _Query, members: Sequence[ArticleRecord]) -> bool:
        """Mean embedding score over ``members`` (the root first) at least ``story_min_mean_score``
        (a member in the article's own language counts as support only, never as evidence alone);
        or the article keeps the root's paragraphs (``_same_paragraphs``), as a translation of the
        root's text does, while members that are edited copies have their passages elsewhere.
        A member other than the root that the article is verified with by the same figures
        (``_Match.by_figures``) is left out of the mean: the figures, not the embeddings, are the
        evidence of that pair (as they are for a root so verified, which skips the mean), and its
        low score would otherwise count against the article, so that whether a copy joins would
        depend on which members arrived before it (an Arabic copy of a Hindi root joined or not by
        the order its Urdu member, verified by figures, came in)."""
        root = members[0]
        if self._same_paragraphs(q.p, root) or q.vector is None:
            return True
        scores = [self._embedding_score(q, m, anchor_score(q.p.anchors, m.anchors, q.anchor_weight))[0]
                  for m in members if m.vector is not None and (m is root or not self._by_figures(q, m))]
        return not scores or sum(scores) / len(scores) >= self.config.story_min_mean_score


def _root_path(q: _Query, match: _Match, quorum_size: int) -> str:
    """The ``PATHS`` name of a pair verified against the story's root. Without vectors (a NaN
    score) a translation is verified by the same figures alone (``_translation_pair``)."""
    if match.kind == "near":
        return "near"
    if match.by_figures or math.isnan(match.score):
        return "figures"
    if q.passages is None or match.rec.passages is None:
        return "lead_only"
    return "lone_root" if quorum_size == 1 else "root"


def _alignment(cross: np.ndarray) -> float:
    """How much better the worst-placed passage matches its counterpart at the same place than
    any passage elsewhere (``cross[i, j]``: passage i of one text with passage j of the other):
    positive only when every passage matches where it is, as a translation's do."""
    n = cross.shape[0]
    if n == 2:  # the detector's two passages: the same float32 arithmetic, a tenth of the calls
        elsewhere_2 = max(cross[0, 1], cross[1, 0])
        return float(min(cross[0, 0] - elsewhere_2, cross[1, 1] - elsewhere_2))
    elsewhere = np.where(np.eye(n, dtype=bool), -np.inf, cross)
    best_elsewhere = np.maximum(elsewhere.max(axis=0), elsewhere.max(axis=1))
    return float((cross.diagonal() - best_elsewhere).min())


_MEAN_OF = {"vector": "vector", "passages": "passages", "paragraph_vectors": "passages"}
"""The running mean a stored part is centred on: paragraph starts, like passages, sit inside the
text and have no title."""


def aligned_paragraphs(cross: np.ndarray) -> int:
    """How many paragraphs of two texts match in order: pairs (i, j) in which paragraph i of one
    and paragraph j of the other are each the other's best match (a tie is a best match too), the
    most of them with i and j both increasing. Ranks, not a cosine bar: a translation's paragraphs
    match their counterparts better than anything else, whatever the language pair's level of
    cosines. Each cosine ``cross[i, j]`` is taken less its row's and its column's mean: a lead that
    restates the story matches every paragraph of the other text well (a hub), and says which one
    it is by how much better it matches than usual (NTREX tune, short stories: translations with a
    paragraph not matched 39 of 225 pairs with raw cosines, 15 so centred)."""
    cross = cross - cross.mean(axis=1, keepdims=True) - cross.mean(axis=0, keepdims=True)
    mutual = (cross >= cross.max(axis=1, keepdims=True)) & (cross >= cross.max(axis=0, keepdims=True))
    rows, cols = np.nonzero(mutual)
    ends: list[int] = []  # longest run increasing in j over the pairs by i (j descending within a row): patience
    for j in cols[np.lexsort((-cols, rows))].tolist():
        k = bisect.bisect_left(ends, j)
        ends[k:k + 1] = [j]
    return len(ends)


def _passages_key(backend: str) -> str:
    """The store key of a backend's running passage means (``get_mean``/``add_to_mean``)."""
    return f"{backend}/passages"


def _quorum(members: Sequence[ArticleRecord], language: str, size: int) -> list[ArticleRecord]:
    """The root and the oldest members in further languages, one per language and none in
    ``language``, up to ``size``: independent texts (two copies in one language are one check)."""
    quorum, seen = [members[0]], {members[0].language, language}
    for member in members[1:]:
        if len(quorum) >= size:
            break
        if member.language not in seen:
            quorum.append(member)
            seen.add(member.language)
    return quorum


def _record(p: Prepared, story_id: str, decision: _Decision | None, ehash: np.ndarray | None,
            bridged: tuple[str, ...], link: Link) -> ArticleRecord:
    """The record to store of article ``p`` in ``story_id`` (its own, without a ``decision``)."""
    return ArticleRecord(
        article_id=p.id, story_id=story_id, language=p.language, ts=p.ts,
        exact=p.exact, simhash=p.simhash, anchors=p.anchors,
        vector=None if p.vector is None else p.vector.astype(np.float16),
        ehash=ehash, duplicate_kind=decision.kind if decision else None, length=p.length,
        passages=None if p.passages is None else p.passages.astype(np.float16),
        source=p.source, shingles=p.shingles, opening=p.opening, names=p.names, paragraphs=p.paragraphs,
        headline=p.headline,
        paragraph_vectors=None if p.paragraph_vectors is None else p.paragraph_vectors.astype(np.float16),
        headline_figures=p.headline_figures, figure_places=p.figure_places, unit_figures=p.unit_figures,
        matched_id=decision.matched_id if decision else None,
        score=decision.score if decision else None, bridged=bridged,
        root_refs=tuple(ref for _, ref in link),
    )


def _evidence(match: _Match) -> float:
    """A match's strength: its score, or the anchor agreement when it was judged on numbers alone."""
    return match.anchor if math.isnan(match.score) else match.score


def _rank(decision: _Decision) -> tuple[int, float]:
    """Shared text is stronger evidence than a translation score; then the higher score."""
    return (decision.kind == "near", decision.score)
