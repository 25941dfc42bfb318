"""The version of the Redis layout (``<p>:version``): checked, and an older layout brought up to
date, when a worker opens the state, as ``PRAGMA user_version`` is for the SQLite state directory.

A Redis written before the key existed (no ``<p>:version``, keys under the prefix) is version 1;
an empty one is created at the current version. A newer version than this release knows stops the
run (``StateError``): its keys may mean what this release cannot read. Migrations are idempotent
and leave what another worker wrote meanwhile, so workers starting together may both run them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

import redis

from newsspider.state.base import StateError
from newsspider.state.learned_lines import run_of_v3, runs_of_counts
from newsspider.state.redis.keys import CHUNK

__all__ = ["LAYOUT_VERSION", "MIGRATIONS", "open_layout"]

LAYOUT_VERSION = 3


def _glob(prefix: str) -> str:
    """``prefix`` as a literal in a SCAN pattern."""
    return re.sub(r"([*?\[\]\\])", r"\\\1", prefix)


def _number_runs(client: redis.Redis, prefix: str) -> None:
    """v2: the ``NumberRun`` of each numbered key already counted (``<p>:lines:<site>:runs``), as
    its counts imply (``state.learned_lines.runs_of_counts``: digits never counted are unknown,
    taken as one number until a page shows another). A key that has a run keeps it."""
    for counts_key in client.scan_iter(match=f"{_glob(prefix)}:lines:*:counts", count=CHUNK):
        counts = cast("list[tuple[bytes, float]]", client.zrange(counts_key, 0, -1, withscores=True))
        runs = runs_of_counts({key.decode(): pages for key, pages in counts})
        runs_key = counts_key[:-len(b"counts")] + b"runs"
        items = sorted(runs.items())
        for start in range(0, len(items), CHUNK):
            with client.pipeline(transaction=False) as pipe:
                for key, run in items[start:start + CHUNK]:
                    pipe.hsetnx(runs_key, key, run.encode())
                pipe.execute()


def _runs_from_first_page(client: redis.Redis, prefix: str) -> None:
    """v3: a runs hash holds the digits of a run from the site's first page alone (``NumberRun.encode``);
    the runs of v2 ("pages start digits") that began later, after a change of number, decided nothing
    and are dropped (``state.learned_lines.run_of_v3``). Each hash is rewritten in a transaction that
    starts again if a worker writes it meanwhile; a v3 run holds no space, so a second pass leaves it."""
    for runs_key in client.scan_iter(match=f"{_glob(prefix)}:lines:*:runs", count=CHUNK):
        def rewrite(pipe: redis.client.Pipeline, runs_key: bytes = runs_key) -> None:
            old = {key: value for key, value in cast("dict[bytes, bytes]", pipe.hgetall(runs_key)).items() if b" " in value}
            runs = {key: run_of_v3(value) for key, value in old.items()}
            pipe.multi()
            if kept := {key: run.encode() for key, run in runs.items() if run is not None}:
                pipe.hset(runs_key, mapping=kept)  # type: ignore[arg-type]
            if dropped := [key for key, run in runs.items() if run is None]:
                pipe.hdel(runs_key, *dropped)
        client.transaction(rewrite, runs_key)


# version reached -> migration from the previous version (version 1: the layout before the version key)
MIGRATIONS: dict[int, Callable[[redis.Redis, str], None]] = {2: _number_runs, 3: _runs_from_first_page}


def open_layout(client: redis.Redis, prefix: str) -> None:
    """Check the layout version under ``prefix`` and migrate an older layout (``StateError`` if newer)."""
    key = f"{prefix}:version"
    stored = client.get(key)
    if stored is None:
        if next(iter(client.scan_iter(match=f"{_glob(prefix)}:*", count=CHUNK)), None) is None:
            client.setnx(key, LAYOUT_VERSION)  # a new state: nothing to migrate
            return
        version = 1
    else:
        version = int(stored)
    if version > LAYOUT_VERSION:
        raise StateError(f"the Redis state under prefix {prefix!r} has layout v{version}, newer than this release"
                         f" (v{LAYOUT_VERSION})")
    for target in range(version + 1, LAYOUT_VERSION + 1):
        MIGRATIONS[target](client, prefix)
        client.set(key, target)
