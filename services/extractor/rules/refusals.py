"""People who would not be exchanged: "three of the men refused to return and stayed behind" counts no handover.

A head count whose own verb is a refusal or a choice to stay ("declined to be swapped", "chose to remain",
"asked to stay") tells who was left out of the swap; the handover word after it is what they turned down.
"""

from typing import Final

_AUXILIARIES: Final = frozenset({"had", "has", "have", "also", "both", "reportedly", "then", "later", "all"})
_REFUSALS: Final = frozenset({"refused", "refuse", "refuses", "declined", "declines", "rejected"})
_CHOICES: Final = frozenset({"chose", "chosen", "opted", "decided", "asked", "wished", "wanted", "preferred",
                             "elected", "requested", "preferring", "choosing", "asking"})
_STAYING: Final = frozenset({"stay", "remain", "not"})
_REACH: Final = 3  # auxiliaries between the head count and its verb: "had also"


def refused(tokens: list[str], end: int) -> bool:
    """True when the verb right after the head count ending at token `end` refuses the handover or chooses to
    stay ("refused to return", "had chosen to stay", "asked to remain")."""
    k = end + 1
    while k < len(tokens) and k <= end + _REACH and tokens[k] in _AUXILIARIES:
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k] in _REFUSALS:
        return True
    return tokens[k] in _CHOICES and tokens[k + 1 : k + 2] == ["to"] and tokens[k + 2 : k + 3] != [] and (
        tokens[k + 2] in _STAYING)
