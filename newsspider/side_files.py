"""The files a run writes beside each local output, named after it: the run report
(``out.report.json``), the story export (``out.stories.jsonl``) and the story report
(``out.stories.html``).

One table of them (the run report's name is here, the story files' in ``newsspider.export.files``),
read by the settings check (fixed names, before the run) and by the output storages (names the
run gives, ``%(name)s``, when the files are opened): an output named as another one's side file
had its articles replaced by that file at the run's end, from a run that exited 0. Imports only
plain modules, so that ``newsspider.output`` can use it (the run report's extension imports the output).
"""
from __future__ import annotations

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
