"""Formulaic news in ten languages, and across them: reports of one genre sharing stock sentences and
figures, their reprints and their translations.

``bench.formulaic`` measures one genre of English local reports. Here the genres that are
formulaic for real (weather warnings, market closes, football results; police blotter, obituaries,
council meetings), written in each language (``bench.formulaic_texts``: invented towns and people
in the language's script, figures in its way of writing numbers: "15.234" in German, "15 234" in
Russian, "١٥٬٢٣٤" in Arabic). Per genre, 10 events (one per town, figures of their own), each:

- ``report``: an outlet's report, in the outlet's style (one of two wordings of its own sentences),
  with four of the genre's five stock sentences;
- ``rival``: another outlet's own report of the same event: the same figures, names and town, in
  the other style, its own choice of stock sentences, in the same language (even events) or another
  (odd events). Two outlets' reports of one event are two stories: it must stay apart, the hard
  case where figures, normalised across digit systems, are all shared;
- ``translation``: the report's sentences translated, in the same order, into another language (a
  second one for every third event), and an ``edited`` copy of the translation on a site of its
  language (every third event): one text, they must join the report;
- a same-language copy on another site, by event in turn: ``reprint`` (verbatim, new headline),
  ``edited`` (a dateline, a stock sentence dropped, a credit line) or ``trimmed`` (its first four
  sentences).

Split before it was looked at: ``tune`` (weather, market, football in de, es, ru, zh, ar; seed
521) and ``test`` (police, obituary, council in pl, hi, ja, tr, sw; seed 522). ``tune2`` (session
56, written without looking at the test genres' texts; seed 531) widens what is tuned on: fire,
court and traffic reports in the tune languages and en, fr, genres where two events share the
stock sentences and differ in their names, places and a few figures (a court report gives an age
and a single-digit term). ``tune3`` (session 58, written without looking at the test genres' texts
or the test languages' wordings; seed 541): election, earthquake and company-results reports in
it, pt, ko, fa, uk, vi, languages and scripts (Hangul, Persian digits) of no other part, since the
first two tune parts no longer showed rivals merging. Each order prints the stories found, the false merges by the kind of
pair they joined, and the copies found by kind.

    python -m bench.formulaic_languages --part tune --orders 5
    python -m bench.formulaic_languages --part tune2 --orders 5
    python -m bench.formulaic_languages --part tune3 --orders 5
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.formulaic import Report, prepared_reports, score_order  # noqa: E402
from bench.formulaic_texts import CREDIT, FIRMS, GENRES, PERSONS, SCRIPT_OF, SCRIPTS, TOWNS, Wording  # noqa: E402


@dataclass(frozen=True)
class Part:
    languages: tuple[str, ...]
    genres: tuple[str, ...]
    seed: int


PARTS = {"tune": Part(("de", "es", "ru", "zh", "ar"), ("weather", "market", "football"), 521),
         "test": Part(("pl", "hi", "ja", "tr", "sw"), ("police", "obituary", "council"), 522),
         "tune2": Part(("de", "es", "ru", "zh", "ar", "en", "fr"), ("fire", "court", "traffic"), 531),
         "tune3": Part(("it", "pt", "ko", "fa", "uk", "vi"), ("election", "quake", "earnings"), 541)}
EVENTS = 10  # per genre: one per town
SITE_NAMES = ("courier", "herald", "post")
DAY = "2025-06-04"
WARM_DAY, WARM_SEED_OFFSET = "2025-06-03", 1000  # --warm: the day before, other events
# how each language writes numbers: (thousands separator, decimal separator, zero of its digits)
NUMBER_STYLE = {"de": (".", ",", "0"), "es": (".", ",", "0"), "pl": ("\u00a0", ",", "0"),
                "ru": ("\u00a0", ",", "0"), "tr": (".", ",", "0"), "sw": (",", ".", "0"), "hi": (",", ".", "0"),
                "zh": ("", ".", "0"), "ja": (",", ".", "0"), "ar": ("\u066c", "\u066b", "\u0660"),
                "en": (",", ".", "0"), "fr": ("\u202f", ",", "0"), "it": (".", ",", "0"), "pt": (".", ",", "0"),
                "vi": (".", ",", "0"), "uk": ("\u00a0", ",", "0"), "fa": ("\u066c", "\u066b", "\u06f0"),
                "ko": (",", ".", "0")}


def number(value: int | float, language: str) -> str:
    """``value`` as the language's press writes it: its digits, its thousands and decimal separators
    (a float keeps one decimal)."""
    thousands, decimal, zero = NUMBER_STYLE[language]
    whole, _, fraction = (f"{value:.1f}" if isinstance(value, float) else str(value)).partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = thousands.join([whole, *groups]) + (decimal + fraction if fraction else "")
    return text.translate({ord(str(d)): chr(ord(zero) + d) for d in range(10)})


def figures(genre: str, rng: random.Random) -> dict[str, int | float]:
    """The event's figures (the same in every outlet's report of it)."""
    if genre == "weather":
        return {"gust": rng.randint(60, 140), "rain": rng.randint(20, 90), "temp": rng.randint(2, 9),
                "hour": rng.randint(14, 22)}
    if genre == "market":
        return {"pct": rng.randint(1, 29) / 10, "level": rng.randint(12000, 19999), "cpct": rng.randint(10, 99) / 10,
                "vol": rng.randint(150, 950)}
    if genre == "football":
        g1 = rng.randint(1, 4)
        return {"g1": g1, "g2": rng.randint(0, g1 - 1), "crowd": rng.randint(8000, 45000), "m1": rng.randint(10, 44),
                "m2": rng.randint(46, 89)}
    if genre == "police":
        return {"age": rng.randint(18, 67), "hour": rng.randint(10, 23), "mm": rng.choice((10, 15, 20, 40, 45, 50)),
                "amount": rng.randint(2000, 60000), "dist": rng.randint(3, 19)}
    if genre == "obituary":
        age = rng.randint(71, 98)
        return {"age": age, "year": 2024 - age - rng.randint(0, 1), "years": rng.randint(6, 24)}
    if genre == "council":
        return {"amount": rng.randint(125, 4800) / 10, "yes": rng.randint(17, 31), "no": rng.randint(3, 9),
                "homes": rng.randint(120, 950)}
    if genre == "fire":
        return {"hour": rng.randint(0, 23), "crews": rng.randint(20, 95), "damage": rng.randint(40, 900) * 1000}
    if genre == "court":  # an age and a single-digit term: too few figures to tell two events apart
        return {"age": rng.randint(19, 64), "years": rng.randint(2, 9)}
    if genre == "traffic":
        return {"age": rng.randint(18, 84), "hour": rng.randint(5, 23), "injured": rng.randint(2, 6)}
    if genre == "election":
        return {"share": rng.randint(505, 720) / 10, "turnout": rng.randint(380, 790) / 10,
                "votes": rng.randint(4000, 60000), "seats": rng.randint(15, 45)}
    if genre == "quake":
        return {"mag": rng.randint(38, 69) / 10, "hour": rng.randint(0, 23), "depth": rng.randint(5, 35),
                "injured": rng.randint(3, 40), "buildings": rng.randint(20, 450)}
    if genre == "earnings":
        return {"revenue": rng.randint(1200, 9900) / 10, "pct": rng.randint(4, 38), "jobs": rng.randint(120, 2400)}
    raise ValueError(f"unknown genre {genre!r}")


@dataclass(frozen=True)
class Event:
    genre: str
    index: int
    names: dict[str, tuple[str, ...]]   # slot -> its forms per script (SCRIPTS)
    values: dict[str, int | float]


def render(event: Event, language: str, style: int, stock: tuple[int, ...]) -> tuple[str, list[str]]:
    """(headline, sentences) of ``event``'s report in ``language``, in an outlet's ``style``, with
    the stock sentences ``stock`` (indices in the genre's pool): own, stock, stock, own, stock, ...
    The same arguments in another language give its translation."""
    wording: Wording = GENRES[event.genre][language]
    script = SCRIPTS.index(SCRIPT_OF[language])
    slots = {k: forms[script] for k, forms in event.names.items()}
    slots.update({k: number(v, language) if k != "mm" else f"{v:02d}" for k, v in event.values.items()})
    own = [s.format(**slots) for s in wording.own[style]]
    chosen = [wording.stock[i] for i in stock]
    return wording.titles[style].format(**slots), [own[0], *chosen[:2], own[1], *chosen[2:]]


def _site(language: str, k: int) -> str:
    return f"{language}-{SITE_NAMES[k % len(SITE_NAMES)]}"


def _time(rng: random.Random, hour_from: int, day: str) -> str:
    minute = rng.randrange(hour_from * 60, 24 * 60)
    return f"{day}T{minute // 60:02d}:{minute % 60:02d}:00+00:00"


def _edited(sentences: list[str], town: str, language: str, site: str, rng: random.Random) -> list[str]:
    """A copy desk's edit: a dateline, one stock sentence dropped, a credit line."""
    out = sentences[:]
    del out[rng.choice([i for i in (1, 2, 4, 5) if i < len(out)])]
    out[0] = f"{town.upper()} \u2013 {out[0]}"
    return [*out, CREDIT[language].format(site=site)]


def build(part: str, day: str = DAY, seed_offset: int = 0, prefix: str = "") -> list[Report]:
    """The part's documents in generation order (shuffle for an arrival order); deterministic.
    ``seed_offset`` and ``prefix`` (of every id) make another day's reports of the same genres."""
    spec = PARTS[part]
    rng = random.Random(spec.seed + seed_offset)
    langs = spec.languages
    docs: list[Report] = []

    def add(doc_id: str, story: str, source: str, kind: str, language: str, title: str, sentences: list[str],
            published: str) -> None:
        docs.append(Report(prefix + doc_id, prefix + story, source, kind, title, "\n\n".join(sentences), published,
                           language))

    for g, genre in enumerate(spec.genres):
        for e in range(EVENTS):
            event = Event(genre, e, {"town": TOWNS[e], "town2": TOWNS[(e + 3) % EVENTS],
                                     "person": PERSONS[(e + 3 * g) % len(PERSONS)], "firm": FIRMS[e % len(FIRMS)]},
                          figures(genre, rng))
            language, style = langs[(e + g) % len(langs)], e % 2
            stock = tuple(sorted(rng.sample(range(5), 4)))
            report_id = f"{genre}-{e:02d}-{language}"
            title, sentences = render(event, language, style, stock)
            published = _time(rng, 6, day)
            add(report_id, report_id, _site(language, e), "report", language, title, sentences, published)
            # another outlet's own report of the event: the other style and its own stock choice
            rival_language = language if e % 2 == 0 else langs[(e + g + 2) % len(langs)]
            r_title, r_sentences = render(event, rival_language, 1 - style, tuple(sorted(rng.sample(range(5), 4))))
            rival_id = f"{genre}-{e:02d}-rival-{rival_language}"
            add(rival_id, rival_id, _site(rival_language, e + 1), "report", rival_language, r_title, r_sentences,
                _time(rng, 6, day))
            # translations: the same sentences in another language (two for every third event)
            targets = [langs[(e + g + 1) % len(langs)]] + ([langs[(e + g + 3) % len(langs)]] if e % 3 == 0 else [])
            for target in targets:
                t_title, t_sentences = render(event, target, style, stock)
                add(f"{report_id}-translation-{target}", report_id, _site(target, e), "translation", target,
                    t_title, t_sentences, _time(rng, 12, day))
            if e % 3 == 1:  # a site of the translation's language edits it
                target = targets[0]
                site = _site(target, e + 2)
                town = TOWNS[e][SCRIPTS.index(SCRIPT_OF[target])]
                t_title, t_sentences = render(event, target, style, stock)
                add(f"{report_id}-translation-{target}-edited", report_id, site, "edited translation", target,
                    t_title, _edited(t_sentences, town, target, site, rng), _time(rng, 12, day))
            # a copy in the report's language on another site
            kind = ("reprint", "edited", "trimmed")[e % 3]
            site = _site(language, e + 2)
            copy = sentences[:4] if kind == "trimmed" else sentences
            if kind == "edited":
                copy = _edited(sentences, TOWNS[e][SCRIPTS.index(SCRIPT_OF[language])], language, site, rng)
            add(f"{report_id}-{kind}", report_id, site, kind, language,
                f"{title} | {site}" if kind == "reprint" else title, copy, _time(rng, 12, day))
    return docs


def pair_kind(a: Report, b: Report) -> str:
    """What two documents of different stories are: two outlets' reports of one event (in one
    language or two), or reports of two events (of one genre)."""
    same_event = a.story.split("-")[:2] == b.story.split("-")[:2]
    if same_event:
        return "one event, " + ("one language" if a.language == b.language else "two languages")
    return "two events"


def main(argv: list[str] | None = None) -> None:
    from bench.stories import export_stories

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=tuple(PARTS), default="tune")
    ap.add_argument("--backend", default="e5")
    ap.add_argument("--orders", type=int, default=5)
    ap.add_argument("--warm", action="store_true",
                    help="assign the previous day's reports of the genres first (not scored): a running "
                         "crawl's state, which has learned the genres' stock sentences")
    ap.add_argument("--verbose", action="store_true", help="list the merged and missed documents")
    args = ap.parse_args(argv)
    docs = build(args.part)
    warm = build(args.part, WARM_DAY, WARM_SEED_OFFSET, "w-") if args.warm else []
    by_id = {d.doc_id: d for d in docs}
    prepared, config, backend = prepared_reports(warm + docs, args.backend, cache=True)
    before, prepared = prepared[:len(warm)], prepared[len(warm):]
    copies = Counter(d.kind for d in docs if d.kind != "report")
    print(f"{args.part}: {len(docs)} documents, {sum(d.kind == 'report' for d in docs)} reports "
          f"({len({d.story for d in docs})} stories), copies {dict(copies)}; backend "
          f"{backend.name if backend else None}" + (f"; after {len(warm)} of the day before" if warm else ""))
    for order in range(args.orders):
        shuffled, history = prepared[:], before[:]
        random.Random(order).shuffle(shuffled)
        random.Random(WARM_SEED_OFFSET + order).shuffle(history)
        story_of = {k: v for k, v in export_stories(history + shuffled, config).items() if k in by_id}
        stories, false_merges, missed = score_order(docs, story_of)
        members: dict[str, list[Report]] = defaultdict(list)
        for doc_id, story in story_of.items():
            members[story].append(by_id[doc_id])
        merged: Counter[str] = Counter()
        for group in members.values():
            kept = list({d.story: d for d in group}.values())  # one document per true story
            merged.update(pair_kind(a, b) for i, a in enumerate(kept) for b in kept[i + 1:])
            if args.verbose and len(kept) > 1:
                print(f"    merged: {sorted(d.story for d in kept)}")
        found = Counter(d.kind for d in docs if d.kind != "report") - Counter(by_id[d].kind for d in missed)
        print(f"order {order}: {stories} stories, false merges {false_merges} (pairs: "
              f"{', '.join(f'{k} {v}' for k, v in sorted(merged.items())) or 'none'}); copies found "
              + ", ".join(f"{k} {found[k]}/{n}" for k, n in sorted(copies.items()))
              + (f"; missed {missed}" if missed and args.verbose else ""))


if __name__ == "__main__":
    main()
