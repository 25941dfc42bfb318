"""bench.crawl_ab's record comparison, its runs (with the crawl faked), which wrapper measures another
checkout's crawl, and bench.common's process tree by depth (what bench.crawl's ``fixed_cpu_s`` and ``forked_workers_cpu_s`` are summed by)."""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import bench.crawl as crawl
import bench.crawl_ab as crawl_ab
from bench.common import TreeSampler, process_tree
from bench.crawl_ab import NO_CONTROL, ORDER_FIELDS, comparable_records, record_differences


def test_records_compare_without_the_time_and_the_order_dependent_story_fields(tmp_path: Path):
    def write(path: Path, records: list[dict]) -> Path:
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    a = {"url": "http://x/a", "text": "A", "fetched_at": "1", "story_id": "s1", "duplicate_of": None}
    b = {"url": "http://x/b", "text": "B", "fetched_at": "2", "story_id": "s2", "duplicate_of": "s1"}
    first = write(tmp_path / "1.jsonl", [a, b])
    later = write(tmp_path / "2.jsonl", [{**b, "fetched_at": "9", "story_id": "s3"}, {**a, "story_id": "s3"}])
    assert record_differences(comparable_records(first), comparable_records(later)) == {}
    changed = write(tmp_path / "3.jsonl", [a, {**b, "text": "C"}, {"url": "http://x/c", "text": "D"}])
    assert record_differences(comparable_records(first), comparable_records(changed)) == {"missing": 1, "text": 1}
    assert all(field not in record for record in comparable_records(first).values() for field in ORDER_FIELDS)


def test_the_process_tree_knows_each_process_depth():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        tree = process_tree(child.pid)
        assert tree == {child.pid: 0}
        mine = process_tree(os.getpid())
        assert mine[os.getpid()] == 0 and mine[child.pid] == 1
        sampler = TreeSampler(os.getpid())
        sampler.cpu, sampler.depth = {os.getpid(): 2.0, child.pid: 0.5, 1: 0.25}, {os.getpid(): 0, child.pid: 1, 1: 2}
        assert sampler.cpu_by_depth() == {0: 2.0, 1: 0.5, 2: 0.25}
    finally:
        child.kill()
        child.wait()


def fake_ab(monkeypatch, capsys, argv: list[str]) -> dict:
    """``crawl_ab.main(argv)`` with the pages and the crawl faked: each run makes its directory as
    the real one does (an existing one is an error) and writes one record whose text says which run
    it was (``r<round>-<position>``)."""
    @contextlib.contextmanager
    def site(pages):
        yield type("Site", (), {"base_url": "http://127.0.0.1:1"})()

    def crawl(name: str, sources, workdir: Path, extra, timeout, code: Path) -> dict:
        (workdir / name).mkdir()
        (workdir / name / "out.jsonl").write_text(json.dumps({"url": "http://x/a", "text": name}) + "\n")
        return {"article_pages": 1, "returncode": 0, "fixed_cpu_s": {},
                "cpu_ms_per_page": {"main_total": 1.0, "workers_total": 1.0, "story_assign": None}}

    monkeypatch.setattr(crawl_ab, "build_corpus", lambda *a: ({}, {}))
    monkeypatch.setattr(crawl_ab, "MemorySite", site)
    monkeypatch.setattr(crawl_ab, "add_discovery", lambda *a: None)
    monkeypatch.setattr(crawl_ab, "write_sources", lambda *a: None)
    monkeypatch.setattr(crawl_ab, "run_crawl", crawl)
    monkeypatch.setattr(crawl_ab, "head", lambda code: "abc")
    crawl_ab.main(argv)
    return json.loads(capsys.readouterr().out)


def test_the_same_checkout_twice_is_an_a_a_run_with_a_directory_per_position(monkeypatch, capsys, tmp_path: Path):
    out = fake_ab(monkeypatch, capsys, ["--code", str(tmp_path), "--code", str(tmp_path), "--rounds", "2"])
    assert list(out["runs"]) == [f"0:{tmp_path}", f"1:{tmp_path}"]
    assert all(len(runs) == 2 for runs in out["runs"].values())
    assert out["records"][f"1:{tmp_path}"]["differ_by_field"] == {"text": 1}  # r0-0 against r0-1
    assert out["records"][f"1:{tmp_path}"]["same_code_differ_by_field"] == {"text": 1}  # r0-0 against r1-0


def test_one_round_has_no_same_code_control_rather_than_an_empty_one(monkeypatch, capsys, tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    out = fake_ab(monkeypatch, capsys, ["--code", str(a), "--code", str(b), "--rounds", "1"])
    assert out["records"][f"1:{b}"]["same_code_differ_by_field"] == NO_CONTROL


def test_another_checkouts_crawl_is_launched_by_this_checkouts_wrapper(monkeypatch, tmp_path: Path):
    """run_crawl's command, with its environment and directory, run as a probe of what it imports:
    this checkout's bench/common.py, the other checkout's newsspider."""
    other = tmp_path / "other"
    for package in ("bench", "newsspider"):
        (other / package).mkdir(parents=True)
    (other / "bench" / "common.py").write_text("")
    (other / "newsspider" / "__init__.py").write_text("")
    probe = "import bench.common, newsspider; print('PROBE', bench.common.__file__, newsspider.__file__)"
    real_popen = subprocess.Popen

    def popen(command, **kwargs):
        assert command[1:3] == ["-m", "bench.common"]
        return real_popen([sys.executable, "-c", probe], **kwargs)

    monkeypatch.setattr(crawl.subprocess, "Popen", popen)
    result = crawl.run_crawl("probe", tmp_path / "sources.toml", tmp_path, {}, 60, code=other)
    assert result["returncode"] == 0
    line = next(line for line in Path(result["log"]).read_text().splitlines() if line.startswith("PROBE"))
    common, newsspider = line.split()[1:]
    assert Path(common).resolve() == crawl.ROOT / "bench" / "common.py"
    assert Path(newsspider).resolve() == other / "newsspider" / "__init__.py"
