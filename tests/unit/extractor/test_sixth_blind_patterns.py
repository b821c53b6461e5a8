"""Generalisation patterns from the sixth blind set: exchanges between other countries."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.clauses import clause_starts
from services.extractor.rules.tokens import tokenize
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# a give/receive verb whose subject is a third country is not a Russia-Ukraine handover


def test_a_swap_between_two_other_countries_gives_no_russia_ukraine_figure() -> None:
    line = ("Baku freed 14 Armenian soldiers on Friday, and Yerevan released three Azerbaijani conscripts "
            "in an exchange mediated by the Red Cross.")
    assert figures(line) == set()


def test_a_russia_ukraine_swap_named_beside_a_third_country_still_counts() -> None:
    line = "Russia freed 14 Ukrainian soldiers on Friday in an exchange mediated by the Red Cross."
    assert ("ukraine", "military", 14) in figures(line)


# a headline figure read by default as each side's, equal to the body's two-sided total, is that total


def test_a_headline_count_equal_to_the_stated_two_sided_total_is_combined() -> None:
    text = ("Swap frees 240 prisoners\n\nA total of 240 prisoners of war were released by the two sides on "
            "Tuesday in an exchange mediated by Qatar.")
    stages = only(run(text, published=date(2024, 9, 12)).stages, StageKind.STAGE)
    assert [(sides(s), s.combined_total) for s in stages] == [
        (((None, None, None), (None, None, None)), 240)]


def test_a_headline_count_unlike_the_two_sided_total_stays_each_sides() -> None:
    text = ("Russia and Ukraine swap 120 prisoners\n\nA total of 240 prisoners of war were released by the two "
            "sides on Tuesday in an exchange mediated by Qatar.")
    stages = only(run(text, published=date(2024, 9, 12)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], s.combined_total) for s in stages] == [(120, 240)]


# a mediator's count over the exchanges it has brokered is a running total of many swaps, not this one's


def test_a_mediators_count_over_the_swaps_it_brokered_is_not_this_swaps_total() -> None:
    text = ("Russia and Ukraine swap 64 prisoners each\n\nRussia and Ukraine exchanged 64 prisoners each on "
            "Monday. Officials thanked Qatar, which said it had now brokered swaps freeing 1,312 people in total.")
    stages = only(run(text, published=date(2024, 9, 10)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], s.combined_total) for s in stages] == [(64, None)]


def test_a_count_in_a_swap_the_mediator_brokered_is_a_stage() -> None:
    found = findings("Qatar brokered the swap, in which Russia and Ukraine exchanged 1,312 prisoners in total.")
    assert any(f.kind == StageKind.STAGE for f in found if f.value == 1312)


# ", and N were <category>" after a breakdown whose first item ends in a list keeps the breakdown going


def test_a_breakdown_item_after_a_listed_category_is_still_counted() -> None:
    line = "Of the Ukrainians freed, 140 were soldiers, medics and sailors, and nine were civilians."
    found = figures(line, authority=Authority.KYIV)
    assert ("ukraine", "civilian", 9) in found


def test_a_new_clause_with_its_own_verb_phrase_after_comma_and_still_splits() -> None:
    assert clause_starts(tokenize("Russia freed 140 soldiers, and 9 were flown to Moscow.")) == [0, 5]


# "Thursday edition" names the day an issue comes out, not the day of the handover it reports


def test_the_weekday_of_an_edition_does_not_date_the_swap() -> None:
    text = ("EVENING DIGEST — Friday edition\n\nRussia and Ukraine swapped prisoners again on Thursday. "
            "Kyiv said 75 of its soldiers were brought home.")
    stages = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 6)]


def test_a_weekday_that_dates_the_swap_in_the_lead_still_does() -> None:
    text = ("EVENING DIGEST\n\nRussia and Ukraine swapped prisoners again on Friday. "
            "Kyiv said 75 of its soldiers were brought home.")
    stages = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 7)]
