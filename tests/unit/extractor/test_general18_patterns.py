"""Generalisation patterns from held-out misses: earlier swaps, list glue, appositions, named extras, units."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

# "Moscow said on Friday that 40 soldiers came back. The previous swap took place on 2 May.": a neighbour that
# says when an earlier exchange took place does not date the statement's handover


def test_the_day_of_an_earlier_swap_does_not_date_the_statement() -> None:
    text = ("Ukraine brought home 64 soldiers today. Moscow said on Friday that 64 of its troops had come back. "
            "The previous swap took place on 2 May, when 30 people were freed by each side.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 6)
    assert sides(stage) == ((64, 64, None), (64, 64, None))


def test_the_day_the_current_swap_took_place_still_dates_it() -> None:
    text = ("Moscow said on Friday that 64 of its troops had come back from Ukraine. "
            "The swap took place on Thursday near the border.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 5)


# "Kyiv got back 61 marines, as well as four medics": ", as well as" joins the items of one enumeration, as
# "and" does, so the figures add up to the side's total


def test_comma_as_well_as_joins_an_enumeration() -> None:
    assert figures("Kyiv said it had got back 61 of its marines, as well as four civilians from Kherson.") == {
        ("ukraine", "military", 61), ("ukraine", "civilian", 4), ("ukraine", "total", 65)}


# "14 civilian sailors": the word "civilian" before a head that would count soldiers makes them civilians


def test_civilian_before_a_military_head_counts_civilians() -> None:
    assert figures("Moscow said 14 Russian civilian sailors were handed back on Friday.") == {
        ("russia", "civilian", 14), ("russia", "total", 14)}
