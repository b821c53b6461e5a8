"""`swaptally broker start|status|stop` on a private state folder and free ports: one process, then none."""

from collections.abc import Iterator
from pathlib import Path

import orjson
import psutil
import pytest

from services.broker import manager
from services.broker.config import broker_paths
from services.broker.process import BrokerError
from services.settings import Settings
from tests.conftest import skip_or_fail
from tests.integration.cli_helpers import run_cli
from tests.integration.conftest import broker_settings
from tests.integration.kafka_helpers import free_ports


def broker_processes(settings: Settings) -> list[psutil.Process]:
    """Every running broker JVM started with this state folder's configuration."""
    marker = str(broker_paths(settings).server_properties)
    found = []
    for process in psutil.process_iter(["cmdline"]):
        cmdline = process.info.get("cmdline") or []
        if "kafka.Kafka" in cmdline and marker in cmdline:
            found.append(process)
    return found


@pytest.fixture
def private(tmp_path: Path) -> Iterator[Settings]:
    """Settings for a broker of this test only; stopped afterwards whatever happens."""
    settings = broker_settings(tmp_path)
    yield settings
    manager.stop(settings)


def test_start_twice_runs_one_broker_and_stop_leaves_none(private: Settings) -> None:
    first = run_cli(private, "broker", "start", "--json")
    if first.returncode != 0 and "broker start failed" in first.stderr:
        skip_or_fail(f"the local Kafka broker could not start:\n{first.stderr[-3000:]}")
    assert first.returncode == 0, first.stderr
    started = orjson.loads(first.stdout)
    assert started["running"] is True and started["reused"] is False
    assert started["ready_seconds"] > 0

    second = run_cli(private, "broker", "start", "--json")
    assert second.returncode == 0, second.stderr
    again = orjson.loads(second.stdout)
    assert again["reused"] is True and again["pid"] == started["pid"]
    assert [p.pid for p in broker_processes(private)] == [started["pid"]]

    status = run_cli(private, "broker", "status")
    assert status.returncode == 0
    assert f"pid        {started['pid']}" in status.stdout
    assert f"127.0.0.1:{private.broker_port}" in status.stdout
    assert str(broker_paths(private).data_dir) in status.stdout

    stopped = run_cli(private, "broker", "stop")
    assert stopped.returncode == 0
    assert f"stopped pid {started['pid']}" in stopped.stdout
    assert broker_processes(private) == []
    assert not broker_paths(private).pid_file.exists()

    after = run_cli(private, "broker", "status", "--json")
    assert after.returncode == 3
    assert orjson.loads(after.stdout)["running"] is False
    assert "nothing to stop" in run_cli(private, "broker", "stop").stdout


def test_a_broker_that_dies_at_start_up_fails_with_its_log(tmp_path: Path) -> None:
    settings = broker_settings(tmp_path, broker_heap="-Xms2m -Xmx2m", broker_ready_timeout=60.0)
    with pytest.raises(BrokerError) as caught:
        manager.start(settings, create_topics=False)
    message = str(caught.value)
    assert "exited with code" in message
    assert "console.log" in message  # the tail of the JVM's output is part of the error
    assert broker_processes(settings) == []
    assert not broker_paths(settings).pid_file.exists()


def test_a_taken_port_is_reported_before_launching(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = broker_settings(tmp_path, broker_port=port, controller_port=free_ports(1)[0])
        with pytest.raises(BrokerError, match=f"port {port}"):
            manager.start(settings, create_topics=False)
    assert broker_processes(settings) == []
