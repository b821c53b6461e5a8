"""Run the real `prometheus` binary (Debian package) on a loopback port for a test, and query it."""

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson

from tests.conftest import REPO_ROOT, skip_or_fail
from tests.integration.kafka_helpers import free_port

ALERT_RULES = REPO_ROOT / "deploy" / "prometheus" / "alerts.yml"


def prometheus_binary() -> str:
    """Return the prometheus executable; missing it fails under CI and skips elsewhere."""
    path = shutil.which("prometheus")
    if path is None:
        skip_or_fail("prometheus not found: run deploy/scripts/install-system-packages.sh (Debian package prometheus)")
        raise AssertionError("unreachable")  # skip_or_fail always raises
    return path


def scrape_config(targets: list[str], scrape_interval: str = "1s") -> str:
    """A config scraping `targets` as the worker job, with the project's alert rules loaded."""
    listed = ", ".join(f'"{target}"' for target in targets)
    return (
        f"global:\n  scrape_interval: {scrape_interval}\n  evaluation_interval: {scrape_interval}\n"
        f'rule_files:\n  - "{ALERT_RULES}"\n'
        f"scrape_configs:\n  - job_name: swaptally-worker\n    static_configs:\n      - targets: [{listed}]\n"
    )


@dataclass
class PrometheusServer:
    """A running Prometheus with its HTTP API address and log file."""

    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "<no log>"

    def api(self, path: str, **params: str) -> Any:
        """GET an `/api/v1/...` endpoint and return its `data`; raise on an error status."""
        response = httpx.get(f"{self.url}/api/v1/{path}", params=params, timeout=10.0)
        body = orjson.loads(response.content)
        if body.get("status") != "success":
            raise AssertionError(f"prometheus {path} {params} failed: {body}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Evaluate an instant query and return its vector result."""
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", data
        result: list[dict[str, Any]] = data["result"]
        return result

    def scalar(self, expr: str) -> float | None:
        """Evaluate a query expected to yield at most one series; None when it yields none."""
        result = self.query(expr)
        assert len(result) <= 1, f"{expr} returned {len(result)} series"
        return float(result[0]["value"][1]) if result else None

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"prometheus exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/-/ready", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"prometheus not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_prometheus(workdir: Path, targets: list[str]) -> PrometheusServer:
    """Write a config scraping `targets` every second and start Prometheus with its data in `workdir`."""
    binary = prometheus_binary()
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "prometheus.yml"
    config.write_text(scrape_config(targets))
    address = f"127.0.0.1:{free_port()}"
    log_path = workdir / "prometheus.log"
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={workdir / 'data'}",
                f"--web.listen-address={address}",
                "--log.level=warn",
            ],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=workdir,
            start_new_session=True,
        )
    server = PrometheusServer(process=process, url=f"http://{address}", log_path=log_path)
    try:
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server
