"""The exchange the story's own one "followed" or "came after": what a clause describing it tells is that one's.

"The handover followed Tuesday's swap, in which 75 soldiers came home": the verb orders the two exchanges, so
the figures of the clause that describes its object ("in which ...", "when ...", "of 75 soldiers") are of the
earlier swap, dated or not, even one a day or two before the story's own.
"""

from typing import Final

from services.extractor.rules.sincestages import since_stage_clauses
from services.extractor.rules.sincewhen import counted_since

_FOLLOWING: Final = frozenset({"followed", "follows", "following"})
_CAME: Final = frozenset({"came", "comes", "come", "coming", "place", "happened"})  # "came two days after"
_CAME_REACH: Final = 4  # tokens between "came" and "after"
_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade", "release", "exchanges", "swaps", "handovers"})
_NOUN_REACH: Final = 6  # "followed Monday's all-women prisoner swap"
_OPENERS: Final = (["in", "which"], ["during", "which"], ["which", "saw"], ["that", "saw"])
_ENDS: Final = frozenset({",", ";", ":", "—"})


def _orders(tokens: list[str], k: int) -> bool:
    """True when the verb at `k` puts what follows it before the story's exchange."""
    if tokens[k] in _FOLLOWING:
        return k > 0 and tokens[k - 1] not in {"the", "a"}  # "the following swap" is a later one
    return tokens[k] == "after" and not _CAME.isdisjoint(tokens[max(k - _CAME_REACH, 0) : k])


def _described(tokens: list[str], noun: int) -> tuple[int, int] | None:
    """The clause that describes the exchange named at `noun`: ", in which ...", ", when ...", "of ..."."""
    at = noun + 1
    if tokens[at : at + 1] in (["of"], ["involving"]):
        start = at
    elif tokens[at : at + 1] == [","] and (tokens[at + 1 : at + 3] in _OPENERS or tokens[at + 1 : at + 2] == ["when"]):
        start = at + 1
    else:
        return None
    end = next((k for k in range(start + 2, len(tokens)) if tokens[k] in _ENDS), len(tokens))
    return start, end


def followed_clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """The [start, end) tokens of each clause describing an exchange that the story's own followed."""
    found: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if (token in _FOLLOWING or token == "after") and _orders(tokens, k) or counted_since(tokens, k):
            for j in range(k + 1, min(k + 1 + _NOUN_REACH, len(tokens))):
                if tokens[j] in _ENDS:
                    break
                if tokens[j] in _NOUNS:
                    clause = _described(tokens, j)
                    if clause is not None:
                        found.append(clause)
                    break
    return found + since_stage_clauses(tokens)  # "since the first stage on 29 May, which ... 410 ..."
