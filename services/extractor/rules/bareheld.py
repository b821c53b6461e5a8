"""The count a part belongs to may be a bare figure: "about 4,200 are still held, among them roughly 900 civilians".

"Among them" after a comma counts a part of the figure just before it (`heldparts`). That figure need not name
people: "4,200 remain in Russian jails" names no noun, and its own verb says they are held, so the part is held too.
"""

from typing import Final

from services.extractor.rules.lexicon import NEGATIVE_AFTER
from services.extractor.rules.numbers import find_quantities

_BETWEEN: Final = frozenset({"are", "were", "is", "was", "still", "have", "has", "had", "been", "being", "now"})
_REACH: Final = 3  # "are still being held": a few auxiliaries at most


def bare_count_held(before: list[str]) -> bool:
    """True when the last figure of `before` (the tokens up to the part's comma) is followed by a verb of holding."""
    quantities = find_quantities(before)
    if not quantities:
        return False
    k = quantities[-1].last + 1
    while k < len(before) and k - quantities[-1].last <= _REACH and before[k] in _BETWEEN:
        k += 1
    return k < len(before) and before[k] in NEGATIVE_AFTER
