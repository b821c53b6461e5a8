"""Fact-box labels of an earlier time: a line "- Earlier this year: a 157-for-157 swap" tells background.

A box sums up the story's exchange line by line; a line whose label places it before the story ("Earlier this
year", "Last month", "Previously") recalls another exchange, as a label naming the previous exchange does.
"""

from typing import Final

_OPENERS: Final = frozenset({"earlier", "last", "previously", "before", "formerly"})
_LONE: Final = frozenset({"earlier", "previously", "before", "formerly"})  # a label of one word: "Previously:"
_MIDDLE: Final = frozenset({"this", "that", "in", "the"})
_PERIODS: Final = frozenset({"year", "month", "time", "then"})  # not "week": a weekly digest's news
_LABEL_REACH: Final = 4


def past_label(tokens: list[str]) -> bool:
    """True when the line opens on a label of a time before the story ("- Earlier this year:", "Last month:")."""
    k = 0
    while k < len(tokens) and not tokens[k][:1].isalnum():
        k += 1  # the bullet
    if k >= len(tokens) or tokens[k] not in _OPENERS:
        return False
    words = tokens[k : k + _LABEL_REACH + 1]
    if ":" not in words:
        return False
    label = words[: words.index(":")]
    if len(label) == 1:
        return label[0] in _LONE
    return label[-1] in _PERIODS and set(label[1:-1]) <= _MIDDLE
