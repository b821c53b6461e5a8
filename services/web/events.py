"""Server-sent events of the tally: the current tally on connect, then each new one, and heartbeats.

Framing follows the EventSource format: `event:` and `data:` lines ended by a blank line; a line
starting with `:` is a comment that keeps idle proxies and load balancers from closing the stream.
"""

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from typing import Any, Protocol

from aiohttp import web

TALLY_EVENT = "tally"
STATUS_EVENT = "status"
RETRY_MS = 3000  # how long a browser waits before reconnecting a dropped stream
HEARTBEAT = b": heartbeat\n\n"
RECOVERING = b'{"state": "recovering"}'
STREAM_HEADERS = {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no",  # reverse proxies must not buffer the stream
    "X-Content-Type-Options": "nosniff",
}


class TallySource(Protocol):
    """Where a stream reads tallies from (the aggregator in production, a fake in tests)."""

    def ready(self) -> bool:
        """Return True once `snapshot` gives a complete tally."""
        ...

    def snapshot(self) -> bytes:
        """Return the current tally's JSON bytes."""
        ...

    def updates(self) -> AsyncGenerator[bytes, None]:
        """Yield each newly published tally; must subscribe on its first step."""
        ...


def format_event(data: bytes, event: str = TALLY_EVENT) -> bytes:
    """Frame one event; every line of `data` gets its own `data:` field so no newline breaks framing."""
    lines = data.splitlines() or [b""]
    return b"".join([f"event: {event}\n".encode(), *(b"data: " + line + b"\n" for line in lines), b"\n"])


def retry_field(milliseconds: int = RETRY_MS) -> bytes:
    """Return the field that sets the browser's reconnection delay."""
    return f"retry: {milliseconds}\n\n".encode()


async def stream_tallies(
    request: web.Request,
    source: TallySource,
    *,
    heartbeat: float,
    closing: asyncio.Event,
    ready_poll: float = 0.5,
) -> web.StreamResponse:
    """Stream tallies to one client until it goes away or the server shuts down (`closing` set)."""
    response = web.StreamResponse(headers=STREAM_HEADERS)
    await response.prepare(request)
    updates = source.updates()
    next_update: asyncio.Future[Any] = asyncio.ensure_future(anext(updates))
    closed: asyncio.Future[Any] = asyncio.ensure_future(closing.wait())
    await asyncio.sleep(0)  # let the subscription start before the snapshot, so no tally falls between
    try:
        await response.write(retry_field())
        if not await _wait_until_ready(response, source, closed, ready_poll, heartbeat):
            return response
        last = source.snapshot()
        await response.write(format_event(last))
        while True:
            done, _ = await asyncio.wait({next_update, closed}, timeout=heartbeat, return_when=asyncio.FIRST_COMPLETED)
            if closed in done:
                break
            if next_update not in done:
                await response.write(HEARTBEAT)
                continue
            try:
                data = next_update.result()
            except StopAsyncIteration:  # the source stopped publishing: end the stream cleanly
                break
            next_update = asyncio.ensure_future(anext(updates))
            if data != last:  # the snapshot may already have carried it
                await response.write(format_event(data))
                last = data
    except ConnectionResetError:  # the client went away; aiohttp's reset error subclasses this
        pass
    finally:
        next_update.cancel()
        closed.cancel()
        await asyncio.wait({next_update, closed})
        with contextlib.suppress(RuntimeError):
            await updates.aclose()
    return response


async def _wait_until_ready(
    response: web.StreamResponse, source: TallySource, closed: "asyncio.Future[Any]", poll: float, heartbeat: float
) -> bool:
    """Tell the client the aggregator is recovering and wait; return False if the server closes first."""
    if source.ready():
        return True
    await response.write(format_event(RECOVERING, STATUS_EVENT))
    loop = asyncio.get_running_loop()
    quiet_since = loop.time()
    while not source.ready():
        await asyncio.wait({closed}, timeout=poll)
        if closed.done():
            return False
        if loop.time() - quiet_since >= heartbeat:
            await response.write(HEARTBEAT)  # also finds out whether the client is still there
            quiet_since = loop.time()
    return True
