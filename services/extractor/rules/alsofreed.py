"""Civilians freed "also" in a later clause are the other part of the same side's handover.

"The ministry confirmed that 96 Russian soldiers had come back and said 11 Russian civilians were also freed under
the deal": the two counts sit in different clauses, but "also" after the second says those people came on top of
the first in the same handover, so the side got 107 (96 soldiers + 11 civilians), as "96 soldiers and 11
civilians" would say. Only a soldiers' count and a civilians' count of one named side are joined so.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_ALSO: Final = frozenset({"also", "too"})
_ALSO_REACH: Final = 3  # "were also released", "had also been freed"
_PARTS: Final = frozenset({"military", "civilian"})


def also_freed(tokens: list[str], left: Mention, right: Mention, sides: tuple[str, str]) -> bool:
    """True when `right` counts the other category of `left`'s named side and is said freed "also"."""
    if sides[0] != sides[1] or sides[0] not in {"ukraine", "russia"} or left.nationality != right.nationality:
        return False
    if {left.category, right.category} != _PARTS:
        return False
    return bool(_ALSO.intersection(tokens[right.end + 1 : right.end + 1 + _ALSO_REACH]))
