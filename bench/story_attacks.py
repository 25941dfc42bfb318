"""Adversarial story detection: two texts about one event or topic, each arriving with its copies,
must stay two stories, whatever path of the detector would admit one into the other's.

A story is one text and its copies; two outlets' own reports of one event are two stories. The
regular benches mix every story's texts in one arrival order, where a story rarely has a full
quorum (its root and members in further languages) when another text about its event comes.
Here the attacker's order:

- ``ntrex``: every ordered pair (A, B) of NTREX stories of the split (bench.ntrex: 13 versions and
  11 edited reprints each). A's texts arrive first, in a random order, so that A's story has its
  root and a full quorum of translations; then B's, in a random order. Every B text put in a story
  that holds A's is a false admission, counted by the path that admitted it
  (``newsspider.stories.detector.PATHS``), or ``link`` when it joined two stories
  (stories/links.py). ``--form`` gives B's texts another shape: ``lead`` cut to their first
  paragraph (too short for passages: the title + lead alone decides), ``reparagraph`` every two
  paragraphs joined (not A's paragraphs), ``added`` a paragraph of another story appended,
  ``as-is``. ``--copies`` is the reverse risk: each story's texts, then copies of them in
  ``--form``'s shape (a translation cut to its lead, re-paragraphed by its site, with a paragraph
  added), which must all join. The pairs that are one event (bbc.381746 /
  scotsman.133791: one match) or one topic (the Kavanaugh hearing's four, upi's two goal videos)
  are listed apart; every other pair is two topics.
- ``semeval``: each connected group of rated pairs of the split (bench.semeval: most pairs rated
  1-1.5 are two outlets' reports of one event, in one or two languages), alone, in ``--orders``
  orders: every article put in a story with one that is not its text copy (bench.semeval's
  test, decided on the data alone) is a false admission.

Recall is printed beside (one text's copies in one story, records and export): what the attack
costs a real story. Truth and thresholds are never read from the test split unless asked.

    python -m bench.story_attacks --split tune                       # ntrex (as-is, lead) and semeval
    python -m bench.story_attacks --split tune --attack ntrex --form lead --orders 20 --related
    python -m bench.story_attacks --split tune --attack ntrex --form lead --orders 3 --copies
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stories import paragraphs_joined, prf  # noqa: E402
from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.detector import PATHS, StoryDetector  # noqa: E402
from newsspider.stories.embed import EmbeddingBackend  # noqa: E402
from newsspider.stories.prepare import Prepared  # noqa: E402
from newsspider.stories.store import MemoryStoryStore  # noqa: E402

ONE_EVENT = (("bbc.381746", "scotsman.133791"),)
"""NTREX tune stories that are two outlets' reports of one event (one match)."""
ONE_TOPIC = (("cbsnews.248384", "cnn.304489"), ("cbsnews.248384", "cbsnews.248471"), ("cnn.304489", "cbsnews.248471"),
             ("cnn.304447", "cnn.304489"), ("cnn.304447", "cbsnews.248384"), ("cnn.304447", "cbsnews.248471"),
             ("upi.176249", "upi.176251"), ("bbc.381679", "bbc.381701"), ("dailymail.co.uk.298732", "bbc.381701"))
"""NTREX tune stories about one topic (the Kavanaugh hearing; two goal videos of one site; crime reports)."""
FORMS = ("as-is", "lead", "reparagraph", "added")


class PathDetector(StoryDetector):
    """The detector, keeping each article's decision (its path) and the stories it joined."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.decided: dict[str, tuple[str, str, tuple[str, ...], float]] = {}  # id -> (story, path, bridged, score)

    def _find_story(self, p, vector, ehash):  # type: ignore[no-untyped-def]
        decision, bridged = super()._find_story(p, vector, ehash)
        self.decided[p.id] = (decision.story_id if decision else p.id, decision.path if decision else "", bridged,
                              decision.score if decision else 0.0)
        return decision, bridged


@dataclass
class Tally:
    """False admissions per path, false merges, and one text's pairs kept together."""

    admissions: Counter[str] = field(default_factory=Counter)
    runs: int = 0
    merged_runs: Counter[str] = field(default_factory=Counter)  # view -> runs with a false merge
    pairs: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # view -> tp/fn/fp
    examples: list[str] = field(default_factory=list)
    scores: dict[tuple[str, bool], list[float]] = field(default_factory=lambda: defaultdict(list))  # (path, false)

    def line(self, name: str) -> str:
        paths = ", ".join(f"{p} {self.admissions[p]}" for p in (*PATHS, "link") if self.admissions[p])
        views = []
        for v, c in self.pairs.items():
            p, r, _ = prf(c["tp"], c["fp"], c["fn"])
            views.append(f"{v}: runs merged {self.merged_runs[v]}, P {p:.4f} R {r:.4f}")
        return f"{name:22s} runs {self.runs:5d}  false admissions {sum(self.admissions.values()):4d} " \
               f"({paths or 'none'})  {'; '.join(views)}"


def attack(order: Sequence[Prepared], truth: dict[str, str], config: StoryConfig, tally: Tally,
           label: Callable[[str], str] = str) -> None:
    """Assign ``order`` into a fresh store and add to ``tally``: each article admitted into a story
    (as joined so far) holding another text's article, by its path; stories joined holding two
    texts (``link``); pair counts of the records' and the export's grouping."""
    detector = PathDetector(MemoryStoryStore(), None, config)
    texts: dict[str, set[str]] = defaultdict(set)  # raw story id -> truths in it
    assigned: dict[str, str] = {}

    def joined(story: str) -> set[str]:
        canonical = detector.canonical(story)
        return set().union(*(t for s, t in texts.items() if detector.canonical(s) == canonical))

    for p in order:
        detector.assign(p)
        story, path, bridged, score = detector.decided[p.id]
        mine = truth[p.id]
        before = joined(story) if path else set()
        if path:
            tally.scores[(path, bool(before - {mine}))].append(score)
        if path and before - {mine}:
            tally.admissions[path] += 1
            if len(tally.examples) < 40:
                tally.examples.append(f"{label(p.id)} ({p.language}) -> {sorted(label(t) for t in before - {mine})} "
                                      f"by {path} ({score:.3f})")
        others_linked = set().union(*(joined(b) for b in bridged)) if bridged else set()
        if others_linked - before - {mine}:
            tally.admissions["link"] += 1
            if len(tally.examples) < 40:
                tally.examples.append(f"{label(p.id)} links {sorted(label(t) for t in others_linked - {mine})}")
        texts[story].add(mine)
        assigned[p.id] = story
    tally.runs += 1
    views = {"records": assigned, "export": {i: detector.canonical(s) for i, s in assigned.items()}}
    for view, stories in views.items():
        counts: Counter[str] = Counter()
        for a, b in itertools.combinations(stories, 2):
            same, together = truth[a] == truth[b], stories[a] == stories[b]
            if same or together:
                counts["tp" if same and together else "fn" if same else "fp"] += 1
        tally.pairs[view].update(counts)
        tally.merged_runs[view] += bool(counts["fp"])


def reshaped(p_text: str, form: str, other: str = "") -> str:
    """A text in the shape ``form`` (FORMS): ``added`` appends ``other`` as a paragraph (a site's own
    paragraph of background under a copy)."""
    if form == "reparagraph":
        return paragraphs_joined(p_text, 2)
    paragraphs = [x for x in p_text.split("\n") if x.strip()]
    if form == "added":
        return "\n\n".join([*paragraphs, other])
    if form == "lead":
        return paragraphs[0] if paragraphs else p_text
    return p_text


def ntrex_attacks(split: str, forms: Sequence[str], orders: int, seed: int, config: StoryConfig,
                  backend: EmbeddingBackend | None, related_only: bool = False, copies: bool = False) -> None:
    from bench.ntrex import build_docs
    from bench.stories import prepare_all, to_input

    docs = build_docs(split)
    truth = {d.doc_id: d.story for d in docs}
    stories = sorted({d.story for d in docs})
    # the paragraph a copy gets added: the last of the next story's text in its variant
    by_key = {(d.story, d.variant): d for d in docs}
    following = {d.doc_id: by_key[(stories[(stories.index(d.story) + 1) % len(stories)], d.variant)].text
                 .split("\n")[-1] for d in docs}
    prepared = {form: _by_story(prepare_all([to_input(replace(d, text=reshaped(d.text, form, following[d.doc_id])))
                                             for d in docs], backend, config), truth) for form in {"as-is", *forms}}
    if copies:
        for form in forms:
            tally = Tally()
            for a in stories:
                for o in range(orders):
                    rng = random.Random(f"{seed}/{o}/{a}")
                    first = prepared["as-is"][a][:]
                    then = [replace(p, id=f"{p.id}#{form}") for p in prepared[form][a]]
                    rng.shuffle(first)
                    rng.shuffle(then)
                    truth.update({p.id: a for p in then})
                    attack(first + then, truth, config, tally)
            print(f"ntrex {split}, each story's texts then its copies {form}, {orders} order(s): {tally.line('copies')}")
            _print_scores(tally)
        return
    event = {frozenset(x) for x in ONE_EVENT}
    topic = {frozenset(x) for x in ONE_TOPIC}
    for form in forms:
        tallies: dict[str, Tally] = defaultdict(Tally)
        started = time.perf_counter()
        for a, b in itertools.permutations(stories, 2):
            kind = "one event" if frozenset((a, b)) in event else "one topic" if frozenset((a, b)) in topic \
                else "two topics"
            if related_only and kind == "two topics":
                continue
            for o in range(orders):
                rng = random.Random(f"{seed}/{o}/{a}/{b}")
                first, then = prepared["as-is"][a][:], prepared[form][b][:]
                rng.shuffle(first)
                rng.shuffle(then)
                attack(first + then, truth, config, tallies[kind], label=lambda i: i.split("/")[0])
        print(f"ntrex {split}, B {form}, {orders} order(s) per ordered pair ({time.perf_counter() - started:.0f} s):")
        for kind in ("one event", "one topic", "two topics"):
            if tallies[kind].runs:
                print("  " + tallies[kind].line(kind))
        for kind in ("one event", "one topic", "two topics"):
            for example in tallies[kind].examples[:40]:
                print(f"    {kind}: {example}")
            _print_scores(tallies[kind])


def _print_scores(tally: Tally) -> None:
    """Admission scores per path, true and false."""
    for (path, false), scores in sorted(tally.scores.items()):
        x = sorted(scores)
        print(f"    {path:10s} {'false' if false else 'true '} n {len(x):5d} min {x[0]:.3f} "
              f"p5 {x[len(x) // 20]:.3f} median {x[len(x) // 2]:.3f}")


def _by_story(prepared: list[Prepared], truth: dict[str, str]) -> dict[str, list[Prepared]]:
    out: dict[str, list[Prepared]] = defaultdict(list)
    for p in prepared:
        out[truth[p.id]].append(p)
    return out


def semeval_attacks(split: str, orders: int, seed: int, config: StoryConfig,
                    backend: EmbeddingBackend | None) -> None:
    from bench.semeval import load, text_copies, with_times
    from bench.splits import pair_groups
    from bench.stories import cleaned, prepare_all
    from newsspider.stories.prepare import StoryInput

    articles, pairs = load()
    chosen = [a for a in with_times(articles, "crowded", seed) if a.split == split]
    by_id = {a.doc_id: a for a in chosen}
    copies = text_copies(chosen)
    text_of = pair_groups((min(k), max(k)) for k in copies)  # a text and its copies: one truth
    truth = {a.doc_id: text_of.get(a.doc_id, a.doc_id) for a in chosen}
    prepared = {p.id: p for p in prepare_all(
        [StoryInput(a.doc_id, cleaned(a.text, a.title, a.language), a.title, a.language, a.published, a.published,
                    a.source) for a in chosen], backend, config)}
    groups: dict[str, list[str]] = defaultdict(list)
    for a in chosen:
        groups[a.group].append(a.doc_id)
    same_story = {frozenset((p.a, p.b)) for p in pairs if p.overall <= 1.5}
    tallies: dict[str, Tally] = defaultdict(Tally)
    started = time.perf_counter()
    for group, ids in sorted(groups.items()):
        if len(ids) < 2:
            continue
        languages = {by_id[i].language for i in ids}
        one_event = any(frozenset(x) in same_story for x in itertools.combinations(ids, 2))
        kind = ("one event" if one_event else "other") + (", languages 2+" if len(languages) > 1 else ", one language")
        for o in range(orders):
            order = [prepared[i] for i in ids]
            random.Random(f"{seed}/{o}/{group}").shuffle(order)
            attack(order, truth, config, tallies[kind],
                   label=lambda i: f"{by_id[i].language}:{by_id[i].title[:30]!r}" if i in by_id else i)
    print(f"semeval {split}, each group alone, {orders} order(s) ({time.perf_counter() - started:.0f} s):")
    for kind in sorted(tallies):
        print("  " + tallies[kind].line(kind))
    for kind in sorted(tallies):
        for example in tallies[kind].examples[:40]:
            print(f"    {kind}: {example}")


def main(argv: list[str] | None = None) -> None:
    from bench.stories import cached, configured
    from newsspider import settings as project_settings
    from newsspider.stories.embed import load_backend

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "test"), default="tune")
    ap.add_argument("--attack", choices=("ntrex", "semeval", "both"), default="both")
    ap.add_argument("--form", choices=FORMS, action="append", help="B's shape (ntrex; default as-is and lead)")
    ap.add_argument("--orders", type=int, default=1, help="arrival orders per pair (ntrex) or group (semeval)")
    ap.add_argument("--related", action="store_true", help="ntrex: only the pairs of one event or one topic")
    ap.add_argument("--copies", action="store_true",
                    help="ntrex: each story's texts, then copies of them in --form's shape (must all join)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--backend", default=project_settings.NEWSSPIDER_STORIES_BACKEND)
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="override a StoryConfig field")
    args = ap.parse_args(argv)
    config = configured(args.set)
    inner = load_backend(args.backend)
    if args.attack in ("ntrex", "both"):
        ntrex_attacks(args.split, args.form or ["as-is", "lead"], args.orders, args.seed, config,
                      None if inner is None else cached(inner), args.related, args.copies)
    if args.attack in ("semeval", "both"):
        from bench.stories import RESULTS, CachedBackend
        backend = None if inner is None else CachedBackend(inner, RESULTS / f"semeval-{inner.name}.npz")
        semeval_attacks(args.split, args.orders, args.seed, config, backend)


if __name__ == "__main__":
    main()
