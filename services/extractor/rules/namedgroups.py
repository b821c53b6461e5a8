"""A breakdown that names its group by figure: "Of the 65, 40 are soldiers and 25 civilians".

"Of the <N>," takes up a figure a sentence before has counted, even with a sentence between them ("Today 65
came home. It was the first such swap. Of the 65, ..."): the breakdown belongs to that handover and needs no
handover word of its own.
"""

import re
from typing import Final

from services.extractor.rules.model import Reading

_GROUP: Final = re.compile(r"of (?:the|these|those) ([0-9][0-9,]*),")
GROUP_REACH: Final = 2  # sentences after the one that counted the figure


def names_figure(lower: str, start: int, end: int, counted: str) -> bool:
    """True when lower[start:end] opens "of the <N>," with a figure <N> that `counted` (lower-cased) holds."""
    match = _GROUP.match(lower, start, end)
    return match is not None and re.search(rf"(?<![0-9,]){re.escape(match.group(1))}(?![0-9])", counted) is not None


def named_group_side(lower: str, start: int, end: int, readings: list[Reading]) -> str | None:
    """The side of the latest reading that counted the <N> of a sentence opening "Of the <N>,", if one side."""
    match = _GROUP.match(lower, start, end)
    if match is None:
        return None
    value = int(match.group(1).replace(",", ""))
    for reading in reversed(readings):
        sides = {f.side for f in reading.findings if f.value == value and f.field == "total"}
        if sides:
            return sides.pop() if len(sides) == 1 and sides <= {"ukraine", "russia"} else None
    return None
