"""Steps of ours whose cost grew faster than the page (found by bench.pathological): each is timed
at two sizes, and must grow about as the input does, not with its square. Ratios, not seconds:
the machine may be slow or shared, but not 8 times slower for the larger call alone. Sizes of
ten thousands: below, the data fits the processor's caches and the smaller call runs unduly fast
(3,000 items ran 8 times faster than 6,000 on a loaded machine)."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from newsspider.dates import Timestamp
from newsspider.discovery.home import feed_links
from newsspider.discovery.links import listing_links
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


def test_a_json_ld_list_of_thousands_of_authors_is_read_in_time_linear_in_its_length():
    def call_of(count: int) -> Callable[[], object]:
        authors = [{"@type": "Person", "name": f"Writer Number{n:06d}"} for n in range(count)]
        return lambda: names(authors)

    assert names([{"name": "A B"}, "C D", {"name": "A B"}]) == ["A B", "C D"]
    small, large = grows_linearly(call_of, 12_000)
    assert large < 8 * small, (small, large)


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
