"""A late lone report a week away from a corroborated stage that carries its totals restates that stage."""

from datetime import timedelta

from schemas import Tally
from services.aggregator.reconcile import reconcile
from tests.unit.aggregator.factories import FRIDAY, figures, report
from tests.unit.aggregator.live import assert_live_tally_equals_reconcile

WEEK = timedelta(days=7)
NEXT_FRIDAY = FRIDAY + WEEK


def stage_dates(tally: Tally) -> list[str]:
    return [stage.date.isoformat() for exchange in tally.exchanges for stage in exchange.stages]


def test_a_review_reading_its_weekday_a_week_late_counts_once_and_shows_its_date() -> None:
    reports = [
        report("agency", day=FRIDAY, both=figures(61)),
        report("ministry", day=FRIDAY, ukraine=figures(61), russia=figures(70, 61, 9)),
        report("review", day=NEXT_FRIDAY, russia=figures(70, 61, 9), published=NEXT_FRIDAY + timedelta(days=2)),
    ]
    tally = reconcile(reports)
    assert stage_dates(tally) == [FRIDAY.isoformat()]
    stage = tally.exchanges[0].stages[0]
    assert [(other.date, other.sources) for other in stage.other_dates] == [(NEXT_FRIDAY, ["review"])]
    assert_live_tally_equals_reconcile(reports)


def test_a_week_away_report_with_a_total_nobody_gave_is_a_stage_of_its_own() -> None:
    tally = reconcile([
        report("agency", day=FRIDAY, both=figures(61)),
        report("ministry", day=FRIDAY, both=figures(61)),
        report("review", day=NEXT_FRIDAY, both=figures(48), published=NEXT_FRIDAY + timedelta(days=1)),
    ])
    assert stage_dates(tally) == [FRIDAY.isoformat(), NEXT_FRIDAY.isoformat()]


def test_a_report_published_a_week_or_more_after_its_day_is_not_a_misread_weekday() -> None:
    tally = reconcile([
        report("agency", day=FRIDAY, both=figures(61)),
        report("ministry", day=FRIDAY, both=figures(61)),
        report("review", day=NEXT_FRIDAY, both=figures(61), published=NEXT_FRIDAY + WEEK),
    ])
    assert stage_dates(tally) == [FRIDAY.isoformat(), NEXT_FRIDAY.isoformat()]


def test_a_stage_a_week_away_that_only_one_source_reports_takes_no_echo() -> None:
    tally = reconcile([
        report("agency", day=FRIDAY, both=figures(61)),
        report("review", day=NEXT_FRIDAY, both=figures(61), published=NEXT_FRIDAY + timedelta(days=1)),
    ])
    assert stage_dates(tally) == [FRIDAY.isoformat(), NEXT_FRIDAY.isoformat()]
