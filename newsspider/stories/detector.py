"""Story detection: exact copies, same-language near-duplicates, translations.

Two halves so the heavy one can run in a process pool:
- ``prepare_inputs`` (module level, picklable in and out, never touches the store): normalise,
  hash, take numeric anchors and the body length, embed title + lead and two body passages
  (middle, end) for the whole batch in one call (~105 tokens, ~200 ms CPU per article).
- ``StoryDetector.assign`` (main process): exact-hash lookup, permuted-block simhash lookup,
  translation shortlist by hyperplane hash within a time window, verification against the
  candidate story's own members, store update.

Pair score (``_pair``): (1 - passage_weight) * centred lead cosine + passage_weight * mean centred
cosine of the passages compared position by position (middle with middle, end with end), plus the
numeric-anchor bonus, minus anchor-conflict and length penalties. Why passages: two outlets'
reports of one event share the lead's facts but not the middle and the end, a translation shares
all three; on the NTREX tune split this took cross-language precision from 0.94 to 0.97 at about the
same recall (0.98 -> 0.97). A pair without passages (short body) is held to the lead-only bar (0.45).

Story semantics: ``story_id`` is the id of the FIRST article assigned to the story (not the
earliest published: an older copy found later joins the story, it does not re-root it).
``duplicate_of`` is that root id for every other member, None for the root.
``duplicate_kind``: "exact" (same normalised tokens), "near" (same language, verified text
overlap or same-language rewrite), "translation" (different language).
"""
from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from .embed import EmbeddingBackend, body_passages, embedding_input, get_backend, hamming_words, hyperplane_hash
from .fingerprints import anchor_score, anchor_weight, anchors, exact_hash, minhash_jaccard, shingles, simhash_hex, sketches
from .index import SimhashIndex
from .normalize import normalize, tokenize
from .priors import length_factor, prior_mean
from .store import ArticleRecord, StoryConflict, StoryStore

log = logging.getLogger(__name__)

UNKNOWN_LANGUAGE = "und"


@dataclass(frozen=True)
class StoryConfig:
    """Thresholds of story detection; each maps to a NEWSSPIDER_STORIES_* setting (upper-case name).

    Defaults were measured with bench/stories.py on the NTREX tune split (even story index);
    see the report in bench/stories.py's docstring.
    """

    near_max_bits: int = 5
    """Hamming distance (of 64) at which a same-language copy is a near-duplicate candidate; the
    index guarantees to find everything this close. Unrelated texts measured >= 16 bits apart."""
    near_sure_bits: int = 2
    """At or below this distance no verification is needed."""
    near_min_jaccard: float = 0.5
    """Verification between near_sure_bits and near_max_bits: estimated shingle Jaccard (MinHash)."""
    index_blocks: int = 7
    """Blocks of the permuted-block index; C(index_blocks, near_max_bits) tables (21 for 7, 5)."""
    translation_min_score: float = 0.38
    """Pair score (centred cosine of title+lead vectors + anchor bonus) at which two articles are
    verified as one story."""
    anchor_bonus: float = 0.25
    """Added to the cosine when numeric anchors agree fully (scaled by fingerprints.anchor_score
    and by min(1, shared numbers / anchor_full_count)): numbers survive translation, so a
    rewritten lead with the same figures still matches."""
    anchor_full_count: int = 5
    """Shared numbers (2+ characters) for the full anchor bonus."""
    length_tolerance: float = 0.2
    """|log| of the ratio of two bodies' lengths (each divided by its language's typical length
    relative to English, priors.LENGTH_FACTORS) that costs nothing: translations of one text
    measured within +-0.15 of the language's typical ratio (5th-95th percentile)."""
    length_penalty: float = 0.0
    """Subtracted from the pair score per unit of |log length ratio| beyond length_tolerance:
    two outlets' reports of one event differ in length more than a text and its translation.
    Only when both languages have a length factor."""
    anchor_conflict_min: int = 2
    """Numbers (2+ characters) both articles must have before disagreeing numbers count against them.
    2, not 3: the sample corpus's Turkish rain warning (50, 80) and German heat warning (21, 22, 33,
    36) scored 0.36-0.38 as a pair, at the threshold; no NTREX decision changes (tune, test)."""
    anchor_conflict_max_score: float = 0.34
    """Anchor agreement below which such a pair is penalised: same-event reports from different
    outlets (a death toll of 384 vs 832) embed alike but cite different figures."""
    anchor_penalty: float = 0.1
    """Subtracted from the pair score on an anchor conflict."""
    anchor_only_min_score: float = 0.8
    """Without embeddings: anchor agreement needed alone ..."""
    anchor_only_min_shared: int = 4
    """... together with this many shared numbers of 2+ characters."""
    window_days: float = 7.0
    """Translations are looked for among articles published at most this far apart."""
    embed_bits: int = 256
    """Bits of the hyperplane hash used to shortlist translation candidates (64 is too coarse:
    true cross-language pairs differ by ~18 of 64)."""
    shortlist_size: int = 48
    """Candidates (nearest by hyperplane Hamming distance in the window) verified by cosine."""
    lead_chars: int = 120
    """Characters of the body after the title that are embedded (cost ~150 ms / 100 tokens)."""
    passage_chars: int = 100
    """Characters of each of two more passages (the middle and the end of the body) embedded
    with the lead; 0 = lead only. See embed.body_passages."""
    passage_weight: float = 0.7
    """Weight of the passage similarity (mean centred cosine, middle with middle and end with end)
    in the pair score: (1 - w) * lead cosine + w * passage cosine, when both articles have passages."""
    lead_only_min_score: float = 0.45
    """Pair score a pair needs when one article is too short for passages (lead cosine alone):
    implemented as a deduction of (this - translation_min_score), so one scale serves the story mean.
    0.45 is the measured lead-only threshold (title + lead, NTREX tune split)."""
    mean_prior_weight: float = 20.0
    """Pseudo-count of the shipped prior mean in each language's running mean (cold start)."""
    mean_min_count: int = 10
    """Backends without a shipped prior: vectors of a language are not centred before this many
    have been seen (a mean of very few articles is mostly those articles)."""
    story_check_members: int = 24
    """Members of a candidate story the new article is verified against (oldest first)."""
    story_min_matches: int = 2
    """Without embeddings: verified matches needed with a story's members, unless one is the root."""
    story_min_mean_score: float = 0.33
    """With embeddings: mean pair score to the checked members a joining article needs, on top
    of one verified pair; keeps a chain of pairwise-similar articles from drifting into another story."""
    commit_every: int = 200
    """Store commit interval in assignments."""


@dataclass(frozen=True)
class StoryInput:
    id: str                 # article id (stable hash of canonical URL)
    text: str
    title: str | None
    language: str | None    # ISO 639-1
    published: str | None   # ISO 8601 with offset, may be None (then fetched_at is used)
    fetched_at: str         # ISO 8601 with offset


@dataclass(frozen=True)
class Prepared:
    """Output of the CPU-heavy half; plain data, picklable."""

    id: str
    language: str
    ts: float
    exact: str
    simhash: int
    minhash: bytes
    anchors: frozenset[str]
    vector: np.ndarray | None   # raw (uncentred) float32 embedding
    backend: str | None        # name of the backend that made ``vector``
    length: float = 0.0        # body length in English-equivalent characters; 0 = unknown language
    passages: np.ndarray | None = None  # raw (2, dim) float32 embeddings of middle and end, or None


@dataclass(frozen=True)
class Assignment:
    simhash: str                 # 16 lowercase hex digits (text simhash)
    story_id: str
    duplicate_of: str | None
    duplicate_kind: str | None   # "exact" | "near" | "translation" | None


def _epoch(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def body_length(title: str | None, text: str, language: str) -> float:
    """Non-space characters of the body (title removed) divided by the language's length factor;
    0.0 when the language has none (no length check then)."""
    factor = length_factor(language)
    if factor is None:
        return 0.0
    body = "".join(text.split())
    head = "".join((title or "").split())
    if head and body.startswith(head):
        body = body[len(head):]
    return len(body) / factor


def prepare_inputs(items: Sequence[StoryInput], backend: EmbeddingBackend | None, config: StoryConfig) -> list[Prepared]:
    """Fingerprints and (one batch of) embeddings for the items; no store access."""
    vectors: np.ndarray | None = None
    passages: list[np.ndarray | None] = [None] * len(items)
    if backend is not None and items:
        texts = [embedding_input(it.title, it.text, config.lead_chars) for it in items]
        spans = []
        for it in items:
            extra = body_passages(it.title, it.text, config.passage_chars)
            spans.append((len(texts), len(texts) + len(extra)))
            texts += extra
        all_vectors = backend.embed(texts)  # one call: one batch for the model
        vectors = all_vectors[:len(items)]
        passages = [np.asarray(all_vectors[a:b], dtype=np.float32) if b > a else None for a, b in spans]
    out = []
    for i, it in enumerate(items):
        norm = normalize(f"{it.title}\n{it.text}" if it.title else it.text)
        toks = tokenize(norm)
        simhash, sketch = sketches(shingles(toks))
        out.append(Prepared(
            id=it.id,
            language=(it.language or UNKNOWN_LANGUAGE).lower(),
            ts=_epoch(it.published or it.fetched_at),
            exact=exact_hash(toks),
            simhash=simhash,
            minhash=sketch.tobytes(),
            anchors=anchors(norm),
            vector=None if vectors is None else np.asarray(vectors[i], dtype=np.float32),
            backend=None if backend is None else backend.name,
            length=body_length(it.title, it.text, (it.language or UNKNOWN_LANGUAGE).lower()),
            passages=passages[i],
        ))
    return out


def prepare_in_worker(items: Sequence[StoryInput], backend_name: str | None, config: StoryConfig) -> list[Prepared]:
    """Process-pool entry point: the backend is loaded once per worker process (get_backend)."""
    return prepare_inputs(items, get_backend(backend_name), config)


class _Window:
    """Articles with a translation hash, as growable arrays: a vectorised scan of 32 bytes per
    article (popcount) finds the shortlist; ~1 ms per 100k articles in the window."""

    def __init__(self, words: int) -> None:
        self.n = 0
        self.refs = np.zeros(1024, dtype=np.int64)
        self.ts = np.zeros(1024, dtype=np.float64)
        self.hashes = np.zeros((1024, words), dtype=np.uint64)

    def add(self, ref: int, ts: float, ehash: np.ndarray) -> None:
        if self.n == self.refs.size:
            cap = self.n * 2
            self.refs = np.resize(self.refs, cap)
            self.ts = np.resize(self.ts, cap)
            self.hashes = np.resize(self.hashes, (cap, self.hashes.shape[1]))
        self.refs[self.n], self.ts[self.n], self.hashes[self.n] = ref, ts, ehash
        self.n += 1

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

    def add(self, anchors: frozenset[str], ref: int, ts: float) -> None:
        for a in anchors:
            if len(a) < 2:
                continue
            refs, times, n = self._lists.get(a) or (np.empty(4, np.int64), np.empty(4, np.float64), 0)
            if n == refs.size:
                refs, times = np.resize(refs, 2 * n), np.resize(times, 2 * n)
            refs[n], times[n] = ref, ts
            self._lists[a] = (refs, times, n + 1)

    def most_shared(self, anchors: frozenset[str], ts: float, window_s: float, k: int) -> list[tuple[int, int]]:
        """Up to ``k`` (ref, numbers shared) of the articles within ``window_s`` of ``ts``, most shared
        first, ties in order of first appearance (numbers in ``anchors`` order, then arrival):
        ``collections.Counter.most_common(k)`` of the same counting, which this replaced."""
        hits = []
        for a in anchors:
            entry = self._lists.get(a) if len(a) >= 2 else None
            if entry is not None:
                refs, times, n = entry
                hits.append(refs[:n][np.abs(times[:n] - ts) <= window_s])
        if not hits:
            return []
        refs, first, counts = np.unique(np.concatenate(hits), return_index=True, return_counts=True)
        top = np.lexsort((first, -counts))[:k]
        return list(zip(refs[top].tolist(), counts[top].tolist()))


@dataclass
class _Match:
    rec: ArticleRecord
    cosine: float   # pair score: centred cosine + anchor bonus; NaN without vectors
    anchor: float
    ok: bool


@dataclass
class _Query:
    """The article being assigned, with what every pair check needs computed once, and the pair
    checks and centred stored vectors of this assignment so far (a member of a candidate story is
    usually in the shortlist too)."""

    p: Prepared
    vector: np.ndarray | None      # centred lead vector
    passages: np.ndarray | None    # centred passages, when there is a vector
    minhash: np.ndarray
    anchor_weight: int             # fingerprints.anchor_weight(p.anchors)
    long_anchors: int              # numbers of 2+ characters
    pairs: dict[int, _Match] = field(default_factory=dict)  # ref -> check
    centred: dict[tuple[int, str], np.ndarray] = field(default_factory=dict)  # (ref, part) -> centred


def _long(numbers: frozenset[str]) -> int:
    return sum(1 for x in numbers if len(x) >= 2)


def _unit_rows(v: np.ndarray) -> np.ndarray:
    """float32 ``v`` divided by its L2 norm along the last axis (zero rows stay zero): the arithmetic
    of ``np.linalg.norm`` without its per-call overhead."""
    norm = np.sqrt(np.add.reduce(v * v, axis=-1, keepdims=True))
    return np.divide(v, norm, out=np.zeros_like(v), where=norm > 0)


def _mean_row_dot(a: np.ndarray, b: np.ndarray) -> float:
    """``float(np.mean(np.sum(a * b, axis=1)))`` without np.mean's call overhead, to the bit: the
    float32 sum of the row dots, divided in float64 and rounded to float32 as np.mean does."""
    dots = np.add.reduce(a * b, axis=1)
    return float(np.float32(float(np.add.reduce(dots)) / dots.size))


class StoryDetector:
    """Assigns prepared articles to stories; state in ``store``, in-memory indexes rebuilt from it."""

    def __init__(self, store: StoryStore, backend: EmbeddingBackend | None, config: StoryConfig | None = None) -> None:
        self.store = store
        self.backend = backend
        self.config = config or StoryConfig()
        self.stats: Counter[str] = Counter()
        self._index = SimhashIndex(self.config.near_max_bits, self.config.index_blocks)
        self._window = _Window(self.config.embed_bits // 64)
        self._anchors = _AnchorPostings()
        self._means: dict[tuple[str, str], np.ndarray | None] = {}
        self._warned_no_backend = False
        self._since_commit = 0
        self._load()

    # -- start-up -------------------------------------------------------------------------
    def _load(self) -> None:
        fps, refs = [], []
        for rec in self.store.iter_articles():
            fps.append(rec.simhash)
            refs.append(rec.ref)
            self._remember(rec)
        if fps:
            self._index.add_many(np.array(fps, dtype=np.uint64), np.array(refs, dtype=np.int64))

    def _remember(self, rec: ArticleRecord) -> None:
        if rec.ehash is not None and rec.ehash.size == self.config.embed_bits // 64:
            self._window.add(rec.ref, rec.ts, rec.ehash)
        self._anchors.add(rec.anchors, rec.ref, rec.ts)

    # -- the two halves -------------------------------------------------------------------
    def prepare(self, items: list[StoryInput]) -> list[Prepared]:
        return prepare_inputs(items, self.backend, self.config)

    def _sync(self) -> None:
        """Add what other workers appended to a shared store (Redis) to the in-memory indexes."""
        for rec in self.store.sync():
            self._index.add(rec.simhash, rec.ref)
            self._remember(rec)

    def assign(self, p: Prepared) -> Assignment:
        vector, centred = None, False
        for attempt in range(100):  # optimistic concurrency: a shared store refuses stale writes
            self._sync()
            known = self.store.find_article(p.id)
            if known is not None:  # the same article again (a rerun after a crash): same story as before
                self.stats["already_known"] += 1
                dup_of = None if known.story_id == p.id else known.story_id
                return Assignment(simhash_hex(p.simhash), known.story_id, dup_of, known.duplicate_kind if dup_of else None)
            if not centred:  # once: it adds the vector to the language mean
                vector, centred = self._centred_new(p), True
            story_id, kind = self._find_story(p, vector)
            ehash = None if vector is None else hyperplane_hash(vector, self.config.embed_bits)
            rec = ArticleRecord(
                article_id=p.id, story_id=story_id or p.id, language=p.language, ts=p.ts, exact=p.exact,
                simhash=p.simhash, minhash=p.minhash, anchors=p.anchors,
                vector=None if p.vector is None else p.vector.astype(np.float16),
                ehash=ehash, duplicate_kind=kind, length=p.length,
                passages=None if p.passages is None else p.passages.astype(np.float16),
            )
            try:
                ref = self.store.add_article(rec)
                break
            except StoryConflict:  # another worker appended first: sync, recompute, retry
                self.stats["assign_retries"] += 1
        else:
            raise StoryConflict(f"could not assign {p.id} after {attempt + 1} attempts")
        if story_id is None:
            story_id = p.id
            self.stats["new_story"] += 1
        else:
            self.stats[kind] += 1
        rec = replace(rec, ref=ref)
        self._index.add(p.simhash, ref)
        self._remember(rec)
        self._since_commit += 1
        if self._since_commit >= self.config.commit_every:
            self.flush()
        dup_of = None if story_id == p.id else story_id
        return Assignment(simhash_hex(p.simhash), story_id, dup_of, kind if dup_of else None)

    def flush(self) -> None:
        """Commit the store; call at the end of a run."""
        self.store.commit()
        self._since_commit = 0

    # -- centring ---------------------------------------------------------------------------
    def _mean(self, backend: str, language: str, dim: int) -> np.ndarray | None:
        """Running mean of the language shrunk towards the shipped prior (cold start)."""
        key = (backend, language)
        if key not in self._means:
            total, n = self.store.get_mean(backend, language)
            prior = prior_mean(backend, dim, language)
            w = self.config.mean_prior_weight if prior is not None else 0.0
            if prior is None and n < self.config.mean_min_count:
                self._means[key] = None
            else:
                acc = (total if total is not None else np.zeros(dim)) + (w * prior if prior is not None else 0.0)
                self._means[key] = (acc / (n + w)).astype(np.float32)
        return self._means[key]

    def _centre(self, vec: np.ndarray, backend: str, language: str) -> np.ndarray:
        """(vec - language mean) / its norm, row-wise; zero rows stay zero."""
        mean = self._mean(backend, language, vec.shape[-1])
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
        self._means.pop((p.backend, p.language), None)
        return self._centre(p.vector, p.backend, p.language)

    def _centred_stored(self, q: _Query, rec: ArticleRecord, part: str) -> np.ndarray:
        """``rec.vector`` or ``rec.passages`` (``part``) centred (by :meth:`_centre_batch` if it was)."""
        centred = q.centred.get((rec.ref, part))
        if centred is None:
            centred = q.centred[(rec.ref, part)] = self._centre(getattr(rec, part), q.p.backend, rec.language)
        return centred

    def _centre_batch(self, q: _Query, recs: Sequence[ArticleRecord]) -> None:
        """Centre the stored vectors (and passages, if the query uses them) of ``recs`` that are not
        centred on the current means yet, all in one array operation instead of one per record:
        the same float32 arithmetic row by row (tested), so the same scores."""
        if q.vector is None or q.p.backend is None:
            return
        backend, dim = q.p.backend, q.vector.shape[-1]
        for part in ("vector", "passages") if q.passages is not None else ("vector",):
            todo = [r for r in recs if getattr(r, part) is not None and getattr(r, part).shape[-1] == dim
                    and (r.ref, part) not in q.centred]
            if len(todo) < 2:
                continue
            v = np.stack([getattr(r, part) for r in todo]).astype(np.float32)
            means = [self._mean(backend, r.language, dim) for r in todo]
            v -= np.stack([np.zeros(dim, np.float32) if m is None else m for m in means]).reshape(
                (len(todo),) + (1,) * (v.ndim - 2) + (dim,))
            for rec, centred in zip(todo, _unit_rows(v)):
                q.centred[(rec.ref, part)] = centred

    # -- candidate search and verification ---------------------------------------------------
    def _find_story(self, p: Prepared, vector: np.ndarray | None) -> tuple[str | None, str | None]:
        exact = self.store.find_exact(p.exact)
        if exact is not None:
            return exact.story_id, "exact"
        near = self._near(p)
        if near is not None:
            return near.story_id, "near"
        return self._translation(self._query(p, vector))

    def _query(self, p: Prepared, vector: np.ndarray | None) -> _Query:
        passages = None
        if vector is not None and p.passages is not None and p.backend is not None and self.config.passage_weight > 0:
            passages = self._centre(p.passages, p.backend, p.language)
        return _Query(p, vector, passages, np.frombuffer(p.minhash, dtype=np.uint32),
                      anchor_weight(p.anchors), _long(p.anchors))

    def _near(self, p: Prepared) -> ArticleRecord | None:
        cfg = self.config
        hits = self._index.lookup(p.simhash, cfg.near_max_bits)
        if not hits:
            return None
        by_ref = {r.ref: r for r in self.store.get_articles([ref for ref, _ in hits])}
        mh = np.frombuffer(p.minhash, dtype=np.uint32)
        for ref, dist in hits:
            rec = by_ref.get(ref)
            if rec is None:
                continue
            if dist <= cfg.near_sure_bits or minhash_jaccard(mh, np.frombuffer(rec.minhash, dtype=np.uint32)) >= cfg.near_min_jaccard:
                return rec
        return None

    def _candidates(self, q: _Query) -> list[int]:
        cfg = self.config
        window_s = cfg.window_days * 86400
        refs: list[int] = []
        if q.vector is not None:
            ehash = hyperplane_hash(q.vector, cfg.embed_bits)
            refs = self._window.nearest(ehash, q.p.ts, window_s, cfg.shortlist_size)
        # without a vector every pair is judged on anchors alone, which needs anchor_only_min_shared
        # shared numbers: an article with fewer cannot match, so it is not fetched
        min_shared = min(2, cfg.anchor_only_min_shared) if q.vector is not None else cfg.anchor_only_min_shared
        seen = set(refs)
        refs += [r for r, c in self._anchors.most_shared(q.p.anchors, q.p.ts, window_s, cfg.shortlist_size)
                 if c >= min_shared and r not in seen]
        return refs

    def _pair(self, q: _Query, rec: ArticleRecord) -> _Match:
        """The pair check of ``q`` with ``rec``, done once per assignment."""
        match = q.pairs.get(rec.ref)
        if match is None:
            match = q.pairs[rec.ref] = self._check_pair(q, rec)
        return match

    def _check_pair(self, q: _Query, rec: ArticleRecord) -> _Match:
        """Pair verification: centred cosine, numeric anchors, time."""
        cfg, p = self.config, q.p
        a = anchor_score(p.anchors, rec.anchors, q.anchor_weight)
        if abs(rec.ts - p.ts) > cfg.window_days * 86400:
            return _Match(rec, -1.0, a, False)
        n_shared = _long(p.anchors & rec.anchors)
        if q.vector is not None and rec.vector is not None and p.backend is not None:
            cos = float(q.vector @ self._centred_stored(q, rec, "vector"))
            if cfg.passage_weight > 0 and q.passages is not None and rec.passages is not None:
                passage_cos = _mean_row_dot(q.passages, self._centred_stored(q, rec, "passages"))
                cos = (1 - cfg.passage_weight) * cos + cfg.passage_weight * passage_cos
            else:  # lead only (a short body): the lead cosine must clear its own, higher bar
                cos -= max(0.0, cfg.lead_only_min_score - cfg.translation_min_score)
            score = cos + cfg.anchor_bonus * a * min(1.0, n_shared / max(1, cfg.anchor_full_count))
            if a < cfg.anchor_conflict_max_score and min(q.long_anchors, _long(rec.anchors)) >= cfg.anchor_conflict_min:
                score -= cfg.anchor_penalty
            if p.length > 0 and rec.length > 0:
                excess = abs(math.log(p.length / rec.length)) - cfg.length_tolerance
                if excess > 0:
                    score -= cfg.length_penalty * excess
            if p.language == rec.language and minhash_jaccard(
                    q.minhash, np.frombuffer(rec.minhash, dtype=np.uint32)) >= cfg.near_min_jaccard:
                score = max(score, 1.0)  # the same text, edited more than the simhash index finds
            return _Match(rec, score, a, score >= cfg.translation_min_score)
        ok = a >= cfg.anchor_only_min_score and n_shared >= cfg.anchor_only_min_shared
        return _Match(rec, math.nan, a, ok)

    def _translation(self, q: _Query) -> tuple[str | None, str | None]:
        refs = self._candidates(q)
        if not refs:
            return None, None
        recs = self.store.get_articles(refs)
        self._centre_batch(q, recs)
        matches = [self._pair(q, r) for r in recs]
        stories = []
        for story_id in dict.fromkeys(m.rec.story_id for m in matches if m.ok):
            score = self._verify_story(q, story_id)
            if score is not None:
                stories.append((score, story_id))
        if not stories:
            return None, None
        story_id = max(stories)[1]
        root = self.store.story_members(story_id, 1)
        same_lang = bool(root) and root[0].language == q.p.language
        return story_id, ("near" if same_lang else "translation")

    def _verify_story(self, q: _Query, story_id: str) -> float | None:
        """Join only on evidence against the story's own members: a verified match with the root,
        or with ``story_min_matches`` members. Returns a score (best cosine or anchor) or None."""
        members = self.store.story_members(story_id, self.config.story_check_members)
        self._centre_batch(q, members)
        checks = [self._pair(q, m) for m in members]
        ok = [c for c in checks if c.ok]
        if not ok:
            return None
        cosines = [c.cosine for c in checks if not math.isnan(c.cosine)]
        if len(cosines) == len(checks):
            mean = sum(cosines) / len(cosines)
            return mean if mean >= self.config.story_min_mean_score else None
        if not checks[0].ok and len(ok) < min(self.config.story_min_matches, len(members)):
            return None
        return max(c.anchor for c in ok)
