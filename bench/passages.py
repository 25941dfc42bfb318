"""Where the body passages are taken, measured pair by pair on NTREX (issue 13, tune split).

The detector embeds two body passages beside the title + lead (``embed.body_passages``: the middle
and the end, by characters). An edited copy that dropped a sentence has its middle half a
sentence off where a translation of the full text has it, so its passages match worse. This
bench scores every cross-language pair of articles with passages as the detector's pair score
does, without numbers or vetoes: ``(1 - passage_weight) * lead + passage_weight * passages at the
same place + passage_alignment_weight * alignment``, the lead at least ``translation_min_lead``;
vectors centred on the split's own language means. For each way of taking passages it prints
the recall of pairs of one story (all, with an edited copy on a side, without), the bar at which
as many pairs of two stories clear it as the detector's passages let over
``translation_min_score``, and which pairs of stories those are.

Ways (``--schemes``, comma-separated): ``characters`` (the detector's); ``paragraphs`` (the
starts of the third and the second-to-last paragraph, counted from the end they are near, so
that a paragraph dropped between them moves neither; characters when the body has fewer than
five paragraphs); each with ``mean`` (the detector's) or ``best`` (the better-placed of the two)
over the places, e.g. ``paragraphs:best``.

    python -m bench.passages --split tune
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ntrex import build_docs  # noqa: E402
from bench.stories import cached, cleaned  # noqa: E402
from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.embed import (  # noqa: E402
    body_passages,
    char_budget,
    cut_at_word,
    dense_script,
    embedding_input,
    load_backend,
)

PARAGRAPHS = (2, -2)


def paragraph_passages(title: str | None, text: str, chars: int) -> list[str]:
    """The starts of the body's third and second-to-last paragraphs (``PARAGRAPHS``), ``chars``
    characters each cut at a word; ``body_passages`` when the body has under five paragraphs."""
    paras = [" ".join(line.split()) for line in text.splitlines()]
    paras = [p for p in paras if p]
    head = " ".join((title or "").split())
    if paras and head and paras[0].startswith(head):
        paras[0] = paras[0][len(head):].lstrip()
        paras = [p for p in paras if p]
    budget, words_spaced = char_budget(text, chars), not dense_script(text)
    body = " ".join(paras)
    if len(paras) < PARAGRAPHS[0] - PARAGRAPHS[1] + 1 or len(body) < 3 * budget:
        return body_passages(title, text, chars)
    starts = np.cumsum([0] + [len(p) + 1 for p in paras[:-1]])
    out = []
    for k in PARAGRAPHS:
        start = int(starts[k])
        seg = body[start:start + budget]
        out.append(cut_at_word(seg, budget, words_spaced) if start + budget < len(body) else seg)
    return out


SCHEMES: dict[str, Callable[[str | None, str, int], list[str]]] = {
    "characters": body_passages, "paragraphs": paragraph_passages}


def centred(vectors: np.ndarray, languages: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Rows of ``vectors`` (n, ..., dim) minus their language's mean over ``rows``, L2-normalised."""
    out = vectors.copy()
    for language in set(languages.tolist()):
        mask = (languages == language) & rows
        out[mask] -= vectors[mask].reshape(-1, vectors.shape[-1]).mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=-1, keepdims=True), 1e-9)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    ap.add_argument("--backend", default="e5")
    ap.add_argument("--schemes", default="characters:mean,paragraphs:mean,paragraphs:best")
    args = ap.parse_args(argv)
    cfg = StoryConfig()
    docs = build_docs(args.split)
    texts = [cleaned(d.text, d.title, d.language) for d in docs]
    inner = load_backend(args.backend)
    if inner is None:
        raise SystemExit(f"backend {args.backend!r} did not load")
    backend = cached(inner)
    languages = np.array([d.language for d in docs])
    stories = np.array([d.story for d in docs])
    edited = np.array([d.variant.endswith("+edit") for d in docs])
    every = np.ones(len(docs), dtype=bool)
    lead = centred(backend.embed([embedding_input(d.title, t, cfg.lead_chars) for d, t in zip(docs, texts, strict=True)]),
                   languages, every)
    bar_count: int | None = None
    for spec in args.schemes.split(","):
        name, _, how = spec.partition(":")
        passages = [SCHEMES[name](d.title, t, cfg.passage_chars) for d, t in zip(docs, texts, strict=True)]
        has = np.array([len(p) == 2 for p in passages])
        flat = backend.embed([s for p in passages if len(p) == 2 for s in p])
        vecs = np.zeros((len(docs), 2, lead.shape[1]), dtype=np.float32)
        vecs[has] = flat.reshape(-1, 2, lead.shape[1])
        vecs = centred(vecs, languages, has)
        i, j = np.triu_indices(len(docs), 1)
        keep = (languages[i] != languages[j]) & has[i] & has[j]
        i, j = i[keep], j[keep]
        cross = np.einsum("nad,nbd->nab", vecs[i], vecs[j])
        place = np.stack([cross[:, 0, 0], cross[:, 1, 1]], axis=1)
        elsewhere = np.maximum(cross[:, 0, 1], cross[:, 1, 0])
        alignment = (place - elsewhere[:, None]).min(axis=1)
        lead_cos = np.einsum("nd,nd->n", lead[i], lead[j])
        at_place = place.max(axis=1) if how == "best" else place.mean(axis=1)
        score = ((1 - cfg.passage_weight) * lead_cos + cfg.passage_weight * at_place
                 + cfg.passage_alignment_weight * alignment)
        score = np.where(lead_cos >= cfg.translation_min_lead, score, -np.inf)
        same = stories[i] == stories[j]
        with_edit = edited[i] | edited[j]
        if bar_count is None:
            bar_count = int((score[~same] >= cfg.translation_min_score).sum())
        others = np.sort(score[~same])[::-1]
        bar = float(others[bar_count]) if bar_count < others.size else -np.inf
        over = score > bar

        def recall(mask: np.ndarray, over: np.ndarray = over, same: np.ndarray = same) -> float:
            return float((over & same & mask).sum() / max(1, (same & mask).sum()))

        by_stories = Counter(tuple(sorted((str(a), str(b)))) for a, b in
                             zip(stories[i][over & ~same], stories[j][over & ~same], strict=True))
        print(f"{spec:18s} passages {int(has.sum())}/{len(docs)} articles; {bar_count} other-story pairs over "
              f"{bar:.3f}: recall {recall(np.ones_like(same)):.4f} (with an edited copy {recall(with_edit):.4f}, "
              f"without {recall(~with_edit):.4f}; {int(same.sum())} pairs); other-story pairs by stories "
              f"{by_stories.most_common(3)}", flush=True)


if __name__ == "__main__":
    main()
