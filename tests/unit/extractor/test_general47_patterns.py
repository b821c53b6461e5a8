"""Generalisation patterns of round general47."""


from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import findings, only, run, sides

DAY = date(2026, 3, 14)

# "That takes the number of Ukrainians freed this year to 1,450": any verb that sets a running total to a new
# figure ("takes", "pushes", "brings", "raises" the total/number/tally to N) gives a running total, not the stage's


def test_a_total_taken_to_a_figure_is_a_running_total() -> None:
    read = findings("That takes the number of Ukrainians freed this spring to 2,310, the army said.")
    assert {(f.kind, f.value) for f in read} == {(StageKind.CUMULATIVE, 2310)}


def test_the_stage_keeps_its_own_figure_when_the_total_is_pushed_up() -> None:
    text = ("Kyiv got back 85 marines on Tuesday, officials said. The return pushed the tally of Ukrainians "
            "freed since spring to 960.")
    stages = only(run(text, DAY).stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stages] == [85]


def test_taking_the_total_in_the_same_sentence() -> None:
    text = "Moscow handed over 64 Ukrainian servicemen on Sunday, taking the total for the year to 812."
    stages = only(run(text, DAY).stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stages] == [64]


def test_taking_people_somewhere_is_not_a_running_total() -> None:
    read = findings("Buses took the 64 freed soldiers to a hospital in Chernihiv on Sunday.")
    assert StageKind.CUMULATIVE not in {f.kind for f in read}


def test_a_later_sentence_taking_the_number_up_leaves_the_stage_alone() -> None:
    text = ("Kyiv welcomed back 75 servicemen on Friday, the ombudsman said. That takes the number of Ukrainians "
            "returned this year to 1,130.")
    stages = only(run(text, DAY).stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stages] == [75]


# "Between them, the two sides freed 240 ...": "between them" put before the clause sums both directions just as
# "the two sides freed 240 ... between them" does; "each" keeps the figure each side's


def test_a_leading_between_them_makes_the_figure_combined() -> None:
    text = "Between them, the two sides handed over 318 prisoners on Wednesday, the Red Cross said."
    stage = only(run(text, DAY).stages, StageKind.STAGE)[0]
    assert stage.combined_total == 318
    assert sides(stage) == ((None, None, None), (None, None, None))


def test_a_leading_between_them_without_a_comma() -> None:
    text = "Between them the warring sides returned 96 captives on Monday."
    stage = only(run(text, DAY).stages, StageKind.STAGE)[0]
    assert stage.combined_total == 96


def test_each_side_keeps_its_own_figure() -> None:
    stage = only(run("Each side handed over 318 prisoners on Wednesday.", DAY).stages, StageKind.STAGE)[0]
    assert sides(stage)[0][0] == 318 and sides(stage)[1][0] == 318
    assert stage.combined_total is None


def test_the_two_sides_each_keep_their_own_figure() -> None:
    text = "The two sides each handed over 318 prisoners on Wednesday, the Red Cross said."
    stage = only(run(text, DAY).stages, StageKind.STAGE)[0]
    assert sides(stage)[0][0] == 318 and sides(stage)[1][0] == 318


def test_a_leading_between_them_with_each_stays_each_sides() -> None:
    text = "Between them, the two sides handed over 159 prisoners each on Wednesday."
    stage = only(run(text, DAY).stages, StageKind.STAGE)[0]
    assert sides(stage)[0][0] == 159 and sides(stage)[1][0] == 159
