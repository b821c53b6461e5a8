"""A category figure that makes up the side's total with the other category's is a part of it, no rival total.

"Forty-eight civilians came home, a rights group said. Twelve soldiers were freed with them, so that sixty
Ukrainians in all crossed": the 48 lose the election for the total to the stated 60, yet 48 + 12 = 60: the
civilians are the rest of the sixty, and their category stays beside the soldiers'.
"""

from typing import Final

_OTHER_FIELD: Final = {"military": "civilian", "civilian": "military"}


def fills_total(values: dict[str, int], name: str) -> bool:
    """True when the `name` category and the other category add up exactly to the side's total."""
    other, total = values.get(_OTHER_FIELD[name]), values.get("total")
    return other is not None and total is not None and values[name] + other == total
