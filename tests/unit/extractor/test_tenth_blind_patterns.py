"""Generalisation patterns from the tenth blind set (date styles, translated English, split sides)."""

from datetime import date

from tests.unit.extractor.helpers import figures, findings, run, sides

# "14.09.2024": a day, month and four-digit year joined by full stops is a calendar date (day first)


def test_a_dotted_day_month_year_is_an_explicit_date() -> None:
    days = {f.day for f in findings("The swap took place on 03.11.2024, when 40 Ukrainian soldiers came home.",
                                    day=date(2024, 11, 20))}
    assert days == {date(2024, 11, 3)}
    # a thousands figure written with a full stop is no date: it still counts heads
    assert {f.value for f in findings("Ukraine brought home 1.000 prisoners on Sunday.")} == {1000}


# "on Sunday, 5 January": a weekday set beside a date names the same day, and the date fixes which one


def test_a_weekday_beside_a_date_takes_the_date() -> None:
    for text in ("On Monday, 6 January 2025, 30 Ukrainian soldiers returned home.",
                 "On Monday 06.01.2025 30 Ukrainian soldiers returned home."):
        found = findings(text, day=date(2025, 1, 30))
        assert {(f.kind.value, f.day) for f in found} == {("stage", date(2025, 1, 6))}
    # a weekday on its own still counts back from the day of the report
    found = findings("On Monday, 30 Ukrainian soldiers returned home.", day=date(2025, 1, 30))
    assert {f.day for f in found} == {date(2025, 1, 27)}


# "two Indian nationals": people a third country's adjective names are returned to neither side of this war


def test_people_of_a_third_country_count_for_neither_side() -> None:
    assert findings("Kyiv also handed over four Georgian citizens who had fought for Moscow.") == []
    assert findings("Moscow freed two foreign volunteers as well.") == []
    # the adjective of a side of this war still names whose people they are
    assert figures("Kyiv also handed over four Russian citizens.") == {("russia", "total", 4)}


# a month-end review whose first handover is dated earlier that month: that day is the story's, and the other
# side's undated figure joins it


def test_a_month_review_dates_its_handover_earlier_that_month() -> None:
    text = ("March at a glance\n\nOn 9 March 40 Ukrainian soldiers came home from captivity. "
            "Moscow said it got 40 of its troops back.")
    stages = run(text, published=date(2025, 3, 31)).stages
    assert [(s.stage_date, sides(s)) for s in stages] == [(date(2025, 3, 9), ((40, 40, None), (40, 40, None)))]
    # an undated handover told first stays the story's own; the dated one after it is background
    text = ("Swap\n\nMoscow said it got 40 of its troops back. On 9 March 25 Ukrainian soldiers had come home.")
    stages = run(text, published=date(2025, 3, 31)).stages
    assert [(s.stage_date, sides(s)) for s in stages] == [(date(2025, 3, 31), ((None, None, None), (40, 40, None)))]


# "95 military persons": a status word before a generic head says which people the head counts


def test_a_status_word_before_a_generic_head_sets_the_category() -> None:
    assert figures("Russia received back 60 military persons.") == {("russia", "military", 60),
                                                                    ("russia", "total", 60)}
    assert figures("Kyiv said it got back 12 civilian detainees.") == {("ukraine", "civilian", 12),
                                                                       ("ukraine", "total", 12)}
    # without a status word the head stays a plain count
    assert figures("Russia received back 60 persons.") == {("russia", "total", 60)}


# "To Russia were handed over 60 soldiers": a goal put before its passive give-verb is where the people went


def test_a_fronted_goal_before_a_passive_verb_is_the_receiving_side() -> None:
    assert figures("To the Ukrainian side were released 60 soldiers.") == {("ukraine", "military", 60),
                                                                            ("ukraine", "total", 60)}
    assert figures("To Russia was transferred one soldier.") == {("russia", "military", 1), ("russia", "total", 1)}
    # a "to" that no passive give-verb follows gives no direction
    assert figures("To Russia's dismay, 60 soldiers returned.") == set()


# "The group consisted of 40 soldiers and 5 civilians": a make-up sentence breaks down the people the sentence
# before counted, so it takes their side


def test_a_makeup_sentence_breaks_down_the_group_counted_before() -> None:
    text = ("Swap\n\nForty-five Ukrainians came home from Russian captivity on Tuesday. "
            "The group was made up of 40 soldiers and five civilians.")
    stages = run(text, published=date(2025, 3, 5)).stages
    assert [sides(s)[0] for s in stages] == [(45, 40, 5)]
    # the same figures with no group to refer to name no side
    assert findings("It was made up of 40 soldiers and five civilians.") == []
