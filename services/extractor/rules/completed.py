"""A whole exchange completed over days: "Exchange of 1,000 for 1,000 completed on the third day".

An "N-for-N" said to be completed (finished, wrapped up) on a later day or stage of the exchange counts the
whole exchange across its days, a running total dated that last day, not the handover of that day.
"""

from typing import Final

_DONE: Final = frozenset({"completed", "complete", "completes", "concluded", "concludes", "finished", "finishes",
                          "ended", "ends", "wrapped"})
_LATER: Final = frozenset({"second", "third", "fourth", "fifth", "final", "last", "2nd", "3rd", "4th", "5th"})
_STEPS: Final = frozenset({"day", "stage", "round", "phase", "leg"})
_REACH: Final = 4  # "on the third and last day": a few words between the ordinal and its noun


def completed_over_days(tokens: list[str]) -> bool:
    """True when the sentence says the exchange was completed on a later day or stage ("on the third day")."""
    if _DONE.isdisjoint(tokens):
        return False
    for k, word in enumerate(tokens):
        if word in _LATER and not _STEPS.isdisjoint(tokens[k + 1 : k + 1 + _REACH]):
            return True
    return False
