"""Generalisation patterns of round general45 (second part)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run

# "N residents of <place>, including <some of them>, were among the M": the aside does not cut the N from "among"


def test_residents_with_an_including_aside_before_among_are_a_share() -> None:
    sentence = ("Eleven residents of the Chernihiv region, including a retired priest, were among the 73 Ukrainians "
                "released from Russian captivity on Monday.")
    assert ("ukraine", "total", 11) not in figures(sentence)
    assert ("ukraine", "civilian", 11) not in figures(sentence)


def test_residents_with_an_aside_and_no_among_keep_their_figure() -> None:
    sentence = ("Eleven residents of the Chernihiv region, including a retired priest, were released from "
                "Russian captivity on Monday.")
    assert ("ukraine", "civilian", 11) in figures(sentence)


# "over October 3, 4 and 5": every day of a listed run of days is a day of its own, so the count covers them all


def test_a_total_over_a_listed_run_of_days_is_cumulative() -> None:
    reading = findings("Altogether, over October 3, 4 and 5, 612 Ukrainian defenders were brought home.",
                       date(2026, 10, 5))
    assert reading and all(f.kind == StageKind.CUMULATIVE for f in reading)


def test_a_day_list_must_close_before_people() -> None:
    reading = findings("On October 3, 4 and 5 soldiers came home to Ukraine.", date(2026, 10, 5))
    assert all(f.day != date(2026, 10, 4) for f in reading)


# "<N> days after a swap of <X>": the swap came first; its X are that earlier exchange's people


def test_a_swap_some_days_before_what_the_sentence_dates_is_background() -> None:
    sentence = "Ankara confirmed the new deal on Friday, three days after a swap of 64 prisoners each."
    assert ("both", "total", 64) not in figures(sentence, date(2026, 10, 5))


def test_a_handover_some_days_after_a_swap_is_its_own() -> None:
    sentence = "Three days after the swap, 40 more Ukrainians came home on Monday."
    assert ("ukraine", "total", 40) in figures(sentence, date(2026, 10, 5))


# "Two swaps this autumn brought 412 home": a figure several exchanges returned is their sum, no one stage


def test_a_figure_several_swaps_returned_is_no_stage() -> None:
    assert figures("Three swaps this autumn brought 412 Ukrainians home, officials said.", date(2026, 11, 2)) == set()


def test_a_figure_one_of_two_swaps_returned_stays_a_stage() -> None:
    sentence = "In two swaps this week, 150 Ukrainians came home on Tuesday and 140 on Friday."
    assert ("ukraine", "total", 150) in figures(sentence, date(2026, 11, 6))


# an undated sentence right after one recalling a past handover continues that handover, not the story's day


def test_an_undated_restatement_after_a_recalled_swap_makes_no_stage_on_the_story_day() -> None:
    text = ("Looking back on autumn\n\nThe October swap, on October 6 and 7, delivered 240 people to each side. "
            "Ukraine received 225 servicemen and 15 civilians; Russia received 240 soldiers. Talks continue.")
    stages = only(run(text, date(2026, 11, 20)).stages, StageKind.STAGE)
    assert all(s.stage_date != date(2026, 11, 20) for s in stages)


def test_an_undated_handover_told_before_a_recalled_swap_stays_the_story_own() -> None:
    text = ("Prisoners home\n\nUkraine received 64 servicemen on Friday, officials said. The previous swap, on "
            "October 6, returned 240. Ukraine received 64 servicemen and Russia received 64 soldiers.")
    stages = only(run(text, date(2026, 11, 20)).stages, StageKind.STAGE)
    assert any(s.stage_date == date(2026, 11, 20) and s.sides.ukraine.total == 64 for s in stages)
