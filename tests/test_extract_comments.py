"""Reader comments (``NEWSSPIDER_COMMENTS``): read apart from the article's text, which stays the
same with the setting on or off; cleaned of the site's chrome; written only when there are some."""
from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import jsonschema

from newsspider.extract.article import ExtractOptions, extract_article
from newsspider.items import Article
from newsspider.output import JsonLinesExporter
from newsspider.pipelines.boilerplate import BoilerplatePipeline
from newsspider.pipelines.extract import extract_options, to_item
from newsspider.settings_check import check_settings
from newsspider.state.learned_lines import MemoryLineStats, SiteLineThresholds
from tests.test_boilerplate_pipeline import InlinePool, Stats

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the tram line to the new northern district by 2027.",
    "The project, estimated at 120 million euros, will add six stations and a depot near the river.",
    "Residents had asked for a faster connection to the centre for more than a decade, the mayor said.",
]
COMMENT = "Finally! I have waited ten years for this tram and will ride it on the first day."
PINGBACK = "Pingback: Tram news roundup - Another Blog"
EXCERPT = "[…] The city council voted on Tuesday to extend the tram line […]"
PAGE = ("<html lang='en'><head><title>Tram line extended</title></head><body><article><h1>Tram line extended</h1>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>"
        "<div id='comments'><h3>3 comments</h3><ol class='commentlist'>"
        f"<li class='comment'><p>{COMMENT}</p></li>"
        f"<li class='pingback'><p>{PINGBACK}</p></li>"
        f"<li class='comment'><p>{EXCERPT}</p></li></ol></div></body></html>")
SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "newsspider" / "article.schema.json").read_text())


def extract(comments: bool):
    return extract_article(PAGE, "https://x.org/a", options=ExtractOptions(min_text_chars=100, comments=comments)).article


def test_comments_are_read_apart_from_the_text_which_is_the_same_either_way():
    on, off = extract(True), extract(False)
    assert on.text == off.text and COMMENT not in on.text
    assert off.comments is None
    assert on.comments == COMMENT  # pingbacks and trackbacks are other pages' notices, not comments


def test_a_page_without_comments_has_none():
    html = PAGE.split("<div id='comments'>")[0] + "</body></html>"
    assert extract_article(html, "https://x.org/a", options=ExtractOptions(min_text_chars=100, comments=True)).article.comments is None


def test_a_page_trafilatura_fails_on_keeps_its_article_and_says_why(monkeypatch, caplog):
    import logging

    from newsspider.extract import comments

    def broken(*args):
        raise ValueError("odd page")

    monkeypatch.setattr(comments, "extract_comments", broken)
    with caplog.at_level(logging.DEBUG, logger="newsspider.extract.comments"):
        article = extract(True)
    assert article.comments is None and article.text == extract(False).text
    assert any("comments of https://x.org/a" in record.getMessage() and record.exc_info for record in caplog.records)


def test_the_setting_reaches_the_extraction_and_the_record():
    from scrapy.settings import Settings

    from newsspider import settings as defaults

    settings = Settings({name: getattr(defaults, name) for name in dir(defaults) if name.isupper()})
    assert extract_options(settings).comments is False
    settings.set("NEWSSPIDER_COMMENTS", "True")
    check_settings(settings)
    assert extract_options(settings).comments is True
    item = to_item(extract(True), "https://x.org/a", "x", "2024-01-01T00:00:00Z", "0123456789abcdef", "https://x.org/a")
    assert item.comments == COMMENT


def record(comments: str | None) -> Article:
    return Article(id="0123456789abcdef", url="https://x.org/a", canonical_url="https://x.org/a", source="x",
                   title="Tram line extended", authors=[], published=None, modified=None, language="en",
                   direction="ltr", text="\n".join(PARAGRAPHS), description=None, image=None, tags=[],
                   fetched_at="2024-01-01T00:00:00Z", simhash="00ff00ff00ff00ff", story_id="0123456789abcdef",
                   comments=comments)


def test_comments_are_cleaned_of_chrome_like_the_text_and_counted():
    thresholds = SiteLineThresholds(min_pages=5, min_share=0.5, label_min_pages=3, label_min_share=0.1,
                                    short_min_share=0.25)
    stats = Stats()
    pipeline = BoilerplatePipeline(InlinePool(), MemoryLineStats(), stats, thresholds=thresholds)
    kept = asyncio.run(pipeline.process_item(record(f"{COMMENT}\nShare this:")))
    assert kept.comments == COMMENT and stats["newsspider/comments/articles"] == 1
    assert asyncio.run(pipeline.process_item(record("Share"))).comments is None


def test_the_field_is_written_only_when_set_and_the_record_keeps_the_schema():
    for comments in (None, COMMENT):
        buffer = io.BytesIO()
        exporter = JsonLinesExporter(buffer, encoding="utf-8")
        exporter.start_exporting()
        exporter.export_item(record(comments))
        exporter.finish_exporting()
        written = json.loads(buffer.getvalue())
        assert ("comments" in written) is (comments is not None)
        assert list(written)[-1] == ("comments" if comments else "modified_utc")
        jsonschema.Draft202012Validator(SCHEMA).validate(written)
