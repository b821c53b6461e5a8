"""Our own labelled corpus: F1 >= 0.95 on side totals and stage dates, and nothing from distractors."""

import json
from pathlib import Path

import pytest

from schemas import StageKind
from services.extractor.evaluation import Case, Report, evaluate, load_corpus
from services.extractor.extract import analyse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def report(cases: list[Case]) -> Report:
    return evaluate(cases)


def test_corpus_is_large_and_varied(cases: list[Case]) -> None:
    distractors = [c for c in cases if c.distractor]
    assert len(cases) >= 36 and len(distractors) >= 8
    assert any(c.article.published is None for c in cases)  # headerless articles
    kinds = {e["kind"] for c in cases for e in c.expected.get("events", [])}
    assert kinds == {"stage", "cumulative", "agreement"}


def test_every_text_has_a_label() -> None:
    texts = {p.name.removesuffix(".txt") for p in CORPUS.glob("*.txt")}
    labels = {p.name.removesuffix(".expected.json") for p in CORPUS.glob("*.expected.json")}
    assert texts == labels
    for path in CORPUS.glob("*.expected.json"):
        assert isinstance(json.loads(path.read_text("utf-8")).get("events"), list), path.name


@pytest.mark.parametrize("field", ["total", "stage_date"])
def test_f1(report: Report, field: str) -> None:
    assert report.fields[field].f1 >= 0.95, report.misses


@pytest.mark.parametrize("field", ["military", "civilian", "kind"])
def test_other_fields_are_good_too(report: Report, field: str) -> None:
    assert report.fields[field].f1 >= 0.9, report.misses


def test_no_stage_from_distractors(cases: list[Case]) -> None:
    for case in cases:
        if case.distractor:
            stages = [s for s in analyse(case.article).stages if s.kind == StageKind.STAGE]
            assert stages == [], case.name
