"""``scrapy article URL|FILE``: the record the crawl writes for one page, the boilerplate removed
and why, without the state store; on a sample page served from 127.0.0.1 and on a local file."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsspider.items import article_id
from newsspider.sample.server import LocalSite
from tests.conftest import SAMPLE
from tests.crawl import PROJECT_ROOT, validate_records

UKRAINIAN = "/svizhi-novyny/svit/rockets-launched-at-bases-hosting-us-troops-91544.html"
ARABIC = "/alkhabar/2024/07/25/rockets-iraq-syria-bases.html"
SAME_AS_THE_CRAWL = ("title", "authors", "published", "modified", "published_utc", "language", "direction", "text",
                     "description", "tags", "site_name", "simhash")


def scrapy_article(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run([sys.executable, "-m", "scrapy", "article", *args, "-s", f"NEWSSPIDER_STATE_DIR={cwd / 'state'}"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def test_a_served_page_gives_the_record_the_crawl_wrote_and_the_lines_removed(sample_crawl, tmp_path):
    with LocalSite(SAMPLE / "site") as site:
        done = scrapy_article(site.url(UKRAINIAN), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    preview = json.loads(done.stdout)
    record, crawled = preview["record"], sample_crawl[0][UKRAINIAN]
    validate_records([record])
    assert {name: record[name] for name in SAME_AS_THE_CRAWL} == {name: crawled[name] for name in SAME_AS_THE_CRAWL}
    assert (record["story_id"], record["duplicate_of"], record["source"]) == (record["id"], None, "preview")
    removed = {(line["rule"], line["line"]) for line in preview["removed"]}
    # The comment prompt is the heading of the comment form: the tree names it before the text rules.
    assert {("tagline", "завжди свіжі новини"), ("tree_chrome", "залишити коментар:")} <= removed
    assert all(line["why"] and line["line"] not in record["text"].split("\n") for line in preview["removed"])
    assert preview["page_type"] == "declared"
    assert not (tmp_path / "state").exists()  # the state store was never opened


def test_a_local_file_with_its_original_address(tmp_path):
    address = "https://alkhabar.example/2024/07/25/rockets-iraq-syria-bases.html"
    done = scrapy_article(str(SAMPLE / "site" / ARABIC.lstrip("/")), "--url", address, "--source", "alkhabar",
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    preview = json.loads(done.stdout)
    record = preview["record"]
    validate_records([record])
    assert (record["url"], record["source"]) == (address, "alkhabar") and record["id"] == article_id(record["canonical_url"])
    assert (record["language"], record["direction"], record["published_utc"]) == ("ar", "rtl", "2024-07-25T19:10:00Z")
    assert [(line["rule"], line["line"]) for line in preview["removed"] if line["rule"] == "shortcode"] == [
        ("shortcode", "[ad_1]"), ("shortcode", "[ad_2]")]
    assert "[ad_" not in record["text"] and not (tmp_path / "state").exists()

    one_line = scrapy_article(str(SAMPLE / "site" / ARABIC.lstrip("/")), "--url", address, "--record-only",
                              cwd=tmp_path)
    assert one_line.stdout.count("\n") == 1 and json.loads(one_line.stdout)["text"] == record["text"]


def test_a_page_that_is_no_article_or_cannot_be_fetched_exits_1_and_says_why(tmp_path):
    tiny = tmp_path / "tiny.html"
    tiny.write_text("<html><body><p>Hello.</p></body></html>", encoding="utf-8")
    done = scrapy_article(str(tiny), cwd=tmp_path)
    assert done.returncode == 1 and json.loads(done.stdout) == {"record": None, "not_article": "too_little_text"}
    assert "not an article (too_little_text)" in done.stderr
    with LocalSite(SAMPLE / "site") as site:
        missing = scrapy_article(site.url("/no-such-page.html"), cwd=tmp_path)
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr and missing.stdout == ""


def test_a_canonical_naming_the_pages_section_is_not_the_records_address(tmp_path):
    """The crawl's rule (newsspider.discovery.canonical): a page declaring its section as its
    canonical keeps its own address; the same page declaring its own clean address takes it."""
    from tests.test_run_integrity import ARTICLE

    address = "https://council.example/politics/council-approves-the-new-budget?from=home"
    for declared, expected in (("https://council.example/politics/", address),
                               ("/politics/council-approves-the-new-budget",
                                "https://council.example/politics/council-approves-the-new-budget")):
        page = tmp_path / "page.html"
        page.write_text(ARTICLE.format(title="Ashford council weighs plan 1", head=f'<link rel="canonical" href="{declared}">',
                                       day=20, town="Ashford", n=1), encoding="utf-8")
        done = scrapy_article(str(page), "--url", address, "--record-only", cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        record = json.loads(done.stdout)
        assert record["canonical_url"] == expected and record["id"] == article_id(expected)
