"""The five seeds, fed together, give exactly the stages, running total and agreement of ARCHITECTURE.md."""

from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from schemas import ExchangeStage, StageKind
from services.extractor.extract import analyse
from services.feeder.files import read_article

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
RECEIVED = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
FRIDAY, SATURDAY = date(2025, 5, 23), date(2025, 5, 24)


@pytest.fixture(scope="module")
def events() -> list[ExchangeStage]:
    found: list[ExchangeStage] = []
    for path in sorted(SEEDS.glob("*.txt")):
        extraction = analyse(read_article(path, RECEIVED))
        assert extraction.rejection is None, (path.name, extraction.rejection)
        found += extraction.stages
    return found


def union(events: list[ExchangeStage], kind: StageKind) -> dict[tuple[date, str, str], set[int]]:
    """Every value reported for (day, side, field) across the seeds."""
    values: dict[tuple[date, str, str], set[int]] = defaultdict(set)
    for event in events:
        if event.kind == kind:
            for side in ("ukraine", "russia"):
                figures = getattr(event.sides, side)
                for field in ("total", "military", "civilian"):
                    value = getattr(figures, field)
                    if value is not None:
                        values[(event.stage_date, side, field)].add(value)
    return dict(values)


def test_stages(events: list[ExchangeStage]) -> None:
    expected = {
        (day, side, field): {value}
        for side in ("ukraine", "russia")
        for day, field, value in ((FRIDAY, "total", 390), (FRIDAY, "military", 270), (FRIDAY, "civilian", 120),
                                  (SATURDAY, "total", 307), (SATURDAY, "military", 307))
    }
    assert union(events, StageKind.STAGE) == expected


def test_cumulative_is_the_697_of_kyiv(events: list[ExchangeStage]) -> None:
    assert union(events, StageKind.CUMULATIVE) == {(SATURDAY, "ukraine", "total"): {697}}
    (claim,) = [e for e in events if e.kind == StageKind.CUMULATIVE]
    assert claim.sides.ukraine.authority.value == "kyiv" and claim.sides.russia.is_empty()


def test_agreement_is_1000_each(events: list[ExchangeStage]) -> None:
    values = union(events, StageKind.AGREEMENT)
    assert {key[1:]: v for key, v in values.items()} == {("ukraine", "total"): {1000}, ("russia", "total"): {1000}}


def test_nothing_else(events: list[ExchangeStage]) -> None:
    assert {(e.kind, e.stage_date) for e in events if e.kind != StageKind.AGREEMENT} == {
        (StageKind.STAGE, FRIDAY), (StageKind.STAGE, SATURDAY), (StageKind.CUMULATIVE, SATURDAY)}
    assert all(e.combined_total is None for e in events)
    assert all(not e.sides.ukraine.approximate and not e.sides.russia.approximate for e in events)


def test_the_tally_of_the_seeds(events: list[ExchangeStage]) -> None:
    from services.aggregator.reconcile import reconcile

    tally = reconcile(events)
    totals = {side: (f.total, f.military, f.civilian) for side, f in tally.totals.items()}
    assert totals == {"ukraine": (697, 577, 120), "russia": (697, 577, 120)}
    (exchange,) = tally.exchanges
    assert exchange.agreed_per_side == 1000
    assert [c.ok for c in tally.checks] == [True]
