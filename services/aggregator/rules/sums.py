"""Add up resolved figures; a field sums only the stages that report it and stays null if none does.

Such a sum can be short: a stage that gives Ukraine's total but not how many
were soldiers adds nothing to Ukraine's military sum. `incomplete_fields`
names those sums, so that every view can mark them as lower bounds instead
of presenting them as the whole figure.
"""

from collections.abc import Iterable

from schemas import Figures, TallyStage
from services.aggregator.rules.voting import FIELDS, SIDES, FieldName, Side


def add_figures(figures: Iterable[Figures]) -> Figures:
    """Sum each field over the figures that give it; a field no figure gives stays None."""
    sums: dict[str, int | None] = {field: None for field in FIELDS}
    for item in figures:
        for field in FIELDS:
            value = getattr(item, field)
            if value is not None:
                sums[field] = (sums[field] or 0) + value
    return Figures(total=sums["total"], military=sums["military"], civilian=sums["civilian"])


def side_totals(stages: Iterable[TallyStage]) -> dict[Side, Figures]:
    """Return the per-side sums of the resolved figures of `stages`."""
    listed = list(stages)
    return {side: add_figures(getattr(stage, side) for stage in listed) for side in SIDES}


def missing_fields(figures: Figures) -> set[FieldName]:
    """The fields `figures` leaves unknown; a part follows from the total and the other part.

    "300 returned, 280 of them soldiers" leaves nothing unknown (20 civilians);
    "300 returned" leaves both parts unknown; "280 soldiers" alone leaves the
    civilians unknown only if no total says there were none besides.
    """
    missing: set[FieldName] = set()
    if figures.total is None:
        missing.add("total")
    beside: tuple[tuple[FieldName, int | None], ...] = (("military", figures.civilian), ("civilian", figures.military))
    for part, other in beside:
        if getattr(figures, part) is None and (figures.total is None or other is None):
            missing.add(part)
    return missing


def incomplete_fields(stages: Iterable[TallyStage]) -> dict[Side, list[FieldName]]:
    """Per side, the fields whose sum over `stages` leaves out a stage that does not give them."""
    missing: dict[Side, set[FieldName]] = {side: set() for side in SIDES}
    for stage in stages:
        for side in SIDES:
            missing[side] |= missing_fields(getattr(stage, side))
    return {side: [field for field in FIELDS if field in missing[side]] for side in SIDES}


def merge_incomplete(parts: Iterable[dict[Side, list[FieldName]]]) -> dict[Side, list[FieldName]]:
    """Per side, the fields incomplete in any of `parts` (the exchanges of one tally)."""
    merged: dict[Side, set[FieldName]] = {side: set() for side in SIDES}
    for part in parts:
        for side in SIDES:
            merged[side].update(part.get(side, ()))
    return {side: [field for field in FIELDS if field in merged[side]] for side in SIDES}
