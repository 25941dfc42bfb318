"""Crawl the bundled sample corpus offline: ``python -m newsspider.sample``.

Serves ``newsspider/sample/site/`` on 127.0.0.1, runs ``scrapy crawl news`` against it with the
project's settings (output in ``output/articles-<UTC>.jsonl``, its stories beside it in
``output/stories-<UTC>.jsonl`` and ``.html``), then prints articles per language and source, and
the stories that have more than one article.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from newsspider.export.files import export_path, report_path
from newsspider.sample.server import LocalSite, render_sources

SAMPLE_DIR = Path(__file__).resolve().parent
FAST_LOCAL = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
              "-s", "NEWSSPIDER_MAX_AGE_DAYS=0"]  # the corpus has fixed dates


def main(argv: list[str] | None = None) -> int:
    """Serve the corpus, crawl it in a ``scrapy crawl`` subprocess, print a summary; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", default="output", help="where the JSONL file goes (default: output/)")
    parser.add_argument("--state-dir", default=None,
                        help="state directory (default: a fresh temporary one, so every sample run starts clean)")
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    output_dir = Path(args.output_dir).resolve()
    before = set(output_dir.glob("articles-*.jsonl"))
    with tempfile.TemporaryDirectory(prefix="newsspider-sample-") as scratch, LocalSite(SAMPLE_DIR / "site") as site:
        sources = Path(scratch) / "sources.toml"
        sources.write_text(render_sources(SAMPLE_DIR / "sources.template.toml", site.base_url), encoding="utf-8")
        state_dir = args.state_dir or str(Path(scratch) / "state")
        print(f"serving the sample corpus at {site.base_url}; crawling ...", flush=True)
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}",
                   "-s", f"NEWSSPIDER_STATE_DIR={state_dir}", "-s", f"LOG_LEVEL={args.log_level}",
                   "-s", f"FEEDS={json.dumps({str(output_dir / 'articles-%(utc)s.jsonl'): {'format': 'jsonlines', 'encoding': 'utf-8', 'overwrite': True}})}",
                   *FAST_LOCAL]
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": os.environ.get("SCRAPY_SETTINGS_MODULE", "newsspider.settings")}
        status = subprocess.run(command, env=env).returncode
    written = sorted(set(output_dir.glob("articles-*.jsonl")) - before)
    if status != 0 or not written:
        print(f"crawl failed (exit status {status})", file=sys.stderr)
        return status or 1
    print_summary(written[-1])
    for story_file in (export_path(written[-1]), report_path(written[-1])):
        if story_file.exists():
            print(f"stories: {story_file}")
    return 0


def print_summary(path: Path) -> None:
    """What a first-time user wants to see of a crawl: counts per language and source, and the stories."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"\n{len(records)} articles written to {path}")
    print("by language: " + ", ".join(f"{lang} {n}" for lang, n in Counter(r["language"] for r in records).most_common()))
    print("by source:   " + ", ".join(f"{src} {n}" for src, n in Counter(r["source"] for r in records).most_common()))
    stories = defaultdict(list)
    for record in records:
        stories[record["story_id"]].append(record)
    shared = [members for members in stories.values() if len(members) > 1]
    print(f"stories with more than one article: {len(shared)}")
    for members in shared:
        print("  - " + "; ".join(f"[{m['language']}] {m['title'][:50] if m['title'] else m['url']}"
                                 f" ({m['duplicate_kind'] or 'first'})" for m in members))


if __name__ == "__main__":
    sys.exit(main())
