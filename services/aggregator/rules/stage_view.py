"""`stage_view`: one reconciled stage with every report behind it, for `GET /tally/stages/{date}`."""

from collections.abc import Iterable
from datetime import date

from schemas import ExchangeStage, Figures, SideFigures, StageView, TallyStage
from schemas.tally import ReportView
from services.aggregator.rules.current import current_votes
from services.aggregator.rules.exchanges import build_exchanges
from services.aggregator.rules.voting import FIELDS, SIDES


def agrees(report: ExchangeStage, stage: TallyStage) -> bool:
    """Return True when every figure the report gives equals the stage's resolved figure."""
    for side in SIDES:
        given: SideFigures = getattr(report.sides, side)
        resolved: Figures = getattr(stage, side)
        for field in FIELDS:
            value = getattr(given, field)
            if value is not None and value != getattr(resolved, field):
                return False
    return True


def report_view(report: ExchangeStage, stage: TallyStage) -> ReportView:
    """Return how one report is shown beside the stage it supports or contradicts."""
    return ReportView(
        event_id=report.event_id,
        source=report.source,
        published=report.published,
        kind=report.kind,
        ukraine=report.sides.ukraine,
        russia=report.sides.russia,
        evidence=report.evidence,
        agrees=agrees(report, stage),
    )


def stage_view(reports: Iterable[ExchangeStage], conflict: str, day: date) -> StageView | None:
    """Return the stage of `day` with each source's current report (agreeing ones first), or None."""
    votes = current_votes(reports, conflict)
    supporting = votes.stages.get(day)
    if not supporting:
        return None
    exchanges = build_exchanges(conflict, votes.stages, votes.agreements)
    stage = next(stage for exchange in exchanges for stage in exchange.stages if stage.date == day)
    views = [report_view(report, stage) for report in supporting]
    views.sort(key=lambda view: (not view.agrees, view.source, view.event_id))
    return StageView(stage=stage, reports=views)
