"""Subgroups of a counted whole: nested details, an apposed whole, overlapping parts, places, named extras."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run

# "Kyiv got back 90 people: 80 soldiers, of them 12 officers and 68 privates, and ten civilians": a list opened
# by "of them" right after a part details that part, and the ", and" after its own "and" goes back to the whole


def test_a_detail_of_one_part_does_not_spoil_the_breakdown() -> None:
    assert figures("Kyiv got back 90 people today: 80 soldiers, of them 12 officers and 68 privates, "
                   "and ten civilians.") == {("ukraine", "total", 90), ("ukraine", "military", 80),
                                             ("ukraine", "civilian", 10)}


# "Kyiv got back 90 people, 80 soldiers and ten civilians, on Friday": the list after the whole, set off by
# commas, is its parts, not two more groups of people on top of it


def test_a_whole_followed_by_its_parts_is_not_added_to_them() -> None:
    assert figures("Ukraine got back 90 prisoners, 80 soldiers and ten civilians, in a swap on Friday.") == {
        ("ukraine", "total", 90), ("ukraine", "military", 80), ("ukraine", "civilian", 10)}


def test_soldiers_then_parts_that_add_up_to_them_are_still_an_enumeration() -> None:
    assert ("ukraine", "total", 100) in figures(
        "Ukraine got back 50 soldiers, 40 marines and ten civilians on Friday.")


# "90 came home, including 30 officers and 25 marines of the navy": two parts of one category inside one whole
# may overlap; neither is the side's military figure


def test_two_military_parts_of_one_whole_give_no_military_figure() -> None:
    assert figures("Kyiv says 90 Ukrainians have come home, including 30 officers and 25 paratroopers.") == {
        ("ukraine", "total", 90)}


def test_one_civilian_part_is_still_the_civilian_figure() -> None:
    assert ("ukraine", "civilian", 20) in figures("Kyiv says 90 Ukrainians have come home, including 20 civilians.")


# "Kyiv got back 90 people, among them 60 defenders of Bakhmut": people who fought at one place are some of the
# group, as the members of one unit are, not the side's military figure


def test_defenders_of_one_place_inside_a_counted_group_are_no_figure() -> None:
    assert figures("Ukraine got back 90 people, among them 60 defenders of Bakhmut and Soledar.") == {
        ("ukraine", "total", 90)}


def test_defenders_of_the_country_are_still_the_category() -> None:
    assert ("ukraine", "military", 60) in figures(
        "Ukraine got back 70 people: 60 defenders of Ukraine and ten civilians.")


# "Ukraine handed over 41 people: 40 soldiers and Petrenko, a former mayor": a named person completes the
# breakdown, one more person (a civilian, as the apposition tells), so the soldiers are the military figure


def test_a_named_person_completes_a_breakdown() -> None:
    assert figures("In return, Ukraine handed over 41 people: 40 Russian soldiers and Petrenko, a former mayor.") \
        == {("russia", "total", 41), ("russia", "military", 40), ("russia", "civilian", 1)}


def test_a_named_soldier_completes_a_breakdown_without_a_civilian() -> None:
    assert figures("In return, Ukraine handed over 41 people: 40 Russian soldiers and Petrenko, a colonel.") \
        == {("russia", "total", 41), ("russia", "military", 40)}


def test_a_breakdown_short_by_more_than_one_stays_partial() -> None:
    assert figures("In return, Ukraine handed over 42 people: 40 Russian soldiers and Petrenko, a former mayor.") \
        == {("russia", "total", 42)}


# "The swap, the first since March, was completed late on Friday.": the day the exchange was completed dates a
# figure the story gives only with the day somebody spoke of it, an aside after the subject notwithstanding


def test_the_day_a_swap_was_completed_dates_a_figure_stated_later() -> None:
    text = ("Ukraine says it has handed back 30 Russian soldiers. "
            "The swap, the first since March, was completed late on Friday after talks. "
            "An aide said on Saturday that 40 Ukrainians had been traded for the 30 Russians.")
    stages = only(run(text, published=date(2025, 5, 24)).stages, StageKind.STAGE)
    assert {stage.stage_date for stage in stages} == {date(2025, 5, 23)}


def test_defenders_of_one_place_counted_as_the_whole_are_still_the_category() -> None:
    assert ("ukraine", "military", 60) in figures(
        "After 80 days in Russian captivity, 60 Ukrainian defenders of Bakhmut came home in a swap.")


# "500 have been brought back from captivity since March": "from captivity" ends the captivity, so the month
# dates the running total of returns (an earlier period), not how long the people were held


def test_a_month_after_from_captivity_makes_a_running_total_background() -> None:
    assert figures("By the army's count, more than 500 Ukrainians have been brought back from captivity "
                   "since March.", day=date(2023, 9, 10)) == set()


def test_a_month_after_in_captivity_still_dates_the_captivity() -> None:
    assert ("ukraine", "total", 40) in figures(
        "Ukraine brought home 40 Ukrainians held in captivity since March.", day=date(2023, 9, 10))


# "More than 900 defenders of Kherson are still in Russian captivity": a short "of <place>" after the head does
# not hide the "still" that makes the count people held, not people returned


def test_people_of_a_place_still_in_captivity_are_no_handover() -> None:
    assert figures("More than 900 defenders of Kherson are still in Russian captivity.") == set()


def test_people_of_a_place_returned_are_still_a_handover() -> None:
    assert ("ukraine", "military", 90) in figures("90 Ukrainian defenders of Kherson have returned from captivity.")


# "Ukraine has recovered 60 soldiers from Russia": to recover people is to get them back in a handover


def test_recovered_people_are_a_handover() -> None:
    assert ("ukraine", "military", 60) in figures("Kyiv, 3 May - Ukraine has recovered 60 soldiers from Russia, "
                                                  "among them two pilots.")


def test_recovered_bodies_are_still_no_handover() -> None:
    assert figures("Search teams recovered the bodies of 60 soldiers near the front.") == set()
