"""Week echoes: a late lone report a week away from a corroborated stage that already carries its totals.

A report written days after a swap names it by weekday ("last Thursday", "on the Thursday"), and a
weekday is easily read in the wrong week: the restated handover lands seven days off and would add its
people a second time. Two handovers exactly a week apart each have their own reporters; so a day that one
source alone reports, published within the week that day's weekday can name, whose every side total is a
total at least `MIN_CORROBORATING` other sources give for the day a week before or after, is that stage.
"""

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Final

from schemas import ExchangeStage
from services.aggregator.rules.stages import totals_carried

MIN_CORROBORATING: Final = 2  # other sources that must report the stage a week away
ONE_WEEK: Final = timedelta(days=7)


def week_echo(report: ExchangeStage, day: date, days: Mapping[date, Sequence[ExchangeStage]]) -> date | None:
    """Return the day a week away whose stage the lone `report` of `day` restates, or None (earlier first)."""
    if report.published is None or not day <= report.published < day + ONE_WEEK:
        return None
    for neighbour_day in (day - ONE_WEEK, day + ONE_WEEK):
        neighbour = days.get(neighbour_day)
        if not neighbour:
            continue
        sources = {vote.source for vote in neighbour}
        if report.source not in sources and len(sources) >= MIN_CORROBORATING and totals_carried(report, neighbour):
            return neighbour_day
    return None
