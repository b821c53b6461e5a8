"""Generalisation patterns from the sixteenth round of blind misses (killings, anniversaries, live blogs, ...)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, kinds_read, only, run, sides

# "reports of the execution of 30 Ukrainian soldiers": a killing, a death or an execution "of" the people
# counts casualties, never people handed over, even when the clause says the reports were "received"


def test_deaths_and_executions_of_people_are_no_handover() -> None:
    assert figures("The envoy said he had received accounts of the execution of 30 Ukrainian soldiers.") \
        == set()
    assert figures("Investigators received evidence of the killing of 14 Russian prisoners near the river.") == set()
    assert figures("The deaths of 9 Ukrainian captives were reported to the team that received the files.") == set()


def test_a_handover_after_a_death_is_still_read() -> None:
    assert figures("Despite the deaths of two guards, Ukraine received 40 soldiers back on Monday.") \
        == {("ukraine", "total", 40), ("ukraine", "military", 40)}


# "Two years ago today, on 3 March 2023, 90 soldiers came home. Moscow got 90 back": "<N> years ago today" names
# the anniversary; the handover it tells and the sentences that go on telling it lie in the past (background)


def test_years_ago_today_is_an_anniversary_not_a_stage() -> None:
    text = ("Two years ago today, on 3 March 2023, 90 Ukrainian soldiers came home from Russian captivity. "
            "Moscow got 90 of its own troops back. Relatives gathered in the capital to remember the day.")
    assert run(text, published=date(2025, 3, 3)).stages == []


def test_today_alone_still_dates_the_stage() -> None:
    text = ("Today 90 Ukrainian soldiers came home from Russian captivity. Moscow got 90 of its own troops back.")
    [stage] = only(run(text, published=date(2025, 3, 3)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 3)
    assert sides(stage) == ((90, 90, None), (90, 90, None))


# "- Previous exchange: 17 July (95 for 95)": in a bulleted fact box a label naming the previous exchange makes
# its line background, as "the previous exchange, on 17 July, ..." does in prose


def test_a_fact_box_line_labelled_previous_exchange_is_background() -> None:
    text = ("Ukraine and Russia swapped prisoners on Tuesday, each side getting back 60 soldiers.\n\n"
            "AT A GLANCE\n- Ukraine: 60 soldiers home\n- Russia: 60 soldiers home\n"
            "- Prior swap: 2 April (40 for 40)\n")
    result = run(text, published=date(2025, 5, 14)).stages
    assert only(result, StageKind.AGREEMENT) == []
    [stage] = only(result, StageKind.STAGE)
    assert sides(stage) == ((60, 60, None), (60, 60, None))
    assert figures("- Previous exchange: 2 April, 40 for 40") == set()


def test_a_label_for_the_current_exchange_still_counts() -> None:
    assert figures("- Exchange: 40 Ukrainian soldiers returned home") \
        == {("ukraine", "total", 40), ("ukraine", "military", 40)}


# "the two sides carried out a 500-for-500 exchange": a phrasal verb of doing ("carried out", "pulled off") with an
# article before an "N-for-N" tells a handover that happened, as "completed a 500-for-500 exchange" does


def test_carried_out_a_pair_is_a_handover_not_a_deal() -> None:
    assert kinds_read("After months of talks the two countries carried out a 75-for-75 exchange near the border.") \
        == {StageKind.STAGE}
    assert kinds_read("The two countries agreed on a 75-for-75 exchange near the border.") == {StageKind.AGREEMENT}


# "the largest swap since the invasion began in February": a month or year that dates the start of the war
# qualifies a superlative; it is no period of an earlier exchange, so the figure next to it still counts


def test_the_start_of_the_war_is_no_earlier_period() -> None:
    assert figures("Kyiv got back 70 of its soldiers in the biggest swap since the war started in March, "
                   "officials said.") == {("ukraine", "total", 70), ("ukraine", "military", 70)}


def test_a_month_of_an_earlier_swap_still_makes_background() -> None:
    assert figures("It was the first exchange since March, when 70 soldiers were swapped.") == set()


# "Kyiv has got 80 soldiers back, officials said on Friday. The swap took place on Thursday.": a sentence dated
# only by the day of a statement takes the day a neighbouring sentence gives the exchange itself


def test_the_day_the_exchange_took_place_beats_the_day_it_was_announced() -> None:
    text = ("Kyiv has got 80 of its soldiers back from Russian captivity, officials said on Friday. "
            "The swap took place on Thursday near the border. Moscow said 80 of its troops were returned too.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 5)
    assert sides(stage) == ((80, 80, None), (80, 80, None))


def test_a_statement_day_alone_still_dates_the_exchange() -> None:
    text = ("Kyiv has got 80 of its soldiers back from Russian captivity, officials said on Friday. "
            "Relatives waited near the border.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 6)


# "Not 101. One hundred and sixteen of our soldiers are home." and "we reported that 150 had been freed. That was
# our error.": a figure denied outright, or owned up to as an error, is withdrawn wherever the story gives it


def test_a_figure_denied_outright_is_withdrawn() -> None:
    text = ("Ukraine and Russia swapped prisoners on Saturday. An occupation official said 88 Ukrainian prisoners "
            "were being handed over. Kyiv rejected that. \"Not 88. Ninety-two of our soldiers are home,\" Ukraine's "
            "presidential chief of staff wrote. Russia said 70 of its servicemen had been returned.")
    [stage] = only(run(text, published=date(2025, 3, 9)).stages, StageKind.STAGE)
    assert sides(stage) == ((92, 92, None), (70, 70, None))


def test_a_figure_owned_up_to_as_an_error_is_withdrawn() -> None:
    text = ("10:15 - Ukraine says 140 of its prisoners of war came home today in a swap with Russia.\n\n"
            "11:00 - Moscow says 120 prisoners of war of the Armed Forces of Ukraine were handed over.\n\n"
            "15:40 - An earlier entry said that 140 Ukrainian prisoners of war had been freed. That was our error. "
            "The official figure is 120.")
    [stage] = only(run(text, published=date(2025, 3, 9)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (120, 120, None)


# "The previous swap took place on 2 March, when 90 soldiers came home. In addition, 12 wounded were handed over at
# that time": "at that time" (like "that day") is the day just told, an earlier exchange's, not the story's


def test_at_that_time_refers_to_the_earlier_exchange() -> None:
    text = ("Ukraine got back 140 of its soldiers on Tuesday, and Russia received 140 of its troops, officials said. "
            "The previous exchange took place on 2 March, when 90 Ukrainian soldiers came home. In addition, 12 "
            "wounded Ukrainian soldiers were handed over at that time.")
    [stage] = only(run(text, published=date(2025, 4, 16)).stages, StageKind.STAGE)
    assert sides(stage) == ((140, 140, None), (140, 140, None))


# "Of those, 150 were soldiers — marines, pilots and border guards — and eight were civilians": an aside between
# two dashes says who the first part are; the two counts are still items of one list


def test_a_dash_aside_does_not_break_an_enumeration() -> None:
    text = ("Kyiv said 158 Ukrainians had come home on Monday. Of those, 150 were soldiers — marines, pilots and "
            "border guards — and eight were civilians, officials said.")
    [stage] = only(run(text, published=date(2025, 4, 15)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (158, 150, 8)
    assert figures("Russia received 40 soldiers — all of them conscripts — and 6 civilians.") == {
        ("russia", "military", 40), ("russia", "civilian", 6), ("russia", "total", 46)}


# "This morning the ministry told reporters that over the three stages, up to and including yesterday's, 270 soldiers
# have come home": a running total is dated the last day it covers, which "up to and including" names


def test_up_to_and_including_names_the_last_day_a_running_total_covers() -> None:
    [finding, *_] = findings("This morning the ministry told reporters that over the three stages, up to and "
                             "including yesterday's, 270 Ukrainian soldiers have come home.", date(2025, 6, 15))
    assert finding.kind == StageKind.CUMULATIVE
    assert finding.day == date(2025, 6, 14)


# "Swap of 500 for 500 completed on the third day": an N-for-N completed on a later day or stage of the exchange
# counts the whole exchange across its days (a running total), not that day's handover


def test_an_n_for_n_completed_on_a_later_day_counts_the_whole_exchange() -> None:
    assert kinds_read("Swap of 500 for 500 completed on the third day") == {StageKind.CUMULATIVE}
    assert kinds_read("The 500-for-500 exchange was completed on its final day on Sunday.") == {StageKind.CUMULATIVE}


def test_an_n_for_n_completed_in_one_day_is_that_handover() -> None:
    assert kinds_read("Swap of 80 for 80 completed on the border on Sunday") == {StageKind.STAGE}


# "Over the two days, each side got back 600 people. Altogether 1,200 people were freed.": a two-sided figure that
# sums the running total just given is that running total's, not a handover's


def test_a_two_sided_sum_of_a_running_total_is_cumulative() -> None:
    text = ("On the second day of the exchange, 250 Ukrainian soldiers came home on Sunday and Russia received 250 of "
            "its servicemen. Over the two days, each side got back 600 of its people. Altogether 1,200 people were "
            "freed in the course of the exchange.")
    stages = run(text, published=date(2025, 6, 2)).stages
    [stage] = only(stages, StageKind.STAGE)
    [running] = only(stages, StageKind.CUMULATIVE)
    assert stage.combined_total is None
    assert running.combined_total == 1200
    assert sides(running) == ((600, None, None), (600, None, None))



# A live blog with "MONDAY 9 JUNE" / "TUESDAY 10 JUNE" heading lines: each part was written on its heading's day,
# so its "yesterday" and "today" count from that day and its undated handovers took place that day


def test_day_headings_of_a_live_blog_date_their_parts() -> None:
    text = ("Live: the exchange, days two and three\n\nMONDAY 9 JUNE\n\n10:00\nYesterday's first stage returned 200 "
            "people to each side.\n\n15:00\nKyiv says 150 Ukrainian soldiers are home.\n\nTUESDAY 10 JUNE\n\n12:00\n"
            "Kyiv says 120 Ukrainian soldiers are home.")
    stages = only(run(text, published=date(2025, 6, 10)).stages, StageKind.STAGE)
    assert {(s.stage_date, s.sides.ukraine.total) for s in stages} == {
        (date(2025, 6, 8), 200), (date(2025, 6, 9), 150), (date(2025, 6, 10), 120)}


def test_a_single_day_line_is_no_section() -> None:
    text = ("MONDAY 9 JUNE\n\nYesterday 200 Ukrainian soldiers came home in a swap with Russia.")
    [stage] = only(run(text, published=date(2025, 6, 10)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 9)


# "After two days, 600 Ukrainians have returned home": "after <N> days," opens a running total, like "over <N> days"


def test_after_n_days_opens_a_running_total() -> None:
    assert kinds_read("After two days, 600 Ukrainians have returned home.") == {StageKind.CUMULATIVE}
    assert kinds_read("After two days of talks 300 Ukrainian soldiers came home on Friday.") == {StageKind.STAGE}


def test_a_denial_withdraws_only_a_figure_told_before_it() -> None:
    text = ("Ukraine and Russia swapped prisoners on Saturday. Kyiv said a rumour was wrong: \"Not 70.\" Later Russia "
            "said 70 of its servicemen had been returned, and Kyiv said 92 Ukrainian soldiers were home.")
    [stage] = only(run(text, published=date(2025, 3, 9)).stages, StageKind.STAGE)
    assert sides(stage) == ((92, 92, None), (70, 70, None))


def test_a_long_day_heading_still_opens_a_part() -> None:
    text = ("Live: the prisoner exchange\n\nWEDNESDAY, 10 SEPTEMBER 2025\n\n09:00\nWelcome to our coverage of the "
            "exchange between the two countries, which is expected to take two days.\n\n10:00\nKyiv says 150 "
            "Ukrainian soldiers "
            "are home.\n\n"
            "THURSDAY, 11 SEPTEMBER 2025\n\n12:00\nKyiv says 120 Ukrainian soldiers are home.")
    stages = only(run(text, published=date(2025, 9, 11)).stages, StageKind.STAGE)
    assert {(s.stage_date, s.sides.ukraine.total) for s in stages} == {
        (date(2025, 9, 10), 150), (date(2025, 9, 11), 120)}


def test_a_day_elsewhere_in_a_sentence_about_the_exchange_does_not_date_it() -> None:
    text = ("Kyiv has got 80 of its soldiers back from Russian captivity, officials said on Friday. "
            "On Thursday the minister said talks would go on once the exchange was held. Relatives waited.")
    [stage] = only(run(text, published=date(2025, 6, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 6)
