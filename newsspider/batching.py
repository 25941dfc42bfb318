"""Micro-batching of concurrent pipeline calls into one worker call.

The embedding model is several times faster per text in a batch than one text at a time, and a
process round trip costs more than a single small job. Items arrive one ``process_item`` at a
time, concurrently, so each waits on a future while the batch fills (``size``) or a short
deadline passes (``wait`` seconds), whichever comes first.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class MicroBatcher(Generic[In, Out]):
    """Collects concurrent ``submit`` calls into lists for ``run_batch``, one result per value in order."""

    def __init__(self, run_batch: Callable[[list[In]], Awaitable[list[Out]]], size: int = 16, wait: float = 0.2):
        self.run_batch = run_batch
        self.size = size
        self.wait = wait
        self._pending: list[tuple[In, asyncio.Future]] = []
        self._timer: asyncio.TimerHandle | None = None

    async def submit(self, value: In) -> Out:
        """The result for ``value``, once its batch has run (or the batch's exception)."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._pending.append((value, future))
        if len(self._pending) >= self.size:
            self._flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.wait, self._flush)
        return await future

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if batch:
            asyncio.ensure_future(self._run(batch))

    async def _run(self, batch: list[tuple[In, asyncio.Future]]) -> None:
        try:
            results = await self.run_batch([value for value, _ in batch])
            if len(results) != len(batch):  # a short answer would leave the last waiters hanging
                raise ValueError(f"run_batch returned {len(results)} results for {len(batch)} values")
        except Exception as exc:  # every waiter learns of the failure, none hangs
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
