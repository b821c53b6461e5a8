"""Publish raw records through the app's producer, without faust's per-message wrapping.

`Topic.send` builds a `PendingMessage` and a `FutureMessage`, runs the codecs and a partial callback for
every record; for the extractor, which sends one or more small records per article, that was a
measurable part of its cost beside the raw aiokafka loop (bench/RESULTS.md). `DirectPublisher` hands
the same bytes to the same faust producer (so faust's flush before each offset commit still covers
them) and still reports every send to faust's sensors, so `faust_topic_messages_sent_total` and the
send latency keep counting these records.
"""

import asyncio
from collections.abc import Awaitable
from typing import Any, cast

import faust
from aiokafka.structs import RecordMetadata
from faust.types import PendingMessage


class DirectPublisher:
    """Send keyed raw-bytes records to one topic through `app.producer`; the same contract as `Topic.send`."""

    def __init__(self, app: faust.App, topic: str) -> None:
        self.app = app
        self.topic = topic

    async def send(self, *, key: bytes | None, value: bytes) -> Awaitable[RecordMetadata]:
        """Buffer one record; return the future of the broker's acknowledgement."""
        producer = self.app.producer
        sensors = self.app.sensors
        # faust's sensors take the PendingMessage this path never builds; none of them reads it.
        state = sensors.on_send_initiated(
            producer, self.topic, message=cast(PendingMessage, None), keysize=len(key or b""), valsize=len(value)
        )
        delivery = cast(
            "asyncio.Future[RecordMetadata]",
            await producer.send(self.topic, key, value, partition=None, timestamp=None, headers=None),
        )

        def report(done: "asyncio.Future[RecordMetadata]") -> None:
            exc = done.exception() if not done.cancelled() else asyncio.CancelledError()
            if exc is None:
                sensors.on_send_completed(producer, state, done.result())
            else:
                sensors.on_send_error(producer, exc, state)

        delivery.add_done_callback(report)
        return delivery

    def __repr__(self) -> str:
        return f"DirectPublisher({self.topic!r})"


def direct_publisher(app: faust.App, topic: Any) -> DirectPublisher:
    """Return a publisher for the faust topic `topic` (its one topic name)."""
    return DirectPublisher(app, topic.get_topic_name())
