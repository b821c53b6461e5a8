"""A lone source's stage a day away from a corroborated stage with the same totals is that stage, misdated."""

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from schemas import ExchangeStage, StageStatus, Tally, encode
from services.aggregator.reconcile import reconcile, stage_view
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, report
from tests.unit.aggregator.live import assert_live_tally_equals_reconcile

THURSDAY = FRIDAY - timedelta(days=1)
SUNDAY = SATURDAY + timedelta(days=1)
CONFLICT = "russia-ukraine"


def stage_dates(tally: Tally) -> list[str]:
    return [stage.date.isoformat() for exchange in tally.exchanges for stage in exchange.stages]


def test_a_lone_report_a_day_off_with_the_same_totals_counts_once_and_shows_its_date() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390, 270, 120)),
        report("late-copy", day=THURSDAY, both=figures(390)),
    ])
    assert stage_dates(tally) == ["2025-05-23"]
    assert tally.totals["ukraine"].total == 390 and tally.totals["russia"].total == 390
    stage = tally.exchanges[0].stages[0]
    assert stage.sources == ["a", "b", "late-copy"]
    assert [(other.date, other.sources) for other in stage.other_dates] == [(THURSDAY, ["late-copy"])]
    assert stage.status is StageStatus.CONFIRMED


def test_a_lone_report_with_other_totals_is_a_stage_of_its_own() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390)),
        report("c", day=SATURDAY, both=figures(307)),
    ])
    assert stage_dates(tally) == ["2025-05-23", "2025-05-24"]
    assert tally.totals["ukraine"].total == 697


def test_one_side_differing_keeps_the_stage_apart() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390)),
        report("c", day=SATURDAY, ukraine=figures(390), russia=figures(307)),
    ])
    assert stage_dates(tally) == ["2025-05-23", "2025-05-24"]


def test_two_lone_reports_on_neighbouring_days_stay_two_stages() -> None:
    tally = reconcile([report("a", day=FRIDAY, both=figures(307)), report("b", day=SATURDAY, both=figures(307))])
    assert stage_dates(tally) == ["2025-05-23", "2025-05-24"]
    assert tally.totals["ukraine"].total == 614


def test_a_source_that_reports_both_days_told_of_two_days() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(307)),
        report("b", day=FRIDAY, both=figures(307)),
        report("a", day=SATURDAY, both=figures(307)),
    ])
    assert stage_dates(tally) == ["2025-05-23", "2025-05-24"]


def test_two_days_away_is_not_an_echo() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390)),
        report("c", day=SUNDAY, both=figures(390)),
    ])
    assert stage_dates(tally) == ["2025-05-23", "2025-05-25"]


def test_between_two_matching_stages_the_one_more_sources_report_takes_the_echo() -> None:
    tally = reconcile([
        report("a", day=THURSDAY, both=figures(307)),
        report("b", day=THURSDAY, both=figures(307)),
        report("c", day=SATURDAY, both=figures(307)),
        report("d", day=SATURDAY, both=figures(307)),
        report("e", day=SATURDAY, both=figures(307)),
        report("lone", day=FRIDAY, both=figures(307)),
    ])
    assert stage_dates(tally) == ["2025-05-22", "2025-05-24"]
    assert "lone" in tally.exchanges[0].stages[1].sources


def test_the_stage_view_of_the_stage_lists_the_echo_beside_its_sources() -> None:
    reports = [
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390)),
        report("late-copy", day=SATURDAY, both=figures(390)),
    ]
    view = stage_view(reports, CONFLICT, FRIDAY)
    assert view is not None and sorted(r.source for r in view.reports) == ["a", "b", "late-copy"]
    assert stage_view(reports, CONFLICT, SATURDAY) is None


# A small world where echoes are common: two figures, four consecutive days, five sources.
echo_world = st.lists(
    st.builds(
        lambda source, day, total, article: report(
            source, day=FRIDAY + timedelta(days=day), both=figures(total), article=article
        ),
        st.sampled_from("abcde"),
        st.integers(0, 3),
        st.sampled_from((307, 390)),
        st.sampled_from(("x", "y")),
    ),
    max_size=14,
    unique_by=lambda r: r.event_id,
)


@given(echo_world, st.randoms(use_true_random=False))
def test_the_live_tally_folds_echoes_as_reconcile_does_after_every_report(
    reports: list[ExchangeStage], rnd: object
) -> None:
    rnd.shuffle(reports)  # type: ignore[attr-defined]
    assert_live_tally_equals_reconcile(reports)


@given(echo_world, st.randoms(use_true_random=False))
def test_folding_echoes_does_not_depend_on_arrival_order(reports: list[ExchangeStage], rnd: object) -> None:
    shuffled = list(reports)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert encode(reconcile(shuffled)) == encode(reconcile(reports))
