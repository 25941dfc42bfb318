"""WARC input and output end to end, with real ``scrapy crawl news`` runs on the sample corpus.

* WARC files the test writes itself from the sample corpus (each HTML page as the server sends
  it, plus records that are no article: a feed, a revisit, a record cut short, a corrupt gzip
  member), and WARC files GNU Wget writes of the same pages (another archiver's layout: its own
  warcinfo, request and metadata records): every HTML record becomes the same article as the HTTP
  crawl of the same page, and the other records are counted, never fatal.
* Round trip: the HTTP crawl with ``NEWSSPIDER_WARC_OUTPUT`` on, then ``-a warc=`` on the files it
  wrote with a fresh state directory, gives the same articles (ids, text, every field but the
  fetch time) and the same stories.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
import zlib
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecordType  # noqa: I001

from newsspider.export.files import export_path
from newsspider.sample.server import LocalSite, render_sources
from newsspider.warc.writer import Exchange, RotatingWarcWriter, exchange_records, http_head, warc_record
from tests.crawl import read_jsonl, run_crawl, validate_records
from tests.redis_server import unavailable
from tests.static_site import StaticSite, write_news_site, write_sources

SAMPLE = Path(__file__).resolve().parent.parent / "newsspider" / "sample"
MANIFEST = json.loads((SAMPLE / "site" / "manifest.json").read_text(encoding="utf-8"))
SAME_FIELDS = ("id", "url", "canonical_url", "source", "title", "authors", "published", "modified", "language",
               "direction", "text", "description", "image", "tags", "site_name", "simhash")
"""Every field of the record except the fetch time and the story fields (compared as stories)."""


def pages_by_source() -> dict[str, list[str]]:
    grouped = defaultdict(list)
    for page in MANIFEST["pages"]:
        grouped[page["source"]].append(page["path"])
    return grouped


def fetch(url: str) -> tuple[str, list[tuple[bytes, bytes]], bytes]:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return (f"HTTP/1.1 {answer.status} {answer.reason}",
                [(name.encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers.items()], answer.read())


def write_test_warcs(directory: Path, base: str) -> None:
    """One file per source (``<source>-00000.warc.gz``): its pages as served, then a record of each
    kind the reader must skip: its feed or home page as XML/HTML listing... (counted as not HTML
    when it is a feed), a revisit, a response cut short, and a corrupt gzip member."""
    when = datetime.now(timezone.utc)
    for source, paths in pages_by_source().items():
        writer = RotatingWarcWriter(directory, source, max_bytes=1 << 30, info={"software": "tests"})
        for path in paths:
            status, headers, body = fetch(base + path)
            writer.write(Exchange(url=base + path, fetched_at=when, request_head=http_head(f"GET {path} HTTP/1.1", []),
                                  response_head=http_head(status, headers), response_body=body))
        writer.close()
        with (directory / f"{source}-00000.warc.gz").open("ab") as out:
            out.write(exchange_records(Exchange(
                url=f"{base}/{source}/feed.xml", fetched_at=when, request_head=b"GET / HTTP/1.1\r\n\r\n",
                response_head=http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"application/rss+xml")]),
                response_body=b"<rss version='2.0'><channel/></rss>")))
            out.write(warc_record(WarcRecordType.revisit, when, http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"text/html")]),
                              "application/http; msgtype=response", [("WARC-Target-URI", f"{base}/{source}/again.html")])[1])
            corrupt = bytearray(exchange_records(Exchange(
                url=f"{base}/{source}/corrupt.html", fetched_at=when, request_head=b"GET / HTTP/1.1\r\n\r\n",
                response_head=http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"text/html")]),
                response_body=b"<html><body>" + b"corrupt " * 2000 + b"</body></html>")))
            for i in range(30, 60):
                corrupt[i] ^= 0xFF
            out.write(bytes(corrupt))
            cut = exchange_records(Exchange(
                url=f"{base}/{source}/cut.html", fetched_at=when, request_head=b"GET / HTTP/1.1\r\n\r\n",
                response_head=http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"text/html")]),
                response_body=b"<html><body>" + b"cut short " * 3000 + b"</body></html>"))
            decompressor = zlib.decompressobj(31)
            decompressor.decompress(cut)
            member = cut[: len(cut) - len(decompressor.unused_data)]  # the response's gzip member
            out.write(member[: len(member) * 2 // 3])  # the file ends inside it


def write_wget_warcs(directory: Path, base: str) -> None:
    """GNU Wget's WARC files of the same pages, one per source (``<source>.warc.gz``)."""
    wget = shutil.which("wget")
    if wget is None:
        unavailable("GNU Wget is not installed (scripts/install-test-deps.sh installs it)")
    for source, paths in pages_by_source().items():
        urls = directory / f"{source}.urls"
        urls.write_text("".join(f"{base}{path}\n" for path in paths), encoding="utf-8")
        subprocess.run([wget, "--quiet", "--no-verbose", f"--warc-file={directory / source}", "-O", "/dev/null",
                        "-i", str(urls)], check=True, timeout=60)


@pytest.fixture(scope="module")
def sample_crawls(tmp_path_factory):
    """The HTTP crawl (WARC output on), the test's own WARC files and Wget's, of one server."""
    workdir = tmp_path_factory.mktemp("warc")
    sources = workdir / "sources.toml"
    with LocalSite(SAMPLE / "site") as site:
        sources.write_text(render_sources(SAMPLE / "sources.template.toml", site.base_url), encoding="utf-8")
        http = run_crawl(sources, workdir, output="http.jsonl",
                         settings={"NEWSSPIDER_WARC_OUTPUT": "True", "NEWSSPIDER_STATE_DIR": "state-http"})
        (workdir / "own").mkdir()
        write_test_warcs(workdir / "own", site.base_url)
        (workdir / "wget").mkdir()
        write_wget_warcs(workdir / "wget", site.base_url)
    assert http.returncode == 0, http.log[-3000:]
    assert len(http.records) == len(MANIFEST["pages"])
    return workdir, sources, http


def warc_crawl(workdir: Path, sources: Path | None, name: str, **arguments):
    result = run_crawl(sources, workdir, output=f"{name}.jsonl", arguments=arguments,
                       settings={"NEWSSPIDER_STATE_DIR": f"state-{name}"})
    assert result.returncode == 0, result.log[-3000:]
    validate_records(result.records)
    return result


def assert_same_articles(expected: list[dict], got: list[dict]) -> None:
    by_id = {record["id"]: record for record in got}
    assert sorted(by_id) == sorted(record["id"] for record in expected)
    for record in expected:
        differing = {field: (record[field], by_id[record["id"]][field]) for field in SAME_FIELDS
                     if record[field] != by_id[record["id"]][field]}
        assert not differing, (record["url"], differing)


def stories(workdir: Path, output: str) -> set[frozenset[str]]:
    """The run's stories as its story export lists them, each as its members' ids. Not grouped by the
    records' ``story_id``: a record carries its story's id as it was when written, and whether two
    fragments of one text were joined by then depends on the order the pages came in."""
    return {frozenset(member["id"] for member in story["members"])
            for story in read_jsonl(export_path(workdir / output))}


def test_every_html_record_of_warc_files_written_from_the_sample_is_the_same_article(sample_crawls):
    workdir, sources, http = sample_crawls
    result = warc_crawl(workdir, sources, "own", warc=workdir / "own", source="{file}")
    for record in result.records:  # "{file}": the file's name without .warc.gz, i.e. "<source>-00000"
        record["source"] = record["source"].removesuffix("-00000")
    assert_same_articles(http.records, result.records)
    assert stories(workdir, "own.jsonl") == stories(workdir, "http.jsonl")
    warc = {key.removeprefix("newsspider/warc/"): value for key, value in result.stats.items()
            if key.startswith("newsspider/warc/")}
    files = len(pages_by_source())
    assert warc["files"] == files and warc["pages"] == len(MANIFEST["pages"])
    assert warc["not_html"] == files and warc["revisit"] == files
    assert warc["corrupt"] == files and warc["truncated"] == files
    assert "WARC input (finished)" in result.log


def test_every_html_record_of_wget_warc_files_is_the_same_article(sample_crawls):
    workdir, sources, http = sample_crawls
    result = warc_crawl(workdir, sources, "wget", warc=f"{workdir / 'wget'}/*.warc.gz", source="{file}")
    assert_same_articles(http.records, result.records)
    assert result.stats["newsspider/warc/pages"] == len(MANIFEST["pages"])


def test_round_trip_the_crawl_s_own_warc_output_gives_the_same_articles_and_stories(sample_crawls):
    workdir, sources, http = sample_crawls
    written = sorted(workdir.glob("http-*.warc.gz"))
    assert written and not list(workdir.glob(".*.part"))
    assert http.stats["newsspider/warc_output/responses"] == http.stats["response_received_count"]
    result = warc_crawl(workdir, sources, "roundtrip", warc=f"{workdir}/http-*.warc.gz")
    assert_same_articles(http.records, result.records)
    assert stories(workdir, "roundtrip.jsonl") == stories(workdir, "http.jsonl")
    # feeds, sitemaps and robots.txt are no HTML; listing pages were fetched for their links
    assert result.stats["newsspider/warc/not_html"] > 0 and result.stats["newsspider/warc/discovery_pages"] > 0


def test_without_a_sources_file_articles_go_to_their_host_and_a_second_run_emits_nothing_new(sample_crawls):
    workdir, _, http = sample_crawls
    first = warc_crawl(workdir, None, "hosts", warc=workdir / "own", limit=5)
    assert len(first.records) == 5 and {record["source"] for record in first.records} == {"127.0.0.1"}
    again = run_crawl(None, workdir, output="hosts-again.jsonl", arguments={"warc": workdir / "own", "limit": 5},
                      settings={"NEWSSPIDER_STATE_DIR": "state-hosts"})
    assert again.returncode == 0 and again.records == []
    assert again.stats["newsspider/source/127.0.0.1/skipped_seen"] == 5


@pytest.mark.parametrize("arguments, message", [
    ({"warc": "nowhere/*.warc.gz"}, "no WARC file at nowhere/*.warc.gz"),
    ({"domains": "example.com"}, "needs -a warc="),
    ({"warc": "{own}", "since": "last week"}, "ISO 8601"),
])
def test_bad_warc_arguments_stop_the_run_with_status_2_and_say_why(sample_crawls, arguments, message):
    workdir, _, _ = sample_crawls
    arguments = {name: str(value).replace("{own}", str(workdir / "own")) for name, value in arguments.items()}
    result = run_crawl(None, workdir, output="bad.jsonl", arguments=arguments,
                       settings={"NEWSSPIDER_STATE_DIR": "state-bad"})
    assert result.returncode == 2 and message in result.log


def test_a_warc_output_that_cannot_be_written_stops_the_run_with_status_4(tmp_path):
    with LocalSite(SAMPLE / "site") as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(render_sources(SAMPLE / "sources.template.toml", site.base_url), encoding="utf-8")
        # a name the run's other files may have, but not the WARC file being written
        # (".<stem>-00000.warc.gz.part", 256 bytes): its first write fails (ENAMETOOLONG)
        stem = "o" * 236
        result = run_crawl(sources, tmp_path, output=f"{stem}.jsonl",
                           settings={"NEWSSPIDER_WARC_OUTPUT": "True", "NEWSSPIDER_STORIES_BACKEND": "none"})
    assert result.returncode == 4, result.log[-2000:]
    assert "WARC output failed" in result.log and result.stats["newsspider/warc_output/failed"] == 1
    assert result.stats["finish_reason"] == "output_failed"



def test_the_warc_files_keep_the_jsonl_files_name_when_it_is_numbered_past_an_earlier_runs_file(tmp_path):
    """A file of the run's second exists (an earlier run's, the clock set back since): the JSONL
    became ``articles-<UTC>-2.jsonl`` but the WARC files ``articles-<UTC>-00000.warc.gz``, named
    like the earlier run's file, not like their own run's."""
    with StaticSite(tmp_path / "site") as site:
        write_news_site(site.root, site.base_url, 3)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        (tmp_path / "output").mkdir()
        now = datetime.now(timezone.utc)
        for second in range(120):  # whenever the run starts in the next two minutes
            (tmp_path / "output" / f"articles-{now + timedelta(seconds=second):%Y%m%dT%H%M%SZ}.jsonl").touch()
        result = run_crawl(sources, tmp_path, output=None, settings={
            "NEWSSPIDER_WARC_OUTPUT": "True", "NEWSSPIDER_STORIES_BACKEND": "none",
            "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"})
    assert result.returncode == 0, result.log[-3000:]
    written = [path for path in (tmp_path / "output").glob("articles-*.jsonl") if path.stat().st_size]
    assert len(written) == 1 and written[0].stem.endswith("Z-2"), written
    warcs = sorted(path.name for path in (tmp_path / "output").glob("*.warc.gz"))
    assert warcs == [f"{written[0].stem}-00000.warc.gz"], warcs


def test_a_source_set_aside_for_a_mistake_gets_none_of_its_archived_pages_written(sample_crawls):
    """Its options (language, selectors, age limit) are not known: its pages were written under the
    crawl's defaults while the log said the source was skipped."""
    workdir, sources, http = sample_crawls
    text = sources.read_text(encoding="utf-8")
    first = text.index('name = "') + len('name = "')
    name = text[first:text.index('"', first)]
    mistaken = workdir / "mistaken.toml"
    mistaken.write_text(text.replace(f'name = "{name}"\n', f'name = "{name}"\nlangauge = "en"\n', 1), encoding="utf-8")
    result = warc_crawl(workdir, mistaken, "set-aside", warc=f"{workdir}/http-*.warc.gz")
    expected = [record for record in http.records if record["source"] != name]
    assert len(expected) < len(http.records)
    assert sorted(record["id"] for record in result.records) == sorted(record["id"] for record in expected)
    assert result.stats["newsspider/warc/set_aside_source"] == len(http.records) - len(expected)
