"""Helpers for tests against the real broker: free ports, and reading topics with a plain consumer."""

import asyncio
import socket
import uuid
from contextlib import ExitStack
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from services.kafka.client import aiokafka_kwargs
from services.settings import Settings


def free_ports(count: int) -> list[int]:
    """Return `count` distinct TCP ports that were free on 127.0.0.1 a moment ago (bind to port 0)."""
    with ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


def free_port() -> int:
    """Return one free TCP port on 127.0.0.1."""
    return free_ports(1)[0]


def unique_prefix() -> str:
    """A topic prefix no other test uses, e.g. `t-1a2b3c4d-`."""
    return f"t-{uuid.uuid4().hex[:8]}-"


async def partitions_of(settings: Settings, topic: str) -> list[TopicPartition]:
    """Return the partitions of an existing topic (asks the cluster's metadata)."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    assert described["error_code"] == 0, f"topic {topic} does not exist"
    return [TopicPartition(topic, p["partition"]) for p in described["partitions"]]


async def _assigned_consumer(settings: Settings, topic: str) -> tuple[Any, list[TopicPartition]]:
    partitions = await partitions_of(settings, topic)
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    return consumer, partitions


async def consume_all(settings: Settings, topic: str, expected_count: int, timeout: float = 30.0) -> list[Any]:
    """Read `topic` from the beginning until `expected_count` records arrived or `timeout` passed.

    Returns what was read (possibly fewer or more than expected), so the caller's assertion
    shows the actual records; it then waits briefly for stragglers, so extra records show too.
    """
    consumer, _ = await _assigned_consumer(settings, topic)
    records: list[Any] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        while loop.time() < deadline and len(records) < expected_count:
            batches = await consumer.getmany(timeout_ms=500)
            for batch in batches.values():
                records.extend(batch)
        batches = await consumer.getmany(timeout_ms=500)
        for batch in batches.values():
            records.extend(batch)
    finally:
        await consumer.stop()
    return records


async def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """Return the end offset of each partition of `topic` (how many records it has ever held)."""
    consumer, partitions = await _assigned_consumer(settings, topic)
    try:
        ends = await consumer.end_offsets(partitions)
    finally:
        await consumer.stop()
    return {tp.partition: offset for tp, offset in ends.items()}
