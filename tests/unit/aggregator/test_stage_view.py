"""`stage_view`: one stage with every report behind it."""

from services.aggregator.reconcile import stage_view
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, report


def test_stage_view_lists_agreeing_then_conflicting_reports_with_evidence() -> None:
    reports = [
        report("c", both=figures(380), evidence="380 freed"),
        report("a", both=figures(390), evidence="390 freed"),
        report("b", both=figures(390, 270, 120)),
        report("a", day=SATURDAY, both=figures(307)),
    ]
    view = stage_view(reports, "russia-ukraine", FRIDAY)
    assert view is not None
    assert view.stage.ukraine.total == 390
    assert [(r.source, r.agrees) for r in view.reports] == [("a", True), ("b", True), ("c", False)]
    assert view.reports[2].evidence[0].text == "380 freed"


def test_stage_view_of_an_unknown_day_is_none() -> None:
    assert stage_view([report("a", both=figures(390))], "russia-ukraine", SATURDAY) is None
