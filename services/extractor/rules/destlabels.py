"""Labels naming where people went: "Returned to Ukraine: 150", "Handed back to Russia: 95".

A fact box or a table may label a row by the handover and its destination rather than by the people; the bare
figure after the colon still counts the people handed over, the country after "to" says whose they are.
"""

from typing import Final

from services.extractor.rules.lexicon import COUNTRY

_HANDOVER: Final = frozenset(
    "returned released freed handed transferred repatriated sent brought back over home exchanged".split()
)
_BULLETS: Final = frozenset({"-", "•", "*", "–"})
_LABEL_WORDS: Final = 6  # "Prisoners handed back to the Russian side"


def destination_label(tokens: list[str], colon: int) -> bool:
    """True when tokens[colon] closes a line-opening label "<handover> to [the] <country>" ("Freed to Ukraine:")."""
    if colon < 3 or tokens[colon] != ":" or tokens[colon - 1] not in COUNTRY:
        return False
    to = colon - 2 - (tokens[colon - 2] == "the")
    start = 1 if tokens[0] in _BULLETS else 0
    label = tokens[start:to]
    return to > start and tokens[to] == "to" and len(label) < _LABEL_WORDS and not _HANDOVER.isdisjoint(label)
