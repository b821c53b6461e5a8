"""Run real `swaptally worker` processes for integration tests (so they can be killed with -9)."""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

from services.settings import Settings


def settings_env(settings: Settings, **overrides: Any) -> dict[str, str]:
    """Return os.environ plus SWAPTALLY_* variables that reproduce `settings` in a child process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWAPTALLY_")}
    values = {**settings.model_dump(), **overrides}
    for name, value in values.items():
        if value is None:
            continue
        plain = value.get_secret_value() if isinstance(value, SecretStr) else value
        env[f"SWAPTALLY_{name.upper()}"] = str(plain)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


@dataclass
class WorkerProcess:
    """A worker subprocess with its settings, log file and HTTP base URL."""

    settings: Settings
    role: str
    process: subprocess.Popen[bytes]
    log_path: Path
    started_at: float = field(default_factory=time.monotonic)

    @property
    def url(self) -> str:
        return self.settings.web_url

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "<no log>"

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill_hard(self) -> None:
        """SIGKILL the worker: no clean shutdown, no final commit."""
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the worker cleanly (SIGTERM), falling back to SIGKILL."""
        if not self.alive():
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill_hard()

    def get(self, path: str, timeout: float = 5.0) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", timeout=timeout)

    def wait_ready(self, path: str = "/tally", timeout: float = 90.0) -> float:
        """Wait until `path` answers 200; return the seconds since the process started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if self.get(path, timeout=2.0).status_code == 200:
                    return time.monotonic() - self.started_at
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready at {path} after {timeout}s:\n{self.log_tail()}")


def start_worker(settings: Settings, role: str = "all", log_dir: Path | None = None, **overrides: Any) -> WorkerProcess:
    """Start `swaptally worker --role ROLE` with the given settings (plus overrides)."""
    effective = settings.model_copy(update=overrides) if overrides else settings
    log_dir = log_dir or effective.state_dir
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"worker-{role}-{effective.web_port}.log"
    log_file = log_path.open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "services", "worker", "--role", role],
        env=settings_env(effective),
        stdout=log_file,
        stderr=subprocess.STDOUT,
        cwd=Path(__file__).resolve().parents[2],
        start_new_session=True,
    )
    log_file.close()
    return WorkerProcess(settings=effective, role=role, process=process, log_path=log_path)
