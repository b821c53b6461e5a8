"""Assemble exchanges: reconciled stages grouped by date, with the agreed figures and progress."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from schemas import Agreed, Exchange, ExchangeStage, Progress, TallyStage
from services.aggregator.rules.grouping import exchange_id, group_dates, run_for_agreement
from services.aggregator.rules.stages import resolve_stage, side_claims
from services.aggregator.rules.sums import incomplete_fields, side_totals
from services.aggregator.rules.voting import SIDES, Side, resolve

PROGRESS_DIGITS = 3


def _recency(report: ExchangeStage) -> tuple[date, date, str]:
    return (report.published or date.min, report.stage_date, report.event_id)


def latest_per_source(reports: Sequence[ExchangeStage]) -> list[ExchangeStage]:
    """Keep each source's latest report only (a source restating an agreement on several days votes once)."""
    latest: dict[str, ExchangeStage] = {}
    for report in reports:
        held = latest.get(report.source)
        if held is None or _recency(report) > _recency(held):
            latest[report.source] = report
    return [latest[source] for source in sorted(latest)]


def agreed_figures(agreements: Sequence[ExchangeStage]) -> Agreed:
    """Elect the agreed number per side with the same precedence as stage figures."""
    votes = latest_per_source(agreements)
    elected: dict[Side, int | None] = {
        side: resolve(side, "total", side_claims(votes, side)["total"]).value for side in SIDES
    }
    return Agreed(ukraine=elected["ukraine"], russia=elected["russia"])


def _per_side(agreed: Agreed) -> int | None:
    """The one agreed figure for both sides; None when a side's is unknown or they differ."""
    return agreed.ukraine if agreed.ukraine is not None and agreed.ukraine == agreed.russia else None


def build_exchange(
    conflict: str, first_date: date, stages: list[TallyStage], agreements: Sequence[ExchangeStage]
) -> Exchange:
    """Return one exchange with its totals, agreed figures and progress (share of agreed, 3 decimals)."""
    totals = side_totals(stages)
    agreed = agreed_figures(agreements)
    progress: dict[Side, float | None] = {}
    for side in SIDES:
        target = getattr(agreed, side)
        returned = totals[side].total or 0
        progress[side] = round(returned / target, PROGRESS_DIGITS) if target else None
    return Exchange(
        exchange_id=exchange_id(conflict, first_date),
        agreed_per_side=_per_side(agreed),
        agreed=agreed,
        progress=Progress(ukraine=progress["ukraine"], russia=progress["russia"]),
        totals=dict(totals),
        incomplete=incomplete_fields(stages),
        stages=stages,
    )


def build_exchanges(
    conflict: str, stage_votes: Mapping[date, Sequence[ExchangeStage]], agreements: Sequence[ExchangeStage]
) -> list[Exchange]:
    """Group the stages of `stage_votes` (date -> votes) into exchanges and attach the agreements."""
    runs = group_dates(stage_votes)
    attached: dict[int, list[ExchangeStage]] = defaultdict(list)
    loose: dict[date, list[ExchangeStage]] = defaultdict(list)
    for report in agreements:
        index = run_for_agreement(runs, report.stage_date)
        if index is None:
            loose[report.stage_date].append(report)
        else:
            attached[index].append(report)
    exchanges = [
        build_exchange(
            conflict,
            run[0],
            [resolve_stage(day, stage_votes[day], position) for position, day in enumerate(run, start=1)],
            attached[index],
        )
        for index, run in enumerate(runs)
    ]
    for run in group_dates(loose):
        exchanges.append(build_exchange(conflict, run[0], [], [r for day in run for r in loose[day]]))
    return sorted(exchanges, key=lambda exchange: exchange.exchange_id)
