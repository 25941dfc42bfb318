"""Shared helpers for the benchmarks: an in-memory HTTP server (and the start and stop of the
``http.server`` sites of the extraction benches), process-tree sampling from
/proc, reading a crawl's final stats (its run report), and a ``scrapy`` launcher that times the main-process stages.

The launcher (``python -m bench.common crawl news ...``) is ``scrapy.cmdline.execute`` with two
measurement wrappers installed first: ``StoryDetector.assign`` (story assignment, main process)
and the learned-lines store's ``observe``/``template_lines`` (boilerplate learning's SQLite work,
main process) are timed with ``time.thread_time`` (CPU of the reactor thread). At exit it prints
one line ``BENCH_MAIN {json}`` on stderr with those totals and the process's own CPU seconds, in
all and when the engine opened and began closing the spider (``process_cpu_s_at``: what start-up
and shut-down cost, which a crawl pays once whatever its pages). Nothing else changes: same settings, same pipelines, same spider. ``thread_time`` costs about
1 us of CPU per call here, so the wrappers add some 7 ms per 1,000 pages to the process's CPU.

Two ways to look inside the crawl process: ``BENCH_PROFILE=path`` writes a cProfile, which times
with the wall clock: on a loaded 2-core machine a descheduled reactor thread's wait is charged to
whatever call it was in, typically a syscall (``time.thread_time``, a SQLite write, ``write``).
``BENCH_SAMPLE=path`` writes a CPU-time sampling profile instead (``CpuSampler``).
"""
from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from http.server import BaseHTTPRequestHandler

ROOT = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


# --- server ------------------------------------------------------------------------------------
class MemorySite:
    """Serve ``{path: (body bytes, content type)}`` from memory on 127.0.0.1: HTTP/1.1 keep-alive,
    GET only, every response's head built once, on an asyncio loop in a thread of this process.

    The server shares the two cores with the crawl it feeds, so it is kept lean: per request only
    the request line is read, the path looked up and the prebuilt head and body written (http.server's
    per-request header parsing and formatting cost ~1.5 ms of CPU per page here: 5% of the
    machine during a crawl; this costs about a tenth of that)."""

    NOT_FOUND = (b"not found\n", "text/plain")

    def __init__(self, pages: dict[str, tuple[bytes, str]]):
        # Imported here: the crawl process runs this module as its launcher and needs no server.
        import asyncio
        import socket

        self.pages = pages
        self._responses: dict[str, tuple[bytes, bytes]] = {}
        self._loop = asyncio.new_event_loop()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._server = None

    def response(self, target: bytes) -> tuple[bytes, bytes]:
        """(head, body) for a request target; heads are built on first use and kept."""
        path = target.split(b"?", 1)[0].decode("latin-1")
        cached = self._responses.get(path)
        if cached is None:
            page = self.pages.get(path)
            body, ctype = page or self.NOT_FOUND
            status = "200 OK" if page else "404 Not Found"
            head = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                    "Connection: keep-alive\r\n\r\n").encode("latin-1")
            cached = self._responses[path] = (head, body)
        return cached

    def _serve(self) -> None:
        import asyncio

        site = self

        class Connection(asyncio.Protocol):
            def connection_made(self, transport):
                self.transport, self.buffer = transport, b""

            def data_received(self, data):
                self.buffer += data
                while b"\r\n\r\n" in self.buffer:
                    request, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
                    parts = request.split(b"\r\n", 1)[0].split()
                    if len(parts) < 2:  # not HTTP: hang up
                        self.transport.close()
                        return
                    self.transport.writelines(site.response(parts[1]))

        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(self._loop.create_server(Connection, sock=self._sock, backlog=128))
        self._loop.run_forever()
        self._server.close()
        self._loop.run_until_complete(self._server.wait_closed())
        self._loop.close()

    def __enter__(self) -> MemorySite:
        self._thread.start()
        while self._server is None and self._thread.is_alive():
            time.sleep(0.01)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)


class HandlerSite:
    """An ``http.server`` site on 127.0.0.1 (a free port) with the request ``handler`` of the bench
    that starts it, served from a daemon thread while its ``with`` block runs."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        from http.server import ThreadingHTTPServer

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def server_pages_per_second(base_url: str, paths: list[str], connections: int = 4, seconds: float = 3.0) -> float:
    """Pages/s the server delivers alone to ``connections`` keep-alive clients (bodies read)."""
    import http.client

    host, port = base_url.removeprefix("http://").split(":")
    done, stop = [0] * connections, time.perf_counter() + seconds

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        j = i
        while time.perf_counter() < stop:
            conn.request("GET", paths[j % len(paths)])
            conn.getresponse().read()
            done[i] += 1
            j += connections
        conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - start)


# --- /proc sampling ----------------------------------------------------------------------------
def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def process_tree(pid: int) -> dict[int, int]:
    """{process id: its depth below ``pid``} for ``pid`` (0) and its descendants."""
    kids, out, todo = _children_map(), {}, [(pid, 0)]
    while todo:
        p, depth = todo.pop()
        out[p] = depth
        todo.extend((kid, depth + 1) for kid in kids.get(p, ()))
    return out


def _read_proc(pid: int, with_pss: bool = True) -> tuple[int, int, float] | None:
    """(rss bytes, pss bytes or 0, cpu seconds) of one process, None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        pss = 0
        if with_pss:  # the kernel walks the page tables for it: ~0.5 ms for a crawl process
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
        return int(stat[21]) * PAGE, pss, (int(stat[11]) + int(stat[12])) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return None


class TreeSampler(threading.Thread):
    """Samples a process and its descendants from /proc: RSS and CPU every ``interval`` s, the
    process tree and PSS every ``tree_every`` samples (both cost far more: a scan of all of /proc,
    a page-table walk); keeps the peaks of the sums (whole tree, and the root alone) and each
    process's last CPU seconds. It runs in the benchmark process, on the cores the crawl uses:
    about 0.01 core this way, 0.04 reading everything every time."""

    def __init__(self, pid: int, interval: float = 0.25, tree_every: int = 4):
        super().__init__(daemon=True)
        self.pid, self.interval, self.tree_every = pid, interval, tree_every
        self.peak_rss = self.peak_pss = self.peak_main_rss = 0
        self.max_processes = 0
        self.cpu: dict[int, float] = {}
        self.depth: dict[int, int] = {}  # each process's depth below the root (0), as last seen
        self._halt = threading.Event()

    def run(self) -> None:
        pids: list[int] = []
        tick = 0
        while not self._halt.is_set():
            full = tick % self.tree_every == 0
            if full:
                tree = process_tree(self.pid)
                self.depth.update(tree)
                pids = list(tree)
                self.max_processes = max(self.max_processes, len(pids))
            rss = pss = 0
            for p in pids:
                got = _read_proc(p, with_pss=full)
                if got is None:
                    continue
                rss += got[0]
                pss += got[1]
                self.cpu[p] = got[2]
                if p == self.pid:
                    self.peak_main_rss = max(self.peak_main_rss, got[0])
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            tick += 1
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def cpu_main_and_children(self) -> tuple[float, float]:
        main = self.cpu.get(self.pid, 0.0)
        return main, sum(v for p, v in self.cpu.items() if p != self.pid)

    def cpu_by_depth(self) -> dict[int, float]:
        """CPU seconds summed by depth below the root: 0 the root, 1 its children, 2 theirs..."""
        out: dict[int, float] = {}
        for p, cpu in self.cpu.items():
            depth = self.depth.get(p, 1)
            out[depth] = out.get(depth, 0.0) + cpu
        return out


# --- a crawl of the benches' pages ---------------------------------------------------------------------
LOCAL_CRAWL_SETTINGS = {"NEWSSPIDER_MAX_AGE_DAYS": "0", "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0",
                        "CONCURRENT_REQUESTS_PER_DOMAIN": "16"}
"""What a bench's crawl of its own local server sets: no politeness delays (the server is on this
machine), and no age limit (the pages carry fixed dates)."""


def setting_options(settings: Mapping[str, Any]) -> list[str]:
    """``settings`` as ``scrapy`` command-line options (``-s NAME=VALUE`` each)."""
    return [option for name, value in settings.items() for option in ("-s", f"{name}={value}")]


def urlset(locations: Iterable[str]) -> bytes:
    """A sitemap listing ``locations`` (escaped for XML), one ``<url>`` a line."""
    urls = "".join(f"<url><loc>{escape(location)}</loc></url>\n" for location in locations)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n').encode()


def scrapy_crawl(scratch: Path, sources_toml: str, settings: dict[str, Any],
                 timeout: float | None) -> tuple[subprocess.CompletedProcess[str], float]:
    """``scrapy crawl news`` of ``sources_toml`` in ``scratch`` (its cwd; its state in
    ``scratch/state``), ``-O out.jsonl``, with ``settings`` and this checkout's code first on the
    path: (the finished process, its output captured; its wall-clock seconds)."""
    (scratch / "sources.toml").write_text(sources_toml, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "sources=sources.toml", "-O", "out.jsonl",
               *setting_options({**settings, "NEWSSPIDER_STATE_DIR": str(scratch / "state")})]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    started = time.monotonic()
    done = subprocess.run(command, cwd=scratch, env=env, capture_output=True, text=True, timeout=timeout)
    return done, time.monotonic() - started


# --- what a crawl reports ----------------------------------------------------------------------------

def read_crawl_stats(output: Path) -> dict[str, Any]:
    """The final stats of the crawl that wrote ``output``: the ``stats`` of the run report the crawl
    writes beside it (``<name>.report.json``), not the log. {} when there is none (a crawl that
    did not get as far as its output)."""
    from newsspider.extensions.run_report import report_path  # the crawl's own naming of the file

    path = report_path(output)
    return json.loads(path.read_text(encoding="utf-8")).get("stats", {}) if path.exists() else {}


def parse_main_timing(log: str) -> dict:
    for line in reversed(log.splitlines()):
        if line.startswith("BENCH_MAIN "):
            return json.loads(line[len("BENCH_MAIN "):])
    return {}


# --- scrapy launcher with main-process stage timing ---------------------------------------------
_TIMES: dict[str, list[float]] = {}


def _timed_method(cls, name: str, label: str) -> None:
    original = getattr(cls, name)
    acc = _TIMES.setdefault(label, [0, 0.0])

    def wrapper(*args, **kwargs):
        start = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            acc[0] += 1
            acc[1] += time.thread_time() - start

    wrapper.__wrapped__ = original
    setattr(cls, name, wrapper)


class CpuSampler:
    """Sampling profile of this process's CPU, every thread: each ``interval`` of process CPU
    (``ITIMER_PROF``), every thread's CPU since the previous sample is charged to its current
    Python stack. ``dump`` writes folded stacks, ``[thread];outer;...;inner <microseconds>`` per
    line (flamegraph.pl's input; ``sort -k2 -n`` or a few lines of Python sum them up).

    The reactor thread's stack is read when the signal handler runs, at its next bytecode, so
    CPU spent just before it went to sleep in ``select`` can show up there. About 1% overhead.
    """

    def __init__(self, interval: float = 0.002):
        self.interval = interval
        self.folded: dict[str, int] = {}
        self._last_cpu: dict[int, float] = {}

    def start(self) -> None:
        import signal

        signal.signal(signal.SIGPROF, self._sample)
        # what the threads spent before the start is not the first sample's
        for thread in threading.enumerate():
            self._last_cpu[thread.ident] = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        import signal

        signal.setitimer(signal.ITIMER_PROF, 0)

    def dump(self, path: str) -> None:
        self.stop()
        with open(path, "w", encoding="utf-8") as out:
            for stack, micros in sorted(self.folded.items(), key=lambda kv: -kv[1]):
                out.write(f"{stack} {micros}\n")

    def _sample(self, signum, frame) -> None:
        frames = sys._current_frames()
        main = threading.main_thread().ident
        for thread in threading.enumerate():
            try:
                cpu = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
            except (OSError, TypeError):  # the thread ended meanwhile
                continue
            spent = cpu - self._last_cpu.get(thread.ident, 0.0)
            self._last_cpu[thread.ident] = cpu
            current = frame if thread.ident == main else frames.get(thread.ident)
            if spent <= 0 or current is None:
                continue
            key = f"[{thread.name}];" + ";".join(reversed(list(self._frames(current))))
            self.folded[key] = self.folded.get(key, 0) + int(spent * 1e6)

    @staticmethod
    def _frames(frame):
        while frame is not None:
            code = frame.f_code
            yield f"{code.co_name} ({code.co_filename}:{code.co_firstlineno})"
            frame = frame.f_back


_MARKS: dict[str, float] = {}


def _cpu_mark(cls, name: str, label: str) -> None:
    """Record the process's CPU seconds (all threads) when ``cls.name`` is first called."""
    original = getattr(cls, name)

    def wrapper(*args, **kwargs):
        if label not in _MARKS:
            t = os.times()
            _MARKS[label] = round(t.user + t.system, 3)
        return original(*args, **kwargs)

    wrapper.__wrapped__ = original
    setattr(cls, name, wrapper)


def _report() -> None:
    t = os.times()
    out: dict[str, Any] = {label: {"calls": n, "cpu_ms": round(s * 1000, 1)} for label, (n, s) in _TIMES.items()}
    out["process_cpu_s"] = round(t.user + t.system, 3)
    out["process_cpu_s_at"] = dict(_MARKS)
    print("BENCH_MAIN " + json.dumps(out), file=sys.stderr, flush=True)


def launch_scrapy(argv: list[str]) -> None:
    from newsspider.state.sqlite.learned_lines import SQLiteLineStats
    from newsspider.stories.detector import StoryDetector

    _timed_method(StoryDetector, "assign", "story_assign")
    _timed_method(SQLiteLineStats, "observe", "lines_observe")
    _timed_method(SQLiteLineStats, "template_lines", "lines_template")
    from scrapy.core.engine import ExecutionEngine

    _cpu_mark(ExecutionEngine, "open_spider_async", "open_spider")  # start-up: before it
    _cpu_mark(ExecutionEngine, "close_spider_async", "close_spider")  # shut-down: after it
    atexit.register(_report)
    from scrapy.cmdline import execute

    sample_path = os.environ.get("BENCH_SAMPLE")  # CPU-time sampling profile of the main process
    if sample_path:
        sampler = CpuSampler()
        atexit.register(sampler.dump, sample_path)
        sampler.start()
    profile_path = os.environ.get("BENCH_PROFILE")  # cProfile of the main process (wall clock)
    if not profile_path:
        execute(["scrapy", *argv])
        return
    import cProfile

    profiler = cProfile.Profile()
    atexit.register(lambda: profiler.dump_stats(profile_path))
    profiler.enable()
    execute(["scrapy", *argv])


if __name__ == "__main__":
    launch_scrapy(sys.argv[1:])
