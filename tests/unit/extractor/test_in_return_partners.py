"""'In return, Russia received 60': the sentence just before tells the other half of the same exchange."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

STORY = (
    "Opinion: the men on the buses\n\n"
    "Last Friday, sixty Ukrainian marines stepped off the buses near the border and into the arms of families "
    "who had waited two years. {reply} The swap was barely noticed abroad."
)


def test_the_sentence_before_in_return_counts_the_other_side_s_people() -> None:
    text = STORY.format(reply="In return, Russia received 60 of its own soldiers.")
    (stage,) = only(run(text, published=date(2025, 3, 10)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 7)
    assert sides(stage) == ((60, 60, None), (60, 60, None))


def test_without_in_return_the_sentence_before_counts_nothing() -> None:
    text = STORY.format(reply="Russia received 60 of its own soldiers.")
    (stage,) = only(run(text, published=date(2025, 3, 10)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (None, None, None)
