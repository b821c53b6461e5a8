"""A "which" clause after "since the first stage on 29 May" describes that first stage, not the running total.

"The swap brought the total to 600 since the first round on 2 March, which was the largest, with 250 men freed
on each side": the clause the comma opens after the earlier stage tells that stage, so its figure is the earlier
stage's, however many commas the clause holds before the sentence or a semicolon ends it.
"""

from typing import Final

_EARLIER: Final = frozenset({"first", "previous", "last", "earlier", "opening", "initial"})
_STAGES: Final = frozenset({"stage", "round", "phase", "exchange", "swap", "batch", "leg", "handover"})
_OPENERS: Final = frozenset({"which", "when"})
_DATE_REACH: Final = 8  # "since the first stage on Friday 29 May ,": the words up to the comma


def since_stage_clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """The [start, end) tokens of each ", which ..." clause describing an earlier stage named after "since"."""
    found: list[tuple[int, int]] = []
    for k, token in enumerate(tokens[:-3]):
        if token != "since":
            continue
        at = k + 2 if tokens[k + 1] == "the" else k + 1
        if at + 1 >= len(tokens) or tokens[at] not in _EARLIER or tokens[at + 1] not in _STAGES:
            continue
        comma = next((j for j in range(at + 2, min(len(tokens), at + 2 + _DATE_REACH)) if tokens[j] == ","), -1)
        if comma == -1 or tokens[comma + 1 : comma + 2] == [] or tokens[comma + 1] not in _OPENERS:
            continue
        end = next((j for j in range(comma + 2, len(tokens)) if tokens[j] == ";"), len(tokens))
        found.append((comma + 1, end))
    return found
