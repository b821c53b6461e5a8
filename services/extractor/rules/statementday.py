"""A quotation's "today" is the day its statement was made, when the words outside the quotation date it.

'"Forty prisoners from each side went home today," the ministry said in a statement on Monday' was said on
Monday: its figure is Monday's, whichever day the article came out (a header a day or two later).
"""

from typing import Final

from services.extractor.rules.parsing import Parsed
from services.extractor.rules.quotes import Quotes
from services.extractor.rules.sentences import Sentence

_SPEECH: Final = (" said", " says", " statement", " wrote", " announced", " told", " posted", " added")
_DAYS: Final = frozenset({"weekday", "explicit", "stated"})


def statement_today(lower: str, sentence: Sentence, parsed: Parsed, quotes: Quotes) -> Parsed:
    """Give a quoted "today" the one day that dates, after the quotation, the statement it was said in."""
    todays = [m for m in parsed.dates if m.kind == "today" and not m.offset]
    days = [m for m in parsed.dates if m.kind in _DAYS]
    if len(todays) != 1 or len(days) != 1 or days[0].first < todays[0].first:
        return parsed
    at = lower.find("today", sentence.start, sentence.end)
    if at == -1 or quotes.open_at(at) is None:
        return parsed
    close = quotes.close_after(at, at + len("today"))
    if close is None or close >= sentence.end:
        return parsed
    word = parsed.tokens[days[0].first]
    named = lower.find(word, close, sentence.end)
    if named == -1 or quotes.open_at(named) is not None:
        return parsed
    if not any(lower.find(verb, close, named) != -1 for verb in _SPEECH):
        return parsed  # '"... today," on Friday a second group ...': that day is not the statement's
    today, day = todays[0], days[0]
    dated = day._replace(first=today.first, last=today.last)
    return parsed._replace(dates=[dated if m is today else m for m in parsed.dates])
