"""Generalisation patterns from the thirteenth blind set (possessive running totals, assent, reporting verbs, ...)."""

from schemas import StageKind
from tests.unit.extractor.helpers import findings

# "Friday's round brings the month's total to 500 prisoners": a running total raised to a figure may name whose
# total it is with a possessive (folded to a plain word by the tokenizer) instead of "the"


def test_raising_a_possessive_total_is_a_running_total() -> None:
    found = findings("The second round of the swap brings this month's total to 500 prisoners on each side.")
    assert found and all(f.kind == StageKind.CUMULATIVE for f in found)
    found = findings("Saturday's swap raised Kyiv's tally to 210 Ukrainian servicemen freed this week.")
    assert found and all(f.kind == StageKind.CUMULATIVE for f in found)
    # a handover that brings people home stays a handover
    found = findings("The swap brought home 120 Ukrainian soldiers on Friday.")
    assert found and all(f.kind == StageKind.STAGE for f in found)
