"""The check both incremental-tally tests make: after every report, the live tally is `reconcile` of what it holds."""

from collections.abc import Iterable

from schemas import ExchangeStage, encode
from services.aggregator.reconcile import reconcile
from services.aggregator.state import TallyState

CONFLICT = "russia-ukraine"


def assert_live_tally_equals_reconcile(reports: Iterable[ExchangeStage]) -> None:
    """Feed the reports one by one; after each, the published bytes equal a full `reconcile`."""
    state = TallyState(CONFLICT)
    for incoming in reports:
        if state.accepts(incoming):
            state.apply(incoming)
        assert state.tally(CONFLICT)[1] == encode(reconcile(state.reports(CONFLICT), CONFLICT))
