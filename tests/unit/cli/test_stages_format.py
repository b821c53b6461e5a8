"""`swaptally stages` prints each event readably: date, kind, figures per side, source and evidence."""

from datetime import UTC, date, datetime

from schemas import Authority, Evidence, ExchangeStage, SideFigures, Sides, StageKind
from services.cli.stages_cmd import format_side, format_stage


def _stage(**changes: object) -> ExchangeStage:
    values: dict[str, object] = {
        "event_id": "e" * 64,
        "article_id": "a" * 64,
        "source": "reuters-0524.txt",
        "published": date(2025, 5, 24),
        "received_at": datetime(2025, 5, 24, 9, 0, tzinfo=UTC),
        "kind": StageKind.STAGE,
        "stage_date": date(2025, 5, 23),
        "stage_number": 1,
        "sides": Sides(
            ukraine=SideFigures(total=390, military=270, civilian=120, authority=Authority.KYIV),
            russia=SideFigures(total=390, approximate=True),
        ),
        "evidence": [Evidence(text="Both sides received 390 people on Friday.", start=10, end=52)],
        "confidence": 0.875,
        "extractor_version": "t",
    }
    return ExchangeStage.model_validate(values | changes)


def test_a_stage_shows_date_kind_number_figures_source_and_evidence() -> None:
    lines = format_stage(_stage()).splitlines()
    assert lines[0] == (
        "2025-05-23  stage #1  ukraine 390 (270 military, 120 civilian) [kyiv]  |  russia ~390 [press]"
    )
    assert lines[1] == "    source reuters-0524.txt (2025-05-24), confidence 0.88"
    assert lines[2] == '    evidence "Both sides received 390 people on Friday."'


def test_missing_figures_and_dates_are_shown_as_such() -> None:
    text = format_stage(
        _stage(kind=StageKind.AGREEMENT, stage_number=None, published=None, combined_total=2000, evidence=[],
               sides=Sides(ukraine=SideFigures(military=5)))
    )
    assert text.splitlines() == [
        "2025-05-23  agreement  ukraine ? (5 military) [press]  |  russia -  |  both sides together 2000",
        "    source reuters-0524.txt (undated), confidence 0.88",
    ]


def test_format_side_of_an_empty_side_is_a_dash() -> None:
    assert format_side("russia", SideFigures()) == "russia -"
