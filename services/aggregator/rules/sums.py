"""Add up resolved figures; a field sums only the stages that report it and stays null if none does."""

from collections.abc import Iterable

from schemas import Figures, TallyStage
from services.aggregator.rules.voting import FIELDS, SIDES, Side


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
