"""The JSON lines exporter writes exactly what Scrapy's would, for articles and anything else."""
from __future__ import annotations

import io

from scrapy.exporters import JsonLinesItemExporter

from newsspider.items import Article
from newsspider.output import JsonLinesExporter


def article(**changes) -> Article:
    values = dict(id="0123456789abcdef", url="https://example.org/a?x=1", canonical_url="https://example.org/a",
                  source="example", title="Заголовок \"quoted\" ✓", authors=["A. Writer", "محمد"],
                  published="2024-05-01T08:00:00+00:00", modified=None, language="ru", direction="ltr",
                  text="Line one\nLine two with \u200c joiner and \\ backslash", description=None,
                  image="https://example.org/i.jpg", tags=[], fetched_at="2024-05-01T09:00:00+00:00",
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
