"""A feed storage backend a project could plug in through ``FEED_STORAGES`` (a WebDAV upload, say)
whose error names the URI it was given whole, credentials included, as many clients' errors do."""
from __future__ import annotations

import tempfile
from typing import IO, Any


class RefusingStorage:
    """Accepts the run's records and refuses to store them, naming its URI in the error."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        self.uri = uri

    def open(self, spider: Any) -> IO[bytes]:
        return tempfile.TemporaryFile()

    def store(self, file: IO[bytes]) -> None:
        file.close()
        raise ConnectionRefusedError(f"PUT {self.uri} failed: connection refused")
