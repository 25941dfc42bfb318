"""Distributed-crawl throughput: pages/s with 1 and 2 worker processes sharing one Redis.

Serves the generated corpus of tests/test_distributed.py (514 article pages on 127.0.0.1:
distinct stories, exact copies, reprints, the four translated seeds), starts a throw-away
redis-server, and crawls it with N workers (fresh Redis keys each time, stories backend "none",
NEWSSPIDER_WORKERS=1 extraction process per worker). Wall time is from starting the workers to
the last one exiting (process start-up included). Prints JSON.

    python bench/workers.py [--workers 1 2] [--repeat 1]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.redis_server import RedisServer  # noqa: E402
from tests.static_site import StaticSite  # noqa: E402
from tests.test_distributed import start_worker, wait_all, worker_outputs, write_corpus  # noqa: E402


def crawl(sources: Path, server: RedisServer, workers: int, workdir: Path, name: str) -> dict:
    settings = {"NEWSSPIDER_REDIS_URL": server.url, "NEWSSPIDER_REDIS_PREFIX": name, "NEWSSPIDER_RUN_ID": name}
    workdir.mkdir(parents=True)
    started = time.monotonic()
    processes = [start_worker(sources, workdir, settings, workdir / f"worker{i}.log") for i in range(workers)]
    codes = wait_all(processes, timeout=600)
    seconds = time.monotonic() - started
    articles = sum(len(records) for records in worker_outputs(workdir).values())
    return {"workers": workers, "seconds": round(seconds, 2), "articles": articles,
            "pages_per_s": round(articles / seconds, 2), "exit_codes": codes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "site").mkdir()
        server = RedisServer(tmp).start()
        try:
            with StaticSite(tmp / "site") as site:
                expected = write_corpus(tmp / "site", site.base_url, tmp / "sources.toml")
                runs = [crawl(tmp / "sources.toml", server, n, tmp / f"w{n}-{r}", f"bench-{n}-{r}")
                        for r in range(args.repeat) for n in args.workers]
        finally:
            server.stop()
    print(json.dumps({"pages": len(expected), "cpu_count": os.cpu_count(),
                      "loadavg_1m": round(os.getloadavg()[0], 2), "runs": runs}, indent=2))


if __name__ == "__main__":
    main()
