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
    letters_per_word: int = 5
    """Characters per word in the alphabets written without spaces (Thai, Lao, Khmer, Myanmar,
    marks included: "ที่" is three): their shingles are ``shingle_words`` times this many
    characters, and their opening this many times ``near_opening_shingles``, so that both cover
    as many words as elsewhere. With ``shingle_chars`` (8 characters, two Thai words) and an opening
    of the first ~27 characters, three Thai farmers' market reports of one template on three sites
    were one story (tests/test_stories_copies.py); their English counterparts never are."""
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
    near_same_headline: float = 1.0
    """Two pages of one source are near copies only under one headline: this share of the words of
    the headline with fewer (``evidence.headline_words``: keyed by their first letters, figures
    left out) found in the other. All of them: a source publishes an article under one headline,
    at a second address, or updated with words added or a figure changed; two of its pages whose
    headlines say different things are two articles, and the text they share is the source's
    chrome (a consent notice, a paywall, a newsletter prompt; learned as its stock from its second
    story on, which this makes the second page). A share below all would keep formulaic headlines
    together ("Warehouse destroyed by fire in Ashcombe", "... in Brindlewick": 5 of 6; ``python -m
    bench.chrome``). NTREX tune: the headlines of every same-language pair of one story are one at
    all (a spelling variant, "equaliser", keeps its key). Pages of two sources are not held to it:
    a wire copy gets each outlet's headline."""
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
    stock_sample: int = 64
    """Shingles (the smallest hashes, a uniform sample of the body) whose share of stock text
    estimates a body's (translation_max_stock_share): a few binary searches, not the whole body's
    mask, for every root and quorum member a translation is checked against."""
    # -- translations: text-blind signals ------------------------------------------------------
    translation_max_stock_share: float = 0.5
    """A body whose share of stock shingles (of its stock_sample) exceeds this neither verifies as
    a translation nor serves as evidence to verify one: the embeddings of a page that is mostly its
    site's chrome (a consent notice, a paywall, a newsletter prompt, with a sentence or two of its
    own) see the chrome, and chrome translates chrome (``python -m bench.chrome --backend e5``).
    A new article counts as one more story of its source (``StockShingles.shares``), so a
    site's first page is judged like its later ones. Text evidence in one language is not held to
    it: its containment already leaves stock out."""
    translation_min_score: float = 0.30
    """Pair score (centred cosine of the title+lead vectors and of the passages, the passages'
    alignment, the anchor bonus) at which two articles in different languages are verified as one
    text, if every floor below holds too. NTREX tune, direct, 2 orders, with the numbers veto at
    0.3: 0.30 P 1.000 R 0.951; 0.28 the same recall but the AFP seeds split in 4 of 24 orders;
    0.32 R 0.943. With the veto at 0.1, under 0.34 the sample corpus's same-topic weather warnings
    in other languages (de/uk, fr/ru, 0.31-0.33) joined (tests/test_stories_sample.py)."""
    translation_min_lead: float = 0.25
    """The title + lead cosine must reach this on its own: a translation is the same text from its
    start, so strong passages cannot make up for a lead about something else (semeval tune, crowded
    window: the same-topic reports in other languages that were merged had 0.08-0.45, most under
    0.25; NTREX tune translations are under 0.31 in 1% of pairs; 0.30 cost 1.8% of NTREX recall)."""
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
    anchor_conflict_min: int = 3
    """Numbers (2+ characters) the article citing more must cite before the share of them the other
    shares can veto a translation. Below it, two texts that both cite a kind of figure and share
    none of it are still two texts (``fingerprints.figures_disagree``: a crash's hour and driver's
    age; ``bench.formulaic_languages --part tune2``: false merges 16-21 per order -> 0)."""
    anchor_conflict_max_score: float = 0.3
    """Numbers survive translation: when the article citing more numbers cites at least
    anchor_conflict_min and the other shares less than this share of them (compared by significant
    digits: 2.89 million = 289万), they are not one text, whatever their embeddings. NTREX tune:
    0.1 vetoes 4 of 8,060 translation pairs; 0.3 keeps the sample corpus's weather warnings apart
    (one shared figure of four) and gives the best recall (0.951, against 0.938 at 0.5)."""
    anchor_conflict_min_kept: float = 0.5
    """A translation keeps ALL of its original's figures: where both articles cite at least
    anchor_conflict_min numbers besides the years both give, the one citing fewer must find at least
    this share of them in the other (compared by significant digits; a figure in another unit,
    rounded to fewer decimals, a shortened year or the year in another calendar counts as found;
    the years both give count neither way: any two stories of one year share it), or they are two
    texts. Two events of one genre share a figure or two by chance (two companies' results with
    the same growth, 16%): 1 of 3 is over anchor_conflict_max_score's share of the larger set,
    under half of either (``bench.formulaic_languages --part tune3``: false merges 7 -> 0 over 5
    orders). Half, not all: a translation writes some figures as words, or in a form not read;
    NTREX tune: 23 of 8,060 pairs of one story refused (``fingerprints.figures_disagree``: two
    newsweek stories converting inches, miles and pounds, and edited copies), none of which the
    detector loses: a story's edited root is judged by its member closest to the article
    (``StoryDetector._figures_of_story``)."""
    names_conflict_min: int = 3
    """Names (fingerprints.names) both articles must give in one script (Latin, Cyrillic, Greek)
    before their names can veto a translation."""
    names_conflict_max_share: float = 0.1
    """A translation names the same people and places, spelled alike within a script: two articles
    that share less than this share of their names in a script they both write are not one text
    (NTREX tune: 0.7% of translations with names share less, 91% of other pairs do)."""
    anchor_only_min_score: float = 0.8
    """Two articles cite the same figures when they share this share of the weight of the larger
    set of numbers (2+ characters) ...; such a pair is verified as a translation by its numbers
    (when there are vectors, with leads at least figures_min_lead alike; alone without): the AFP
    seeds cite the same five figures, and the Arabic copy embeds far from the others. The larger
    set, not the smaller: an article citing four common numbers matched one citing twenty
    (semeval tune)."""
    anchor_only_min_shared: int = 4
    """... and at least this many numbers of 2+ characters in common."""
    figures_min_lead: float = 0.1
    """Title + lead cosine two articles citing the same figures need to be verified by them: their
    beginnings are related, not opposed (the Arabic and Urdu AFP seed copies: 0.246)."""
    window_days: float = 7.0
    """Translations are looked for among articles published at most this far apart."""
    index_days: float = 0.0
    """How far back from the newest stored article start-up loads the in-memory index (0 =
    window_days), found by the store's time index, not a scan: memory and start-up time follow
    the window, not the history. An older article arriving loads the rest of its own window then
    (once). An exact copy of an article older than that is still found (a store lookup); a near
    copy or translation of one starts a story of its own."""
    retention_days: float = 90.0
    """The store forgets articles published longer ago than this before the newest stored one, at
    the end of a run (0 = never): the state stops growing with the history. Longer than the index
    (index_days) so that a story's older members stay a while for exact copies and re-emitted
    articles; a story whose root is forgotten goes on from its oldest remembered member."""
    embed_bits: int = 256
    """Bits of the hyperplane hash used to shortlist translation candidates (64 is too coarse:
    true cross-language pairs differ by ~18 of 64)."""
    shortlist_size: int = 48
    """Candidates (nearest by hyperplane Hamming distance in the window) verified by cosine."""
    lead_chars: int = 100
    """Characters of the body after the title that are embedded (cost ~150 ms / 100 tokens). 100
    rather than 120: ~114 instead of ~119 tokens per article with the passages (NTREX tune), the
    same recall and precision (bench.stories tune, direct); shorter leads lost recall."""
    passage_chars: int = 100
    """Characters of each of two more passages (the middle and the end of the body) embedded
    with the lead; 0 = lead only. See embed.body_passages."""
    passage_weight: float = 0.7
    """Weight of the passage similarity (mean centred cosine, middle with middle and end with end)
    in the pair score: (1 - w) * lead cosine + w * passage cosine, when both articles have passages."""
    passage_alignment_weight: float = 0.5
    """Weight of the passages' alignment in the pair score: how much better the worst-placed
    passage matches its counterpart at the same place (middle with middle, end with end) than any
    passage elsewhere. A translation is the same text all the way through, so each of its passages
    matches where it is; two reports of one event match about as well anywhere (a shared topic),
    and two same-topic reports with the same stock ending match at the end only. NTREX tune at a
    pair threshold of 0.34: weight 0.5 P 1.000 R 0.907 (the two reports of one match, bbc/scotsman,
    no longer merge); 0.25 P 0.997 R 0.937 but the sample's weather warnings merge."""
    lead_only_min_score: float = 0.45
    """Pair score a pair needs when one article is too short for passages (lead cosine alone)."""
    mean_prior_weight: float = 20.0
    """Pseudo-count of the shipped prior mean in each language's running mean (cold start)."""
    mean_min_count: int = 10
    """Backends without a shipped prior: vectors of a language are not centred before this many
    have been seen (a mean of very few articles is mostly those articles)."""
    # -- joining a story ------------------------------------------------------------------------
    story_quorum: int = 5
    """The quorum: the root and the oldest members in further languages (one per language, none in
    the article's own), independent texts. A translation verified against the root must also reach
    story_min_mean_score over the quorum; one the root only does not contradict (story_root_floor)
    joins when at least half of the quorum's other members verify it and the mean holds (the AFP
    seeds: the Hindi and Urdu copies score 0.30 and 0.33 against the Arabic one, 0.6-0.94 against
    the English one); not a text too short for passages against a root that has them, which the root
    judges on its lead directly (``StoryDetector._by_quorum``)."""
    paragraph_slack: int = 1
    """Paragraphs by which two texts' counts may differ and the two still keep the same paragraphs
    (an edited copy drops or adds one). A translation keeps its original's paragraphs; two outlets'
    own reports of one event are paragraphed each its own way. So a translation verified against
    the root whose paragraphs correspond to the root's does not also need the quorum's mean
    (story_min_mean_score), which is there to keep a text that matches the root only marginally,
    such as another report of the same event, out of a story whose other members it does not
    match: the members' passages sit elsewhere when they are edited copies (a sentence dropped),
    so their mean fails a real translation too. NTREX tune, direct, 5 orders: every translation
    and edited copy is within one paragraph of its story's other texts, bbc/scotsman (two reports
    of one match) have 26 and 20; R 0.957 -> 0.967, P 1.000 (slack 0: 0.963). Likewise the copy
    of a lone article (a story of one, most often a translation that failed against its story's
    root) joins the story whose root it is verified to translate with the root's paragraphs
    rather than the lone article's (R 0.967 -> 0.971). And an article verified as the translation
    of two stories' roots, keeping both roots' paragraphs, is both texts' translation: the stories
    are fragments of one text (one began when a translation failed against the other's root), and
    it goes on with the larger, as does a copy of a member, so that the smaller fragment stops
    growing (R 0.971 -> 0.980, with the stock counted once per story and language). Texts whose paragraphs do not correspond
    (real copies re-paragraph: the AFP seeds have 7, 11, 18 and 23) are judged by their scores and
    the quorum, except against a root alone (a quorum of one: no other member to corroborate a
    score), where a translation scoring under lead_only_min_score (the bar of a score standing
    alone) must keep the root's paragraphs or its figures (``StoryDetector._stands_alone``): two
    outlets' reports of one match (bbc/scotsman) score 0.30-0.41 as translations of each other,
    and merged in 3 of 20 arrival orders (NTREX tune, direct). Above the bar a score stands alone,
    so that a translation a site re-paragraphs keeps its story (bench.stories --reparagraph
    hi,ar:2 measures it: NTREX's texts are line-aligned in every language)."""
    paragraph_min: int = 8
    """Paragraphs both texts need before their counts say anything: short texts have as many as
    each other by chance (NTREX tune: the same recall with 5)."""
    short_text_quorum: int = 2
    """Other quorum members (further languages) that must all verify a translation of a text with
    fewer than paragraph_min paragraphs, besides its root, for the article to count as the root's
    text (and join the stories it is so verified into, stories/links.py); the paragraphs of a text
    that long tell it instead. Two reports of one event (bbc/scotsman, 26 and 20 paragraphs) are
    verified by score against a root and half of a quorum in many arrival orders, so a score alone
    never joins stories. NTREX tune, direct, 20 language-blocked orders: R 0.9974 -> 0.9990, P 1.000;
    the same with 3, or with half of them verifying."""
    story_check_members: int = 24
    """Oldest members read to form the quorum."""
    story_min_mean_score: float = 0.30
    """See story_quorum: keeps a text that matches the root only marginally out of a story whose
    other members it does not match."""
    story_root_floor: float = 0.15
    """The root does not contradict an article whose translation score against it reaches this: it
    may then join on a majority of the quorum (story_quorum), or as a text copy of the story's
    first article in its own language (an edited reprint's appended credit line can pull its end
    passage below the pair threshold). For that text copy the root also does not contradict when
    their title + lead cosine reaches translation_min_lead: an edited copy keeps its start, while
    a dropped sentence or a cut end moves its passages (NTREX tune, direct, 5 orders, together with
    names taken in each text's own script: R 0.943 -> 0.952, P 1.000)."""
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
