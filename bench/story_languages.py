"""Same-language story detection in scripts the other story benches never measure.

For each language: its news stories (``bench.meta_language_data``, ``tests.charset_texts`` and
``bench.story_language_texts``), each on one site under the site's footer, then copies of each
on other sites: (a) verbatim, (b) lightly edited: a changed headline, its last paragraph dropped, a
dateline added, cut to its first paragraph (a short text), a credit line appended, its digits written in the language's own digit system,
its zero-width (non-)joiners stripped, its "ё" printed as "е"; and all of these at once.
Every copy must join its original's story; two stories of one language (same site, same footer,
often the same kind of report; in Thai also three reports of one template with facts of their own,
``story_language_texts.thai_market_reports``) must stay apart. Short leads ("trimmed") of fewer
than ~20 words miss by design (``StoryConfig.near_min_shared``). Through the plain detector, no embeddings, so
only same-language evidence counts. Languages are split into tune and test by ``bench.splits``.

    python -m bench.story_languages --split tune
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.splits import in_split  # noqa: E402

# the zero of each language's own decimal digits, where its press uses them
NATIVE_ZERO = {"ar": 0x0660, "fa": 0x06F0, "ur": 0x06F0, "hi": 0x0966, "ne": 0x0966, "bn": 0x09E6, "ta": 0x0BE6,
               "te": 0x0C66, "th": 0x0E50, "lo": 0x0ED0, "km": 0x17E0, "my": 0x1040, "si": 0x0DE6, "zh": 0xFF10,
               "ja": 0xFF10}
LANGUAGES = ("th", "lo", "km", "my", "ja", "zh", "hi", "bn", "ta", "te", "si", "ne", "he", "fa", "ur", "ar", "ru",
             "uk", "bg", "sr", "el", "ko", "vi", "am", "ka")
JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: how a word is drawn (Persian, Indic)
DAY = "2025-03-05T{:02d}:00:00+00:00"


@dataclass(frozen=True)
class Doc:
    doc_id: str
    story: str
    language: str
    source: str
    kind: str
    title: str
    text: str


def native_digits(text: str, language: str) -> str:
    zero = NATIVE_ZERO.get(language)
    return text if zero is None else text.translate({ord(str(d)): chr(zero + d) for d in range(10)})


def without_joiners(text: str) -> str:
    """The text as a system that strips format characters passes it on (many do, and Persian is
    typed with and without them: "می‌شود" / "میشود")."""
    return text.translate(dict.fromkeys(map(ord, JOINERS)))


def respelt(text: str, language: str) -> str:
    """The text with its digits in the language's own system, its joiners stripped and "ё" as "е"."""
    return without_joiners(native_digits(text, language)).replace("\u0451", "\u0435").replace("\u0401", "\u0415")


def stories_of(language: str) -> list[tuple[str, tuple[str, ...]]]:
    """(headline, paragraphs) of every story the repository's texts have in ``language``."""
    from bench.meta_language_data import LANGUAGES as META
    from bench.story_language_texts import EXTRA_TEXTS, thai_market_reports
    from tests.charset_texts import TEXTS

    out = [(s.headline, tuple(s.paragraphs)) for s in META if s.code == language]
    if language in TEXTS:
        out.append((TEXTS[language][0], tuple(TEXTS[language][1])))
    out += list(EXTRA_TEXTS.get(language, ()))
    if language == "th":
        out += thai_market_reports()
    return out


def build(language: str) -> list[Doc]:
    docs = []
    for s, (headline, paragraphs) in enumerate(stories_of(language)):
        site = f"{language}-daily-{s % 2}"  # two sites of the language, one template and footer
        footer = f"{language}-daily.example © 2025"
        story = f"{language}-{s}"
        body = list(paragraphs)

        def doc(kind: str, source: str, title: str, paras: list[str], *, story: str = story) -> Doc:
            return Doc(f"{story}-{kind}", story, language, source, kind, title, "\n\n".join(paras))

        docs.append(doc("original", site, headline, [*body, footer]))
        docs.append(doc("exact", "mirror", headline, [*body, footer]))
        docs.append(doc("headline", "wire-a", f"{headline} - {language.upper()} News", body))
        docs.append(doc("dropped", "wire-b", headline, body[:-1]))
        docs.append(doc("dateline", "wire-c", headline, [f"({language.upper()}-AGENCY) {body[0]}", *body[1:]]))
        docs.append(doc("trimmed", "wire-i", headline, body[:1]))  # a brief: the lead paragraph alone
        docs.append(doc("credit", "wire-d", headline, [*body, f"© {language.upper()}-Agency 2025"]))
        if any(j in p for p in body for j in JOINERS):
            docs.append(doc("joiners", "wire-f", headline, [without_joiners(p) for p in body]))
        if any("\u0451" in p.lower() for p in body):  # Russian: a desk that prints "ё" without its dots
            docs.append(doc("yo", "wire-g", headline, [p.replace("\u0451", "\u0435").replace("\u0401", "\u0415")
                                                       for p in body]))
        if language in NATIVE_ZERO:
            docs.append(doc("digits", "wire-e", native_digits(headline, language),
                            [native_digits(p, language) for p in body]))
        # all of it at once, as a second desk re-sets a wire copy
        docs.append(doc("edited", "wire-h", f"{language.upper()}: {native_digits(headline, language)}",
                        [respelt(f"({language.upper()}-AGENCY) {body[0]}", language),
                         *(respelt(p, language) for p in body[1:-1]), f"© {language.upper()}-Agency 2025"]))
    return docs


def run(language: str, orders: int) -> dict[str, object]:
    from bench.stories import export_stories
    from newsspider.stories.config import StoryConfig
    from newsspider.stories.prepare import StoryInput, prepare_inputs

    docs = build(language)
    config = StoryConfig()
    inputs = [StoryInput(d.doc_id, d.text, d.title, d.language, DAY.format(i % 24), DAY.format(i % 24), d.source)
              for i, d in enumerate(docs)]
    prepared = prepare_inputs(inputs, None, config)
    truth = {d.doc_id: d.story for d in docs}
    missed: set[str] = set()
    merges = 0
    for order in range(orders):
        # order 0: originals first (as published); order 1: copies first, then the originals
        seq = prepared if order == 0 else sorted(prepared, key=lambda p: p.id.endswith("-original"))
        story_of = export_stories(seq, config)
        members = defaultdict(set)
        for doc_id, story in story_of.items():
            members[story].add(truth[doc_id])
        merges += sum(len(m) - 1 for m in members.values())
        for d in docs:
            if d.kind != "original" and story_of[d.doc_id] != story_of[f"{d.story}-original"]:
                missed.add(f"{d.doc_id}@{order}")
    copies = sum(d.kind != "original" for d in docs) * orders
    return {"stories": len({d.story for d in docs}), "copies": copies, "joined": copies - len(missed),
            "false_merges": merges, "missed": sorted(missed)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="tune", choices=("tune", "test", "all"))
    ap.add_argument("--orders", type=int, default=2)
    args = ap.parse_args(argv)
    total = defaultdict(int)
    for language in LANGUAGES:
        if not in_split(f"story-language:{language}", args.split):
            continue
        r = run(language, args.orders)
        for key in ("stories", "copies", "joined", "false_merges"):
            total[key] += r[key]  # type: ignore[operator]
        missed = r["missed"]
        print(f"{language}: {r['stories']} stories, copies joined {r['joined']}/{r['copies']}, "
              f"false merges {r['false_merges']}" + (f", missed {missed}" if missed else ""))
    print(f"total ({args.split}): {total['stories']} stories, copies joined {total['joined']}/{total['copies']}, "
          f"false merges {total['false_merges']}")


if __name__ == "__main__":
    main()
