"""An undated running total stands as of the last handover the story tells, not its first.

"Over the long weekend each side got back 500 people. Friday: 200 ... Saturday: 180 ... Sunday: 120": a total
of several days of handovers is reached on the last of them; with no day of its own it is dated that day.
"""

from collections.abc import Iterable
from datetime import date

from schemas import StageKind


def last_handover_day(keys: Iterable[tuple[StageKind, date]], anchor: date) -> date:
    """The latest day of a handover the story tells on or after `anchor` (the anchor itself when none is later)."""
    return max((day for kind, day in keys if kind == StageKind.STAGE and day >= anchor), default=anchor)
