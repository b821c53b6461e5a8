"""The tally event stream: framing, snapshot then updates, heartbeats, recovery, disconnects, shutdown."""

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from services.web.events import HEARTBEAT, format_event, retry_field, stream_tallies

READ_TIMEOUT = 5.0
Client = TestClient[web.Request, web.Application]


class FakeSource:
    """A tally source whose tallies the test publishes by hand."""

    def __init__(self, snapshot: bytes = b'{"n": 0}', ready: bool = True) -> None:
        self.current = snapshot
        self.is_ready = ready
        self.subscribers: list[asyncio.Queue[bytes]] = []
        self.on_snapshot: Callable[[], None] | None = None

    def ready(self) -> bool:
        return self.is_ready

    def snapshot(self) -> bytes:
        if self.on_snapshot is not None:
            self.on_snapshot()
        return self.current

    async def updates(self) -> AsyncGenerator[bytes, None]:
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        self.subscribers.append(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self.subscribers.remove(queue)

    def publish(self, data: bytes) -> None:
        for queue in self.subscribers:
            queue.put_nowait(data)


@asynccontextmanager
async def serve(source: FakeSource, heartbeat: float = 30.0) -> AsyncIterator[tuple[Client, asyncio.Event]]:
    closing = asyncio.Event()

    async def events(request: web.Request) -> web.StreamResponse:
        return await stream_tallies(request, source, heartbeat=heartbeat, closing=closing, ready_poll=0.01)

    app = web.Application()
    app.router.add_get("/events", events)
    async with TestClient(TestServer(app)) as client:
        yield client, closing


async def read_block(response: ClientResponse) -> bytes:
    return await asyncio.wait_for(response.content.readuntil(b"\n\n"), READ_TIMEOUT)


async def read_event(response: ClientResponse) -> tuple[str, bytes]:
    """Read blocks until an event (skipping comments and retry fields); return (event, data)."""
    while True:
        block = await read_block(response)
        fields = [line.split(b": ", 1) for line in block.strip(b"\n").split(b"\n") if not line.startswith(b":")]
        names = dict((key, value) for key, value in fields if key == b"event")
        if b"event" in names:
            data = b"\n".join(value for key, value in fields if key == b"data")
            return names[b"event"].decode(), data


async def wait_for(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(READ_TIMEOUT):
        while not condition():
            await asyncio.sleep(0.01)


def test_format_event_frames_one_event() -> None:
    assert format_event(b'{"a": 1}') == b'event: tally\ndata: {"a": 1}\n\n'
    assert format_event(b"x", "status") == b"event: status\ndata: x\n\n"


@pytest.mark.parametrize("data", [b"one\ntwo", b"one\r\ntwo", b"one\rtwo"])
def test_format_event_gives_each_line_its_own_data_field(data: bytes) -> None:
    assert format_event(data) == b"event: tally\ndata: one\ndata: two\n\n"


def test_format_event_of_empty_data_is_still_an_event() -> None:
    assert format_event(b"") == b"event: tally\ndata: \n\n"


def test_retry_field() -> None:
    assert retry_field(1500) == b"retry: 1500\n\n"


async def test_snapshot_first_then_each_update_in_order() -> None:
    source = FakeSource(b'{"n": 0}')
    async with serve(source) as (client, _):
        response = await client.get("/events")
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.headers["Cache-Control"].startswith("no-cache")
        assert await read_block(response) == retry_field()
        assert await read_event(response) == ("tally", b'{"n": 0}')
        for n in (1, 2, 3):
            source.publish(b'{"n": %d}' % n)
        assert [await read_event(response) for _ in range(3)] == [("tally", b'{"n": %d}' % n) for n in (1, 2, 3)]
        response.close()


async def test_a_tally_published_while_the_snapshot_is_taken_is_not_lost() -> None:
    source = FakeSource(b'{"n": 0}')
    source.on_snapshot = lambda: source.publish(b'{"n": 1}')  # lands between subscribing and sending
    async with serve(source) as (client, _):
        response = await client.get("/events")
        assert await read_event(response) == ("tally", b'{"n": 0}')
        assert await read_event(response) == ("tally", b'{"n": 1}')
        response.close()


async def test_an_update_equal_to_the_snapshot_is_not_sent_twice() -> None:
    source = FakeSource(b'{"n": 0}')
    source.on_snapshot = lambda: source.publish(b'{"n": 0}')
    async with serve(source) as (client, _):
        response = await client.get("/events")
        assert await read_event(response) == ("tally", b'{"n": 0}')
        source.publish(b'{"n": 1}')
        assert await read_event(response) == ("tally", b'{"n": 1}')
        response.close()


async def test_idle_stream_sends_heartbeat_comments() -> None:
    source = FakeSource()
    async with serve(source, heartbeat=0.05) as (client, _):
        response = await client.get("/events")
        await read_event(response)
        assert await read_block(response) == HEARTBEAT
        assert await read_block(response) == HEARTBEAT
        response.close()


async def test_a_recovering_source_is_announced_and_the_tally_follows_when_ready() -> None:
    source = FakeSource(b'{"n": 5}', ready=False)
    async with serve(source) as (client, _):
        response = await client.get("/events")
        assert await read_event(response) == ("status", b'{"state": "recovering"}')
        source.is_ready = True
        assert await read_event(response) == ("tally", b'{"n": 5}')
        response.close()


async def test_a_client_that_goes_away_is_unsubscribed() -> None:
    source = FakeSource()
    async with serve(source, heartbeat=0.05) as (client, _):
        response = await client.get("/events")
        await read_event(response)
        assert len(source.subscribers) == 1
        response.close()
        await wait_for(lambda: not source.subscribers)


async def test_shutdown_ends_open_streams_at_once() -> None:
    source = FakeSource()
    async with serve(source) as (client, closing):
        responses = [await client.get("/events") for _ in range(3)]
        for response in responses:
            await read_event(response)
        closing.set()
        for response in responses:
            rest = await asyncio.wait_for(response.content.read(), READ_TIMEOUT)  # EOF, not a 30 s heartbeat wait
            assert rest == b""
        await wait_for(lambda: not source.subscribers)


async def test_a_source_that_stops_publishing_ends_the_stream() -> None:
    class FiniteSource(FakeSource):
        async def updates(self) -> AsyncGenerator[bytes, None]:
            yield b'{"n": 1}'

    async with serve(FiniteSource()) as (client, _):
        response = await client.get("/events")
        assert await read_event(response) == ("tally", b'{"n": 0}')
        assert await read_event(response) == ("tally", b'{"n": 1}')
        assert await asyncio.wait_for(response.content.read(), READ_TIMEOUT) == b""
