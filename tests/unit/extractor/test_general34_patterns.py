"""Generalisation patterns of round general34 (a breakdown going on past its first part, a deal's deadline
month, "in all" ahead of one side's list, a local outlet's own people,
parts of people still held, an earlier story quoted in a correction, the month a deal was agreed in, a running
total said before its noun, the first stage after "since", a running total within the deal)."""

from datetime import date
from typing import Final

from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run, sides

# "150 of them are soldiers. 12 are civilians.": the second part of a breakdown needs no "of them" again

_PARTS: Final = (
    "Prisoners come home in the north\n\n"
    "On Wednesday 162 Ukrainians were freed from Russian captivity, the coordination headquarters said. "
    "150 of them are soldiers and sailors. 12 are civilians, two of them doctors.\n\n"
    "Moscow said 150 Russian soldiers had been handed back."
)


def test_a_bare_second_part_right_after_a_part_breaks_down_the_same_people() -> None:
    stages = only(run(_PARTS, published=date(2026, 4, 9)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(162, 150, 12)]


def test_a_bare_figure_after_a_sentence_that_is_no_part_adds_nothing() -> None:
    text = (
        "On Wednesday 162 Ukrainians were freed from Russian captivity, the coordination headquarters said. "
        "The city has 12 hospitals. 40 are closed."
    )
    stages = only(run(text, published=date(2026, 4, 9)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(162, None, None)]


# "agreed to swap 250 each by the end of May": the month is the deal's deadline, not when it was agreed

_DEADLINE: Final = (
    "Ninety soldiers freed from each side\n\n"
    "Ukraine and Russia each freed 90 soldiers on Tuesday. Officials said on Tuesday the two sides had agreed to "
    "swap another 250 prisoners each before the end of May."
)


def test_a_month_named_as_a_deals_deadline_does_not_make_it_another_months_deal() -> None:
    agreements = only(run(_DEADLINE, published=date(2026, 3, 18)).stages, StageKind.AGREEMENT)
    assert [(a.stage_date, sides(a)[0][0], sides(a)[1][0]) for a in agreements] == [(date(2026, 3, 17), 250, 250)]


def test_a_deal_struck_in_another_month_still_belongs_to_that_month() -> None:
    text = (
        "Ninety soldiers freed from each side\n\n"
        "Ukraine and Russia each freed 90 soldiers on Tuesday. In January the two sides agreed to swap 250 "
        "prisoners each."
    )
    agreements = only(run(text, published=date(2026, 3, 18)).stages, StageKind.AGREEMENT)
    assert all(a.stage_date != date(2026, 3, 17) for a in agreements)


# "In all, 120 Ukrainian soldiers and eight civilians came home": "in all" sums the list, it does not make its
# last item a figure for both sides

def test_in_all_ahead_of_a_list_naming_one_side_sums_that_sides_list() -> None:
    assert figures("In all, 120 Ukrainian soldiers and eight civilians came home on Sunday.") == {
        ("ukraine", "military", 120), ("ukraine", "civilian", 8), ("ukraine", "total", 128)}


def test_in_all_ahead_of_a_list_naming_no_side_is_still_both_sides_together() -> None:
    assert {side for side, _, _ in figures("In total, 120 soldiers and eight civilians came home on Sunday.")} == {
        "combined"}


# "Seven soldiers and three civilians from our district are home": a local outlet's own share of the handover

_LOCAL: Final = (
    "Home at last: seven from our district\n\n"
    "Seven soldiers and three civilians from our district are home after Sunday's prisoner exchange, the district "
    "council said. Altogether 120 Ukrainian soldiers came home on Sunday, and Russia received 120 of its own "
    "servicemen."
)


def test_people_from_our_district_are_its_share_not_the_sides_figure() -> None:
    stages = only(run(_LOCAL, published=date(2026, 5, 12)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((120, 120, None), (120, 120, None))]


def test_people_freed_from_a_named_region_are_not_a_local_share() -> None:
    assert ("ukraine", "military", 40) in figures("40 Ukrainian soldiers from the Kharkiv region came home on Sunday.")


# "About 5,000 are still held, among them some 900 civilians": a part of people still held is still held

def test_a_part_of_people_still_held_is_no_handover() -> None:
    held = "Officials think some 5,000 Ukrainians remain in Russian captivity, among them about 900 civilians."
    assert figures(held) == set()


def test_a_part_of_people_freed_is_still_a_part_of_the_handover() -> None:
    assert ("ukraine", "civilian", 6) in figures("Russia freed 80 Ukrainians on Sunday, among them six civilians.")


# A correction notice quoting what an earlier story said: its figure and its day are the errors

_NOTICE: Final = (
    "Correction: 64 soldiers freed in each direction\n\n"
    "A story published on Friday, 13 March, said that Ukraine had received 46 soldiers. The correct figure is 64. "
    "We regret the error.\n\n"
    "Ukraine and Russia swapped 64 soldiers each on Thursday, 12 March, officials in both capitals said."
)


def test_what_an_earlier_story_said_in_a_correction_is_withdrawn() -> None:
    stages = only(run(_NOTICE, published=date(2026, 3, 14)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(date(2026, 3, 12), 64, 64)]


def test_a_report_of_another_outlets_story_outside_a_correction_is_still_read() -> None:
    text = (
        "Swap reported\n\n"
        "A report published on Friday by a Moscow daily said that Russia had received 46 soldiers on Thursday."
    )
    stages = only(run(text, published=date(2026, 3, 14)).stages, StageKind.STAGE)
    assert [sides(s)[1][0] for s in stages] == [46]


# "On Sunday 14 June, in the second round of the swap the two sides agreed in Doha in May, 70 soldiers came home":
# the month is when the deal was struck; the handover's own day dates its figure

def test_a_month_a_deal_was_agreed_in_does_not_move_a_handover_told_with_its_own_day() -> None:
    text = (
        "On Sunday 14 June, in the second round of the swap that the two sides agreed in Doha in May, seventy "
        "Ukrainian soldiers crossed back into Ukraine."
    )
    assert figures(text, day=date(2026, 6, 16)) == {("ukraine", "military", 70), ("ukraine", "total", 70)}


def test_a_handover_told_only_by_the_month_of_a_deal_still_belongs_to_that_month() -> None:
    text = "In the swap that the two sides agreed in Doha in May, seventy Ukrainian soldiers crossed back into Ukraine."
    assert figures(text, day=date(2026, 6, 16)) == set()


# "raised to 500 the number of soldiers freed": the running total said before what it counts

def test_a_running_total_said_before_the_number_it_sets_is_read() -> None:
    assert figures("Sunday's round raised to 520 the number of soldiers returned to each side.") == {
        ("both", "total", 520)}
    assert kinds_read("Sunday's round raised to 520 the number of soldiers returned to each side.") == {
        StageKind.CUMULATIVE}


# "... since the first round on 2 May, which was the largest, with 300 freed each way": that round's figure

def test_a_which_clause_about_the_first_stage_after_since_tells_that_stage() -> None:
    text = (
        "The round brought to 520 the number of soldiers returned to each side since the first round on 2 May, "
        "which was the largest, with 300 men freed each way."
    )
    assert {value for _, _, value in figures(text, day=date(2026, 6, 16))} == {520}


# A running total within the deal the story reports is the deal's progress, not the war's

_PROGRESS: Final = (
    "Sixty more come home\n\n"
    "On Sunday 60 Ukrainian soldiers came home and Russia received 60 of its servicemen. Under the deal struck "
    "in spring, 1,000 prisoners on each side are to be freed. Sunday's round brought the number of prisoners "
    "returned to each side to 640."
)


def test_a_running_total_within_the_agreed_number_is_kept_however_large_beside_one_stage() -> None:
    stages = only(run(_PROGRESS, published=date(2026, 6, 16)).stages, StageKind.CUMULATIVE)
    assert [(sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(640, 640)]


def test_a_war_long_total_beyond_the_deal_is_still_dropped() -> None:
    text = _PROGRESS + " Since 2022, 6,400 Ukrainians have been freed from captivity."
    stages = only(run(text, published=date(2026, 6, 16)).stages, StageKind.CUMULATIVE)
    assert all(s.sides.ukraine.total != 6400 for s in stages)


def test_someone_elses_report_in_a_corrected_article_is_still_read() -> None:
    text = (
        "Correction: 64 Ukrainian soldiers freed\n\n"
        "An earlier version of this story gave the wrong day. Ukraine got back 64 soldiers on Thursday, 12 March. "
        "The report by the Russian Defence Ministry said that 60 Russian soldiers had been returned."
    )
    stages = only(run(text, published=date(2026, 3, 14)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((64, 64, None), (60, 60, None))]
