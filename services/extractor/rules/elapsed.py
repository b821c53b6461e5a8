"""A past exchange placed by the time gone since it: "two months after the swap of 80 for 80", "at the start of May".

An analysis written weeks later recalls the swap it follows; the figures it repeats belong to that earlier day,
not to a handover on the day of the article. Two shapes place it so: a duration of weeks, months or years
counted "after" or "since" the exchange, and a vague part of the current month that ended a week or more before
the reference day ("in early June", or "at the start of this month", in a piece of 28 June). A duration in days
is left alone: it may date the swap; so is a part of the month a running total counts "since".
"""

from datetime import date
from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.daysafter import swaps_days_before
from services.extractor.rules.lexicon import NUMBER_WORDS

_UNITS: Final = frozenset({"week", "weeks", "month", "months", "year", "years"})
_SINCE: Final = frozenset({"after", "since"})
_EVENTS: Final = frozenset({"exchange", "swap", "handover", "release", "exchanges", "swaps"})
_DETERMINERS: Final = frozenset({"the", "this", "that", "last", "its", "their"})
_COUNTS: Final = frozenset(NUMBER_WORDS) | {"a", "one", "several", "few", "some"}
# the last day of a vague part of a month: "at the start of", "in early", "in the middle of", "mid-"
_PARTS: Final = ((("start", "of"), 10), (("beginning", "of"), 10), (("early",), 10), (("first", "days", "of"), 10),
                 (("first", "week", "of"), 7), (("middle", "of"), 20), (("mid",), 20))
_MARGIN: Final = 7  # days between the part's end and the reference day: "early June" seen on 12 June is near
_SPAN_REACH: Final = 8  # "since the talks in Geneva in early June": the start of a running total, not a past swap


def _duration_after(tokens: list[str], at: int) -> bool:
    """True when tokens[at] ("weeks") is counted ("three weeks") and followed by "after/since the exchange"."""
    counted = at > 0 and (tokens[at - 1] in _COUNTS or tokens[at - 1].isdigit())
    if not counted or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in _SINCE:
        return False
    rest = tokens[at + 2 : at + 4]
    return bool(rest) and (rest[0] in _EVENTS or (rest[0] in _DETERMINERS and rest[1:2] != [] and rest[1] in _EVENTS))


def _past_part(tokens: list[str], mention: DateMention, reference: date) -> bool:
    """True for a vague part of the reference's own month that ended well before the reference day."""
    if mention.kind != "coarse" or mention.month != reference.month or mention.year not in (None, reference.year):
        return False
    if "since" in tokens[max(mention.first - _SPAN_REACH, 0) : mention.first]:
        return False
    head = tokens[mention.first]
    for words, last_day in _PARTS:
        before = tuple(tokens[max(mention.first - len(words), 0) : mention.first])
        if before == words or (words == ("mid",) and head.startswith("mid-")):
            return last_day + _MARGIN < reference.day
    return False


def _past_part_of_this_month(tokens: list[str], at: int, reference: date) -> bool:
    """True for "this" in "<part> this month" when that part ended well before the reference day."""
    if tokens[at + 1 : at + 2] != ["month"] or "since" in tokens[max(at - _SPAN_REACH, 0) : at]:
        return False
    for words, last_day in _PARTS:
        if tuple(tokens[max(at - len(words), 0) : at]) == words:
            return last_day + _MARGIN < reference.day
    return False


def elapsed_positions(tokens: list[str], mentions: list[DateMention], reference: date) -> list[int]:
    """Token positions of phrases placing a past exchange by the time since it (for the sentence's periods)."""
    found = [at for at, word in enumerate(tokens) if word in _UNITS and _duration_after(tokens, at)]
    found += [at for at, word in enumerate(tokens)
              if word == "this" and _past_part_of_this_month(tokens, at, reference)]
    found += swaps_days_before(tokens) if "after" in tokens else []  # "two days after a swap of 103 each"
    return found + [m.first for m in mentions if _past_part(tokens, m, reference)]
