"""The files a run writes beside each local output, named after it: the run report
(``out.report.json``), the story export (``out.stories.jsonl``) and the story report
(``out.stories.html``).

One table of them (the run report's name is here, the story files' in ``newsspider.export.files``),
read by the settings check (fixed names, before the run) and by the output storages (names the
run gives, ``%(name)s``, when the files are opened): an output named as another one's side file
had its articles replaced by that file at the run's end, from a run that exited 0 (``side_file_of``,
which tells names of one file apart with ``same_file``). Imports only
plain modules, so that ``newsspider.output`` can use it (the run report's extension imports the output).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsspider.export.files import export_path
from newsspider.export.files import report_path as story_report_path


def run_report_path(output: Path) -> Path:
    """``out.jsonl`` -> ``out.report.json``, in the same directory."""
    return output.with_name(f"{output.stem}.report.json")


SIDE_FILES: tuple[tuple[str, Callable[[Path], Path], str], ...] = (
    ("run report", run_report_path, "NEWSSPIDER_RUN_REPORT"),
    ("story export", export_path, "NEWSSPIDER_STORY_EXPORT"),
    ("story report", story_report_path, "NEWSSPIDER_STORY_REPORT"),
)
"""Each side file: what it is, its name beside an output, and the setting that turns it on."""
REPLACED_AT_THE_END = "written beside it after the articles (name the output otherwise)"
"""Why a run refuses an output named as another one's side file (``-o out.jsonl -o out.stories.jsonl``)."""


def side_files(settings: Any, output: Path) -> list[tuple[str, Path]]:
    """The files the run with these settings writes beside the local output ``output`` (the file
    written, through a symbolic link), by what they are."""
    return [(what, name(output)) for what, name, setting in SIDE_FILES if settings.getbool(setting)]


def side_file_of(settings: Any, output: Path, other: str | Path) -> str | None:
    """What ``other`` is among the files the run writes beside ``output`` (``side_files``), or None."""
    return next((what for what, path in side_files(settings, output) if same_file(path, other)), None)


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether two names are one file: through symbolic links and ``.`` or ``..``, and, for files
    that exist, through hard links and a case-insensitive file system (one device and inode)."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): not the same
        return False
