"""Generalisation patterns of session general22 (two-way crossings, plans undone by deaths, ...)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run

# "Some 240 detainees changed hands": people crossing in both directions are the two sides together


def test_people_who_changed_hands_are_a_combined_figure() -> None:
    assert figures("By nightfall 240 detainees had changed hands at the border crossing.") == {
        ("combined", "total", 240)}
    assert ("combined", "total", 240) in figures(
        "Wrap-up: two hundred and forty detainees changed hands, one hundred and twenty going each way.")


def test_an_each_said_of_the_crossing_keeps_it_per_side() -> None:
    assert ("both", "total", 120) in figures("That morning 120 detainees changed hands each way.")


def test_a_combined_crossing_leaves_each_sides_own_figure() -> None:
    text = ("Kyiv said 120 of its soldiers were back home on Friday. Moscow said 120 Russian servicemen had been "
            "returned. Summary: two hundred and forty detainees changed hands, one hundred and twenty going each way.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert stage.combined_total == 240
    assert stage.sides.ukraine.total == 120 and stage.sides.russia.total == 120


# "40 captives who were due to be swapped that week died in the raid": a plan that death undid counts nothing


def test_people_to_be_swapped_who_were_killed_are_no_agreement() -> None:
    assert figures("Officials said 40 captives who were to be swapped that week were among those killed.") == set()
    assert figures("The army said 30 soldiers, who had been due to be exchanged on Monday, died in the strike.") \
        == set()


def test_a_plan_without_deaths_is_still_an_agreement() -> None:
    assert {f[2] for f in figures("Kyiv said 40 captives who were to be swapped next week had been named.")} <= {40}
    assert figures("The army said 300 soldiers were to be exchanged on Monday.") != set()


def test_people_returned_who_later_died_still_count() -> None:
    assert ("ukraine", "total", 12) in figures("Kyiv said 12 Ukrainians who were returned home on Monday have died.")


# "The two armies swapped captives at dawn, forty for forty": a pair set off by a comma after a done swap is its
# shape, not a deal's size


def test_a_pair_after_a_comma_closing_a_done_swap_is_a_handover() -> None:
    assert kinds_read("Kyiv and Moscow swapped captives on Friday, 60 for 60, a week before the planned ceasefire.") \
        == {StageKind.STAGE}


def test_a_pair_after_a_comma_closing_an_agreement_stays_a_deal() -> None:
    assert kinds_read("Kyiv and Moscow agreed to swap captives next month, 600 for 600.") == {StageKind.AGREEMENT}
    assert kinds_read("The envoys met in Doha, and the sides will trade captives, 600 for 600.") \
        == {StageKind.AGREEMENT}


# "Mothers greet sons freed in 75-for-75 swap": the people were freed in that very swap, so it happened


def test_people_freed_in_a_pair_swap_tell_a_handover() -> None:
    assert kinds_read("Mothers greet sons freed in 75-for-75 swap") == {StageKind.STAGE}
    assert kinds_read("Both armies said the men were released in a 40-for-40 exchange on Monday.") \
        == {StageKind.STAGE}


def test_people_still_to_be_freed_in_a_pair_swap_are_a_deal() -> None:
    assert kinds_read("Officials said the men would be freed in a 500-for-500 swap.") == {StageKind.AGREEMENT}


# "Moscow, in its turn, got back 40 soldiers": a short aside between subject and verb keeps the subject acting


def test_a_short_aside_between_subject_and_verb_keeps_the_subject() -> None:
    assert figures("Moscow, in its turn, got back 40 soldiers and six civilians.") == {
        ("russia", "military", 40), ("russia", "civilian", 6), ("russia", "total", 46)}
    assert ("ukraine", "total", 30) in figures("Russia, meanwhile, released 30 prisoners to Kyiv.")


def test_a_clause_between_commas_is_no_aside() -> None:
    assert ("russia", "total", 30) not in figures("Near Sumy, where Kyiv said it had received, 30 people were freed.")


# "... and Moscow freed an additional 12 badly wounded soldiers", "... 12 wounded men as well": wounded people
# freed beside the swap are on top of it


def test_wounded_freed_as_well_or_in_addition_are_on_top() -> None:
    for text in ("Kyiv and Moscow exchanged 80 prisoners each, and Moscow freed an additional 12 badly wounded "
                 "Ukrainian soldiers.",
                 "On Monday 80 prisoners went each way, and Russia released 12 seriously wounded Ukrainians as well."):
        [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
        assert (stage.sides.ukraine.total, stage.sides.russia.total) == (92, 80)


# "After the call, the swap came the next day, 4 June, when ...": "the next day" is the story's, not a plan,
# so the calendar date beside it dates the handover


def test_a_calendar_date_beside_the_next_day_dates_the_handover() -> None:
    text = ("After the leaders' call, the exchange took place the next day, 4 June, when 60 prisoners went each way "
            "and Russia freed 5 wounded Ukrainians as well.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 4)
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (65, 60)


def test_a_date_after_next_week_is_still_a_plan() -> None:
    text = "Officials said 60 prisoners each had been exchanged on Monday. More will follow next week, on 9 June."
    [stage] = only(run(text, published=date(2025, 6, 3)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 2)


def test_a_four_word_aside_still_keeps_the_subject() -> None:
    assert ("russia", "total", 40) in figures("Moscow, for its own part, got back 40 soldiers.")


def test_deaths_of_other_people_leave_the_planned_handover() -> None:
    found = figures("Kyiv said 200 prisoners who were to be exchanged on Friday came home, while 3 guards were killed.")
    assert 200 in {value for _, _, value in found}


def test_wounded_as_well_as_others_are_parts_not_extras() -> None:
    text = "On Monday Ukraine got back 12 wounded soldiers as well as two civilians."
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.total == 14
