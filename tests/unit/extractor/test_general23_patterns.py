"""Generalisation patterns of round general23 (timestamped live-blog entries, regional subsets, past swaps)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run

# "Wednesday 3 May, 09:15": a live blog's entry heading with its clock time still names the day of the entry,
# so two swaps days apart on one page give two stages


def test_timestamped_entry_headings_date_their_entries() -> None:
    text = ("Live: the week in the war\n\nWednesday 3 May, 09:15\nThirty Ukrainian soldiers came home in a swap "
            "today, Kyiv says.\n\nWednesday 3 May, 11:40\nMoscow says 30 Russian servicemen were returned.\n\n"
            "Saturday 6 May, 10:05\nAnother swap today: 45 Ukrainian soldiers are free.\n")
    stages = only(run(text, published=date(2023, 5, 6)).stages, StageKind.STAGE)
    assert {(s.stage_date, s.sides.ukraine.total) for s in stages} == {(date(2023, 5, 3), 30), (date(2023, 5, 6), 45)}


def test_a_clock_alone_or_a_sentence_with_a_day_is_no_heading() -> None:
    text = ("On Friday 5 May, 10:00 was the hour set for the handover.\n14:30\n"
            "Yesterday 60 Ukrainian soldiers came home in a swap with Russia.\n")
    [stage] = only(run(text, published=date(2023, 5, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2023, 5, 5)
