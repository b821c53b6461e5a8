"""The committed Prometheus config and alert rules pass promtool, and the alerts fire when they should."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, skip_or_fail

PROMETHEUS_DIR = REPO_ROOT / "deploy" / "prometheus"

pytestmark = pytest.mark.prometheus


def promtool() -> str:
    """Return promtool's path; in CI a missing promtool is a failure, elsewhere a skip."""
    path = shutil.which("promtool")
    if path is None:
        skip_or_fail("promtool not found: run deploy/scripts/install-system-packages.sh (Debian package prometheus)")
        raise AssertionError("unreachable")  # skip_or_fail always raises
    return path


def run_promtool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [promtool(), *map(str, args)], capture_output=True, text=True, timeout=60, cwd=PROMETHEUS_DIR
    )


@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.compose.yml"])
def test_config_is_valid(config: str) -> None:
    result = run_promtool("check", "config", PROMETHEUS_DIR / config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "alerts.yml" in result.stdout  # the rules are loaded by the config, not only present beside it


def test_rules_are_valid() -> None:
    result = run_promtool("check", "rules", PROMETHEUS_DIR / "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_unit_tests_pass() -> None:
    """alerts_test.yml proves the DLQ, disputed-stage, failed-check, worker-down and lag alerts fire."""
    result = run_promtool("test", "rules", PROMETHEUS_DIR / "alerts_test.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_broken_rules_are_rejected(tmp_path: Path) -> None:
    """The check above can fail: promtool rejects a rule whose expression does not parse."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "groups:\n  - name: broken\n    rules:\n      - alert: Broken\n"
        "        expr: sum by (reason (swaptally_dead_letters_total)\n"
    )
    result = run_promtool("check", "rules", broken)
    assert result.returncode != 0
