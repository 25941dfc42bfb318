#!/bin/sh
# System packages the test suite needs beyond `pip install -e '.[test]'`: redis-server (the
# distributed-crawl tests start a throw-away one on 127.0.0.1). Safe to re-run: does nothing
# when redis-server is already on the PATH. Needs root (or sudo) on Debian/Ubuntu.
set -eu
if command -v redis-server >/dev/null 2>&1; then
    echo "redis-server already installed: $(command -v redis-server)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get here; install redis-server with your package manager" >&2
    exit 1
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends redis-server
command -v redis-server
