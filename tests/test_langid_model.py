"""The language model's numpy scoring gives what py3langid's own classifier gives, to the last bit,
and the automaton property it rests on holds for the model py3langid ships."""
from __future__ import annotations

import logging
import os
import random
import time
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from newsspider.extract.langid_model import (
    AUTOMATON_MEMORY,
    STALE_CACHE_DAYS,
    LanguageModel,
    cache_root,
    remove_stale_entries,
)
from tests.test_language import SAMPLES


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_automaton_forgets_all_but_its_last_bytes(identifier):
    """From every state, any AUTOMATON_MEMORY bytes lead where they lead from the start state:
    the (state, start-state walk) pairs that still differ after each byte, until none is left."""
    model = LanguageModel.from_identifier(identifier)
    letters = np.arange(256)

    def step(states: np.ndarray) -> np.ndarray:
        return model.next_state[(model.row_start[states][:, None] + letters).ravel()].astype(np.int64)

    count = len(model.row_start)
    walked, start = np.arange(count), np.zeros(count, dtype=np.int64)
    for _ in range(AUTOMATON_MEMORY):
        pairs = []
        for chunk in range(0, len(walked), 4096):
            a, b = step(walked[chunk:chunk + 4096]), step(start[chunk:chunk + 4096])
            differ = a != b
            pairs.append(np.unique(a[differ] * count + b[differ]))
        keys = np.unique(np.concatenate(pairs))
        walked, start = keys // count, keys % count
    assert len(walked) == 0


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz ÄÖÜäöüßéèçñ.,;:!?0123456789\n" + "".join(SAMPLES.values())
    generated = ["".join(rng.choice(alphabet) for _ in range(rng.choice((3, 30, 300, 1200)))) for _ in range(200)]
    # beyond the BMP (four bytes a letter: emoji, a flag, CJK Extension B, mathematical letters) and
    # an n-gram met many times: its count and first place weigh it (numpy's unique in _scores)
    beyond = ["😀", "🇺🇦 𠀀𠀁𠀂", "𝕳𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉", "ab" * 600, "𠀀" * 300 + " 中文"]
    return ["", "a", "ab", "12", "SHOUTED HEADLINE", "\ud800 lone surrogate", *beyond, *SAMPLES.values(), *generated]


def test_shipped_reads_the_model_py3langids_loader_reads(identifier):
    shipped, loaded = LanguageModel.shipped(), LanguageModel.from_identifier(identifier)
    for name in ("next_state", "row_start", "feature", "weights", "prior"):
        assert getattr(shipped, name).dtype == getattr(loaded, name).dtype, name
        assert np.array_equal(getattr(shipped, name), getattr(loaded, name)), name
    assert shipped.labels == loaded.labels and shipped.aliases == loaded.aliases


def test_classify_gives_py3langids_language_and_probability(identifier):
    model = LanguageModel.shipped()
    for text in _texts():
        assert model.classify(text) == identifier.classify(text), text


@pytest.fixture(scope="module")
def reference() -> LanguageModel:
    return LanguageModel.decompressed((MODEL_DIR / MODEL_FILE).read_bytes())


def _same(model: LanguageModel, reference: LanguageModel) -> bool:
    return model.labels == reference.labels and model.aliases == reference.aliases and all(
        getattr(model, name).dtype == getattr(reference, name).dtype
        and np.array_equal(getattr(model, name), getattr(reference, name))
        for name in ("next_state", "row_start", "feature", "weights", "prior"))


def _entry_named(cache: Path) -> Path:
    """The entry the shipped model is cached under: the one holding the arrays (the others hold a stand-in)."""
    (entry,) = (path for path in cache.iterdir() if path.name.startswith("langid-") and (path / "labels.npy").exists())
    return entry


def _entry(cache: Path) -> Path:
    (entry,) = (path for path in cache.iterdir() if not path.name.startswith("."))
    return entry


def test_cache_miss_writes_the_arrays_and_a_hit_maps_them(tmp_path, reference, monkeypatch):
    assert _same(LanguageModel.shipped(tmp_path), reference)
    assert sorted(path.name for path in tmp_path.iterdir()) == [_entry(tmp_path).name]  # no staging left
    monkeypatch.setattr(LanguageModel, "decompressed", classmethod(lambda cls, source: pytest.fail("decompressed")))
    hit = LanguageModel.shipped(tmp_path)
    assert _same(hit, reference)
    assert not hit.weights.flags.writeable and not hit.next_state.flags.owndata  # the file's pages, shared


@pytest.mark.parametrize("damage", ["truncated", "empty", "missing", "foreign"])
def test_a_corrupt_cache_is_ignored_and_written_anew(tmp_path, reference, damage, caplog):
    LanguageModel.shipped(tmp_path)
    entry = _entry(tmp_path)
    weights = entry / "weights.npy"
    if damage == "truncated":
        weights.write_bytes(weights.read_bytes()[:1000])
    elif damage == "empty":
        weights.write_bytes(b"")
    elif damage == "missing":
        weights.unlink()
    else:
        np.save(weights, np.zeros((3, 3), dtype=np.float16))
    with caplog.at_level(logging.INFO, logger="newsspider.extract.langid_model"):
        assert _same(LanguageModel.shipped(tmp_path), reference)
    assert "unreadable" in caplog.text
    assert _same(LanguageModel._cached(entry), reference)


def test_an_unwritable_cache_loads_the_shipped_file(tmp_path, reference, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    with caplog.at_level(logging.INFO, logger="newsspider.extract.langid_model"):
        assert _same(LanguageModel.shipped(blocked / "cache"), reference)
    assert "not cached" in caplog.text
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]


def test_the_cache_is_under_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_root() == tmp_path / "newsspider"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_root() == Path.home() / ".cache" / "newsspider"


def test_writing_an_entry_removes_other_versions_unused_for_long(tmp_path, reference):
    day = 86400
    old_version, recent_version, killed_writer, unrelated = (
        tmp_path / "langid-0000-v1", tmp_path / "langid-1111-v1", tmp_path / ".langid-2222-v1.x", tmp_path / "other")
    for path in (old_version, recent_version, killed_writer, unrelated):
        path.mkdir()
        (path / "weights.npy").write_bytes(b"x")
    long_ago = time.time() - (STALE_CACHE_DAYS + 1) * day
    for path in (old_version, killed_writer, unrelated):
        os.utime(path, (long_ago, long_ago))
    assert _same(LanguageModel.shipped(tmp_path), reference)
    left = sorted(path.name for path in tmp_path.iterdir())
    assert left == sorted([recent_version.name, unrelated.name, _entry_named(tmp_path).name])


def test_a_cache_hit_marks_its_entry_used(tmp_path, reference):
    LanguageModel.shipped(tmp_path)
    entry = _entry(tmp_path)
    long_ago = time.time() - (STALE_CACHE_DAYS + 1) * 86400
    os.utime(entry, (long_ago, long_ago))
    LanguageModel.shipped(tmp_path)
    assert entry.stat().st_mtime > time.time() - 3600
    assert remove_stale_entries(tmp_path / "langid-newer-v1") == []
