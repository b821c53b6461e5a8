"""Generalisation patterns of round general49."""

from datetime import date
from typing import Final

from tests.unit.extractor.helpers import run, sides

# A headerless release dates itself in a dateline under its headline and a label line ("STATEMENT"); blank lines
# between them are paragraph breaks, not more opening lines, so the dateline still dates the page


def test_a_dateline_below_a_label_line_dates_a_headerless_page() -> None:
    text = ("Ombudsman: 74 citizens back home\n\nSTATEMENT\n\nOdesa, 14 August 2023\n\nToday 74 Ukrainians were "
            "freed from captivity in an exchange. In return, Russia received 60 of its soldiers.")
    stages = run(text, published=None).stages
    assert [s.stage_date for s in stages] == [date(2023, 8, 14)]
    assert sides(stages[0]) == ((74, None, None), (60, 60, None))


def test_a_full_date_deep_in_the_body_does_not_date_the_page() -> None:
    text = ("Ombudsman: 74 citizens back home\n\nToday 74 Ukrainians were freed from captivity in an exchange. In "
            "return, Russia received 60 of its soldiers.\n\nThe ombudsman's office was opened in Kyiv.\n\nMany "
            "of the men had been held for a long time.\n\nThe law on the office was passed on 14 August 2003.")
    stages = run(text, published=None).stages
    assert [s.stage_date for s in stages] == [date(2026, 11, 21)]


# "Zelensky has now given the official figure. '... of our fighters are home,' he wrote": having given (or giving) a
# figure reports it like "gave a figure", so the "he" after the quotation is the one who gave it, not a speaker of an
# earlier paragraph


_GIVEN: Final = ("Truce and swap on the same day\n\n10:05 Putin has announced a holiday truce for the weekend.\n\n"
                 "09:40 Zelensky has now {} the official figure. \"Ninety of our fighters are home,\" he wrote.\n\n"
                 "09:00 A prisoner exchange took place at the border this morning.")


def test_having_given_a_figure_names_the_speaker_of_a_following_he() -> None:
    stages = run(_GIVEN.format("given"), published=date(2026, 6, 6)).stages
    assert [sides(s)[0][0] for s in stages] == [90]


def test_giving_a_speech_names_no_speaker() -> None:
    stages = run(_GIVEN.replace("the official figure", "a speech").format("given"), published=date(2026, 6, 6)).stages
    assert [sides(s)[1][0] for s in stages] == [90]


# "Kyiv got back 140, including the 16 injured soldiers": a category figure after "including the" is a group the
# story has already counted (the definite article points back), restated, not a new breakdown of the total


_FREED_ON_TOP: Final = ("Swap at the border\n\nMoscow said 124 Russian soldiers came home on Thursday, and the same "
                        "number of Ukrainian prisoners of war were handed over. In addition, 16 injured Ukrainian "
                        "soldiers were freed as a gesture. Kyiv got back 140, including {} 16 injured soldiers.")


def test_including_the_group_already_counted_adds_no_category() -> None:
    stages = run(_FREED_ON_TOP.format("the"), published=date(2026, 6, 6)).stages
    assert [sides(s)[0][:2] for s in stages] == [(140, 140)]


def test_including_a_bare_count_is_still_a_part() -> None:
    text = "Swap at the border\n\nKyiv got back 140 people from captivity on Thursday, including 16 soldiers."
    stages = run(text, published=date(2026, 6, 6)).stages
    assert [sides(s)[0][:2] for s in stages] == [(140, 16)]


# "... 88 Ukrainians came home. Among them are four who had been listed missing. The eldest is 70. In return, Moscow
# received the same number of its citizens": sentences about the freed that count nothing do not end the mirror's
# reach, and "its citizens" (people of any kind) takes the total only, not the first side's breakdown


_SAME_NUMBER: Final = ("Freed at last\n\nToday 88 Ukrainians came home from captivity in an exchange, of whom 80 are "
                       "soldiers. Among those freed are four men who had been listed as missing. The eldest of the "
                       "freed is 70. In return, Moscow received the same number of its {}.")


def test_the_same_number_reaches_past_sentences_that_count_nothing() -> None:
    stages = run(_SAME_NUMBER.format("citizens"), published=date(2026, 6, 6)).stages
    assert [sides(s)[1] for s in stages] == [(88, None, None)]


def test_the_same_number_of_servicemen_keeps_the_category() -> None:
    stages = run(_SAME_NUMBER.format("servicemen"), published=date(2026, 6, 6)).stages
    assert [sides(s)[1][:2] for s in stages] == [(88, 88)]
