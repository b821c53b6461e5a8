"""The lag timer's single tick: which topics it measures and how it behaves mid-rebalance or on errors."""

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import faust
from prometheus_client import CollectorRegistry, Gauge

from services.observability.lag import LagReporter
from services.observability.wiring import source_topics, update_consumer_lag
from tests.unit.observability.test_lag import TP, FakeConsumer


def lag_gauge() -> tuple[CollectorRegistry, Gauge]:
    registry = CollectorRegistry()
    return registry, Gauge("lag", "test lag", ["topic", "partition"], registry=registry)


def fake_app(consumer: Any, rebalancing: bool = False, topics: tuple[str, ...] = ("articles",)) -> Any:
    agents = {"extractor": SimpleNamespace(channel=SimpleNamespace(topics=list(topics)))}
    return SimpleNamespace(rebalancing=rebalancing, consumer=consumer, agents=agents)


def test_source_topics_are_the_agents_topics() -> None:
    app = faust.App("lag-wiring-test", broker="kafka://127.0.0.1:1", autodiscover=False)

    async def consume(stream: Any) -> None:
        async for _ in stream:
            pass

    app.agent(app.topic("t-articles"), name="a")(consume)
    app.agent(app.topic("t-stages"), name="b")(consume)
    assert source_topics(app) == {"t-articles", "t-stages"}


async def test_tick_reports_lag_of_source_partitions() -> None:
    registry, gauge = lag_gauge()
    consumer = FakeConsumer(
        highwaters={TP("articles", 0): 7, TP("app-__assignor-__leader", 0): 3}, committed={TP("articles", 0): 5}
    )
    await update_consumer_lag(fake_app(consumer), LagReporter(gauge))
    assert registry.get_sample_value("lag", {"topic": "articles", "partition": "0"}) == 2
    assert registry.get_sample_value("lag", {"topic": "app-__assignor-__leader", "partition": "0"}) is None


async def test_tick_skips_while_rebalancing() -> None:
    registry, gauge = lag_gauge()
    consumer = FakeConsumer(highwaters={TP("articles", 0): 7})
    await update_consumer_lag(fake_app(consumer, rebalancing=True), LagReporter(gauge))
    assert consumer.highwater_calls == []
    assert registry.get_sample_value("lag", {"topic": "articles", "partition": "0"}) is None


async def test_tick_survives_a_failing_broker_and_keeps_the_last_values() -> None:
    registry, gauge = lag_gauge()
    reporter = LagReporter(gauge)
    reporter.report({("articles", 0): 4})

    class Unreachable(FakeConsumer):
        async def highwaters(self, *partitions: Any) -> Mapping[Any, int]:
            raise ConnectionError("broker gone")

    await update_consumer_lag(fake_app(Unreachable(highwaters={TP("articles", 0): 9})), reporter)
    assert registry.get_sample_value("lag", {"topic": "articles", "partition": "0"}) == 4
