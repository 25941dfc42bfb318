"""Micro-batching of concurrent pipeline calls into one worker call.

The embedding model is several times faster per text in a batch than one text at a time, and a
process round trip costs more than a single small job. Items arrive one ``process_item`` at a
time, concurrently, so each waits on a future while the batch fills (``size``) or a short
deadline passes (``wait`` seconds), whichever comes first.

Waiting for a batch to fill pays only while the workers have other work: when they have none
(``idle``), a partial batch runs at once, so that they do not sit out the deadline with articles
waiting for them (in the crawl's last seconds, or whenever pages come slower than the workers
handle them).
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

BATCH_SIZE = 16
"""Values run as one batch at most (``NEWSSPIDER_STORIES_BATCH_SIZE``)."""
BATCH_WAIT = 0.2
"""Seconds a partial batch waits to fill (``NEWSSPIDER_STORIES_BATCH_WAIT``; not while the runner is idle)."""


class MicroBatcher(Generic[In, Out]):
    """Collects concurrent ``submit`` calls into lists for ``run_batch``, one result per value in order.

    ``idle``, when given, says whether whatever runs the batches has nothing else to do; a partial
    batch then runs without waiting out ``wait``. It is asked one loop turn after each value is
    added and after each ``poke`` (call it when the runner may have become idle), not at once: the
    callbacks woken by the same event, which may add values or hand the runner other work, run first.
    """

    def __init__(self, run_batch: Callable[[list[In]], Awaitable[list[Out]]], size: int = BATCH_SIZE,
                 wait: float = BATCH_WAIT, idle: Callable[[], bool] | None = None):
        self.run_batch = run_batch
        self.size = size
        self.wait = wait
        self.idle = idle
        self._pending: list[tuple[In, asyncio.Future[Out]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._idle_check: asyncio.Handle | None = None

    async def submit(self, value: In) -> Out:
        """The result for ``value``, once its batch has run (or the batch's exception)."""
        return await self.add(value)

    def add(self, value: In) -> asyncio.Future[Out]:
        """``submit`` without the coroutine: the future of ``value``'s result, added to the batch now."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Out] = loop.create_future()
        self._pending.append((value, future))
        if len(self._pending) >= self.size:
            self.flush()
        else:
            if self._timer is None:
                self._timer = loop.call_later(self.wait, self.flush)
            self.poke()
        return future

    def poke(self) -> None:
        """Have ``idle`` asked on the next loop turn, and the partial batch run if it says so."""
        if self.idle is not None and self._pending and self._idle_check is None:
            self._idle_check = asyncio.get_running_loop().call_soon(self._flush_if_idle)

    def _flush_if_idle(self) -> None:
        self._idle_check = None
        if self.idle is not None and self.idle():
            self.flush()

    def flush(self) -> None:
        """Run the values waiting now as one batch (if any)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if batch:
            asyncio.ensure_future(self._run(batch))

    async def _run(self, batch: list[tuple[In, asyncio.Future[Out]]]) -> None:
        try:
            results = await self.run_batch([value for value, _ in batch])
            if len(results) != len(batch):  # a short answer would leave the last waiters hanging
                raise ValueError(f"run_batch returned {len(results)} results for {len(batch)} values")
        except Exception as exc:  # every waiter learns of the failure, none hangs
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        except asyncio.CancelledError:  # the runner's job was cancelled (the pool closing): so are the waiters
            for _, future in batch:
                future.cancel()
            raise
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
