"""Generalisation patterns from the second blind set: superlatives, background counts, lead days, mirrors."""

from schemas import StageKind
from tests.unit.extractor.helpers import findings

# "so far" after a superlative qualifies the superlative, it is no running total


def test_so_far_after_a_superlative_keeps_a_handover() -> None:
    found = findings("Kyiv got back 140 captives on Tuesday in the largest swap of the year so far.")
    assert {f.kind for f in found} == {StageKind.STAGE}


def test_so_far_on_its_own_is_still_a_running_total() -> None:
    found = findings("So far 640 Ukrainians have come home in this exchange, officials said on Tuesday.")
    assert {f.kind for f in found} == {StageKind.CUMULATIVE}


# people on their way to a swap are not yet handed over


def test_people_carried_to_a_swap_are_no_handover() -> None:
    found = findings("Moscow said a bus carrying 48 Ukrainian prisoners to the exchange had been shelled on Monday.")
    assert found == []


def test_people_carried_home_after_a_swap_still_count() -> None:
    found = findings("A plane carrying 48 Ukrainian prisoners freed in the exchange landed in Kyiv on Monday.")
    assert {(f.side, f.field, f.value) for f in found if f.field == "total"} == {("ukraine", "total", 48)}
