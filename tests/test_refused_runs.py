"""A run refused before it fetches anything (exit status 2 or 3) leaves a report of itself, not the
previous run's: a monitor reading ``<output>.report.json`` sees this run's status and line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsspider.extensions.run_report import report_path
from newsspider.state.lock import RunLock
from tests.crawl import PROJECT_ROOT, read_report, run_crawl
from tests.static_site import StaticSite, write_news_site, write_sources

STALE = {"exit_status": 0, "ending": "finished", "message": None}


def stale_report(workdir: Path) -> Path:
    """The report an earlier, successful run left beside ``out.jsonl``."""
    path = report_path(workdir / "out.jsonl")
    path.write_text(json.dumps(STALE), encoding="utf-8")
    return path


def refused_line(log: str) -> str:
    return next(line for line in log.splitlines() if line.startswith("newsspider: ")).removeprefix("newsspider: ")


def test_a_bad_sources_file_replaces_the_previous_runs_report_with_its_own(tmp_path):
    stale_report(tmp_path)
    sources = tmp_path / "sources.toml"
    sources.write_text("[[source]\nname = 'x'\n", encoding="utf-8")
    result = run_crawl(sources, tmp_path)
    assert result.returncode == 2
    report = result.report
    assert report["exit_status"] == 2 and report["ending"] == "config_error"
    assert report["message"] == refused_line(result.log) and "malformed TOML" in report["message"]
    assert report["finish_reason"] is None and report["sources"] == {} and report["stats"] == {}
    assert report["outputs"] == [{"uri": "out.jsonl", "path": str(tmp_path / "out.jsonl"), "format": "jsonl",
                                  "articles": 0, "stored": False, "error": None}]
    assert not (tmp_path / "out.jsonl").exists()


def test_a_bad_setting_reports_status_2_and_fetches_nothing(tmp_path):
    site_root = tmp_path / "site"
    with StaticSite(site_root) as site:
        write_news_site(site_root, site.base_url, 2)
        sources = write_sources(tmp_path / "sources.toml", site.base_url)
        stale_report(tmp_path)
        result = run_crawl(sources, tmp_path, settings={"NEWSSPIDER_MAX_AGE_DAYS": "soon"})
    assert result.returncode == 2, result.log[-3000:]
    assert site.requests == []
    assert result.report["exit_status"] == 2 and result.report["message"] == refused_line(result.log)
    assert "NEWSSPIDER_MAX_AGE_DAYS" in result.report["message"]


def test_a_run_refused_by_the_state_lock_reports_status_3(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    stale_report(tmp_path)
    with RunLock(tmp_path / ".newsspider"):
        result = run_crawl(sources, tmp_path)
    assert result.returncode == 3
    assert result.report["exit_status"] == 3 and result.report["ending"] == "locked"
    assert "another newsspider run" in result.report["message"]


def test_an_unusable_state_directory_reports_status_2(tmp_path):
    (tmp_path / "not-a-directory").write_text("x")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    stale_report(tmp_path)
    result = run_crawl(sources, tmp_path, settings={"NEWSSPIDER_STATE_DIR": str(tmp_path / "not-a-directory")})
    assert result.returncode == 2
    assert result.report["exit_status"] == 2 and "not-a-directory" in result.report["message"]


def test_a_cron_run_on_the_default_output_leaves_the_newest_report_saying_it_was_refused(tmp_path):
    """The README's cron line writes ``output/articles-<UTC>.jsonl``: a monitor reads the newest
    ``output/articles-*.report.json``, which was the previous run's."""
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "articles-20261204T000000Z.report.json").write_text(json.dumps(STALE), encoding="utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a/b"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    result = run_crawl(sources, tmp_path, output=None)
    assert result.returncode == 2
    assert result.report["exit_status"] == 2 and result.report["message"] == refused_line(result.log)
    [output] = result.report["outputs"]
    assert output["uri"].startswith("output/articles-") and output["path"].endswith(".jsonl")
    assert not list((tmp_path / "output").glob("*.jsonl"))


def test_output_and_overwrite_output_together_replace_both_previous_reports_with_the_refusal(tmp_path):
    """``-o`` with ``-O`` is refused by Scrapy's option parsing (status 2, ``error: Please use only
    one of ...``) before the crawl command ran: the reports the previous runs left beside both
    files still said ``finished``."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n', encoding="utf-8")
    for name in ("appended.jsonl", "out.jsonl"):
        report_path(tmp_path / name).write_text(json.dumps(STALE), encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}",
               "-o", "appended.jsonl", "-O", "out.jsonl"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-3000:]
    assert "error: Please use only one of -o/--output and -O/--overwrite-output" in done.stderr
    for name in ("appended.jsonl", "out.jsonl"):
        report = read_report(tmp_path, name)
        assert report["exit_status"] == 2 and report["ending"] == "config_error", report
        assert report["message"] == "Please use only one of -o/--output and -O/--overwrite-output"
        assert [output["uri"] for output in report["outputs"]] == ["appended.jsonl", "out.jsonl"]
        assert not (tmp_path / name).exists()
