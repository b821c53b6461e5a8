"""Turn cumulative claims ("697 in two days") into checks against the sum of the stages.

A claim of date D about a side is compared with the sum of that side's
resolved stage figures, in the exchange the claim belongs to, up to and
including D. An exact claim is ok only when equal; a hedged one ("about 700")
is ok within `HEDGE_TOLERANCE` (10 %) of the claimed figure, at least one
person. Sources making the same claim share one check. Claims never change
the tally.
"""

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import accumulate

from schemas import Check, Exchange, ExchangeStage, SideFigures
from services.aggregator.rules.grouping import run_covering
from services.aggregator.rules.voting import FIELDS, SIDES, FieldName, Side

HEDGE_TOLERANCE = 0.10

CheckKey = tuple[date, Side, FieldName, int, bool]


def within_tolerance(claimed: int, computed: int, approximate: bool) -> bool:
    """Return True when a claim agrees with the computed sum (exactly, or within the hedge tolerance)."""
    if not approximate:
        return claimed == computed
    return abs(claimed - computed) <= max(1.0, claimed * HEDGE_TOLERANCE)


def claim_text(report: ExchangeStage, side: Side, field: FieldName) -> str:
    """Return the evidence sentence behind a claimed figure, or a plain description without evidence."""
    label = f"{side}.{field}"
    for evidence in report.evidence:
        if label in evidence.supports:
            return evidence.text
    if report.evidence:
        return report.evidence[0].text
    figures: SideFigures = getattr(report.sides, side)
    return f"{getattr(figures, field)} {field} returned to {side} by {report.stage_date.isoformat()}"


class StageSums:
    """Running sums of each side's figures per exchange, to answer "how many by date D" quickly."""

    def __init__(self, exchanges: Sequence[Exchange]) -> None:
        self._staged = [exchange for exchange in exchanges if exchange.stages]
        self._runs = [[stage.date for stage in exchange.stages] for exchange in self._staged]
        self._running: dict[tuple[int, Side, FieldName], list[int]] = {}
        for index, exchange in enumerate(self._staged):
            for side in SIDES:
                for field in FIELDS:
                    values = (getattr(getattr(stage, side), field) or 0 for stage in exchange.stages)
                    self._running[(index, side, field)] = list(accumulate(values))

    def up_to(self, claim_date: date, side: Side, field: FieldName) -> int:
        """Sum `side`'s `field` over the stages, up to `claim_date`, of the exchange the claim is about."""
        index = run_covering(self._runs, claim_date)
        if index is None:
            return 0
        count = bisect_right(self._runs[index], claim_date)
        return self._running[(index, side, field)][count - 1] if count else 0


def build_checks(claims: Sequence[ExchangeStage], exchanges: Sequence[Exchange]) -> list[Check]:
    """Return one check per distinct (date, side, field, claimed figure, hedged), sorted."""
    grouped: dict[CheckKey, list[ExchangeStage]] = defaultdict(list)
    for report in claims:
        for side in SIDES:
            figures: SideFigures = getattr(report.sides, side)
            for field in FIELDS:
                value = getattr(figures, field)
                if value is not None:
                    grouped[(report.stage_date, side, field, value, figures.approximate)].append(report)
    sums = StageSums(exchanges)
    checks: list[Check] = []
    for key in sorted(grouped):
        claim_date, side, field, claimed, approximate = key
        reports = sorted(grouped[key], key=lambda report: (report.source, report.event_id))
        computed = sums.up_to(claim_date, side, field)
        checks.append(
            Check(
                claim=claim_text(reports[0], side, field),
                side=side,
                field=field,
                approximate=approximate,
                date=claim_date,
                claimed=claimed,
                computed=computed,
                ok=within_tolerance(claimed, computed, approximate),
                sources=sorted({report.source for report in reports}),
            )
        )
    return checks
