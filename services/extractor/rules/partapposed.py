"""An apposed noun followed by "among them" or "included" names only some of the people counted.

"Kyiv welcomed home 64 citizens, civilians among them, ...": the 64 held civilians but not only civilians, so
the apposition gives the count no category (and none is implied for the rest either). "64 citizens, civilians
from Mariupol" or "..., all of them civilians" still say what the whole count is.
"""

from typing import Final

_PART_TAILS: Final = (("among", "them"), ("among", "whom"), ("amongst", "them"), ("included",), ("too",),
                      ("as", "well"))


def apposes_a_part(tokens: list[str], noun: int) -> bool:
    """True when the apposed noun at `noun` is followed by words saying it is only a part of the count."""
    after = tuple(tokens[noun + 1 : noun + 3])
    return any(after[: len(tail)] == tail for tail in _PART_TAILS)
