"""Background worker processes started by `swaptally demo`, tracked by pid files so `make stop` finds them."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from services.broker import pidfile
from services.settings import PROJECT_ROOT, Settings

WORKER_MARKERS = ("services", "worker")
STOP_GRACE = 30.0


@dataclass(frozen=True)
class BackgroundWorker:
    """A detached `swaptally worker` and where its pid and log live."""

    pid: int
    pid_file: Path
    log_file: Path
    reused: bool


def workers_dir(settings: Settings) -> Path:
    """Return the folder holding the demo workers' pid files and logs."""
    return settings.state_dir / "workers"


def _files(settings: Settings, name: str) -> tuple[Path, Path]:
    folder = workers_dir(settings)
    return folder / f"{name}.pid", folder / f"{name}.log"


def start_worker(
    settings: Settings, name: str = "worker", role: str = "all", env: dict[str, str] | None = None
) -> BackgroundWorker:
    """Start a detached worker (or reuse the one this pid file names) that survives this command.

    `env` adds SWAPTALLY_* variables for the child on top of this process's environment.
    """
    pid_file, log_file = _files(settings, name)
    running = pidfile.owned_process(pid_file, *WORKER_MARKERS)
    if running is not None:
        return BackgroundWorker(running.pid, pid_file, log_file, reused=True)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "services", "worker", "--role", role],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=PROJECT_ROOT,
            env={**os.environ, **(env or {})},
        )
    pidfile.write_pid(pid_file, process.pid)
    return BackgroundWorker(process.pid, pid_file, log_file, reused=False)


def worker_alive(worker: BackgroundWorker) -> bool:
    """Return True while the worker process is running."""
    return pidfile.owned_process(worker.pid_file, *WORKER_MARKERS) is not None


def stop_workers(settings: Settings) -> list[int]:
    """Stop every worker the demo started from this state folder; return their pids."""
    stopped: list[int] = []
    for pid_file in sorted(workers_dir(settings).glob("*.pid")):
        process = pidfile.owned_process(pid_file, *WORKER_MARKERS)
        if process is not None:
            pidfile.terminate(process, STOP_GRACE)
            stopped.append(process.pid)
        pidfile.remove(pid_file)
    return stopped
