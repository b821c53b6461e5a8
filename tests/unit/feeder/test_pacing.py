"""Pacing math: fixed intervals, published dates compressed by a factor, or no waiting at all."""

from datetime import date

import pytest

from services.feeder.pacing import SECONDS_PER_DAY, Pacing, PacingMode, delays

FRI, SAT, SUN = date(2025, 5, 23), date(2025, 5, 24), date(2025, 5, 25)


def test_asap_never_waits() -> None:
    assert delays(Pacing(), [FRI, SAT, None]) == [0.0, 0.0, 0.0]


def test_interval_waits_between_articles_but_not_before_the_first() -> None:
    assert delays(Pacing(PacingMode.INTERVAL, 2.5), [FRI, None, SAT]) == [0.0, 2.5, 2.5]


def test_speed_compresses_the_gaps_between_published_dates() -> None:
    factor = SECONDS_PER_DAY / 2  # one day of news in two seconds
    assert delays(Pacing(PacingMode.SPEED, factor), [FRI, FRI, SAT, SUN]) == [0.0, 0.0, 2.0, 2.0]


def test_speed_waits_for_the_whole_gap_across_several_days() -> None:
    assert delays(Pacing(PacingMode.SPEED, SECONDS_PER_DAY), [FRI, SUN]) == [0.0, 2.0]


def test_speed_sends_undated_and_out_of_order_articles_at_once() -> None:
    assert delays(Pacing(PacingMode.SPEED, SECONDS_PER_DAY), [SAT, None, FRI, SUN, SAT]) == [0.0, 0.0, 0.0, 1.0, 0.0]


def test_speed_measures_from_the_first_dated_article_even_after_undated_ones() -> None:
    assert delays(Pacing(PacingMode.SPEED, SECONDS_PER_DAY), [None, FRI, SAT]) == [0.0, 0.0, 1.0]


def test_no_articles_no_delays() -> None:
    assert delays(Pacing(PacingMode.INTERVAL, 1.0), []) == []


@pytest.mark.parametrize(("mode", "value"), [(PacingMode.INTERVAL, -1.0), (PacingMode.SPEED, 0.0)])
def test_impossible_pacing_is_refused(mode: PacingMode, value: float) -> None:
    with pytest.raises(ValueError):
        Pacing(mode, value)


def test_descriptions_say_what_will_happen() -> None:
    assert Pacing(PacingMode.INTERVAL, 2).describe() == "every 2 s"
    assert Pacing(PacingMode.SPEED, 3600).describe() == "3600x real time"
    assert Pacing().describe() == "as fast as possible"
