"""A headline figure that restates the article's running total, not any one day's handover."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# A two-day report: the headline gives the two days' sum, which the body states as a running total. The
# headline's figure fits neither day's handover; it is that running total, and takes no day's place.
TWO_DAYS = (
    "Swaps on two days bring 130 captives home to each side\n\n"
    "Ukraine and Russia traded prisoners over two days, officials said on Sunday, with 130 people "
    "coming home to each side in all.\n\n"
    "The first group was freed on Friday, when 70 Ukrainian soldiers returned. Russia received 70 of its "
    "servicemen in return.\n\n"
    "On Saturday, 60 Ukrainian soldiers came home and Russia got back 60 servicemen."
)


def test_an_undated_figure_restating_the_running_total_is_that_total() -> None:
    stages = run(TWO_DAYS, published=date(2025, 3, 9)).stages
    by_day = {s.stage_date: sides(s) for s in only(stages, StageKind.STAGE)}
    assert by_day == {
        date(2025, 3, 7): ((70, 70, None), (70, 70, None)),
        date(2025, 3, 8): ((60, 60, None), (60, 60, None)),
    }
    (running,) = only(stages, StageKind.CUMULATIVE)
    assert sides(running) == ((130, None, None), (130, None, None))


def test_an_undated_figure_of_the_one_handover_stays_with_it() -> None:
    text = (
        "Swap brings 90 captives home to each side\n\n"
        "Ukraine and Russia exchanged 90 prisoners each on Friday, officials said."
    )
    (stage,) = run(text, published=date(2025, 3, 8)).stages
    assert stage.kind == StageKind.STAGE and stage.stage_date == date(2025, 3, 7)
    assert sides(stage)[0][0] == sides(stage)[1][0] == 90
