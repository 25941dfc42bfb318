"""The per-run JSONL file: named by UTC start time, and visible only once complete.

A consumer polling ``output/`` must never read a half-written line, so the file is written under
a hidden temporary name in the same folder and renamed into place when the feed closes.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from scrapy.extensions.feedexport import FileFeedStorage


def uri_params(params: dict[str, Any], spider) -> dict[str, Any]:
    """Add ``%(utc)s`` (e.g. ``20261121T143000Z``) to the feed URI placeholders."""
    return {**params, "utc": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")}


class AtomicFileFeedStorage(FileFeedStorage):
    """Local file storage that renames a complete file into place (``-O`` and the default feed).

    Appending (``-o``) writes in place: renaming would replace what the file already held.
    """

    def open(self, spider) -> IO[bytes]:
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.write_mode == "ab":
            return target.open("ab")
        self._partial = target.with_name(f".{target.name}.part")
        return self._partial.open("wb")

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        os.fsync(file.fileno())
        file.close()
        if self.write_mode != "ab":
            os.replace(self._partial, self.path)
