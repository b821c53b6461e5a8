"""Score the extractor on a labelled corpus: precision, recall and F1 per field, and the misses.

A corpus is a folder of article files (`NAME.txt`, optional ` date YYYY-MM-DD `
header) each with `NAME.expected.json`:

    {"events": [{"kind": "stage", "stage_date": "2025-05-23",
                 "ukraine": {"total": 390, "military": 270, "civilian": 120},
                 "russia": {"total": 390, "military": 270, "civilian": 120},
                 "combined_total": null}],
     "rejection": null, "distractor": false, "received_at": "2026-11-21T12:00:00Z"}

A side or field given as "*" is not scored (a figure the article leaves open);
a side or field that is null or missing must not be reported. Every figure is
one fact `(kind, date, side, field, value)`; a fact the extractor reports and
the label lacks is a false positive, the reverse a false negative.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas import Article, StageKind
from services.extractor.extract import Extraction, analyse
from services.feeder.files import read_article

DEFAULT_RECEIVED_AT = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
FIELDS = ("stage_date", "kind", "total", "military", "civilian", "combined_total", "rejection")
SIDES = ("ukraine", "russia")
ANY = "*"

Fact = tuple[Any, ...]


@dataclass(frozen=True)
class Case:
    """One labelled article."""

    name: str
    article: Article
    expected: dict[str, Any]

    @property
    def distractor(self) -> bool:
        return bool(self.expected.get("distractor"))


@dataclass
class FieldScore:
    """Counts of one field's facts: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The scores per field, the misses, and the stage events reported for distractor articles."""

    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    misses: list[str] = field(default_factory=list)
    distractor_stage_events: int = 0
    articles: int = 0


def load_case(path: Path, received_at: datetime = DEFAULT_RECEIVED_AT) -> Case:
    """Read `NAME.txt` and its `NAME.expected.json`."""
    expected = json.loads(path.with_name(path.name.removesuffix(".txt") + ".expected.json").read_text("utf-8"))
    when = expected.get("received_at")
    arrival = datetime.fromisoformat(when.replace("Z", "+00:00")) if when else received_at
    return Case(path.name.removesuffix(".txt"), read_article(path, arrival), expected)


def load_corpus(folder: Path) -> list[Case]:
    """Load every labelled article of a corpus folder, in name order."""
    return [load_case(path) for path in sorted(folder.glob("*.txt"))]


def _label_facts(expected: dict[str, Any]) -> tuple[dict[str, set[Fact]], set[Fact]]:
    """Return the labelled facts per field, and the (kind, date, side[, field]) keys left open by "*"."""
    facts: dict[str, set[Fact]] = {name: set() for name in FIELDS}
    open_keys: set[Fact] = set()
    if expected.get("rejection"):
        facts["rejection"].add((expected["rejection"],))
    for event in expected.get("events", []):
        kind, day = event["kind"], event["stage_date"]
        facts["kind"].add((kind, day))
        if kind == StageKind.STAGE.value:
            facts["stage_date"].add((day,))
        if event.get("combined_total") is not None:
            facts["combined_total"].add((kind, day, event["combined_total"]))
        for side in SIDES:
            figures = event.get(side)
            if figures == ANY:
                open_keys.add((kind, day, side))
                continue
            for name in ("total", "military", "civilian"):
                value = (figures or {}).get(name)
                if value == ANY:
                    open_keys.add((kind, day, side, name))
                elif value is not None:
                    facts[name].add((kind, day, side, value))
    return facts, open_keys


def _reported_facts(extraction: Extraction, open_keys: set[Fact]) -> dict[str, set[Fact]]:
    facts: dict[str, set[Fact]] = {name: set() for name in FIELDS}
    if extraction.rejection is not None:
        facts["rejection"].add((extraction.rejection.reason,))
    for stage in extraction.stages:
        kind, day = stage.kind.value, stage.stage_date.isoformat()
        facts["kind"].add((kind, day))
        if stage.kind == StageKind.STAGE:
            facts["stage_date"].add((day,))
        if stage.combined_total is not None:
            facts["combined_total"].add((kind, day, stage.combined_total))
        for side in SIDES:
            figures = getattr(stage.sides, side)
            for name in ("total", "military", "civilian"):
                value = getattr(figures, name)
                left_open = (kind, day, side) in open_keys or (kind, day, side, name) in open_keys
                if value is not None and not left_open:
                    facts[name].add((kind, day, side, value))
    return facts


def score_case(case: Case, extraction: Extraction, report: Report) -> None:
    """Add one article's facts to `report`."""
    labelled, open_keys = _label_facts(case.expected)
    reported = _reported_facts(extraction, open_keys)
    report.articles += 1
    for name in FIELDS:
        counts = report.fields[name]
        hit = labelled[name] & reported[name]
        counts.tp += len(hit)
        for fact in sorted(reported[name] - labelled[name], key=str):
            counts.fp += 1
            report.misses.append(f"{case.name}: spurious {name} {fact}")
        for fact in sorted(labelled[name] - reported[name], key=str):
            counts.fn += 1
            report.misses.append(f"{case.name}: missed {name} {fact}")
    if case.distractor:
        report.distractor_stage_events += sum(1 for s in extraction.stages if s.kind == StageKind.STAGE)


def evaluate(cases: Iterable[Case], reader: Callable[[Article], Extraction] = analyse) -> Report:
    """Run `reader` (the extractor by default) over every case and score it."""
    report = Report()
    for case in cases:
        score_case(case, reader(case.article), report)
    return report

