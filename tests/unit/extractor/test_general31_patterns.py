"""Generalisation patterns of round general31 (swaps between other countries, several-day exchanges, fact
boxes under a handover heading, parts of a total said in words)."""

from datetime import date
from typing import Final

from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run, sides

# A swap between two other countries: Russia comes in only as an onlooker, Ukraine is never named

_ELSEWHERE: Final = (
    "Serbia and Montenegro trade detainees at the river crossing\n\n"
    "Serbia and Montenegro exchanged 18 detainees at a bridge on Thursday, officials said. Serbia handed over "
    "nine Montenegrin citizens and Montenegro released nine Serbian citizens in return.\n\n"
    "Russia, which has close ties with Belgrade, welcomed the exchange."
)


def test_a_swap_that_never_names_ukraine_but_names_russia_is_someone_elses() -> None:
    assert run(_ELSEWHERE, published=date(2026, 9, 3)).stages == []


# Ukrainians pardoned by a third country and sent home, in a story that never names Russia and never
# speaks of an exchange or of captivity

_PARDON: Final = (
    "King pardons 300 inmates on national day; three Ukrainians to be sent home\n\n"
    "The king pardoned 300 inmates on Monday, and 260 of them were released the same evening, the interior "
    "ministry said. Among those freed are three citizens of Ukraine, who will be returned to their country "
    "this week, the Ukrainian embassy said."
)


def test_ukrainians_freed_by_a_third_country_in_a_story_without_russia_make_no_exchange() -> None:
    assert run(_PARDON, published=date(2026, 9, 3)).stages == []


def test_a_story_naming_only_ukraine_still_tells_an_exchange_when_it_says_so() -> None:
    text = (
        "Seventy Ukrainian defenders came home on Tuesday in the latest prisoner exchange, the coordination "
        "headquarters said."
    )
    stages = only(run(text, published=date(2026, 9, 3)).stages, StageKind.STAGE)
    assert [s.sides.ukraine.total for s in stages] == [70]


# "N returned to each side in a three-day exchange": the figure of an exchange that lasted several days sums
# those days, a running total, not one day's handover; a figure for one day or stage of it is still that day's

_THREE_DAY: Final = (
    "Qatar: 640 captives returned to each side in four-day prisoner swap\n\n"
    "DOHA, Monday 14 September 2026 - Qatar said today that 640 Ukrainian captives and 640 Russian captives had "
    "been returned over four days, in a swap that started on Friday and ended this morning."
)


def test_a_figure_of_a_several_day_exchange_is_its_running_total() -> None:
    stages = run(_THREE_DAY, published=None).stages
    assert [(s.kind, s.stage_date) for s in stages] == [(StageKind.CUMULATIVE, date(2026, 9, 14))]
    assert sides(stages[0])[0][0] == 640 and sides(stages[0])[1][0] == 640


def test_one_day_of_a_several_day_exchange_is_that_days_handover() -> None:
    text = "Russia and Ukraine each returned 210 soldiers on Sunday, the final day of a two-day exchange."
    assert kinds_read(text) == {StageKind.STAGE}
    text = "On Sunday 210 soldiers were returned to each side in the second stage of a two-day exchange."
    assert kinds_read(text) == {StageKind.STAGE}


# A fact box's heading says what its lines count: under "WHO WAS FREED", "- Russia: 95 soldiers" is the people
# Russia got back, though the line names no handover; lines under another heading count nothing

_BOX: Final = (
    "EXPLAINER-The latest prisoner swap between Russia and Ukraine\n\n"
    "Russia and Ukraine swapped prisoners on Thursday, both sides said.\n\n"
    "WHO WAS FREED\n\n"
    "- Ukraine: 95 soldiers, according to Kyiv's prisoner coordination office.\n"
    "- Russia: 95 soldiers, according to the defence ministry in Moscow.\n\n"
    "WHAT COMES NEXT\n\n"
    "- Ukraine: 300 names on the next list, officials said."
)


def test_lines_under_a_handover_heading_count_the_side_they_name() -> None:
    stages = run(_BOX, published=date(2026, 6, 12)).stages
    assert [(s.kind, s.stage_date, sides(s)) for s in stages] == [
        (StageKind.STAGE, date(2026, 6, 11), ((95, 95, None), (95, 95, None)))
    ]


# "twelve soldiers were freed with the civilians, so that sixty Ukrainians in all came home": "in all" is the
# sixty's, written in words as in digits; and the civilians counted first, outvoted as the total by the sixty,
# keep their category when they and the soldiers make up the sixty

_WITH_CIVILIANS: Final = (
    "Civilians home\n\n"
    "Forty-eight Ukrainian civilians came home on Monday, a rights group said. According to the Ukrainian "
    "authorities, twelve soldiers were freed together with the civilians, so that sixty Ukrainians in all "
    "crossed the border on Monday."
)


def test_in_all_after_a_figure_in_words_is_that_figures() -> None:
    text = "Twelve soldiers were freed with the civilians, so that sixty Ukrainians in all came home."
    assert all(side != "combined" for side, _, _ in figures(text))
    assert ("ukraine", "total", 60) in figures(text)


def test_an_outvoted_category_that_fills_the_total_with_the_other_stays() -> None:
    (stage,) = only(run(_WITH_CIVILIANS, published=date(2026, 3, 3)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (60, 12, 48)
