"""The article-extraction-benchmark score (Zyte/Scrapinghub), reimplemented.

Text in Unicode NFC is split into ``\\w+`` tokens (a gold text may keep a page's decomposed
"u" and combining diaeresis, where the extraction reads "ü": the same text, which must score the
same); each text becomes a multiset of 4-token shingles. Per document,
true positives (shingles in both), false positives (only in the prediction) and false negatives
(only in the gold text) are normalised to sum to 1, so every document weighs the same. Precision
and recall come from the normalised counts averaged over documents, F1 from those two.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text or ""))
    if len(tokens) < n:  # a very short text still counts as one shingle
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def document_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one document; an empty gold and empty prediction is perfect."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def document_f1(gold: str, predicted: str) -> float:
    tp, fp, fn = document_counts(gold, predicted)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> dict:
    """{precision, recall, f1, n} over (gold, predicted) pairs."""
    counts = [document_counts(g, p) for g, p in pairs]
    if not counts:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n": 0}
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n": len(counts)}
