"""An "each side" that ends a later clause is that clause's: "860 freed as 430 troops return to each side".

A symmetric cue ("each", "both sides") says a figure went to every side. When it follows a later figure, and a
subordinating word ("as", "while", "when") opens that later figure's clause, the cue belongs to that clause; the
earlier figure ("860 freed") is not one for each side (often it is both sides together).
"""

from typing import Final

from services.extractor.rules.cues import Cue
from services.extractor.rules.mentions import Mention
from services.extractor.rules.numbers import find_quantities

_SUBORDINATORS: Final = frozenset({"as", "while", "whereas", "when", "after", "with"})


def each_of_later_clause(tokens: list[str], mention: Mention, cues: list[Cue]) -> bool:
    """True when every symmetric cue follows a later figure whose clause a subordinator opens after `mention`."""
    marks = [c.at for c in cues if c.kind == "symmetric"]
    later = [q.first for q in find_quantities(tokens) if q.first > mention.end]
    for at in marks:
        nearest = next((k for k in later if k < at), None)
        if at < mention.quantity.first or nearest is None:
            return False
        if _SUBORDINATORS.isdisjoint(tokens[mention.end + 1 : nearest]):
            return False
    return bool(marks)
