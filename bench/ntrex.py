"""Read the NTREX-128 dev split (../shared/data/ntrex-dev) into story documents for benchmarks.

Line i of every ``newstest2019-*.txt`` is the same sentence; ``DOCUMENT_IDS.tsv`` line i names
its story; the first sentence of a story is its headline.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

NTREX_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ntrex-dev"

# file suffix -> (variant name, ISO 639-1)
VARIANTS: dict[str, tuple[str, str]] = {
    "src.eng": ("en", "en"),
    "ref.eng-GB": ("en-GB", "en"),
    "ref.eng-US": ("en-US", "en"),
    "ref.arb": ("ar", "ar"),
    "ref.deu": ("de", "de"),
    "ref.fra": ("fr", "fr"),
    "ref.hin": ("hi", "hi"),
    "ref.rus": ("ru", "ru"),
    "ref.spa": ("es", "es"),
    "ref.tur": ("tr", "tr"),
    "ref.ukr": ("uk", "uk"),
    "ref.urd": ("ur", "ur"),
    "ref.zho-CN": ("zh", "zh"),
}

DATELINES = {
    "en": "LONDON (AFP) -", "ar": "لندن (أ ف ب) -", "de": "LONDON (AFP) -", "fr": "LONDRES (AFP) -",
    "hi": "लंदन (एएफपी) -", "ru": "ЛОНДОН (AFP) -", "es": "LONDRES (AFP) -", "tr": "LONDRA (AFP) -",
    "uk": "ЛОНДОН (AFP) -", "ur": "لندن (اے ایف پی) -", "zh": "法新社伦敦电 -",
}
CREDITS = {
    "en": "Reporting by staff; editing by the desk.", "ar": "المصدر: وكالات", "de": "Quelle: Agenturen",
    "fr": "Source : agences", "hi": "स्रोत: एजेंसियां", "ru": "Источник: агентства", "es": "Fuente: agencias",
    "tr": "Kaynak: ajanslar", "uk": "Джерело: агентства", "ur": "ماخذ: ایجنسیاں", "zh": "来源：通讯社",
}


@dataclass(frozen=True)
class Doc:
    doc_id: str      # unique document id
    story: str       # NTREX story id (ground truth)
    story_index: int  # position of the story in the dev split (even = tune, odd = test)
    variant: str     # en, en-GB, ar, ... ; reprints end in "+edit"
    language: str    # ISO 639-1
    title: str
    text: str        # body without the title
    published: str   # ISO 8601


def read_stories(root: Path = NTREX_DIR) -> list[tuple[str, dict[str, list[str]]]]:
    """[(story id, {variant: sentences})] in file order; the first sentence is the headline.
    Variants whose file is missing are left out (tests build small NTREX folders)."""
    ids = [line.split("\t")[0].strip() for line in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    lines = {}
    for suffix, (variant, _) in VARIANTS.items():
        path = root / f"newstest2019-{suffix}.txt"
        if not path.exists():
            continue
        lines[variant] = path.read_text(encoding="utf-8").splitlines()
        if len(lines[variant]) != len(ids):
            raise ValueError(f"{path} has {len(lines[variant])} lines, DOCUMENT_IDS.tsv {len(ids)}")
    order: list[str] = []
    stories: dict[str, dict[str, list[str]]] = {}
    for i, sid in enumerate(ids):
        if sid not in stories:
            order.append(sid)
            stories[sid] = {v: [] for v in lines}
        for v, ls in lines.items():
            stories[sid][v].append(ls[i].strip())
    return [(sid, stories[sid]) for sid in order]


def _edit(sentences: list[str], lang: str, rng: random.Random) -> tuple[str, str]:
    """A light same-language reprint: dateline added, one body sentence dropped, credit appended."""
    title, body = sentences[0], list(sentences[1:])
    if len(body) >= 4:
        del body[rng.randrange(1, len(body))]
    body[0] = f"{DATELINES[lang]} {body[0]}"
    body.append(CREDITS[lang])
    return title, "\n\n".join(body)


def build_docs(split: str = "all", reprints: bool = True, seed: int = 7) -> list[Doc]:
    """Every language variant of every story in the split, plus one edited reprint per
    (story, core language); times spread over 3 days so the time window never helps."""
    rng = random.Random(seed)
    docs: list[Doc] = []
    for idx, (sid, variants) in enumerate(read_stories()):
        if split == "tune" and idx % 2 or split == "test" and not idx % 2:
            continue
        for variant, sentences in variants.items():
            lang = VARIANTS_LANG[variant]
            minute = rng.randrange(3 * 24 * 60)
            published = f"2019-09-{10 + minute // 1440:02d}T{minute % 1440 // 60:02d}:{minute % 60:02d}:00+00:00"
            docs.append(Doc(f"{sid}/{variant}", sid, idx, variant, lang, sentences[0],
                            "\n\n".join(sentences[1:]), published))
            if reprints and variant not in ("en-GB", "en-US"):
                title, text = _edit(sentences, lang, rng)
                minute += rng.randrange(1, 600)
                published = f"2019-09-{10 + minute // 1440:02d}T{minute % 1440 // 60:02d}:{minute % 60:02d}:00+00:00"
                docs.append(Doc(f"{sid}/{variant}+edit", sid, idx, f"{variant}+edit", lang, title, text, published))
    return docs


VARIANTS_LANG = {variant: lang for variant, lang in VARIANTS.values()}
