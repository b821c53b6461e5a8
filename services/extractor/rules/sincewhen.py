"""The exchange a story's swap is "the first since" came before it: the figures describing it are that one's.

"It was the first swap since the winter exchange of 140 each", "the largest exchange since the handover in
which 90 went home": the story orders its own swap after the one named behind "since", so the clause that
describes that one ("of 140 each", "in which ...", ", when ...") tells an earlier exchange, as after "followed".
A day named right after "since" is past however the sentence is moded: "it would be the first swap since July 9,
when 307 came home" plans the coming swap, not the day of July 9.
"""

from typing import Final

_MARKS: Final = frozenset(
    "first largest biggest smallest only latest second third exchange swap exchanges swaps time".split()
)
_MARK_REACH: Final = 3  # "the first such swap since", "the first time since"


def counted_since(tokens: list[str], k: int) -> bool:
    """True when the "since" at `k` follows a superlative or an exchange noun ("the first swap since")."""
    return tokens[k] == "since" and not _MARKS.isdisjoint(tokens[max(k - _MARK_REACH, 0) : k])


def since_day(window: list[str]) -> bool:
    """True when the words before a date end on "since": the day is past, never a planned one."""
    return window[-1:] == ["since"]
