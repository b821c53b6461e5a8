"""A breakdown that names its group by figure: "Of the 65, 40 are soldiers and 25 civilians".

A leading "of the <people>," (`partitive_group`) names a group the story has counted already, so the sentence
breaks that group down. "Of the <N>," takes up a figure a sentence before has counted, even with a sentence
between them ("Today 65 came home. It was the first such swap. Of the 65, ..."): the breakdown belongs to that
handover and needs no handover word of its own.
"""

import re
from typing import Final

from services.extractor.rules.attributedparts import after_attribution
from services.extractor.rules.lexicon import EXCHANGE_STEMS
from services.extractor.rules.model import Reading
from services.extractor.rules.nationalparts import nationals_side

_GROUP: Final = re.compile(r"of (?:the|these|those) ([0-9][0-9,]*),")
GROUP_REACH: Final = 2  # sentences after the one that counted the figure


def names_figure(lower: str, start: int, end: int, counted: str) -> bool:
    """True when lower[start:end] opens "of the <N>," with a figure <N> that `counted` (lower-cased) holds."""
    match = _GROUP.match(lower, start, end)
    return match is not None and re.search(rf"(?<![0-9,]){re.escape(match.group(1))}(?![0-9])", counted) is not None


def named_group_side(lower: str, start: int, end: int, readings: list[Reading]) -> str | None:
    """The side of the latest reading that counted the <N> of a sentence opening "Of the <N>,", if one side."""
    match = _GROUP.match(lower, start, end)
    if match is None:  # "45 of the Russians were sailors": the people of that side
        return nationals_side(lower, after_attribution(lower, start, end), end)
    value = int(match.group(1).replace(",", ""))
    for reading in reversed(readings):
        sides = {f.side for f in reading.findings if f.value == value and f.field == "total"}
        if sides:
            return sides.pop() if len(sides) == 1 and sides <= {"ukraine", "russia"} else None
    return None


_LEADING_REACH: Final = 8


def partitive_group(tokens: list[str]) -> int:
    """ "Of the 50 Ukrainians, 38 were servicemen and a dozen were civilians": the comma closing a leading "of the
    <people>" naming no handover itself (a group the story has counted already), else -1."""
    if tokens[1:2] not in (["the"], ["those"], ["them"]):
        return -1
    for k in range(2, min(len(tokens), _LEADING_REACH)):
        if tokens[k] == ",":
            return k if k + 1 < len(tokens) and tokens[k + 1][:1].isalnum() else -1
        if tokens[k].startswith(EXCHANGE_STEMS):
            return -1  # "Of the 390 freed on Friday, ...": the group counts a handover itself
    return -1
