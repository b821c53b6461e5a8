"""Generalisation patterns of round general30 (the day of a quoted "today", of "the same day", of a lead that
dates only its report, and figures paid "for each year")."""

from datetime import date

from schemas import StageKind
from services.extractor.rules.parsing import parse
from services.extractor.rules.sentences import Sentence
from tests.unit.extractor.helpers import figures, only, run


def _days(text: str, published: date) -> list[tuple[date, int | None, int | None]]:
    stages = only(run(text, published=published).stages, StageKind.STAGE)
    return [(s.stage_date, s.sides.ukraine.total, s.sides.russia.total) for s in stages]


# "a grant of 50,000 hryvnias, plus 8,000 for each month spent in detention": "for each month" makes the
# 8,000 a rate paid per period, not a head count "for each side"


def test_a_figure_for_each_period_is_a_rate_not_people_for_each_side() -> None:
    assert figures("Each freed captive is paid 50,000 hryvnias, plus 8,000 for each month spent in detention.") == set()
    assert ("both", "total", 75) in figures("The two countries released 75 for each side on Monday.")


# A statement "issued on Thursday" saying "were swapped today" was made on Thursday: its "today" is that day,
# not the day the article came out (a Saturday)


def test_a_quoted_today_is_the_day_the_statement_was_made() -> None:
    text = (
        "DOHA - Kyiv and Moscow traded captives on Thursday, with Qatar acting as the go-between.\n\n"
        '"Through the good offices of Qatar, 95 prisoners from each side were swapped today," the Qatari '
        "foreign ministry said in a statement issued on Thursday."
    )
    assert _days(text, date(2026, 6, 13)) == [(date(2026, 6, 11), 95, 95)]


# "Russia's defence ministry said the same day that 49 ..." after "traded prisoners on Monday, 16 September" and a
# sentence naming no day: "the same day" is the last day the story named


def test_the_same_day_is_the_last_day_the_story_named() -> None:
    text = (
        "Moscow and Kyiv traded prisoners on Monday, 16 September.\n\n"
        "Ukraine's ombudsman said 49 Ukrainian soldiers had come home from captivity. "
        "Russia's defence ministry said the same day that 49 Russian soldiers had been returned."
    )
    assert _days(text, date(2024, 9, 20)) == [(date(2024, 9, 16), 49, 49)]


# A record "of the sitting of 17 March" dates the sitting; the swap "held on Saturday, 14 March" is the day of the
# figures that follow it (a lead naming a day but no exchange dates the report, not the handover)


def test_a_lead_dating_only_its_report_gives_way_to_the_day_the_exchange_is_told() -> None:
    text = (
        "Defence committee: record of the sitting of 17 March 2026\n\nPARLIAMENT OF UKRAINE\nDefence Committee\n\n"
        "Attendance: nine of eleven members; two officials of the ministry.\n\n"
        "Item 1. Captives\n\n"
        "An official briefed members on the second round of the swap, which was held on Saturday, 14 March 2026. "
        "In that round, 60 Ukrainian soldiers came home in exchange for 60 Russian soldiers."
    )
    assert _days(text, date(2026, 3, 18)) == [(date(2026, 3, 14), 60, 60)]


def test_a_briefing_dated_in_its_greeting_gives_way_to_the_day_its_item_tells() -> None:
    text = (
        "Good evening. This is your briefing for Tuesday, 9 June.\n\n"
        "1. WEATHER\n\nHeavy rain fell in Lviv.\n\n"
        "2. CAPTIVES\n\nThe swap agreed in Geneva went on over the weekend and ended on Sunday. "
        "On the last day, 84 Ukrainian soldiers came home and 84 Russian soldiers were returned."
    )
    assert _days(text, date(2026, 6, 9)) == [(date(2026, 6, 7), 84, 84)]


def test_the_start_of_a_span_told_in_the_lead_does_not_date_its_running_total() -> None:
    text = (
        "Here are the headlines for this Monday evening.\n\n"
        'CAPTIVES. "Over three days, 450 of our people have come home," the president said tonight, as the '
        "three-day swap that began on Saturday ended. In Moscow, officials said 450 Russian servicemen had been "
        "returned over the three days."
    )
    stages = only(run(text, published=date(2026, 6, 15)).stages, StageKind.CUMULATIVE)
    assert [(s.stage_date, s.sides.ukraine.total, s.sides.russia.total) for s in stages] == [
        (date(2026, 6, 15), 450, 450)]


# "The handover agreed at the Geneva talks resumed on Sunday": the day is the handover's, which "resumed" on it;
# "agreed at the talks" only says where it was settled ("the deal signed on Sunday" still dates an agreement)


def test_an_exchange_agreed_at_talks_that_went_on_on_a_day_is_dated_that_day() -> None:
    text = (
        "Good evening. This is your briefing for Tuesday, 9 June.\n\n"
        "1. WEATHER\n\nHeavy rain fell in Lviv.\n\n"
        "2. CAPTIVES\n\nThe handover agreed at the Geneva talks resumed on Sunday. "
        "On the second day, 84 Ukrainian soldiers came home and 84 Russian soldiers were returned."
    )
    assert _days(text, date(2026, 6, 9)) == [(date(2026, 6, 7), 84, 84)]
    signed = parse(Sentence("The exchange agreed in Riyadh was signed on Sunday.", 0, 51)).dates
    assert [m.kind for m in signed] == ["ignored"]  # the deal's day, not the exchange's


# "No, Moscow did not hand over 400 Ukrainians to get back 120 of its pilots": a handover the sentence denies,
# with the people it was said to buy, counts nobody; "did not say when, but Russia freed 50" still counts 50


def test_a_denied_handover_counts_nobody() -> None:
    assert figures("No, Moscow did not hand over 400 Ukrainians to get back 120 of its pilots.") == set()
    assert figures("Kyiv never swapped 250 conscripts for 90 of its officers, the ministry said.") == set()
    kept = (
        ("ukraine", 50, "The ministry did not say when, but Russia freed 50 Ukrainian soldiers."),
        ("ukraine", 60, "Russia did not release the names of the 60 Ukrainian soldiers it freed."),
        ("russia", 40, "Kyiv did not just free 40 Russian soldiers; it also sent back 12 civilians."),
    )
    for side, value, sentence in kept:
        assert (side, "total", value) in figures(sentence)
