"""Headless Chromium for the report's browser test, driven as a subprocess: ``--dump-dom`` prints
the DOM once the page has loaded and its scripts have run, ``--screenshot`` saves what it shows.

The browser is the Debian package ``chromium`` (``scripts/install-test-deps.sh``), or the one
``NEWSSPIDER_TEST_CHROMIUM`` names. Outside CI a browser that is missing or cannot start skips the
test; with ``CI=true`` it fails it (``tests.redis_server.unavailable``).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.redis_server import unavailable

CANDIDATES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")
TIMEOUT = 120  # seconds: two cores shared with other work


class HeadlessChromium:
    """One browser binary, a fresh profile per call, no network beyond what a page asks for."""

    def __init__(self, binary: str, profile_root: Path):
        self.binary = binary
        self.profile_root = profile_root
        self.calls = 0

    @classmethod
    def find(cls, profile_root: Path) -> HeadlessChromium:
        """The browser, checked to start (skip or, with CI=true, fail the test when it does not)."""
        binary = os.environ.get("NEWSSPIDER_TEST_CHROMIUM") or next(filter(None, map(shutil.which, CANDIDATES)), None)
        if not binary:
            unavailable("Chromium is not installed", "the browser test")
        browser = cls(binary, profile_root)
        dom = browser.dump_dom("data:text/html,<p id=probe>x</p><script>document.getElementById('probe').textContent='ran'</script>")
        if '<p id="probe">ran</p>' not in dom:
            unavailable(f"Chromium ({binary}) did not run a page's script", "the browser test")
        return browser

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        self.calls += 1
        profile = self.profile_root / f"profile-{self.calls}"
        command = [self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                   "--disable-background-networking", "--disable-component-update", "--hide-scrollbars",
                   f"--user-data-dir={profile}", *args]
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            unavailable(f"Chromium ({self.binary}) did not run: {exc}", "the browser test")
            raise  # unreachable: unavailable() skips or fails

    def dump_dom(self, url: str) -> str:
        """The page's DOM as HTML, after its load event (its inline scripts have run)."""
        done = self._run("--virtual-time-budget=5000", "--dump-dom", url)
        if done.returncode != 0 or "<html" not in done.stdout:
            unavailable(f"Chromium exited with {done.returncode}: {done.stderr[-800:]}", "the browser test")
        return done.stdout

    def screenshot(self, url: str, path: Path, width: int = 1280, height: int = 1600) -> Path:
        """What the page shows in a ``width`` x ``height`` window, saved as PNG at ``path``."""
        done = self._run(f"--window-size={width},{height}", f"--screenshot={path}", url)
        if done.returncode != 0 or not path.exists():
            unavailable(f"Chromium could not take a screenshot ({done.returncode}): {done.stderr[-800:]}",
                        "the browser test")
        return path
