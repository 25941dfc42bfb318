"""Site lines under adversarial arrival orders: the boilerplate pipeline's plain logic, no HTTP.

A site's motto (a label) and tagline (a short line ending like a sentence) stand on a third of its
pages each; its pages also repeat real text that must stay: a background sentence inside the story
and a police report's standard closing sentence ending it on a third of them (the motto's: in the
motto-first order they are on every page the site's first pages show), a short sentence inside
the story on a third, and a quote ending the three follow-ups of a running story (pages 27-29 of
every 30). The repeated real sentences are written in each of ``--languages`` (one run each: a
Thai site's sentences end with no mark). Every page goes through ``BoilerplatePipeline.process_item`` (in-memory line
store, the real ``SourceHold``), in an order chosen to hurt: the motto pages last or first, in
sitemap order, shuffled, the site interleaved with many small sites so the hold fills, the crawl
stopped halfway (``CLOSESPIDER_ITEMCOUNT``: what is held is released on close). Printed per
scenario: planted site lines that leave with an article (of the big site, of the small ones) and
the real lines kept, next to how many there are.

    python -m bench.site_lines                  # every scenario
    python -m bench.site_lines --sizes 300 --hold-max 20 200 --languages en th
"""
from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsspider.holding import SourceHold  # noqa: E402
from newsspider.items import Article  # noqa: E402
from newsspider.pipelines.boilerplate import BoilerplatePipeline  # noqa: E402
from newsspider.settings import (  # noqa: E402
    NEWSSPIDER_BOILERPLATE_HOLD_MAX,
    NEWSSPIDER_BOILERPLATE_HOLD_PAGES,
    NEWSSPIDER_BOILERPLATE_LABEL_MIN_PAGES,
    NEWSSPIDER_BOILERPLATE_LABEL_MIN_SHARE,
    NEWSSPIDER_BOILERPLATE_MIN_PAGES,
    NEWSSPIDER_BOILERPLATE_MIN_SHARE,
    NEWSSPIDER_BOILERPLATE_SHORT_MIN_SHARE,
)
from newsspider.state.learned_lines import MemoryLineStats, SiteLineThresholds  # noqa: E402

THRESHOLDS = SiteLineThresholds(
    min_pages=NEWSSPIDER_BOILERPLATE_MIN_PAGES, min_share=NEWSSPIDER_BOILERPLATE_MIN_SHARE,
    label_min_pages=NEWSSPIDER_BOILERPLATE_LABEL_MIN_PAGES, label_min_share=NEWSSPIDER_BOILERPLATE_LABEL_MIN_SHARE,
    short_min_share=NEWSSPIDER_BOILERPLATE_SHORT_MIN_SHARE)
WORDS = ("amber", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
         "kestrel", "lagoon", "meadow", "nectar", "onyx", "pepper", "quartz", "raven", "saffron", "tundra")
FOLLOW_UPS = 3  # pages of one running story, each ending with the same quote (on a tenth of a site's pages)
# The real sentences formulaic local news repeats, per language: a background sentence (inside the
# story), a police report's standard closing sentence (ending it) and a short one ("reported").
REAL_LINES = {
    "en": ("The council meets on the first Tuesday of each month in the town hall on Market Street.",
           "Anyone with information is asked to call the police on the number given below.",
           "Police are investigating."),
    "de": ("Der Gemeinderat tagt an jedem ersten Dienstag im Monat im Rathaus am Marktplatz.",
           "Zeugen werden gebeten, sich bei der Polizeiinspektion in der Bahnhofstraße zu melden.",
           "Die Polizei ermittelt."),
    "pl": ("Rada gminy zbiera się w pierwszy wtorek każdego miesiąca w sali urzędu przy rynku.",
           "Policja prosi świadków zdarzenia o kontakt z dyżurnym komendy pod numerem alarmowym.",
           "Policja prowadzi dochodzenie."),
    "es": ("El pleno municipal se reúne el primer martes de cada mes en el salón del ayuntamiento.",
           "La Guardia Civil pide a cualquier testigo que se ponga en contacto con el cuartel.",
           "La policía investiga los hechos."),
    "ja": ("町議会は毎月第一火曜日の午後、町役場の三階にある議場で定例会を開いている。",
           "警察は目撃した人に対し、最寄りの警察署まで情報を提供するよう呼びかけている。",
           "警察が調べている。"),
    "th": ("สภาเทศบาลจะประชุมกันทุกวันอังคารแรกของเดือนที่ห้องประชุมใหญ่ของศาลากลางจังหวัดเป็นประจำทุกครั้ง",
           "ตำรวจขอให้ผู้ที่พบเห็นเหตุการณ์แจ้งข้อมูลไปยังสถานีตำรวจที่ใกล้ที่สุดโดยเร็วที่สุดเท่าที่จะทำได้",
           "ตำรวจกำลังสอบสวน"),
}


def word(n: int) -> str:
    """A word per number (digits fold in line keys: numbers alone would not make lines differ)."""
    out = []
    while True:
        out.append(WORDS[n % len(WORDS)])
        n //= len(WORDS)
        if not n:
            return "".join(out)


def site_page(site: str, n: int, language: str = "en") -> tuple[Article, list[tuple[str, str]], list[tuple[str, str]]]:
    """Page ``n`` of ``site``: (the article, planted site lines on it, real repeated lines on it),
    each line as (kind, line); the real repeated sentences in ``language`` (``REAL_LINES``)."""
    w, s = word(n), word(sum(map(ord, site)))
    story = [f"The {w} report from {s} opens with a sentence nobody else wrote about the {w} affair.",
             f"Officials in the {w} district told reporters that the {w} plan would be revised next year.",
             f"A second paragraph, unique to the {w} story, quotes the {w} minister at some length today."]
    motto = f"{s.capitalize()} independent reporting since the old days"
    tagline = f"{s.capitalize()} tells the truth first."
    background, closing, reported = REAL_LINES[language]
    quote = f"\u201cWe will rebuild {word(n // FOLLOW_UPS)},\u201d the mayor said."
    planted, real = [], []
    if n % 3 == 0:
        story.insert(1, background)
        real.append(("background", background))
        story.insert(0, motto)
        planted.append(("motto", motto))
    if n % 3 == 1:
        story.append(tagline)
        planted.append(("tagline", tagline))
    if n % 3 == 2:
        story.insert(2, reported)
        real.append(("reported", reported))
    if n // FOLLOW_UPS % 10 == 9:  # a running story's follow-ups all end with the same quote
        story.insert(len(story) - (n % 3 == 1), quote)
        real.append(("quote", quote))
    if n % 3 == 0:  # the police report's closing sentence ends it
        story.append(closing)
        real.append(("closing", closing))
    article = Article(id=f"{site}/{n}", url=f"https://{site}.example/{n}", canonical_url=f"https://{site}.example/{n}",
                      source=site, title=None, authors=[], published=None, modified=None, language="en",
                      direction="ltr", text="\n".join(story), description=None, image=None, tags=[],
                      fetched_at="2024-01-01T00:00:00Z")
    return article, planted, real


class InlinePool:
    async def run(self, function, *args, priority=0):
        return function(*args)


class Stats(Counter):
    def inc_value(self, key, count=1):
        self[key] += count

    def set_value(self, key, value):
        self[key] = value

    def get_value(self, key, default=None):
        return self.get(key, default)


def order_pages(size: int, order: str, seed: int = 0) -> list[int]:
    """The big site's page numbers in arrival order."""
    pages = list(range(size))
    motto = [n for n in pages if n % 3 == 0]
    rest = [n for n in pages if n % 3]
    if order == "motto-last":
        return rest + motto
    if order == "motto-first":
        return motto + rest
    if order == "reversed":
        return pages[::-1]
    if order == "shuffled":
        return random.Random(seed).sample(pages, size)
    return pages


def arrivals(size: int, order: str, small_sites: int, small_size: int, seed: int = 0) -> list[tuple[str, int]]:
    """(site, page) in arrival order: the big site's pages in ``order``, the small sites' pages
    spread among them (round robin)."""
    big = [("big", n) for n in order_pages(size, order, seed)]
    small = [(f"small{k}", n) for n in range(small_size) for k in range(small_sites)]
    if not small:
        return big
    out, step = [], max(1, len(big) // max(1, len(small)))
    for i, item in enumerate(small):
        out += big[i * step:(i + 1) * step]
        out.append(item)
    out += big[len(small) * step:]
    return out


def run(pages: Iterable[tuple[str, int]], *, hold_pages: int, hold_max: int, stop_after: int | None,
        refresh_every: int = 50, language: str = "en") -> dict:
    """Every page through the pipeline in order (each arrives before the next; held ones wait);
    ``stop_after``: the crawl closes once that many pages arrived. Returns counts."""
    pages = list(pages)[:stop_after]

    async def main():
        stats = Stats()
        hold = SourceHold(hold_pages, hold_max) if hold_pages else None
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), stats, thresholds=THRESHOLDS,
                                       hold=hold, tick_seconds=0.001, refresh_every=refresh_every)
        made = [site_page(site, n, language) for site, n in pages]
        tasks = []
        for article, _, _ in made:  # one arrival at a time, as the scraper hands items over
            tasks.append(asyncio.ensure_future(pipeline.process_item(article)))
            await asyncio.sleep(0)
        if stop_after is not None:  # the crawl closes: what is held goes with what is known
            pipeline.spider_closed(None, "closespider_itemcount")
        done = await asyncio.gather(*tasks, return_exceptions=True)
        pipeline.spider_closed(None, "finished")
        out: Counter = Counter()
        for (article, planted, real), item in zip(made, done, strict=True):
            text = "" if isinstance(item, BaseException) else item.text
            who = "big" if article.source == "big" else "small"
            for kind, line in planted:
                out[f"{who} planted"] += 1
                out[f"{who} leaked"] += line in text
                out[f"leaked {kind}"] += line in text
            for kind, line in real:
                out["real"] += 1
                out["kept"] += line in text
                out[f"lost {kind}"] += line not in text
        out["released early"] = stats.get("newsspider/hold/released_early", 0)
        return out
    return asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[6, 30, 300, 1000])
    parser.add_argument("--orders", nargs="*", default=["sitemap", "reversed", "shuffled", "motto-first", "motto-last"])
    parser.add_argument("--hold-max", type=int, nargs="*", default=[20, NEWSSPIDER_BOILERPLATE_HOLD_MAX])
    parser.add_argument("--hold-pages", type=int, default=NEWSSPIDER_BOILERPLATE_HOLD_PAGES)
    parser.add_argument("--small-sites", type=int, default=60, help="small sites interleaved (0: none)")
    parser.add_argument("--refresh-every", type=int, default=50, help="the pipeline's refresh_every")
    parser.add_argument("--small-size", type=int, default=9, help="pages of each small site")
    parser.add_argument("--languages", nargs="*", default=list(REAL_LINES), choices=list(REAL_LINES),
                        help="languages of the repeated real sentences (a run each)")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    print(f"{'lang':4s} {'size':>5} {'order':12s} {'hold':>4} {'small':>5} {'stop':>5}  big leaked   small leaked  "
          f"real kept   released early")
    for language, size in ((language, size) for language in args.languages for size in args.sizes):
        for order in args.orders:
            for hold_max in args.hold_max:
                for small in sorted({0, args.small_sites}):
                    for stop in (None, "half"):
                        pages = arrivals(size, order, small, args.small_size)
                        c = run(pages, hold_pages=args.hold_pages, hold_max=hold_max,
                                stop_after=len(pages) // 2 if stop else None,
                                refresh_every=args.refresh_every, language=language)
                        total.update(c)
                        print(f"{language:4s} {size:5d} {order:12s} {hold_max:4d} {small:5d} {stop or '-':>5}  "
                              f"{c['big leaked']:4d}/{c['big planted']:<5d} {c['small leaked']:4d}/{c['small planted']:<5d} "
                              f"{c['kept']:5d}/{c['real']:<5d} {c['released early']:5d}  " + " ".join(
                                  f"{k} {n}" for k, n in sorted(c.items()) if k.startswith(("leaked ", "lost ")) and n))
    print(f"all scenarios: big site lines leaked {total['big leaked']}/{total['big planted']}, small sites' "
          f"{total['small leaked']}/{total['small planted']}, real lines kept {total['kept']}/{total['real']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
