"""State-size benchmark: what a year of cron runs costs the next run.

    python -m bench.state                         # 100k and 1M articles over a year
    python -m bench.state --sizes 100000 --assign 500 --keep /tmp/state-bench

For each size, a fresh state directory is filled through the stores' own APIs with synthetic
articles spread evenly over the last ``--days`` days (365): the story index (one record per
article, with the shapes the crawl stores: a 384-dimension float16 lead vector and two passage
vectors, its hyperplane hash, simhash, numbers, and the rest the store's record holds) and the
seen store (each article under two URLs, emitted at its own date). Learned lines are not filled:
``NEWSSPIDER_BOILERPLATE_MAX_PAGES`` bounds them per site whatever the history.

Then, in a fresh process per size (so that memory is that size's alone):

* **start-up**: opening the state and building the story detector, which loads the story
  window (``StoryConfig.index_days``: ``window_days``, 7, before the newest stored article) from
  the store: wall and CPU seconds, records loaded;
* **assignment**: the same ``--assign`` new articles (2,000) for every size, published now,
  prepared beforehand (fingerprints of synthetic texts, vectors from a seeded random backend),
  assigned one at a time as the crawl does (store writes and commits included): CPU
  milliseconds per article, mean and 99th percentile;
* **peak memory**: the process's peak RSS, and its growth over the imports alone;
* **disk**: the state directory's size after the fill, and after the retention of a run's end
  (``NEWSSPIDER_SEEN_RETENTION_DAYS`` and ``NEWSSPIDER_STORIES_RETENTION_DAYS``, 90 days each).

Prints one line per size and a JSON object. The figures are CPU-based where they can be (this
machine's speed drifts 10-20% within minutes); compare the two sizes of one run.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsspider.state.base import EmittedArticle  # noqa: E402
from newsspider.state.sqlite import SQLiteState  # noqa: E402
from newsspider.stories.config import StoryConfig  # noqa: E402
from newsspider.stories.detector import StoryDetector  # noqa: E402
from newsspider.stories.prepare import StoryInput, prepare_inputs  # noqa: E402
from newsspider.stories.store import ArticleRecord  # noqa: E402

DIM = 384
"""Embedding dimensions of the shipped model (multilingual-e5-small)."""
LANGUAGES = ("en", "ar", "de", "es", "fr", "hi", "ru", "tr", "uk", "ur", "zh")
WORDS = ("council government minister city report people year market water school police court river bridge "
         "energy farmers village budget election hospital doctors train station airport workers union strike "
         "museum festival music children weather storm harbour company bank prices housing students teachers "
         "university research forest fire road traffic mayor president parliament vote law judge border trade").split()
FILL_BATCH = 20_000
SITES = 1000
"""Sources the stored articles come from (a 1,000-source cron)."""
SHINGLES = 300
"""Body shingles per stored article (a 600-word body; the synthetic new articles have 308)."""
NAMES = ("Berlin", "Lagos", "Amman", "Lima", "Oslo", "Hanoi", "Quito", "Dakar", "Riga", "Perth")
NEW_ID_BASE = 1 << 60
"""The new articles' ids start here, far from the stored ones' (0, 1, 2...)."""


class RandomBackend:
    """A stand-in embedding backend: a random unit vector per text, seeded by the text (no model)."""

    name = "bench"
    dim = DIM

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            v = np.random.default_rng(abs(hash(text)) % 2**32).standard_normal(DIM).astype(np.float32)
            out[i] = v / np.linalg.norm(v)
        return out


def synthetic_text(rng: np.random.Generator) -> tuple[str, str]:
    """A title and a body of six paragraphs, with a few numbers."""
    def sentence() -> str:
        words = list(rng.choice(WORDS, size=12))
        words.insert(int(rng.integers(1, 11)), str(int(rng.integers(2, 5000))))
        return " ".join(words).capitalize() + "."
    title = " ".join(rng.choice(WORDS, size=8)).capitalize()
    return title, "\n".join(" ".join(sentence() for _ in range(4)) for _ in range(6))


def new_articles(count: int, now: datetime, seed: int = 7) -> list:
    """The articles every size assigns: prepared once, as the worker processes would."""
    rng = np.random.default_rng(seed)
    inputs = []
    for i in range(count):
        title, text = synthetic_text(rng)
        inputs.append(StoryInput(id=f"{NEW_ID_BASE + i:016x}", text=text, title=title, language=str(rng.choice(LANGUAGES)),
                                 published=(now - timedelta(minutes=count - i)).isoformat(),
                                 fetched_at=now.isoformat()))
    return prepare_inputs(inputs, RandomBackend(), StoryConfig())


def synthetic_record(rng: np.random.Generator, index: int, ts: float) -> ArticleRecord:
    """A stored article with the shapes the crawl stores (random values)."""
    vector = rng.standard_normal(DIM).astype(np.float16)
    numbers = frozenset(str(int(n)) for n in rng.integers(2, 5000, size=int(rng.integers(0, 6))))
    aid = f"{index:016x}"
    return ArticleRecord(
        article_id=aid, story_id=aid, language=LANGUAGES[index % len(LANGUAGES)], ts=ts, exact=f"{index:032x}",
        simhash=int(rng.integers(0, 2**63)) * 2 + int(rng.integers(0, 2)),
        anchors=numbers, vector=vector,
        ehash=rng.integers(0, 2**63, size=StoryConfig().embed_bits // 64, dtype=np.uint64),
        length=float(rng.integers(800, 6000)),
        passages=rng.standard_normal((2, DIM)).astype(np.float16), source=f"site{index % SITES}",
        shingles=np.unique(rng.integers(0, 2**32, size=SHINGLES, dtype=np.uint32)),
        opening=np.unique(rng.integers(0, 2**32, size=StoryConfig().near_opening_shingles, dtype=np.uint32)),
        names=frozenset(str(rng.choice(NAMES)) for _ in range(int(rng.integers(0, 4)))))


def fill(state_dir: Path, count: int, days: float, now: datetime, seed: int = 1) -> float:
    """Fill a fresh state directory with ``count`` articles spread over ``days``; returns seconds taken."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    state = SQLiteState(state_dir)
    state.connection.execute("PRAGMA synchronous=OFF")  # filling only: a crash loses the bench, not data
    start = now.timestamp() - days * 86400
    step = days * 86400 / count
    try:
        for first in range(0, count, FILL_BATCH):
            batch = range(first, min(count, first + FILL_BATCH))
            for i in batch:
                state.stories.add_article(synthetic_record(rng, i, start + i * step))
            state.stories.commit()
            state.seen.add(EmittedArticle(f"{i:016x}", f"https://site{i % SITES}.example/{i}",
                                          f"https://site{i % SITES}.example/{i}?utm_source=rss", None) for i in batch)
        # The seen store dates each article when it is recorded: spread them over the same days.
        state.connection.execute(
            "UPDATE seen_articles SET emitted_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', ? + rowid * ?, 'unixepoch')",
            (start, step))
    finally:
        state.close()
    return time.perf_counter() - started


class CountingStore:
    """The story store, counting the records the detector loads at start-up."""

    def __init__(self, store) -> None:
        self.store = store
        self.loaded = 0

    def iter_articles(self, *args, **kwargs):
        for record in self.store.iter_articles(*args, **kwargs):
            self.loaded += 1
            yield record

    def __getattr__(self, name: str):
        return getattr(self.store, name)


def disk_bytes(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file())


def rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(state_dir: Path, inputs_path: Path) -> dict:
    """In this (fresh) process: start-up, assignment of the prepared articles, peak memory."""
    prepared = pickle.loads(inputs_path.read_bytes())
    baseline = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    state = SQLiteState(state_dir)
    store = CountingStore(state.stories)
    detector = StoryDetector(store, None, StoryConfig())
    startup_wall, startup_cpu = time.perf_counter() - wall, time.process_time() - cpu
    loaded = store.loaded
    after_startup = rss_mb()
    times = []
    for p in prepared:
        t = time.process_time()
        detector.assign(p)
        times.append(time.process_time() - t)
    detector.flush()
    state.close()
    ms = np.array(times) * 1000
    return {"startup_s": round(startup_wall, 3), "startup_cpu_s": round(startup_cpu, 3), "window_records": loaded,
            "assign_cpu_ms_mean": round(float(ms.mean()), 3), "assign_cpu_ms_p99": round(float(np.percentile(ms, 99)), 3),
            "peak_rss_mb": round(rss_mb(), 1), "rss_after_startup_mb": round(after_startup, 1),
            "rss_imports_mb": round(baseline, 1), "load_average": round(os.getloadavg()[0], 1)}


def project_settings():
    """The project's default settings."""
    from scrapy.settings import Settings

    import newsspider.settings

    settings = Settings()
    settings.setmodule(newsspider.settings)
    return settings


def apply_retention(state_dir: Path) -> None:
    """What the end of a run does with the default retention settings."""
    from newsspider.extensions.state import Retention, StateService

    settings = project_settings()
    service = StateService(lambda: SQLiteState(state_dir), Retention.from_settings(settings))
    service.seen  # open the backend  # noqa: B018
    service.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--days", type=float, default=365.0)
    parser.add_argument("--assign", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="fill here and keep the state directories")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.inputs)))
        return
    now = datetime.now(timezone.utc)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-state-"))
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "new-articles.pickle"
    inputs.write_bytes(pickle.dumps(new_articles(args.assign, now)))
    results = []
    try:
        for size in args.sizes:
            state_dir = work / f"state-{size}"
            shutil.rmtree(state_dir, ignore_errors=True)
            fill_s = fill(state_dir, size, args.days, now)
            filled = disk_bytes(state_dir)
            done = subprocess.run([sys.executable, "-m", "bench.state", "--measure", str(state_dir), "--inputs",
                                   str(inputs)], cwd=ROOT, capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
            result = {"articles": size, "days": args.days, "fill_s": round(fill_s, 1), "disk_mb": round(filled / 2**20, 1),
                      "bytes_per_article": round(filled / size), **json.loads(done.stdout.strip().splitlines()[-1])}
            print(f"{size:>9,} articles: start-up {result['startup_s']} s ({result['startup_cpu_s']} s CPU, "
                  f"{result['window_records']} in the window), assignment {result['assign_cpu_ms_mean']} ms CPU "
                  f"(p99 {result['assign_cpu_ms_p99']}), peak RSS {result['peak_rss_mb']} MB "
                  f"(imports {result['rss_imports_mb']}), disk {result['disk_mb']} MB "
                  f"({result['bytes_per_article']} B/article); load average {result['load_average']} on "
                  f"{os.cpu_count()} CPUs", flush=True)
            started = time.perf_counter()
            apply_retention(state_dir)  # a year's history expires at once here; a cron run expires one run's worth
            result["retention_s"] = round(time.perf_counter() - started, 1)
            result["disk_mb_after_retention"] = round(disk_bytes(state_dir) / 2**20, 1)
            results.append(result)
            print(f"{size:>9,} articles: {result['disk_mb_after_retention']} MB after the retention "
                  f"({result['retention_s']} s)", flush=True)
            if not args.keep:
                shutil.rmtree(state_dir, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(results) >= 2:
        small, large = results[0], results[-1]
        print(f"assignment time {large['articles']:,} / {small['articles']:,}: "
              f"{large['assign_cpu_ms_mean'] / small['assign_cpu_ms_mean']:.2f}; "
              f"peak RSS growth {large['peak_rss_mb'] - small['peak_rss_mb']:+.1f} MB")
    print(json.dumps({"runs": results}))


if __name__ == "__main__":
    main()
