"""Reconcile the votes for one stage (one day of handovers) into a `TallyStage`.

Each report's side is first completed only where it implies a figure: a
report that gives military and civilian but no total gives their sum as its
total. Nothing else is invented (a total and a military figure do not yield a
civilian one). The total is elected first; military must not exceed it, and
civilian must not exceed what the total leaves after military, so resolved
parts never add up to more than the whole; a source whose total lost does not
vote a part that is that very total (`parts_beside`). When no source gives a total but
military and civilian are both resolved, the stage total is their sum.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from schemas import Alternative, ExchangeStage, Figures, OtherDate, SideFigures, StageStatus, TallyStage
from services.aggregator.rules.owncorrections import own_revisions
from services.aggregator.rules.parttotals import listed_beside, part_only_sources
from services.aggregator.rules.voting import (
    FIELDS,
    OWN_GOVERNMENT,
    SIDES,
    Claim,
    FieldName,
    Resolution,
    Side,
    resolve,
)


def stated_figures(figures: SideFigures) -> dict[FieldName, int]:
    """Return the figures a report's side states or directly implies (total = military + civilian)."""
    stated: dict[FieldName, int] = {}
    for field in FIELDS:
        value = getattr(figures, field)
        if value is not None:
            stated[field] = value
    if "total" not in stated and "military" in stated and "civilian" in stated:
        stated["total"] = stated["military"] + stated["civilian"]
    return stated


def side_claims(reports: Sequence[ExchangeStage], side: Side) -> dict[FieldName, list[Claim]]:
    """Return every source's claim for each field of `side` (one report per source expected)."""
    claims: dict[FieldName, list[Claim]] = {field: [] for field in FIELDS}
    for report in reports:
        figures: SideFigures = getattr(report.sides, side)
        own = figures.authority == OWN_GOVERNMENT[side]
        for field, value in stated_figures(figures).items():
            claims[field].append(Claim(report.source, value, figures.approximate, own))
    return claims


@dataclass(frozen=True)
class SideResolution:
    """Resolved figures of one side of a stage, with what lost and whether it is disputed."""

    figures: Figures
    alternatives: tuple[Alternative, ...]
    approximate: tuple[FieldName, ...]
    disputed: bool


def parts_beside(total: int | None, totals: Sequence[Claim], parts: Sequence[Claim]) -> list[Claim]:
    """The part claims that may vote within the elected `total`.

    A source whose own total for the side lost says nothing about how the elected one splits when
    its part is that whole losing total ("150 prisoners of war" against the receiving side's 189
    people): such a part goes with its total, which stays listed as an alternative.
    """
    if total is None:
        return list(parts)
    losing = {claim.source: claim.value for claim in totals if claim.value != total}
    return [claim for claim in parts if losing.get(claim.source) != claim.value]


def resolve_side(reports: Sequence[ExchangeStage], side: Side) -> SideResolution:
    """Elect total, then military and civilian within it, for one side of one stage."""
    claims = own_revisions(reports, side_claims(reports, side))  # a government's later count replaces its first
    parts_only = part_only_sources(reports, side)  # "95 each" beside "95 soldiers and 22 civilians"
    total = resolve(side, "total", [claim for claim in claims["total"] if claim.source not in parts_only])
    total = listed_beside(side, total, [claim for claim in claims["total"] if claim.source in parts_only])
    military_claims = parts_beside(total.value, claims["total"], claims["military"])
    military = resolve(side, "military", military_claims, ceiling=total.value)
    room = None if total.value is None else total.value - (military.value or 0)
    civilian = resolve(side, "civilian", parts_beside(total.value, claims["total"], claims["civilian"]), ceiling=room)
    results: dict[FieldName, Resolution] = {"total": total, "military": military, "civilian": civilian}
    total_value = total.value
    if total_value is None and military.value is not None and civilian.value is not None:
        total_value = military.value + civilian.value
    return SideResolution(
        figures=Figures(total=total_value, military=military.value, civilian=civilian.value),
        alternatives=tuple(alt for result in results.values() for alt in result.alternatives),
        approximate=tuple(field for field, result in results.items() if result.approximate),
        disputed=any(result.disputed for result in results.values()),
    )


def totals_carried(report: ExchangeStage, stage: Sequence[ExchangeStage], elected: bool = False) -> bool:
    """True when every side total `report` gives (at least one) is a total some vote of `stage` gives.

    `elected`: and is the total the stage elects for that side (`resolve_side`). A lone report whose totals a
    corroborated stage on another day already carries restates that stage (`echoes`, `weekechoes`).
    """
    compared = 0
    for side in SIDES:
        total = stated_figures(getattr(report.sides, side)).get("total")
        if total is None:
            continue
        if not any(stated_figures(getattr(vote.sides, side)).get("total") == total for vote in stage):
            return False  # cheap refusal before electing anything
        if elected and resolve_side(stage, side).figures.total != total:
            return False
        compared += 1
    return compared > 0


def other_dates(stage_date: date, reports: Sequence[ExchangeStage]) -> list[OtherDate]:
    """The dates that misdated echoes of the stage gave (services.aggregator.rules.echoes), with their sources."""
    given: dict[date, set[str]] = {}
    for report in reports:
        if report.stage_date != stage_date:
            given.setdefault(report.stage_date, set()).add(report.source)
    return [OtherDate(date=day, sources=sorted(sources)) for day, sources in sorted(given.items())]


def resolve_stage(stage_date: date, reports: Sequence[ExchangeStage], stage_number: int | None) -> TallyStage:
    """Reconcile the current votes of every source that reported the stage of `stage_date` (echoes included)."""
    sides = {side: resolve_side(reports, side) for side in SIDES}
    sources = sorted({report.source for report in reports})
    if any(result.disputed for result in sides.values()):
        status = StageStatus.DISPUTED
    elif len(sources) >= 2:
        status = StageStatus.CONFIRMED
    else:
        status = StageStatus.SINGLE_SOURCE
    return TallyStage(
        date=stage_date,
        stage_number=stage_number,
        status=status,
        sources=sources,
        ukraine=sides["ukraine"].figures,
        russia=sides["russia"].figures,
        alternatives=[alt for side in SIDES for alt in sides[side].alternatives],
        approximate=[f"{side}.{field}" for side in SIDES for field in sides[side].approximate],
        other_dates=other_dates(stage_date, reports),
    )
