"""Hold a new source's first pages until enough of its pages are known to clean them.

A site's own chrome (its motto, its share prompts in a language no phrase list covers) is learned
from the lines its pages repeat (``newsspider.state.learned_lines``). Cleaned as they arrive, a
new source's first pages would keep every line learned only later, and what an article keeps
would depend on which of its site's pages happened to arrive first. So the pages of a source that
has fewer than ``pages`` pages observed (in this run and earlier ones) wait here, and are released
together as soon as that many are observed: all of them are then cleaned with what the first
``pages`` pages taught, whatever their order.

Memory stays bounded: at most ``max_held`` pages wait in all, and when the crawl stalls everything
held is released. Beyond ``max_held``, the page that goes first is the longest-waiting one that is
*settled* (its ``settled`` check, given when it began to wait, says nothing on it is still to be
learned: cleaned now, it would come out as it will later); only when no held page is settled does
the source holding most go, all of its pages. So a full hold lets go of the pages that lose
nothing by leaving, and keeps those that still wait for a line to be learned. A stall is a state of the
crawl, never a quiet moment alone: nothing but the held pages is in flight (nothing downloading,
no page being extracted or cleaned, nothing scheduled, or Scrapy stopped downloading because the
held pages fill its scraper slot), on two ``tick`` calls in a row with no page arriving between
them. A page still being extracted, however slow the machine, is one of its source's pages to
come, so a source is not released without it. A source released early goes on being held page
by page until it has ``pages`` pages.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["STALL_TICKS", "TICK_SECONDS", "SourceHold"]

# Quiet ticks in a row that make a stall (with the tick before them: two whole intervals), and
# the interval between ticks: a stall is seen within a fifth of a second.
STALL_TICKS = 2
TICK_SECONDS = 0.1


class SourceHold:
    """Per-source waiting room for pages (asyncio; one event loop, no threads)."""

    def __init__(self, pages: int, max_held: int) -> None:
        self.pages = pages
        self.max_held = max(1, max_held)
        self._warm: set[str] = set()
        self._waiting: dict[str, list[asyncio.Future[None]]] = {}
        # page -> its source and its settled check, in the order pages began to wait
        self._settled: dict[asyncio.Future[None], tuple[str, Callable[[], bool]]] = {}
        self._arrivals = 0
        self._arrivals_at_tick = -1
        self._idle_ticks = 0
        self.released_early = 0  # pages released before their source had ``pages`` pages
        self.released_settled = 0  # of those, pages let go to make room because they were settled

    @property
    def held(self) -> int:
        """Pages waiting now."""
        return sum(len(futures) for futures in self._waiting.values())

    def is_warm(self, source: str) -> bool:
        """Whether the source has had ``pages`` pages observed: its pages no longer wait."""
        return source in self._warm

    async def wait(self, source: str, observed: int, settled: Callable[[], bool] | None = None) -> None:
        """Return once a page of ``source`` may be cleaned; ``observed`` counts the source's pages
        observed so far, this one included; ``settled`` says whether the page, cleaned now, would
        come out as it will later (it then goes first when the hold is full)."""
        self._arrivals += 1
        if source in self._warm:
            return
        if observed >= self.pages:
            self._warm.add(source)
            self._release(source, early=False)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(source, []).append(future)
        if settled is not None:
            self._settled[future] = (source, settled)
        if self.held > self.max_held:
            self._make_room()
        try:
            await future
        finally:
            self._settled.pop(future, None)
            self._forget(source, future)  # cancelled while waiting (the crawl is shutting down)

    def tick(self, busy: bool) -> int:
        """Called periodically: release everything held when the crawl has stalled, that is when
        nothing but the held pages was in flight (``busy`` false) at this tick and the two before
        and no page arrived in between. Returns the pages released."""
        quiet = not busy and self._arrivals == self._arrivals_at_tick
        self._arrivals_at_tick = self._arrivals
        self._idle_ticks = self._idle_ticks + 1 if quiet else 0
        if self._idle_ticks < STALL_TICKS or not self._waiting:
            return 0
        return self.release_all()

    def release_all(self) -> int:
        """Release every page held (stall, shutdown); returns how many."""
        return sum(self._release(source, early=True) for source in list(self._waiting))

    def _make_room(self) -> None:
        """Release the longest-waiting settled page, or else every page of the source holding most."""
        for future, (source, settled) in self._settled.items():
            if not future.done() and settled():
                future.set_result(None)
                self.released_early += 1
                self.released_settled += 1
                self._forget(source, future)
                del self._settled[future]
                return
        self._release(max(self._waiting, key=lambda s: len(self._waiting[s])), early=True)

    def _forget(self, source: str, future: asyncio.Future[None]) -> None:
        """Take ``future`` off ``source``'s waiting pages, where it still is (released alone, or cancelled)."""
        waiting = self._waiting.get(source, [])
        if future in waiting:
            waiting.remove(future)
            if not waiting:
                del self._waiting[source]

    def _release(self, source: str, *, early: bool) -> int:
        futures = self._waiting.pop(source, [])
        released = 0
        for future in futures:
            if not future.done():
                future.set_result(None)
                released += 1
        if early:
            self.released_early += released
        return released
