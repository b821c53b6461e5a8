"""Back-references to a time already told: "were handed over at that time" is the day the story just named.

"The previous exchange took place on 19 April ... In addition, 15 wounded were handed over at that time":
like "that day", "at that time" / "at the time" dates a handover to the day of the sentence before (here
an earlier exchange's), never to the story's own day.
"""

from typing import Final

_POINTERS: Final = frozenset({"that", "the"})


def at_that_time(tokens: list[str], i: int) -> bool:
    """True when the "time" at `i` ends "at that time" or "at the time"."""
    return i >= 2 and tokens[i] == "time" and tokens[i - 1] in _POINTERS and tokens[i - 2] == "at"
