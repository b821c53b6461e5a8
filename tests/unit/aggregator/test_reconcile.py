"""Whole-tally rules: totals, nulls, counts, dates, what never counts."""

from schemas import StageKind
from services.aggregator.reconcile import reconcile
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, report


def test_totals_sum_only_the_stages_that_give_a_field() -> None:
    tally = reconcile(
        [report("a", day=FRIDAY, both=figures(390, 270, 120)), report("a", day=SATURDAY, both=figures(307))]
    )
    assert tally.totals["ukraine"].model_dump() == {"total": 697, "military": 270, "civilian": 120}


def test_fields_no_stage_gives_stay_null() -> None:
    tally = reconcile([report("a", both=figures(390))])
    assert tally.totals["russia"].military is None and tally.totals["russia"].civilian is None


def test_empty_input_gives_an_empty_tally() -> None:
    tally = reconcile([], "russia-ukraine")
    assert (tally.reports, tally.as_of, tally.exchanges, tally.checks) == (0, None, [], [])
    assert tally.totals["ukraine"].total is None


def test_reports_counts_current_votes_and_as_of_is_the_latest_news_date() -> None:
    first = report("a", both=figures(380), published=FRIDAY, article="1")
    tally = reconcile(
        [first, first, report("a", both=figures(390), published=SATURDAY, article="2"), report("b", both=figures(390))]
    )
    assert tally.reports == 2 and tally.as_of == SATURDAY


def test_combined_figures_never_count() -> None:
    tally = reconcile([report("a", both=figures(390)), report("b", combined_total=780, article="x")])
    assert tally.totals["ukraine"].total == 390 and tally.reports == 1
    assert tally.exchanges[0].stages[0].sources == ["a"]


def test_other_conflicts_are_ignored() -> None:
    tally = reconcile([report("a", both=figures(390)), report("b", both=figures(5), conflict="other")])
    assert tally.reports == 1 and tally.conflict == "russia-ukraine"


def test_cumulative_and_agreement_claims_do_not_add() -> None:
    tally = reconcile(
        [
            report("a", both=figures(390)),
            report("a", kind=StageKind.CUMULATIVE, both=figures(697)),
            report("a", kind=StageKind.AGREEMENT, both=figures(1000)),
        ]
    )
    assert tally.totals["ukraine"].total == 390
