"""A running-total span that opens a sentence governs each of its clauses.

"Over the three days, 540 Ukrainians came home, and Moscow got back 540 of its soldiers": the opening "Over the
three days," sets the period of the whole sentence, so the second clause's 540 is a running total too, though
its own clause names no span. A clause that names its own day ("..., and 200 on Wednesday") keeps its kind; a
span inside the first clause ("540 came home over the three days, and ...") reaches no further than that clause.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.kinds import is_cumulative
from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import Sentence

_OPENING_REACH: Final = 40  # "Across all three rounds of the exchange, ": a short opening phrase


def opening_span(lower: str, sentence: Sentence, reading: Reading) -> Reading:
    """Make a sentence's undated handovers running totals when a running-total span opens it."""
    kinds = {f.kind for f in reading.findings}
    if StageKind.CUMULATIVE not in kinds or StageKind.STAGE not in kinds:
        return reading
    comma = lower.find(",", sentence.start, sentence.start + _OPENING_REACH)
    if comma == -1 or not is_cumulative(" " + lower[sentence.start : comma] + " "):
        return reading
    return replace(reading, findings=tuple(
        f._replace(kind=StageKind.CUMULATIVE) if f.kind == StageKind.STAGE and f.day is None else f
        for f in reading.findings))
