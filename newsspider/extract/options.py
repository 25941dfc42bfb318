"""Extraction's knobs and their defaults, kept apart from the extraction code so that the settings
(``newsspider.settings``) and their check can read them without importing trafilatura."""
from __future__ import annotations

from dataclasses import dataclass

SECOND_PASS_MODES = ("auto", "always", "never")


@dataclass
class ExtractOptions:
    """Extraction knobs, filled from ``NEWSSPIDER_*`` settings; the defaults are the settings'."""

    min_text_chars: int = 200        # less text than this: try JSON-LD, else not an article
    min_language_confidence: float = 0.9  # text detection at least this sure overrides the hints
    second_pass: str = "auto"        # precision-mode second opinion: "auto" (unsure pages), "always", "never"
    comments: bool = False           # also read the page's reader comments (the record's ``comments``), apart from its text

    def __post_init__(self) -> None:
        if self.second_pass not in SECOND_PASS_MODES:
            raise ValueError(f"NEWSSPIDER_EXTRACT_SECOND_PASS must be one of {', '.join(SECOND_PASS_MODES)}, "
                             f"not {self.second_pass!r}")
