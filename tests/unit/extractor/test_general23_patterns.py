"""Generalisation patterns of round general23 (timestamped live-blog entries, regional subsets, past swaps)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run

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


# "nine of the district's soldiers came home": a regional post counts its own people among the freed; the share is
# a part of the handover, not the side's figure, and must not contradict the whole the same page gives


def test_a_places_share_of_the_freed_is_no_figure() -> None:
    assert figures("Nine of our district's defenders came home on Friday.") == set()
    assert figures("Among the 70 Ukrainian soldiers who returned on Friday, six are from the Poltava region.") \
        == {("ukraine", "military", 70), ("ukraine", "total", 70)}


def test_a_regional_headline_share_does_not_reject_the_article() -> None:
    text = ("Regional administration: nine of our district's defenders are home\n\nAmong the 70 Ukrainian defenders "
            "who came back from captivity today, nine are from our district. All of them are soldiers.")
    extraction = run(text, published=date(2024, 3, 8))
    assert extraction.rejection is None
    [stage] = only(extraction.stages, StageKind.STAGE)
    assert stage.sides.ukraine.military == 70


def test_a_regions_own_count_with_no_larger_whole_still_counts() -> None:
    assert ("ukraine", "total", 40) in figures("Forty Ukrainian soldiers came home on Friday, all from the region.")


def test_a_sentence_opening_among_the_counted_gives_the_whole() -> None:
    assert figures("Among the 70 Ukrainian soldiers who came home on Friday, six are from our district.") \
        == {("ukraine", "military", 70), ("ukraine", "total", 70)}
    assert ("ukraine", "total", 70) not in figures("Kyiv got 300 back; among them 70 Ukrainian soldiers.")


# "Two months after the swap of 80 for 80, ...", "at the start of May" in a piece of late May: an analysis recalls
# the exchange it follows; its figures are background, never a stage on the day of the article


def test_a_duration_after_the_exchange_makes_its_figures_background() -> None:
    day = date(2024, 7, 30)
    assert figures("Two months after the swap of 80 Ukrainian soldiers for 80 Russian servicemen, talks stalled.",
                   day) == set()
    assert figures("A month since the exchange of 45 Ukrainian soldiers, their families still wait.", day) == set()


def test_a_vague_past_part_of_the_month_makes_its_figures_background() -> None:
    day = date(2024, 5, 28)
    assert figures("The swap of 60 Ukrainian soldiers for 60 Russian servicemen in early May was the first since "
                   "winter.", day) == set()
    assert ("ukraine", "total", 60) in figures("Ukraine got 60 soldiers back in a swap at the end of May.", day)


def test_an_analysis_weeks_after_a_swap_makes_no_stage() -> None:
    text = ("Analysis: what comes next\n\nFour weeks after the exchange of 70 Ukrainian soldiers for 70 Russian "
            "servicemen at the start of March, no new swap has been set.")
    assert run(text, published=date(2024, 3, 29)).stages == []


def test_days_after_or_a_recent_part_of_the_month_still_count() -> None:
    assert ("ukraine", "total", 50) in figures("Two days after the talks, 50 Ukrainian soldiers came home on Friday.")
    assert ("ukraine", "total", 50) in figures("Ukraine got 50 soldiers back in a swap in early May.",
                                               date(2024, 5, 12))


def test_a_running_total_since_a_past_part_of_the_month_stays_cumulative() -> None:
    assert kinds_read_on("More than 400 Ukrainians have come home since the talks in Geneva in early May.",
                         date(2024, 5, 28)) == {StageKind.CUMULATIVE}


def kinds_read_on(text: str, day: date) -> set[StageKind]:
    return {finding.kind for finding in findings(text, day)}


# "How many Russians were freed?" / "Sixty. He said 50 of them were soldiers and ten civilians.": a Q&A's bare-number
# answer counts the people its question names, and the sentence after it breaks those people down


def test_a_bare_number_answers_a_how_many_question() -> None:
    text = ("Explainer: the swap\n\nWhen was it?\nOn Tuesday Kyiv and Moscow swapped prisoners.\n\n"
            "How many Ukrainians were freed?\nSixty. The ombudsman said 50 of them were soldiers and ten were "
            "civilians.\n\nHow many are still held?\nThousands.")
    [stage] = only(run(text, published=date(2024, 4, 10)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2024, 4, 9)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.military, stage.sides.ukraine.civilian) == (60, 50, 10)


def test_a_how_many_question_about_captives_still_held_counts_nothing() -> None:
    text = ("Explainer\n\nWhat happened?\nOn Tuesday Kyiv and Moscow swapped prisoners.\n\n"
            "How many Ukrainians are still held?\nAbout 8,000.")
    assert run(text, published=date(2024, 4, 10)).stages == []


# "Kyiv got 30 soldiers and six civilians back. Moscow received the same number of soldiers, 30, ...": the figure
# the sentence sets off is the other side's count of that category, not the first side's total


def test_the_same_number_of_a_category_with_its_figure_set_off() -> None:
    text = ("Kyiv got back 30 soldiers and six civilians on Monday. Moscow received the same number of soldiers, 30, "
            "and said nothing of civilians.")
    [stage] = only(run(text, published=date(2024, 4, 9)).stages, StageKind.STAGE)
    assert (stage.sides.russia.total, stage.sides.russia.military) == (30, 30)
    assert stage.sides.ukraine.total == 36


# "Kyiv and Moscow swapped 40 prisoners for 40. The 40 Ukrainian soldiers include medics.": a sentence opening on the
# counted group names its category; with wounded freed on top, that category adds to theirs


def test_a_sentence_naming_the_counted_group_gives_its_category() -> None:
    text = ("Kyiv and Moscow swapped 40 prisoners for 40 on Monday, officials said. The 40 Ukrainian soldiers include "
            "medics from Kherson.")
    [stage] = only(run(text, published=date(2024, 4, 9)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.military) == (40, 40)


def test_the_counted_groups_category_adds_to_wounded_freed_on_top() -> None:
    text = ("Kyiv and Moscow swapped 40 prisoners for 40 on Monday, and Russia also handed over, unilaterally, 12 "
            "wounded Ukrainian soldiers. The 40 Ukrainian soldiers include medics from Kherson.")
    [stage] = only(run(text, published=date(2024, 4, 9)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.military) == (52, 52)
    assert stage.sides.russia.total == 40


# "Officials said the 30 people who came home on Monday were soldiers": a sentence ending "<be> <category noun>" says
# that category of the group it counts, as "were all soldiers" does


def test_a_predicate_category_at_the_end_of_the_sentence_types_the_group() -> None:
    text = ("Kyiv and Moscow swapped 30 captives for 30 captives on Monday. Kyiv said the 30 people who came home on "
            "Monday were soldiers.")
    [stage] = only(run(text, published=date(2024, 4, 9)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.military) == (30, 30)


def test_a_year_opening_a_sentence_names_no_group() -> None:
    text = ("Since 2022 Kyiv and Moscow have swapped prisoners many times; on Monday 40 Ukrainian soldiers came home. "
            "The 2022 Russian offensive left 2022 Russian soldiers in Ukrainian hands.")
    [stage] = only(run(text, published=date(2024, 4, 9)).stages, StageKind.STAGE)
    assert stage.sides.russia.total is None


# "The swap at the start of this month" in a piece of late March: the month is the reference's own, named
# "this month" instead of by its name, and the swap is as far in the past as "at the start of March"


def test_a_past_part_of_this_month_makes_its_figures_background() -> None:
    day = date(2024, 3, 26)
    assert figures("The swap at the start of this month, in which 70 Ukrainian soldiers came home, was the "
                   "first since New Year.", day) == set()
    assert ("ukraine", "total", 70) in figures("The swap at the start of this month, in which 70 Ukrainian "
                                               "soldiers came home, was the first.", date(2024, 3, 9))
    assert kinds_read_on("More than 300 Ukrainians have come home since the talks at the start of this month.",
                         day) == {StageKind.CUMULATIVE}
