"""Small file systems for output-failure tests: a tmpfs that is full or read-only (needs root).

Like the redis-server of the distributed tests: without the means to mount one, the test is
skipped, except with ``CI=true``, where it fails.
"""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PAGE = 4096


def unavailable(message: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{message} (CI=true: the output-failure tests must run; they mount a tmpfs as root)")
    pytest.skip(message)


@contextmanager
def tmpfs(path: Path, *, size: int = 200 * 1024, read_only: bool = False, free: int | None = None) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes mounted on ``path``: read-only, or filled until ``free`` bytes are left."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        unavailable(f"cannot mount a tmpfs on {path}: {done.stderr.strip() or done.returncode}")
    try:
        if free is not None:
            (path / "filler").write_bytes(b"\0" * (size - free))
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)
