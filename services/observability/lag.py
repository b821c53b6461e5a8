"""Consumer lag per topic partition, which faust's Prometheus sensor does not report.

Lag here is what `kafka-consumer-groups --describe` calls LAG: the partition's end offset minus
the group's committed offset. It is the backlog a restarted worker would have to re-read, and it
grows when the worker cannot keep up. A partition with nothing committed yet counts from its log
start, because that is where `auto_offset_reset=earliest` will begin.
"""

import asyncio
from collections.abc import Collection, Mapping, Set
from typing import Any, Protocol

from prometheus_client import Gauge

from services.logs import get_logger

log = get_logger("observability.lag")


class OffsetSource(Protocol):
    """The part of faust's consumer that lag is computed from; partitions are faust `TP`s (topic, partition)."""

    def assignment(self) -> Set[Any]: ...

    async def highwaters(self, *partitions: Any) -> Mapping[Any, int]: ...

    async def earliest_offsets(self, *partitions: Any) -> Mapping[Any, int]: ...


def partition_lag(highwater: int, committed: int | None, earliest: int) -> int:
    """Return the messages between the committed offset and the end of one partition (never negative)."""
    # An offset below the log start (retention deleted it) resumes from the log start.
    start = earliest if committed is None else max(committed, earliest)
    return max(highwater - start, 0)


def committed_offsets(consumer: Any) -> Mapping[Any, int | None]:
    """Return faust's own record of the offsets it committed (read from the broker at assignment)."""
    # faust keeps this in `Consumer._committed_offset`; it has no public accessor, so read it defensively.
    offsets = getattr(consumer, "_committed_offset", None)
    return offsets if isinstance(offsets, Mapping) else {}


async def measure_lag(
    consumer: OffsetSource,
    committed: Mapping[Any, int | None],
    topics: Collection[str],
) -> dict[tuple[str, int], int]:
    """Return the lag of every assigned partition of `topics`, keyed by (topic, partition)."""
    # Only the agents' source topics: changelogs and faust's assignor topic are read, never committed.
    partitions = sorted(
        (tp for tp in consumer.assignment() if tp.topic in topics),
        key=lambda tp: (tp.topic, tp.partition),
    )
    if not partitions:
        return {}
    missing = [tp for tp in partitions if committed.get(tp) is None]
    # Each call is a round trip through faust's consumer thread; ask both questions at once.
    highwaters, earliest = await asyncio.gather(
        consumer.highwaters(*partitions), consumer.earliest_offsets(*missing) if missing else _no_offsets()
    )
    lags: dict[tuple[str, int], int] = {}
    for tp in partitions:
        if tp not in highwaters:
            continue  # the broker did not answer for it; report nothing rather than a guess
        lags[(tp.topic, tp.partition)] = partition_lag(highwaters[tp], committed.get(tp), earliest.get(tp, 0))
    return lags


async def _no_offsets() -> Mapping[Any, int]:
    return {}


class LagReporter:
    """Keep the lag gauge in step with the worker's assignment, dropping partitions it no longer owns."""

    def __init__(self, gauge: Gauge) -> None:
        self.gauge = gauge
        self._reported: set[tuple[str, int]] = set()

    def report(self, lags: Mapping[tuple[str, int], int]) -> None:
        """Set the gauge for each measured partition and remove series for partitions revoked since."""
        for topic, partition in self._reported - set(lags):
            self.gauge.remove(topic, str(partition))
        for (topic, partition), lag in lags.items():
            self.gauge.labels(topic=topic, partition=str(partition)).set(lag)
        self._reported = set(lags)

