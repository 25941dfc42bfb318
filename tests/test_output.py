"""The output: the JSON lines exporter writes exactly what Scrapy's would, for articles and anything
else; the file storage shows a file only once it is complete."""
from __future__ import annotations

import io

from scrapy.exporters import JsonLinesItemExporter
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsspider.items import Article
from newsspider.output import AtomicFileFeedStorage, JsonLinesExporter


def article(**changes) -> Article:
    values = dict(id="0123456789abcdef", url="https://example.org/a?x=1", canonical_url="https://example.org/a",
                  source="example", title="Заголовок \"quoted\" ✓", authors=["A. Writer", "محمد"],
                  published="2024-05-01T08:00:00+00:00", modified=None, language="ru", direction="ltr",
                  text="Line one\nLine two with \u200c joiner and \\ backslash", description=None,
                  image="https://example.org/i.jpg", tags=[], site_name="Example News", fetched_at="2024-05-01T09:00:00+00:00",
                  simhash="00ff00ff00ff00ff", story_id="0123456789abcdef")
    values.update(changes)
    return Article(**values)


def export(exporter_class, items, **options) -> bytes:
    buffer = io.BytesIO()
    exporter = exporter_class(buffer, encoding="utf-8", **options)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue()


def test_same_bytes_as_scrapys_exporter():
    items = [article(), article(title=None, authors=[], duplicate_of="fedcba9876543210", duplicate_kind="near"),
             {"not": "an article", "n": 1}]
    ours = export(JsonLinesExporter, items)
    assert ours == export(JsonLinesItemExporter, items)
    assert ours.count(b"\n") == 3 and "Заголовок".encode() in ours


def test_explicit_fields_take_scrapys_path():
    items = [article()]
    fields = ["id", "title"]
    ours = export(JsonLinesExporter, items, fields_to_export=fields)
    assert ours == export(JsonLinesItemExporter, items, fields_to_export=fields)
    assert ours.startswith(b'{"id": "0123456789abcdef", "title"') and b"text" not in ours


def test_storage_shows_the_file_only_once_complete_and_appends_in_place(tmp_path):
    crawler = get_crawler()
    target = tmp_path / "out" / "articles.jsonl"
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(target), feed_options={"overwrite": True})
    handle = storage.open(Spider("news"))
    handle.write(b'{"id": "a"}\n')
    assert not target.exists() and (tmp_path / "out" / ".articles.jsonl.part").read_bytes() == b'{"id": "a"}\n'
    storage.store(handle)
    assert target.read_bytes() == b'{"id": "a"}\n' and not list(tmp_path.glob("out/.*.part"))
    appending = build_from_crawler(AtomicFileFeedStorage, crawler, str(target), feed_options={"overwrite": False})
    handle = appending.open(Spider("news"))
    handle.write(b'{"id": "b"}\n')
    appending.store(handle)
    assert target.read_bytes().count(b"\n") == 2

