"""Tally sets: several outlets' articles scored as the one tally they must give."""

import argparse
import json
import shutil
from pathlib import Path

import pytest

from schemas import Figures
from services.aggregator.reconcile import reconcile
from services.cli import evaluate_cmd
from services.cli.tally_sets import ExpectedStage, ExpectedTally, compare, score_set, tally_sets_in
from services.settings import PROJECT_ROOT
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, report

SEEDS = PROJECT_ROOT / "seeds"


def seed_expectation(saturday_total: int = 307) -> dict[str, object]:
    friday = {"total": 390, "military": 270, "civilian": 120}
    saturday = {"total": saturday_total, "military": saturday_total, "civilian": None}
    total = {"total": 390 + saturday_total, "military": 270 + saturday_total, "civilian": 120}
    return {
        "stages": [{"date": "2025-05-23", "ukraine": friday, "russia": friday},
                   {"date": "2025-05-24", "ukraine": saturday, "russia": saturday}],
        "totals": {"ukraine": total, "russia": total},
        "agreed_per_side": 1000,
    }


def seed_set(folder: Path, expectation: dict[str, object]) -> Path:
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "expected.json").write_text(json.dumps(expectation))
    return folder


def test_the_seeds_are_a_set_tallied_exactly_right(tmp_path: Path) -> None:
    score = score_set(seed_set(tmp_path / "may2025", seed_expectation()), "russia-ukraine")
    assert score.right and score.right_stages == 2 and score.totals_right and score.agreed_right
    assert score.warnings == []  # expected.json is not an article


def test_a_wrong_expectation_names_the_stage_field_and_totals(tmp_path: Path) -> None:
    score = score_set(seed_set(tmp_path / "may2025", seed_expectation(303)), "russia-ukraine")
    assert not score.right and score.right_stages == 1 and not score.totals_right
    assert "stage 2025-05-24 ukraine total: expected 303, tallied 307" in score.differences
    assert "totals russia total: expected 693, tallied 697" in score.differences


def test_a_stage_counted_twice_is_a_difference() -> None:
    tally = reconcile([report("a", day=FRIDAY, both=figures(390)), report("b", day=SATURDAY, both=figures(390))])
    expected = ExpectedTally(
        stages=[ExpectedStage(date=FRIDAY, ukraine=Figures(total=390), russia=Figures(total=390))],
        totals={"ukraine": Figures(total=390), "russia": Figures(total=390)},
    )
    score = compare("twice", tally, expected)
    assert score.tallied_stages == 2 and "stage 2025-05-24 not expected (sources: b)" in score.differences
    assert not score.totals_right


def test_a_folder_of_sets_lists_its_sets_and_a_set_itself(tmp_path: Path) -> None:
    one = seed_set(tmp_path / "one", seed_expectation())
    (tmp_path / "not-a-set").mkdir()
    assert tally_sets_in(tmp_path) == [one] and tally_sets_in(one) == [one]
    assert tally_sets_in(SEEDS) == []


def test_evaluate_scores_a_folder_of_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_set(tmp_path / "right", seed_expectation())
    seed_set(tmp_path / "wrong", seed_expectation(303))
    parser = argparse.ArgumentParser()
    evaluate_cmd.add_arguments(parser)
    assert evaluate_cmd.run(parser.parse_args([str(tmp_path)])) == 0
    out = capsys.readouterr().out
    assert "sets tallied exactly right: 1 of 2" in out
    assert "wrong: stage 2025-05-24 russia total: expected 303, tallied 307" in out


def test_a_malformed_expectation_names_its_file(tmp_path: Path) -> None:
    folder = seed_set(tmp_path / "bad", {"stages": "none"})
    with pytest.raises(ValueError, match="expected.json"):
        score_set(folder, "russia-ukraine")



def test_evaluate_reports_a_malformed_expectation_instead_of_crashing(tmp_path: Path) -> None:
    seed_set(tmp_path / "bad", {"stages": "none"})
    parser = argparse.ArgumentParser()
    evaluate_cmd.add_arguments(parser)
    assert evaluate_cmd.run(parser.parse_args([str(tmp_path)])) == 2
