"""The live page's routes on the real faust web server (aiohttp driver), without a broker.

faust mounts its own index at `/` when its web server starts; these tests apply faust's
blueprints exactly as a worker does and check that `/` is still the live page.
"""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from services.aggregator.state import TallyState
from services.kafka.app import AppContext
from services.web.assets import CONTENT_TYPES, STATIC_DIR
from services.web.page import register_page

READ_TIMEOUT = 5.0
Client = TestClient[web.Request, web.Application]


class FakeAggregator:
    """The parts of `Aggregator` the page uses, around a real `TallyState`."""

    def __init__(self, conflict: str) -> None:
        self.state = TallyState(conflict)
        self.is_ready = True

    def ready(self) -> bool:
        return self.is_ready

    def ensure_loaded(self) -> None:
        self.state.loaded = True


@pytest.fixture
def aggregator(agent_context: AppContext) -> FakeAggregator:
    return FakeAggregator(agent_context.settings.conflict)


@pytest.fixture
async def client(agent_context: AppContext, aggregator: FakeAggregator) -> AsyncIterator[Client]:
    register_page(agent_context, aggregator)  # type: ignore[arg-type]
    faust_web: Any = agent_context.app.web
    faust_web.init_server()  # what the worker does at start-up: faust's blueprints, including its own `/`
    async with TestClient(TestServer(faust_web.web_app)) as test_client:
        yield test_client


async def read_event(response: ClientResponse) -> tuple[str, Any]:
    while True:
        block = await asyncio.wait_for(response.content.readuntil(b"\n\n"), READ_TIMEOUT)
        lines = dict(line.split(b": ", 1) for line in block.strip().split(b"\n") if not line.startswith(b":"))
        if b"event" in lines:
            return lines[b"event"].decode(), orjson.loads(lines[b"data"])


async def test_faust_index_is_mounted_but_root_serves_the_live_page(
    agent_context: AppContext, client: Client
) -> None:
    faust_web: Any = agent_context.app.web
    roots = [route for route in faust_web.web_app.router.routes() if route.resource.canonical == "/"]
    assert len({id(route.handler) for route in roots if route.method == "GET"}) == 2  # ours and faust's
    response = await client.get("/")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    body = await response.text()
    assert 'data-testid="connection-state"' in body
    assert body.lstrip().startswith("<!doctype html>")  # not faust's {"status": "OK"}


async def test_page_forbids_fetching_from_anywhere_else(client: Client) -> None:
    response = await client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    for directive in ("script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self'"):
        assert directive in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("name", sorted(CONTENT_TYPES))
async def test_static_assets_have_their_content_type(client: Client, name: str) -> None:
    response = await client.get(f"/static/{name}")
    assert response.status == 200
    assert response.headers["Content-Type"] == CONTENT_TYPES[name]
    assert await response.read() == (STATIC_DIR / name).read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "/static/nope.js",
        "/static/..%2Fpage.py",
        "/static/%2e%2e%2fpage.py",
        "/static/../page.py",
        "/static/..%5Cpage.py",
        "/static/__init__.py",
        "/static/",
        "/static/app.css/x",
    ],
)
async def test_other_paths_under_static_are_not_found(client: Client, path: str) -> None:
    response = await client.get(path)
    assert response.status == 404
    body = await response.read()
    assert b"import" not in body and b"def " not in body


async def test_unchanged_asset_revalidates_with_304(client: Client) -> None:
    first = await client.get("/static/app.js")
    etag = first.headers["ETag"]
    again = await client.get("/static/app.js", headers={"If-None-Match": etag})
    assert again.status == 304
    assert await again.read() == b""
    other = await client.get("/static/app.js", headers={"If-None-Match": '"stale"'})
    assert other.status == 200


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/tally/events"])
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
async def test_the_page_is_read_only(client: Client, path: str, method: str) -> None:
    response = await client.request(method, path)
    assert response.status == 405


async def test_head_on_the_event_stream_answers_without_streaming(client: Client) -> None:
    response = await asyncio.wait_for(client.head("/tally/events"), READ_TIMEOUT)
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")


async def test_event_stream_sends_the_current_tally_then_only_its_conflicts_updates(
    client: Client, aggregator: FakeAggregator
) -> None:
    response = await client.get("/tally/events")
    event, tally = await read_event(response)
    assert event == "tally"
    assert tally["conflict"] == "russia-ukraine"
    assert tally["reports"] == 0
    aggregator.state.publish_to_subscribers(orjson.dumps({"conflict": "another-war", "reports": 9}))
    await asyncio.sleep(0.1)  # let the stream consume it, so a leak would arrive before the next one
    aggregator.state.publish_to_subscribers(orjson.dumps({"conflict": "russia-ukraine", "reports": 1}))
    assert await read_event(response) == ("tally", {"conflict": "russia-ukraine", "reports": 1})
    response.close()


async def test_event_stream_follows_the_conflict_query(client: Client, aggregator: FakeAggregator) -> None:
    response = await client.get("/tally/events?conflict=another-war")
    _, tally = await read_event(response)
    assert tally["conflict"] == "another-war"
    aggregator.state.publish_to_subscribers(orjson.dumps({"conflict": "another-war", "reports": 2}))
    assert await read_event(response) == ("tally", {"conflict": "another-war", "reports": 2})
    response.close()


async def test_event_stream_reports_recovery(client: Client, aggregator: FakeAggregator) -> None:
    aggregator.is_ready = False
    response = await client.get("/tally/events")
    assert await read_event(response) == ("status", {"state": "recovering"})
    aggregator.is_ready = True
    event, _ = await read_event(response)
    assert event == "tally"
    response.close()


async def test_app_shutdown_closes_open_streams(agent_context: AppContext, client: Client) -> None:
    response = await client.get("/tally/events")
    await read_event(response)
    await agent_context.app.on_before_shutdown.send()
    assert await asyncio.wait_for(response.content.read(), READ_TIMEOUT) == b""
