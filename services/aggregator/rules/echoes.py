"""Misdated echoes: one source's stage a day away from a corroborated stage with the very same totals.

An outlet that gets the day wrong ("on Friday" for a Saturday handover, a late copy dated by its
own publication) would otherwise add the same people a second time. Outlets misdate far more often
than two consecutive days of handovers carry identical figures, so: when a day's stage is reported
by one source only, and the day before or after holds a stage that at least `MIN_CORROBORATING`
other sources report, whose elected total for every side equals the total this source gives for
that side, the report is a vote for that stage. It is counted there once, and the stage lists the
date it gave (`TallyStage.other_dates`), so the disagreement stays visible. A source that itself
reports the neighbouring day has told of two days, and keeps both.
"""

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Final, TypeVar

from schemas import ExchangeStage
from services.aggregator.rules.stages import totals_carried
from services.aggregator.rules.votes import vote_key
from services.aggregator.rules.weekechoes import week_echo

MIN_CORROBORATING: Final = 2  # other sources that must report the neighbouring stage
ONE_DAY: Final = timedelta(days=1)

DayVotes = TypeVar("DayVotes", bound=Sequence[ExchangeStage])


def _sources(votes: Sequence[ExchangeStage]) -> set[str]:
    return {report.source for report in votes}


def echo_target(day: date, days: Mapping[date, Sequence[ExchangeStage]]) -> date | None:
    """Return the neighbouring day whose stage the lone report of `day` echoes, or None.

    With both neighbours qualifying, the one more sources report wins, then the earlier one.
    """
    votes = days.get(day)
    if not votes or len(_sources(votes)) != 1:
        return None
    report = votes[0]
    candidates: list[tuple[int, date]] = []
    for neighbour_day in (day - ONE_DAY, day + ONE_DAY):
        neighbour = days.get(neighbour_day)
        if not neighbour:
            continue
        sources = _sources(neighbour)
        if report.source in sources or len(sources) < MIN_CORROBORATING:
            continue
        if totals_carried(report, neighbour, elected=True):
            candidates.append((-len(sources), neighbour_day))
    return min(candidates)[1] if candidates else week_echo(report, day, days)  # a weekday read a week off


def fold_echoes(
    days: Mapping[date, DayVotes], targets: Mapping[date, date | None] | None = None
) -> dict[date, list[DayVotes]]:
    """Return, per day that keeps a stage, its own votes followed by the echoes it absorbs (day order).

    `targets` may give `echo_target` of every day already (a live tally keeps them between changes).
    """
    if targets is None:
        targets = {day: echo_target(day, days) for day in days}
    folded: dict[date, list[DayVotes]] = {day: [days[day]] for day in sorted(days) if targets[day] is None}
    for day in sorted(days):
        target = targets[day]
        if target is not None:
            folded[target].append(days[day])
    return folded


def merge_votes(parts: Sequence[DayVotes]) -> Sequence[ExchangeStage]:
    """One stage's votes from its parts, in vote-key order; a single part is returned as it is."""
    if len(parts) == 1:
        return parts[0]
    return sorted((vote for part in parts for vote in part), key=vote_key)

