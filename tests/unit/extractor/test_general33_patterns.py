"""Generalisation patterns of round general33 (a sum with an earlier stage, a result told as "N for N", the swap
a story's own is "the first since")."""

from datetime import date
from typing import Final

from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run, sides

# "Together with last week, 180 have come home": a figure that adds an earlier stage to the day's is a running
# total of the exchange, not a second figure for the day


def test_a_figure_summed_together_with_an_earlier_stage_is_a_running_total() -> None:
    assert kinds_read("Together with the previous Tuesday, 180 Ukrainians have come back under this deal.") == {
        StageKind.CUMULATIVE}


def test_a_figure_summed_along_with_an_earlier_day_does_not_contradict_the_days_own() -> None:
    text = (
        "Second batch of captives returns\n\n"
        "Kyiv said 70 of its soldiers were freed on Thursday. Along with Monday's group, 150 Ukrainian "
        "servicemen have been returned under the accord."
    )
    extraction = run(text, published=date(2026, 3, 12))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0]) for s in stages] == [(date(2026, 3, 12), 70)]


# "That makes it 64 for 64": a pair told as the count that came out of a handover is its result, not a deal

_RESULT: Final = (
    "Captives cross the border\n\n"
    "Kyiv said 64 of its soldiers came home on Sunday. Moscow says its men are home too, which makes it 64 for 64."
)


def test_a_pair_told_as_the_result_of_the_count_is_not_an_agreement() -> None:
    stages = run(_RESULT, published=date(2026, 2, 8)).stages
    assert only(stages, StageKind.AGREEMENT) == []
    assert [sides(s)[0][0] for s in only(stages, StageKind.STAGE)] == [64]


# "It was the first swap since the New Year exchange of 140 each": the exchange the story's own is the first
# since is an earlier one, and the figures that describe it are its own

_FIRST_SINCE: Final = (
    "Morning digest\n\n"
    "Prisoners. The exchange the day before, in which 88 captives went home on each side, was welcomed in both "
    "capitals. It was the first swap since the winter exchange of 140 each."
)


def test_the_figure_of_the_exchange_a_swap_is_the_first_since_is_background() -> None:
    extraction = run(_FIRST_SINCE, published=date(2026, 2, 9))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(date(2026, 2, 8), 88, 88)]


# "Among them are 72 servicemen and 8 civilians": "them" points back at the people the sentence before counted,
# so the figures are that count's parts, though the sentence names no handover

_AMONG: Final = (
    "Eighty captives home\n\n"
    "On Monday 80 Ukrainians returned from Russian captivity. According to the ombudsman, among them are 72 "
    "servicemen and 8 civilians, some held since the first year of the war."
)


def test_who_were_among_the_people_just_counted_breaks_that_count_down() -> None:
    stages = only(run(_AMONG, published=date(2026, 4, 7)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [(date(2026, 4, 6), (80, 72, 8))]


# "Kyiv said it got back 140 people; Moscow said it handed over 137": two governments' accounts of one side set
# side by side are a disagreement, not one source contradicting itself; the side's own government's count stands

_TWO_ACCOUNTS: Final = (
    "The counts that do not match\n\n"
    "The swap on March 3 was no exception. Kyiv said it got back 140 people, 120 soldiers and 20 civilians; "
    "Moscow said it had handed over 137."
)


def test_the_other_governments_differing_count_in_the_same_sentence_is_no_contradiction() -> None:
    extraction = run(_TWO_ACCOUNTS, published=date(2026, 3, 14))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(140, 120, 20)]


# "The swap on March 4 had been smaller. Kyiv said it got 20 soldiers back": the sentence after one that names a
# swap by its day goes on about that swap, so its undated figures are of that day, not the story's own

_NAMED_DAY: Final = (
    "Analysis\n\n"
    "On Saturday 50 soldiers came home, the army said, the second swap this week.\n\n"
    "The swap on March 4 had been smaller. Kyiv said it got 20 soldiers back."
)


def test_the_figures_after_a_sentence_naming_a_swap_by_its_day_are_that_swaps() -> None:
    stages = only(run(_NAMED_DAY, published=date(2026, 3, 9)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [(date(2026, 3, 7), (50, 50, None))]


# "... two people familiar with the plans said": a figure counting a report's informants counts no prisoners


def test_a_figure_counting_the_reports_informants_is_no_head_count() -> None:
    assert figures("The prisoner swap went ahead on Sunday, three people familiar with the handover said.") == set()
    assert figures("The exchange is over, two officials said, without giving a number.") == set()


# "are expected to exchange about 90 prisoners each": a rough forecast of a coming swap, with no deal named, is
# neither a handover nor an agreed size; a bound told of an agreed swap ("at least 1,000") stays a deal's size


def test_a_rough_forecast_of_a_coming_swap_is_neither_a_stage_nor_an_agreement() -> None:
    assert figures("Kyiv and Moscow are expected to exchange about 90 prisoners each on Friday.") == set()
    assert figures("Kyiv and Moscow are set to swap roughly 90 captives each this week.") == set()


def test_a_bound_on_an_expected_swap_is_still_the_size_of_a_deal() -> None:
    assert kinds_read("The exchange is expected to involve at least 600 prisoners on each side.") == {
        StageKind.AGREEMENT}


# "It would be the first exchange since May 2, when 70 came home": the day after "since" is past, however the
# sentence plans the coming swap, so the "when" clause dates that earlier exchange (background here)


def test_a_day_after_since_is_past_in_a_sentence_about_a_coming_swap() -> None:
    text = (
        "Swap planned\n\n"
        "A new swap is being prepared, officials said on Tuesday. It would be the first exchange since May 2, when "
        "Kyiv said 70 soldiers came home and Moscow said it got 65 servicemen back."
    )
    assert only(run(text, published=date(2026, 6, 9)).stages, StageKind.STAGE) == []
