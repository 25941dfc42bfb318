"""Run a real ``scrapy crawl news`` in a subprocess and read the JSONL and the run report it wrote (e2e tests)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema

from newsspider.extensions.run_report import report_path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((PROJECT_ROOT / "newsspider" / "article.schema.json").read_text(encoding="utf-8"))
STORY_SCHEMA = json.loads((PROJECT_ROOT / "newsspider" / "story.schema.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((PROJECT_ROOT / "newsspider" / "run_report.schema.json").read_text(encoding="utf-8"))
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "NEWSSPIDER_WORKERS": "2",
    "NEWSSPIDER_MAX_AGE_DAYS": "0",  # fixtures carry fixed dates; the age limit has its own test
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    returncode: int
    records: list[dict]
    log: str
    report: dict  # the run report beside the output ({} when the run wrote none)

    @property
    def stats(self) -> dict:
        """The run's final stats, from its report."""
        return self.report.get("stats", {})


def run_crawl(sources: Path | None, workdir: Path, *, output: str | None = "out.jsonl", settings: dict | None = None,
              timeout: float = 240, arguments: dict | None = None) -> CrawlResult:
    """Crawl with ``workdir`` as the working directory (state and default output land there);
    ``arguments`` are further spider arguments (``-a warc=...``)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news"] + (["-a", f"sources={sources}"] if sources else [])
    for name, value in (arguments or {}).items():
        command += ["-a", f"{name}={value}"]
    if output:
        command += ["-O", output]
    for name, value in {**FAST_SETTINGS, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout)
    records = read_jsonl(workdir / output) if output and (workdir / output).exists() else []
    return CrawlResult(done.returncode, records, done.stderr + done.stdout, read_report(workdir, output))


def read_report(workdir: Path, output: str | None) -> dict:
    """The run report: beside ``output``, or the newest beside a default output file; validated
    against its schema."""
    if output:
        candidates = [report_path(workdir / output)]
    else:
        candidates = sorted((workdir / "output").glob("articles-*.report.json"), key=lambda p: p.stat().st_mtime)
    existing = [path for path in candidates if path.exists()]
    if not existing:
        return {}
    report = json.loads(existing[-1].read_text(encoding="utf-8"))
    validate_report(report)
    return report


def validate_report(report: dict) -> None:
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(json.loads(json.dumps(report, default=str)))


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def validate_records(records: list[dict]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records:
        validator.validate(record)


def validate_stories(records: list[dict]) -> None:
    """Story export records against ``newsspider/story.schema.json``."""
    validator = jsonschema.Draft202012Validator(STORY_SCHEMA)
    for record in records:
        validator.validate(record)
