"""Stopping only what we started: a pid file naming a foreign or dead process is never acted on."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.broker import manager, pidfile
from services.broker.config import broker_paths
from services.settings import Settings


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    """A harmless process that is not a broker."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def test_stop_never_signals_a_process_that_is_not_our_broker(
    tmp_path: Path, sleeper: subprocess.Popen[bytes]
) -> None:
    settings = Settings(state_dir=tmp_path)
    paths = broker_paths(settings)
    paths.root.mkdir(parents=True)
    pidfile.write_pid(paths.pid_file, sleeper.pid)
    assert manager.status(settings).running is False
    assert manager.stop(settings) is None
    assert sleeper.poll() is None, "a foreign process was signalled"
    assert not paths.pid_file.exists(), "the stale pid file was kept"


def test_owned_process_requires_every_marker(tmp_path: Path, sleeper: subprocess.Popen[bytes]) -> None:
    pid_file = tmp_path / "x.pid"
    pidfile.write_pid(pid_file, sleeper.pid)
    found = pidfile.owned_process(pid_file, "-c")
    assert found is not None and found.pid == sleeper.pid
    assert pidfile.owned_process(pid_file, "-c", "kafka.Kafka") is None


def test_dead_and_garbled_pid_files_mean_not_running(tmp_path: Path) -> None:
    pid_file = tmp_path / "x.pid"
    pid_file.write_text("not a pid")
    assert pidfile.owned_process(pid_file) is None
    pidfile.write_pid(pid_file, 2**22 + 12345)  # above the default pid_max: no such process
    assert pidfile.owned_process(pid_file) is None
    assert pidfile.read_pid(tmp_path / "missing.pid") is None


def test_terminate_stops_a_process_and_reports_whether_it_needed_sigkill(tmp_path: Path) -> None:
    import psutil

    polite = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    stubborn = subprocess.Popen(
        [sys.executable, "-c", "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
         "print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE,
    )
    assert stubborn.stdout is not None and stubborn.stdout.readline() == b"ready\n"
    assert pidfile.terminate(psutil.Process(polite.pid), grace=10) is False
    assert pidfile.terminate(psutil.Process(stubborn.pid), grace=0.5) is True
    assert polite.wait(timeout=5) is not None and stubborn.wait(timeout=5) is not None
