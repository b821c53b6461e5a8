"""Serve the live tally page on the aggregator's web server: `/`, `/static/{name}`, `/tally/events`.

Everything the page needs comes from this worker (no CDN, no external fonts), and the
Content-Security-Policy tells the browser to fetch from nowhere else. Every route answers GET
(and HEAD) only: the page reads the tally, it never changes it.
"""

import asyncio
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

import orjson
from faust.web import View

from services.kafka.app import AppContext
from services.web.assets import Asset, AssetStore, etag_matches
from services.web.events import STREAM_HEADERS, stream_tallies

if TYPE_CHECKING:
    from services.aggregator.agent import Aggregator

HEARTBEAT_SECONDS = 15.0
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
ASSET_HEADERS = {
    "Cache-Control": "no-cache",  # revalidate with the ETag, so a new release shows at once
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGE_HEADERS = {**ASSET_HEADERS, "Content-Security-Policy": CONTENT_SECURITY_POLICY}


class AggregatorTallies:
    """The aggregator seen as a source of one conflict's tallies, for the event stream."""

    def __init__(self, aggregator: "Aggregator", conflict: str) -> None:
        self.aggregator = aggregator
        self.conflict = conflict

    def ready(self) -> bool:
        """Return True once the Table has recovered (a tally read earlier would be partial)."""
        return self.aggregator.ready()

    def snapshot(self) -> bytes:
        """Return the conflict's current tally, exactly the bytes `GET /tally` serves."""
        self.aggregator.ensure_loaded()
        return self.aggregator.state.tally(self.conflict)[1]

    async def updates(self) -> AsyncGenerator[bytes, None]:
        """Yield the conflict's new tallies; subscribes on the first step, as the stream needs."""
        async for encoded in self.aggregator.state.subscribe():
            if conflict_of(encoded) == self.conflict:
                yield encoded


def conflict_of(encoded: bytes) -> str | None:
    """Return the conflict a tally's JSON belongs to (the subscription carries every conflict)."""
    try:
        value = orjson.loads(encoded).get("conflict")
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def asset_response(view: Any, request: Any, asset: Asset | None, headers: dict[str, str]) -> Any:
    """Answer with the asset, 304 when the browser's copy is current, 404 for unknown names."""
    if asset is None:
        headers = {**ASSET_HEADERS, "Content-Type": "text/plain; charset=utf-8"}
        return view.bytes(b"not found\n", status=404, headers=headers)
    headers = {**headers, "ETag": asset.etag}
    if etag_matches(request.headers.get("If-None-Match"), asset.etag):
        return view.bytes(b"", status=304, headers=headers)
    # The content type goes in the headers: aiohttp refuses a charset inside `content_type=`.
    return view.bytes(asset.body, headers={**headers, "Content-Type": asset.content_type})


def register_page(context: AppContext, aggregator: "Aggregator") -> None:
    """Add the page, its static assets and the tally event stream to the app's web server."""
    app = context.app
    assets = AssetStore()
    closing = asyncio.Event()

    @app.on_before_shutdown.connect
    def close_event_streams(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        closing.set()  # open streams end now instead of holding the web server's shutdown

    def tallies(request: Any) -> AggregatorTallies:
        return AggregatorTallies(aggregator, request.query.get("conflict") or context.settings.conflict)

    # Routes added here, at app build time, precede faust's blueprints (applied when the web
    # server starts), and aiohttp serves the first match: `/` is this page, not faust's index.
    @app.page("/", name="live_page")
    async def live_page(self: Any, request: Any) -> Any:
        """Return the live tally page."""
        return asset_response(self, request, assets.get("index.html"), PAGE_HEADERS)

    @app.page("/static/{name}", name="live_page_static")
    async def live_page_static(self: Any, request: Any, name: str) -> Any:
        """Return one whitelisted asset of the page."""
        return asset_response(self, request, assets.get(name), ASSET_HEADERS)

    class TallyEvents(View):
        """Server-sent events: the current tally, then every new one, with heartbeats."""

        async def get(self, request: Any) -> Any:
            return await stream_tallies(request, tallies(request), heartbeat=HEARTBEAT_SECONDS, closing=closing)

        async def head(self, request: Any) -> Any:
            return self.bytes(b"", headers=dict(STREAM_HEADERS))

    app.page("/tally/events", name="tally_events")(TallyEvents)
