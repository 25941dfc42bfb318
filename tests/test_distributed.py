"""Distributed crawls (NEWSSPIDER_REDIS_URL): two worker processes sharing one redis-server crawl a
generated corpus of 700 article pages on 127.0.0.1 (distinct stories, exact copies, near-duplicate
reprints, the four translated AFP seeds, and bench.formulaic's 160 formulaic reports built from
shared stock sentences with 40 reprints). The union of their outputs holds every article exactly
once, and the partition into stories is exactly the true one, as in a single-process crawl (the
stock text each worker learns comes from the shared story log, so both agree); a worker SIGKILLed
mid-crawl loses nothing (the survivor requeues its in-flight requests) and duplicates nothing.

Story detection runs with NEWSSPIDER_STORIES_BACKEND=none (no model: exact and near copies by
shared text, translations by numeric anchors) to keep the crawls short on 2 cores.
"""
from __future__ import annotations

import html
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.formulaic import build_reports
from tests.crawl import FAST_SETTINGS, PROJECT_ROOT, read_jsonl, validate_stories
from tests.filesystems import tmpfs
from tests.static_site import StaticSite

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
WORDS = ("the council government minister city report people year market water school police court "
         "river bridge energy farmers village budget election hospital doctors train station airport "
         "workers union strike museum festival music children weather storm harbour fishing company "
         "bank prices housing rent students teachers university research scientists forest fire road "
         "traffic mayor president parliament vote law judge prison border trade export import coffee "
         "wheat rice football team coach season league stadium fans ticket concert theatre film book "
         "library author painting island coast mountain snow summer winter spring autumn garden park "
         "bicycle bus tram ferry pilot engineer factory steel copper mine gold oil gas solar wind "
         "power grid network internet phone software data privacy health vaccine clinic nurse patient "
         "family village elders tradition market square church mosque temple bridge tunnel canal").split()
VERBS = "said announced approved rejected opened closed built visited warned expected reported planned".split()
SOURCES = 5
DISTINCT, EXACT_COPIES, NEAR_COPIES = 450, 30, 30
SEED_LANGS = {"en-uk-site-afp-rockets": "en", "ar-afp-rockets": "ar", "hi-afp-rockets": "hi", "ur-afp-rockets": "ur"}
PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-05-{day:02d}T08:00:00+00:00"></head><body>
<nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>"""


def _paragraphs(n: int) -> list[str]:
    rng = random.Random(n)
    paragraphs = []
    for _ in range(5):
        sentences = []
        for _ in range(4):
            words = [rng.choice(WORDS) for _ in range(9)]
            words.insert(3, rng.choice(VERBS))
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _seed(path: Path) -> tuple[str, list[str]]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("[ad_")]
    lines = [ln for i, ln in enumerate(lines) if i == 0 or ln != lines[i - 1]]
    return lines[0], lines[1:]


def write_corpus(root: Path, base_url: str, sources_path: Path) -> dict[str, str]:
    """The site under ``root`` and its sources file; returns {article URL: expected group key}
    (pages with one key form one story whatever the crawl order)."""
    pages: list[tuple[str, str, str, list[str], int, str]] = []  # (group, lang, title, paragraphs, day, slug)
    formulaic: dict[str, list[tuple[str, str]]] = {}  # site -> [(url, title)]
    for n in range(DISTINCT):
        pages.append((f"story-{n}", "en", f"Report {n}: " + " ".join(_paragraphs(n)[0].split()[:6]),
                      _paragraphs(n), 1 + n % 20, f"story-{n}"))
    for k in range(EXACT_COPIES):  # the same text on another site
        n = k * 7
        _, _, title, paragraphs, day, _ = pages[n]
        pages.append((f"story-{n}", "en", title, paragraphs, day, f"copy-{n}"))
    for k in range(NEAR_COPIES):  # a reprint with an edited sentence (no shared credit line: boilerplate
        n = k * 7 + 3             # learning would make the text, so the story, depend on crawl order)
        _, _, title, paragraphs, day, _ = pages[n]
        changed = list(paragraphs)
        words = changed[2].split()
        words[5] = "reportedly"
        changed[2] = " ".join(words)
        pages.append((f"story-{n}", "en", title, changed, day, f"reprint-{n}"))
    for stem, lang in SEED_LANGS.items():  # the same figures in four languages: one story by anchors
        title, paragraphs = _seed(SEEDS / f"{stem}.txt")
        pages.append(("afp-seeds", lang, title, paragraphs, 5, f"seed-{stem}"))
    expected: dict[str, str] = {}
    for report in build_reports(reprints=40):  # each local site its own feed: stock text is learned per site
        url = f"{base_url}/local/{report.source}/{report.doc_id}.html"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in report.text.split("\n\n"))
        (root / "local" / report.source).mkdir(parents=True, exist_ok=True)
        (root / "local" / report.source / f"{report.doc_id}.html").write_text(
            PAGE.format(lang="en", title=html.escape(report.title), day=5, body=body), encoding="utf-8")
        expected[url] = f"formulaic-{report.story}"
        formulaic.setdefault(report.source, []).append((url, report.title))
    feeds: dict[int, list[tuple[str, str]]] = {s: [] for s in range(SOURCES)}
    for i, (group, lang, title, paragraphs, day, slug) in enumerate(pages):
        url = f"{base_url}/news/{slug}.html"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        (root / "news").mkdir(parents=True, exist_ok=True)
        (root / "news" / f"{slug}.html").write_text(
            PAGE.format(lang=lang, title=html.escape(title), day=day, body=body), encoding="utf-8")
        expected[url] = group
        feeds[i % SOURCES].append((url, title))
    entries = []
    for s, items in [*((f"site{s}", items) for s, items in feeds.items()), *formulaic.items()]:
        rss = "".join(f"<item><title>{html.escape(t)}</title><link>{u}</link></item>" for u, t in items)
        (root / f"feed-{s}.xml").write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                            f'<title>Feed {s}</title><link>{base_url}/</link>{rss}</channel></rss>',
                                            encoding="utf-8")
        entries.append(f'[[source]]\nname = "{s}"\nfeeds = ["{base_url}/feed-{s}.xml"]\n')
    sources_path.write_text("\n".join(entries), encoding="utf-8")
    return expected


CRAWL_SETTINGS = {**FAST_SETTINGS, "NEWSSPIDER_WORKERS": "1", "NEWSSPIDER_STORIES_BACKEND": "none",
                  "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "LOG_LEVEL": "INFO", "RETRY_TIMES": "1",
                  "NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "0"}


def crawl_command(sources: Path, settings: dict, output: str | None = None) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}"]
    if output:
        command += ["-O", output]
    for name, value in {**CRAWL_SETTINGS, **settings}.items():
        command += ["-s", f"{name}={value}"]
    return command


def crawl_env() -> dict:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}


def start_worker(sources: Path, workdir: Path, settings: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(crawl_command(sources, settings), cwd=workdir, env=crawl_env(), stdout=subprocess.DEVNULL,
                            stderr=log.open("w"), start_new_session=True)


def complete_records(path: Path) -> list[dict]:
    """Every complete line of an output file (finished, or the .part a killed worker left)."""
    records = []
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break  # a line cut by the kill is not an emitted article
            records.append(json.loads(line))
    return records


def wait_for_written(worker: subprocess.Popen, workdir: Path, count: int, log: Path) -> Path:
    """The hidden output file of a running worker (started in ``workdir``), once it holds ``count``
    complete records (90 s at most; failing with the end of its ``log`` if it ends before)."""
    pattern = f".articles-*-{os.uname().nodename}-{worker.pid}.jsonl.part"
    deadline = time.monotonic() + 90
    while True:
        part = next((workdir / "output").glob(pattern), None)
        if part is not None and len(complete_records(part)) >= count:
            return part
        assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-3000:]
        time.sleep(0.1)


def worker_outputs(workdir: Path) -> dict[str, list[dict]]:
    out = workdir / "output"
    return {path.name: complete_records(path) for path in sorted(out.glob("*articles-*.jsonl*"))}


def partition(records: list[dict]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for record in records:
        groups.setdefault(record["story_id"], []).append(record["url"])
    return sorted(sorted(urls) for urls in groups.values())


def expected_partition(expected: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for url, group in expected.items():
        groups.setdefault(group, []).append(url)
    return sorted(sorted(urls) for urls in groups.values())


def distributed_settings(server, name: str) -> dict:
    return {"NEWSSPIDER_REDIS_URL": server.url, "NEWSSPIDER_REDIS_PREFIX": name, "NEWSSPIDER_RUN_ID": "run1",
            "NEWSSPIDER_REDIS_HEARTBEAT": "3"}


def wait_all(processes, timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    codes = []
    for process in processes:
        try:
            codes.append(process.wait(timeout=max(1, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            for p in processes:
                if p.poll() is None:
                    os.killpg(p.pid, signal.SIGKILL)
            raise
    return codes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    with StaticSite(root / "site") as site:
        (root / "site").mkdir(exist_ok=True)
        expected = write_corpus(root / "site", site.base_url, root / "sources.toml")
        yield site, root / "sources.toml", expected


def test_two_workers_emit_every_article_once_with_the_single_process_partition(corpus, redis_server, tmp_path):
    site, sources, expected = corpus
    assert len(expected) >= 700
    single_dir, multi_dir = tmp_path / "single", tmp_path / "multi"
    single_dir.mkdir(), multi_dir.mkdir()
    single = subprocess.run(crawl_command(sources, {}, output="out.jsonl"), cwd=single_dir, env=crawl_env(),
                            capture_output=True, text=True, timeout=150)
    assert single.returncode == 0, single.stderr[-3000:]
    single_records = complete_records(single_dir / "out.jsonl")

    settings = distributed_settings(redis_server, "two")
    workers = [start_worker(sources, multi_dir, settings, tmp_path / f"worker{i}.log") for i in range(2)]
    codes = wait_all(workers, timeout=150)
    logs = [(tmp_path / f"worker{i}.log").read_text() for i in range(2)]
    assert codes == [0, 0], [log[-3000:] for log in logs]
    outputs = worker_outputs(multi_dir)
    assert len(outputs) == 2 and all(not name.startswith(".") for name in outputs), sorted(outputs)
    assert all(records for records in outputs.values()), "both workers should have emitted articles"
    records = [r for rs in outputs.values() for r in rs]

    urls = Counter(r["url"] for r in records)
    assert sorted(urls) == sorted(expected) and max(urls.values()) == 1
    assert sorted(r["url"] for r in single_records) == sorted(expected)
    assert partition(single_records) == expected_partition(expected)
    assert partition(records) == expected_partition(expected)
    # every feed was fetched once per run (the second worker's seeds were dropped)
    feeds = Counter(path for path, _ in site.requests if path.startswith("/feed-"))
    assert all(count == 2 for count in feeds.values()) and len(feeds) == SOURCES + 5  # single + distributed

    # each worker's story export lists a story's members written by the other worker too (Redis store)
    # (a worker's export is a snapshot when it ends: the other worker's articles of the last second may
    # have no details yet, so for each story the export written last is the full one)
    paths = sorted((multi_dir / "output").glob("stories-*.jsonl"), key=lambda path: path.stat().st_mtime_ns)
    exports = [read_jsonl(path) for path in paths]
    assert len(exports) == 2
    validate_stories([story for export in exports for story in export])
    fullest: dict[str, dict] = {}
    for story in (story for export in exports for story in export):
        if story["member_count"] >= fullest.get(story["story_id"], {"member_count": 0})["member_count"]:
            fullest[story["story_id"]] = story
    by_id = {r["id"]: r for r in records}
    assert sorted(sorted(m["url"] for m in story["members"]) for story in fullest.values()) == partition(records)
    assert all(m["url"] == by_id[m["id"]]["url"] for story in fullest.values() for m in story["members"])
    assert any(not m["this_run"] for story in fullest.values() for m in story["members"])  # the other worker's


def test_killed_worker_loses_and_duplicates_nothing(corpus, redis_server, redis_client, tmp_path):
    site, sources, expected = corpus
    settings = distributed_settings(redis_server, "kill")
    victim = start_worker(sources, tmp_path, settings, tmp_path / "victim.log")
    survivor = start_worker(sources, tmp_path, settings, tmp_path / "survivor.log")
    wait_for_written(victim, tmp_path, 40, tmp_path / "victim.log")  # kill it mid-crawl
    inflight = redis_client.hlen(f"kill:run:run1:inflight:{os.uname().nodename}-{victim.pid}")
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    assert wait_all([survivor], timeout=150) == [0], (tmp_path / "survivor.log").read_text()[-3000:]
    survivor_log = (tmp_path / "survivor.log").read_text()
    outputs = worker_outputs(tmp_path)
    assert len(outputs) == 2, sorted(outputs)  # the victim's file (finished by the survivor) and the survivor's
    assert not [name for name in outputs if name.startswith(".")]
    victim_records = next(rs for name, rs in outputs.items() if f"-{victim.pid}." in name)
    assert victim_records, "the victim should have written some articles before it was killed"
    assert "but did not record as emitted" in survivor_log
    records = [r for rs in outputs.values() for r in rs]
    urls = Counter(r["url"] for r in records)
    duplicates = {u: c for u, c in urls.items() if c > 1}
    assert not duplicates and sorted(urls) == sorted(expected), (len(urls), len(expected), duplicates)
    assert inflight > 0 and "stopped sending heartbeats: requeued" in survivor_log
    assert partition(records) == expected_partition(expected)


def test_a_worker_whose_disk_fills_stops_with_status_4_and_the_run_loses_and_duplicates_nothing(
        corpus, redis_server, tmp_path):
    site, sources, expected = corpus
    settings = distributed_settings(redis_server, "full")
    with tmpfs(tmp_path / "full", size=400 * 1024, free=40 * 1024) as full:  # room for about 30 of 514 articles
        failing = start_worker(sources, tmp_path, {**settings, "NEWSSPIDER_DEFAULT_FEED": str(
            full / "articles-%(utc)s.jsonl")}, tmp_path / "failing.log")
        survivor = start_worker(sources, tmp_path, settings, tmp_path / "survivor.log")
        codes = wait_all([failing, survivor], timeout=150)
        kept = [r for path in full.glob("articles-*.jsonl") for r in complete_records(path)]
        assert not list(full.glob(".*.part"))
    failing_log = (tmp_path / "failing.log").read_text()
    assert codes == [4, 0], failing_log[-3000:]
    assert "newsspider: output failed: cannot write" in failing_log and kept
    records = kept + [r for rs in worker_outputs(tmp_path).values() for r in rs]
    urls = Counter(r["url"] for r in records)
    duplicates = {u: c for u, c in urls.items() if c > 1}
    assert not duplicates and sorted(urls) == sorted(expected), (len(urls), len(expected), duplicates)


def test_a_worker_whose_output_file_is_deleted_stops_with_status_4_and_the_run_rewrites_its_articles(
        corpus, redis_server, tmp_path):
    """A clean-up job deletes a live worker's hidden ``.part`` file. A single-machine run forgets the
    articles committed to it and does not save its feed validators, so the next run writes them; a
    worker forgot them too, but their requests were done and in the run's dupefilter, and the other
    worker saved the feeds' validators: no worker of this run or the next wrote them again."""
    site, sources, expected = corpus
    settings = distributed_settings(redis_server, "deleted")
    victim = start_worker(sources, tmp_path, settings, tmp_path / "victim.log")
    survivor = start_worker(sources, tmp_path, settings, tmp_path / "survivor.log")
    victim_output = wait_for_written(victim, tmp_path, 40, tmp_path / "victim.log")  # and, a second later, committed
    time.sleep(1.5)  # NEWSSPIDER_OUTPUT_COMMIT_SECONDS: recorded as emitted, their requests done
    victim_output.unlink()
    codes = wait_all([victim, survivor], timeout=150)
    victim_log = (tmp_path / "victim.log").read_text()
    assert codes == [4, 0], victim_log[-3000:]
    assert "before it was deleted or replaced are not recorded as emitted" in victim_log
    records = [r for rs in worker_outputs(tmp_path).values() for r in rs]
    urls = Counter(r["url"] for r in records)
    duplicates = {u: c for u, c in urls.items() if c > 1}
    missing = set(expected) - set(urls)
    assert not duplicates and not missing and sorted(urls) == sorted(expected), (len(missing), duplicates)
    assert "lost with a deleted output file: the run's workers write them again" in victim_log


def test_a_killed_worker_whose_output_file_is_then_deleted_has_its_articles_written_by_the_run(
        corpus, redis_server, tmp_path):
    """A worker SIGKILLed after a commit point, its hidden ``.part`` then deleted (a clean-up job): the
    survivor forgot the articles the dead worker had committed to it ("the next run writes them
    again"), but their requests were done and in the run's dupefilter, and the survivor saved the
    feeds' validators: no worker of this run or the next wrote them again."""
    site, sources, expected = corpus
    settings = distributed_settings(redis_server, "killed-deleted")
    victim = start_worker(sources, tmp_path, settings, tmp_path / "victim.log")
    survivor = start_worker(sources, tmp_path, settings, tmp_path / "survivor.log")
    victim_output = wait_for_written(victim, tmp_path, 40, tmp_path / "victim.log")
    time.sleep(1.5)  # NEWSSPIDER_OUTPUT_COMMIT_SECONDS: recorded as emitted, their requests done
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    victim_output.unlink()
    assert wait_all([survivor], timeout=150) == [0], (tmp_path / "survivor.log").read_text()[-3000:]
    survivor_log = (tmp_path / "survivor.log").read_text()
    assert "is gone (deleted)" in survivor_log, survivor_log[-3000:]
    records = [r for rs in worker_outputs(tmp_path).values() for r in rs]
    urls = Counter(r["url"] for r in records)
    duplicates = {u: c for u, c in urls.items() if c > 1}
    missing = set(expected) - set(urls)
    assert not duplicates and not missing, (len(missing), duplicates)
    assert "the run's workers write them again" in survivor_log
