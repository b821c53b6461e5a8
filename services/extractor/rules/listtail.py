"""A word for the whole ahead of a list is the list's, not its last item's: "In all, 150 Ukrainian defenders
and five civilians came home".

"In all" / "in total" opening such a sentence says the list is everything that came home; it does not make
"five civilians" a figure for the two sides together. An item joined by "and" straight after a head count that
names its people's nationality is that same side's next part, as it is with no "in all" before it.
"""

from typing import Final

from services.extractor.rules.lexicon import NATIONALITY, PERSON_HEADS
from services.extractor.rules.numbers import find_quantities

_ITEM_REACH: Final = 6  # "one hundred and fifty Ukrainian soldiers and ...": the item before, a few words


def follows_named_item(tokens: list[str], first: int) -> bool:
    """True when the figure at token `first` follows "and" right after a head count naming a nationality."""
    if first < 3 or tokens[first - 1] != "and" or tokens[first - 2] not in PERSON_HEADS:
        return False
    item = tokens[max(0, first - 2 - _ITEM_REACH) : first - 2]
    return any(word in NATIONALITY for word in item[-2:]) and bool(find_quantities(item))
