"""Run `swaptally` as a subprocess with settings passed the way users pass them: SWAPTALLY_* variables."""

import subprocess
import sys
from typing import Any

from services.settings import PROJECT_ROOT, Settings
from tests.integration.workers import settings_env


def cli_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The current environment with every setting of `settings` as a SWAPTALLY_* variable."""
    env = settings_env(settings)
    env["SWAPTALLY_LOG_FORMAT"] = "console"
    env.update(extra)
    return env


def run_cli(settings: Settings, *args: str, timeout: float = 180.0, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run `python -m services ARGS...` from the repository root and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "services", *args],
        env=cli_env(settings),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )
