"""Generalisation patterns of round general36 (a war-long phrase at the end of a long clause)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

# "more than 9,500 of its nationals have been brought back from enemy captivity through swaps since February 2022":
# the period ends the clause the figure opens, with no other figure between: a total over the whole war


def test_a_war_long_phrase_ending_the_figures_clause_governs_it() -> None:
    text = ("Kyiv says more than 9,500 of its nationals have been brought back from enemy captivity through prisoner "
            "swaps since February 2022, and that thousands remain.")
    assert figures(text) == set()
    assert ("ukraine", "total", 84) in figures(
        "On Tuesday 84 Ukrainians came home in a swap, the first since the war began, officials said.")


# A story opening on a swap between Russia and Western countries: "Moscow let go a French researcher and five other
# detainees in exchange for four Russians held in Europe". Russia is a party, but the other party is not
# Ukraine: a figure counts for this war only in a sentence that names Ukraine, Kyiv or Ukrainians
# (here Ukraine comes in only at the end, often but in passing)


def test_in_a_story_of_another_swap_only_a_sentence_naming_ukraine_counts() -> None:
    text = (
        "VIENNA, March 3 - Moscow let go a French researcher and five other detainees on Tuesday in exchange for "
        "four Russians held in Europe, in a deal brokered by Austria and Germany, officials said.\n\n"
        "Six people were released by Russia, among them two French citizens and a German journalist. "
        "In return, Russia got back four people, among them a man convicted of spying in Germany.\n\n"
        "Germany's chancellor said the decision had been hard.\n\n"
        "Ukraine was not part of the deal. Kyiv, which has swapped prisoners with Moscow dozens of times since the "
        "invasion, said it hoped Ukrainians held in Russia would not be forgotten, and a Ukrainian envoy said "
        "Ukraine would keep pressing for their release."
    )
    assert run(text, published=date(2026, 3, 4)).stages == []
    assert run(text, published=date(2026, 3, 4)).rejection is None


# "Kyiv reckons about 4,200 are still held in Russian jails, among them roughly 900 civilians": the count the part
# belongs to is a bare figure whose own verb holds them; its part is still held too


def test_a_part_of_a_bare_count_still_held_is_still_held() -> None:
    found = figures("Kyiv brought home 85 soldiers on Monday and reckons about 4,200 are still held in Russian jails, "
                    "among them roughly 900 civilians.")
    assert ("ukraine", "military", 85) in found
    assert ("ukraine", "civilian", 900) not in found


# "860 captives freed as 430 troops return to each side": the "each side" ends the clause of the 430, which the
# "as" opens; the 860 before it is the people of both sides together, not a figure for each


def test_each_side_after_a_later_clause_belongs_to_that_clauses_figure() -> None:
    found = figures("Second stage of the deal: 860 captives freed as 430 troops return to each side")
    assert ("both", "total", 430) in found
    assert ("both", "total", 860) not in found
    assert ("both", "total", 75) in figures("Kyiv and Moscow freed 75 prisoners each on Friday.")


# "Nine residents of the Rivne region are among the 210 Ukrainians freed on Monday": residents of a place counted
# "among" a larger handover are that place's share, of soldiers and civilians alike, never the side's civilians


def test_residents_of_a_place_among_the_freed_are_its_share_not_civilians() -> None:
    found = figures("Nine residents of the Rivne region are among the 210 Ukrainians who returned from Russian "
                    "captivity on Monday.")
    assert not any(value == 9 for _, _, value in found)
    assert not any(value == 4 for _, _, value in figures("Four Rivne residents among 210 Ukrainians freed in a swap"))
    assert ("ukraine", "civilian", 12) in figures("Kyiv got back 12 residents of occupied Kherson region on Monday.")


# 'The ombudsman said 140 Ukrainians had come back. "131 servicemen and nine civilians. All of them are home."':
# a sentence that is nothing but a list of counts by category, right after a count, breaks down those people


def test_a_verbless_list_of_counts_after_a_count_breaks_it_down() -> None:
    text = (
        "Kyiv and Moscow swapped prisoners on Thursday.\n\n"
        'The ombudsman said 140 Ukrainians had come back. "131 servicemen and nine civilians. All of them are '
        'safe now," he wrote.'
    )
    stages = only(run(text, published=date(2026, 9, 4)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(140, 131, 9)]
