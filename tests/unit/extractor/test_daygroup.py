"""A day's group named by its day ("Tuesday's group included ...") tells what the people just counted were."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

TUESDAY, WEDNESDAY = date(2024, 3, 12), date(2024, 3, 13)


def test_a_days_group_splits_the_figure_before_it() -> None:
    text = ("Kyiv got back 64 prisoners on Tuesday. Tuesday's group included 58 servicemen and six civilians, "
            "officials in Kyiv said.")
    stages = only(run(text, WEDNESDAY).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [(TUESDAY, (64, 58, 6))]
