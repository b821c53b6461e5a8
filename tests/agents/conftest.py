"""Agent tests run faust agents through `test_context()`: no broker, sends captured in memory."""

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest.mock import AsyncMock

import faust
import pytest
from prometheus_client import CollectorRegistry

from services.kafka.app import AppContext, Role, create_faust_app, declare_topics
from services.observability.metrics import DomainMetrics
from services.settings import Settings


@pytest.fixture
def agent_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """An AppContext whose topics record what would be sent instead of talking to Kafka."""
    # No producer runs under test_context(): a Table's changelog record stays in faust's buffer and
    # its future would never resolve, so the aggregator's wait for delivery would never end.
    monkeypatch.setattr(faust.Table, "send_changelog", _changelog_acknowledged(faust.Table.send_changelog))
    settings = Settings(state_dir=tmp_path, table_store="memory://", topic_prefix="agent-test-")
    app = create_faust_app(settings, Role.ALL)
    app.finalize()
    topics = declare_topics(app, settings)
    for topic in (topics.stages, topics.stage_publisher, topics.tally, topics.dlq):
        # like faust's Topic.send: awaiting it returns a future of the broker's acknowledgement
        topic.send = AsyncMock(side_effect=_acknowledged)
    registry = CollectorRegistry()
    yield AppContext(
        app=app, settings=settings, topics=topics, metrics=DomainMetrics(registry), registry=registry, role=Role.ALL
    )


class _ChangelogAcknowledged(asyncio.Future[Any]):
    """The future of a changelog record the broker has acknowledged, with faust's message (its partition)."""

    message: Any


def _changelog_acknowledged(send_changelog: Callable[..., Any]) -> Callable[..., Any]:
    def send(table: Any, *args: Any, **kwargs: Any) -> _ChangelogAcknowledged:
        acknowledged = _ChangelogAcknowledged()
        acknowledged.message = send_changelog(table, *args, **kwargs).message
        acknowledged.set_result(None)
        return acknowledged

    return send


def _acknowledged(*args: Any, **kwargs: Any) -> "asyncio.Future[None]":
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    future.set_result(None)
    return future


def sent_values(topic: Any) -> list[bytes]:
    """Return the values passed to a mocked topic's send, in call order."""
    return [call.kwargs["value"] for call in topic.send.call_args_list]
