"""Generalisation patterns of round general40 (a deal's whole size, its rest still to come, totals over days)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# "the first part of an exchange of 200 per side": the figure after "part of an exchange of" sizes the whole deal;
# "the remaining 140 ... are expected to be handed over": the rest of the deal is still to come, not yet freed


def test_the_whole_of_which_a_handover_is_part_is_the_deals_size() -> None:
    text = ("Moscow and Kyiv each released 60 captives on Monday, the opening round of a swap of 200 soldiers a "
            "side brokered by Qatar.\n\nThe remaining 140 on each side are due to be handed over later this week, "
            "an official in Doha said.")
    extraction = run(text, published=date(2026, 5, 4))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stages] == [60]
    assert [s.sides.ukraine.total for s in only(extraction.stages, StageKind.AGREEMENT)] == [200]


# "The swap ran over three days, March 2 to 4. Kyiv brought home 300; Moscow 300": the undated figures right after
# a sentence spreading the exchange over several days total those days; they are no handover of the article's day


def test_undated_figures_after_a_span_of_days_are_no_stage_of_the_article_day() -> None:
    text = ("A month on, the talks remain frozen.\n\nThe spring swap was arranged by Turkey and took place over three "
            "days, March 2 to 4. Kyiv brought home 300 soldiers and Moscow received 300 servicemen.")
    assert only(run(text, published=date(2026, 4, 6)).stages, StageKind.STAGE) == []


# "In the past month, including today, 412 Russians have been returned home": the day after
# "including" is one member of the span the figure counts over, not the day of a handover of 412


def test_a_day_a_span_is_said_to_include_does_not_date_the_spans_total() -> None:
    text = ("Today 90 Russian soldiers were returned from Ukraine, the Defence Ministry said.\n\n"
            "In the past month, including today, 412 Russians have been returned home.")
    stages = only(run(text, published=date(2026, 9, 9)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[1][0]) for s in stages] == [(date(2026, 9, 9), 90)]
    assert run(text, published=date(2026, 9, 9)).rejection is None


# A regional story's "three from Rivne and one each from Dubno and Sarny" shares its residents out by home town;
# "one each" is one person per town, not one person per side of the exchange


def test_one_each_from_named_towns_is_no_figure_for_both_sides() -> None:
    text = ("Five soldiers from the Rivne region were among the 120 Ukrainian defenders released on Monday, local "
            "officials said.\n\nThree of them are from Rivne itself and one each from Dubno and Sarny.")
    extraction = run(text, published=date(2026, 6, 2))
    assert extraction.rejection is None
    assert [sides(s)[0][1] for s in only(extraction.stages, StageKind.STAGE)] == [120]
