"""The aggregator's incremental tally equals `reconcile` over the reports it holds, after every change."""

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from schemas import ExchangeStage, encode
from services.aggregator.incremental import IncrementalTally
from services.aggregator.reconcile import reconcile
from services.aggregator.state import TallyState
from tests.unit.aggregator.factories import FRIDAY, figures, report
from tests.unit.aggregator.live import assert_live_tally_equals_reconcile
from tests.unit.aggregator.strategies import with_replays

CONFLICT = "russia-ukraine"


def held_tally_bytes(state: TallyState) -> bytes:
    return encode(reconcile(state.reports(CONFLICT), CONFLICT))


@given(with_replays(), st.randoms(use_true_random=False))
def test_after_every_report_the_live_tally_equals_reconcile_of_the_held_reports(
    reports: list[ExchangeStage], rnd: object
) -> None:
    rnd.shuffle(reports)  # type: ignore[attr-defined]
    assert_live_tally_equals_reconcile(reports)


@given(with_replays())
def test_reloading_the_held_reports_gives_the_same_tally(reports: list[ExchangeStage]) -> None:
    state = TallyState(CONFLICT)
    for incoming in reports:
        if state.accepts(incoming):
            state.apply(incoming)
    reloaded = TallyState(CONFLICT)
    reloaded.load(state.reports(CONFLICT))
    assert reloaded.tally(CONFLICT)[1] == state.tally(CONFLICT)[1]


def test_a_correction_in_one_exchange_reuses_the_other_exchange_as_it_was() -> None:
    state = TallyState(CONFLICT)
    state.apply(report("a", both=figures(390), day=FRIDAY))
    state.apply(report("a", both=figures(84), day=FRIDAY + timedelta(days=30)))
    before = state.tally(CONFLICT)[0]
    assert state.tally(CONFLICT)[0] is before  # nothing changed: nothing recomputed
    state.apply(report("a", both=figures(391), day=FRIDAY, article="correction", received=5))
    after = state.tally(CONFLICT)[0]
    assert after.exchanges[1] is before.exchanges[1]
    assert after.exchanges[0] is not before.exchanges[0]
    assert after.totals["ukraine"].total == 391 + 84
    assert state.tally(CONFLICT)[1] == held_tally_bytes(state)


def test_an_empty_engine_gives_the_empty_tally() -> None:
    assert encode(IncrementalTally(CONFLICT).tally()) == encode(reconcile([], CONFLICT))
