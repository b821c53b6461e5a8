"""A `Ballot` per vote key: the state a live aggregator table keeps instead of every article.

The table holds one ballot per (conflict, kind, date, source), so its size
grows with stages × sources. Besides the current vote, a ballot remembers when
each of its source's reports was first received, so that a replayed older
article does not overtake the newer one; `reconcile` over the ballots' votes
then equals `reconcile` over every report ever seen.
"""

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from schemas import ExchangeStage
from services.aggregator.rules.votes import as_utc, is_countable, is_later_copy, order_key


class Ballot(BaseModel):
    """A source's current vote for one stage and the first-received time of each report it cast."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    vote: ExchangeStage
    first_seen: dict[str, datetime]


def cast(ballot: Ballot | None, report: ExchangeStage) -> Ballot | None:
    """Return the ballot after `report` arrives (same vote key assumed); figureless reports change nothing."""
    if not is_countable(report):
        return ballot
    arrived = as_utc(report.received_at)
    if ballot is None:
        return Ballot(vote=report, first_seen={report.event_id: arrived})
    first_seen = dict(ballot.first_seen)
    first_seen[report.event_id] = min(first_seen.get(report.event_id, arrived), arrived)
    current = ballot.vote
    if report.event_id == current.event_id:
        vote = report if is_later_copy(report, current) else current
    else:
        newer = order_key(report, first_seen[report.event_id]) > order_key(current, first_seen[current.event_id])
        vote = report if newer else current
    if vote is current and first_seen == ballot.first_seen:
        return ballot
    return Ballot(vote=vote, first_seen=first_seen)
