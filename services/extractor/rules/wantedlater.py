"""People wanted for a later exchange: "about 19 civilians whom Kyiv wants included in the next swap" are still
held; the exchange they are named with is one to come, not their handover.

A word of wanting (wants, hopes, seeks, demands, ...) right after the head count, with no handover word between,
followed by an exchange word that "next", "later", "future", ... qualifies: the people are what someone asks for.
"""

from typing import Final

from services.extractor.rules.lexicon import EXCHANGE_STEMS

_WANTING: Final = frozenset(
    "wants want wanted hopes hope hoped seeks seek sought asks asked demands demand demanded insists insisted "
    "urges urged".split()
)
_LATER: Final = frozenset(
    "later next future upcoming coming forthcoming subsequent new another further".split()
)
_EXCHANGE_NOUNS: Final = ("exchang", "swap", "handover", "trade")
_WANT_REACH: Final = 4  # "19 civilians whom Kyiv wants": the wish qualifies the people just counted


def _handover_word(word: str) -> bool:
    return word.startswith(EXCHANGE_STEMS) or word == "back"


def wanted_later(tokens: list[str], end: int, clause: tuple[int, int]) -> bool:
    """True when the head count ending at token `end` is followed, within its clause, by a wish for a later
    exchange ("... whom Kyiv wants included in a later exchange")."""
    stop = min(clause[1], end + 1 + _WANT_REACH)
    want = next((k for k in range(end + 1, stop) if tokens[k] in _WANTING), -1)
    if want == -1 or any(_handover_word(tokens[k]) for k in range(end + 1, want)):
        return False
    return any(tokens[k].startswith(_EXCHANGE_NOUNS) and (tokens[k - 1] in _LATER or tokens[k - 2] in _LATER)
               for k in range(want + 2, clause[1]))
