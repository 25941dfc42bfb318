#!/bin/sh
# System packages the test suite needs beyond `pip install -e '.[test]'`:
#   redis-server  the distributed-crawl tests start a throw-away one on 127.0.0.1;
#   wget          the WARC tests read the WARC files GNU Wget writes;
#   chromium      the story report's browser test opens the report in headless Chromium.
# Safe to re-run: installs only what is missing from the PATH. Needs root (or sudo) on Debian/Ubuntu.
set -eu
MISSING=""
command -v redis-server >/dev/null 2>&1 || MISSING="$MISSING redis-server"
command -v wget >/dev/null 2>&1 || MISSING="$MISSING wget"
command -v chromium >/dev/null 2>&1 || MISSING="$MISSING chromium"
if [ -z "$MISSING" ]; then
    echo "redis-server, wget and chromium already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get here; install$MISSING with your package manager" >&2
    exit 1
fi
$SUDO apt-get update
# shellcheck disable=SC2086  # one word per package
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $MISSING
command -v redis-server && command -v wget && command -v chromium
