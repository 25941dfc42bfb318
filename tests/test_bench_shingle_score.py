"""The benchmark's shingle score (hand-written input: no external data)."""
from bench.shingle_score import document_f1


def test_a_decomposed_letter_scores_as_the_composed_one():
    composed = "Besonders bei Babyschalen sollte geprüft werden, ob die Sitze sicher sind."
    decomposed = composed.replace("ü", "u\u0308")
    assert document_f1(decomposed, composed) == 1.0
    assert document_f1(decomposed, composed.replace("geprüft", "gesagt")) < 1.0
