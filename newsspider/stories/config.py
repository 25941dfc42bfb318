"""Every threshold of story detection, in one place.

``StoryConfig`` is the single home of each default: the crawl reads a field from the setting
``NEWSSPIDER_STORIES_<FIELD>`` (upper-case name) when one is given, and from here otherwise
(``from_settings``). Values were chosen on the tuning halves of the data (NTREX stories with an
even index, the semeval-dev groups ``bench.splits`` puts in ``tune``, the formulaic generator);
what was measured is in ``bench/stories.py`` and ``bench/semeval.py``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

SETTING_PREFIX = "NEWSSPIDER_STORIES_"


@dataclass(frozen=True)
class StoryConfig:
    """Thresholds of story detection; each maps to a NEWSSPIDER_STORIES_<FIELD> setting."""

    # -- copies in one language: shared text ------------------------------------------------
    shingle_words: int = 5
    """Tokens per shingle of the body in scripts written with spaces (a word 5-gram): long enough
    that two reports of one event rarely share one by chance, short enough that an edit costs few."""
    shingle_chars: int = 8
    """Characters per shingle in scripts written without spaces (Chinese, Japanese, Thai, ...),
    about as much text as five words."""
    max_shingles: int = 2048
    """Shingles kept per article, from the start of the body (~2,000 words; bounds the store)."""
    near_min_containment: float = 0.5
    """Share of the shorter body's informative shingles that the other body must contain: a copy
    shares most of the shorter text. Two outlets' reports of one event share under 0.15 (semeval
    tune pairs rated different stories); a reprint with a dateline, a dropped sentence and a
    credit line shares ~0.9."""
    near_min_shared: int = 15
    """Shingles the two bodies must share however short they are (~20 words): a short text cannot
    be a copy on a phrase or two."""
    near_min_informative: int = 5
    """... of which this many informative (not stock): a copy shares some text of its own, not only
    the stock sentences of its kind of report."""
    near_opening_shingles: int = 20
    """Shingles at the start of a body that make its opening (~the first 25 words)."""
    near_min_opening: float = 0.7
    """Share of the opening of one of the two bodies (its informative shingles) that the other body
    must contain: a copy begins as the original does, give or take a dateline or a line of chrome.
    Formulaic reports that share their stock sentences open with their own facts."""
    near_max_anchor_conflict: float = 0.5
    """When both bodies cite 2+ numbers (of 2+ digits), a copy keeps at least this share (weighted,
    fingerprints.anchor_score) of the numbers of the one citing fewer: a copy has the same figures,
    formulaic reports differ in theirs."""
    near_max_bits: int = 5
    """Hamming distance (of 64) within which the text simhash index returns candidates (near-identical
    texts); every candidate is verified by containment."""
    index_blocks: int = 7
    """Blocks of the permuted-block simhash index; C(index_blocks, near_max_bits) tables (21 for 7, 5)."""
    postings_per_article: int = 16
    """Shingle hashes (the smallest) of each article indexed for finding copies by shared text:
    a copy sharing half of a text misses all 16 with probability 2**-16."""
    postings_max_articles: int = 64
    """A posted shingle found under more articles than this is skipped when looking up
    candidates: it is stock text, and its list would crowd out real copies."""
    # -- stock text -----------------------------------------------------------------------------
    stock_min_stories: int = 3
    """A shingle that occurred in this many stories (across sources) is stock text, not evidence."""
    stock_min_source_stories: int = 2
    """... or in this many stories of the article's own source (the site's template)."""
    stock_memory_stories: int = 5000
    """Stories counted: the last stock_memory_stories to twice that (two generations); ~20 MB."""
    # -- translations: text-blind signals ------------------------------------------------------
    translation_min_score: float = 0.38
    """Pair score (centred cosine of title+lead vectors and of the passages, plus the anchor bonus)
    at which two articles in different languages are verified as one text."""
    translation_min_passage: float = 0.0
    """Each body passage (compared position by position) must reach this centred cosine on its
    own: a translation is the same text all the way through, not only in its lead."""
    anchor_bonus: float = 0.25
    """Added to the cosine when numeric anchors agree fully (scaled by fingerprints.anchor_score
    and by min(1, shared numbers / anchor_full_count)): numbers survive translation."""
    anchor_full_count: int = 5
    """Shared numbers (2+ characters) for the full anchor bonus."""
    length_tolerance: float = 0.2
    """|log| of the ratio of two bodies' lengths (each divided by its language's typical length
    relative to English, priors.LENGTH_FACTORS) that costs nothing: translations of one text
    measured within +-0.15 of the language's typical ratio (5th-95th percentile)."""
    length_penalty: float = 0.0
    """Subtracted from the pair score per unit of |log length ratio| beyond length_tolerance."""
    anchor_conflict_min: int = 2
    """Numbers (2+ characters) both articles must have before disagreeing numbers count against them."""
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
    """Pair score a pair needs when one article is too short for passages (lead cosine alone)."""
    mean_prior_weight: float = 20.0
    """Pseudo-count of the shipped prior mean in each language's running mean (cold start)."""
    mean_min_count: int = 10
    """Backends without a shipped prior: vectors of a language are not centred before this many
    have been seen (a mean of very few articles is mostly those articles)."""
    # -- joining a story ------------------------------------------------------------------------
    story_quorum: int = 3
    """Members (the root and the oldest after it) a translation is also checked against: their
    mean pair score must reach story_min_mean_score, on top of the verified pair with the root."""
    story_min_mean_score: float = 0.33
    """See story_quorum: keeps a text that matches the root only marginally out of a story whose
    other members it does not match."""
    commit_every: int = 200
    """Store commit interval in assignments."""

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> StoryConfig:
        """The config with every ``NEWSSPIDER_STORIES_<FIELD>`` present in ``settings`` applied
        (converted to the field's type); absent ones keep the default above."""
        values = {}
        for field in fields(cls):
            name = SETTING_PREFIX + field.name.upper()
            if name in settings and settings[name] is not None:
                values[field.name] = _convert(type(field.default), settings[name])
        return cls(**values)


def _convert(kind: type, value: Any) -> Any:
    if kind is bool and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return kind(value)
