"""Run `swaptally replay` as a separate process (so the broker or a worker can fail underneath it)."""

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from services.settings import PROJECT_ROOT, Settings
from tests.integration.cli_helpers import cli_env


@dataclass
class ReplayProcess:
    """A running replay with its output files."""

    process: subprocess.Popen[bytes]
    out_path: Path

    def running(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        return self.out_path.read_text(errors="replace")

    def finish(self, timeout: float) -> str:
        """Wait for the replay to end; return its output, failing unless it exited 0."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"replay still running after {timeout:.0f}s:\n{self.output()[-3000:]}") from None
        assert code == 0, f"replay exited {code}:\n{self.output()[-3000:]}"
        return self.output()

    def kill(self) -> None:
        if self.running():
            self.process.kill()
            self.process.wait(timeout=10)


def start_replay(settings: Settings, folder: Path, interval: float, out_dir: Path) -> ReplayProcess:
    """Start `swaptally replay FOLDER --interval SECONDS` with `settings` as SWAPTALLY_* variables."""
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / "replay.out"
    with out_path.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "services", "replay", str(folder), "--interval", str(interval)],
            env=cli_env(settings), cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return ReplayProcess(process, out_path)


def summary_counts(output: str) -> tuple[int, int, int]:
    """Return (published, skipped, failed) from the replay's summary line."""
    for line in reversed(output.splitlines()):
        if line.startswith("replay done: "):
            words = line.removeprefix("replay done: ").replace(",", "").split()
            return int(words[0]), int(words[2]), int(words[4])
    raise AssertionError(f"no summary line in the replay output:\n{output[-2000:]}")


def published_offsets(output: str) -> dict[str, tuple[int, int]]:
    """Return where each published file landed, `source -> (partition, offset)`, from the replay's lines."""
    found: dict[str, tuple[int, int]] = {}
    for line in output.splitlines():
        if not line.startswith("published "):
            continue
        source = line.split()[1]
        partition, _, offset = line.rsplit("[", 1)[1].partition("]@")
        found[source] = (int(partition), int(offset))
    return found
