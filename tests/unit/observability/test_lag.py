"""Consumer lag: end offset minus committed offset per assigned partition, with a fake faust consumer."""

from collections.abc import Mapping, Set
from typing import Any, NamedTuple

import pytest
from prometheus_client import CollectorRegistry, Gauge

from services.observability.lag import LagReporter, committed_offsets, measure_lag, partition_lag


class TP(NamedTuple):
    topic: str
    partition: int


class FakeConsumer:
    """Answers like faust's consumer and records which partitions it was asked about."""

    def __init__(
        self,
        highwaters: Mapping[TP, int],
        earliest: Mapping[TP, int] | None = None,
        committed: Mapping[TP, int | None] | None = None,
    ) -> None:
        self._highwaters = dict(highwaters)
        self._earliest = dict(earliest or {})
        self._committed_offset = dict(committed or {})
        self.highwater_calls: list[tuple[TP, ...]] = []
        self.earliest_calls: list[tuple[TP, ...]] = []

    def assignment(self) -> Set[Any]:
        return set(self._highwaters)

    async def highwaters(self, *partitions: TP) -> Mapping[TP, int]:
        self.highwater_calls.append(partitions)
        return {tp: self._highwaters[tp] for tp in partitions}

    async def earliest_offsets(self, *partitions: TP) -> Mapping[TP, int]:
        self.earliest_calls.append(partitions)
        return {tp: self._earliest.get(tp, 0) for tp in partitions}


ARTICLES_0 = TP("articles", 0)
ARTICLES_1 = TP("articles", 1)
CHANGELOG_0 = TP("swaptally-stage-reports-changelog", 0)


@pytest.mark.parametrize(
    ("highwater", "committed", "earliest", "expected"),
    [
        (10, 7, 0, 3),  # three messages not yet committed
        (10, 10, 0, 0),  # caught up
        (10, None, 0, 10),  # nothing committed: everything from the log start is pending
        (10, None, 4, 6),  # nothing committed, retention removed offsets 0-3
        (10, 2, 4, 6),  # committed offset deleted by retention: resumes at the log start
        (5, 7, 0, 0),  # a stale highwater never yields negative lag
    ],
)
def test_partition_lag(highwater: int, committed: int | None, earliest: int, expected: int) -> None:
    assert partition_lag(highwater, committed, earliest) == expected


async def test_measure_lag_per_partition_of_source_topics_only() -> None:
    consumer = FakeConsumer(
        highwaters={ARTICLES_0: 12, ARTICLES_1: 5, CHANGELOG_0: 40},
        earliest={ARTICLES_1: 1},
        committed={ARTICLES_0: 9, ARTICLES_1: None},
    )
    lags = await measure_lag(consumer, committed_offsets(consumer), topics={"articles"})
    assert lags == {("articles", 0): 3, ("articles", 1): 4}
    assert consumer.highwater_calls == [(ARTICLES_0, ARTICLES_1)]
    # Only the partition without a committed offset needs its log start.
    assert consumer.earliest_calls == [(ARTICLES_1,)]


async def test_measure_lag_skips_partitions_the_broker_did_not_answer_for() -> None:
    class PartialConsumer(FakeConsumer):
        async def highwaters(self, *partitions: TP) -> Mapping[TP, int]:
            return {ARTICLES_0: 8}

    consumer = PartialConsumer(highwaters={ARTICLES_0: 8, ARTICLES_1: 3}, committed={ARTICLES_0: 8, ARTICLES_1: 3})
    assert await measure_lag(consumer, committed_offsets(consumer), {"articles"}) == {("articles", 0): 0}


async def test_measure_lag_without_assignment_asks_nothing() -> None:
    consumer = FakeConsumer(highwaters={CHANGELOG_0: 4})
    assert await measure_lag(consumer, {}, {"articles"}) == {}
    assert consumer.highwater_calls == []
    assert consumer.earliest_calls == []


def test_committed_offsets_tolerates_a_consumer_without_the_record() -> None:
    assert committed_offsets(object()) == {}
    consumer = FakeConsumer(highwaters={}, committed={ARTICLES_0: 3})
    assert committed_offsets(consumer) == {ARTICLES_0: 3}


def test_reporter_sets_gauges_and_drops_revoked_partitions() -> None:
    registry = CollectorRegistry()
    gauge = Gauge("lag", "test lag", ["topic", "partition"], registry=registry)
    reporter = LagReporter(gauge)

    def sample(topic: str, partition: int) -> float | None:
        return registry.get_sample_value("lag", {"topic": topic, "partition": str(partition)})

    reporter.report({("articles", 0): 3, ("articles", 1): 4})
    assert sample("articles", 0) == 3
    assert sample("articles", 1) == 4

    reporter.report({("articles", 1): 0})  # partition 0 moved to another worker
    assert sample("articles", 0) is None
    assert sample("articles", 1) == 0

    reporter.report({})
    assert sample("articles", 1) is None
