"""BoilerplatePipeline: what a site's pages teach cleans all of them, whatever their order."""
from __future__ import annotations

import asyncio
import random

import pytest

from newsspider.holding import SourceHold
from newsspider.items import Article
from newsspider.pipelines.boilerplate import BoilerplatePipeline
from newsspider.state.learned_lines import MemoryLineStats, SiteLineThresholds
from newsspider.state.sqlite.db import open_state_db
from newsspider.state.sqlite.learned_lines import SQLiteLineStats
from tests.test_state import _sports_page, as_written_before_digits_were_counted

THRESHOLDS = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1,
                                short_min_share=0.25)
MOTTO = "Riippumatonta journalismia vuodesta 1889"      # a label the site prints on a third of its pages
TAGLINE = "Istina je naš posao."                          # a motto that ends like a sentence, on a third
CREDIT = ["Chanzo: Mwananchi", "Chanzo: Radio Kaskazi", "Chanzo"]  # "Source: <outlet>" ending some pages
SHARE = "Jaa artikkeli"                                  # on every page
BACKGROUND = "The war began in February 2022 and has not ended since."  # a sentence on a third of them
REPORTED = "Police are investigating."  # a short sentence of the story, on a third of them, inside the story


class InlinePool:
    async def run(self, function, *args, priority=0):
        return function(*args)


class Stats(dict):
    def inc_value(self, key, count=1):
        self[key] = self.get(key, 0) + count

    def set_value(self, key, value):
        self[key] = value

    def get_value(self, key, default=None):
        return self.get(key, default)


def page(n: int) -> Article:
    # Digits fold in line keys: the sentences of one page differ from another's by a word.
    word = "".join("abcdefghij"[int(d)] for d in str(n))
    lines = [f"Story {word} opens with a sentence of its own about the {word} event.",
             f"Its second paragraph, also unique, quotes the {word} official at length."]
    if n % 3 == 0:
        lines.insert(1, MOTTO)
        lines.insert(2, BACKGROUND)
    if n % 3 == 1:
        lines.insert(0, TAGLINE)
    if n % 3 == 2:  # inside the story on some pages, ending it on the others
        lines.insert(1 if n % 2 else len(lines), REPORTED)
    lines.append(SHARE)
    if n % 5 == 0:
        lines.append(CREDIT[n // 5 % len(CREDIT)])
    return Article(id=f"p{n}", url=f"https://site.example/{n}", canonical_url=f"https://site.example/{n}",
                   source="site", title=None, authors=[], published=None, modified=None, language="en",
                   direction="ltr", text="\n".join(lines), description=None, image=None, tags=[],
                   fetched_at="2024-01-01T00:00:00Z")


def crawl(order: list[int], hold_pages: int) -> dict[str, str]:
    """Every page through the pipeline, concurrently as Scrapy runs them; {id: cleaned text}."""
    async def main():
        hold = SourceHold(hold_pages, max_held=100) if hold_pages else None
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS,
                                       hold=hold, tick_seconds=0.01)
        items = await asyncio.gather(*(pipeline.process_item(page(n)) for n in order))
        pipeline.spider_closed(None, "finished")
        return {item.id: item.text for item in items}
    return asyncio.run(main())


def test_a_sites_first_pages_are_cleaned_of_what_its_later_pages_teach_in_any_order():
    pages = list(range(30))
    runs = [crawl(order, hold_pages=20) for order in (pages, pages[::-1], random.Random(7).sample(pages, 30))]
    assert runs[0] == runs[1] == runs[2]
    for text in runs[0].values():
        assert MOTTO not in text and SHARE not in text and TAGLINE not in text
        assert "Chanzo" not in text  # the site's credit label, whatever it credits, and bare
    # The sentence the site repeats on a third of its pages is no label and no template: kept.
    assert sum(BACKGROUND in text for text in runs[0].values()) == 10
    # So is a short one seen between two paragraphs of the story, there and where it ends the
    # story: a motto stands in one slot of the template, at an edge of the text or beside chrome.
    assert sum(REPORTED in text for text in runs[0].values()) == 10


def test_without_holding_the_first_pages_keep_what_is_learned_later():
    texts = crawl(list(range(30)), hold_pages=0)
    assert MOTTO in texts["p0"] and SHARE in texts["p0"]  # the guard: this is what holding fixes


def test_a_site_smaller_than_the_hold_is_released_when_the_crawl_stalls():
    texts = crawl(list(range(9)), hold_pages=20)  # 9 pages, never 20: released by the stall ticks
    assert len(texts) == 9 and not any(MOTTO in t or SHARE in t for t in texts.values())


@pytest.mark.parametrize("hold_pages", [0, 20])
def test_only_boilerplate_pages_are_dropped_and_counted(hold_pages):
    from scrapy.exceptions import DropItem

    async def main():
        stats = Stats()
        hold = SourceHold(hold_pages, max_held=100) if hold_pages else None
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), stats, thresholds=THRESHOLDS, hold=hold,
                                       tick_seconds=0.01)
        item = page(1)
        item.text = "[ad_1]\nShare this article"
        with pytest.raises(DropItem):
            await pipeline.process_item(item)
        return stats
    stats = asyncio.run(main())
    assert stats["newsspider/not_article/only_boilerplate"] == 1
    assert stats.get("newsspider/hold/pages", 0) == (1 if hold_pages else 0)


def titles_cut(titles: dict[int, str]) -> tuple[dict[str, str], Stats]:
    """Page ``n`` of one site titled ``titles[n]``, in the dict's order, through the pipeline: each
    page's title after it, and the crawl's stats."""
    async def main():
        stats = Stats()
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), stats, thresholds=THRESHOLDS,
                                       hold=SourceHold(20, max_held=100), tick_seconds=0.01)
        pages = []
        for n, title in titles.items():
            item = page(n)
            item.title = title
            pages.append(item)
        items = await asyncio.gather(*(pipeline.process_item(item) for item in pages))
        pipeline.spider_closed(None, "finished")
        return {item.id: item.title for item in items}, stats
    return asyncio.run(main())


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_title_suffix_the_sites_pages_repeat_is_cut_from_every_title_in_any_order(order):
    titles = {n: f"Story {'abcdefghij'[n % 10]} number {n} | Sport" if n % 4 == 0 else f"Story {n} - Main Site"
              for n in range(12)}
    titles[5] = "Budget: a compromise - for now"  # a one-off subtitle
    cut, stats = titles_cut(titles if order == "forward" else dict(reversed(titles.items())))
    assert cut["p0"] == "Story a number 0" and cut["p1"] == "Story 1"
    assert cut["p5"] == "Budget: a compromise - for now"
    assert stats["newsspider/boilerplate/title_suffix"] == 11


def test_a_title_prefix_the_sites_pages_repeat_is_cut_and_a_dash_kicker_is_kept():
    words = ["budget", "harbour", "school", "bridge", "library", "market", "museum", "station", "stadium", "river",
             "forest", "airport"]  # (digits fold in line keys: "Story 1" and "Story 2" would be one suffix)
    titles = {n: f"Lokales | The {words[n]} reopens" if n % 2 == 0 else f"Ukraine-Krieg - The {words[n]} closes"
              for n in range(12)}
    cut, stats = titles_cut(titles)
    assert cut["p0"] == "The budget reopens" and cut["p1"] == "Ukraine-Krieg - The harbour closes"
    assert stats["newsspider/boilerplate/title_prefix"] == 6
    assert stats.get("newsspider/boilerplate/title_suffix", 0) == 0


def test_pages_still_being_extracted_keep_their_small_site_held_however_long_they_take():
    """A loaded machine: the site's last pages are still in extraction for many stall ticks after its
    first pages arrived. Released on the quiet alone, the first pages would go out cleaned of what
    three pages teach (the motto kept); the site stays held while any page is in flight."""
    async def main():
        extracting = 5
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS,
                                       hold=SourceHold(20, max_held=100), tick_seconds=0.01,
                                       busy=lambda held: extracting > 0)

        async def slow(n):
            nonlocal extracting
            await asyncio.sleep(0.3)  # thirty ticks
            extracting -= 1
            return await pipeline.process_item(page(n))
        items = await asyncio.gather(*(pipeline.process_item(page(n)) for n in (1, 2, 3, 4)),
                                     *(slow(n) for n in (0, 5, 6, 7, 8)))
        pipeline.spider_closed(None, "finished")
        return {item.id: item.text for item in items}
    texts = asyncio.run(main())
    assert len(texts) == 9 and not any(MOTTO in t or SHARE in t for t in texts.values())


def small_site_page(site: int, n: int, middle: bool = False) -> Article:
    """Page ``n`` of a small site: two sentences of its own, the site's motto on a third of them
    (at the top, or ``middle``: between the two, above an ad's shortcode)."""
    item = page(n + 100 * site)
    word = "".join("abcdefghij"[int(d)] for d in str(n + 100 * site))
    story = [f"Story {word} opens with a sentence of its own about the {word} event.",
             f"Its second paragraph, also unique, quotes the {word} official at length."]
    item.source, item.id = f"site{site}", f"site{site}/{n}"
    motto = f"Motto {'abcdefghij'[site]} of the site, printed often"
    if n % 3 == 0:
        story = [story[0], motto, "[adsense]", story[1]] if middle else [motto, *story]
    item.text = "\n".join(story)
    return item


@pytest.mark.parametrize(("settled_first", "middle"), [(True, False), (True, True), (False, False)])
def test_a_full_hold_keeps_the_pages_that_still_wait_for_their_sites_motto(settled_first, middle):
    """Ten small sites (nine pages each, never the twenty the hold waits for) arrive interleaved,
    and at most 40 pages may wait: the hold fills long before any site is complete. The pages
    without a line still to learn go first, and the motto pages (three a site) stay until their
    motto is learned; letting the site holding most go, as before, sends pages out with their
    site's motto seen on one or two pages. A motto between two paragraphs, beside an ad, is no line
    of the story: once the ad is cleaned away it stands between them, but its page still waits."""
    async def main():
        hold = SourceHold(20, max_held=40)
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS, hold=hold,
                                       tick_seconds=0.01)
        if not settled_first:
            async def unsettled(item):
                return lambda: False
            pipeline._settled_check = unsettled
        tasks = []
        for n in range(9):
            for site in range(10):
                tasks.append(asyncio.ensure_future(pipeline.process_item(small_site_page(site, n, middle))))
                await asyncio.sleep(0)  # each page arrives before the next, as the scraper hands them over
        items = await asyncio.gather(*tasks)
        pipeline.spider_closed(None, "finished")
        return [item.text for item in items], hold
    texts, hold = asyncio.run(main())
    leaked = sum("Motto" in text for text in texts)
    assert hold.released_early > 0  # the hold did fill
    if settled_first:
        assert leaked == 0 and hold.released_settled > 0
        assert all(len(text.split("\n")) == 2 for text in texts)  # the story's sentences all kept
    else:
        assert leaked > 0  # the guard: what letting settled pages go first fixes


def _crawl_state(*, downloading=0, responses=0, items=0, scheduled=0, backing_out=False):
    """A crawler as ``_busy`` reads it: Scrapy's downloader, scraper slot, scheduler stats."""
    from types import SimpleNamespace

    stats = Stats({"scheduler/enqueued": 10 + scheduled, "scheduler/dequeued": 10})
    slot = SimpleNamespace(queue=[], active=set(range(responses)), itemproc_size=items)
    engine = SimpleNamespace(downloader=SimpleNamespace(active=set(range(downloading))),
                             scraper=SimpleNamespace(slot=slot), needs_backout=lambda: backing_out)
    return SimpleNamespace(engine=engine, stats=stats)


def test_the_crawl_is_busy_while_anything_but_the_held_pages_is_in_flight():
    from newsspider.pipelines.boilerplate import _busy

    assert not _busy(_crawl_state(responses=3, items=3), held=3)      # only the held pages
    assert _busy(_crawl_state(responses=4, items=3), held=3)          # a page in extraction
    assert _busy(_crawl_state(responses=4, items=4), held=3)          # a page cleaned after the hold
    assert _busy(_crawl_state(responses=3, items=3, downloading=1), held=3)
    assert _busy(_crawl_state(responses=3, items=3, scheduled=2), held=3)
    # Scrapy stopped downloading (the held pages fill its scraper slot): the scheduled requests
    # cannot come before something is released.
    assert not _busy(_crawl_state(responses=3, items=3, scheduled=2, backing_out=True), held=3)


@pytest.mark.parametrize("other", ["title-suffixes:site", "story-lines:site", "label-links:site"])
def test_a_source_named_like_another_sources_derived_key_does_not_share_its_counts(other):
    """The learned-line store counts a source's title suffixes under ``title-suffixes:<source>`` and
    its story lines under ``story-lines:<source>``: a source named ``title-suffixes:site`` counted its
    text lines under the key of ``site``'s title suffixes, and a line printed on every one of its pages
    was cut from ``site``'s titles (or, named ``story-lines:site``, kept in ``site``'s text)."""
    async def main():
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS,
                                       hold=None, tick_seconds=0.01)
        for n in range(12):  # the other source prints "Evening Edition" and the site's motto on every page
            item = page(100 + n)
            item.source, item.id = other, f"o{n}"
            item.text = f"{item.text}\nEvening Edition\n{TAGLINE}"
            await pipeline.process_item(item)
        items = []
        for n in range(12):
            item = page(n)
            item.title = "Budget talks - Evening Edition" if n == 11 else f"Story {n}"
            items.append(await pipeline.process_item(item))
        pipeline.spider_closed(None, "finished")
        return items
    items = asyncio.run(main())
    assert items[11].title == "Budget talks - Evening Edition"  # a one-off subtitle of this site: kept
    assert TAGLINE in page(10).text and TAGLINE not in items[10].text  # the site's own motto, learned: cut


def test_a_sentence_the_sites_first_pages_all_repeat_inside_their_stories_is_kept():
    # The pages holding the background sentence arrive first, one after another: on each of the
    # first 20 (the hold), it is on every page the site has shown, as template lines are. It
    # stands inside the story on each: the story's. The motto, beside it on the same pages, goes.
    async def main():
        hold = SourceHold(20, max_held=100)
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS,
                                       hold=hold, tick_seconds=0.01)
        tasks = []
        for n in [n for n in range(60) if n % 3 == 0] + [n for n in range(60) if n % 3]:
            tasks.append(asyncio.ensure_future(pipeline.process_item(page(n))))
            await asyncio.sleep(0)  # each page arrives once the one before it was handed on
        items = await asyncio.gather(*tasks)
        pipeline.spider_closed(None, "finished")
        return [item.text for item in items]
    texts = asyncio.run(main())
    assert sum(BACKGROUND in text for text in texts) == 20
    assert not any(MOTTO in text for text in texts)


def sports_article(n: int) -> Article:
    """``test_state._sports_page`` as an article: "Independent since 1998" between the story's
    paragraphs on every page, a one-digit result on a quarter of them."""
    return Article(id=f"p{n}", url=f"https://site.example/{n}", canonical_url=f"https://site.example/{n}",
                   source="site", title=None, authors=[], published=None, modified=None, language="en",
                   direction="ltr", text="\n".join(_sports_page(n)), description=None, image=None, tags=[],
                   fetched_at="2024-01-01T00:00:00Z")


def crawl_state_dir(state_dir, pages: range) -> dict[str, str]:
    """``pages`` (``sports_article``) through the pipeline on the SQLite state directory ``state_dir``
    (the first 20 of a new site held); {id: cleaned text}."""
    async def main():
        db = open_state_db(state_dir)
        pipeline = BoilerplatePipeline(InlinePool(), SQLiteLineStats(db), Stats(), thresholds=THRESHOLDS,
                                       hold=SourceHold(20, max_held=100), tick_seconds=0.01)
        items = await asyncio.gather(*(pipeline.process_item(sports_article(n)) for n in pages))
        pipeline.spider_closed(None, "finished")
        db.close()
        return {item.id: item.text for item in items}
    return asyncio.run(main())


def test_a_state_directory_written_before_digits_were_counted_cuts_a_fixed_number_line_from_the_first_new_page(
        tmp_path):
    """A cron user upgrades: the state directory an earlier release wrote counted the site's line with a
    number ("Independent since 1998", between the story's paragraphs) without its digits. The new pages
    are cleaned of it from the first on, as a fresh crawl of those pages is. A one-digit result line
    ("Final score: 0-3") the old counts cannot tell from a fixed line is taken for one on its first new
    page only: the next result shows its number changing, and it stays in the stories from then on."""
    crawl_state_dir(tmp_path / "old", range(200))
    as_written_before_digits_were_counted(tmp_path / "old")
    upgraded = crawl_state_dir(tmp_path / "old", range(200, 230))
    assert not [pid for pid, text in upgraded.items() if "Independent since 1998" in text]
    fresh = crawl_state_dir(tmp_path / "fresh", range(200, 230))
    assert fresh["p200"].replace("Final score: 0-3\n", "") == upgraded["p200"]
    assert {pid: text for pid, text in upgraded.items() if pid != "p200"} == {
        pid: text for pid, text in fresh.items() if pid != "p200"}


READ_ALSO = "Soma pia"  # a bare "read also" before a link to another story of the site


def linked_page(n: int) -> Article:
    """A page whose story holds a bare label before a link to the site (``Article.label_links``, as
    extraction finds it): before a headline of four words or more extraction itself took the line (every
    third page: not in the text); before a shorter one it stays, a linked name as far as the page
    tells. Each page also closes with an attribution ending in a linked agency's name, no stop."""
    item = page(n)
    lines = item.text.split("\n")
    if n % 3 == 0:
        taken = f"{READ_ALSO} Mahakama yaamua kesi ya ardhi leo"  # one headline here: extraction took it anyway
        item.label_links = ((taken, READ_ALSO),)
    else:
        shown = f"{READ_ALSO} Mvua {'abcdefghij'[n % 10]}{'abcdefghij'[n // 10]}"  # another short link on each page
        lines.insert(1, shown)
        item.label_links = ((shown, READ_ALSO),)
    attribution = f"Об этом сообщает Агентство {'абвгдежзик'[n % 10]}{'абвгдежзик'[n // 10]}"  # another on each page
    lines.insert(2, attribution)
    item.label_links += ((attribution, "Об этом сообщает"),)
    item.text = "\n".join(lines)
    return item


def linked_crawl(order: list[int]) -> dict[str, str]:
    async def main():
        pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), Stats(), thresholds=THRESHOLDS,
                                       hold=SourceHold(20, max_held=100), tick_seconds=0.01)
        items = await asyncio.gather(*(pipeline.process_item(linked_page(n)) for n in order))
        pipeline.spider_closed(None, "finished")
        return {item.id: item.text for item in items}
    return asyncio.run(main())


def test_a_label_the_site_sets_before_headlines_goes_before_its_short_links_too_in_any_order():
    pages = list(range(24))
    runs = [linked_crawl(order) for order in (pages, pages[::-1], random.Random(3).sample(pages, 24))]
    assert runs[0] == runs[1] == runs[2]
    assert not any(READ_ALSO in text for text in runs[0].values())
    # An attribution ending in a name, on every page with different names, never before a headline: kept.
    assert all("Об этом сообщает" in text for text in runs[0].values())
    assert all("Story" in text and "Its second paragraph" in text for text in runs[0].values())

