"""Generalisation patterns of round general36 (a war-long phrase at the end of a long clause)."""

from tests.unit.extractor.helpers import figures

# "more than 9,500 of its nationals have been brought back from enemy captivity through swaps since February 2022":
# the period ends the clause the figure opens, with no other figure between: a total over the whole war


def test_a_war_long_phrase_ending_the_figures_clause_governs_it() -> None:
    text = ("Kyiv says more than 9,500 of its nationals have been brought back from enemy captivity through prisoner "
            "swaps since February 2022, and that thousands remain.")
    assert figures(text) == set()
    assert ("ukraine", "total", 84) in figures(
        "On Tuesday 84 Ukrainians came home in a swap, the first since the war began, officials said.")
