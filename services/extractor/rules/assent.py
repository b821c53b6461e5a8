"""Agreeing with an account: "It agreed that 55 Russian soldiers had been handed over" reports a handover.

"Agreed that" usually opens the terms of a deal ("agreed that 1,000 would be exchanged"); before a clause in a
past or perfect tense it concurs with what another side said had happened, and the figure is that handover.
"""

from typing import Final

_AGREED_THAT: Final = frozenset({"agreed", "agrees", "agree", "conceded", "concedes", "accepted", "accepts"})
_PAST_AUXILIARIES: Final = frozenset({"had", "has", "have", "were", "was"})
_MODALS: Final = frozenset({"could", "would", "will", "should", "may", "might", "can", "shall"})


def assent(before: list[str], after: list[str]) -> bool:
    """True for "agreed that <figure> had been / were <done>"; `before` runs back from the figure, `after` on
    from its noun phrase ("agreed that 55 would be freed", "... were to be freed" are still a deal)."""
    if len(before) < 2 or before[0] != "that" or before[1] not in _AGREED_THAT:
        return False
    if not after or after[0] not in _PAST_AUXILIARIES:
        return False
    return after[1:2] != ["to"] and _MODALS.isdisjoint(after)
