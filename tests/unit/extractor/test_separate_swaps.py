"""A story that calls its exchange "the third swap in five days" tells the earlier ones as separate swaps."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

STORY = (
    "Ukraine and Russia swapped prisoners again on Friday, with 20 Ukrainians coming home and 18 Russians "
    "sent back.\n\n"
    "{ordinal}On Tuesday 40 prisoners were exchanged on each side, and on Wednesday 25 Ukrainian soldiers were "
    "freed."
)


def test_earlier_swaps_of_a_run_of_separate_swaps_are_background() -> None:
    text = STORY.format(ordinal="It was the third exchange in five days. ")
    (stage,) = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 7)
    assert sides(stage) == ((20, None, None), (18, None, None))


def test_without_the_ordinal_the_days_of_the_week_stay_stages() -> None:
    stages = only(run(STORY.format(ordinal=""), published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert {s.stage_date for s in stages} == {date(2025, 3, 4), date(2025, 3, 5), date(2025, 3, 7)}


def test_a_multi_day_exchange_keeps_its_days() -> None:
    text = (
        "Ukraine and Russia completed the second day of their exchange on Saturday, swapping 50 prisoners each.\n\n"
        "On Friday, the first day, 60 prisoners were exchanged on each side."
    )
    stages = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert {s.stage_date for s in stages} == {date(2025, 3, 7), date(2025, 3, 8)}
