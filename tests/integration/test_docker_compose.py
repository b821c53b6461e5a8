"""docker-compose.yml is valid for Docker Compose (checked without a Docker engine) and wires what we expect."""

import shutil
import subprocess

import pytest

from tests.conftest import REPO_ROOT, skip_or_fail

COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose_binary() -> str:
    found = shutil.which("docker-compose")
    if found is None:
        skip_or_fail("docker-compose is not installed (Debian package docker-compose; `make system-deps`)")
    assert found is not None
    return found


def test_compose_file_is_valid(compose_binary: str) -> None:
    result = subprocess.run(
        [compose_binary, "-f", str(COMPOSE_FILE), "config", "-q"],
        capture_output=True, text=True, timeout=60, check=False, cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr


def _compose(binary: str, *args: str) -> str:
    result = subprocess.run(
        [binary, "-f", str(COMPOSE_FILE), *args], capture_output=True, text=True, timeout=60, check=True, cwd=REPO_ROOT
    )
    return result.stdout


def test_compose_declares_every_service(compose_binary: str) -> None:
    services = set(_compose(compose_binary, "config", "--services").split())
    assert services == {"kafka", "topics", "worker", "feeder", "prometheus", "grafana"}


def test_compose_runs_kafka_391_in_kraft_mode_and_creates_the_topics(compose_binary: str) -> None:
    config = _compose(compose_binary, "config")
    assert "image: apache/kafka:3.9.1" in config
    assert "KAFKA_PROCESS_ROLES: broker,controller" in config
    assert 'KAFKA_AUTO_CREATE_TOPICS_ENABLE: "false"' in config
    for topic in ("articles", "exchange-stages", "exchange-tally", "articles-dlq"):
        assert f"--topic {topic} " in config
    assert "cleanup.policy=compact" in config
    assert config.count("dockerfile: deploy/Dockerfile") == 2
    assert config.count("healthcheck:") >= 5
    assert (REPO_ROOT / "deploy" / "Dockerfile").read_text().count("USER swaptally") == 1
