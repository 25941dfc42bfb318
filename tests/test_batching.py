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
