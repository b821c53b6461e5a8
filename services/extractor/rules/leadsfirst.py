"""Undated figures told before a recap of other days are the news of the day the story opens on.

"The last stage ended today, on Thursday. Kyiv got back 60 soldiers. ... On Tuesday and on Wednesday, Ukraine had
got back 100 and then 90": the story tells its own day's handover first, undated, and dates only the earlier days
it recaps. When those first figures disagree with the first dated day's, they are not that day's: they belong to
the day the story's opening names. (When they agree, "115 defenders home ... yesterday, 115", they are the same;
when they sum the dated days, "130 home" over Friday's 70 and Saturday's 60, they are a running total.)
"""

from datetime import date, timedelta
from typing import Final

from schemas import StageKind
from services.extractor.rules.firmness import Firm, clashes, firm
from services.extractor.rules.model import Item, Reading

_WEEK: Final = timedelta(days=7)


def _stage_items(reading: Reading, day: date | None) -> list[Item]:
    return [(reading.index, reading.authority, f) for f in reading.findings if f.kind == StageKind.STAGE and
            f.day == day]


def undated_news_first(readings: list[Reading], reference: date) -> bool:
    """True when the first sentence counting a handover dates none of it and disagrees with the first dated day."""
    staged = [r for r in readings if any(f.kind == StageKind.STAGE for f in r.findings)]
    if not staged or any(f.day is not None for f in staged[0].findings if f.kind == StageKind.STAGE):
        return False
    days = [f.day for r in staged[1:] for f in r.findings if f.kind == StageKind.STAGE and f.day is not None]
    first = next((day for day in days if reference - _WEEK <= day <= reference + timedelta(days=1)), None)
    if first is None:
        return False
    theirs = firm([item for r in staged[1:] for item in _stage_items(r, first)])
    ours = firm(_stage_items(staged[0], None))
    return clashes(theirs, ours) and not _sums_the_days(ours, staged[1:], set(days))


def _sums_the_days(ours: Firm, readings: list[Reading], days: set[date]) -> bool:
    """ "130 home to each side" over Friday's 70 and Saturday's 60: the days' sum, a running total, not a day."""
    per_day = [firm([item for r in readings for item in _stage_items(r, day)]) for day in days]
    for key, values in ours.items():
        counted = [min(day[key]) for day in per_day if key in day]
        if len(counted) > 1 and sum(counted) in values:
            return True
    return False
