"""A throw-away ``redis-server`` on 127.0.0.1 for the distributed tests.

``redis-server --port 0`` disables TCP instead of picking a port, so we pick a free port, start
the server without persistence (``--save '' --appendonly no``) and wait for PING. Outside CI a
missing server skips the tests; with ``CI=true`` it fails them (install it with
``scripts/install-test-deps.sh``). The fixtures are in ``tests/conftest.py``.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(message: str, tests: str = "the distributed tests"):
    """Skip the test (fail it with ``CI=true``): a server or browser it needs is missing."""
    if _in_ci():
        pytest.fail(f"{message} (CI=true: {tests} must run; see scripts/install-test-deps.sh)")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, attempts: int = 3) -> RedisServer:
        import redis

        binary = shutil.which("redis-server")
        if binary is None:
            unavailable("redis-server is not installed")
        last_error = ""
        for _ in range(attempts):  # the free port may be taken between the check and the bind
            self.port = _free_port()
            self.process = subprocess.Popen(
                [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--dir", str(self.workdir), "--logfile", ""],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    if redis.Redis(port=self.port, socket_connect_timeout=0.5).ping():
                        return self
                except redis.RedisError:
                    time.sleep(0.05)
            last_error = self.stop() or "no answer to PING"
        unavailable(f"redis-server did not start: {last_error[-500:]}")

    def stop(self) -> str:
        output = ""
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
            try:
                output = self.process.communicate(timeout=10)[0].decode(errors="replace")
            except subprocess.TimeoutExpired:
                self.process.kill()
                output = self.process.communicate()[0].decode(errors="replace")
            self.process = None
        return output

    def client(self):
        import redis

        return redis.Redis(port=self.port)
