"""When is a worker done with a request it took from the run's queue? (plain logic, no Scrapy)

A request taken from the queue stays in the worker's in-flight hash in Redis until the worker is
done with it; if the worker dies before, another one requeues it. "Done" must mean that nothing
the request leads to can be lost any more. The scheduler feeds ``InFlight`` from the crawl's
signals, keyed by the request's in-flight id:

* ``taken``: the scheduler handed the request to the engine.
* ``reissued``: a downloader middleware replaced it by another request (a retry, a redirect),
  which is now in the queue. Done.
* ``failed``: its download failed and no middleware replaced it; the errback gets the failure
  (the news spider's errback only counts and logs). Done.
* ``responded``: its response goes to the spider. From then on, done once the spider's output
  for it is exhausted (``output_done``, with how many items and requests it held) and each of
  those outputs is finished (``output_finished``): an item written and made durable by the
  output (``newsspider.signals.items_committed``), dropped or failed in the pipelines, a request
  pushed to the queue or refused by the dupefilter. A callback that raises ends its output.

``acknowledge`` returns the ids that became done since the last call; the scheduler removes
them from Redis in its next heartbeat.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["InFlight"]


@dataclass
class _Progress:
    responded: bool = False   # its response went to the spider
    output_done: bool = False  # the spider's output for it is exhausted
    pending: int = 0          # outputs announced by output_done minus outputs finished


class InFlight:
    """The requests a worker holds, and which of them it is done with."""

    def __init__(self) -> None:
        self._held: dict[str, _Progress] = {}
        self._done: list[str] = []

    def __len__(self) -> int:
        return len(self._held)

    def __contains__(self, key: object) -> bool:
        return key in self._held

    def downloading(self) -> int:
        """How many of the requests held have not reached the spider (nor failed) yet."""
        return sum(not progress.responded for progress in self._held.values())

    def taken(self, key: str) -> None:
        """The scheduler handed the request ``key`` to the engine."""
        self._held[key] = _Progress()

    def reissued(self, key: str) -> None:
        """A downloader middleware replaced the request by another one, now queued."""
        if (progress := self._held.get(key)) is not None and not progress.responded:
            self._finish(key)

    def failed(self, key: str) -> None:
        """The request's download failed for good (no retry, no replacement)."""
        if (progress := self._held.get(key)) is not None and not progress.responded:
            self._finish(key)

    def responded(self, key: str) -> None:
        """The request's response goes to the spider."""
        if (progress := self._held.get(key)) is not None:
            progress.responded = True

    def output_done(self, key: str, outputs: int) -> None:
        """The spider's output for the request is exhausted; it held ``outputs`` items and requests."""
        progress = self._held.get(key)
        if progress is None or not progress.responded or progress.output_done:
            return
        progress.output_done = True
        progress.pending += outputs
        self._check(key, progress)

    def output_finished(self, key: str) -> None:
        """One output of the request's response is finished (an item through the pipelines, a request queued)."""
        progress = self._held.get(key)
        if progress is None or not progress.responded:
            return
        progress.pending -= 1
        self._check(key, progress)

    def acknowledge(self) -> list[str]:
        """The requests that became done since the last call."""
        done, self._done = self._done, []
        return done

    def _check(self, key: str, progress: _Progress) -> None:
        if progress.output_done and progress.pending <= 0:
            self._finish(key)

    def _finish(self, key: str) -> None:
        del self._held[key]
        self._done.append(key)
