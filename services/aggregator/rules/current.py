"""The current votes of one conflict, sorted by kind: what every other rule starts from."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from schemas import ExchangeStage, StageKind
from services.aggregator.rules.echoes import fold_echoes, merge_votes
from services.aggregator.rules.votes import latest_votes


@dataclass(frozen=True)
class Votes:
    """Each source's current vote per stage and claim; stage votes grouped by date (echoes folded in)."""

    stages: dict[date, list[ExchangeStage]]
    cumulative: list[ExchangeStage]
    agreements: list[ExchangeStage]
    count: int
    as_of: date | None


def current_votes(reports: Iterable[ExchangeStage], conflict: str) -> Votes:
    """Elect each source's current vote per stage and claim, and sort them by kind.

    `as_of` is the latest publication date among the votes (the claim's date
    for a report without one): a date from the news, never the wall clock.
    """
    votes = latest_votes(reports, conflict)
    stages: dict[date, list[ExchangeStage]] = defaultdict(list)
    cumulative: list[ExchangeStage] = []
    agreements: list[ExchangeStage] = []
    for report in votes:
        if report.kind is StageKind.STAGE:
            stages[report.stage_date].append(report)
        elif report.kind is StageKind.CUMULATIVE:
            cumulative.append(report)
        else:
            agreements.append(report)
    as_of = max((report.published or report.stage_date for report in votes), default=None)
    folded = {day: list(merge_votes(parts)) for day, parts in fold_echoes(stages).items()}
    return Votes(folded, cumulative, agreements, len(votes), as_of)
