"""Generalisation patterns of round general43."""

from datetime import date

from schemas import StageKind
from services.extractor.rules.sentences import split_sentences
from tests.unit.extractor.helpers import figures, only, run, sides

# "- Last year: 300 for 300 in Istanbul": a fact-box label naming an earlier time makes its line background, as
# a label naming the previous exchange does


def test_a_fact_box_line_labelled_with_an_earlier_time_is_background() -> None:
    text = ("Ukraine and Russia swapped prisoners on Thursday, each side getting back 44 soldiers.\n\n"
            "IN BRIEF\n- Ukraine: 44 soldiers home\n- Russia: 44 soldiers home\n"
            "- Earlier this month: a 62-for-62 swap on 3 June\n")
    result = run(text, published=date(2026, 6, 25)).stages
    assert only(result, StageKind.AGREEMENT) == []
    [stage] = only(result, StageKind.STAGE)
    assert sides(stage) == ((44, 44, None), (44, 44, None))
    assert figures("- Last year: a 300-for-300 exchange in Istanbul") == set()
    assert figures("- Previously: 12 wounded men were handed over in a separate swap") == set()


def test_a_label_for_this_time_still_counts() -> None:
    assert figures("- Today: 40 Ukrainian soldiers returned home") \
        == {("ukraine", "total", 40), ("ukraine", "military", 40)}


# "3 March 2026 (today)" over a paragraph, then "14 January 2026" over another: a chronology's entries headed by
# dates that open on the day's number date their paragraphs like "SATURDAY 24 MAY" does, so only today's counts


def test_day_headings_opening_on_the_day_number_date_their_entries() -> None:
    text = ("Swaps so far this winter\n\nThe latest exchange took place on Tuesday.\n\n"
            "3 March 2026 (today)\nUkraine and Russia each handed over 90 soldiers.\n\n"
            "14 January 2026\nKyiv got back 64 soldiers and Moscow received 64.\n\n"
            "5 November 2025\nEach side freed 40 prisoners.\n")
    [stage] = only(run(text, published=date(2026, 3, 3)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2026, 3, 3)
    assert sides(stage) == ((90, 90, None), (90, 90, None))


# "14 May 2025" over "The 500-for-500 deal agreed in Geneva.": a deal told under a day heading is that day's
# deal; under a heading of long ago it is a past one, like a deal dated that day in the sentence itself


def test_a_deal_under_an_old_day_heading_is_background() -> None:
    text = ("Swaps so far\n\nThe latest exchange took place on Tuesday.\n\n"
            "3 March 2026\nUkraine and Russia each handed over 90 soldiers.\n\n"
            "14 January 2026\nKyiv got back 64 soldiers and Moscow received 64.\n\n"
            "14 May 2025\nThe 500-for-500 exchange agreed at talks in Geneva.\n")
    result = run(text, published=date(2026, 3, 3)).stages
    assert only(result, StageKind.AGREEMENT) == []
    [stage] = only(result, StageKind.STAGE)
    assert sides(stage) == ((90, 90, None), (90, 90, None))


# "The two countries freed 180 prisoners between them": "between them" adds both directions up, as "in all" does;
# a figure given "each" stays each side's


def test_a_figure_between_them_counts_both_sides_together() -> None:
    assert figures("The two countries freed 180 prisoners between them on Monday.") == {("combined", "total", 180)}
    assert ("both", "total", 70) in figures("Kyiv and Moscow swapped 70 soldiers each between them.")


# "Freed to Ukraine: 75" over "of whom soldiers: 70": the rows of a "label: figure" table are lines of their own,
# even where a row opens in lower case; they are no hard-wrapped prose to join


def test_the_rows_of_a_label_and_figure_table_stay_apart() -> None:
    text = "Freed to Ukraine: 75\nof whom soldiers: 70\nof whom civilians: 5\nVenue: the border with Belarus"
    assert [s.text for s in split_sentences(text)] == text.split("\n")


# "Freed to Ukraine: 75": a label naming the handover and where it went counts the bare figure after its colon
# as the people that country got back


def test_a_label_naming_the_destination_counts_the_figure_for_it() -> None:
    assert figures("Freed to Ukraine: 75") == {("ukraine", "total", 75)}
    assert figures("- Handed over to Russia: 40") == {("russia", "total", 40)}
    assert figures("Venue: 40 km from the border") == set()


# "of whom soldiers: 70" under "Freed to Ukraine: 75": the sub-rows of a table break down the row above, for
# the side it names


def test_the_sub_rows_of_a_table_break_down_the_row_above() -> None:
    text = ("Exchange of 2 June 2026 in figures\n\nFreed to Ukraine: 75\nof whom soldiers: 70\n"
            "of whom civilians: 5\nFreed to Russia: 75 (all soldiers)\nVenue: the border with Belarus\n\n"
            "The swap was the third this year.")
    [stage] = only(run(text, published=date(2026, 6, 2)).stages, StageKind.STAGE)
    assert sides(stage) == ((75, 70, 5), (75, 75, None))


# "at the 2024 Doha talks that led to the exchange of 200 prisoners for 200": a year set before a noun as its
# modifier dates what that noun names, so the swap it led to is of that year, not the story's


def test_a_year_modifying_a_noun_dates_the_exchange_as_past() -> None:
    text = ("Qatar reopens its airspace to civilian flights\n\nQatar said on Monday it would reopen its airspace. "
            "The Gulf state has mediated between Kyiv and Moscow before, including at the 2024 Doha talks that "
            "led to the exchange of 200 prisoners for 200. Airlines welcomed the news.")
    assert only(run(text, published=date(2026, 4, 6)).stages, StageKind.STAGE) == []


# "..., bringing the number of Russians returned to 160": the raised figure counts the nationals it names


def test_a_count_raised_to_a_figure_counts_the_nationals_it_names() -> None:
    assert ("russia", "total", 160) in {
        (side, field, value) for side, field, value in
        figures("Ukraine handed over 20 more civilians on Friday, bringing the number of Russians returned to 160.")
    }


# '"around 90" soldiers are expected to be released': a head count a source expects to be freed is a handover
# still to come, neither a handover nor, with no deal named, an agreed size


def test_people_expected_to_be_freed_count_no_handover() -> None:
    assert figures('An official told reporters that "around 90" soldiers are expected to be released later.') \
        == set()
    assert figures("At least 40 Ukrainian soldiers are likely to be freed on Friday, the ombudsman said.") == set()
    assert figures("Ukraine freed 40 soldiers who were expected to be tried.") != set()


# "Besides the 80 soldiers, 12 civilians came home, bringing the number of Ukrainians freed to 92": parts that add
# up to the raised total break it down, for the nationals it names


def test_parts_that_add_up_to_a_raised_total_break_it_down() -> None:
    text = ("Ukraine and Russia swapped prisoners on Monday, Russia getting back 92 servicemen. Besides the 80 "
            "soldiers, 12 civilians came home, bringing the number of Ukrainians freed to 92.")
    [stage] = only(run(text, published=date(2026, 8, 3)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (92, 80, 12)
