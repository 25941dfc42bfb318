"""Every way a run can end, through a real ``scrapy crawl news`` on 127.0.0.1: an output on a full
or read-only file system, a kill -9 with each kind of output, bad settings, a time limit, Ctrl-C
once and twice, a JOBDIR resume; and what the run then says: its exit status, its one line on
stderr, its summary and its run report. In every case a later run with a usable output writes
each article exactly once."""
from __future__ import annotations

import ast
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from newsspider.export.files import export_path
from newsspider.extensions.run_report import report_path
from newsspider.outcome import (
    EXIT_CONFIG_ERROR,
    EXIT_INTERRUPTED,
    EXIT_LIMIT,
    EXIT_OK,
    EXIT_OUTPUT_FAILED,
    EXIT_SOURCES_FAILED,
)
from newsspider.output import partial_name
from newsspider.state.sqlite.db import DB_NAME
from tests.crawl import FAST_SETTINGS, PROJECT_ROOT, read_jsonl, validate_records, validate_report
from tests.filesystems import tmpfs
from tests.static_site import StaticSite, write_news_site, write_sources

ARTICLES = 10
RUN_SETTINGS = {**FAST_SETTINGS, "NEWSSPIDER_STORIES_BACKEND": "none",
                "NEWSSPIDER_BOILERPLATE_HOLD_PAGES": "0"}  # a new source's pages are written as they come
"""These tests stop runs half-way: each article is written as soon as it is extracted (no model, no
holding of a new source's first pages for the cleaner to learn from)."""


def command(sources: Path, *args: str, settings: dict | None = None) -> list[str]:
    argv = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}", *args]
    for name, value in {**RUN_SETTINGS, **(settings or {})}.items():
        argv += ["-s", f"{name}={value}"]
    return argv


def env() -> dict:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}


def crawl(workdir: Path, sources: Path, *args: str, settings: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command(sources, *args, settings=settings), cwd=workdir, env=env(), capture_output=True,
                          text=True, timeout=240)


def start(workdir: Path, sources: Path, *args: str, settings: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(command(sources, *args, settings=settings), cwd=workdir, env=env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)


def urls_in(*paths: Path) -> Counter:
    """How often each article URL appears in the files (each must hold complete lines only)."""
    found: Counter = Counter()
    for path in paths:
        data = path.read_bytes() if path.exists() else b""
        assert not data or data.endswith(b"\n"), f"{path} ends with a cut line"
        found.update(json.loads(line)["url"] for line in data.splitlines())
    return found


def wait_for_lines(path: Path, count: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path}: no {count} lines written within {timeout} s")


def dumped_stats(log: str) -> dict:
    """The stats Scrapy logs when the run ends (its times left out), for a run that could not write its report."""
    text = log.split("Dumping Scrapy stats:", 1)[1]
    text = text[text.index("{"):]
    text = text[:re.search(r"\}\n\d{4}-", text).start() + 1]  # up to the next log line
    return ast.literal_eval(re.sub(r"datetime\.datetime\([^)]*\)", "None", text))


def report_of(output: Path) -> dict:
    report = json.loads(report_path(output).read_text(encoding="utf-8"))
    validate_report(report)
    return report


@pytest.fixture
def site(tmp_path):
    with StaticSite(tmp_path / "site") as served:
        served.urls = write_news_site(served.root, served.base_url, ARTICLES)
        served.sources = write_sources(tmp_path / "sources.toml", served.base_url)
        yield served


@pytest.fixture
def held_site(tmp_path):
    """The same site, holding every article request after the fourth until the test opens the gate."""
    with StaticSite(tmp_path / "site", hold_after=4) as served:
        served.urls = write_news_site(served.root, served.base_url, ARTICLES)
        served.sources = write_sources(tmp_path / "sources.toml", served.base_url)
        yield served


# --- output failures -----------------------------------------------------------------------------

def test_full_disk_stops_the_run_with_status_4_keeping_complete_lines_and_a_rerun_writes_the_rest(site, tmp_path):
    with tmpfs(tmp_path / "full", free=4096) as full:  # room for about five records of ten
        failed = crawl(tmp_path, site.sources, "-O", str(full / "out.jsonl"))
        kept = urls_in(full / "out.jsonl")  # complete lines only, in place (no hidden .part left)
        assert not partial_name(full / "out.jsonl").exists()
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    assert "newsspider: output failed: cannot write" in failed.stderr and "No space left on device" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert 0 < len(kept) < ARTICLES
    assert f"new={len(kept)} " in failed.stderr  # the summary counts what was written, not what was extracted
    rerun = crawl(tmp_path, site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    written = kept + urls_in(tmp_path / "again.jsonl")
    assert sorted(written) == sorted(site.urls) and set(written.values()) == {1}


def fsync_failing(argv: list[str], after: int) -> tuple[list[str], dict]:
    """``argv`` of a crawl to ``-O out.jsonl`` whose fsyncs of it fail once after ``after`` good ones
    (``tests/fsync_fault.py``), and its environment."""
    argv = [argv[0], "-c", "import tests.fsync_fault\nfrom scrapy.cmdline import execute\nexecute()", *argv[3:]]
    return argv, {**env(), "FSYNC_FAULT_FILE": partial_name(Path("out.jsonl")).name, "FSYNC_FAULT_AFTER": str(after)}


@pytest.mark.parametrize("mid_run", [False, True], ids=["nothing-synced", "after-a-good-commit"])
def test_an_output_the_disk_could_not_make_durable_keeps_only_its_synced_lines_and_a_rerun_writes_the_rest(
        held_site, tmp_path, mid_run):
    """The writes succeeded, an fsync failed (a full NFS share or thin volume): the bytes since the
    last good fsync are not on disk (``tests/fsync_fault.py`` reads them back as NULs). The fsync of
    the end failed in Scrapy's store: logged with a traceback, the run's line saying only "see the
    error above", the summary counting articles no file kept. (One of a commit point, the run cut
    the file back to its complete writes and recorded them all as emitted: see test_output.)"""
    argv, environment = fsync_failing(command(held_site.sources, "-O", "out.jsonl"), after=1 if mid_run else 0)
    run = subprocess.Popen(argv, cwd=tmp_path, env=environment, text=True, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    if mid_run:  # the first four articles are made durable and recorded; then the gate opens
        held_site.wait_for_articles(5)
        notes = tmp_path / ".newsspider" / "outputs"
        while not any(path.read_bytes().count(b"\n") >= 4 for path in notes.glob("*.ids")) and run.poll() is None:
            time.sleep(0.05)
    held_site.gate.set()
    log, _ = run.communicate(timeout=240)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    assert "newsspider: output failed: cannot write out.jsonl: Input/output error" in log, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    kept = urls_in(tmp_path / "out.jsonl")  # complete lines only: what the last good fsync made durable
    assert len(kept) == (4 if mid_run else 0)
    assert f"new={len(kept)} " in log, log[-3000:]  # the summary counts what was kept
    assert report_of(tmp_path / "out.jsonl")["outputs"][0]["articles"] == len(kept)
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    written = kept + urls_in(tmp_path / "again.jsonl")
    assert sorted(written) == sorted(held_site.urls) and set(written.values()) == {1}, written


def test_an_article_whose_json_ld_holds_a_lone_surrogate_is_written_and_the_crawl_goes_on(site, tmp_path):
    """A headline with an escape JSON allows and no UTF-8 text holds (``\\ud800``): the article failed
    in the exporter with a traceback, the run exited 0 with errors=0 and kept its feed validators,
    and the next run (304) never wrote it."""
    page = site.root / "news" / "council-meeting-item-3.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</head>", (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council item 3 \\ud800 budget",'
        ' "keywords": ["a\\udc00b", "budget"]}</script></head>')), encoding="utf-8")
    first = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert first.returncode == EXIT_OK and "Traceback" not in first.stderr, first.stderr[-3000:]
    records = read_jsonl(tmp_path / "out.jsonl")
    validate_records(records)
    assert sorted(record["url"] for record in records) == sorted(site.urls)
    [third] = [record for record in records if record["url"].endswith("-3.html")]
    assert third["tags"][0] == "a\ufffdb"  # half a pair is no character: the replacement character stands for it


def test_the_first_output_failure_stays_the_runs_error_and_later_ones_are_added_to_it(site, tmp_path):
    """The WARC files and the JSONL on one full disk: the WARC output failed first and stopped the run,
    then the articles still arriving failed to be written, and the feed output's error replaced the
    first one: the run said it failed on out.jsonl, not on the WARC files that caused it."""
    with tmpfs(tmp_path / "full", free=4096) as full:
        failed = crawl(tmp_path, site.sources, "-O", str(full / "out.jsonl"), settings={"NEWSSPIDER_WARC_OUTPUT": "True"})
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    warc_error = f"cannot write to {full}: [Errno 28] No space left on device"
    assert "WARC output failed: cannot write to" in failed.stderr, failed.stderr[-3000:]
    assert failed.stderr.strip().splitlines()[-1] == "newsspider: output failed: " + warc_error
    feed_error = f"cannot write {full / 'out.jsonl'}: No space left on device"
    assert "output failed: " + feed_error in failed.stderr, failed.stderr[-3000:]  # the articles still arriving
    stats = dumped_stats(failed.stderr)  # no report: the disk is full
    assert stats["newsspider/output/error"] == warc_error
    assert stats["newsspider/output/later_errors"][0] == feed_error


def test_appending_on_a_full_disk_keeps_the_files_lines_and_a_rerun_appends_the_rest_once(site, tmp_path):
    with tmpfs(tmp_path / "full", free=4096) as full:  # room for about five records of ten
        out = full / "out.jsonl"
        out.write_bytes(b'{"url": "https://earlier.example/1"}\n')  # an earlier run's line
        failed = crawl(tmp_path, site.sources, "-o", str(out))
        assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
        (full / "filler").unlink()
        rerun = crawl(tmp_path, site.sources, "-o", str(out))
        assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
        found = urls_in(out)
    assert sorted(found) == sorted([*site.urls, "https://earlier.example/1"]) and set(found.values()) == {1}, found


def test_a_shared_appended_file_left_with_a_cut_last_line_is_repaired_and_its_article_written_again(site, tmp_path):
    """Runs appending to one file (cron, ``-o out.jsonl``); its last line gets cut after the run that
    wrote it recorded the article as emitted (a copy or restore cut short, a crash of a file system
    that acknowledged the fsync). The next run deleted the cut line's bytes and wrote nothing again:
    the article stayed recorded as emitted, and the feed answered 304 anyway."""
    out = tmp_path / "out.jsonl"
    first = crawl(tmp_path, site.sources, "-o", str(out))
    assert first.returncode == EXIT_OK, first.stderr[-3000:]
    data = out.read_bytes()
    last = data.rstrip(b"\n").rsplit(b"\n", 1)[1]
    cut_url = json.loads(last)["url"]
    out.write_bytes(data[:len(data) - len(last) - 1] + last[:120])  # the last record cut after its url
    time.sleep(1.1)  # Last-Modified has one-second resolution: the feed is unchanged, a 304 without the fix
    rerun = crawl(tmp_path, site.sources, "-o", str(out))
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(out)  # every line complete and valid JSON
    assert sorted(found) == sorted(site.urls) and set(found.values()) == {1}, found
    assert "ended with a cut line" in rerun.stderr and "written again by this run" in rerun.stderr
    assert json.loads(out.read_bytes().splitlines()[-1])["url"] == cut_url
    aside = list(tmp_path.glob("out.jsonl.cut-*"))  # the cut bytes are kept aside, not destroyed
    assert len(aside) == 1 and aside[0].read_bytes() == last[:120]
    again = crawl(tmp_path, site.sources, "-o", str(out))  # nothing cut now: conditional requests again
    assert again.returncode == EXIT_OK and "new=0 " in again.stderr and urls_in(out) == found
    assert "not modified" in again.stderr or "not_modified" in again.stderr


def test_a_cut_last_line_has_only_its_own_sources_feeds_read_in_full(tmp_path):
    """A cut last line of source alpha's article: the next run read every source's feeds without
    validators, beta's too, though none of beta's articles was lost (a cron run over many sources
    then downloads every feed in full for one cut line)."""
    with StaticSite(tmp_path / "alpha") as alpha, StaticSite(tmp_path / "beta") as beta:
        urls = write_news_site(alpha.root, alpha.base_url, 5) + write_news_site(beta.root, beta.base_url, 5)
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "alpha"\nfeeds = ["{alpha.base_url}/rss.xml"]\n'
                           f'[[source]]\nname = "beta"\nfeeds = ["{beta.base_url}/rss.xml"]\n', encoding="utf-8")
        out = tmp_path / "out.jsonl"
        assert crawl(tmp_path, sources, "-o", str(out)).returncode == EXIT_OK
        lines = out.read_bytes().splitlines(keepends=True)
        cut = next(n for n in reversed(range(len(lines))) if json.loads(lines[n])["source"] == "alpha")
        kept = lines[:cut] + lines[cut + 1:]
        out.write_bytes(b"".join(kept) + lines[cut][:len(lines[cut]) // 2])  # cut in its text, after "source"
        time.sleep(1.1)  # Last-Modified has one-second resolution: the feeds are unchanged
        alpha.requests.clear()
        beta.requests.clear()
        rerun = crawl(tmp_path, sources, "-o", str(out))
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(out)
    assert sorted(found) == sorted(urls) and set(found.values()) == {1}, found
    conditional = {name: ["If-Modified-Since" in headers for path, headers in site.requests if path == "/rss.xml"]
                   for name, site in (("alpha", alpha), ("beta", beta))}
    assert conditional == {"alpha": [False], "beta": [True]}, conditional


def test_a_run_whose_extraction_fails_for_every_page_keeps_no_validators_and_the_next_run_writes_them(
        site, tmp_path):
    """Every page's extraction fails (found with a file size limit, ``ulimit -f``, when py3langid
    unpacked its model to a temporary file: OSError 27; here its model file is missing). The run
    exited 0 with errors=0, saved the feed's validators, and the next run, without the fault, got
    a 304: the articles the failing run dropped were never written."""
    assert crawl(tmp_path, site.sources, "-O", "one.jsonl").returncode == EXIT_OK
    time.sleep(1.1)  # Last-Modified has one-second resolution
    urls = write_news_site(site.root, site.base_url, 2 * ARTICLES)
    broken = tmp_path / "broken" / "py3langid"  # py3langid without its model file, first on the path
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("", encoding="utf-8")
    (broken / "langid.py").write_text("from pathlib import Path\nMODEL_DIR = Path(__file__).parent\n"
                                      "MODEL_FILE = 'missing.npz.xz'\nclass LanguageIdentifier: ...\n",
                                      encoding="utf-8")
    failing = subprocess.run(command(site.sources, "-O", "two.jsonl"), cwd=tmp_path, capture_output=True, text=True,
                             env={**env(), "PYTHONPATH": os.pathsep.join([str(broken.parent), str(PROJECT_ROOT)])},
                             timeout=240)
    assert "extraction failed" in failing.stderr and "FileNotFoundError" in failing.stderr, failing.stderr[-3000:]
    assert f"errors={ARTICLES}" in failing.stderr and "feed validators not kept for council" in failing.stderr
    # a cron job is told: nothing could be extracted (not a run with nothing new), in one line at ERROR
    assert failing.returncode == EXIT_SOURCES_FAILED, failing.stderr[-3000:]
    said = (f"no article extracted: extraction failed for {ARTICLES} article pages (council: {site.base_url}/news/"
            f"council-meeting-item-")
    assert failing.stderr.strip().splitlines()[-1].startswith("newsspider: " + said), failing.stderr[-3000:]
    assert "FileNotFoundError(2, 'No such file or directory')); the next run fetches them again" in (
        failing.stderr.strip().splitlines()[-1])
    assert len([line for line in failing.stderr.splitlines() if " ERROR: " + said in line]) == 1
    assert " ERROR: Dropped: " not in failing.stderr  # one line per failed page, the pipeline's
    assert report_of(tmp_path / "two.jsonl")["ending"] == "extraction_failed"
    rerun = crawl(tmp_path, site.sources, "-O", "three.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(*(tmp_path / name for name in ("one.jsonl", "two.jsonl", "three.jsonl")))
    assert sorted(found) == sorted(urls) and set(found.values()) == {1}, found


class FailingStage:
    """A pipeline after the boilerplate stage that raises for the page whose URL ends with the
    ``FAILING_STAGE_URL`` setting: a stage failing for one article (a worker that died cleaning it)."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("FAILING_STAGE_URL"))

    def process_item(self, item):
        if item.url.endswith(self.suffix):
            raise RuntimeError("the stage failed")
        return item


def test_an_article_failing_in_a_stage_after_extraction_is_its_sources_error_and_the_next_run_writes_it(
        site, tmp_path):
    """A stage after extraction raising for one article (Scrapy's "Error processing"): the run counted
    no error and saved the feed's validators, and the next run's 304 hid the article for good."""
    from newsspider.settings import ITEM_PIPELINES

    failing = {"ITEM_PIPELINES": json.dumps({**ITEM_PIPELINES, "tests.test_run_endings.FailingStage": 250}),
               "FAILING_STAGE_URL": "/council-meeting-item-3.html"}
    one = crawl(tmp_path, site.sources, "-O", "one.jsonl", settings=failing)
    assert one.returncode == EXIT_OK, one.stderr[-3000:]  # one bad page does not fail the run
    assert "errors=1" in one.stderr and "feed validators not kept for council" in one.stderr, one.stderr[-3000:]
    [reason] = report_of(tmp_path / "one.jsonl")["sources"]["council"]["error_reasons"]
    assert reason == {"stage": "pipeline", "url": f"{site.base_url}/news/council-meeting-item-3.html",
                      "reason": "RuntimeError('the stage failed')"}
    two = crawl(tmp_path, site.sources, "-O", "two.jsonl")
    assert two.returncode == EXIT_OK, two.stderr[-3000:]
    assert [record["url"] for record in read_jsonl(tmp_path / "two.jsonl")] == [reason["url"]]
    found = urls_in(tmp_path / "one.jsonl", tmp_path / "two.jsonl")
    assert sorted(found) == sorted(site.urls) and set(found.values()) == {1}, found


def test_a_state_store_that_cannot_be_created_stops_the_run_with_one_error_line_and_no_traceback(site, tmp_path):
    """A file size limit (``ulimit -f``) that lets the database open but not take its tables: the
    store failed while the crawl was being built (the story pipeline's tables). The run exited 2
    rightly, but asyncio printed "Task exception was never retrieved" and the whole traceback."""
    def limited() -> None:  # above what opening a new database needs, below what its tables need
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    failed = subprocess.run(command(site.sources, "-O", "out.jsonl"), cwd=tmp_path, env=env(), capture_output=True,
                            text=True, timeout=240, preexec_fn=limited)
    assert failed.returncode == EXIT_CONFIG_ERROR, failed.stderr[-3000:]
    last = failed.stderr.strip().splitlines()[-1]
    assert last == f"newsspider: cannot use the state store: .newsspider/{DB_NAME}: disk I/O error", last
    assert "Traceback" not in failed.stderr and "never retrieved" not in failed.stderr, failed.stderr[-3000:]
    errors = [line for line in failed.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 1 and errors[0].endswith(f"state store failed: .newsspider/{DB_NAME}: disk I/O error; "
                                                   "the crawl cannot start"), errors
    assert not [path for path, _ in site.requests if path.startswith("/news/")]
    rerun = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_read_only_output_stops_the_run_before_any_article_with_status_4_and_a_rerun_writes_everything(site,
                                                                                                     tmp_path):
    with tmpfs(tmp_path / "ro", read_only=True) as read_only:
        failed = crawl(tmp_path, site.sources, "-o", str(read_only / "out.jsonl"))
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    assert "newsspider: output failed: cannot write" in failed.stderr and "Read-only file system" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert not [path for path, _ in site.requests if path.startswith("/news/")]  # stopped before fetching articles
    rerun = crawl(tmp_path, site.sources, "-o", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_standard_output_closed_by_its_reader_stops_the_run_with_status_4_naming_it(site, tmp_path):
    """``-o - | true``: the reader goes away before the first article; the run says which output
    failed (the error of a write to standard output names no file) and the next run writes every
    article. (A reader that took the first 300 bytes and left raced the run: when all ten records
    had reached the pipe's buffer before it left, no write failed and the run rightly ended 0.)"""
    run = subprocess.Popen(command(site.sources, "-o", "-:jsonlines"), cwd=tmp_path, env=env(), text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stdout.close()
    log = run.stderr.read()
    run.wait(timeout=120)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    assert "newsspider: output failed: cannot write standard output: Broken pipe" in log, log[-3000:]
    rerun = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_a_closed_standard_output_stops_the_run_with_status_4_before_any_article(site, tmp_path):
    """``-o -`` from a job whose standard output is closed (``>&-``): Scrapy's stdout storage failed
    to be built, and the run exited 1 with a traceback and "the crawl could not start (see the error
    above)", naming no output."""
    failed = subprocess.run(command(site.sources, "-o", "-:jsonlines"), cwd=tmp_path, env=env(), stdout=None,
                            stderr=subprocess.PIPE, text=True, timeout=240, preexec_fn=lambda: os.close(1))
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    assert failed.stderr.strip().splitlines()[-1] == "newsspider: output failed: cannot write standard output: it is closed"
    assert "Traceback" not in failed.stderr
    assert not site.requests
    rerun = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_a_named_pipe_output_streams_every_article_to_its_reader_and_records_them_as_emitted(site, tmp_path):
    """``-o pipe:jsonlines`` into ``jq``: written as a stream (no seek, no fsync, no hidden file, no
    report or story files beside it), each record once; the next run has nothing new to write."""
    pipe = tmp_path / "to-jq"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    streamed = crawl(tmp_path, site.sources, "-o", f"{pipe}:jsonlines")
    reader.join(timeout=10)
    assert streamed.returncode == EXIT_OK, streamed.stderr[-3000:]
    records = [json.loads(line) for line in received[0].splitlines()]
    validate_records(records)
    assert sorted(record["url"] for record in records) == sorted(site.urls)
    assert pipe.is_fifo() and not [path for path in tmp_path.iterdir() if path.name.startswith(("to-jq.", ".to-jq"))]
    again = crawl(tmp_path, site.sources, "-O", "out.jsonl", settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
    assert again.returncode == EXIT_OK and "new=0 " in again.stderr and read_jsonl(tmp_path / "out.jsonl") == []


def test_a_full_state_disk_stops_the_run_with_status_4_keeps_no_validators_and_the_next_run_loses_nothing(site,
                                                                                                        tmp_path):
    """The state store (SQLite) failing mid-run (here a full disk) was logged per page and the run went
    on, exited 0 and saved the feed's validators: the next run got a 304 and the articles the failing
    run could not process were never fetched again. The articles it did write, but could not record
    as emitted, stay in the output journal: the next run records them instead of writing them again."""
    with tmpfs(tmp_path / "state", size=2 << 20) as state:
        settings = {"NEWSSPIDER_STATE_DIR": str(state)}
        assert crawl(tmp_path, site.sources, "-O", "one.jsonl", settings=settings).returncode == EXIT_OK
        time.sleep(1.1)  # Last-Modified has one-second resolution
        urls = write_news_site(site.root, site.base_url, 3 * ARTICLES)  # 20 new articles in the feed
        room = os.statvfs(state)
        (state / "filler").write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 128 * 1024))  # room for a few
        failed = crawl(tmp_path, site.sources, "-O", "two.jsonl", settings=settings)
        (state / "filler").unlink()
        rerun = crawl(tmp_path, site.sources, "-O", "three.jsonl", settings=settings)
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    last = failed.stderr.strip().splitlines()[-1]  # the store, or the output journal beside it, fails first
    state_failed = last.startswith(f"newsspider: state store failed: {state / DB_NAME}: database or disk is full")
    assert state_failed or last == f"newsspider: output failed: cannot write {state / 'outputs'}: No space left on device", last
    assert f"feed validators: 1 discarded (the {'state store' if state_failed else 'output'} failed)" in failed.stderr
    report = report_of(tmp_path / "two.jsonl")
    assert report["exit_status"] == EXIT_OUTPUT_FAILED and report["ending"] == ("state_failed" if state_failed
                                                                                else "output_failed")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "three.jsonl")
    assert sorted(found) == sorted(urls) and set(found.values()) == {1}, found  # nothing lost, nothing twice


def crawl_with_state_locked(tmp_path: Path, sources: Path, *arguments: str):
    """A crawl while another process holds the state database (``BEGIN EXCLUSIVE``)."""
    holder = sqlite3.connect(tmp_path / ".newsspider" / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        return crawl(tmp_path, sources, *arguments)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_state_store_locked_by_another_process_stops_the_run_with_one_line_and_the_next_run_says_nothing_false(
        site, tmp_path):
    """Another process holding the state database (``BEGIN EXCLUSIVE``): the run exited 4 rightly, but
    logged a traceback for every page in flight ("Error processing Page", ten of them) and one for the
    learned lines' last write, then a "state retention failed" line; and the next run said "recovered 0
    articles written by a killed run" though no run was killed and nothing was recovered."""
    assert crawl(tmp_path, site.sources, "-O", "one.jsonl").returncode == EXIT_OK
    time.sleep(1.1)  # Last-Modified has one-second resolution
    urls = write_news_site(site.root, site.base_url, 2 * ARTICLES)
    locked = crawl_with_state_locked(tmp_path, site.sources, "-O", "two.jsonl")
    assert locked.returncode == EXIT_OUTPUT_FAILED, locked.stderr[-3000:]
    assert locked.stderr.strip().splitlines()[-1].startswith(
        f"newsspider: state store failed: .newsspider/{DB_NAME}: database is locked")
    errors = [line for line in locked.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 1 and "state store failed" in errors[0], errors
    assert "Traceback" not in locked.stderr
    rerun = crawl(tmp_path, site.sources, "-O", "three.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert "recovered 0 " not in rerun.stderr and "killed run" not in rerun.stderr, rerun.stderr[-3000:]
    found = urls_in(tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "three.jsonl")
    assert sorted(found) == sorted(urls) and set(found.values()) == {1}, found


def test_a_state_store_failure_says_nothing_of_an_output_journal_for_a_file_with_no_articles(site, tmp_path):
    """The state store locked by another process while every new article met it (the story store's
    write): the run wrote none, yet warned "two.jsonl stays in the output journal: the next run
    records its articles as emitted", and left a journal entry for a file with nothing to record."""
    assert crawl(tmp_path, site.sources, "-O", "one.jsonl").returncode == EXIT_OK
    urls = write_news_site(site.root, site.base_url, 2 * ARTICLES)
    locked = crawl_with_state_locked(tmp_path, site.sources, "-O", "two.jsonl")
    assert locked.returncode == EXIT_OUTPUT_FAILED, locked.stderr[-3000:]
    assert read_jsonl(tmp_path / "two.jsonl") == [], "the test needs a run that wrote nothing"
    assert "output journal" not in locked.stderr, locked.stderr[-3000:]
    assert not list((tmp_path / ".newsspider" / "outputs").iterdir())
    rerun = crawl(tmp_path, site.sources, "-O", "three.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert "recovered" not in rerun.stderr
    found = urls_in(tmp_path / "one.jsonl", tmp_path / "three.jsonl")
    assert sorted(found) == sorted(urls) and set(found.values()) == {1}, found


def test_a_run_report_that_cannot_be_written_makes_the_run_exit_4_though_its_articles_are_kept(site, tmp_path):
    """A cron monitor reads the report: a run whose report is missing exited 0 all the same."""
    report_path(tmp_path / "out.jsonl").mkdir()  # where the report goes, something it cannot replace
    done = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert done.returncode == EXIT_OUTPUT_FAILED, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last == "newsspider: output failed: cannot write the run report out.report.json: Is a directory", last
    assert "summary (output_failed): council" in done.stderr
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)  # written and recorded:
    assert "new=0 " in crawl(tmp_path, site.sources, "-O", "again.jsonl").stderr   # nothing again


def test_a_stories_file_that_cannot_be_written_makes_the_run_exit_4_though_its_articles_are_kept(site, tmp_path):
    """The story export beside the articles is an output of the run too: its failing was logged and
    counted, and the run exited 0."""
    export_path(tmp_path / "out.jsonl").mkdir()  # where the stories go, something they cannot replace
    done = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert done.returncode == EXIT_OUTPUT_FAILED, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last == "newsspider: output failed: cannot write the stories file out.stories.jsonl: Is a directory", last
    assert "summary (output_failed): council" in done.stderr and report_of(tmp_path / "out.jsonl")["exit_status"] == 4
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_an_output_named_like_a_folder_stops_the_run_before_any_article_and_does_not_wedge_the_next_runs(site,
                                                                                                        tmp_path):
    """``-O outdir`` where ``outdir`` is a folder: the run crawled everything, failed to put the file in
    place, and left a journal entry on which every later run failed (exit 2, 'Is a directory')."""
    (tmp_path / "outdir").mkdir()
    failed = crawl(tmp_path, site.sources, "-O", "outdir:jsonlines")
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    assert failed.stderr.strip().splitlines()[-1] == "newsspider: output failed: cannot write outdir: Is a directory"
    assert not [path for path, _ in site.requests if path.startswith("/news/")]
    rerun = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


def test_one_file_named_twice_as_an_output_is_refused_before_any_article_and_named_once_it_is_written_once(site,
                                                                                                         tmp_path):
    """``-o out.jsonl -o ./out.jsonl`` (one file, two names; through a symbolic link too) wrote every
    article twice into it and exited 0; two ``-O`` names of it stopped the run saying another process
    was writing it. Names the run gives (``%(name)s``) are found when the files are opened."""
    (tmp_path / "link.jsonl").symlink_to("out.jsonl")
    for args in (("-o", "out.jsonl", "-o", "./out.jsonl"), ("-O", "out.jsonl", "-O", "link.jsonl")):
        refused = crawl(tmp_path, site.sources, *args)
        assert refused.returncode == EXIT_CONFIG_ERROR, refused.stderr[-3000:]
        last = refused.stderr.strip().splitlines()[-1]
        assert last == (f"newsspider: bad setting: outputs {args[1]!r} and {args[3]!r} are one file named twice as an "
                        "output (each output writes every article to it; name it once)"), last
        assert report_of(tmp_path / "out.jsonl")["exit_status"] == EXIT_CONFIG_ERROR
    assert not site.requests and not (tmp_path / "out.jsonl").exists()
    failed = crawl(tmp_path, site.sources, "-O", "%(name)s.jsonl", "-O", "news.jsonl")
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    last = failed.stderr.strip().splitlines()[-1]
    assert last == ("newsspider: output failed: cannot write news.jsonl: news.jsonl is the same file: one file named "
                    "twice as an output (each output writes every article to it; name it once)"), last
    assert not [path for path, _ in site.requests if path.startswith("/news/")]
    done = crawl(tmp_path, site.sources, "-o", "./out.jsonl")
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    found = urls_in(tmp_path / "out.jsonl")
    assert sorted(found) == sorted(site.urls) and set(found.values()) == {1}, found


def test_an_output_named_as_another_outputs_report_or_stories_is_refused_and_left_as_it_was(site, tmp_path):
    """``-o out.jsonl -o out.stories.jsonl``: the story export written beside ``out.jsonl`` at the
    run's end replaced the articles of ``out.stories.jsonl`` (exit 0); ``-o out.report.json`` beside
    ``-o out.jsonl``: the run report did, and so did the refusal's report, had the run been refused."""
    earlier = '{"url": "an earlier run\'s line"}\n'
    for side in ("out.stories.jsonl", "out.report.json"):
        (tmp_path / side).write_text(earlier, encoding="utf-8")
        refused = crawl(tmp_path, site.sources, "-o", "out.jsonl", "-o", side)
        assert refused.returncode == EXIT_CONFIG_ERROR, refused.stderr[-3000:]
        assert f"newsspider: bad setting: output {side!r} is the " in refused.stderr, refused.stderr[-3000:]
        assert (tmp_path / side).read_text(encoding="utf-8") == earlier
    assert not site.requests and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(("first", "second", "says"), [
    ("%(name)s.jsonl", "news.stories.jsonl", "cannot write news.stories.jsonl: it is the story export of output "
                                             "news.jsonl"),
    ("news.stories.jsonl", "%(name)s.jsonl", "cannot write news.jsonl: its story export is output news.stories.jsonl"),
    ("%(name)s.jsonl", "news.report.json", "cannot write news.report.json: it is the run report of output news.jsonl"),
])
def test_an_output_named_by_the_run_as_another_outputs_side_file_is_refused_before_any_article(site, tmp_path,
                                                                                              first, second, says):
    """``-O %(name)s.jsonl -O news.stories.jsonl``: the settings check cannot see the name the run
    gives; the story export written beside ``news.jsonl`` at the run's end replaced the articles of
    ``news.stories.jsonl`` (exit 0). Found when the files are opened, as one file named twice is:
    nothing fetched, the earlier run's file left as it was."""
    earlier = '{"url": "an earlier run\'s line"}\n'
    side = tmp_path / (second if "%(" in first else first)
    side.write_text(earlier, encoding="utf-8")
    failed = crawl(tmp_path, site.sources, "-O", first, "-O", second)
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    last = failed.stderr.strip().splitlines()[-1]
    assert last == f"newsspider: output failed: {says}, written beside it after the articles (name the output " \
                   "otherwise)", last
    assert not [path for path, _ in site.requests if path.startswith("/news/")]
    assert side.read_text(encoding="utf-8") == earlier and not (tmp_path / "news.jsonl").exists()


@pytest.mark.parametrize(("outputs", "uris"), [(("-:jsonlines", "/dev/stdout:jsonlines"), ("stdout:", "/dev/stdout")),
                                               (("/dev/stdout:jsonlines", "/dev/fd/1:jsonlines"),
                                                ("/dev/stdout", "/dev/fd/1"))])
def test_standard_output_named_twice_is_refused_before_any_article(site, tmp_path, outputs, uris):
    """``-o - -o /dev/stdout`` (or ``/dev/fd/1``): two feeds writing one stream, every record went to
    the reader twice (exit 0). Refused as one file named twice is; named once, each record comes once."""
    argv = [arg for output in outputs for arg in ("-o", output)]
    refused = subprocess.run(command(site.sources, *argv), cwd=tmp_path, env=env(), capture_output=True, text=True,
                             timeout=240)
    assert refused.returncode == EXIT_CONFIG_ERROR, refused.stderr[-3000:]
    last = refused.stderr.strip().splitlines()[-1]
    assert last == (f"newsspider: bad setting: outputs {uris[0]!r} and {uris[1]!r} are one file named twice as an "
                    "output (each output writes every article to it; name it once)"), last
    assert refused.stdout == "" and not site.requests
    once = subprocess.run(command(site.sources, "-o", outputs[1]), cwd=tmp_path, env=env(), capture_output=True,
                          text=True, timeout=240)
    assert once.returncode == EXIT_OK, once.stderr[-3000:]
    urls = [json.loads(line)["url"] for line in once.stdout.splitlines()]
    assert sorted(urls) == sorted(site.urls)


def test_a_run_stopped_by_one_unusable_output_leaves_its_other_outputs_earlier_files_as_they_were(site, tmp_path):
    """``-O good.jsonl -O bad.jsonl`` with ``bad.jsonl`` a folder: the run stopped before any article
    (status 4), then put its empty ``good.jsonl`` in place of the earlier run's file, stories beside
    it: the lines a consumer had not read yet were gone, for a run that wrote nothing."""
    good = tmp_path / "good.jsonl"
    good.write_text('{"url": "an earlier run\'s line"}\n', encoding="utf-8")
    (tmp_path / "bad.jsonl").mkdir()
    failed = crawl(tmp_path, site.sources, "-O", good.name, "-O", "bad.jsonl")
    assert failed.returncode == EXIT_OUTPUT_FAILED, failed.stderr[-3000:]
    assert failed.stderr.strip().splitlines()[-1] == "newsspider: output failed: cannot write bad.jsonl: Is a directory"
    assert good.read_text(encoding="utf-8") == '{"url": "an earlier run\'s line"}\n'
    assert not partial_name(good).exists() and not export_path(good).exists()
    assert report_of(good)["outputs"][0]["stored"] is False
    (tmp_path / "bad.jsonl").rmdir()
    rerun = crawl(tmp_path, site.sources, "-O", good.name, "-O", "bad.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(good)) == sorted(urls_in(tmp_path / "bad.jsonl")) == sorted(site.urls)


# --- kill -9, with every kind of output --------------------------------------------------------------

OUTPUTS = {  # how the output is given -> (arguments, settings, the file the articles end up in)
    "-o custom path": (["-o", "custom/out.jsonl"], {}, "custom/out.jsonl"),
    "-O custom path": (["-O", "custom/out.jsonl"], {}, "custom/out.jsonl"),
    "FEEDS": ([], {"FEEDS": json.dumps({"custom/feeds.jsonl": {"format": "jsonlines"}})}, "custom/feeds.jsonl"),
    "custom NEWSSPIDER_DEFAULT_FEED": ([], {"NEWSSPIDER_DEFAULT_FEED": "custom/run-%(utc)s.jsonl"}, "custom/run-*.jsonl"),
}


def recorded_emitted(state_dir: Path) -> int:
    """Articles the state records as emitted (0 before the first commit point creates them)."""
    if not (state_dir / DB_NAME).exists():
        return 0
    db = sqlite3.connect(f"file:{state_dir / DB_NAME}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute("SELECT count(*) FROM seen_articles").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not created yet
        return 0
    finally:
        db.close()


def wait_for_recorded(run: subprocess.Popen, workdir: Path, recorded: int) -> None:
    """Return once the live ``run`` has ``recorded`` articles recorded as emitted (a commit point passed)."""
    deadline = time.monotonic() + 60
    while recorded_emitted(workdir / ".newsspider") < recorded:
        assert time.monotonic() < deadline and run.poll() is None, "no article committed"
        time.sleep(0.05)


def delete_hidden_file_once_recorded(run: subprocess.Popen, workdir: Path, site, recorded: int) -> str:
    """Delete the live ``-O out.jsonl`` run's hidden ``.part`` file once ``recorded`` articles are
    recorded as emitted, let the site serve the rest, and return the run's log: it ends with status 4."""
    wait_for_recorded(run, workdir, recorded)
    partial_name(workdir / "out.jsonl").unlink()
    site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    return log


@pytest.mark.parametrize("committed", [True, False], ids=["after a commit point", "before any commit point"])
@pytest.mark.parametrize("output", list(OUTPUTS))
def test_killed_run_then_rerun_writes_every_article_exactly_once(held_site, tmp_path, output, committed):
    args, settings, written = OUTPUTS[output]
    if not committed:
        settings = {**settings, "NEWSSPIDER_OUTPUT_COMMIT_SECONDS": "0"}  # committed at the end only
    victim = start(tmp_path, held_site.sources, *args, settings=settings)
    held_site.wait_for_articles(5)
    deadline = time.monotonic() + 60
    while (sum(path.read_bytes().count(b"\n") for path in (tmp_path / "custom").glob("*.jsonl*")) < 2
           or committed and recorded_emitted(tmp_path / ".newsspider") < 2):
        assert time.monotonic() < deadline and victim.poll() is None, "no article written before the kill"
        time.sleep(0.05)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    held_site.gate.set()
    rerun = crawl(tmp_path, held_site.sources, *args, settings=settings)
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    matching = set((tmp_path / "custom").glob(Path(written).name))
    files = sorted(matching - {export_path(path) for path in matching})  # not the story export beside one
    found = urls_in(*files)
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}, found
    assert not list((tmp_path / "custom").glob(".*.part")) and not list((tmp_path / ".newsspider" / "outputs").iterdir())
    if output == "-O custom path":  # the rerun overwrites the file: the killed run's lines are written again
        assert "dropped: this run overwrites" in rerun.stderr
    else:
        assert "but did not record as emitted" in rerun.stderr


def test_an_output_deleted_while_written_stops_the_run_with_status_4_and_the_next_run_writes_every_article(
        held_site, tmp_path):
    """A clean-up job deletes the hidden ``.part`` file of a live run: the articles committed to it were
    recorded as emitted, then lost with the file, and no later run wrote them."""
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    log = delete_hidden_file_once_recorded(run, tmp_path, held_site, 2)
    assert "before it was deleted or replaced are not recorded as emitted: the next run writes them again" in log
    assert not (tmp_path / "out.jsonl").exists()
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "again.jsonl").elements()) == sorted(held_site.urls)
    # the run was not killed: the journal knows only that its articles did not get into its output
    assert "killed run" not in rerun.stderr, rerun.stderr[-3000:]
    assert "had recorded as emitted did not get into its output: forgotten, this run writes them again" in \
        rerun.stderr, rerun.stderr[-3000:]



@pytest.mark.parametrize("option", ["-O", "-o"])
def test_an_output_replaced_by_another_file_while_written_stops_the_run_leaves_that_file_alone_and_loses_nothing(
        held_site, tmp_path, option):
    """Another file renamed over the run's own (its hidden ``.part``, or the ``-o`` file) while the
    run writes it: the run took that file for its output, put it in place (``-O``), and recorded as
    emitted the articles written since the last commit point, which no file held: never written."""
    output = tmp_path / "out.jsonl"
    written = partial_name(output) if option == "-O" else output
    run = start(tmp_path, held_site.sources, option, output.name)
    held_site.wait_for_articles(5)
    wait_for_recorded(run, tmp_path, 2)
    foreign = tmp_path / "foreign.jsonl"
    foreign.write_text('{"url": "another program\'s line"}\n', encoding="utf-8")
    os.replace(foreign, written)
    held_site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    assert "newsspider: output failed: cannot write out.jsonl: the file was deleted or replaced while the run " \
           "wrote it" in log, log[-3000:]
    assert written.read_text(encoding="utf-8") == '{"url": "another program\'s line"}\n'  # left as it is
    assert option == "-o" or not output.exists()
    # no article of the run is in a file: none counted as written (the summary said new=4)
    assert "summary (output_failed): council requests=11 new=0 " in log, log[-3000:]
    assert report_of(output)["totals"]["written"] == 0
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "again.jsonl").elements()) == sorted(held_site.urls)
    # the run was not killed: the journal knows only that its articles did not get into its output
    assert "killed run" not in rerun.stderr, rerun.stderr[-3000:]
    assert option == "-o" or "had recorded as emitted did not get into its output: forgotten, this run writes " \
        "them again" in rerun.stderr, rerun.stderr[-3000:]


@pytest.mark.parametrize("replacement", ["folder", "file"])
def test_a_hidden_file_moved_away_while_written_stops_the_run_and_what_took_its_name_is_not_put_in_place(
        held_site, tmp_path, replacement):
    """The live ``-O`` run's hidden ``.part`` moved away (a clean-up job sweeping hidden files into
    another folder) and a folder or another program's file made under its name: the file kept its
    link, so nothing noticed; the run renamed what held the name onto ``out.jsonl`` and exited 0,
    leaving a folder (or the other program's lines) as its output and its articles recorded as emitted."""
    output = tmp_path / "out.jsonl"
    hidden = partial_name(output)
    run = start(tmp_path, held_site.sources, "-O", output.name)
    held_site.wait_for_articles(5)
    wait_for_recorded(run, tmp_path, 2)
    os.replace(hidden, tmp_path / "swept.jsonl")
    if replacement == "folder":
        hidden.mkdir()
    else:
        hidden.write_text('{"url": "another program\'s line"}\n', encoding="utf-8")
    held_site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    assert "newsspider: output failed: cannot write out.jsonl: the file was deleted or replaced while the run " \
           "wrote it" in log, log[-3000:]
    assert not output.exists()
    assert hidden.is_dir() if replacement == "folder" else \
        hidden.read_text(encoding="utf-8") == '{"url": "another program\'s line"}\n'  # left as it is
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "again.jsonl").elements()) == sorted(held_site.urls)


def test_an_appended_output_rotated_while_written_keeps_the_runs_lines_in_the_rotated_file_each_article_once(
        held_site, tmp_path):
    """logrotate's ``create`` on a ``-o`` file: renamed to ``out.jsonl.1`` and a new ``out.jsonl``
    made while a run appends. The run's lines all go to the file it opened (the rotated one), as a
    log's do; the next run appends to the new file; each article is in one of the two, once."""
    output = tmp_path / "out.jsonl"
    run = start(tmp_path, held_site.sources, "-o", output.name)
    held_site.wait_for_articles(5)
    wait_for_recorded(run, tmp_path, 2)
    rotated = tmp_path / "out.jsonl.1"
    os.replace(output, rotated)
    output.touch()
    held_site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OK, log[-3000:]
    assert output.read_bytes() == b""
    write_news_site(held_site.root, held_site.base_url, ARTICLES + 3)
    rerun = crawl(tmp_path, held_site.sources, "-o", output.name)
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert len(urls_in(output)) == 3
    found = urls_in(rotated, output)
    assert len(found) == ARTICLES + 3 and set(found.values()) == {1}, found


def test_a_killed_runs_output_deleted_before_the_next_run_has_its_articles_written_again(held_site, tmp_path):
    """A run killed after a commit point, its hidden file then deleted: the articles committed to it
    stayed recorded as emitted, and no later run wrote them (recovery found nothing to read them from)."""
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    wait_for_recorded(run, tmp_path, 2)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    partial_name(tmp_path / "out.jsonl").unlink()
    held_site.gate.set()
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert "did not get into its output: forgotten, this run writes them again" in rerun.stderr, rerun.stderr[-3000:]
    found = urls_in(tmp_path / "again.jsonl")
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}, found


def test_a_run_whose_hidden_file_was_deleted_leaves_an_earlier_runs_file_alone_and_the_next_run_writes_no_copy(
        held_site, tmp_path):
    """The entry of a run whose ``.part`` was deleted under it stays in the output journal; the next
    ``-O`` run's recovery took the earlier run's finished file under that name for the lost one and
    forgot its ten articles: the next run wrote them all again (20 lines, 10 of them copies)."""
    held_site.gate.set()
    first = crawl(tmp_path, held_site.sources, "-O", "out.jsonl")
    assert first.returncode == EXIT_OK, first.stderr[-3000:]
    consumed = (tmp_path / "out.jsonl").read_bytes()  # a consumer has read the first run's file
    held_site.urls = write_news_site(held_site.root, held_site.base_url, 2 * ARTICLES)
    held_site.gate.clear()
    held_site.hold_after = held_site.articles_served + 4
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    delete_hidden_file_once_recorded(run, tmp_path, held_site, ARTICLES + 2)
    assert (tmp_path / "out.jsonl").read_bytes() == consumed
    rerun = crawl(tmp_path, held_site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    (tmp_path / "first.jsonl").write_bytes(consumed)
    found = urls_in(tmp_path / "first.jsonl", tmp_path / "out.jsonl")
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}, found



def test_a_second_process_overwriting_a_file_being_written_exits_4_and_leaves_it_whole(held_site, tmp_path):
    """Two processes on one host given ``-O out.jsonl`` (two workers, or two state directories) shared
    one hidden ``.part``: the second one's open truncated the first one's lines."""
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    wait_for_lines(partial_name(tmp_path / "out.jsonl"), 2)
    second = crawl(tmp_path, held_site.sources, "-O", "out.jsonl", settings={"NEWSSPIDER_STATE_DIR": "other"})
    assert second.returncode == EXIT_OUTPUT_FAILED, second.stderr[-3000:]
    last = second.stderr.strip().splitlines()[-1]
    assert last == ("newsspider: output failed: cannot write out.jsonl: another process is writing it now (each "
                    "process needs a -O file of its own)"), last
    held_site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OK, log[-3000:]
    found = urls_in(tmp_path / "out.jsonl")
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}, found


def test_an_output_that_cannot_be_put_in_place_at_the_end_says_so_in_the_summary_too(held_site, tmp_path):
    """The output fails only when it is stored (its name became a folder during the run): the exit
    status and the stderr line said so, the summary's header said ``(finished)``, and the stories
    files were written beside the file that was not there."""
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    wait_for_lines(partial_name(tmp_path / "out.jsonl"), 1)
    (tmp_path / "out.jsonl").mkdir()
    held_site.gate.set()
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_OUTPUT_FAILED, log[-3000:]
    assert "summary (output_failed): council" in log and "summary (finished)" not in log, log[-3000:]
    assert "feed validators: 1 discarded (the output failed)" in log
    stories = sorted(path.name for path in tmp_path.glob("out.stories.*"))  # no stories beside a file not stored
    assert stories == [] and "no stories written beside out.jsonl: it was not stored" in log, (stories, log[-3000:])


def test_a_remote_feed_that_cannot_be_stored_exits_4_naming_it_without_its_password_and_loses_nothing(site, tmp_path):
    """An FTP feed, beside a local file, whose server refuses the connection when the run stores it:
    status 4 and the line said ``cannot write ?``, naming no feed, and the run report beside the
    local file showed the FTP feed with its password and no error. Both name it now, without its
    credentials; the local file's articles are not recorded as emitted (one record for all outputs)."""
    feeds = {"local.jsonl": {"format": "jsonlines"}, "ftp://newsspider:secret@127.0.0.1:9/out.jsonl": {"format": "jsonlines"}}
    done = crawl(tmp_path, site.sources, settings={"FEEDS": json.dumps(feeds), "NEWSSPIDER_DEFAULT_FEED": ""})
    assert done.returncode == EXIT_OUTPUT_FAILED, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last == ("newsspider: output failed: cannot write ftp://127.0.0.1:9/out.jsonl: the feed could not be "
                    "stored (see the error above)"), last
    assert "secret" not in report_path(tmp_path / "local.jsonl").read_text(encoding="utf-8")
    # nor does Scrapy's own line on the feed it failed to store (its traceback names no password)
    assert re.search(r"ERROR: Error storing jsonlines feed \(\d+ items\) in: ftp://127.0.0.1:9/out.jsonl\n", done.stderr), \
        done.stderr[-3000:]
    assert "secret" not in done.stderr, [line for line in done.stderr.splitlines() if "secret" in line]
    outputs = {output["uri"]: output for output in report_of(tmp_path / "local.jsonl")["outputs"]}
    assert outputs["ftp://127.0.0.1:9/out.jsonl"]["error"] and not outputs["ftp://127.0.0.1:9/out.jsonl"]["stored"]
    rerun = crawl(tmp_path, site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "again.jsonl").elements()) == sorted(site.urls)


def test_a_storage_backends_error_naming_its_uri_shows_no_password_in_the_logged_traceback(site, tmp_path):
    """A feed storage whose exception text names its URI whole (a plugged-in backend, as many
    clients' errors do): Scrapy logs ``Error storing ...`` with the traceback, whose last line
    printed the password though the message line above it hid it."""
    feeds = {"local.jsonl": {"format": "jsonlines"}, "dav://news:s3cret@127.0.0.1:9/out.jsonl": {"format": "jsonlines"}}
    done = crawl(tmp_path, site.sources, settings={"FEEDS": json.dumps(feeds), "NEWSSPIDER_DEFAULT_FEED": "",
                                                    "FEED_STORAGES": json.dumps({"dav": "tests.feed_storages.RefusingStorage"})})
    assert done.returncode == EXIT_OUTPUT_FAILED, done.stderr[-3000:]
    assert "ConnectionRefusedError: PUT dav://127.0.0.1:9/out.jsonl failed: connection refused" in done.stderr, \
        done.stderr[-3000:]
    assert "s3cret" not in done.stderr, [line for line in done.stderr.splitlines() if "s3cret" in line]


# --- exit statuses ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "value", "says"), [
    ("NEWSSPIDER_EXTRACT_SECOND_PASS", "sometimes", "expected one of auto, always, never"),
    ("NEWSSPIDER_STORIES_WINDOW_DAYS", "abc", "expected a number"),
    ("NEWSSPIDER_REEMIT_MODIFIED", "maybe", "expected True or False"),
    ("NEWSSPIDER_MAX_AGE_DAY", "3", "is not a newsspider setting (did you mean NEWSSPIDER_MAX_AGE_DAYS?)"),
    ("NEWSSPIDER_STORIES_BACKEND", "e6", "unknown embedding backend; expected 'e5'"),
    # Scrapy's own settings: its defaults say their kind (a traceback and status 1 before)
    ("CLOSESPIDER_TIMEOUT", "abc", "CLOSESPIDER_TIMEOUT='abc': expected a number"),
    ("ROBOTSTXT_OBEY", "perhaps", "ROBOTSTXT_OBEY='perhaps': expected True or False"),
    # passed the check, then Scrapy could not start: a traceback and status 1
    ("CONCURRENT_REQUESTS", "1.5", "CONCURRENT_REQUESTS='1.5': expected a whole number"),
    ("LOG_LEVEL", "LOUD", "LOG_LEVEL='LOUD': expected one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
    # every article "not written" and exit 0 before
    ("FEED_EXPORT_ENCODING", "no-such-codec", "FEED_EXPORT_ENCODING='no-such-codec': unknown encoding"),
])
def test_bad_setting_stops_the_run_with_status_2_and_one_line_naming_it(tmp_path, name, value, says):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    done = crawl(tmp_path, sources, settings={name: value})
    assert done.returncode == EXIT_CONFIG_ERROR
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"newsspider: bad setting: {name}") and says in last, last
    assert "Traceback" not in done.stderr and "Spider opened" not in done.stderr


def test_appending_and_overwriting_at_once_stops_with_status_2_and_scrapys_line_naming_both(tmp_path):
    """Not a defect: Scrapy refuses ``-o`` with ``-O`` before any of our code runs, with its usage
    and one line naming both options, and the exit status of bad arguments (2, as a bad setting)."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    done = crawl(tmp_path, sources, "-o", "a.jsonl", "-O", "b.jsonl")
    assert done.returncode == EXIT_CONFIG_ERROR
    last = done.stderr.strip().splitlines()[-1]
    assert last.endswith(": error: Please use only one of -o/--output and -O/--overwrite-output"), last
    assert "Traceback" not in done.stderr and not list(tmp_path.glob("*.jsonl")) and not (tmp_path / ".newsspider").exists()


def test_time_limit_ends_the_run_with_status_5(held_site, tmp_path):
    done = crawl(tmp_path, held_site.sources, "-O", "out.jsonl",
                 settings={"CLOSESPIDER_TIMEOUT": "3", "DOWNLOAD_TIMEOUT": "3", "RETRY_TIMES": "0"})
    assert done.returncode == EXIT_LIMIT, done.stderr[-3000:]
    assert "newsspider: stopped at a limit: CLOSESPIDER_TIMEOUT" in done.stderr
    report = report_of(tmp_path / "out.jsonl")
    assert report["exit_status"] == EXIT_LIMIT and report["finish_reason"] == "closespider_timeout"
    assert report["totals"]["written"] == len(urls_in(tmp_path / "out.jsonl")) > 0


def test_ctrl_c_ends_the_run_with_status_130_and_its_summary(held_site, tmp_path):
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    wait_for_lines(partial_name(tmp_path / "out.jsonl"), 1)
    run.send_signal(signal.SIGINT)
    time.sleep(1)
    held_site.gate.set()  # the downloads in flight finish: a graceful stop waits for them
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_INTERRUPTED, log[-3000:]
    assert "summary (shutdown): council" in log and "newsspider: interrupted" in log
    report = report_of(tmp_path / "out.jsonl")
    assert report["exit_status"] == EXIT_INTERRUPTED and report["outputs"][0]["stored"] is True
    assert report["totals"]["written"] == len(urls_in(tmp_path / "out.jsonl"))


def test_sigterm_to_the_process_group_is_an_orderly_stop_that_keeps_its_workers(held_site, tmp_path):
    """``kill -TERM -<pgid>`` (a service manager stopping the crawl's group) reached the worker
    processes too: they died, and the pool logged ERROR "the worker zygote process ended; starting
    another", started a new zygote and workers, and sent their jobs again, in an orderly stop."""
    run = start(tmp_path, held_site.sources, "-O", "out.jsonl")
    held_site.wait_for_articles(5)
    wait_for_lines(partial_name(tmp_path / "out.jsonl"), 1)
    os.killpg(run.pid, signal.SIGTERM)
    time.sleep(1)
    held_site.gate.set()  # the pages in flight finish: the workers must still be there for them
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_INTERRUPTED, log[-3000:]
    assert " ERROR: " not in log and "Traceback" not in log, log[-3000:]
    assert "summary (shutdown): council" in log and "newsspider: interrupted" in log
    rerun = crawl(tmp_path, held_site.sources, "-O", "again.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(tmp_path / "out.jsonl", tmp_path / "again.jsonl")
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}, found


def test_ctrl_c_twice_forces_the_stop_with_status_130_and_the_next_run_finishes_its_file(held_site, tmp_path):
    run = start(tmp_path, held_site.sources)
    held_site.wait_for_articles(5)
    deadline = time.monotonic() + 60
    while not any(path.read_bytes().count(b"\n") for path in (tmp_path / "output").glob(".*.part")):
        assert time.monotonic() < deadline, "no article written"
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    time.sleep(0.5)
    run.send_signal(signal.SIGINT)
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_INTERRUPTED, log[-3000:]
    assert "summary (forced_stop): council" in log and "newsspider: forced stop" in log
    held_site.gate.set()
    rerun = crawl(tmp_path, held_site.sources)
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    found = urls_in(*sorted((tmp_path / "output").glob("articles-*.jsonl")))
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_while_the_run_starts_ends_it_with_status_130_its_line_and_its_report(site, tmp_path, signum):
    """A stop signal before Scrapy installs its handlers (here while the run reads its sources file
    from a pipe, as ``-a sources=<(make-sources)`` does): SIGTERM killed the process (status 143,
    no line) and SIGINT printed a KeyboardInterrupt traceback; both left the previous run's
    report saying ``finished``. The run now reads what it was reading, stops before any request,
    says so, and leaves its report; the next run crawls everything."""
    fifo = tmp_path / "sources-pipe.toml"
    os.mkfifo(fifo)
    report_path(tmp_path / "out.jsonl").write_text(json.dumps({"exit_status": 0, "ending": "finished"}))
    run = start(tmp_path, fifo, "-O", "out.jsonl")
    deadline = time.monotonic() + 60
    while True:  # the run has the pipe open: it is past Python's and Scrapy's imports, in its own start-up
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:
            assert time.monotonic() < deadline and run.poll() is None, "the run never opened its sources file"
            time.sleep(0.02)
    run.send_signal(signum)
    time.sleep(0.5)
    try:
        os.write(writer, site.sources.read_bytes())
    except BrokenPipeError:  # the run is gone
        pass
    os.close(writer)
    log, _ = run.communicate(timeout=120)
    assert run.returncode == EXIT_INTERRUPTED, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    assert log.strip().splitlines()[-1].startswith("newsspider: interrupted"), log[-3000:]
    assert site.requests == []
    report = report_of(tmp_path / "out.jsonl")
    assert report["exit_status"] == EXIT_INTERRUPTED and report["ending"] == "interrupted", report
    rerun = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert rerun.returncode == EXIT_OK, rerun.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl")) == sorted(site.urls)


def test_the_sources_file_is_read_once_so_a_rewrite_during_start_up_cannot_stop_the_run(site, tmp_path):
    """The crawl command checked the sources file and the spider read it again while the crawler
    was built: a rewrite in between (a deploy truncating the file and writing it anew) gave the
    spider a cut file, and the run ended "the crawl could not start" with a traceback (status 1)
    though what it had checked was a good file. (A pipe gives each reader one version: the first
    whole, the next cut.)"""
    fifo = tmp_path / "sources-pipe.toml"
    os.mkfifo(fifo)
    good = site.sources.read_bytes()

    def serve_versions() -> None:
        for content in (good, good[:20], good[:20]):
            try:
                with open(fifo, "wb") as pipe:
                    pipe.write(content)
            except OSError:
                return
            time.sleep(0.3)  # the reader closes before the next version opens

    threading.Thread(target=serve_versions, daemon=True).start()
    done = crawl(tmp_path, fifo, "-O", "out.jsonl")
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl")) == sorted(site.urls)


def test_jobdir_resume_that_writes_articles_exits_0(held_site, tmp_path):
    one_at_a_time = {"JOBDIR": str(tmp_path / "job"), "CONCURRENT_REQUESTS": "1", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}
    first = start(tmp_path, held_site.sources, "-o", "out.jsonl", settings=one_at_a_time)
    held_site.wait_for_articles(5)
    wait_for_lines(tmp_path / "out.jsonl", 1)
    first.send_signal(signal.SIGINT)
    time.sleep(1)
    held_site.gate.set()  # the download in flight finishes; the rest of the queue is kept in JOBDIR
    log, _ = first.communicate(timeout=120)
    assert first.returncode == EXIT_INTERRUPTED, log[-3000:]
    before = len(urls_in(tmp_path / "out.jsonl"))
    resumed = crawl(tmp_path, held_site.sources, "-o", "out.jsonl", settings=one_at_a_time)
    assert resumed.returncode == EXIT_OK, resumed.stderr[-3000:]
    assert "every source failed" not in resumed.stderr and f"new={ARTICLES - before} " in resumed.stderr
    found = urls_in(tmp_path / "out.jsonl")
    assert sorted(found) == sorted(held_site.urls) and set(found.values()) == {1} and before < ARTICLES


# --- what the run says --------------------------------------------------------------------------------

def test_summary_counts_discovery_failures_as_errors_and_names_the_failing_sources(site, tmp_path):
    (site.root / "page.html").write_text("<!doctype html>\n<html><head><title>Service unavailable</title></head>"
                                         "<body><p>Not a feed, not a sitemap.</p></body></html>")
    (site.root / "empty.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                                         '</channel></rss>')
    base = site.base_url
    sources = tmp_path / "all.toml"
    sources.write_text(f"""
[[source]]
name = "council"
feeds = ["{base}/rss.xml"]
[[source]]
name = "gone"
feeds = ["{base}/missing.xml"]
[[source]]
name = "htmlfeed"
feeds = ["{base}/page.html?as=feed"]
[[source]]
name = "htmlsitemap"
sitemaps = ["{base}/page.html?as=sitemap"]
[[source]]
name = "emptyfeed"
feeds = ["{base}/empty.xml"]
[[source]]
name = "feedaspage"
pages = ["{base}/rss.xml?as=page"]
""", encoding="utf-8")
    done = crawl(tmp_path, sources, "-O", "out.jsonl", settings={"RETRY_TIMES": "0"})
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    summary = next(line for line in done.stderr.splitlines() if "summary (finished)" in line)
    for name in ("gone", "htmlfeed", "htmlsitemap", "emptyfeed"):
        assert f"{name} requests=1 new=0 duplicates=0 seen=0 errors=1" in summary, summary
    assert "is listed under pages but is a feed: read as a feed" in done.stderr
    failing = next(line for line in done.stderr.splitlines() if "sources with errors:" in line)
    assert f"gone (feed {base}/missing.xml: HTTP 404)" in failing
    assert f"htmlfeed (feed {base}/page.html?as=feed: not a feed" in failing
    # an error page answered 200 says what it is, not the XML parser's "syntax error"
    assert "an HTML page ('Service unavailable'), not RSS or Atom" in failing, failing
    assert f"htmlsitemap (sitemap {base}/page.html?as=sitemap: not a sitemap" in failing
    assert f"emptyfeed (feed {base}/empty.xml: nothing found" in failing
    assert "council" not in failing and "feedaspage" not in failing
    report = report_of(tmp_path / "out.jsonl")
    assert report["totals"]["written"] == ARTICLES == len(read_jsonl(tmp_path / "out.jsonl"))
    assert {error["source"] for error in report["errors"]} == {"gone", "htmlfeed", "htmlsitemap", "emptyfeed"}
    assert report["sources"]["gone"]["error_reasons"] == [{"stage": "feed", "url": f"{base}/missing.xml",
                                                           "reason": "HTTP 404"}]
    again = crawl(tmp_path, sources, "-O", "again.jsonl", settings={"RETRY_TIMES": "0"})
    assert "htmlsitemap requests=1 new=0 duplicates=0 seen=0 errors=1" in again.stderr  # not hidden by a 304


def test_every_source_failing_exits_1_naming_each_with_its_reason(site, tmp_path):
    sources = tmp_path / "broken.toml"
    sources.write_text(f'[[source]]\nname = "gone"\nfeeds = ["{site.base_url}/missing.xml"]\n'
                       f'[[source]]\nname = "down"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    done = crawl(tmp_path, sources, "-O", "out.jsonl", settings={"RETRY_TIMES": "0"})
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"newsspider: every source failed: gone (feed {site.base_url}/missing.xml: HTTP 404); "
                           "down (feed http://127.0.0.1:9/rss.xml: DownloadConnectionRefusedError")
    assert report_of(tmp_path / "out.jsonl")["exit_status"] == 1
    # the host's robots.txt could not be fetched either: one line, with no traceback of a network
    # failure before the source's own line (Scrapy's robots.txt middleware logged one)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert re.search(r"ERROR: Error downloading <GET http://127\.0\.0\.1:9/rss\.xml>: Connection was refused",
                     done.stderr), done.stderr[-3000:]


def test_a_malformed_source_among_good_ones_is_one_error_line_and_the_good_ones_are_crawled(site, tmp_path):
    """A typo in one source of the file stopped the whole run with status 2: nothing was fetched for
    the good sources. It is that source's error now: one ERROR line naming the file, line and key,
    counted in the summary and the report like a source whose feed fails; the others run."""
    sources = tmp_path / "mixed.toml"
    sources.write_text(site.sources.read_text(encoding="utf-8")
                       + '[[source]]\nname = "typo"\nfeeds = ["htp:/example.net/rss.xml"]\n', encoding="utf-8")
    done = crawl(tmp_path, sources, "-O", "out.jsonl")
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)
    said = "source 'typo': key 'feeds': not an http(s) URL: 'htp:/example.net/rss.xml'"
    errors = [line for line in done.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 1, errors
    assert errors[0].endswith(f"ERROR: {sources}:6: {said} (this source is skipped; the others are crawled)"), errors
    assert "typo requests=0 new=0 duplicates=0 seen=0 errors=1" in done.stderr
    assert f"sources with errors: typo (sources {sources}:6: {said})" in done.stderr
    report = report_of(tmp_path / "out.jsonl")
    assert report["sources"]["typo"]["error_reasons"] == [{"stage": "sources", "url": f"{sources}:6", "reason": said}]
    down = tmp_path / "down.toml"  # the good source failing too: every source failed, as with two bad feeds
    down.write_text('[[source]]\nname = "down"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n'
                    '[[source]]\nname = "typo"\nfeeds = ["htp:/example.net/rss.xml"]\n', encoding="utf-8")
    failed = crawl(tmp_path, down, "-O", "down.jsonl", settings={"RETRY_TIMES": "0"})
    assert failed.returncode == EXIT_SOURCES_FAILED, failed.stderr[-3000:]
    assert failed.stderr.strip().splitlines()[-1].startswith("newsspider: every source failed: down (feed ")
    assert f"; typo (sources {down}:6: " in failed.stderr.strip().splitlines()[-1]


def test_a_source_named_with_a_newline_or_a_slash_is_set_aside_and_the_summary_stays_one_line(site, tmp_path):
    """A name with a line break split the summary line in two, and one with '/' went into the
    stats keys ``newsspider/source/<name>/...`` as extra parts: each is its source's mistake now,
    labelled by its place in the file."""
    sources = tmp_path / "names.toml"
    sources.write_text(site.sources.read_text(encoding="utf-8")
                       + f'[[source]]\nname = "two\\nlines"\nfeeds = ["{site.base_url}/rss.xml"]\n'
                       + f'[[source]]\nname = "a/b"\npages = ["{site.base_url}/"]\n', encoding="utf-8")
    done = crawl(tmp_path, sources, "-O", "out.jsonl")
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)
    errors = [line for line in done.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 2 and all(line.endswith("(this source is skipped; the others are crawled)") for line in errors)
    assert "source 'two\\nlines': key 'name': contains U+000A" in errors[0]
    assert "source 'a/b': key 'name': contains '/'" in errors[1]
    [summary] = [line for line in done.stderr.splitlines() if "summary (finished):" in line]
    assert "source #2 requests=0 new=0 duplicates=0 seen=0 errors=1; source #3 requests=0" in summary
    report = report_of(tmp_path / "out.jsonl")
    assert sorted(report["sources"]) == ["council", "source #2", "source #3"]
    assert not [key for key in report["stats"] if "\n" in key or "/a/b/" in key]


def test_overwriting_twice_says_why_nothing_was_written_and_reemit_all_exports_again(site, tmp_path):
    first = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    second = crawl(tmp_path, site.sources, "-O", "out.jsonl")
    assert first.returncode == second.returncode == EXIT_OK
    assert (tmp_path / "out.jsonl").read_bytes() == b""
    assert "nothing written: 1 feeds, sitemaps or pages were not modified since the last run" in second.stderr
    assert "NEWSSPIDER_REEMIT_ALL=True" in second.stderr
    assert report_of(tmp_path / "out.jsonl")["nothing_written"].startswith("1 feeds, sitemaps or pages")
    again = crawl(tmp_path, site.sources, "-O", "out.jsonl", settings={"NEWSSPIDER_REEMIT_ALL": "True"})
    assert again.returncode == EXIT_OK
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)


@pytest.mark.parametrize("quiet", [{"NEWSSPIDER_QUIET": "True"}, {"LOG_LEVEL": "WARNING"}])
def test_a_quiet_cron_run_with_nothing_new_logs_its_summary_and_little_else(site, tmp_path, quiet):
    assert crawl(tmp_path, site.sources).returncode == EXIT_OK
    (site.root / "rss.xml").touch()  # a changed feed, all of whose articles were emitted already
    quiet_run = crawl(tmp_path, site.sources, settings={**quiet, "NEWSSPIDER_STORIES_BACKEND": "none"})
    assert quiet_run.returncode == EXIT_OK
    lines = quiet_run.stderr.strip().splitlines()
    assert "summary (finished): council requests=1 new=0 duplicates=0 seen=10 errors=0" in quiet_run.stderr
    assert "nothing written: 10 articles were emitted by an earlier run" in quiet_run.stderr
    assert len(lines) <= 3, lines
    assert len(list((tmp_path / "output").glob("articles-*.jsonl"))) == 1  # no empty file for the run


def test_without_an_output_nothing_is_recorded_as_emitted(site, tmp_path):
    dry = crawl(tmp_path, site.sources, settings={"NEWSSPIDER_DEFAULT_FEED": ""})
    assert dry.returncode == EXIT_OK and "no output is configured" in dry.stderr
    real = crawl(tmp_path, site.sources, "-O", "out.jsonl", settings={"NEWSSPIDER_REEMIT_ALL": "False"})
    assert sorted(urls_in(tmp_path / "out.jsonl").elements()) == sorted(site.urls)
    assert real.returncode == EXIT_OK
