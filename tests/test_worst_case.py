"""Steps of ours whose cost grew faster than their input (found by bench.pathological). Each must
grow about as its input does, not with its square: counted where the work can be (the comparisons
made), else timed at two sizes 16 times apart, as ratios, not seconds (the machine may be slow or
shared, but not 32 times slower for the larger call alone). Timing at sizes only 4 times apart
proved unsteady on a loaded machine: the smaller call's data fits the processor's caches and runs
unduly fast (3,000 items ran 8 times faster than 6,000)."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from newsspider.dates import Timestamp
from newsspider.discovery.home import feed_links
from newsspider.discovery.links import listing_links
from newsspider.discovery.sitemaps import sitemap_urls_from_robots
from newsspider.extract import jsonld
from newsspider.extract.elements import PageElements
from newsspider.extract.jsonld import names
from newsspider.extract.parse import parse_html
from newsspider.extract.published import _printed_day


def least_seconds(call: Callable[[], object], runs: int = 3) -> float:
    """The fastest of ``runs`` calls: what the step costs, less the machine's other work."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def grows_linearly(call_of: Callable[[int], Callable[[], object]], size: int, factor: int = 4) -> tuple[float, float]:
    """Seconds at ``size`` and at ``factor`` times it; a step linear in its input takes about
    ``factor`` times as long, a quadratic one ``factor`` squared."""
    small, large = call_of(size), call_of(factor * size)
    return least_seconds(small), least_seconds(large)


def test_the_declarations_on_the_printed_day_are_each_compared_with_a_few_of_them(monkeypatch):
    """A page of thousands of JSON-LD items, half of them dated on the day its address names: each
    declaration was compared with every one on that day (10,000 items: 1.7 s). Counted, not timed:
    each comparison reads a declaration's moment (``Timestamp.aware``)."""
    page = PageElements(parse_html("<html><body><p>A story.</p></body></html>"))
    url = "https://news.example.com/2024/05/14/story"
    start = datetime(2024, 5, 14, 0, 0, tzinfo=timezone.utc)
    count = 2000
    stamps: list[Timestamp | None] = [Timestamp(start + timedelta(days=n % 2, seconds=7 * n)) for n in range(count)]
    read = 0
    moment_of = Timestamp.aware.fget

    def counted(stamp: Timestamp) -> datetime:
        nonlocal read
        read += 1
        return moment_of(stamp)

    monkeypatch.setattr(Timestamp, "aware", property(counted))
    ordered = _printed_day(page, None, stamps, [], url, set())
    assert [stamp.moment.day for stamp in ordered] == [14] * (count // 2) + [15] * (count // 2)  # the printed day's first
    assert read <= 3 * count


def test_a_json_ld_list_of_thousands_of_authors_compares_each_name_with_a_few_others(monkeypatch):
    """Each name was compared with every one found before it (48,000 authors: 28 s). Counted, not
    timed (the larger list outgrows the processor's caches): the comparisons of the names read."""
    compared = 0

    class Counted(str):
        def __eq__(self, other: object) -> bool:
            nonlocal compared
            compared += 1
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    text = jsonld._text
    monkeypatch.setattr(jsonld, "_text", lambda value: None if (read := text(value)) is None else Counted(read))
    count = 2000
    authors = [{"@type": "Person", "name": f"Writer Number{n:06d}"} for n in range(count)]
    assert names([*authors, authors[0]]) == [f"Writer Number{n:06d}" for n in range(count)]
    assert compared <= 3 * count
    assert names([{"name": "A B"}, "C D", {"name": "A B"}]) == ["A B", "C D"]


def test_a_listing_pages_sub_sections_are_found_once_each_in_page_order():
    """(``listing_links`` looked each link up in the list of those found before it: 20,000
    sub-section links took 8.6 s, 2.8 s now; the per-link reading, linear, hides the square below
    some 10,000 links, too many for a fast test of the growth.)"""
    html = "<html><body>" + "".join(f"<a href='/world/{name}/'>{name}</a>" for name in ("asia", "europe", "asia"))
    html += "<a href='/world/europe/#top'>Europe</a><a href='/world/africa/'>Africa</a></body></html>"
    assert listing_links(html, "https://news.example.com/world/") == [
        "https://news.example.com/world/asia/", "https://news.example.com/world/europe/",
        "https://news.example.com/world/africa/"]


def test_a_home_page_of_thousands_of_feed_links_is_read_in_time_linear_in_them():
    """``feed_links`` (run in the crawl's reactor thread, on a home page) looked each feed up in the
    list of those found before it: 10,000 took 4 s, every download waiting. The per-link reading
    (linear) hides the square at small sizes: sizes 16 times apart."""
    def call_of(count: int) -> Callable[[], object]:
        html = "<html><head>" + "".join(f"<link rel='alternate' type='application/rss+xml' href='/feeds/{n:08d}.xml'>"
                                        for n in range(count)) + "</head><body></body></html>"
        return lambda: feed_links(html, "https://news.example.com/")

    assert call_of(2)() == ["https://news.example.com/feeds/00000000.xml", "https://news.example.com/feeds/00000001.xml"]
    small, large = grows_linearly(call_of, 750, factor=16)
    assert large < 32 * small, (small, large)


def test_a_robots_txt_of_thousands_of_sitemaps_is_read_in_time_linear_in_them():
    """(Read in the reactor thread too; each sitemap was looked up in the list of those before it:
    20,000 took 1.6 s.)"""
    def call_of(count: int) -> Callable[[], object]:
        body = "User-agent: *\n" + "".join(f"Sitemap: /sitemaps/{n:08d}.xml\n" for n in range(count))
        return lambda: sitemap_urls_from_robots(body, "https://news.example.com/robots.txt")

    assert call_of(2)() == ["https://news.example.com/sitemaps/00000000.xml",
                            "https://news.example.com/sitemaps/00000001.xml"]
    small, large = grows_linearly(call_of, 1250, factor=16)
    assert large < 32 * small, (small, large)
