"""Grouping stages into exchanges and attaching agreements."""

from datetime import date, timedelta

from schemas import StageKind
from services.aggregator.reconcile import reconcile
from services.aggregator.rules.grouping import group_dates, run_for_agreement
from tests.unit.aggregator.factories import FRIDAY, KYIV, MOSCOW, SATURDAY, figures, report

AGREEMENT = StageKind.AGREEMENT


def days(*offsets: int) -> list[date]:
    return [FRIDAY + timedelta(days=offset) for offset in offsets]


def test_consecutive_days_and_short_pauses_stay_together() -> None:
    assert group_dates(days(0, 1, 4, 8)) == [days(0, 1, 4), days(8)]


def test_an_agreement_attaches_to_a_running_or_upcoming_exchange() -> None:
    runs = group_dates(days(0, 1, 20))
    assert run_for_agreement(runs, FRIDAY - timedelta(days=7)) == 0
    assert run_for_agreement(runs, FRIDAY + timedelta(days=3)) == 0
    assert run_for_agreement(runs, FRIDAY + timedelta(days=10)) == 1
    assert run_for_agreement(runs, FRIDAY - timedelta(days=30)) is None


def test_exchanges_have_deterministic_ids_and_positional_stage_numbers() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, both=figures(390)),
            report("a", day=SATURDAY, both=figures(307)),
            report("a", day=FRIDAY + timedelta(days=20), both=figures(50)),
        ]
    )
    assert [exchange.exchange_id for exchange in tally.exchanges] == [
        "russia-ukraine:2025-05-23",
        "russia-ukraine:2025-06-12",
    ]
    assert [stage.stage_number for stage in tally.exchanges[0].stages] == [1, 2]
    assert tally.exchanges[0].progress.ukraine is None


def test_agreement_sets_agreed_and_progress() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, both=figures(390)),
            report("b", kind=AGREEMENT, day=FRIDAY - timedelta(days=7), both=figures(1000)),
            report("c", kind=AGREEMENT, day=SATURDAY, both=figures(1000)),
        ]
    )
    [exchange] = tally.exchanges
    assert exchange.agreed_per_side == 1000
    assert (exchange.progress.ukraine, exchange.progress.russia) == (0.39, 0.39)


def test_different_agreed_figures_per_side_are_kept_per_side() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, both=figures(300)),
            report("b", kind=AGREEMENT, ukraine=figures(1200), russia=figures(1000)),
        ]
    )
    [exchange] = tally.exchanges
    assert exchange.agreed_per_side is None
    assert (exchange.agreed.ukraine, exchange.agreed.russia) == (1200, 1000)
    assert (exchange.progress.ukraine, exchange.progress.russia) == (0.25, 0.3)


def test_agreed_figure_follows_the_voting_rules() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, both=figures(390)),
            report("p1", kind=AGREEMENT, both=figures(2000)),
            report("p2", kind=AGREEMENT, both=figures(2000)),
            report(
                "kyiv", kind=AGREEMENT, ukraine=figures(1000, authority=KYIV), russia=figures(1000, authority=MOSCOW)
            ),
        ]
    )
    assert tally.exchanges[0].agreed_per_side == 1000


def test_a_source_restating_an_agreement_votes_once() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, both=figures(390)),
            report("p1", kind=AGREEMENT, day=FRIDAY, both=figures(900), published=FRIDAY),
            report("p1", kind=AGREEMENT, day=SATURDAY, both=figures(900), published=SATURDAY),
            report("p2", kind=AGREEMENT, day=FRIDAY, both=figures(1000), published=FRIDAY),
        ]
    )
    assert tally.exchanges[0].agreed_per_side == 900  # tie between one vote each: the smaller


def test_an_agreement_without_stages_is_an_exchange_not_started() -> None:
    tally = reconcile([report("a", kind=AGREEMENT, day=FRIDAY, both=figures(1000))])
    [exchange] = tally.exchanges
    assert exchange.stages == [] and exchange.exchange_id == "russia-ukraine:2025-05-23"
    assert exchange.progress.ukraine == 0.0
    assert tally.totals["ukraine"].total is None


def test_one_sided_agreement_is_not_a_per_side_figure() -> None:
    tally = reconcile([report("a", both=figures(390)), report("b", kind=AGREEMENT, ukraine=figures(1000))])
    [exchange] = tally.exchanges
    assert exchange.agreed_per_side is None and exchange.agreed.ukraine == 1000
    assert (exchange.progress.ukraine, exchange.progress.russia) == (0.39, None)
