"""A handover that death undid: "the 30 captives who were due to be swapped that week died in the raid".

A plan told of people ("who were to be exchanged") is no agreed total when the same sentence says those people
were killed or died: the swap never happened for them, so the figure counts casualties, not a deal.
"""

from typing import Final

from services.extractor.rules.mentions import Mention
from services.extractor.rules.tokens import is_figure

_RELATIVE: Final = frozenset({"who", "that", "whom", "which"})
_PLAN: Final = frozenset({"was", "were", "due", "set", "scheduled", "supposed", "meant"})  # "... to be swapped"
_DEATH: Final = frozenset({"killed", "died", "dead", "perished"})
_STOPS: Final = frozenset({";", ".", ":", "?", "!"})
_RELATIVE_REACH: Final = 2  # ", who ...": the relative pronoun right after the noun phrase


def died_before_handover(tokens: list[str], mention: Mention) -> bool:
    """True when the head count's relative clause plans a handover ("... to be swapped") and its sentence then
    counts them dead; "12 men who were returned last year have since died" planned nothing and stays."""
    start = mention.end + 1
    at = next((k for k in range(start, min(start + _RELATIVE_REACH, len(tokens))) if tokens[k] in _RELATIVE), -1)
    if at == -1:
        return False
    planned = False
    for k in range(at + 1, len(tokens)):
        word = tokens[k]
        if word in _STOPS or is_figure(word):
            return False  # "..., while 3 others were killed": the deaths of other people
        if word in _PLAN and tokens[k + 1 : k + 3] == ["to", "be"]:
            planned = True  # "who were to be exchanged", "who had been due to be freed"
        elif planned and word in _DEATH:
            return True
    return False
