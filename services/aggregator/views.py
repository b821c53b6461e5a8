"""Read-only HTTP views of the tally on the aggregator's faust web server."""

from datetime import date
from typing import TYPE_CHECKING, Any

from schemas import encode
from services.aggregator.reconcile import stage_view
from services.kafka.app import AppContext

if TYPE_CHECKING:
    from services.aggregator.agent import Aggregator

JSON = "application/json"


def register_views(context: AppContext, aggregator: "Aggregator") -> None:
    """Serve `GET /tally` and `GET /tally/stages/{date}`; every view answers GET only."""
    app = context.app

    def not_ready(view: Any) -> Any:
        return view.bytes(b'{"error": "recovering"}', content_type=JSON, status=503)

    @app.page("/tally")
    async def tally(self: Any, request: Any) -> Any:
        """Return the current Tally JSON (the same bytes as the last record on exchange-tally)."""
        if not aggregator.ready():
            return not_ready(self)
        aggregator.ensure_loaded()
        conflict = request.query.get("conflict") or context.settings.conflict
        _, encoded = aggregator.state.tally(conflict)
        return self.bytes(encoded, content_type=JSON)

    @app.page("/tally/stages/{stage_date}")
    async def tally_stage(self: Any, request: Any, stage_date: str) -> Any:
        """Return one stage with every supporting and conflicting report and its evidence."""
        if not aggregator.ready():
            return not_ready(self)
        aggregator.ensure_loaded()
        try:
            day = date.fromisoformat(stage_date)
        except ValueError:
            return self.bytes(b'{"error": "date must be YYYY-MM-DD"}', content_type=JSON, status=400)
        conflict = request.query.get("conflict") or context.settings.conflict
        view = stage_view(aggregator.state.reports(conflict), conflict, day)
        if view is None:
            return self.bytes(b'{"error": "no such stage"}', content_type=JSON, status=404)
        return self.bytes(encode(view), content_type=JSON)
