"""The real Kafka broker for integration tests, started with the project's own code on free ports.

One broker per test session, in a temporary state folder, stopped at the end. Each test gets
its own `settings`: unique topic prefix and consumer group, a free web port and its own state.
Under `CI=true` a broker that cannot start fails the tests that need it; locally they skip.
"""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.broker import manager
from services.kafka.topics import ensure_topics
from services.settings import Settings
from tests.conftest import SHARED_JAR_CACHE, skip_or_fail
from tests.integration.kafka_helpers import free_port, free_ports, unique_prefix
from tests.integration.workers import WorkerProcess, start_worker


@dataclass(frozen=True)
class KafkaBroker:
    """The session's broker: its settings (ports, state folder) and start-up report."""

    settings: Settings
    status: manager.BrokerStatus

    @property
    def bootstrap(self) -> str:
        return self.status.bootstrap


def broker_settings(state_dir: Path, **overrides: object) -> Settings:
    """Settings for a private broker on free ports in `state_dir`, sharing the repository's jar cache."""
    broker_port, controller_port = free_ports(2)
    values: dict[str, object] = {
        "state_dir": state_dir,
        "broker_lib_dir": SHARED_JAR_CACHE,
        "broker_port": broker_port,
        "controller_port": controller_port,
        "kafka_bootstrap": f"127.0.0.1:{broker_port}",
        "kafka_security_protocol": "PLAINTEXT",
        "topic_prefix": "session-",
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


def start_private_broker(state_dir: Path) -> KafkaBroker:
    """Start a broker for tests; skip (or fail under CI) with the reason when it cannot start."""
    settings = broker_settings(state_dir)
    try:
        status = manager.start(settings, create_topics=False)
    except Exception as exc:  # any reason the broker is unavailable is reported the same way
        skip_or_fail(f"the local Kafka broker could not start: {exc}")
        raise
    return KafkaBroker(settings, status)


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaBroker]:
    """A real single-node KRaft broker for the whole session."""
    broker = start_private_broker(tmp_path_factory.mktemp("kafka-session"))
    try:
        yield broker
    finally:
        manager.stop(broker.settings)


@pytest.fixture
async def settings(kafka_broker: KafkaBroker, tmp_path: Path) -> AsyncIterator[Settings]:
    """Per-test settings on the session broker, with this test's topics already created."""
    prefix = unique_prefix()
    test_settings = kafka_broker.settings.model_copy(
        update={
            "topic_prefix": prefix,
            "app_id": f"swaptally-{prefix.strip('-')}",
            "web_port": free_port(),
            "state_dir": tmp_path / "state",
            "session_timeout": 10.0,
            "heartbeat_interval": 1.0,
        }
    )
    await ensure_topics(test_settings)
    yield test_settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything under tests/integration, so `pytest -m "not integration"` runs without Kafka."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def worker(settings: Settings) -> Iterator[WorkerProcess]:
    """A `swaptally worker` (extractor + aggregator) on this test's settings, serving /tally."""
    process = start_worker(settings)
    try:
        process.wait_ready()
        yield process
    finally:
        process.stop()
