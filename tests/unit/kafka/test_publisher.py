"""DirectPublisher: the record reaches the app's producer unchanged and faust's sensors hear of it."""

import asyncio
from typing import Any

import pytest

from services.kafka.publisher import DirectPublisher


class RecordingProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[Any, ...]] = []
        self.deliveries: list[asyncio.Future[str]] = []

    async def send(self, topic: str, key: bytes | None, value: bytes, **kwargs: Any) -> "asyncio.Future[str]":
        self.sent.append((topic, key, value, kwargs))
        delivery: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.deliveries.append(delivery)
        return delivery


class RecordingSensors:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int, valsize: int) -> Any:
        self.calls.append(("initiated", (topic, keysize, valsize)))
        return f"state-{len(self.calls)}"

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        self.calls.append(("completed", (state, metadata)))

    def on_send_error(self, producer: Any, exc: BaseException, state: Any) -> None:
        self.calls.append(("error", (state, type(exc).__name__)))


class FakeApp:
    def __init__(self) -> None:
        self.producer = RecordingProducer()
        self.sensors = RecordingSensors()


async def test_record_goes_to_the_producer_and_its_delivery_is_reported() -> None:
    app = FakeApp()
    publisher = DirectPublisher(app, "exchange-stages")  # type: ignore[arg-type]
    delivery = await publisher.send(key=b"russia-ukraine", value=b'{"kind":"stage"}')
    assert app.producer.sent == [
        ("exchange-stages", b"russia-ukraine", b'{"kind":"stage"}',
         {"partition": None, "timestamp": None, "headers": None}),
    ]
    assert app.sensors.calls == [("initiated", ("exchange-stages", 14, 16))]
    app.producer.deliveries[0].set_result("metadata")
    assert await delivery == "metadata"
    await asyncio.sleep(0)  # done callbacks run on the next loop turn
    assert app.sensors.calls[-1] == ("completed", ("state-1", "metadata"))


async def test_a_failed_delivery_is_reported_as_a_send_error() -> None:
    app = FakeApp()
    publisher = DirectPublisher(app, "exchange-stages")  # type: ignore[arg-type]
    delivery = await publisher.send(key=None, value=b"x")
    app.producer.deliveries[0].set_exception(ConnectionError("broker gone"))
    with pytest.raises(ConnectionError):
        await delivery
    await asyncio.sleep(0)
    assert app.sensors.calls == [("initiated", ("exchange-stages", 0, 1)), ("error", ("state-1", "ConnectionError"))]
