"""Generalisation patterns from the second blind set: superlatives, background counts, lead days, mirrors."""

from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import findings, only, run, sides

# "so far" after a superlative qualifies the superlative, it is no running total


def test_so_far_after_a_superlative_keeps_a_handover() -> None:
    found = findings("Kyiv got back 140 captives on Tuesday in the largest swap of the year so far.")
    assert {f.kind for f in found} == {StageKind.STAGE}


def test_so_far_on_its_own_is_still_a_running_total() -> None:
    found = findings("So far 640 Ukrainians have come home in this exchange, officials said on Tuesday.")
    assert {f.kind for f in found} == {StageKind.CUMULATIVE}


# people on their way to a swap are not yet handed over


def test_people_carried_to_a_swap_are_no_handover() -> None:
    found = findings("Moscow said a bus carrying 48 Ukrainian prisoners to the exchange had been shelled on Monday.")
    assert found == []


def test_people_carried_home_after_a_swap_still_count() -> None:
    found = findings("A plane carrying 48 Ukrainian prisoners freed in the exchange landed in Kyiv on Monday.")
    assert {(f.side, f.field, f.value) for f in found if f.field == "total"} == {("ukraine", "total", 48)}


# a mediator's or ombudsman's ledger over many exchanges is no figure of this swap


def test_a_count_of_many_exchanges_marks_a_ledger() -> None:
    assert findings("Qatar says it has now mediated seven exchanges, with a combined 1,410 people released.") == []


def test_a_figure_of_one_exchange_is_still_read() -> None:
    found = findings("Qatar says it mediated the exchange, in which 140 Ukrainians were released.")
    assert {(f.side, f.value) for f in found if f.field == "total"} == {("ukraine", 140)}


# a day named just before the first counted handover dates it


def test_a_day_in_the_sentence_before_the_figures_dates_them() -> None:
    text = ("Analysts have long argued that leverage decides every swap. Prisoners change hands at night, far from "
            "cameras. Families wait for lists that rarely come on time. The trade resumed on Thursday after a lull. "
            "Kyiv got back 73 soldiers, and Moscow received 73 of its servicemen.")
    stages = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0]) for s in stages] == [(date(2025, 3, 6), 73)]


def test_a_day_far_before_the_figures_does_not_date_them() -> None:
    text = ("Analysts have long argued that leverage decides every swap. Prisoners change hands at night, far from "
            "cameras. Families wait for lists that rarely come on time. Nobody expected quick progress. "
            "Relatives protested in Kyiv on Thursday. Few diplomats would say more. Lists were not published. "
            "Kyiv got back 73 soldiers, and Moscow received 73 of its servicemen.")
    stages = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 8)]


# "the same number" in the next sentence mirrors the figures just given


def test_the_same_number_in_the_next_sentence_copies_the_figures_to_the_other_side() -> None:
    result = run("Kyiv got back 64 soldiers on Thursday. Moscow received the same number of its servicemen, "
                 "officials said.", published=date(2025, 3, 7))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert sides(stage) == ((64, 64, None), (64, 64, None))


def test_the_same_number_for_the_same_side_copies_nothing() -> None:
    result = run("Kyiv got back 64 soldiers on Thursday. Ukraine had received the same number in January, "
                 "officials said.", published=date(2025, 3, 7))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert sides(stage)[1] == (None, None, None)


def test_roughly_the_same_number_is_a_hedged_copy() -> None:
    result = run("Kyiv got back 64 soldiers on Thursday. Roughly the same number of Russians came back, "
                 "officials said.", published=date(2025, 3, 7))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert stage.sides.russia.total == 64 and stage.sides.russia.approximate


# "N of them soldiers and M civilians" after a total breaks it down


def test_of_them_inside_the_count_makes_a_breakdown() -> None:
    found = findings("Kyiv said 410 Ukrainians had been brought back on Friday, 360 of them soldiers and 50 civilians.")
    assert {(f.side, f.field, f.value) for f in found} == {
        ("ukraine", "total", 410), ("ukraine", "military", 360), ("ukraine", "civilian", 50)
    }


# a count the mediator gives for its work "between Moscow and Kyiv" covers both sides at once


def test_a_count_between_the_two_sides_is_combined() -> None:
    found = findings("Qatar said its mediation between Kyiv and Moscow had freed 96 prisoners on Tuesday.")
    assert {(f.side, f.value) for f in found} == {("combined", 96)}


def test_each_still_wins_over_between() -> None:
    found = findings("In the swap between Russia and Ukraine on Tuesday, 48 prisoners each were freed.")
    assert {(f.side, f.value) for f in found if f.field == "total"} == {("both", 48)}


# third blind set: datelines, superlative years, half-months, a day's N-for-N, ledgers for both sides


def test_a_dateline_dates_a_headerless_article() -> None:
    text = ("Swap brings soldiers home\nLVIV, Friday 12 May 2023 — Ukraine said it had got back 45 of its soldiers "
            "from Russian captivity yesterday, and that all of them were now in a hospital in the west of the country "
            "with their families.")
    stages = only(run(text, published=None).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2023, 5, 11)]


def test_the_year_of_a_superlative_is_no_other_period() -> None:
    found = findings("The largest exchange of 2025 brought 390 Ukrainians home on Friday.")
    assert {(f.side, f.value) for f in found if f.field == "total"} == {("ukraine", 390)}


def test_a_half_month_is_another_period() -> None:
    found = findings("It was the first swap since mid-April, when each side released 48 prisoners.",
                     day=date(2025, 6, 20))
    assert found == []


def test_a_days_n_for_n_swap_is_no_agreement() -> None:
    found = findings("Saturday's 84-for-84 swap went smoothly, officials said.", day=date(2025, 6, 22))
    assert StageKind.AGREEMENT not in {f.kind for f in found}


def test_a_ledger_for_both_sides_far_above_the_handover_is_dropped() -> None:
    text = ("Kyiv got back 150 soldiers on Wednesday and Moscow received 150 servicemen. Abu Dhabi said that "
            "2,834 captives had now been exchanged through its efforts.")
    result = run(text, published=date(2025, 2, 6))
    assert only(result.stages, StageKind.CUMULATIVE) == []


def test_the_date_of_a_correction_note_dates_no_handover() -> None:
    text = ("Correction, 14 March: An earlier version of this story said 70 Ukrainians had been returned. "
            "The figure has been updated. The two sides swapped prisoners on Wednesday after weeks of talks. "
            "Kyiv said 64 soldiers had come home, and Moscow said it had received 64 of its servicemen.")
    stages = only(run(text, published=date(2025, 3, 14)).stages, StageKind.STAGE)
    assert [(s.stage_date, s.sides.ukraine.total) for s in stages] == [(date(2025, 3, 12), 64)]


def test_people_carried_to_a_planned_swap_are_no_agreement() -> None:
    assert findings("Moscow says the plane was carrying 65 Ukrainian prisoners to a planned swap.") == []


def test_release_of_is_a_noun_that_names_no_giver() -> None:
    found = findings("Kyiv wins release of 52 women on Monday in a new swap.", day=date(2025, 3, 4))
    assert "russia" not in {f.side for f in found}


def test_the_biggest_since_a_date_when_tells_that_earlier_swap() -> None:
    # once dated 21 February (and so left out as an old stage); since general41 the clause is background itself
    found = findings("Monday's swap was the biggest since 21 February, when 150 Ukrainians came home.",
                     day=date(2025, 3, 4))
    assert found == []


def test_an_agreement_in_a_story_without_handover_keeps_its_own_day() -> None:
    text = ("The third round in Istanbul lasted barely an hour on Wednesday, but it ended with an agreement to "
            "exchange at least 840 prisoners of war from each side in the coming weeks, officials said.")
    stages = only(run(text, published=date(2025, 7, 24)).stages, StageKind.AGREEMENT)
    assert [s.stage_date for s in stages] == [date(2025, 7, 23)]


def test_a_brokered_n_for_n_swap_is_no_agreement() -> None:
    found = findings("Qatar brokers 48-for-48 swap between the two countries", day=date(2025, 3, 4))
    assert StageKind.AGREEMENT not in {f.kind for f in found}


def test_the_two_sides_is_no_head_count() -> None:
    assert findings("The two sides swapped prisoners on Wednesday after weeks of talks.") == []


# history pieces and local angles


def test_a_few_among_those_freed_are_no_side_count() -> None:
    found = findings("Two Lviv medics among those freed as Kyiv and Moscow swap 64 POWs each", day=date(2025, 3, 4))
    assert {f.value for f in found} == {64}


def test_years_later_tells_the_past() -> None:
    found = findings("Two years later, on 29 December 2019, another exchange returned 76 people to Kyiv.",
                     day=date(2024, 9, 7))
    assert {f.day for f in found} == {date(2019, 12, 29)}


def test_an_old_deal_in_a_history_piece_is_no_agreement() -> None:
    text = ("Swaps have a long history in Europe. The same bridge saw a dissident walk free in 1986 in a deal "
            "involving four men released by the East and five by the West, and the story was told for years.")
    assert run(text, published=date(2024, 9, 7)).stages == []


def test_defenders_home_are_ukrainians() -> None:
    found = findings("Presidential office: 64 defenders home on Christmas Eve", day=date(2024, 12, 24))
    assert {(f.side, f.field, f.value) for f in found} == {("ukraine", "military", 64), ("ukraine", "total", 64)}


def test_soldiers_from_an_army_are_not_sent_from_that_country() -> None:
    found = findings("In return, 64 prisoners of war from the Russian armed forces were handed over on Monday.",
                     day=date(2025, 3, 4))
    assert "ukraine" not in {f.side for f in found}


def test_a_dozen_is_twelve() -> None:
    found = findings("Kyiv got back a dozen Ukrainians on Saturday.", day=date(2022, 11, 26))
    assert {(f.side, f.value) for f in found} == {("ukraine", 12)}


def test_a_total_over_the_past_week_spans_several_swaps() -> None:
    assert findings("Counting all three, 98 Ukrainians had come home over the past week.") == []


# a short figure sentence finishes the figure-less sentence before it


def test_a_verbless_head_count_after_a_homecoming_sentence_counts() -> None:
    result = run("Zelensky posted a video from the border. \"Our people are home. 75 Ukrainian defenders.\" "
                 "The clip showed men climbing off a bus.", published=date(2024, 5, 31))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert sides(stage)[0] == (75, 75, None)


def test_a_figure_sentence_without_people_is_not_joined() -> None:
    result = run("Zelensky posted a video from the border. Our people are home. 154 in all today. The clip showed "
                 "the men as they were climbing off a bus with their bags.", published=date(2024, 5, 31))
    assert result.rejection is None and result.stages == []


# "likewise" after a running total is that running total


def test_likewise_after_a_running_total_is_a_running_total() -> None:
    text = ("Kyiv said soldiers and civilians had been returned over the three days of the exchange. "
            "Russia's defence ministry said it had likewise received 640 of its citizens.")
    result = run(text, published=date(2025, 5, 25))
    assert [s.kind for s in result.stages] == [StageKind.CUMULATIVE]


def test_likewise_after_a_handover_stays_a_handover() -> None:
    text = ("Kyiv said 84 soldiers had been returned on Sunday. "
            "Russia's defence ministry said it had likewise received 84 of its soldiers.")
    result = run(text, published=date(2025, 5, 25))
    assert [s.kind for s in result.stages] == [StageKind.STAGE]


# breakdowns with asides set off by dashes


def test_a_dash_aside_inside_a_breakdown_details_one_part() -> None:
    found = findings("Kyiv said 140 people had come home: 130 servicemen — 120 privates and ten officers — as well as "
                     "ten civilians.", authority=Authority.KYIV)
    assert {(f.field, f.value) for f in found if f.side == "ukraine"} == {
        ("total", 140), ("military", 130), ("civilian", 10)
    }


def test_and_alongside_keeps_the_list_in_the_clause() -> None:
    found = findings("Zelensky said 64 Ukrainian soldiers had come home, and alongside our defenders, 12 civilians.",
                     authority=Authority.KYIV)
    assert ("ukraine", "civilian", 12) in {(f.side, f.field, f.value) for f in found}


# "bringing the number of people ... to N": the people come before the figure


def test_bringing_the_number_of_people_to_a_figure_is_a_running_total() -> None:
    found = findings("The two sides finished the exchange on Sunday, bringing the number of people each side has "
                     "received since Friday to 640.", day=date(2025, 5, 25))
    assert {(f.kind, f.side, f.value) for f in found} == {(StageKind.CUMULATIVE, "both", 640)}


def test_bringing_the_number_since_the_war_began_to_a_figure_is_background() -> None:
    found = findings("The swap on Sunday brought the number of Ukrainians freed since the war began to 4,131.",
                     day=date(2025, 5, 25))
    assert found == []


def test_the_same_number_in_a_plan_copies_nothing() -> None:
    result = run("Kyiv got back 64 soldiers on Thursday. Moscow said it would hand over the same number of "
                 "prisoners next week, officials said.", published=date(2025, 3, 7))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert sides(stage)[1] == (None, None, None)


# wire phrasings: "a total of N — M from each side", "received M of its own"


def test_a_total_then_each_side_is_combined_and_each() -> None:
    result = run("A total of 206 prisoners were exchanged on Friday — 103 from each side — in a swap mediated by "
                 "the United Arab Emirates, officials said.", published=date(2025, 3, 8))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert (stage.combined_total, stage.sides.ukraine.total, stage.sides.russia.total) == (206, 103, 103)


def test_of_its_own_belongs_to_the_subject_not_to_the_people_named_before() -> None:
    result = run("Russia handed over 150 Ukrainian prisoners of war on Friday, and in exchange received 150 of its "
                 "own, the ministry said.", published=date(2025, 3, 8))
    stage = only(result.stages, StageKind.STAGE)[0]
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (150, 150)


def test_traded_in_total_is_one_combined_figure() -> None:
    found = findings("Kyiv and Moscow traded 300 prisoners in total on Friday, the defence ministries of both "
                     "countries said.", day=date(2025, 3, 8))
    assert {(f.side, f.value) for f in found} == {("combined", 300)}


def test_people_held_by_the_other_side_swapped_for_others_are_handed_over() -> None:
    found = findings("Russia said it had returned 75 Ukrainian prisoners of war in exchange for 75 Russian soldiers "
                     "held by Kyiv.", day=date(2025, 3, 8))
    assert {(f.side, f.value) for f in found if f.field == "total"} == {("ukraine", 75), ("russia", 75)}


def test_earlier_this_month_is_an_earlier_exchange() -> None:
    result = run("On Thursday, Ukraine got back 175 soldiers and Russia 175. Earlier this month, 84 prisoners were "
                 "swapped by each side, officials said.", published=date(2025, 3, 8))
    assert result.rejection is None
    assert [sides(s)[0][0] for s in only(result.stages, StageKind.STAGE)] == [175]
