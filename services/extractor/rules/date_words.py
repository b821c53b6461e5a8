"""The words of dates and the shape of a date found in a sentence, shared by every date-reading module."""

from typing import Final, NamedTuple

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    name: index
    for index, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
FIRST_YEAR: Final = 1900  # "on 10 February 1962": history pieces name old years too


class DateMention(NamedTuple):
    """A date expression: `kind` says how to resolve it; `first`..`last` are its tokens."""

    kind: str  # explicit | weekday | today | ago | narrative | since | stated | future | coarse | dateline | ignored
    first: int
    last: int
    month: int = 0
    day: int = 0
    year: int | None = None
    weekday: int = -1  # a weekday name; with a month, the weekday written beside that date ("Sunday, 5 Jan")
    offset: int = 0
