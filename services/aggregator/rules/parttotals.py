"""A total that is one stated part of another source's split of the same side counts that part only.

"95 prisoners of war each" against "95 servicemen and 22 civilians, 117 in all" for the same side: the first
outlet counted the soldiers (often before the civilians were known), not a rival whole. When some source
splits a side's total into military and civilian (both stated, both above zero, adding up to its total),
another source's total that equals one of those parts, and that states no other part beside it, does not
vote as the side's total (it stays listed as an alternative); its parts still vote.
"""

from collections.abc import Sequence
from dataclasses import replace

from schemas import Alternative, ExchangeStage, SideFigures
from services.aggregator.rules.voting import Claim, Resolution, Side


def _split_parts(figures: SideFigures) -> tuple[int, int] | None:
    """(military, civilian) when the side states both above zero and its total (if any) is their sum."""
    military, civilian = figures.military, figures.civilian
    if military is None or civilian is None or military <= 0 or civilian <= 0 or figures.approximate:
        return None
    if figures.total is not None and figures.total != military + civilian:
        return None
    return military, civilian


def part_only_sources(reports: Sequence[ExchangeStage], side: Side) -> set[str]:
    """Sources whose total for `side` is one part of another source's military-and-civilian split of it."""
    splits: dict[str, tuple[int, int]] = {}
    for report in reports:
        parts = _split_parts(getattr(report.sides, side))
        if parts is not None:
            splits[report.source] = parts
    found: set[str] = set()
    for report in reports:
        figures: SideFigures = getattr(report.sides, side)
        total = figures.total
        if total is None:
            continue
        for source, (military, civilian) in splits.items():
            if source == report.source:
                continue
            as_military = total == military and figures.civilian is None and figures.military in (None, total)
            as_civilian = total == civilian and figures.military is None and figures.civilian in (None, total)
            if as_military or as_civilian:
                found.add(report.source)
    return found


def listed_beside(side: Side, total: Resolution, set_aside: Sequence[Claim]) -> Resolution:
    """The elected total with the set-aside totals that differ from it still listed as alternatives."""
    by_value: dict[int, list[Claim]] = {}
    for claim in set_aside:
        if claim.value != total.value:
            by_value.setdefault(claim.value, []).append(claim)
    if not by_value:
        return total
    listed = tuple(
        Alternative(side=side, field="total", value=value, sources=sorted({c.source for c in claims}),
                    approximate=all(c.approximate for c in claims))
        for value, claims in sorted(by_value.items())
    )
    exact = any(not c.approximate for claims in by_value.values() for c in claims)
    return replace(total, alternatives=total.alternatives + listed, disputed=total.disputed or exact)
