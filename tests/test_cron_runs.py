"""Cron-grade runs: each article once across runs, conditional requests, one run per state
directory, and nothing lost or duplicated when a run is killed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.crawl import FAST_SETTINGS, PROJECT_ROOT, CrawlResult, run_crawl
from tests.hostile.server import HostileHandler, HostileServer, Responder, send
from tests.static_site import ARTICLE, StaticSite, write_news_site, write_sources


def crawl_command(sources: Path, extra: dict | None = None) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}"]
    for name, value in {**FAST_SETTINGS, **(extra or {})}.items():
        command += ["-s", f"{name}={value}"]
    return command


def crawl_env() -> dict:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}


def output_records(workdir: Path) -> list[dict]:
    records = []
    for path in sorted((workdir / "output").glob("articles-*.jsonl")):
        text = path.read_text(encoding="utf-8")
        assert text == "" or text.endswith("\n"), f"{path.name} ends with a partial line"
        records += [json.loads(line) for line in text.splitlines()]
    return records


def wait_for_written_lines(folder: Path, count: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(path.read_bytes().count(b"\n") for path in folder.glob(".*.part")) >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"no {count} complete lines written within {timeout} s")


def test_rerun_on_unchanged_feed_sends_conditional_request_and_emits_nothing(tmp_path):
    with StaticSite(tmp_path / "site") as site:
        urls = write_news_site(site.root, site.base_url, 5)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        first = run_crawl(sources, tmp_path, output="first.jsonl")
        second = run_crawl(sources, tmp_path, output="second.jsonl")
    assert first.returncode == 0 and second.returncode == 0
    assert sorted(r["url"] for r in first.records) == sorted(urls)
    assert second.records == []
    feed_requests = [headers for path, headers in site.requests if path == "/rss.xml"]
    assert len(feed_requests) == 2 and "If-Modified-Since" in feed_requests[1]
    assert second.stats["newsspider/source/council/not_modified"] == 1


def test_article_emitted_earlier_is_not_emitted_again_when_feed_changes(tmp_path):
    with StaticSite(tmp_path / "site") as site:
        write_news_site(site.root, site.base_url, 3)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        first = run_crawl(sources, tmp_path, output="first.jsonl")
        time.sleep(1.1)  # Last-Modified has one-second resolution
        urls = write_news_site(site.root, site.base_url, 5)
        second = run_crawl(sources, tmp_path, output="second.jsonl")
    assert len(first.records) == 3
    assert sorted(r["url"] for r in second.records) == sorted(urls[3:])
    assert second.stats["newsspider/source/council/skipped_seen"] == 3


def test_articles_a_run_could_not_fetch_or_was_over_the_limit_for_are_written_by_the_next_run_of_the_same_feed(
        tmp_path):
    """An unchanged feed's 304 must not hide the links a run left: a page that answered 404 (listed
    in the feed before it was up) and the articles past the source's limit are written next time."""
    limited = {"NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "4", "NEWSSPIDER_STORIES_BACKEND": "none",
               "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"}
    with StaticSite(tmp_path / "site") as site:
        urls = write_news_site(site.root, site.base_url, 6)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        late = site.root / urls[0].split("/", 3)[3]
        page = late.read_bytes()
        late.unlink()
        runs = [run_crawl(sources, tmp_path, output="first.jsonl", settings=limited)]
        late.write_bytes(page)
        runs += [run_crawl(sources, tmp_path, output=f"run-{n}.jsonl", settings=limited) for n in (2, 3)]
    assert [run.returncode for run in runs] == [0, 0, 0], runs[-1].log[-3000:]
    written = [record["url"] for run in runs for record in run.records]
    assert sorted(written) == sorted(urls), runs[0].log[-3000:]
    assert "feed validators not kept for council" in runs[0].log


def crawl_twice(server: HostileServer, tmp_path: Path, kind: str, document: str,
                article: Responder) -> tuple[CrawlResult, CrawlResult]:
    """Two runs of a source whose ``kind`` (``feeds``, ``sitemaps``) lists ``document`` on ``server``,
    its articles answered by ``article`` under ``/news/``; each article written as it comes."""
    server.prefixes["/news/"] = article
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "council"\n{kind} = ["{server.base_url}{document}"]\n', encoding="utf-8")
    settings = {"NEWSSPIDER_STORIES_BACKEND": "none", "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"}
    return (run_crawl(sources, tmp_path, output="first.jsonl", settings=settings),
            run_crawl(sources, tmp_path, output="second.jsonl", settings=settings))


def test_a_feed_cut_mid_body_is_an_error_and_the_next_run_reads_it_in_full_for_the_articles_after_the_cut(
        tmp_path):
    """The server closes the connection half-way through the feed, which has no Content-Length to
    tell (HTTP/1.0, close-delimited): the crawl gets a 200 with half a feed. Its articles are written,
    the feed is reported as cut, and its Last-Modified is not kept: the next run, which the site
    would answer with a 304, reads it in full and writes the articles after the cut."""
    modified = "Tue, 01 Oct 2024 10:00:00 GMT"
    with HostileServer() as server:
        urls = [f"{server.base_url}/news/council-item-{n}.html" for n in range(8)]
        items = "".join(f"<item><title>Item {n}</title><link>{url}</link></item>" for n, url in enumerate(urls))
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()
        fed = 0

        def rss(handler: HostileHandler) -> None:
            nonlocal fed
            fed += 1
            if handler.headers.get("If-Modified-Since") == modified:
                return send(b"", None, status=304)(handler)
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            handler.send_header("Last-Modified", modified)
            handler.end_headers()
            handler.wfile.write(feed if fed > 1 else feed[:feed.index(b"<item><title>Item 5")])
            handler.close_connection = True

        def article(handler: HostileHandler) -> None:
            n = int(handler.path.rsplit("-", 1)[1].split(".")[0])
            send(ARTICLE.format(title=f"Council item {n}", n=n, day=1 + n).encode(), "text/html; charset=utf-8")(handler)

        server.routes["/rss.xml"] = rss
        first, second = crawl_twice(server, tmp_path, "feeds", "/rss.xml", article)
    assert first.returncode == 0 and second.returncode == 0, second.log[-3000:]
    assert sorted(r["url"] for r in first.records) == sorted(urls[:5])
    assert sorted(r["url"] for r in second.records) == sorted(urls[5:]), second.log[-3000:]
    assert "feed http" in first.log and "cut short: the document ends before its root element closes" in first.log


def test_a_malformed_sitemaps_articles_are_all_written_and_it_is_an_error_read_in_full_by_the_next_run(tmp_path):
    """A news sitemap with an unescaped ``&`` in an address and an unclosed element: the recovering
    parse read the first as another page's address (``?id=2=2``, a 404) and dropped every entry
    after the second, with no word in the log, and the sitemap's Last-Modified was kept: the next
    run got a 304 and the articles were never fetched."""
    modified = "Tue, 01 Oct 2024 10:00:00 GMT"
    with HostileServer() as server:
        base = server.base_url
        paths = ["/news/council-item-1.html", "/news/story?id=2&page=2", "/news/council-item-3.html"]
        sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<url><loc>{base}{paths[0]}</loc></url><url><loc>{base}{paths[1]}</loc><image></url>"
                   f"<url><loc>{base}{paths[2]}</loc></url></urlset>").encode()
        conditional = []

        def sitemap_xml(handler: HostileHandler) -> None:
            conditional.append(handler.headers.get("If-Modified-Since"))
            if handler.headers.get("If-Modified-Since") == modified:
                return send(b"", None, status=304)(handler)
            send(sitemap, "application/xml", headers={"Last-Modified": modified})(handler)

        def article(handler: HostileHandler) -> None:
            n = paths.index(handler.path) + 1
            send(ARTICLE.format(title=f"Council item {n}", n=n, day=n).encode(), "text/html; charset=utf-8")(handler)

        server.routes["/sitemap.xml"] = sitemap_xml
        first, second = crawl_twice(server, tmp_path, "sitemaps", "/sitemap.xml", article)
    assert first.returncode == 0 and second.returncode == 0, first.log[-3000:]
    assert sorted(record["url"] for record in first.records) == sorted(base + path for path in paths)
    [reason] = first.report["sources"]["council"]["error_reasons"]
    assert reason["stage"] == "sitemap" and reason["reason"].startswith(
        "malformed XML, read past the damage at line 1, column "), reason
    assert "Opening and ending tag mismatch: image" in reason["reason"]
    assert f"sitemap {base}/sitemap.xml failed (source council): malformed XML" in first.log
    assert conditional == [None, None]  # no validators kept: the next run reads it in full
    assert second.records == []  # and finds its articles written


def test_second_overlapping_run_exits_with_status_3_and_leaves_the_first_alone(tmp_path):
    with StaticSite(tmp_path / "site", hold_after=3) as site:
        urls = write_news_site(site.root, site.base_url, 12)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        first = subprocess.Popen(crawl_command(sources), cwd=tmp_path, env=crawl_env(),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        site.wait_for_articles(4)  # the first run is now mid-crawl, held by the server
        assert first.poll() is None, "the first run should still be crawling"
        second = subprocess.run(crawl_command(sources), cwd=tmp_path, env=crawl_env(), capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 3, second.stderr[:3000]
        assert "another newsspider run" in second.stderr
        assert first.poll() is None  # the first is still held by the server: the second did not wait for it
        site.gate.set()
        assert first.wait(timeout=120) == 0
    assert sorted(r["url"] for r in output_records(tmp_path)) == sorted(urls)


def test_killed_run_then_rerun_emits_every_article_exactly_once(tmp_path):
    with StaticSite(tmp_path / "site", hold_after=15) as site:
        urls = write_news_site(site.root, site.base_url, 40)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        # Pages are written as they come (not held until 20 of the new site's pages are seen),
        # so that the run has written some when it is killed.
        victim = subprocess.Popen(crawl_command(sources, {"NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"}), cwd=tmp_path,
                                  env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        site.wait_for_articles(16)
        wait_for_written_lines(tmp_path / "output", 1)  # some answered pages made it into the output
        assert victim.poll() is None, "the run should still be crawling when it is killed"
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
        site.gate.set()
        rerun = subprocess.run(crawl_command(sources), cwd=tmp_path, env=crawl_env(), capture_output=True,
                               text=True, timeout=180)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "took over a stale run lock" in rerun.stderr
    assert "but did not record as emitted" in rerun.stderr  # the killed run's lines were kept
    records = output_records(tmp_path)
    assert sorted(r["url"] for r in records) == sorted(urls)
    assert not list((tmp_path / "output").glob(".*.part"))


def test_unreachable_sources_give_exit_status_1(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "down"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    result = run_crawl(sources, tmp_path, settings={"RETRY_TIMES": "0"})
    assert result.returncode == 1
    assert "every source failed" in result.log
    assert "summary (finished): down requests=1 new=0 duplicates=0 seen=0 errors=1" in result.log


def test_unusable_state_store_gives_exit_status_2(tmp_path):
    (tmp_path / "not-a-directory").write_text("x")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    result = run_crawl(sources, tmp_path, settings={"NEWSSPIDER_STATE_DIR": str(tmp_path / "not-a-directory")})
    assert result.returncode == 2
    assert "not-a-directory" in result.log and "Spider opened" not in result.log


def test_state_store_from_a_newer_release_is_refused_with_exit_status_2(tmp_path):
    import sqlite3

    (tmp_path / ".newsspider").mkdir()
    with sqlite3.connect(tmp_path / ".newsspider" / "state.sqlite3") as db:
        db.execute("PRAGMA user_version=999")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    result = run_crawl(sources, tmp_path)
    assert result.returncode == 2 and "newer than this release" in result.log


def test_a_source_at_its_article_limit_leaves_its_other_article_pages_unfetched(tmp_path):
    """A feed listing 200 links for a source limited to 5 articles: 5 are requested, the first 5 of
    the (undated) feed, and the other 195 never (fetching each only to drop it after extraction
    costs the site and the crawl for nothing); they are left for the next run, which reads the feed
    in full (no validators kept) and takes the next 5."""
    with StaticSite(tmp_path / "site") as site:
        urls = write_news_site(site.root, site.base_url, 200)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        settings = {"NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "5", "NEWSSPIDER_STORIES_BACKEND": "none",
                    "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"}
        result = run_crawl(sources, tmp_path, settings=settings)
        fetched = [path for path, _ in site.requests if path.startswith("/news/")]
        assert result.returncode == 0 and len(result.records) == 5, result.log[-3000:]
        assert {r["url"] for r in result.records} == set(urls[:5])
        assert len(fetched) == 5, fetched
        assert result.stats["newsspider/source/council/over_limit_skipped"] == 195
        assert "council requests=6 new=5 duplicates=0 seen=0 errors=0" in result.log  # the feed and 5 articles
        first_run = len(site.requests)
        again = run_crawl(sources, tmp_path, output="again.jsonl", settings=settings)
    feed_again = next(headers for path, headers in site.requests[first_run:] if path == "/rss.xml")
    assert "If-Modified-Since" not in feed_again  # the first run kept no validators: links were left
    assert again.returncode == 0 and {r["url"] for r in again.records} == set(urls[5:10]), again.log[-3000:]
    assert again.stats["newsspider/source/council/skipped_seen"] == 5


def test_a_state_store_that_cannot_grow_stops_the_run_before_any_request_with_status_2(tmp_path):
    """The state database opens but its tables cannot be written (here a file-size limit, as a full
    disk would): the run stops while being built, with status 2 and the store's error, not status 1
    and 'the crawl could not start'."""
    import resource

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    done = subprocess.run(crawl_command(sources), cwd=tmp_path, env=crawl_env(), capture_output=True, text=True,
                          timeout=120, preexec_fn=small_files)
    assert done.returncode == 2, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("newsspider: cannot use the state store: .newsspider/state.sqlite3: "), last
    assert "Exception in callback" not in done.stderr
