"""Scoring: facts per field, open figures, misses, distractors."""

import json
from datetime import date
from pathlib import Path

from schemas import ExchangeStage, SideFigures, Sides, StageKind
from services.extractor.evaluation import Case, FieldScore, Report, load_case, score_case
from services.extractor.extract import Extraction, Rejection
from tests.unit.extractor.helpers import article


def stage(day: str, ukraine: int | None, russia: int | None, kind: StageKind = StageKind.STAGE) -> ExchangeStage:
    item = article("x")
    return ExchangeStage(
        event_id="e", article_id=item.article_id, source="s", published=None, received_at=item.received_at,
        kind=kind, stage_date=date.fromisoformat(day),
        sides=Sides(ukraine=SideFigures(total=ukraine), russia=SideFigures(total=russia)), confidence=0.9,
        extractor_version="t",
    )


def case(expected: dict, distractor: bool = False) -> Case:  # type: ignore[type-arg]
    return Case("c", article("x"), {**expected, "distractor": distractor})


LABEL = {"events": [{"kind": "stage", "stage_date": "2025-05-23", "ukraine": {"total": 390}, "russia": "*"}]}


def test_perfect_extraction() -> None:
    report = Report()
    score_case(case(LABEL), Extraction([stage("2025-05-23", 390, 123)]), report)
    assert (report.fields["total"].tp, report.fields["total"].fp, report.fields["total"].fn) == (1, 0, 0)
    assert report.fields["stage_date"].f1 == 1.0 and report.misses == []


def test_wrong_value_is_a_miss_and_a_false_positive() -> None:
    report = Report()
    score_case(case(LABEL), Extraction([stage("2025-05-23", 400, None)]), report)
    assert (report.fields["total"].fp, report.fields["total"].fn) == (1, 1)
    assert len(report.misses) == 2


def test_rejections_and_distractors() -> None:
    report = Report()
    score_case(case({"events": [], "rejection": "not_english"}), Extraction(rejection=Rejection("not_english", "")),
               report)
    score_case(case({"events": []}, distractor=True), Extraction([stage("2025-05-23", 1, 1)]), report)
    assert report.fields["rejection"].tp == 1
    assert report.distractor_stage_events == 1


def test_f1_arithmetic() -> None:
    score = FieldScore(tp=8, fp=2, fn=0)
    assert (score.precision, score.recall) == (0.8, 1.0)
    assert round(score.f1, 3) == 0.889
    assert FieldScore().f1 == 1.0


def test_load_case_reads_header_and_label(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2025-05-24 Russia and Ukraine swapped 307 POWs each on Saturday.")
    (tmp_path / "a.expected.json").write_text(json.dumps({"events": [], "received_at": "2025-05-25T00:00:00Z"}))
    loaded = load_case(tmp_path / "a.txt")
    assert loaded.article.published == date(2025, 5, 24)
    assert loaded.article.received_at.isoformat() == "2025-05-25T00:00:00+00:00"
