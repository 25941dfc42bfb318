"""The e5 tokenizer's piece table (hashes in NumPy arrays): a hash shared by different texts never
changes a token, and text no piece can spell (lone surrogates) still tokenizes."""
import random

import numpy as np
import pytest

from newsspider.stories.e5 import tokenizer as tokenizer_module
from newsspider.stories.e5.modelfile import Pieces, Vocabulary
from newsspider.stories.e5.tokenizer import METASPACE, Tokenizer

PIECES = ["<unk>", "<s>", "</s>", METASPACE, "a", "b", "c", "ab", "bc", "abc", METASPACE + "a",
          METASPACE + "ab", "ca", "cab", "bca", "aa", "bb", "cc", "abca", "é", "aé"]


def vocabulary(seed: int = 0, pieces: list[str] = PIECES) -> Vocabulary:
    rng = random.Random(seed)
    encoded = [p.encode("utf-8") for p in pieces]
    offsets = np.cumsum([0] + [len(p) for p in encoded]).astype(np.int64)
    scores = np.array([0.0, 0.0, 0.0] + [-rng.uniform(1, 8) for _ in pieces[3:]], dtype=np.float32)
    return Vocabulary(Pieces(b"".join(encoded), offsets), scores, bos=1, eos=2, pad=1, unk=0, normalization={})


def texts(n: int = 200) -> list[str]:
    rng = random.Random(1)
    return ["".join(rng.choice("abcé ") for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("buckets", [1, 2, 5])
def test_hash_collisions_never_change_a_token(monkeypatch, buckets):
    """With the hash cut to a few values every lookup meets pieces of other texts first; the
    tokens must be those the full hash gives."""
    expected = [Tokenizer(vocabulary()).encode(t) for t in texts()]
    monkeypatch.setattr(tokenizer_module, "_mix", lambda h: h % np.uint64(buckets))
    colliding = Tokenizer(vocabulary())
    assert [colliding.encode(t) for t in texts()] == expected


def test_each_hit_is_checked_against_its_pieces_bytes_before_the_viterbi_pass():
    """The check of all hits at once (before the Viterbi pass) says whether a span is the piece's
    text, for every span and piece (equal or different sizes), multi-byte characters and a lone
    surrogate counted in their UTF-8 bytes."""
    tok = Tokenizer(vocabulary())
    text = METASPACE + "aé\ud800abé" + METASPACE + "ca"
    spans = [(a, b) for a in range(len(text)) for b in range(a + 1, min(len(text), a + 5) + 1)]
    hits = [(a, b, p) for a, b in spans for p in range(1, len(PIECES))]
    start, stop, piece = (np.array(column, dtype=np.int64) for column in zip(*hits, strict=True))
    codes = tokenizer_module._code_points(text)
    spelt = tok._spelt(text, codes, start, stop, piece).tolist()
    assert spelt == [text[a:b] == PIECES[p] for a, b, p in hits]
    assert sum(spelt) >= 10


def test_best_path_uses_the_pieces_scores():
    vocab = vocabulary()
    tok = Tokenizer(vocab)
    ids = tok.encode("abca")
    score = {i: float(vocab.scores[i]) for i in range(len(PIECES))}
    assert all(i != 0 for i in ids)
    # no other segmentation of "▁abca" into pieces scores higher
    s = METASPACE + "abca"
    best = [0.0] + [-1e30] * len(s)
    for end in range(1, len(s) + 1):
        for i in range(end):
            if s[i:end] in PIECES[3:]:
                best[end] = max(best[end], best[i] + score[PIECES.index(s[i:end])])
    assert sum(score[i] for i in ids) == pytest.approx(best[-1], abs=1e-4)


def test_lone_surrogates_become_unknown_pieces():
    """A lone surrogate (no UTF-8 piece can spell it) is <unk>; the rest tokenizes as around it."""
    tok = Tokenizer(vocabulary())
    assert tok.encode("a\ud800b") == [*tok.encode("a"), 0, PIECES.index("b")]


def test_pieces_that_span_a_word_end_are_found_when_the_vocabulary_has_them():
    """Spans are looked up only to the next metaspace when no piece holds one inside; a
    vocabulary with such pieces ("a▁b") must still get its best segmentation."""
    spanning = [*PIECES, "a" + METASPACE + "b", "c" + METASPACE]
    vocab = vocabulary(pieces=spanning)
    tok = Tokenizer(vocab)
    score = {piece: float(vocab.scores[i]) for i, piece in enumerate(spanning)}
    rng = random.Random(2)
    for _ in range(200):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 4))]
        s = METASPACE + METASPACE.join(words)
        best = [0.0] + [-1e30] * len(s)
        for end in range(1, len(s) + 1):
            for i in range(end):
                if s[i:end] in score and spanning.index(s[i:end]) > 2:
                    best[end] = max(best[end], best[i] + score[s[i:end]])
        ids = tok.encode(" ".join(words))
        assert sum(float(vocab.scores[i]) for i in ids) == pytest.approx(best[-1], abs=1e-4)


@pytest.mark.parametrize("pieces", [PIECES, [*PIECES, "a" + METASPACE + "b", "c" + METASPACE]])
def test_texts_tokenized_together_get_the_ids_they_get_alone(pieces):
    """encode_all hashes its texts as one string: no piece may match across two texts' join,
    with and without pieces that span a word end."""
    tok = Tokenizer(vocabulary(pieces=pieces))
    batch = texts(60) + ["", "a", "c", " b"]
    assert tok.encode_all(batch) == [tok.encode(t) for t in batch]
    assert tok.encode_all([]) == []


def _piece_by_piece(pieces: Pieces, unk: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """The piece table read a piece at a time, in plain Python: the reference the whole-text
    reading must give (a piece that is not UTF-8 on its own, and <unk>, count as empty)."""
    lengths = np.zeros(len(pieces), dtype=np.int64)
    hashes = np.zeros(len(pieces), dtype=np.uint64)
    words_only = True
    for i, piece in enumerate(pieces):
        try:
            text = piece.decode("utf-8") if i != unk else ""
        except UnicodeDecodeError:
            text = ""
        lengths[i] = len(text)
        h = 0
        for code in text:
            h = (h * int(tokenizer_module._MULTIPLIER) + ord(code)) & 0xFFFFFFFFFFFFFFFF
        hashes[i] = h
        words_only = words_only and METASPACE not in text[1:]
    return lengths, hashes, words_only


@pytest.mark.parametrize("pieces", [PIECES, PIECES + ["b" + METASPACE], PIECES + ["\U0001f600x", "x\u00e9\u4e2d"]])
def test_piece_table_built_over_the_whole_text_is_the_piece_by_piece_one(pieces):
    """Lengths (in code points, 0 for <unk>), hashes and the metaspace check read off the whole
    piece text at once are what reading each piece on its own gives."""
    vocab = vocabulary(pieces=pieces)
    whole = tokenizer_module._piece_hashes(vocab.pieces, vocab.unk)
    one_by_one = _piece_by_piece(vocab.pieces, vocab.unk)
    assert np.array_equal(whole[0], one_by_one[0]) and np.array_equal(whole[1], one_by_one[1])
    assert whole[2] == one_by_one[2] == (pieces is PIECES or "b" + METASPACE not in pieces)


def test_a_piece_that_is_not_utf8_on_its_own_is_never_looked_up():
    """A piece cut inside a character (its bytes only valid with the next piece's) gets length 0,
    as the piece-by-piece reading gives it, and the others keep theirs."""
    vocab = vocabulary()
    text = vocab.pieces.text + "é".encode("utf-8")
    offsets = np.append(vocab.pieces.offsets, [len(text) - 1, len(text)])
    broken = Vocabulary(Pieces(text, offsets), np.append(vocab.scores, [-1.0, -1.0]).astype(np.float32),
                        bos=1, eos=2, pad=1, unk=0, normalization={})
    lengths, hashes, _ = tokenizer_module._piece_hashes(broken.pieces, broken.unk)
    assert lengths[-2:].tolist() == [0, 0]
    assert np.array_equal(hashes, _piece_by_piece(broken.pieces, broken.unk)[1])
