"""Public face of the reconciliation rules: `reconcile(reports) -> Tally` (pure, no Kafka).

The rules live in `services.aggregator.rules`; this module puts them
together. The result depends on the set of reports alone (never on arrival
order or the wall clock), so the live aggregator and `swaptally tally
--offline` encode to the same bytes. A live table may hold only each vote
key's latest report (`vote_key`, `supersedes`) or a `Ballot` per vote key
(`cast`), which also ignores replays of a source's older articles.
"""

from collections.abc import Iterable

from schemas import ExchangeStage, Tally
from schemas.stage import DEFAULT_CONFLICT
from services.aggregator.rules.ballots import Ballot, cast
from services.aggregator.rules.checks import build_checks
from services.aggregator.rules.current import current_votes
from services.aggregator.rules.exchanges import build_exchanges
from services.aggregator.rules.stage_view import stage_view
from services.aggregator.rules.sums import merge_incomplete, side_totals
from services.aggregator.rules.votes import latest_votes, supersedes, vote_key

__all__ = ["Ballot", "cast", "latest_votes", "reconcile", "stage_view", "supersedes", "vote_key"]


def reconcile(reports: Iterable[ExchangeStage], conflict: str = DEFAULT_CONFLICT) -> Tally:
    """Return the deduplicated tally of the given stage reports, independent of their order.

    `reports` may hold duplicates, replays and superseded reports; reports of
    other conflicts and reports without any side figure are ignored.
    """
    votes = current_votes(reports, conflict)
    exchanges = build_exchanges(conflict, votes.stages, votes.agreements)
    stages = [stage for exchange in exchanges for stage in exchange.stages]
    return Tally(
        conflict=conflict,
        as_of=votes.as_of,
        reports=votes.count,
        totals=dict(side_totals(stages)),
        incomplete=merge_incomplete(exchange.incomplete for exchange in exchanges),
        exchanges=exchanges,
        checks=build_checks(votes.cumulative, exchanges),
    )
