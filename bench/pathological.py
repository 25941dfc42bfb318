"""Worst-case pages: does any step of ours grow faster than the page, or cost far more than trafilatura?

Each case builds a deterministic adversarial but realistic page (or feed, sitemap, listing page,
text) at three sizes, each twice the last, so the growth order shows: a linear step doubles its
time from one size to the next, a quadratic one quadruples it. For a page it prints the seconds of
our ``extract_article`` and of plain trafilatura's ``bare_extraction`` on the same page (our
extraction runs trafilatura too: ``ours/traf`` well above 1-2 means a step of our own is the cost),
then of the steps after extraction on the text it gave (``clean_text``, the story fingerprints of
``prepare_inputs`` without a model). Discovery cases time their parser alone.

    python -m bench.pathological                     # every case, three sizes
    python -m bench.pathological deep links --scale 0.5
    python -m bench.pathological deep --profile 2    # cProfile of our extraction at the third size
    python -m bench.pathological meta --memory       # tracemalloc peak of our extraction too
    python -m bench.pathological cards --growth      # our functions whose time grows faster than the page

``growth`` is the time at the largest size over the time at the smallest (4x the input): about 4
is linear, 16 quadratic. Times under ~20 ms are noise on a shared machine.

trafilatura's own reading grows with the square of the page on ``siblings``, ``table``,
``many_lines``, ``h1s`` and ``brs`` (session 48: 25,000 sibling paragraphs 91 s in plain
trafilatura, 161 s in ours, which reads the page more than once): at the default sizes these take
many minutes (run them with ``--scale 0.25``); a crawl bounds them with NEWSSPIDER_WORKER_TIMEOUT.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

PARAGRAPH = ("The council voted on Tuesday to approve the new budget for the coming year, after a debate "
             "that lasted well into the evening. Residents who spoke at the meeting asked for more money "
             "for roads and schools, and the mayor said the plan would be reviewed again in the spring. ")
WORDS = ("council budget river school market harbour station mayor weather season bridge garden "
         "library museum theatre office report answer meeting evening").split()
URL = "https://news.example.com/2024/05/14/council-approves-budget"


def _words(n: int, seed: int = 7) -> list[str]:
    """``n`` words of WORDS in a fixed pseudo-random order."""
    out, state = [], seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(WORDS[state % len(WORDS)])
    return out


def page(body: str, head: str = "", title: str = "Council approves the new budget") -> str:
    """A news page around ``body``: a title, an article of four real paragraphs, then ``body``."""
    story = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(4))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><header><nav><a href='/'>Home</a> <a href='/world/'>World</a></nav></header>"
            f"<main><article><h1>{title}</h1><p class='byline'>By Jane Doe</p>"
            f"<time datetime='2024-05-14T10:00:00Z'>14 May 2024</time>{story}</article>{body}</main>"
            f"<footer><p>Copyright 2024 Example News</p></footer></body></html>")


def deep(n: int) -> str:
    """``n`` nested divs, text at every 50th level and the story at the bottom (a broken template)."""
    opening = "".join(f"<div class='w{i}'>" + (f"<p>{PARAGRAPH}</p>" if i % 50 == 0 else "") for i in range(n))
    return page(opening + f"<p>{PARAGRAPH}</p>" + "</div>" * n)


def deep_unclosed(n: int) -> str:
    """``n`` <div>s never closed (the parser nests them all), a teaser in each 20th."""
    return page("".join(f"<div><span>{w}</span>" + (f"<p>{PARAGRAPH}</p>" if i % 20 == 0 else "")
                        for i, w in enumerate(_words(n))))


def siblings(n: int) -> str:
    """``n`` sibling <p>s of a few words each."""
    return page("<div>" + "".join(f"<p>{w} {w}s</p>" for w in _words(n)) + "</div>")


def siblings_spans(n: int) -> str:
    """``n`` sibling inline <span>s inside one paragraph."""
    return page("<p>" + "".join(f"<span>{w}</span> " for w in _words(n)) + "</p>")


def long_word(n: int) -> str:
    """One text node of ``n`` letters without a space."""
    return page(f"<p>{'abcdefghij' * (n // 10)}</p>")


def no_marks(n: int) -> str:
    """One paragraph of ``n`` characters of words without a sentence mark."""
    return page(f"<p>{' '.join(_words(n // 7))}</p>")


def cjk(n: int) -> str:
    """One paragraph of ``n`` CJK characters, no punctuation."""
    return page("<p>" + "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(n)) + "</p>")


def cjk_marked(n: int) -> str:
    """``n`` CJK characters with a full stop every 30 and no newline (one flattened line)."""
    return page("<p>" + "".join(chr(0x4E00 + (i * 7919) % 20000) + ("。" if i % 30 == 29 else "")
                                for i in range(n)) + "</p>")


def links(n: int) -> str:
    """A list of ``n`` article links (a 'most read' block gone wild)."""
    return page("<ul>" + "".join(f"<li><a href='/2024/05/{i % 28 + 1:02d}/{w}-story-{i}'>{w.title()} story number {i}</a></li>"
                                 for i, w in enumerate(_words(n))) + "</ul>")


def link_line(n: int) -> str:
    """``n`` links in one paragraph (one flattened line of links)."""
    return page("<p>" + " | ".join(f"<a href='/t/{w}-{i}'>{w} {i}</a>" for i, w in enumerate(_words(n))) + "</p>")


def metas(n: int) -> str:
    """``n`` <meta> tags, many of them dates, authors and keywords."""
    names = ("article:published_time", "author", "keywords", "article:tag", "description", "og:title", "date")
    head = "".join(f"<meta name='{names[i % len(names)]}' content='{w} 2024-05-{i % 28 + 1:02d} {i}'>"
                   for i, w in enumerate(_words(n)))
    return page("", head)


def jsonld_big(n: int) -> str:
    """One NewsArticle JSON-LD with an articleBody of ``n`` characters."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves the new budget",
            "datePublished": "2024-05-14T10:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"},
            "articleBody": (PARAGRAPH * (n // len(PARAGRAPH) + 1))[:n]}
    return page("", f"<script type='application/ld+json'>{json.dumps(data)}</script>")


def jsonld_many(n: int) -> str:
    """``n`` JSON-LD objects (a listing's items, each an article with a date and an author)."""
    head = "".join(
        "<script type='application/ld+json'>" + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"{w} story {i}",
             "url": f"https://news.example.com/{w}-{i}", "datePublished": f"2024-05-{i % 28 + 1:02d}T10:00:00Z",
             "author": {"@type": "Person", "name": f"{w.title()} Writer{i}"}, "keywords": [w, f"tag{i}"]})
        + "</script>" for i, w in enumerate(_words(n)))
    return page("", head)


def jsonld_graph(n: int) -> str:
    """One JSON-LD @graph of ``n`` objects."""
    graph = [{"@type": "NewsArticle", "headline": f"{w} story {i}", "url": f"https://news.example.com/{w}-{i}",
              "datePublished": f"2024-05-{i % 28 + 1:02d}T10:00:00Z", "author": {"@type": "Person", "name": f"Writer {i}"}}
             for i, w in enumerate(_words(n))]
    return page("", "<script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@graph": graph})
                + "</script>")


def times(n: int) -> str:
    """``n`` <time> elements with different dates."""
    return page("<div>" + "".join(f"<time datetime='20{10 + i % 14}-{i % 12 + 1:02d}-{i % 28 + 1:02d}'>{i % 28 + 1} May</time> "
                                  for i in range(n)) + "</div>")


def cards(n: int) -> str:
    """``n`` dated teaser cards (a headline link, a date, a teaser line) after the story."""
    return page("<section>" + "".join(
        f"<div class='card'><h3><a href='/2024/05/{i % 28 + 1:02d}/{w}-{i}'>{w.title()} story {i}</a></h3>"
        f"<span class='date'>{i % 28 + 1} May 2024</span><p>A short teaser about the {w} number {i}.</p></div>"
        for i, w in enumerate(_words(n))) + "</section>")


def big_title(n: int) -> str:
    """A <title> and <h1> of ``n`` characters (words, separators every so often)."""
    words = _words(n // 7)
    title = " ".join(w + (" |" if i % 9 == 8 else "") for i, w in enumerate(words))
    return page("", title=title)


def h1s(n: int) -> str:
    """``n`` <h1>s."""
    return page("".join(f"<h1>{w.title()} headline {i}</h1><p>{w} {i}</p>" for i, w in enumerate(_words(n))))


def bylines(n: int) -> str:
    """``n`` bylines (class, rel=author, 'By ...' lines)."""
    return page("".join(f"<div class='author'><a rel='author' href='/author/{w}{i}'>By {w.title()} Writer{i}</a></div>"
                        for i, w in enumerate(_words(n))))


def attributes(n: int) -> str:
    """Elements whose class, id, style and data attributes are ``n`` characters each."""
    value = " ".join(_words(n // 7))
    return page(f"<div class='{value}' id='{value}' style='{value}' data-x='{value}'><p>{PARAGRAPH}</p></div>"
                f"<a href='/x?{value.replace(' ', '=')}'>{value[:200]}</a>")


def scripts(n: int) -> str:
    """``n`` <script>s and ``n`` <iframe>s between paragraphs."""
    return page("".join(f"<script>var x{i} = '{w}';</script><iframe src='/embed/{i}'></iframe><p>{w} {i}</p>"
                        for i, w in enumerate(_words(n))))


def table(n: int) -> str:
    """A table of ``n`` rows by 100 cells."""
    row = "".join(f"<td>{i}</td>" for i in range(100))
    return page("<table>" + f"<tr>{row}</tr>" * n + "</table>")


def brs(n: int) -> str:
    """A paragraph of ``n`` words, each followed by a <br>, then ``n`` bare <br>s."""
    return page("<p>" + "".join(f"{w}<br>" for w in _words(n)) + "<br>" * n + "</p>")


def many_lines(n: int) -> str:
    """``n`` short paragraphs of a sentence each (a long text of short lines)."""
    return page("".join(f"<p>The {w} opened again on day {i}.</p>" for i, w in enumerate(_words(n))))


PAGES: dict[str, tuple[Callable[[int], str], int]] = {
    # case: (generator, smallest size); sizes are size, 2 x size, 4 x size
    "deep": (deep, 1250),
    "deep_unclosed": (deep_unclosed, 1250),
    "siblings": (siblings, 25_000),
    "siblings_spans": (siblings_spans, 25_000),
    "long_word": (long_word, 500_000),
    "no_marks": (no_marks, 500_000),
    "cjk": (cjk, 500_000),
    "cjk_marked": (cjk_marked, 250_000),
    "links": (links, 12_500),
    "link_line": (link_line, 12_500),
    "metas": (metas, 2_500),
    "jsonld_big": (jsonld_big, 1_000_000),
    "jsonld_many": (jsonld_many, 2_500),
    "jsonld_graph": (jsonld_graph, 2_500),
    "times": (times, 2_500),
    "cards": (cards, 5_000),
    "big_title": (big_title, 25_000),
    "h1s": (h1s, 2_500),
    "bylines": (bylines, 2_500),
    "attributes": (attributes, 250_000),
    "scripts": (scripts, 2_500),
    "table": (table, 250),
    "brs": (brs, 25_000),
    "many_lines": (many_lines, 5_000),
}


def feed_items(n: int) -> bytes:
    """An RSS feed of ``n`` items."""
    items = "".join(f"<item><title>{w} {i}</title><link>https://news.example.com/{w}-{i}</link>"
                    f"<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description>{w} teaser</description></item>"
                    for i, w in enumerate(_words(n)))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>{items}</channel></rss>".encode()


def feed_description(n: int) -> bytes:
    """An RSS feed of 10 items, one of them with a description of ``n`` characters of HTML."""
    big = "&lt;p&gt;" + " ".join(_words(n // 7)) + "&lt;/p&gt;"
    items = "".join(f"<item><title>story {i}</title><link>https://news.example.com/s-{i}</link>"
                    f"<description>{big if i == 3 else 'teaser'}</description></item>" for i in range(10))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>{items}</channel></rss>".encode()


def sitemap(n: int) -> bytes:
    """A sitemap of ``n`` URLs with news tags."""
    urls = "".join(f"<url><loc>https://news.example.com/2024/05/{w}-{i}</loc><lastmod>2024-05-14T10:00:00Z</lastmod>"
                   f"<news:news><news:title>{w} {i}</news:title></news:news></url>" for i, w in enumerate(_words(n)))
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>").encode()


def listing(n: int) -> str:
    """A section page of ``n`` links: articles, sub-sections and pages of the section."""
    parts = []
    for i, w in enumerate(_words(n)):
        kind = i % 3
        href = (f"/world/2024/05/14/{w}-story-{i}" if kind == 0 else f"/world/{w}{i}/" if kind == 1
                else f"/world/page/{i}/")
        parts.append(f"<a href='{href}'>{w} {i}</a>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _feed(n: int) -> Callable[[], Any]:
    from newsspider.discovery.feeds import read_feed
    body = feed_items(n)
    return lambda: read_feed(body, "https://news.example.com/feed", max_bytes=1 << 30)


def _feed_description(n: int) -> Callable[[], Any]:
    from newsspider.discovery.feeds import read_feed
    body = feed_description(n)
    return lambda: read_feed(body, "https://news.example.com/feed", max_bytes=1 << 30)


def _sitemap(n: int) -> Callable[[], Any]:
    from newsspider.discovery.sitemaps import parse_sitemap
    body = sitemap(n)
    return lambda: parse_sitemap(body, "https://news.example.com/sitemap.xml", max_bytes=1 << 30)


def _article_links(n: int) -> Callable[[], Any]:
    from newsspider.discovery.links import article_links
    html = listing(n)
    return lambda: article_links(html, "https://news.example.com/world/")


def _listing_links(n: int) -> Callable[[], Any]:
    from newsspider.discovery.links import listing_links
    html = listing(n)
    return lambda: listing_links(html, "https://news.example.com/world/")


def _feed_links(n: int) -> Callable[[], Any]:
    from newsspider.discovery.home import feed_links
    html = "<html><head>" + "".join(f"<link rel='alternate' type='application/rss+xml' href='/feed/{i}' title='Feed {i}'>"
                                    for i in range(n)) + "</head><body></body></html>"
    return lambda: feed_links(html, "https://news.example.com/")


def _learning(n: int) -> Callable[[], Any]:
    """A source's ``n`` pages, each of 40 lines: 10 template lines all share, 30 of their own;
    then what was learned, and one page cleaned of it."""
    from newsspider.extract.cleaning import clean_text
    from newsspider.state.learned_lines import MemoryLineStats

    template = [f"Follow us on {w} for more news" for w in WORDS[:10]]
    pages = [[*template[:5], *(f"{w} line {p} {j}: a sentence of its own." for j, w in enumerate(_words(30, p + 1))),
              *template[5:]] for p in range(n)]

    def run() -> Any:
        store = MemoryLineStats()
        for p, lines in enumerate(pages):
            store.observe("site", f"page{p}", lines)
        learned = store.template_lines("site", min_pages=3, min_share=0.1)
        return clean_text("\n".join(pages[0]), site_lines=learned)
    return run


def _learning_keys(n: int) -> Callable[[], Any]:
    """One page cleaned against a site's ``n`` learned lines (a source whose pages share many)."""
    from newsspider.extract.cleaning import clean_text
    from newsspider.extract.cleaning.keys import line_key

    learned = frozenset(line_key(f"{w} line {i} of the site") for i, w in enumerate(_words(n)))
    text = "\n".join(f"{w} line {i} of the site" if i % 2 else PARAGRAPH for i, w in enumerate(_words(2000)))
    return lambda: clean_text(text, site_lines=learned, site_labels=learned, site_short_lines=learned)


OTHERS: dict[str, tuple[Callable[[int], Callable[[], Any]], int]] = {
    "feed_items": (_feed, 25_000),
    "feed_description": (_feed_description, 2_500_000),
    "sitemap": (_sitemap, 12_500),
    "article_links": (_article_links, 12_500),
    "listing_links": (_listing_links, 2_500),
    "feed_links": (_feed_links, 2_500),
    "learning": (_learning, 1_250),
    "learning_keys": (_learning_keys, 25_000),
}


@dataclass
class Row:
    case: str
    size: int
    chars: int
    ours: float
    traf: float | None = None
    clean: float | None = None
    prepare: float | None = None
    reason: str = ""
    peak_mb: float | None = None


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def _after_extraction(text: str, title: str | None) -> tuple[float, float]:
    """Seconds of clean_text and of the story fingerprints (no model) on an extracted text."""
    from newsspider.extract.cleaning import clean_text
    from newsspider.stories.config import StoryConfig
    from newsspider.stories.prepare import StoryInput, prepare_inputs

    clean, _ = _timed(lambda: clean_text(text, title=title, language="en"))
    item = StoryInput(id="x", text=text, title=title, language="en", published=None, fetched_at="2024-05-14T10:00:00+00:00")
    prepare, _ = _timed(lambda: prepare_inputs([item], None, StoryConfig()))
    return clean, prepare


def run_page(case: str, size: int, *, memory: bool, profile: bool) -> Row:
    import trafilatura

    from newsspider.extract.article import extract_article

    html = PAGES[case][0](size)
    now = __import__("datetime").datetime(2024, 6, 1, tzinfo=__import__("datetime").timezone.utc)
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        extract_article(html, URL, now=now)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(35)
    ours, extraction = _timed(lambda: extract_article(html, URL, now=now))
    traf, _ = _timed(lambda: trafilatura.bare_extraction(html, url=URL, include_comments=False, with_metadata=True))
    row = Row(case, size, len(html), ours, traf, reason=extraction.reason or "")
    if extraction.article is not None:
        row.clean, row.prepare = _after_extraction(extraction.article.text, extraction.article.title)
    if memory:
        tracemalloc.start()
        extract_article(html, URL, now=now)
        row.peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return row


def run_other(case: str, size: int, *, memory: bool, profile: bool) -> Row:
    call = OTHERS[case][0](size)
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        call()
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    seconds, _ = _timed(call)
    row = Row(case, size, 0, seconds)
    if memory:
        tracemalloc.start()
        call()
        row.peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return row


def _profiled(call: Callable[[], Any]) -> dict[str, float]:
    """Cumulative seconds of each of our functions (newsspider's) in one ``call()``."""
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {f"{path.split('newsspider/', 1)[-1]}:{line}({name})": cumulative
            for (path, line, name), (_, _, _, cumulative, _) in stats.items() if "/newsspider/" in path}


def growth(case: str, scale: float, least: float = 0.05) -> None:
    """Our functions whose cumulative time grew more than twice as fast as the input from the
    first size to the third (4x the input: over 8x the time), the first warm-up call not counted."""
    from newsspider.extract.article import extract_article

    base = max(1, int((PAGES.get(case) or OTHERS[case])[1] * scale))
    if case in PAGES:
        calls = [partial(extract_article, PAGES[case][0](size), URL) for size in (base, 4 * base)]
    else:
        calls = [OTHERS[case][0](size) for size in (base, 4 * base)]
    calls[0]()  # warm-up: patterns compiled, models loaded
    small, large = (_profiled(call) for call in calls)
    rows = sorted(((large[name] / max(small.get(name, 0.0), 1e-4), name) for name in large if large[name] >= least),
                  reverse=True)
    print(f"{case}: our functions, seconds at {base} and {4 * base}, growth (linear: 4)")
    for ratio, name in rows:
        if ratio > 8:
            print(f"  {small.get(name, 0.0):8.3f} {large[name]:8.3f}  x{ratio:5.1f}  {name}")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help=f"cases (default: all): {', '.join([*PAGES, *OTHERS])}")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--memory", action="store_true", help="tracemalloc peak of our step at each size")
    parser.add_argument("--profile", type=int, default=None, help="cProfile our step at this size index (0-2)")
    parser.add_argument("--growth", action="store_true", help="list our functions growing faster than the input")
    args = parser.parse_args(argv)
    cases = args.cases or [*PAGES, *OTHERS]
    if args.growth:
        for case in cases:
            growth(case, args.scale)
        return
    print(f"{'case':16} {'size':>9} {'chars':>9} {'ours':>8} {'traf':>8} {'ours/tr':>7} {'clean':>7} {'prepare':>7} "
          f"{'peakMB':>7}  reason")
    for case in cases:
        base = (PAGES.get(case) or OTHERS[case])[1]
        firsts: float | None = None
        for index in range(3):
            size = max(1, int(base * args.scale)) * 2 ** index
            runner = run_page if case in PAGES else run_other
            row = runner(case, size, memory=args.memory, profile=args.profile == index)
            firsts = firsts if firsts is not None else row.ours
            ratio = f"{row.ours / row.traf:7.1f}" if row.traf else f"{'':7}"
            print(f"{case:16} {size:9d} {row.chars:9d} {row.ours:8.3f} {_fmt(row.traf):>8} {ratio} "
                  f"{_fmt(row.clean):>7} {_fmt(row.prepare):>7} {_fmt(row.peak_mb):>7}  {row.reason}"
                  + (f"  growth x{row.ours / firsts:.1f}" if index == 2 and firsts else ""), flush=True)


if __name__ == "__main__":
    main()
