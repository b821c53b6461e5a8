"""Parse a sentence once per article: its tokens and its date expressions, which need no context.

A weekday that only names something else ("the Tuesday Group", "Monday's strike") is dropped here, so no
later rule can date a handover by it.
"""

from typing import NamedTuple

from services.extractor.rules.antecedents import without_antecedent_days
from services.extractor.rules.date_words import DateMention
from services.extractor.rules.dates import find_dates
from services.extractor.rules.includeddays import without_included_days
from services.extractor.rules.possessives import other_event_weekdays
from services.extractor.rules.seconddays import with_second_days
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.titles import titled_weekdays
from services.extractor.rules.tokens import tokenize


class Parsed(NamedTuple):
    """A sentence's tokens and date expressions, which need no context: parsed once per article."""

    tokens: list[str]
    dates: list[DateMention]


def parse(sentence: Sentence) -> Parsed:
    """Tokenize a sentence and find its dates."""
    tokens = tokenize(sentence.text)
    dates = find_dates(tokens)
    weekdays = {m.weekday for m in dates if m.kind == "weekday"}
    if weekdays:
        named = titled_weekdays(sentence.text, weekdays) | other_event_weekdays(sentence.text, weekdays)
        if named:
            dates = [m for m in dates if m.kind != "weekday" or m.weekday not in named]
    dates = without_antecedent_days(tokens, dates) if dates else dates  # "after talks on Monday"
    dates = without_included_days(tokens, dates) if dates else dates  # "in the past month, including today"
    dates = with_second_days(tokens, dates) if "and" in tokens or "to" in tokens else dates  # "January 28 and 29"
    return Parsed(tokens, dates)
