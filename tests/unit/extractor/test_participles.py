"""A participle after a comma ("..., bringing home 64") acts through the subject that opens the sentence."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

TUESDAY, WEDNESDAY = date(2024, 3, 12), date(2024, 3, 13)


def test_bringing_home_after_a_comma_counts_for_the_opening_subject() -> None:
    text = "Ukraine concluded another swap with Moscow on Tuesday, bringing home 64 prisoners."
    stages = only(run(text, WEDNESDAY).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [(TUESDAY, (64, None, None))]


def test_a_participle_with_no_country_opening_the_sentence_names_no_side() -> None:
    text = "The talks in Geneva ended on Tuesday with a swap, bringing home 64 prisoners."
    stages = only(run(text, WEDNESDAY).stages, StageKind.STAGE)
    assert all(sides(s)[0][0] != 64 for s in stages)
