"""SourceHold: a new source's first pages wait until enough of its pages are seen, bounded."""
from __future__ import annotations

import asyncio

from newsspider.holding import STALL_TICKS, SourceHold


async def settle() -> None:
    """Let every task that can run, run."""
    for _ in range(5):
        await asyncio.sleep(0)


def test_pages_wait_until_the_source_has_enough_pages_then_all_go():
    async def main():
        hold = SourceHold(pages=3, max_held=100)
        first = asyncio.ensure_future(hold.wait("a", 1))
        second = asyncio.ensure_future(hold.wait("a", 2))
        await settle()
        assert not first.done() and not second.done() and hold.held == 2
        await hold.wait("a", 3)  # the third page releases the two before it and passes
        await settle()
        assert first.done() and second.done() and hold.held == 0
        assert hold.is_warm("a") and hold.released_early == 0
        await asyncio.wait_for(hold.wait("a", 4), 1)  # a warm source never waits

    asyncio.run(main())


def test_a_source_known_from_earlier_runs_never_waits():
    async def main():
        hold = SourceHold(pages=20, max_held=100)
        await asyncio.wait_for(hold.wait("known", 500), 1)
        assert hold.is_warm("known")

    asyncio.run(main())


def test_at_most_max_held_pages_wait_the_source_holding_most_goes_first():
    async def main():
        hold = SourceHold(pages=10, max_held=3)
        big = [asyncio.ensure_future(hold.wait("big", n)) for n in (1, 2, 3)]
        await settle()
        small = asyncio.ensure_future(hold.wait("small", 1))  # a fourth page: over the limit
        await settle()
        assert all(f.done() for f in big) and not small.done()
        assert hold.held == 1 and hold.released_early == 3
        assert not hold.is_warm("big")  # its next pages wait again until it has 10
        small.cancel()

    asyncio.run(main())


def test_a_stalled_crawl_releases_everything_but_not_while_pages_are_in_flight_or_arrive():
    async def main():
        hold = SourceHold(pages=10, max_held=100)
        page = asyncio.ensure_future(hold.wait("a", 1))
        await settle()
        for _ in range(STALL_TICKS + 3):
            assert hold.tick(busy=True) == 0  # a page is downloading or being extracted
        assert hold.tick(busy=False) == 0     # quiet once is not a stall
        second = asyncio.ensure_future(hold.wait("a", 2))
        await settle()
        assert hold.tick(busy=False) == 0     # a page arrived since the last tick
        released = [hold.tick(busy=False) for _ in range(STALL_TICKS)]
        await settle()
        assert sum(released) == 2 and page.done() and second.done() and hold.released_early == 2

    asyncio.run(main())


def test_a_cancelled_wait_leaves_nothing_behind():
    async def main():
        hold = SourceHold(pages=10, max_held=100)
        page = asyncio.ensure_future(hold.wait("a", 1))
        await settle()
        page.cancel()
        await settle()
        assert hold.held == 0 and hold.release_all() == 0

    asyncio.run(main())


def test_a_full_hold_lets_a_settled_page_go_first_and_keeps_the_pages_still_to_learn():
    async def main():
        hold = SourceHold(pages=10, max_held=3)
        learning = [asyncio.ensure_future(hold.wait("big", n, lambda: False)) for n in (1, 2)]
        settled = asyncio.ensure_future(hold.wait("small", 1, lambda: True))
        await settle()
        fourth = asyncio.ensure_future(hold.wait("other", 1, lambda: False))  # over the limit
        await settle()
        # The settled page goes (cleaned now, it comes out as it will later); "big", which holds
        # most, keeps its pages: a line on them may still be learned.
        assert settled.done() and not any(f.done() for f in learning) and not fourth.done()
        assert hold.held == 3 and hold.released_early == 1 and hold.released_settled == 1
        fifth = asyncio.ensure_future(hold.wait("other", 2))  # none settled: the source holding most goes
        await settle()
        assert all(f.done() for f in learning) and hold.held == 2 and hold.released_early == 3
        fourth.cancel()
        fifth.cancel()
        await settle()
        assert hold.held == 0

    asyncio.run(main())
