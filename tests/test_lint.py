"""The linters, run by the test command so that CI fails on a finding: ruff (imports, pyflakes,
bugbear, docstrings on the public API) over the code, tests and benchmarks, and mypy over the
package. Their configuration is in pyproject.toml; both come with the ``test`` extra."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    """``python -m <tool>`` from the repository root, where pyproject.toml configures it."""
    return subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing_in_the_code_tests_and_benchmarks():
    done = run_tool("ruff", "check", "--no-cache", "newsspider", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_the_package():
    done = run_tool("mypy", "newsspider")
    assert done.returncode == 0, done.stdout + done.stderr
