"""The worker consumer across a seek to the committed offsets, without Kafka.

faust's own fetch (`_getmany`) and seek (`seek_to_committed`) are replaced by stubs; what runs is
our `Consumer` on top of faust's `getmany` and `perform_seek`. `drain` applies faust's read-offset
rule from `Consumer._drain_messages`, so a test fails the way a worker lost an article: a gap
counted over records that never reached a stream, with the re-read ones dropped as already read.
"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from faust.transport import consumer as faust_consumer
from faust.types import TP

from services.kafka.app import Role, create_faust_app
from services.kafka.transport import Consumer
from services.settings import Settings

ARTICLES = TP("articles", 1)
COMMITTED = 1  # the next offset to process, as the killed worker left it


@dataclass
class Record:
    """What faust's getmany yields besides the partition: only the offset matters here."""

    offset: int


@dataclass
class Broker:
    """Batches the stubbed fetch returns, in order, and a switch that holds the next fetch."""

    batches: list[list[int]]
    committed: int | None = COMMITTED
    fetch_gate: asyncio.Event = field(default_factory=asyncio.Event)
    seek_gate: asyncio.Event = field(default_factory=asyncio.Event)
    fetches: int = 0
    earliest: int = 0
    seeks: list[tuple[TP, int]] = field(default_factory=list)  # explicit seeks (faust's `_seek`)

    def __post_init__(self) -> None:
        self.fetch_gate.set()
        self.seek_gate.set()


@dataclass
class Drained:
    """What faust's drain loop did with each record the consumer yielded."""

    handed: list[int] = field(default_factory=list)  # reached the streams (faust's callback)
    dropped: list[int] = field(default_factory=list)  # "already read" by faust's rule
    gaps: list[tuple[int, int]] = field(default_factory=list)  # offsets faust would commit unseen


@pytest.fixture
def consumer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Consumer, Broker]]:
    app = create_faust_app(Settings(state_dir=tmp_path), Role.ALL)
    worker_consumer = app.consumer
    assert isinstance(worker_consumer, Consumer)
    broker = Broker(batches=[])

    async def fetch(self: Any, active_partitions: Any, timeout: float) -> Mapping[TP, list[Record]]:
        await broker.fetch_gate.wait()
        broker.fetches += 1
        offsets = broker.batches.pop(0) if broker.batches else []
        return {ARTICLES: [Record(offset) for offset in offsets]} if offsets else {}

    async def seek_to_committed(self: Any) -> Mapping[TP, int | None]:
        await broker.seek_gate.wait()
        return {ARTICLES: broker.committed}

    async def earliest_offsets(self: Any, *partitions: TP) -> Mapping[TP, int]:
        return {tp: broker.earliest for tp in partitions}

    async def explicit_seek(self: Any, partition: TP, offset: int) -> None:
        broker.seeks.append((partition, offset))

    async def records(self: Any, timeout: float) -> AsyncIterator[tuple[TP, Record]]:
        """faust's getmany, less its flow checks: one fetch, then its records one by one."""
        fetched = await self._getmany(active_partitions=None, timeout=timeout)
        for tp, batch in fetched.items():
            for record in batch:
                yield tp, record

    monkeypatch.setattr(faust_consumer.ThreadDelegateConsumer, "_getmany", fetch)
    monkeypatch.setattr(faust_consumer.ThreadDelegateConsumer, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(faust_consumer.ThreadDelegateConsumer, "earliest_offsets", earliest_offsets)
    monkeypatch.setattr(faust_consumer.ThreadDelegateConsumer, "_seek", explicit_seek)
    monkeypatch.setattr(faust_consumer.Consumer, "getmany", records)
    monkeypatch.setattr(worker_consumer, "_is_stream", lambda tp: tp.topic == ARTICLES.topic)
    yield worker_consumer, broker


async def drain(
    consumer: Consumer, drained: Drained, between: Callable[[int], Awaitable[None]] | None = None
) -> None:
    """One pass of faust's drain loop over one fetch (consumer.py, `_drain_messages`)."""
    read_offset = consumer._read_offset
    async for tp, record in consumer.getmany(timeout=1.0):
        offset, r_offset = record.offset, read_offset[tp]
        if r_offset is None or offset >= r_offset:
            if offset - (r_offset or 0) > 1 and r_offset:
                drained.gaps.append((r_offset + 1, offset))
            drained.handed.append(offset)
            if between is not None:
                await between(offset)  # faust awaits the stream callback here: other tasks run
            read_offset[tp] = offset
        else:
            drained.dropped.append(offset)


async def test_the_rest_of_a_batch_fetched_before_the_seek_is_dropped_and_read_again(
    consumer: tuple[Consumer, Broker],
) -> None:
    """The kill -9 restart: one record reaches a stream queue mid-seek and is cleared when the flow resumes."""
    worker, broker = consumer
    broker.batches = [[1, 2, 3, 4], [1, 2, 3, 4]]  # before the seek, then again from the committed offset
    broker.seek_gate.clear()
    drained, cleared = Drained(), []
    seek: asyncio.Task[None] | None = None

    async def recovery_seeks(offset: int) -> None:
        nonlocal seek
        if offset == 1:  # table recovery finished: faust seeks the stream partitions to their commits
            seek = asyncio.create_task(worker.perform_seek())
            await asyncio.sleep(0)
        elif offset == 2 and seek is not None:  # handed over during the seek: flow_control.resume() clears it
            cleared.append(offset)
            broker.seek_gate.set()
            await seek

    await drain(worker, drained, recovery_seeks)
    assert drained.handed == [1, 2] and cleared == [2]
    await drain(worker, drained)

    assert drained.gaps == [], "faust would commit offsets no stream processed"
    assert drained.handed == [1, 2, 1, 2, 3, 4], "offset 2 was cleared, so it must reach the streams again"
    assert worker.positions.expected(ARTICLES) == 5


async def test_records_redelivered_after_the_seek_are_dropped_without_a_gap(consumer: tuple[Consumer, Broker]) -> None:
    worker, broker = consumer
    broker.batches = [[1, 2, 3], [2, 3, 4]]
    await worker.perform_seek()
    drained = Drained()
    await drain(worker, drained)
    await drain(worker, drained)
    assert drained.handed == [1, 2, 3, 4] and drained.gaps == []


async def test_a_seek_waits_for_the_fetch_in_flight(consumer: tuple[Consumer, Broker]) -> None:
    """A batch that was being fetched when the seek was asked for belongs to the epoch before it."""
    worker, broker = consumer
    broker.batches = [[5, 6], [1, 2]]
    broker.fetch_gate.clear()
    drained = Drained()

    async def busy_stream(offset: int) -> None:
        for _ in range(5):  # the stream takes its time: the seek, waiting on the lock, runs now
            await asyncio.sleep(0)

    draining = asyncio.create_task(drain(worker, drained, busy_stream))
    await asyncio.sleep(0)
    seek = asyncio.create_task(worker.perform_seek())
    for _ in range(5):
        await asyncio.sleep(0)
    assert worker.positions.seeks == 0, "the seek began while a fetch was in flight"
    broker.fetch_gate.set()
    await asyncio.gather(draining, seek)
    assert worker.positions.seeks == 1
    assert drained.handed == [5], "only what was handed over before the seek began may have reached a stream"
    await drain(worker, drained)
    assert drained.handed == [5, 1, 2] and drained.gaps == []


async def test_without_a_commit_the_partition_is_read_again_from_its_earliest_offset(
    consumer: tuple[Consumer, Broker],
) -> None:
    """A new consumer group on a backlog: what reached a stream queue before recovery ended is read again.

    aiokafka's seek to the committed offsets leaves a partition with no commit where it is, so the
    records faust cleared from the queues when the flow resumed would never have been read.
    """
    worker, broker = consumer
    broker.committed = None
    broker.batches = [[0, 1, 2], [0, 1, 2, 3]]  # before the seek, then again from the earliest offset
    drained = Drained()

    async def seek_midway(offset: int) -> None:
        if offset == 0:  # recovery ends: faust clears the queues (0 never ran) and seeks
            await worker.perform_seek()

    await drain(worker, drained, seek_midway)
    assert broker.seeks == [(ARTICLES, 0)]
    assert drained.handed == [0], "the rest of the batch fetched before the seek must wait to be read again"
    await drain(worker, drained)
    assert drained.handed == [0, 0, 1, 2, 3] and drained.gaps == []
    assert worker.positions.expected(ARTICLES) == 4


async def test_a_partition_with_a_commit_is_not_sought_again(consumer: tuple[Consumer, Broker]) -> None:
    worker, broker = consumer
    await worker.perform_seek()
    assert broker.seeks == []
    assert worker.positions.expected(ARTICLES) == COMMITTED


async def test_revoked_partitions_are_forgotten(
    consumer: tuple[Consumer, Broker], monkeypatch: pytest.MonkeyPatch
) -> None:
    worker, _ = consumer
    await worker.perform_seek()
    assert worker.positions.expected(ARTICLES) == COMMITTED

    async def revoked(self: Any, revoked: Any) -> None:
        return None

    monkeypatch.setattr(faust_consumer.Consumer, "on_partitions_revoked", revoked)
    await worker.on_partitions_revoked({ARTICLES})
    assert worker.positions.expected(ARTICLES) is None
    assert ARTICLES not in worker.positions.moved_by_seek
