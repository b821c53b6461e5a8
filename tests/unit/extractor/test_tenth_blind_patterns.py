"""Generalisation patterns from the tenth blind set (date styles, translated English, split sides)."""

from datetime import date

from tests.unit.extractor.helpers import findings

# "14.09.2024": a day, month and four-digit year joined by full stops is a calendar date (day first)


def test_a_dotted_day_month_year_is_an_explicit_date() -> None:
    days = {f.day for f in findings("The swap took place on 03.11.2024, when 40 Ukrainian soldiers came home.",
                                    day=date(2024, 11, 20))}
    assert days == {date(2024, 11, 3)}
    # a thousands figure written with a full stop is no date: it still counts heads
    assert {f.value for f in findings("Ukraine brought home 1.000 prisoners on Sunday.")} == {1000}
