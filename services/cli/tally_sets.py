"""Score the whole pipeline on a tally set: several outlets' articles on one exchange and the tally they must give.

Per-article F1 (`evaluate` on a labelled corpus) cannot see what only reconciliation decides: a stage
counted twice because one outlet dated it differently, a disputed figure that won, a running total
taken for a stage by one outlet. A tally set folder holds the articles and `expected.json`
(`ExpectedTally`); its score compares the offline tally (`offline_tally`, the live pipeline's code)
stage by stage and figure by figure.
"""

from datetime import date
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, ValidationError

from schemas import Figures, Tally
from services.aggregator.rules.voting import FIELDS, SIDES
from services.cli.tally_offline import offline_tally
from services.feeder.files import discover

EXPECTED_FILE: Final = "expected.json"
# A fixed receiving day, so an undated article is dated the same way on every run.
RECEIVED_ON: Final = date(2026, 1, 1)


class ExpectedStage(BaseModel):
    """One stage the set reports, with the figures the tally must show for it."""

    model_config = ConfigDict(extra="forbid")

    date: date
    ukraine: Figures
    russia: Figures


class ExpectedTally(BaseModel):
    """`expected.json` of a tally set."""

    model_config = ConfigDict(extra="forbid")

    stages: list[ExpectedStage]
    totals: dict[str, Figures]
    agreed_per_side: int | None = None
    note: str = ""


class SetScore(BaseModel):
    """How the tally of one set compares with its expected tally."""

    name: str
    expected_stages: int
    tallied_stages: int
    right_stages: int  # date and every figure of both sides as expected
    totals_right: bool
    agreed_right: bool
    differences: list[str]
    warnings: list[str]

    @property
    def right(self) -> bool:
        return not self.differences


def is_tally_set(folder: Path) -> bool:
    return (folder / EXPECTED_FILE).is_file()


def tally_sets_in(folder: Path) -> list[Path]:
    """The folder itself when it is a tally set, else its sub-folders that are, sorted."""
    if is_tally_set(folder):
        return [folder]
    return sorted(child for child in folder.iterdir() if child.is_dir() and is_tally_set(child))


def load_expected(folder: Path) -> ExpectedTally:
    """Read the set's `expected.json`; a malformed file raises ValueError naming it."""
    path = folder / EXPECTED_FILE
    try:
        return ExpectedTally.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        raise ValueError(f"{path}: {exc}") from exc


def _figure_differences(where: str, expected: Figures, got: Figures) -> list[str]:
    return [
        f"{where} {field}: expected {getattr(expected, field)}, tallied {getattr(got, field)}"
        for field in FIELDS
        if getattr(expected, field) != getattr(got, field)
    ]


def compare(name: str, tally: Tally, expected: ExpectedTally, warnings: list[str] | None = None) -> SetScore:
    """Compare a tally with the expected one: stage dates, each stage's figures, totals, agreed figure."""
    tallied = {stage.date: stage for exchange in tally.exchanges for stage in exchange.stages}
    wanted = {stage.date: stage for stage in expected.stages}
    differences: list[str] = []
    right = 0
    for day in sorted(wanted.keys() | tallied.keys()):
        if day not in tallied:
            differences.append(f"stage {day} missing")
            continue
        if day not in wanted:
            differences.append(f"stage {day} not expected (sources: {', '.join(tallied[day].sources)})")
            continue
        found = [
            difference
            for side in SIDES
            for difference in _figure_differences(f"stage {day} {side}", getattr(wanted[day], side),
                                                  getattr(tallied[day], side))
        ]
        differences += found
        right += not found
    totals = [
        difference
        for side in SIDES
        for difference in _figure_differences(f"totals {side}", expected.totals.get(side, Figures()),
                                              tally.totals.get(side, Figures()))
    ]
    agreed = sorted({e.agreed_per_side for e in tally.exchanges if e.agreed_per_side is not None})
    agreed_right = agreed == ([expected.agreed_per_side] if expected.agreed_per_side is not None else [])
    if not agreed_right:
        differences.append(f"agreed per side: expected {expected.agreed_per_side}, tallied {agreed or None}")
    return SetScore(
        name=name, expected_stages=len(wanted), tallied_stages=len(tallied), right_stages=right,
        totals_right=not totals, agreed_right=agreed_right, differences=differences + totals,
        warnings=warnings or [],
    )


def score_set(folder: Path, conflict: str) -> SetScore:
    """Run the set's articles through `tally --offline`'s code and compare with `expected.json`."""
    expected = load_expected(folder)
    run = offline_tally([folder], conflict, received_on=RECEIVED_ON)
    not_articles = {ignored.source for ignored in discover([folder]).ignored}  # expected.json, README
    warnings = [w for w in run.warnings if not any(w.startswith(f"skipped {name}:") for name in not_articles)]
    return compare(folder.name, run.tally, expected, warnings)
