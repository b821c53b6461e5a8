"""A list closed by its own total: "40 soldiers and five civilians, 45 people in all".

The closing figure names no category and equals the sum of the items before it, so it restates the
list rather than adding to it; summing it in would count the same people twice.
"""

from collections.abc import Sequence
from typing import Final

_MIN_ITEMS: Final = 2  # a single item equal to the next figure is a restatement handled elsewhere


def closes_with_total(values: Sequence[int], categorised: Sequence[bool]) -> bool:
    """True when the last item is uncategorised and equals the sum of two or more items before it."""
    if len(values) <= _MIN_ITEMS or categorised[-1]:
        return False
    return sum(values[:-1]) == values[-1]
