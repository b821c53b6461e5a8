"""Figures told in turn go with the days named in turn: "On Saturday and on Sunday, Kyiv got back 64 and then 50".

When a sentence names two or more days together and then gives its figures in as many groups joined by "then",
the first group is the first day's handover, the next the next day's, as with "respectively"; each group is a
day's own figure, not a running total, even under "in the first two days of the swap".
"""

from collections.abc import Sequence
from datetime import date
from typing import Final

from schemas import StageKind

_THEN: Final = "then"
_THEN_REACH: Final = 2  # "and then 80", "then another 80": "then" at most two tokens before the figure


def day_in_turn(tokens: Sequence[str], days: list[tuple[int, date]], position: int, figures: list[int]) -> date | None:
    """The day of the figure at `position` when the sentence's days and figure groups pair in turn, else None."""
    named = sorted(days)
    if len(named) < 2 or len({day for _, day in named}) != len(named):
        return None
    counts = sorted(at for at in figures if at > named[-1][0])
    if position not in counts:
        return None
    groups = 1 + sum(_THEN in tokens[max(at - _THEN_REACH, 0) : at] for at in counts[1:])
    if groups != len(named) or _THEN in tokens[max(counts[0] - _THEN_REACH, 0) : counts[0]]:
        return None
    group = sum(_THEN in tokens[max(at - _THEN_REACH, 0) : at] for at in counts[1 : counts.index(position) + 1])
    return named[group][1]


def kind_in_turn(
    kind: StageKind, tokens: list[str], days: list[tuple[int, date]], position: int, figures: list[int]
) -> StageKind:
    """A running total read over days told in turn is each day's handover (`day_in_turn`)."""
    if kind != StageKind.CUMULATIVE or day_in_turn(tokens, days, position, figures) is None:
        return kind
    return StageKind.STAGE
