"""commands.crawl.StopSignals: a stop signal while the run starts is noted, a second one ends the
process at once (the run's handling through a real crawl: test_run_endings)."""

import signal
import subprocess
import sys

from newsspider.commands.crawl import StopSignals


def test_a_stop_signal_is_noted_and_named_in_the_runs_line():
    previous = {signum: signal.getsignal(signum) for signum in StopSignals.SIGNALS}
    signals = StopSignals()
    try:
        signals.install()
        signal.raise_signal(signal.SIGTERM)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert signals.received is signal.SIGTERM
    assert signals.message() == "interrupted (SIGTERM) while the run was starting: nothing was fetched"


def test_a_second_stop_signal_ends_the_process_at_once_by_its_default_action():
    code = ("import signal; from newsspider.commands.crawl import StopSignals\n"
            "signals = StopSignals(); signals.install()\n"
            "signal.raise_signal(signal.SIGINT); print('noted', signals.received.name, flush=True)\n"
            "signal.raise_signal(signal.SIGINT); print('still running', flush=True)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGINT, done.stderr[-2000:]
    assert done.stdout == "noted SIGINT\n"
    assert "Traceback" not in done.stderr
