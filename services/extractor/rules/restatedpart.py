"""An undated part equal to the part one day of the story holds restates that day's part.

"On Wednesday 100 soldiers each. On Thursday 80 came home, 70 soldiers and 10 civilians. ... The ombudsman wrote
that 'ten civilians are finally home'": the quote gives no day, and filed under the story's first day it would add
ten civilians to a day that had none. The same side, category and count as one day's part is that part.
"""

from datetime import date
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Item

_PARTS: Final = frozenset({"military", "civilian"})


def restated_part(groups: dict[tuple[StageKind, date], list[Item]], unit: list[Item]) -> tuple[date, list[Item]] | None:
    """The one stage day whose findings hold a part (side, category, count) of `unit`, with the unit less the
    totals its categories only imply ("ten civilians" is no total of ten); else None."""
    parts = {(f.side, f.field, f.value) for _, _, f in unit if f.field in _PARTS and f.kind == StageKind.STAGE}
    if not parts or any((f.field == "total" and f.listed) or f.additive for _, _, f in unit):
        return None  # a unit stating a total of its own tells a whole, and people freed on top are no share
    days = {day for (kind, day), items in groups.items() if kind == StageKind.STAGE
            and any((f.side, f.field, f.value) in parts and _smaller_than_total(items, f.side, f.value)
                    for _, _, f in items)}
    if len(days) != 1:
        return None
    implied = {(side, value) for side, _, value in parts}
    kept = [item for item in unit if item[2].field != "total" or item[2].listed or (
        item[2].side, item[2].value) not in implied]
    return days.pop(), kept


def _smaller_than_total(items: list[Item], side: str, value: int) -> bool:
    """True when the day states a larger total for the side: the part is a share of it, not the whole side."""
    return any(f.side == side and f.field == "total" and f.listed and f.value > value for _, _, f in items)
