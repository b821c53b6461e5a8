"""Readiness to swap is an intention: "both sides said they were ready to exchange 120 prisoners each".

A figure governed by "ready to", "willing to", "prepared to" or "readiness / willingness to" counts people a side
means to hand over, an exchange still to come; it is a plan, never people already freed.
"""

from typing import Final

_READY: Final = frozenset({"ready", "readiness", "willing", "willingness", "prepared", "preparedness"})
_REACH: Final = 8  # tokens from the figure back to "ready to": "ready to carry out an exchange of 300"
_STOPS: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})


def ready_for(tokens: list[str], first: int, clause_start: int) -> bool:
    """True when "ready to" (or its like) stands before the figure at `first`, within its clause."""
    for k in range(first - 1, max(clause_start, first - _REACH) - 1, -1):
        if tokens[k] in _STOPS:
            return False
        if tokens[k] in _READY and tokens[k + 1] == "to":
            return True
    return False
