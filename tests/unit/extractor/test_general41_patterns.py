"""Generalisation patterns of round general41 (the day a swap is "the first since", ...)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# "Friday's swap was the first since 19 March's, when 75 went home on each side": the day named right after a
# counted "since" stands for an earlier exchange, and the ", when ..." clause describing it tells that one


def test_a_when_clause_after_the_day_a_swap_is_the_first_since_is_background() -> None:
    text = ("Kyiv brought home 52 soldiers on Friday and Moscow received 52 servicemen, both sides said.\n\n"
            "Friday's handover was the first since 6 May's, when 40 Ukrainians and 37 Russians went home.")
    extraction = run(text, published=date(2026, 5, 8))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(date(2026, 5, 8), 52, 52)]
