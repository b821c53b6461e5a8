"""Generalisation patterns from held-out misses: earlier swaps, list glue, appositions, named extras, units."""

from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, findings, kinds_read, only, run, sides

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


# "Today 70 of our people are free — marines, pilots and border guards.": a dash that names only military people
# says what the whole count is, so the figure is a military one (and the total it implies yields to a stated one)


def test_a_dash_naming_only_soldiers_makes_the_count_military() -> None:
    found = {(f.side, f.field, f.value, f.listed) for f in findings(
        "70 of our guys came home today — soldiers of the army, the navy and the border service.",
        authority=Authority.KYIV)}
    assert found == {("ukraine", "military", 70, False), ("ukraine", "total", 70, False)}


def test_a_dash_naming_soldiers_and_civilians_gives_no_category() -> None:
    assert figures("70 of our guys came home today — soldiers, medics and civilians.", authority=Authority.KYIV) == {
        ("ukraine", "total", 70)}


def test_the_soldiers_of_a_dash_then_civilians_add_up_to_the_stated_total() -> None:
    text = ("Kyiv said 78 Ukrainians came home today: 70 soldiers and eight civilians. "
            "\"Today 70 of our guys are home — soldiers of the army and the navy. And eight civilians,\" he said.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (78, 70, 8)


# "14 civilian sailors": the word "civilian" before a head that would count soldiers makes them civilians


def test_civilian_before_a_military_head_counts_civilians() -> None:
    assert figures("Moscow said 14 Russian civilian sailors were handed back on Friday.") == {
        ("russia", "civilian", 14), ("russia", "total", 14)}


def test_a_dash_naming_people_of_unknown_standing_gives_no_category() -> None:
    assert figures("70 of our guys came home today — defenders of the port, volunteers and medics.",
                   authority=Authority.KYIV) == {("ukraine", "total", 70)}


# "66 soldiers of the army and the navy, and also four medics": an "of" phrase saying whose soldiers they are does
# not end the list, so the next count is its second item


def test_an_of_phrase_inside_an_enumeration_keeps_the_list_together() -> None:
    assert figures("Ukraine got back 66 soldiers of the army and the navy, and also four civilians.") == {
        ("ukraine", "military", 66), ("ukraine", "civilian", 4), ("ukraine", "total", 70)}


def test_the_parts_of_a_counted_group_after_an_of_phrase() -> None:
    text = ("Ukraine got 70 of its people back today. Among the released are 66 soldiers of the armed forces of "
            "Ukraine, the navy and the border service, and also four civilians.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (70, 66, 4)


def test_an_of_phrase_with_a_clause_in_it_ends_the_list() -> None:
    assert ("ukraine", "total", 70) not in figures(
        "Ukraine got back 66 soldiers of the unit that was captured in May and four civilians.")


# "Among the 120 freed were 40 marines of the 36th brigade": people of one unit named inside a counted group are
# some of them, not the side's soldiers as a whole


def test_members_of_one_unit_inside_a_counted_group_are_no_figure() -> None:
    assert figures("Among the 120 Ukrainians freed were 40 Ukrainian marines of the 36th brigade, the navy said.") \
        == set()
    assert figures("Forty Ukrainian fighters of the third assault battalion were among the 120 Ukrainians freed.") \
        == set()


def test_soldiers_of_the_armed_forces_are_still_the_category() -> None:
    assert ("ukraine", "military", 40) in figures(
        "Among the 45 Ukrainians freed were 40 Ukrainian soldiers of the armed forces and five civilians.")


# "Kyiv handed over 40 soldiers and Ivan Petrenko, a former mayor": a named person after "and" is one more
# person in the handover, on top of the soldiers counted


def test_a_named_person_after_a_count_adds_one_to_the_total() -> None:
    assert figures("In return, Ukraine handed over 40 Russian soldiers and Ivan Petrenko, a former governor.") == {
        ("russia", "military", 40), ("russia", "total", 41)}


def test_a_count_and_a_named_speaker_adds_nobody() -> None:
    assert figures("Ukraine handed over 40 Russian soldiers and Ivan Petrenko said the swap went well.") == {
        ("russia", "military", 40), ("russia", "total", 40)}


# "Kyiv and Moscow have swapped prisoners once more — forty for forty.": a pair set off after a clause telling a
# swap that is done gives that swap's shape, not the size of a deal


def test_a_pair_after_a_done_swap_is_its_shape() -> None:
    assert kinds_read("Kyiv and Moscow have swapped prisoners once more — forty for forty.") == {StageKind.STAGE}
    assert kinds_read("The two sides exchanged captives on the border: 40 for 40.") == {StageKind.STAGE}


def test_a_pair_after_a_plan_is_still_a_deal() -> None:
    assert kinds_read("Kyiv and Moscow have agreed to swap prisoners once more — forty for forty.") \
        == {StageKind.AGREEMENT}
    assert kinds_read("Prisoners will be exchanged next week — 40 for 40.") == {StageKind.AGREEMENT}


# "The coaches reached Kyiv at noon. On board were 40 Ukrainian marines.": a count of the people on board says who
# the people of a handover told elsewhere were; it restates, and creates no handover of its own


def test_the_people_on_board_give_the_category_of_a_handover() -> None:
    text = ("Kyiv and Moscow have swapped prisoners once more — forty for forty. The coaches reached Kyiv at noon. "
            "On board were forty Ukrainian marines, some of them held for two years.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (40, 40, None)


def test_people_on_board_alone_are_no_handover() -> None:
    text = ("A transport plane came down near the border ahead of a planned exchange, the army said on Friday. "
            "On board were 40 Ukrainian soldiers, it said.")
    assert only(run(text).stages, StageKind.STAGE) == []
