"""Generalisation patterns of round general50."""


from datetime import date
from typing import Final

from tests.unit.extractor.helpers import run, sides

PUBLISHED: Final = date(2026, 3, 14)

# A bare year equal to the article's own year is no other period, and a year that modifies a deal word
# ("the 2025 Geneva memorandum", "the agreement of 2025") dates the deal, not the handover


def test_the_articles_own_year_before_a_deal_word_is_no_other_period() -> None:
    stages = run("Kyiv got back 75 marines on Saturday under the 2026 Istanbul deal, and Moscow received 75.",
                 PUBLISHED).stages
    assert [sides(s) for s in stages] == [((75, 75, None), (75, None, None))]


def test_a_deal_word_of_the_articles_year() -> None:
    stages = run("Kyiv got back 75 marines on Saturday under the agreement of 2026, and Moscow received 75.",
                 PUBLISHED).stages
    assert [sides(s) for s in stages] == [((75, 75, None), (75, None, None))]


def test_an_earlier_year_dating_the_deal_keeps_the_handover() -> None:
    stages = run("Kyiv got back 75 marines on Saturday under the 2025 Geneva memorandum, and Moscow received 75.",
                 PUBLISHED).stages
    assert [sides(s) for s in stages] == [((75, 75, None), (75, None, None))]


def test_an_earlier_year_opening_the_sentence_is_still_background() -> None:
    assert not run("In 2025, Moscow received 75 of its soldiers back.", PUBLISHED).stages


# "Each side freed 210 detainees": two sides that each hand people over are the two sides of an exchange, so a
# story of "detainees" that names no country is not a third country's release of people it detained


def test_detainees_freed_by_each_side_are_an_exchange() -> None:
    stages = run("Each side freed 210 detainees on Sunday, officials said.", PUBLISHED).stages
    assert [sides(s) for s in stages] == [((210, None, None), (210, None, None))]


def test_detainees_both_sides_handed_over() -> None:
    stages = run("Both sides handed over 210 detainees on Sunday.", PUBLISHED).stages
    assert [sides(s) for s in stages] == [((210, None, None), (210, None, None))]


def test_a_detention_abroad_without_two_sides_is_still_no_exchange() -> None:
    assert not run("Twelve sailors detained in a foreign port for five months were released and flew home on "
                   "Sunday, 12 in all.", PUBLISHED).stages


# "Together, the two sides freed 310 captives on Sunday": a fronted "together" before the two sides sums what they
# gave, like a fronted "between them" (`betweenfront`); "together with" a country only names a partner


def _stage_of(text: str) -> tuple[object, int | None]:
    stages = run(text, PUBLISHED).stages
    assert len(stages) == 1
    return sides(stages[0]), stages[0].combined_total


def test_a_fronted_together_makes_the_two_sides_figure_combined() -> None:
    assert _stage_of("Together, the two sides freed 310 captives on Sunday.") == (
        ((None, None, None), (None, None, None)), 310)


def test_a_fronted_together_after_a_clause() -> None:
    assert _stage_of("Officials confirmed the swap, and together both sides freed 310 captives on Sunday.")[1] == 310


def test_together_with_each_stays_each_sides() -> None:
    assert _stage_of("Together, the two sides freed 155 captives each on Sunday.") == (
        ((155, None, None), (155, None, None)), None)


def test_together_with_a_country_is_untouched() -> None:
    assert _stage_of("Together with Moscow, Kyiv freed 310 captives on Sunday.")[1] is None
