"""Generalisation patterns of round general45 (second part)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings

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
