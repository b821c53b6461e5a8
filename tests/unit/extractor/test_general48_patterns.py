"""Generalisation patterns of round general48."""

from datetime import date

from tests.unit.extractor.helpers import run

# "on Friday, three days before the Easter holiday": "N days before" followed by a named event dates that event
# from the handover; it does not move the handover N days back


def _dates(text: str, published: date) -> set[date]:
    return {stage.stage_date for stage in run(text, published).stages}


def test_days_before_a_named_event_does_not_move_the_handover() -> None:
    text = ("Kyiv said 75 of its soldiers came home on Friday, while Moscow said 75 of its men had returned, in a "
            "swap brokered by Qatar three days before the New Year holidays.")
    assert _dates(text, date(2026, 12, 25)) == {date(2026, 12, 25)}


def test_days_before_with_no_event_still_dates_the_earlier_day() -> None:
    text = ("Kyiv said on Friday that 75 of its soldiers had come home. Two days before, Moscow said, 40 of its "
            "men had returned.")
    assert date(2026, 12, 23) in _dates(text, date(2026, 12, 25))
