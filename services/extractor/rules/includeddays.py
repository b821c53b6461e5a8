"""A day named as "including today" inside a span ("in the past month, including today, 288 ...") is one member
of the span the figure counts over; it does not make the figure that day's handover.

"Over the last week, including yesterday, 400 have come home" totals every handover of the week: the day after
"including" only says the span reaches it, so it is no date of the figure (the span keeps it background). A span
"since" a first stage is left alone: "Including Saturday's group, 600 have come home since ..." is a running
total of this exchange, and its included day is the last day it covers.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention

_INCLUDING: Final = frozenset({"including", "counting"})
_SPAN_UNITS: Final = frozenset({"week", "weeks", "month", "months", "year", "days", "fortnight"})
_SPAN_OPENERS: Final = frozenset({"past", "last"})


def _spans(tokens: list[str]) -> bool:
    """True when the sentence counts over a span back from now ("the past month", "the last ten days")."""
    return any(
        word in _SPAN_OPENERS and any(t in _SPAN_UNITS for t in tokens[k + 1 : k + 4]) for k, word in enumerate(tokens))


def without_included_days(tokens: list[str], dates: list[DateMention]) -> list[DateMention]:
    """`dates` without the days a span is said to include ("in the past month, including today")."""
    included = [m for m in dates if m.first > 0 and tokens[m.first - 1] in _INCLUDING]
    if not included or not _spans(tokens):
        return dates
    return [m for m in dates if m not in included]
