"""A category said of a whole group by its predicate: "the 36 freed were all servicemen"."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides


def test_were_all_gives_the_single_total_its_category() -> None:
    assert ("russia", "military", 36) in figures("Russia got back 36 people, who were all soldiers.")
    assert ("ukraine", "civilian", 12) in figures("Ukraine received 12 people; they are all civilians.")
    # two totals: which one the predicate speaks of is not said
    found = figures("Ukraine got back 20 people and Russia 18, who were all soldiers.")
    assert all(field != "military" for _, field, _ in found)


def test_were_all_of_a_group_counted_earlier_restates_its_side() -> None:
    text = (
        "Ukraine and Russia swapped 50 Ukrainians for 47 Russians on Friday.\n\n"
        "The 50 who came home to Ukraine were 41 soldiers and nine civilians, Kyiv said. A Russian official "
        "said the 47 men released in return were all soldiers."
    )
    (stage,) = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert sides(stage) == ((50, 41, 9), (47, 47, None))


def test_were_all_of_a_figure_no_side_was_counted_with_adds_nothing() -> None:
    text = (
        "Ukraine and Russia swapped 50 Ukrainians for 47 Russians on Friday.\n\n"
        "A Russian official said the 40 men who were freed first were all soldiers."
    )
    (stage,) = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert sides(stage) == ((50, None, None), (47, None, None))
