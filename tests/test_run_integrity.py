"""End-to-end: no real article of a run is lost or filed under another's address. A source's
article limit is spent on its newest articles, a place left by a page that failed or was no
article goes to the next link, and a canonical URL naming the page's section, a feed or another
article's address does not merge articles (a real ``scrapy crawl news`` on a local site)."""
from __future__ import annotations

import gzip
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.crawl import read_jsonl, run_crawl, validate_records
from tests.hostile.server import HostileHandler, HostileServer, redirect, send, stream
from tests.static_site import StaticSite

TOWNS = ["Ashford", "Brambleton", "Carrow", "Dunmore", "Eastwick", "Fernhill", "Glenrock", "Harlow", "Ivybridge"]
ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-{day:02d}T08:00:00+00:00"></head><body><article><h1>{title}</h1>
<p>The council of {town} met on Tuesday evening to discuss plan number {n} for the old market square.</p>
<p>Residents of {town} filled the hall and asked how plan {n} would change traffic in the town centre.</p>
<p>A final vote on plan {n} is expected next month, after a second round of public consultation in {town}.</p>
</article></body></html>"""
NOT_AN_ARTICLE = "<!doctype html><html><head><title>Gallery</title></head><body><p>Photos</p></body></html>"


def write_page(root: Path, path: str, n: int, day: int = 20, canonical: str | None = None) -> str:
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    town = TOWNS[n % len(TOWNS)]
    target.write_text(ARTICLE.format(title=f"{town} council weighs plan {n}", head=head, day=day, town=town, n=n),
                      encoding="utf-8")
    return path


def feed_xml(base: str, entries: list[tuple[str, int]]) -> str:
    """An RSS feed of (path, day of November 2026) entries, in the order given."""
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link>"
                    f"<pubDate>{day:02d} Nov 2026 08:00:00 +0000</pubDate></item>" for p, day in entries)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def write_feed(root: Path, path: str, base: str, entries: list[tuple[str, int]]) -> str:
    """:func:`feed_xml` written under ``root`` at ``path``; its address."""
    (root / path.lstrip("/")).write_text(feed_xml(base, entries), encoding="utf-8")
    return f"{base}{path}"


def serve_feed(server: HostileServer, paths: list[str]) -> str:
    """:func:`feed_xml` of ``paths`` (dated November 20, 21, ...) served at ``/feed.xml`` with a
    ``Last-Modified`` validator (a run that keeps it asks the next time with it); its address."""
    entries = [(path, 20 + n) for n, path in enumerate(paths)]
    server.routes["/feed.xml"] = send(feed_xml(server.base_url, entries).encode(), "application/rss+xml",
                                      headers={"Last-Modified": "Fri, 20 Nov 2026 08:00:00 GMT"})
    return f"{server.base_url}/feed.xml"


def test_a_limited_source_writes_its_newest_articles_and_a_failed_ones_place_goes_to_the_next(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        days = {"/limited/2026/11/26/gone-missing-story": 26,  # newest: 404
                "/limited/2026/11/25/photo-gallery-page": 25}  # then a page that is no article
        (root / "limited/2026/11/25").mkdir(parents=True)
        (root / "limited/2026/11/25/photo-gallery-page").write_text(NOT_AN_ARTICLE, encoding="utf-8")
        for n, day in enumerate([21, 24, 22, 23, 20]):
            days[write_page(root, f"/limited/2026/11/{day:02d}/council-story-number-{n}", n, day)] = day
        entries = sorted(days.items(), key=lambda entry: entry[0])  # the feed's order is not its dates'
        feed = write_feed(root, "/limited.xml", base, entries)
        (tmp_path / "sources.toml").write_text(
            f'[[source]]\nname = "limited"\nfeeds = ["{feed}"]\nmax_articles = 3\n', encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    assert result.report["sources"]["limited"]["errors"] == 1  # the 404
    validate_records(result.records)
    written = sorted(record["url"].removeprefix(base) for record in result.records)
    assert written == ["/limited/2026/11/22/council-story-number-2", "/limited/2026/11/23/council-story-number-3",
                       "/limited/2026/11/24/council-story-number-1"]  # the three newest articles
    fetched = {path for path, _ in site.requests if path.startswith("/limited/")}
    assert "/limited/2026/11/20/council-story-number-4" not in fetched  # the oldest: never requested
    assert "/limited/2026/11/21/council-story-number-0" not in fetched
    stats = result.stats
    assert stats["newsspider/source/limited/over_limit_skipped"] == 2  # left over for the next run
    assert result.report["sources"]["limited"]["over_limit_left"] == 2
    assert stats["newsspider/budget/released"] == 2  # the 404's place and the gallery's
    assert "newsspider/budget/released_at_idle" not in stats  # every ending was seen as it happened
    assert "limited requests=6 new=3" in result.log  # the feed, 3 articles, 2 released


def test_a_limited_sources_places_go_to_the_newest_links_of_all_its_documents(tmp_path):
    """The older of a source's two feeds, read first, must not take its places: they wait until
    both are read, then go to the newest links of both. (The site holds the newer feed, under
    /news/, for two seconds: long enough for the older feed's articles to be written otherwise.)"""
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    with StaticSite(root, hold_after=0) as site:
        threading.Timer(2, site.gate.set).start()
        base = site.base_url
        old = [(write_page(root, f"/two/2026/11/{day:02d}/older-story-number-{day}", day, day), day) for day in (1, 2, 3)]
        new = [(write_page(root, f"/two/2026/11/{day:02d}/newer-story-number-{day}", day, day), day) for day in (20, 21)]
        feeds = [write_feed(root, "/older.xml", base, old), write_feed(root, "/news/newer.xml", base, new)]
        (tmp_path / "sources.toml").write_text(
            f'[[source]]\nname = "two"\nfeeds = ["{feeds[0]}", "{feeds[1]}"]\nmax_articles = 3\n', encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    assert sorted(record["url"].removeprefix(base) for record in result.records) == [
        "/two/2026/11/03/older-story-number-3", "/two/2026/11/20/newer-story-number-20",
        "/two/2026/11/21/newer-story-number-21"]
    assert not {"/two/2026/11/01/older-story-number-1", "/two/2026/11/02/older-story-number-2"} & {
        path for path, _ in site.requests}
    assert result.stats["newsspider/source/two/over_limit_skipped"] == 2
    assert "two requests=5 new=3" in result.log  # two feeds, three articles


def test_canonicals_naming_a_section_a_feed_or_another_article_keep_every_article(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        feed_url = f"{base}/cms.xml"
        top = f"{base}/cms/2026/11/30/top-story-of-the-day"
        pages = [write_page(root, f"/cms/politics/council-story-number-{n}", n, canonical=f"{base}/cms/politics/")
                 for n in range(2)]
        pages += [write_page(root, f"/cms/2026/11/30/fixed-canonical-story-{n}", 10 + n, canonical=top) for n in range(3)]
        pages += [write_page(root, f"/cms/2026/11/30/feed-canonical-story-{n}", 20 + n, canonical=feed_url)
                  for n in range(2)]
        write_feed(root, "/cms.xml", base, [(path, 20) for path in pages])
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "cms"\nfeeds = ["{feed_url}"]\n', encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    validate_records(result.records)
    assert len(result.records) == 7 and len({record["id"] for record in result.records}) == 7
    canonical = {record["url"].removeprefix(base): record["canonical_url"] for record in result.records}
    assert all(canonical[path] == base + path for path in pages[:2] + pages[5:7])  # section, feed: their own
    on_top = [path for path in pages[2:5] if canonical[path] == top]
    assert len(on_top) == 1  # whichever came first has the address all three declare; the others their own
    assert all(canonical[path] == base + path for path in pages[2:5] if path not in on_top)
    assert result.stats["newsspider/extract/canonical_not_trusted"] == 6
    assert "newsspider/duplicates/same_url" not in result.stats


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_a_new_article_declaring_the_canonical_an_earlier_runs_article_was_written_under_is_written_next_run(
        tmp_path, request, backend):
    """A CMS copying one article-shaped canonical into every new page: run 1 writes its article under
    that address; run 2's new article declaring it (another title, another page) is written under
    its own URL, not dropped as already emitted (lost for good); in run 3 the first article reached
    again at another URL (its AMP page: the same title) is still skipped as seen. With either state
    backend: the SQLite state directory, or a Redis shared by a distributed crawl's workers."""
    root = tmp_path / "site"
    settings = {"NEWSSPIDER_STORIES_BACKEND": "none"}
    if backend == "redis":
        server = request.getfixturevalue("redis_server")
        settings |= {"NEWSSPIDER_REDIS_URL": server.url, "NEWSSPIDER_REDIS_PREFIX": "canonical-runs"}

    def run(n: int):
        if backend == "sqlite":
            return run_crawl(tmp_path / "sources.toml", tmp_path, output=f"run{n}.jsonl", settings=settings)
        workdir = tmp_path / f"worker-run{n}"  # a worker's output files are its own; the state is Redis
        workdir.mkdir()
        result = run_crawl(tmp_path / "sources.toml", workdir, output=None,
                           settings={**settings, "NEWSSPIDER_RUN_ID": f"run{n}"})
        result.records = [record for path in sorted((workdir / "output").glob("*articles-*.jsonl"))
                          for record in read_jsonl(path)]
        return result

    with StaticSite(root) as site:
        base = site.base_url
        feed_url = f"{base}/fixed.xml"
        top = f"{base}/fixed/2026/11/30/top-story-of-the-day"
        first = write_page(root, "/fixed/2026/11/20/council-story-number-0", 0, canonical=top)
        write_feed(root, "/fixed.xml", base, [(first, 20)])
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "fixed"\nfeeds = ["{feed_url}"]\n',
                                               encoding="utf-8")
        run1 = run(1)
        second = write_page(root, "/fixed/2026/11/21/council-story-number-1", 1, day=21, canonical=top)
        write_feed(root, "/fixed.xml", base, [(first, 20), (second, 21)])
        run2 = run(2)
        amp = write_page(root, "/fixed/amp/2026/11/20/council-story-number-0", 0, canonical=top)
        write_feed(root, "/fixed.xml", base, [(first, 20), (second, 21), (amp, 20)])
        run3 = run(3)
    assert [run.returncode for run in (run1, run2, run3)] == [0, 0, 0], run2.log[-3000:]
    assert [(record["url"], record["canonical_url"]) for record in run1.records] == [(base + first, top)]
    assert [(record["url"], record["canonical_url"]) for record in run2.records] == [(base + second, base + second)]
    validate_records(run2.records)
    assert run2.stats["newsspider/extract/canonical_not_trusted"] == 1
    assert run2.stats["newsspider/extract/canonical_taken_by_earlier_run"] == 1
    assert run3.records == []
    assert "newsspider/extract/canonical_not_trusted" not in run3.stats  # the AMP page is the first article
    assert run3.stats["newsspider/source/fixed/skipped_seen"] == 3  # two links seen, the AMP page's article


def test_a_limited_source_whose_links_another_source_requested_first_hands_its_places_on_without_recursion(tmp_path):
    """Two sources list the same 400 article links; the limited one (5 places) reads its feed after
    the other's articles are requested: each of its requests is dropped as a duplicate, and each drop
    handed its place to the next link at once, inside the drop: a recursion 400 links deep ended in
    RecursionError tracebacks ("Error caught on signal handler: ... article_not_written") and links
    neither requested nor counted as left. (The site holds the second feed, under /news/, until the
    first article request arrives: the first source's requests are all in the scheduler then.)"""
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    with StaticSite(root, hold_after=0) as site:
        base = site.base_url
        pages = [(write_page(root, f"/shared/2026/11/{1 + n % 28:02d}/council-story-number-{n}", n, 1 + n % 28),
                  1 + n % 28) for n in range(400)]
        first = write_feed(root, "/first.xml", base, pages)
        second = write_feed(root, "/news/second.xml", base, pages)

        def open_gate() -> None:
            while not any(path.startswith("/shared/") for path, _ in list(site.requests)):
                threading.Event().wait(0.02)
            site.gate.set()

        threading.Thread(target=open_gate, daemon=True).start()
        (tmp_path / "sources.toml").write_text(
            f'[[source]]\nname = "first"\nfeeds = ["{first}"]\n'
            f'[[source]]\nname = "second"\nfeeds = ["{second}"]\nmax_articles = 5\n', encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    assert "RecursionError" not in result.log and "Error caught on signal handler" not in result.log, \
        result.log[-3000:]
    urls = [record["url"] for record in result.records]
    assert len(urls) == len(set(urls)) == 400
    assert {record["source"] for record in result.records} == {"first"}
    assert "second requests=401 new=0 " in result.log  # every link of it handed a place, each a duplicate
    assert result.report["sources"]["second"]["over_limit_left"] == 0


@pytest.mark.parametrize("limit", ["1000", "0"], ids=["article budget", "no article budget"])
def test_an_article_link_longer_than_urllength_limit_is_skipped_counted_and_logged(tmp_path, limit):
    """A feed listing a link of 3,000 characters (over Scrapy's ``URLLENGTH_LIMIT``, 2,083): a
    source's article links reach the engine past the spider middlewares (the article budget hands
    them out), so Scrapy's ``UrlLengthMiddleware`` never saw them, and a 1 MB link was requested
    (HTTP 414). It is skipped with a line saying so, counted, and the source's other links crawled."""
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        pages = [(write_page(root, f"/long/2026/11/2{n}/council-story-number-{n}", n, 20 + n), 20 + n)
                 for n in range(2)]
        long_path = "/long/2026/11/23/" + "a" * 3000
        feed = write_feed(root, "/long.xml", base, [*pages, (long_path, 23)])
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "long"\nfeeds = ["{feed}"]\n', encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={
            "NEWSSPIDER_STORIES_BACKEND": "none", "NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": limit})
    assert result.returncode == 0, result.log[-3000:]
    assert sorted(record["url"] for record in result.records) == sorted(base + path for path, _ in pages)
    assert not any(path.startswith(long_path[:40]) and len(path) > 2083 for path, _ in site.requests)
    assert result.stats["newsspider/source/long/skipped_url_length"] == 1
    assert result.report["sources"]["long"]["skipped_url_length"] == 1  # a field of the report, not only a stat
    assert result.report["totals"]["skipped_url_length"] == 1
    assert "urllength/request_ignored_count" not in result.stats  # skipped before any request existed
    line = next(line for line in result.log.splitlines() if "URLLENGTH_LIMIT" in line)
    assert "(source long) lists a link of 3" in line and "longer than URLLENGTH_LIMIT (2083): skipped" in line, line
    assert len(line) < 500, line  # the link is not printed whole


def test_an_article_page_over_download_maxsize_is_its_sources_error_whether_announced_or_inflated(tmp_path):
    """Two article pages over ``DOWNLOAD_MAXSIZE``: one announcing its size (``Content-Length``),
    one gzip-encoded and inflating past it (a decompression bomb). The first was an error of its
    source and the second only ``ignored`` (Scrapy's decompression refusal is an ``IgnoreRequest``,
    as robots.txt's is): its feed's validators were saved and the page never asked for again. Both
    are errors now, with the same shape of line, and the next run reads the feed in full."""
    maxsize = 1 << 20
    article = ARTICLE.format(title="Ashford council weighs plan 1", head="", day=20, town="Ashford", n=1).encode()
    with HostileServer() as server:
        base = server.base_url
        paths = {"good": "/news/2026/11/20/council-story-good", "bomb": "/news/2026/11/21/council-story-bomb",
                 "huge": "/news/2026/11/22/council-story-huge"}
        server.routes[paths["good"]] = send(article, "text/html; charset=utf-8")
        server.routes[paths["bomb"]] = send(gzip.compress(bytes(4 * maxsize), mtime=0), "text/html; charset=utf-8",
                                            headers={"Content-Encoding": "gzip"})
        server.routes[paths["huge"]] = stream(4 * maxsize, "text/html; charset=utf-8")
        feed = serve_feed(server, list(paths.values()))
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "big"\nfeeds = ["{feed}"]\n', encoding="utf-8")
        settings = {"NEWSSPIDER_STORIES_BACKEND": "none", "DOWNLOAD_MAXSIZE": str(maxsize), "RETRY_TIMES": "0"}
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings=settings)
        assert result.returncode == 0, result.log[-3000:]
        assert [record["url"] for record in result.records] == [base + paths["good"]]
        reasons = {reason["url"]: reason for reason in result.report["sources"]["big"]["error_reasons"]}
        assert set(reasons) == {base + paths["bomb"], base + paths["huge"]}, result.report["sources"]["big"]
        assert all(reason["stage"] == "article" for reason in reasons.values())
        assert "DOWNLOAD_MAXSIZE" in reasons[base + paths["bomb"]]["reason"]
        assert result.report["sources"]["big"]["errors"] == 2
        assert "newsspider/source/big/ignored" not in result.stats
        for name in ("bomb", "huge"):
            assert f"article {base}{paths[name]} failed (source big): " in result.log
        rerun = run_crawl(tmp_path / "sources.toml", tmp_path, output="again.jsonl", settings=settings)
        assert server.hits(paths["bomb"]) == 2 and server.hits(paths["huge"]) == 2  # asked again: no validators kept
        assert rerun.report["sources"]["big"]["not_modified"] == 0


def test_a_feed_declaring_a_plain_internal_entity_is_crawled_and_an_external_one_still_refused(tmp_path):
    """A feed naming its publisher once in its DTD (``<!ENTITY publisher "...">``) was refused as
    a billion-laughs or XXE risk: its source failed and its articles were never fetched. It is
    read with the entity expanded; a feed declaring an external entity stays its source's error."""
    article = ARTICLE.format(title="Ashford council weighs plan 1", head="", day=20, town="Ashford", n=1).encode()
    with HostileServer() as server:
        base = server.base_url
        server.routes["/news/2026/11/20/council-story"] = send(article, "text/html; charset=utf-8")
        item = f"<item><title>&publisher;: plan 1</title><link>{base}/news/2026/11/20/council-story</link></item>"
        for name, declaration in (("plain", '<!ENTITY publisher "Ashford Courier">'),
                                  ("external", '<!ENTITY publisher SYSTEM "file:///etc/passwd">')):
            server.routes[f"/{name}.xml"] = send(
                f'<?xml version="1.0"?><!DOCTYPE rss [{declaration}]><rss version="2.0"><channel>'
                f'<title>&publisher;</title>{item}</channel></rss>'.encode(), "application/rss+xml")
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "plain"\nfeeds = ["{base}/plain.xml"]\n'
                                               f'[[source]]\nname = "external"\nfeeds = ["{base}/external.xml"]\n',
                                               encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    assert [(record["source"], record["url"]) for record in result.records] == [
        ("plain", base + "/news/2026/11/20/council-story")]
    assert result.report["sources"]["plain"]["errors"] == 0
    [reason] = result.report["sources"]["external"]["error_reasons"]
    assert "external entity" in reason["reason"], reason


def test_a_clock_set_back_does_not_make_todays_articles_dates_future_ones(tmp_path):
    """The crawl's clock runs three days behind the world (a machine restored from a snapshot, a
    clock set back): an article the server's ``Date`` header says came out yesterday lay "in the
    future" by the crawl's clock, and its publication date was thrown away as impossible (the rule
    that keeps Bikram Sambat years out), and a wrong one taken in its place. The latest time the page
    can have been fetched at is the later of the crawl's clock and the server's ``Date``, so the date
    is kept; the record's ``fetched_at`` stays the crawl's clock."""
    world = datetime.now(timezone.utc) + timedelta(days=3)
    published = (world - timedelta(days=1)).replace(microsecond=0)
    article = ARTICLE.format(title="Ashford council weighs plan 1", head="", town="Ashford", n=1,
                             day=20).replace("2026-11-20T08:00:00+00:00", published.isoformat()).encode()
    server_date = {"Date": format_datetime(world, usegmt=True)}
    with HostileServer() as server:
        base = server.base_url
        server.routes["/news/council-story"] = send(article, "text/html; charset=utf-8", headers=server_date)
        server.routes["/feed.xml"] = send(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title>'
            f'<link>{base}/news/council-story</link></item></channel></rss>'.encode(), "application/rss+xml",
            headers=server_date)
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "ahead"\nfeeds = ["{base}/feed.xml"]\n',
                                               encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 0, result.log[-3000:]
    [record] = result.records
    assert record["published"] == published.isoformat(), record["published"]
    assert record["fetched_at"] < published.isoformat()  # the crawl's own clock


def test_an_article_redirecting_past_redirect_max_times_is_its_sources_error_and_asked_again(tmp_path):
    """An article whose address redirects to a new one every time (a misconfigured CDN adding a
    cache-busting parameter): Scrapy gives up after ``REDIRECT_MAX_TIMES`` with an
    ``IgnoreRequest`` of no cause, as robots.txt's skip is, and it was counted ``ignored`` and
    its feed's validators saved, so the page was never asked for again. It is an error of its
    source now (``too many redirects (N)``), and the next run asks for it again; an article that
    robots.txt keeps out stays a skip (``ignored``, no error)."""
    article = ARTICLE.format(title="Ashford council weighs plan 1", head="", day=20, town="Ashford", n=1).encode()
    paths = {"good": "/news/2026/11/20/council-story-good", "loop": "/news/2026/11/21/council-story-loop",
             "private": "/private/2026/11/22/council-story-private"}

    def cache_buster(handler: HostileHandler) -> None:
        hop = int(handler.path.partition("?hop=")[2] or 0)
        redirect(f"{paths['loop']}?hop={hop + 1}")(handler)

    with HostileServer() as server:
        base = server.base_url
        server.routes[paths["good"]] = send(article, "text/html; charset=utf-8")
        server.routes[paths["loop"]] = cache_buster
        server.routes[paths["private"]] = send(article.replace(b"plan 1", b"plan 2"), "text/html; charset=utf-8")
        server.routes["/robots.txt"] = send(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        feed = serve_feed(server, list(paths.values()))
        (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "cdn"\nfeeds = ["{feed}"]\n', encoding="utf-8")
        settings = {"NEWSSPIDER_STORIES_BACKEND": "none", "REDIRECT_MAX_TIMES": "3"}
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings=settings)
        assert result.returncode == 0, result.log[-3000:]
        assert [record["url"] for record in result.records] == [base + paths["good"]]
        report = result.report["sources"]["cdn"]
        assert report["errors"] == 1, report
        [reason] = report["error_reasons"]
        assert reason["stage"] == "article" and reason["url"] == base + paths["loop"], reason
        assert reason["reason"].startswith("too many redirects (3)"), reason
        assert f"article {base}{paths['loop']} failed (source cdn): too many redirects (3)" in result.log
        assert result.stats.get("newsspider/source/cdn/ignored") == 1  # robots.txt: a skip, not an error
        assert server.hits(paths["loop"]) == 4 and server.hits(paths["private"]) == 0
        rerun = run_crawl(tmp_path / "sources.toml", tmp_path, output="again.jsonl", settings=settings)
        assert server.hits(paths["loop"]) == 8  # asked again: the feed's validators were not kept
        assert rerun.report["sources"]["cdn"]["not_modified"] == 0
        assert server.hits(paths["private"]) == 0
