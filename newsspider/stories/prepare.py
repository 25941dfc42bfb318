"""The CPU-heavy half of story detection, run in worker processes (``prepare_in_worker``):
normalise, hash, shingle, take numeric anchors and the body length, and embed title + lead and
two body passages (middle, end) for the whole batch in one call. Picklable in and out, and never
touches the store: the detector (``newsspider.stories.detector``) assigns what this prepares.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from .config import StoryConfig
from .embed import EmbeddingBackend, aligned_units, body_passages, embedding_input, get_backend
from .evidence import body_tokens, headline_keys, token_shingles
from .fingerprints import (
    anchors,
    exact_hash,
    figure_places,
    headline_figures,
    names,
    paragraph_count,
    shingles,
    text_simhash,
    unit_figures,
)
from .normalize import normalize, tokenize
from .priors import length_factor
from .store import UNKNOWN_LANGUAGE


@dataclass(frozen=True)
class StoryInput:
    """What the detector reads of an article: plain data, so it can cross to a worker process."""

    id: str                 # article id (stable hash of canonical URL)
    text: str
    title: str | None
    language: str | None    # ISO 639-1
    published: str | None   # ISO 8601 with offset, may be None (then fetched_at is used)
    fetched_at: str         # ISO 8601 with offset
    source: str = ""        # the source (site) it came from: stock text is learned per source too


@dataclass(frozen=True)
class Prepared:
    """Output of the CPU-heavy half; plain data, picklable."""

    id: str
    language: str
    ts: float
    exact: str
    simhash: int
    shingles: np.ndarray        # sorted unique uint32 shingle hashes of the body (evidence.body_shingles)
    opening: np.ndarray         # sorted unique uint32 hashes of the body's first shingles
    anchors: frozenset[str]
    vector: np.ndarray | None   # raw (uncentred) float32 embedding
    backend: str | None        # name of the backend that made ``vector``
    length: float = 0.0        # body length in English-equivalent characters; 0 = unknown language
    passages: np.ndarray | None = None  # raw (2, dim) float32 embeddings of middle and end, or None
    source: str = ""
    names: frozenset[str] = frozenset()  # fingerprints.names of title and text
    paragraphs: int = 0        # fingerprints.paragraph_count of the body
    headline: np.ndarray | None = None  # evidence.headline_words of the title (None without one)
    paragraph_vectors: np.ndarray | None = None  # raw (k, dim) float32 embeddings of a short body's
                                # headline and its k paragraphs' starts (embed.aligned_units), or None
    headline_figures: frozenset[str] | None = None  # fingerprints.headline_figures of the title (None without one)
    figure_places: tuple[frozenset[str], ...] = ()  # fingerprints.figure_places of the body
    unit_figures: frozenset[str] = frozenset()  # fingerprints.unit_figures of title and text


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
    """Fingerprints, shingles and (one batch of) embeddings for the items; no store access."""
    vectors: np.ndarray | None = None
    passages: list[np.ndarray | None] = [None] * len(items)
    paragraphs: list[np.ndarray | None] = [None] * len(items)
    if backend is not None and items:
        vectors, passages, paragraphs = _embeddings(items, backend, config)
    out = []
    for i, it in enumerate(items):
        # the title and the text normalised and tokenised once each, for every fingerprint: the
        # title's tokens then the text's are those of "title\ntext" (no token holds a line break,
        # and normalisation joins no characters across one), the body's are the text's without the
        # title's (evidence.body_tokens)
        norm_text = normalize(it.text)
        text_toks = tokenize(norm_text)
        if it.title:
            norm_title = normalize(it.title)
            title_toks = tokenize(norm_title)
            norm, toks = f"{norm_title}\n{norm_text}", title_toks + text_toks
        else:
            norm, toks, title_toks = norm_text, text_toks, []
        language = (it.language or UNKNOWN_LANGUAGE).lower()
        body, opening = token_shingles(body_tokens(it.title, it.text, title_toks, text_toks), config.shingle_words,
                                       config.shingle_chars, config.max_shingles, config.near_opening_shingles,
                                       config.letters_per_word)
        out.append(Prepared(
            id=it.id,
            language=language,
            ts=_epoch(it.published or it.fetched_at),
            exact=exact_hash(toks),
            simhash=text_simhash(shingles(toks)),
            shingles=body,
            opening=opening,
            anchors=anchors(norm),
            vector=None if vectors is None else np.asarray(vectors[i], dtype=np.float32),
            backend=None if backend is None else backend.name,
            length=body_length(it.title, it.text, language),
            passages=passages[i],
            source=it.source,
            names=names(f"{it.title}\n{it.text}" if it.title else it.text),
            paragraphs=paragraph_count(it.title, it.text),
            headline=headline_keys(title_toks) if it.title else None,
            paragraph_vectors=paragraphs[i],
            headline_figures=headline_figures(norm_title) if it.title else None,
            figure_places=figure_places(norm_text),
            unit_figures=unit_figures(norm, language),
        ))
    return out


def _embeddings(items: Sequence[StoryInput], backend: EmbeddingBackend,
                config: StoryConfig) -> tuple[np.ndarray, list[np.ndarray | None], list[np.ndarray | None]]:
    """Each item's title + lead vector, its body passages' (None for a body too short to have
    any) and its headline and paragraph starts' (None but for a short body: ``embed.aligned_units``),
    embedded in one call: one batch for the model."""
    texts = [embedding_input(it.title, it.text, config.lead_chars) for it in items]
    spans = []
    for it in items:
        extra = body_passages(it.title, it.text, config.passage_chars)
        starts = aligned_units(it.title, it.text, config.passage_chars, config.paragraph_min)
        spans.append((len(texts), len(texts) + len(extra), len(texts) + len(extra) + len(starts)))
        texts += extra + starts
    all_vectors = backend.embed(texts)
    passages = [np.asarray(all_vectors[a:b], dtype=np.float32) if b > a else None for a, b, _ in spans]
    paragraphs = [np.asarray(all_vectors[b:c], dtype=np.float32) if c > b else None for _, b, c in spans]
    return all_vectors[:len(items)], passages, paragraphs


def text_key(item: StoryInput) -> bytes:
    """What :func:`prepare_inputs` computes from, besides the article's id, time and source: two
    articles with the same key get the same fingerprints and vectors (see :func:`for_twin`)."""
    parts = (item.title or "", item.text, item.language or "")
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def for_twin(prepared: Prepared, item: StoryInput) -> Prepared:
    """``prepared`` (of an article with ``item``'s :func:`text_key`) as ``prepare_inputs`` would
    give it for ``item``: the same text, with ``item``'s id, time and source."""
    return replace(prepared, id=item.id, ts=_epoch(item.published or item.fetched_at), source=item.source)


def prepare_in_worker(items: Sequence[StoryInput], backend_name: str | None, config: StoryConfig) -> list[Prepared]:
    """Process-pool entry point: the backend is loaded once per worker process (get_backend)."""
    return prepare_inputs(items, get_backend(backend_name), config)
