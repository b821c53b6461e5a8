"""A statement's day gives way to the event's: "Forty soldiers came home on Easter Sunday" over "Forty
soldiers have been returned, the ministry said on Monday".

The day a statement was made dates a handover only as a last resort (`occurred`). When another sentence of
the story counts the very same people (same side, same figures) and dates the handover itself a day or two
before the statement, the statement reports that handover: its figures take that day. A further batch
("another 25", "25 more") is a new handover and keeps its own day.
"""

from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading

_REACH: Final = timedelta(days=2)  # a statement made this long after the handover still reports it
_FURTHER: Final = frozenset({"another", "more", "further", "additional", "second"})


def _counts(reading: Reading) -> set[tuple[str, str, int]]:
    return {(f.side, f.field, f.value) for f in reading.findings if f.kind == StageKind.STAGE}


def _event_day(reading: Reading, stated: date, readings: list[Reading], stated_only: set[int]) -> date | None:
    counts = _counts(reading)
    for other in readings:
        if other.index in stated_only or other.day is None or not stated - _REACH <= other.day < stated:
            continue
        if counts and counts <= _counts(other) and all(f.day == other.day for f in other.findings):
            return other.day
    return None


def on_event_day(readings: list[Reading], stated_only: set[int]) -> list[Reading]:
    """Re-date the readings dated only by a statement (`stated_only`: their indexes) that restate a figure
    another sentence dates by the event."""
    if not stated_only:
        return readings
    out: list[Reading] = []
    for reading in readings:
        stated = reading.day
        if reading.index in stated_only and stated is not None and reading.findings and _FURTHER.isdisjoint(
            reading.sentence.text.lower().split()
        ):
            day = _event_day(reading, stated, readings, stated_only)
            if day is not None:
                findings = tuple(f._replace(day=day) if f.day == stated else f for f in reading.findings)
                reading = replace(reading, findings=findings, day=day)
        out.append(reading)
    return out
