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


# "Moscow agreed that 40 soldiers had been returned": "agreed that" before a clause in a past or perfect tense
# concurs with an account of what happened; only a clause still to come ("agreed that 40 would be freed",
# "agreed to free 40") is a deal


def test_agreeing_that_people_had_been_freed_concurs_with_an_account() -> None:
    found = findings("The ministry agreed that 40 Russian soldiers had been handed over in return.")
    assert found and all(f.kind == StageKind.STAGE for f in found)
    found = findings("Kyiv agreed that 40 Russian soldiers were released on Monday.")
    assert found and all(f.kind == StageKind.STAGE for f in found)
    found = findings("The two sides agreed that 40 Russian soldiers would be released next week.")
    assert found and all(f.kind == StageKind.AGREEMENT for f in found)
    found = findings("The two sides agreed that 40 Russian soldiers were to be released next week.")
    assert found and all(f.kind == StageKind.AGREEMENT for f in found)
