"""Figures said of the two sides together: when a defaulted figure is one, and when a "combined" one is not.

A two-sided total counts both sides' people, so it is the sum of the side totals. A defaulted "each side"
figure equal to that sum is the combined figure; a figure read as combined ("130 soldiers in all") that
equals one side's own total, while the other side also received people, cannot be the sum: it is that side's
total said once more ("277 in all" said of one side's people).
"""

from typing import Final

from services.extractor.rules.lexicon import Side
from services.extractor.rules.model import Item
from services.extractor.rules.sides import MEDIUM, STRONG

_SIDES: Final[tuple[Side, Side]] = ("ukraine", "russia")


def as_combined(items: list[Item]) -> list[Item]:
    """A defaulted "both sides" total equal to the two stated side totals added up, or to a stated combined
    total ("190 freed in swap" over "a total of 190 released by the two sides"), is a combined figure.
    """
    stated: dict[str, set[int]] = {s: set() for s in _SIDES}
    together: set[int] = set()
    for _, _, f in items:
        if f.side in stated and f.field == "total" and f.strength == STRONG and not f.approximate:
            stated[f.side].add(f.value)
        elif f.side == "combined" and f.field == "total" and f.strength >= MEDIUM and not f.approximate:
            together.add(f.value)
    sums = {u + r for u in stated["ukraine"] for r in stated["russia"]} | together
    out: list[Item] = []
    for i, a, f in items:
        if f.side == "both" and f.strength < MEDIUM and f.field == "total" and f.value in sums:
            f = f._replace(side="combined")
        out.append((i, a, f))
    return out


def restated_side(combined: int | None, totals: dict[Side, int | None]) -> Side | None:
    """The side whose own total a "combined" figure restates: it equals that side's total alone while the
    other side received a different, positive number of people (else None: the figure may be the sum)."""
    if not combined:
        return None
    matching = [side for side in _SIDES if totals.get(side) == combined]
    if len(matching) != 1:
        return None
    other = totals.get(_SIDES[1] if matching[0] == _SIDES[0] else _SIDES[0])
    return matching[0] if other else None
