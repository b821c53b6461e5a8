"""The readable tally: every figure a person looks for is on screen."""

from datetime import timedelta

from rich.console import Console

from schemas import Alternative, Figures, StageStatus, Tally
from services.aggregator.reconcile import reconcile
from services.cli.render_tally import format_figures, render_tally
from tests.unit.aggregator.factories import FRIDAY, figures, report
from tests.unit.aggregator.seed_reports import seed_reports


def rendered(tally: Tally) -> str:
    console = Console(record=True, width=200, color_system=None)
    console.print(render_tally(tally))
    return console.export_text()


def test_seed_tally_shows_totals_stages_agreement_and_check() -> None:
    text = rendered(reconcile(seed_reports()))
    assert "russia-ukraine as of 2025-05-24 (14 reports)" in text
    assert "697" in text and "577" in text
    assert "agreed 1,000 per side; progress ukraine 69.7%, russia 69.7%" in text
    assert "390 (270 military + 120 civilian)" in text
    assert "307 (307 military)" in text
    assert "confirmed" in text and "ok" in text
    assert "In just these two days, 697 people have been brought home" in text


def test_disputes_and_hedges_are_visible() -> None:
    tally = reconcile(seed_reports())
    exchange = tally.exchanges[0]
    disputed = exchange.stages[0].model_copy(
        update={
            "status": StageStatus.DISPUTED,
            "alternatives": [Alternative(side="ukraine", field="total", value=400, sources=["x"], approximate=True)],
            "approximate": ["russia.total"],
        }
    )
    changed = tally.model_copy(update={"exchanges": [exchange.model_copy(update={"stages": [disputed]})]})
    text = rendered(changed)
    assert "disputed" in text and "also reported: ukraine total ~400 (x)" in text
    assert "~390 (270 military + 120 civilian)" in text


def test_unknown_figures_show_a_dash() -> None:
    assert format_figures(Figures()) == "-"
    assert format_figures(Figures(total=1000)) == "1,000"


def test_an_empty_tally_renders() -> None:
    assert "no reports yet (0 reports)" in rendered(reconcile([]))


def test_a_stage_a_lone_source_dated_differently_shows_that_date() -> None:
    reports = [
        report("a", day=FRIDAY, both=figures(390)),
        report("b", day=FRIDAY, both=figures(390)),
        report("late-copy", day=FRIDAY - timedelta(days=1), both=figures(390)),
    ]
    text = rendered(reconcile(reports))
    assert "also dated 2025-05-22 (late-copy)" in text and "2025-05-23" in text


def test_a_sum_that_leaves_out_a_stage_is_marked_as_a_lower_bound() -> None:
    reports = [
        report("a", day=FRIDAY, both=figures(200, military=150, civilian=50)),
        report("b", day=FRIDAY + timedelta(days=1), both=figures(120)),
    ]
    text = rendered(reconcile(reports))
    assert "≥150" in text and "≥50" in text and "a lower bound" in text
    assert "≥320" not in text and "320" in text
    assert "lower bound" not in rendered(reconcile(seed_reports()))
