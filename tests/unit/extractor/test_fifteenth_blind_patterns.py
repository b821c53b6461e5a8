"""Generalisation patterns from the fifteenth round of blind misses (one side's "in all", ...)."""

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# "Kyiv got back 130, Russia 110 ... 130 soldiers in all had come home": a figure read as both sides together
# that equals one side's own total, while the other side also received people, cannot count the two sides
# (that would be 240); it is the side's own total said once more


def test_in_all_equal_to_one_sides_total_is_that_sides_total() -> None:
    text = ("Ukraine got back 130 of its soldiers on Monday in a swap with Russia, which received 110 of its troops. "
            "Kyiv's prisoner-of-war office said that 130 soldiers in all had come home.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total is None
    assert sides(stage) == ((130, 130, None), (110, 110, None))
    text = ("Russia and Ukraine swapped prisoners on Monday: 80 Ukrainian soldiers came home and 80 Russian soldiers "
            "were sent back, while 12 wounded Ukrainians were freed on top. Kyiv said that ninety-two people "
            "altogether had been returned.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total is None
    assert stage.sides.ukraine.total == 92


def test_a_two_sided_total_that_is_the_sum_stays_combined() -> None:
    text = ("Ukraine got back 130 of its soldiers on Monday in a swap with Russia, which received 110 of its troops. "
            "In all, 240 people were freed by the two sides.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total == 240
