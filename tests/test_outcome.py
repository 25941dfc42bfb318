"""A run's ending from its stats (newsspider.outcome): the cases the end-to-end tests cannot reach
once the settings check stops them up front."""
from __future__ import annotations

from newsspider.outcome import EXIT_OK, EXIT_OUTPUT_FAILED, OUTPUT_FAILED, note_source_error, outcome_from_stats


class Stats(dict):
    """The two stats methods ``note_source_error`` uses."""

    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] = self.get(key, 0) + count

    def get_value(self, key: str) -> object:
        return self.get(key)

    def set_value(self, key: str, value: object) -> None:
        self[key] = value


def finished_run(**counts: int) -> Stats:
    stats = Stats(start_time="2026-12-05T10:00:00", finish_reason="finished")
    stats["newsspider/source/a/discovery_ok"] = 1
    for key, value in counts.items():
        stats[f"newsspider/source/a/{key}"] = value
    return stats


def test_a_run_whose_every_article_failed_to_be_written_lost_its_output():
    """Each article had its ERROR line and its source's error, and the run exited 0 having written
    nothing (a feed whose encoding names no codec, given in FEEDS before the settings check knew it)."""
    stats = finished_run(articles=2)
    for url in ("https://x.org/1", "https://x.org/2"):
        note_source_error(stats, "a", "output", url, "LookupError('unknown encoding: nope')")
    outcome = outcome_from_stats(stats, ["a"])
    assert (outcome.status, outcome.ending) == (EXIT_OUTPUT_FAILED, OUTPUT_FAILED)
    assert outcome.message == ("output failed: no article written: 2 articles could not be written "
                               "(a: https://x.org/1: LookupError('unknown encoding: nope')); the next run fetches them again")


def test_one_article_that_cannot_be_written_among_written_ones_is_its_sources_error_only():
    stats = finished_run(articles=2, written=1)
    note_source_error(stats, "a", "output", "https://x.org/2", "UnicodeEncodeError(...)")
    assert outcome_from_stats(stats, ["a"]).status == EXIT_OK
