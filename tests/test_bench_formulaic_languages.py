"""bench.formulaic_languages' generator: what each document is (a translation carries its report's
figures and paragraphs, a rival the same figures in its own sentences), numbers written each
language's way, and every wording's slots the same in every language (no fact lost in one)."""
from __future__ import annotations

from string import Formatter

import pytest

from bench.formulaic_languages import EVENTS, PARTS, build, number
from bench.formulaic_texts import GENRES, SCRIPT_OF
from newsspider.stories.fingerprints import anchors
from newsspider.stories.normalize import normalize


def cited(text: str) -> frozenset[str]:
    """The figures of 2+ characters a text cites, a clock time as its hour and minute ("17:15" in
    one language is "17時15分" in another, "18:00" is "18 Uhr")."""
    out = set()
    for x in anchors(normalize(text), 2):
        out.update(p for p in x.split(":") if p.strip("0")) if ":" in x else out.add(x)
    return frozenset(out)


def slots(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_numbers_are_written_the_languages_way_and_read_back_alike():
    assert number(15234, "de") == "15.234" and number(0.4, "de") == "0,4"
    assert number(15234, "ru") == "15\u00a0234" and number(15234, "zh") == "15234"
    assert number(15234, "ar") == "\u0661\u0665\u066c\u0662\u0663\u0664" and number(2.5, "ar") == "\u0662\u066b\u0665"
    assert {number(15234.5, lang) for lang in ("de", "ru", "ar", "sw")} != {"15,234.5"}
    assert len({frozenset(anchors(normalize(number(15234.5, lang)))) for lang in SCRIPT_OF}) == 1


@pytest.mark.parametrize("genre", sorted(GENRES))
def test_every_language_of_a_genre_says_the_same_facts(genre):
    wordings = GENRES[genre]
    first = next(iter(wordings.values()))
    for language, wording in wordings.items():
        assert language in SCRIPT_OF
        for style in (0, 1):
            assert slots(wording.titles[style]) == slots(first.titles[style]), (language, style)
            for k in (0, 1):
                assert slots(wording.own[style][k]) == slots(first.own[style][k]), (language, style, k)
        assert len(wording.stock) == len(first.stock) and not any(slots(s) for s in wording.stock)


@pytest.mark.parametrize("part", sorted(PARTS))
def test_the_generator_makes_reports_rivals_translations_and_copies(part):
    docs = build(part)
    assert docs == build(part)  # deterministic
    spec = PARTS[part]
    by_id = {d.doc_id: d for d in docs}
    reports = [d for d in docs if d.kind == "report"]
    assert len(reports) == 2 * EVENTS * len(spec.genres) == len({d.story for d in docs})
    assert {d.language for d in docs} == set(spec.languages)
    figures = {d.doc_id: cited(d.text) for d in docs}
    for d in docs:
        if d.kind == "report":
            continue
        original = by_id[d.story]
        assert d.source != original.source
        if d.kind == "translation":
            assert d.language != original.language
            assert figures[d.doc_id] == figures[original.doc_id]
            assert d.text.count("\n\n") == original.text.count("\n\n")
        elif d.kind in ("reprint", "edited", "trimmed"):
            assert d.language == original.language
            assert d.text.split("\n\n")[-1] in original.text.split("\n\n") or d.kind == "edited"
    rivals = [d for d in reports if "-rival-" in d.doc_id]
    assert len(rivals) == EVENTS * len(spec.genres)
    for rival in rivals:
        original = next(r for r in reports if r.doc_id.startswith(rival.doc_id.split("-rival-")[0] + "-")
                        and "-rival-" not in r.doc_id)
        assert figures[rival.doc_id] == figures[original.doc_id]  # one event: the same figures
        if rival.language == original.language:  # in its own words: none of the report's own sentences
            own = original.text.split("\n\n")
            assert own[0] not in rival.text and own[3] not in rival.text


def test_the_tune_and_test_parts_share_no_language_or_genre():
    tune, test = PARTS["tune"], PARTS["test"]
    assert not set(tune.languages) & set(test.languages) and not set(tune.genres) & set(test.genres)


def test_the_second_tune_part_adds_genres_of_its_own_in_no_test_language():
    """tune2 widens what is tuned on without the test part's genres or languages."""
    tune, tune2, test = PARTS["tune"], PARTS["tune2"], PARTS["test"]
    assert not set(tune2.genres) & (set(tune.genres) | set(test.genres))
    assert not set(tune2.languages) & set(test.languages) and set(tune.languages) <= set(tune2.languages)
    assert len({tune.seed, tune2.seed, test.seed}) == 3
