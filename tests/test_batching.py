import asyncio

from newsspider.batching import MicroBatcher


def test_concurrent_submissions_are_run_as_one_batch_in_order():
    batches = []

    async def run(values):
        batches.append(list(values))
        return [value * 10 for value in values]

    async def main():
        batcher = MicroBatcher(run, size=4, wait=5)
        return await asyncio.gather(*(batcher.submit(n) for n in range(4)))

    assert asyncio.run(main()) == [0, 10, 20, 30]
    assert batches == [[0, 1, 2, 3]]


def test_a_partial_batch_runs_once_the_wait_is_over():
    async def run(values):
        return [value + 1 for value in values]

    async def main():
        batcher = MicroBatcher(run, size=100, wait=0.01)
        return await asyncio.wait_for(batcher.submit(1), timeout=2)

    assert asyncio.run(main()) == 2


def test_a_failing_batch_fails_every_waiter_instead_of_hanging():
    async def run(values):
        raise RuntimeError("worker died")

    async def main():
        batcher = MicroBatcher(run, size=2, wait=0.01)
        return await asyncio.wait_for(asyncio.gather(batcher.submit(1), batcher.submit(2), return_exceptions=True), 2)

    results = asyncio.run(main())
    assert all(isinstance(result, RuntimeError) for result in results)


def test_a_cancelled_batch_cancels_every_waiter_instead_of_hanging():
    async def run(values):
        raise asyncio.CancelledError  # the pool closed while the batch's job waited

    async def main():
        batcher = MicroBatcher(run, size=2, wait=0.01)
        return await asyncio.wait_for(asyncio.gather(batcher.submit(1), batcher.submit(2), return_exceptions=True), 2)

    results = asyncio.run(main())
    assert all(isinstance(result, asyncio.CancelledError) for result in results)


def test_a_partial_batch_runs_at_once_when_the_runner_is_idle():
    """No waiting out the deadline when nothing else would use the workers meanwhile."""
    async def run(values):
        return [value + 1 for value in values]

    async def main():
        batcher = MicroBatcher(run, size=100, wait=60, idle=lambda: True)
        return await asyncio.wait_for(batcher.submit(1), timeout=5)

    assert asyncio.run(main()) == 2


def test_values_added_in_the_same_loop_turn_go_in_one_batch_when_the_runner_is_idle():
    """Idleness is asked a loop turn later: the values woken by the same event are in the batch."""
    batches = []

    async def run(values):
        batches.append(list(values))
        return values

    async def main():
        batcher = MicroBatcher(run, size=100, wait=60, idle=lambda: True)
        return await asyncio.wait_for(asyncio.gather(*(batcher.submit(n) for n in range(3))), timeout=5)

    assert asyncio.run(main()) == [0, 1, 2]
    assert batches == [[0, 1, 2]]


def test_a_partial_batch_waits_while_the_runner_is_busy_and_runs_when_poked_idle():
    batches = []
    busy = True

    async def run(values):
        batches.append(list(values))
        return values

    async def main():
        nonlocal busy
        batcher = MicroBatcher(run, size=100, wait=60, idle=lambda: not busy)
        first = batcher.add(1)
        second = batcher.add(2)
        await asyncio.sleep(0.05)
        batcher.poke()  # still busy: nothing runs
        await asyncio.sleep(0.05)
        waiting = (first.done(), second.done(), list(batches))
        busy = False
        batcher.poke()
        return waiting, await asyncio.wait_for(asyncio.gather(first, second), timeout=5)

    waiting, results = asyncio.run(main())
    assert waiting == (False, False, [])
    assert results == [1, 2] and batches == [[1, 2]]


def test_the_batch_defaults_are_one_setting_each():
    """MicroBatcher, StoryPipeline and the settings take their defaults from one place."""
    import inspect

    from newsspider import batching, settings
    from newsspider.pipelines.stories import StoryPipeline

    batcher = inspect.signature(batching.MicroBatcher).parameters
    pipeline = inspect.signature(StoryPipeline).parameters
    assert (batcher["size"].default, pipeline["batch_size"].default,
            settings.NEWSSPIDER_STORIES_BATCH_SIZE) == (batching.BATCH_SIZE,) * 3
    assert (batcher["wait"].default, pipeline["batch_wait"].default,
            settings.NEWSSPIDER_STORIES_BATCH_WAIT) == (batching.BATCH_WAIT,) * 3
