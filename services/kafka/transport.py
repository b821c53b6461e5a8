"""faust's Kafka transport with a configurable fetch wait (faust hard-codes 1,500 ms).

One consumer fetches all of a worker's partitions with at most one request in flight per broker.
A partition that still had records buffered when that request left is not in it, so new records
for it wait until the broker answers the request — which, when the partitions it names stay
empty, takes the whole fetch wait. With 1.5 s that is the latency of a quiet pipeline; a few
milliseconds keep an idle worker's empty fetches cheap and its latency low (bench/latency.py).
"""

import asyncio
from collections.abc import AsyncIterator, Hashable, Mapping, Set
from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as driver
from faust.types import TP, Message

from services.kafka.positions import StreamPositions
from services.logs import get_logger

log = get_logger("kafka")


class ConsumerThread(driver.AIOKafkaConsumerThread):
    """Create faust's worker consumer, then shorten how long the broker may hold its fetches."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka takes the value at start(); faust offers no setting for it
        consumer._fetch_max_wait_ms = transport.fetch_max_wait_ms
        return consumer


class Consumer(driver.Consumer):
    """faust's consumer, with stream records handed over strictly in order across seeks.

    Fetches and seeks take turns (a seek waits for the fetch in flight, at most faust's 1 s poll),
    so every batch belongs to one seek epoch, and `StreamPositions` decides which of its records
    reach the streams. faust's own read offset is set to the last record handed over just before
    the next one is yielded, so a record faust took before a seek cannot make it skip the rest.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.positions = StreamPositions()
        self._fetch_or_seek = asyncio.Lock()
        self._batch_epoch = 0
        self._committed_at_seek: dict[TP, int | None] = {}

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def _is_stream(self, tp: TP) -> bool:
        """Stream partitions are the ones faust acknowledges; changelogs are read by table recovery."""
        return bool(self.app.topics.acks_enabled_for(tp.topic))

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> Any:
        async with self._fetch_or_seek:
            self._batch_epoch = self.positions.seeks
            return await super()._getmany(active_partitions, timeout)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:  # type: ignore[override]
        positions = self.positions
        dropped: dict[TP, int] = {}
        async for tp, message in super().getmany(timeout):
            if self._is_stream(tp):
                expected = positions.expected(tp)
                if not positions.admit(tp, message.offset, self._batch_epoch):
                    dropped[tp] = dropped.get(tp, 0) + 1
                    continue
                if expected is not None:
                    self._read_offset[tp] = expected - 1
            yield tp, message
        if dropped:
            log.info(
                "records dropped after a seek",
                extra={"records": {f"{tp.topic}[{tp.partition}]": count for tp, count in dropped.items()}},
            )

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed = await super().seek_to_committed()
        self._committed_at_seek = {TP(tp.topic, tp.partition): offset for tp, offset in committed.items()}
        return committed

    async def perform_seek(self) -> None:
        async with self._fetch_or_seek:
            self.positions.begin_seek()
            self._committed_at_seek = {}
            await super().perform_seek()
            # aiokafka seeks only the partitions whose committed offset is above 0 (seek_to_committed)
            moved: dict[Hashable, int | None] = {
                tp: off if off else None for tp, off in self._committed_at_seek.items() if self._is_stream(tp)
            }
            uncommitted = [tp for tp, off in moved.items() if off is None]
            for tp, offset in (await self._seek_uncommitted_to_earliest(uncommitted)).items():
                moved[tp] = offset
            self.positions.end_seek(moved)

    async def _seek_uncommitted_to_earliest(self, partitions: list[Any]) -> dict[TP, int]:
        """Seek stream partitions with no commit back to their earliest offset; return where each went.

        faust clears its stream queues when a rebalance or recovery ends, and only this seek makes the
        consumer read again what it had fetched into them. aiokafka's seek to the committed offsets skips
        a partition with nothing committed, so without this a new consumer group starting on a backlog
        never read the records that had reached a queue before it was cleared, and committed past them.
        Records handed over before the seek are read twice, which at-least-once delivery allows.
        """
        if not partitions or self.app.conf.consumer_auto_offset_reset != "earliest":
            return {}
        earliest = await self.earliest_offsets(*partitions)
        for tp, offset in earliest.items():
            await driver.Consumer.seek(self, tp, offset)  # faust's seek: ours would wait on the lock held here
        return {TP(tp.topic, tp.partition): offset for tp, offset in earliest.items()}

    async def seek(self, partition: TP, offset: int) -> None:
        async with self._fetch_or_seek:
            self.positions.begin_seek()
            await super().seek(partition, offset)
            if self._is_stream(partition):
                self.positions.end_seek({partition: offset})

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        self.positions.forget(revoked)
        await super().on_partitions_revoked(revoked)


class Transport(driver.Transport):
    """The aiokafka transport whose worker consumers use `fetch_max_wait_ms`."""

    Consumer = Consumer

    def __init__(self, url: Any, app: Any, *, fetch_max_wait_ms: int) -> None:
        super().__init__(url, app)
        self.fetch_max_wait_ms = fetch_max_wait_ms
