"""How firm a group's figures are, to place an undated sentence in the group its figures fit.

"Russia received 270 troops and 120 civilians", undated, after a lead about Saturday's 307, belongs to
Friday's 390: only exact, stated figures (not hedged, not defaulted, not additions) decide such a clash.
"""

from services.extractor.rules.model import Item
from services.extractor.rules.resolution import SIDES, for_side
from services.extractor.rules.sides import MEDIUM

Firm = dict[tuple[str, str], set[int]]


def firm(items: list[Item]) -> Firm:
    """Exact figures stated per (side, field): not hedged, not defaulted, not additions."""
    found: Firm = {}
    for side in SIDES:
        for name, (base, _) in for_side(items, side).items():
            values = {f.value for _, _, f in base if not f.approximate and f.strength >= MEDIUM}
            if values:
                found[(side, name)] = values
    return found


def clashes(theirs: Firm, ours: Firm) -> bool:
    """True when a unit's firm figures (`ours`) disagree with a group's (`theirs`); places undated sentences."""
    for key, values in ours.items():
        if key in theirs and not values & theirs[key]:
            return True
    for side in SIDES:
        for parts, whole in ((ours, theirs), (theirs, ours)):
            military, civilian = parts.get((side, "military")), parts.get((side, "civilian"))
            total = whole.get((side, "total"))
            if military and civilian and total and min(military) + min(civilian) > max(total):
                return True
    return False


def merge_firm(into: Firm, more: Firm) -> None:
    """Add a placed unit's firm figures to its group's."""
    for key, values in more.items():
        into.setdefault(key, set()).update(values)
