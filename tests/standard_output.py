"""The test process's standard output sent to a file for a while, as a shell's ``> file`` sends a
crawl's: what ``-o -`` writes lands there, and ``/dev/stdout`` names that file."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def standard_output_to(path: Path) -> Iterator[None]:
    """File descriptor 1 writes to ``path`` (created or emptied) inside the block, and to what it wrote before after it."""
    saved = os.dup(1)
    try:
        with path.open("wb") as redirected:
            os.dup2(redirected.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
