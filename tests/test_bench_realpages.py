"""The real-page bench's scoring: tags compared as Fundus defines topics."""
from __future__ import annotations

from bench.realpages import fundus_checks, gold_topics


def test_a_gold_topic_holding_commas_counts_as_the_topics_it_joins():
    assert gold_topics(["HABER, son dakika, yangın"]) == ["HABER", "son dakika", "yangın"]
    assert gold_topics(["Washington, D.C.", "Politik"]) == ["Washington, D.C.", "Politik"]  # a list as is
    gold = {"title": "T", "authors": [], "lang": "tr", "topics": ["HABER, son dakika, yangın"]}
    assert fundus_checks(gold, {"tags": ["HABER", "son dakika", "yangın"]})["tags"] == 1.0
    assert fundus_checks(gold, {"tags": ["HABER, son dakika, yangın"]})["tags"] == 0.0
