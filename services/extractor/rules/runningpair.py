"""A two-sided figure that sums the running total just given: "Over the three days, each side got back 1,000.
Altogether 2,000 people were freed." The 2,000 is that running total's two-sided figure, not a handover's.
"""

from dataclasses import replace

from schemas import StageKind
from services.extractor.rules.model import Reading


def _running_sum(previous: Reading) -> int | None:
    """What the sentence before counts in all, when it tells a running total of each side."""
    running = [f for f in previous.findings if f.kind == StageKind.CUMULATIVE and f.field == "total"]
    both = {f.value for f in running if f.side == "both"}
    if len(both) == 1:
        return 2 * both.pop()
    sides = {f.side: f.value for f in running if f.side in {"ukraine", "russia"}}
    return sum(sides.values()) if len(sides) == 2 else None


def sums_running_total(text: str, previous: Reading, reading: Reading) -> Reading:
    """Make an undated two-sided figure that equals the two sides of the running total just before it (in the
    next sentence) that running total's figure."""
    findings = reading.findings
    if not findings or any(f.side != "combined" or f.kind != StageKind.STAGE or f.day is not None for f in findings):
        return reading
    if text[previous.sentence.end : reading.sentence.start].strip():
        return reading  # another sentence between: it no longer continues the running total
    whole = _running_sum(previous)
    if whole is None or any(f.value != whole for f in findings):
        return reading
    return replace(reading, findings=tuple(f._replace(kind=StageKind.CUMULATIVE) for f in findings))
