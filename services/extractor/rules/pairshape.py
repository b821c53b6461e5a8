"""An "N for N" told after the fact: "the sides swapped 30 for 30", "The swap on Tuesday went smoothly: 64 for 64".

Alone, an "N for N" is usually a deal's size. Right after a past handover verb, or opening the clause after a
colon that closes a past-tense sentence about an exchange, it is the shape of a handover that already happened.
"""

from typing import Final

_DONE: Final = frozenset({"swapped", "exchanged", "traded", "freed", "released", "returned"})
_EXCHANGES: Final = frozenset({"exchange", "swap", "handover", "trade"})
_PAST: Final = frozenset({"was", "looked", "seemed", "went", "proved", "ended", "came", "passed", "appeared"})
_PLANNED: Final = frozenset("agreed agreement deal plan planned will would expected due proposed promised".split())
_REACH: Final = 6  # "The exchange on Friday looked": noun, a date phrase, then its verb


def shape_told(tokens: list[str], first: int) -> bool:
    """True when the "N for N" opening at token `first` follows a past handover verb or a past-tense sentence
    about an exchange ending in a colon."""
    if first > 0 and tokens[first - 1] in _DONE:
        return True
    if first < 2 or tokens[first - 1] != ":":
        return False
    before = tokens[: first - 1]
    if not _PLANNED.isdisjoint(before):
        return False
    return any(word in _EXCHANGES and not _PAST.isdisjoint(before[k + 1 : k + 1 + _REACH])
               for k, word in enumerate(before))
