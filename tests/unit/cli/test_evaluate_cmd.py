"""`swaptally evaluate`: the table, the misses and the exit code."""

import argparse
import json
from pathlib import Path

import pytest

from services.cli import evaluate_cmd


def corpus(tmp_path: Path, expected_total: int) -> Path:
    tmp_path.mkdir(exist_ok=True)
    text = " date 2025-05-24 Russia and Ukraine swapped 307 prisoners of war each on Saturday."
    (tmp_path / "a.txt").write_text(text)
    label = {"events": [{"kind": "stage", "stage_date": "2025-05-24",
                         "ukraine": {"total": expected_total, "military": "*"},
                         "russia": {"total": expected_total, "military": "*"}}]}
    (tmp_path / "a.expected.json").write_text(json.dumps(label))
    return tmp_path


def args(path: Path, min_f1: float | None, *more: Path) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    evaluate_cmd.add_arguments(parser)
    argv = [str(path), *map(str, more)] + ([] if min_f1 is None else ["--min-f1", str(min_f1)])
    return parser.parse_args(argv)


def test_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_cmd.run(args(corpus(tmp_path, 307), 0.95)) == 0
    out = capsys.readouterr().out
    assert "stage_date" in out and "1.000" in out


def test_fails_below_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_cmd.run(args(corpus(tmp_path, 300), 0.95)) == 1
    assert "missed total" in capsys.readouterr().out


def test_without_threshold_it_only_reports(tmp_path: Path) -> None:
    assert evaluate_cmd.run(args(corpus(tmp_path, 300), None)) == 0


def test_missing_corpus(tmp_path: Path) -> None:
    assert evaluate_cmd.run(args(tmp_path / "nope", None)) == 2


def test_default_corpus_is_the_project_one() -> None:
    assert evaluate_cmd.DEFAULT_CORPUS.name == "corpus" and evaluate_cmd.DEFAULT_CORPUS.is_dir()


def test_several_folders_are_scored_as_one_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    right, wrong = corpus(tmp_path / "right", 307), corpus(tmp_path / "wrong", 300)
    assert evaluate_cmd.run(args(right, 0.95, wrong)) == 1
    out = capsys.readouterr().out
    assert "on 2 labelled articles" in out
    assert "wrong/a: missed total" in out and "right/a" not in out


def test_the_default_is_the_project_corpus_when_no_folder_is_named() -> None:
    parser = argparse.ArgumentParser()
    evaluate_cmd.add_arguments(parser)
    assert parser.parse_args([]).corpus == [evaluate_cmd.DEFAULT_CORPUS]
