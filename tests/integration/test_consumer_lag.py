"""Lag arithmetic against real Kafka offsets: end offset minus committed offset, log start when none."""

from collections.abc import Mapping
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from services.kafka.client import aiokafka_kwargs
from services.observability.lag import measure_lag
from services.settings import Settings

pytestmark = pytest.mark.integration


class AiokafkaOffsets:
    """Adapts a plain aiokafka consumer to the offsets interface faust's consumer offers."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self.consumer = consumer

    def assignment(self) -> set[Any]:
        return set(self.consumer.assignment())

    async def highwaters(self, *partitions: Any) -> Mapping[Any, int]:
        return dict(await self.consumer.end_offsets(list(partitions)))

    async def earliest_offsets(self, *partitions: Any) -> Mapping[Any, int]:
        return dict(await self.consumer.beginning_offsets(list(partitions)))


async def test_lag_matches_kafka_offsets(settings: Settings) -> None:
    topic = settings.articles_topic
    busy, fresh, idle = (TopicPartition(topic, p) for p in (0, 1, 2))
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all")
    await producer.start()
    try:
        for index in range(10):
            await producer.send_and_wait(topic, f"busy-{index}".encode(), partition=busy.partition)
        for index in range(3):
            await producer.send_and_wait(topic, f"fresh-{index}".encode(), partition=fresh.partition)
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        **aiokafka_kwargs(settings), group_id=f"{settings.app_id}-lag-test", enable_auto_commit=False
    )
    await consumer.start()
    try:
        consumer.assign([busy, fresh, idle])
        # Kafka's committed offset is the next offset to read: 4 means offsets 0-3 are done.
        await consumer.commit({busy: OffsetAndMetadata(4, "")})
        committed = {tp: await consumer.committed(tp) for tp in (busy, fresh, idle)}
        assert committed == {busy: 4, fresh: None, idle: None}
        lags = await measure_lag(AiokafkaOffsets(consumer), committed, {topic})
    finally:
        await consumer.stop()

    assert lags == {(topic, 0): 6, (topic, 1): 3, (topic, 2): 0}
