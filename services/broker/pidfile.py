"""Pid files for background processes we start, and stopping exactly those processes."""

import os
import subprocess
from pathlib import Path

import psutil

from services.logs import get_logger

log = get_logger("broker.pidfile")


def read_pid(pid_file: Path) -> int | None:
    """Return the pid recorded in `pid_file`, or None if it is missing or garbled."""
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def write_pid(pid_file: Path, pid: int) -> None:
    """Record `pid` atomically, so a reader never sees a half-written file."""
    scratch = pid_file.with_name(f".{pid_file.name}.{os.getpid()}")
    scratch.write_text(f"{pid}\n")
    scratch.replace(pid_file)


def owned_process(pid_file: Path, *markers: str) -> psutil.Process | None:
    """Return the live process named in `pid_file` if every marker is an argument on its command line.

    The markers (e.g. a path only our process has on its command line) guard against a
    recycled pid: a stale file never makes us adopt, or signal, someone else's process.
    """
    pid = read_pid(pid_file)
    if pid is None:
        return None
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            _reap(process)
            return None
        arguments = process.cmdline()
        if not all(marker in arguments for marker in markers):
            return None
        return process
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def _reap(process: psutil.Process) -> None:
    """Collect a zombie child of ours, so it stops occupying a process-table slot."""
    try:
        process.wait(timeout=0)
    except (psutil.TimeoutExpired, psutil.NoSuchProcess, ChildProcessError):
        pass


def terminate(process: psutil.Process, grace: float) -> bool:
    """SIGTERM `process`, wait up to `grace` seconds, then SIGKILL; return True if it had to be killed."""
    try:
        process.terminate()
        process.wait(timeout=grace)
        return False
    except psutil.NoSuchProcess:
        return False
    except psutil.TimeoutExpired:
        log.warning("process ignored SIGTERM; killing it", extra={"pid": process.pid, "grace_s": grace})
    try:
        process.kill()
        process.wait(timeout=10)
    except psutil.NoSuchProcess:
        pass
    return True


def remove(pid_file: Path) -> None:
    """Delete `pid_file` if it exists."""
    pid_file.unlink(missing_ok=True)


def terminate_popen(process: subprocess.Popen[bytes], grace: float) -> None:
    """Stop a child we launched ourselves (SIGTERM, then SIGKILL) and reap it."""
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
