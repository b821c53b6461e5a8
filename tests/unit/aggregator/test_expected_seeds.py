"""The tally of ARCHITECTURE.md for the five seeds, from hand-written reports (not the extractor)."""

from schemas import StageStatus
from services.aggregator.reconcile import reconcile
from tests.unit.aggregator.factories import FRIDAY, SATURDAY
from tests.unit.aggregator.seed_reports import AFP, DPA, FIVE, REUTERS, ZELENSKY, seed_reports


def test_the_seeds_give_the_expected_tally() -> None:
    tally = reconcile(seed_reports())
    assert tally.reports == 14 and tally.as_of == SATURDAY
    for side in ("ukraine", "russia"):
        assert tally.totals[side].model_dump() == {"total": 697, "military": 577, "civilian": 120}
    [exchange] = tally.exchanges
    assert exchange.agreed_per_side == 1000
    assert (exchange.progress.ukraine, exchange.progress.russia) == (0.697, 0.697)
    friday, saturday = exchange.stages
    assert (friday.date, friday.stage_number, saturday.date, saturday.stage_number) == (FRIDAY, 1, SATURDAY, 2)
    for side in ("ukraine", "russia"):
        assert getattr(friday, side).model_dump() == {"total": 390, "military": 270, "civilian": 120}
        assert getattr(saturday, side).model_dump() == {"total": 307, "military": 307, "civilian": None}
    assert friday.status is StageStatus.CONFIRMED and saturday.status is StageStatus.CONFIRMED
    assert friday.sources == [AFP, DPA, REUTERS, FIVE, ZELENSKY]
    assert friday.alternatives == [] and saturday.alternatives == []
    [check] = tally.checks
    assert (check.side, check.claimed, check.computed, check.ok) == ("ukraine", 697, 697, True)
    assert "697" in check.claim
