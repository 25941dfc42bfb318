"""Where a run's story export and report go, and how they are written.

They go beside the articles file they describe, named after it: the default
``output/articles-<UTC>.jsonl`` gets ``output/stories-<UTC>.jsonl`` and ``output/stories-<UTC>.html``
(``articles`` at the start of the name becomes ``stories``); any other name gets ``.stories``
added: ``-O out.jsonl`` gets ``out.stories.jsonl`` and ``out.stories.html``. Each file is written
under a hidden ``.<name>.part`` name, made durable and renamed into place, so a consumer polling
the folder never reads half of one.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ARTICLES_PREFIX = "articles"
STORIES_PREFIX = "stories"


def stories_stem(articles_file: Path) -> Path:
    """The story files' path without suffix: ``output/articles-<UTC>.jsonl`` -> ``output/stories-<UTC>``,
    ``out.jsonl`` -> ``out.stories``."""
    stem = articles_file.stem
    if stem.startswith(ARTICLES_PREFIX):
        return articles_file.with_name(STORIES_PREFIX + stem[len(ARTICLES_PREFIX):])
    return articles_file.with_name(f"{stem}.{STORIES_PREFIX}")


def export_path(articles_file: Path) -> Path:
    """The story export (JSON lines) beside ``articles_file``."""
    stem = stories_stem(articles_file)
    return stem.with_name(stem.name + ".jsonl")


def report_path(articles_file: Path) -> Path:
    """The HTML report beside ``articles_file``."""
    stem = stories_stem(articles_file)
    return stem.with_name(stem.name + ".html")


def json_lines(records: Iterable[Mapping[str, Any]]) -> str:
    """Records as JSON lines, UTF-8 text unescaped (as the articles file writes them)."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all: a hidden ``.part`` file, fsync'd,
    renamed into place. ``OSError`` if it cannot be (the hidden file is removed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):  # the write's error is the one to report
            partial.unlink(missing_ok=True)
        raise
