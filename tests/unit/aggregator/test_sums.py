"""Sums over stages, and which of them are only lower bounds because a stage leaves the figure out."""

from datetime import timedelta

from schemas import Figures
from services.aggregator.reconcile import reconcile
from services.aggregator.rules.sums import merge_incomplete, missing_fields
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, report
from tests.unit.aggregator.seed_reports import seed_reports


def test_a_part_follows_from_the_total_and_the_other_part() -> None:
    assert missing_fields(Figures(total=300, military=280)) == set()
    assert missing_fields(Figures(total=300, civilian=20)) == set()
    assert missing_fields(Figures(total=300)) == {"military", "civilian"}
    assert missing_fields(Figures(military=280)) == {"total", "civilian"}
    assert missing_fields(Figures()) == {"total", "military", "civilian"}


def test_a_stage_without_the_split_makes_the_parts_lower_bounds() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(200, military=150, civilian=50)),
        report("b", day=SATURDAY, ukraine=figures(120), russia=figures(120, military=120)),
    ])
    assert tally.totals["ukraine"] == Figures(total=320, military=150, civilian=50)
    assert tally.incomplete == {"ukraine": ["military", "civilian"], "russia": []}
    assert tally.exchanges[0].incomplete == tally.incomplete


def test_a_side_no_stage_report_gives_leaves_its_total_a_lower_bound() -> None:
    tally = reconcile([
        report("a", day=FRIDAY, both=figures(75, military=75)),
        report("b", day=FRIDAY + timedelta(days=40), ukraine=figures(20, military=20)),
    ])
    assert tally.incomplete["russia"] == ["total", "military", "civilian"]
    assert tally.incomplete["ukraine"] == []


def test_the_seeds_leave_nothing_out() -> None:
    assert reconcile(seed_reports()).incomplete == {"ukraine": [], "russia": []}


def test_merging_keeps_every_side_and_the_field_order() -> None:
    merged = merge_incomplete([{"ukraine": ["civilian"]}, {"ukraine": ["total"], "russia": []}])
    assert merged == {"ukraine": ["total", "civilian"], "russia": []}
