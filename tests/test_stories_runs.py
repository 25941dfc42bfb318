"""End to end, two cron runs sharing a state directory: a copy crawled in the second run joins the
story of an article emitted by the first, and its record says what it matched and how strongly.
Backend "none": copies by shared text, translations by the same figures (no model to load)."""
from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.crawl import CrawlResult, read_jsonl, run_crawl, validate_records, validate_stories
from tests.static_site import StaticSite

WIRE = [
    "The regional water authority said on Tuesday that 2,350 households in the valley would receive new "
    "meters by the end of 2025, at a cost of 18.5 million euros.",
    "Engineers began replacing the oldest pipes under the market square last month, and the authority "
    "expects the work to cut leaks by 40 percent over the next three years.",
    "Residents who want an earlier appointment can call the customer line, the authority said, adding that "
    "no interruption of supply longer than four hours is planned for any street.",
]
GERMAN = [  # the same text in German: the same figures (2.350, 2025, 18,5, 40), no shared words
    "Der regionale Wasserverband teilte am Dienstag mit, dass 2.350 Haushalte im Tal bis Ende 2025 neue "
    "Zähler erhalten, zu Kosten von 18,5 Millionen Euro.",
    "Techniker haben im vergangenen Monat begonnen, die ältesten Leitungen unter dem Marktplatz zu ersetzen; "
    "der Verband erwartet, dass die Arbeiten die Verluste in drei Jahren um 40 Prozent senken.",
    "Wer einen früheren Termin möchte, kann die Kundenhotline anrufen, sagte der Verband; keine Straße soll "
    "länger als vier Stunden ohne Wasser sein.",
]
OTHER = [
    "The town's museum reopened its east wing after a renovation that took two winters, with a new room for "
    "the collection of maps that a local family donated.",
    "Volunteers guided the first visitors through the rooms, and the curator said school classes could book "
    "free tours from next month onwards, on weekday mornings.",
]
PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-05-0{day}T08:00:00+00:00"></head><body>
<article><h1>{title}</h1>{body}</article></body></html>"""


def _page(root: Path, path: str, lang: str, title: str, paragraphs: list[str], day: int) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(PAGE.format(lang=lang, title=html.escape(title), body=body, day=day), encoding="utf-8")


def _feed(root: Path, name: str, base: str, items: list[tuple[str, str]]) -> None:
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{base}/{p}</link></item>" for p, t in items)
    (root / f"{name}.xml").write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                      f"<title>{name}</title><link>{base}/</link>{entries}</channel></rss>",
                                      encoding="utf-8")


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, CrawlResult, Path]:
    """Two crawls sharing a state directory: the first finds the wire story, the second a copy,
    a German translation and an unrelated article (``first.jsonl``, ``second.jsonl`` in the directory)."""
    tmp_path = tmp_path_factory.mktemp("runs")
    root = tmp_path / "site"
    root.mkdir()
    with StaticSite(root) as site:
        base = site.base_url
        sources = tmp_path / "sources.toml"
        sources.write_text("".join(f'[[source]]\nname = "{n}"\nfeeds = ["{base}/{n}.xml"]\n\n'
                                   for n in ("wire", "gazette", "zeitung")), encoding="utf-8")
        _page(root, "wire/meters.html", "en", "New water meters for 2,350 households", WIRE, 2)
        _feed(root, "wire", base, [("wire/meters.html", "New water meters")])
        _feed(root, "gazette", base, [])
        _feed(root, "zeitung", base, [])
        first = run_crawl(sources, tmp_path, output="first.jsonl", settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
        assert first.returncode == 0, first.log[-2000:]

        _page(root, "gazette/meters.html", "en", "Valley to get new water meters",
              ["VALLEY - " + WIRE[0], WIRE[1], WIRE[2], "Reporting by the Valley Gazette news desk."], 3)
        _page(root, "gazette/museum.html", "en", "Museum reopens east wing", OTHER, 3)
        _page(root, "zeitung/zaehler.html", "de", "Neue Wasserzähler für 2.350 Haushalte", GERMAN, 3)
        _feed(root, "gazette", base, [("gazette/meters.html", "Valley to get new water meters"),
                                      ("gazette/museum.html", "Museum reopens east wing")])
        _feed(root, "zeitung", base, [("zeitung/zaehler.html", "Neue Wasserzähler")])
        second = run_crawl(sources, tmp_path, output="second.jsonl", settings={"NEWSSPIDER_STORIES_BACKEND": "none"})
        assert second.returncode == 0, second.log[-2000:]
    return first, second, tmp_path


def test_a_later_run_extends_an_earlier_story_and_says_what_matched(two_runs):
    first, second, tmp_path = two_runs
    (original,) = first.records
    assert (original["story_id"], original["duplicate_of"], original["matched_id"]) == (original["id"], None, None)
    by_path = {r["url"].split("/", 3)[3]: r for r in second.records}
    copy, museum, german = by_path["gazette/meters.html"], by_path["gazette/museum.html"], by_path["zeitung/zaehler.html"]
    assert (copy["story_id"], copy["duplicate_of"], copy["duplicate_kind"], copy["matched_id"]) == (
        original["id"], original["id"], "near", original["id"])
    assert 0.9 <= copy["duplicate_score"] <= 1.0
    assert (german["story_id"], german["duplicate_kind"], german["matched_id"]) == (original["id"], "translation", original["id"])
    assert museum["story_id"] == museum["id"] and museum["duplicate_score"] is None
    validate_records(first.records + second.records)

    first_stories = read_jsonl(tmp_path / "first.stories.jsonl")
    second_stories = read_jsonl(tmp_path / "second.stories.jsonl")
    validate_stories(first_stories + second_stories)
    assert [(s["story_id"], s["member_count"]) for s in first_stories] == [(original["id"], 1)]
    extended, museum_story = second_stories  # biggest first
    assert (extended["story_id"], extended["member_count"], extended["new_members"]) == (original["id"], 3, 2)
    earlier = extended["members"][0]  # from the first run, through the state store
    assert (earlier["id"], earlier["this_run"], earlier["kind"]) == (original["id"], False, "root")
    assert (earlier["url"], earlier["title"], earlier["published_utc"]) == (
        original["url"], original["title"], original["published_utc"])
    assert {m["id"]: m["kind"] for m in extended["members"][1:]} == {copy["id"]: "near", german["id"]: "translation"}
    assert extended["languages"] == ["de", "en"] and museum_story["members"][0]["id"] == museum["id"]


def test_the_readme_snippet_loads_both_runs_into_duckdb_and_pandas_and_finds_the_story_across_them(
        two_runs, tmp_path, monkeypatch):
    first, second, workdir = two_runs
    assert all(record["modified"] is None and record["duplicate_score"] is None for record in first.records)
    output = tmp_path / "output"
    output.mkdir()
    shutil.copy(workdir / "first.jsonl", output / "articles-20240502T080000Z.jsonl")
    shutil.copy(workdir / "second.jsonl", output / "articles-20240503T080000Z.jsonl")
    (output / "articles-20240504T080000Z.jsonl").write_text("", encoding="utf-8")  # a run that found nothing
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(# newsspider: load run files.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(compile(snippet, "README.md snippet", "exec"), names)  # the documented code, as written

    schema = json.loads((Path(__file__).resolve().parent.parent / "newsspider" / "article.schema.json").read_text())
    columns, properties = names["COLUMNS"], schema["properties"]
    assert sorted(columns) == sorted(schema["required"])  # an optional field (comments, by a setting) may be left out
    properties = {name: spec for name, spec in properties.items() if name in schema["required"]}
    assert {name for name, sql in columns.items() if sql == "VARCHAR[]"} == {
        name for name, spec in properties.items() if spec.get("type") == "array"}
    assert {name for name, sql in columns.items() if sql == "TIMESTAMPTZ"} == {"published_utc", "modified_utc", "fetched_at"}
    original = first.records[0]
    expected = (original["id"], 3, ["de", "en"])

    articles, frame = names["articles"], names["frame"]
    assert duckdb.sql("SELECT count(*) FROM articles").fetchall() == [(len(frame),)] and len(frame) == 4
    assert dict(zip(articles.columns, map(str, articles.types), strict=True))["duplicate_score"] == "DOUBLE"
    (top, *_) = names["stories"].fetchall()
    assert (top[0], top[1], top[2]) == expected
    assert top[3].isoformat() == "2024-05-02T08:00:00+00:00"
    assert duckdb.sql("SELECT count(*) FROM articles WHERE duplicate_score > 0.5").fetchall() == [(2,)]
    parquet = duckdb.sql("SELECT typeof(duplicate_score), typeof(published_utc), typeof(authors), count(*) "
                         "FROM 'articles.parquet' GROUP BY ALL").fetchall()
    assert parquet == [("DOUBLE", "TIMESTAMP WITH TIME ZONE", "VARCHAR[]", 4)]

    assert str(frame["published_utc"].dtype).startswith("datetime64") and str(frame["duplicate_score"].dtype) == "Float64"
    story = frame[frame["story_id"] == original["id"]]
    assert (len(story), sorted(story["language"])) == (3, ["de", "en", "en"])
    assert names["story_sizes"].index[0] == original["id"] and names["story_sizes"].iloc[0] == 3
    assert story["published_utc"].min().isoformat() == "2024-05-02T08:00:00+00:00"

