"""The rest of a breakdown: "Of the 60 freed, 41 were soldiers; the other 19 were civilians".

"The other <N>" or "the remaining <N>" names the people left once a figure before it in the sentence is taken
away: they belong to the same handover and side as that figure, even in a clause with no handover word.
"""

from typing import Final

from services.extractor.rules.composition import Resolved
from services.extractor.rules.mentions import Mention

_REST: Final = frozenset({"other", "remaining"})


def remainder(tokens: list[str], mention: Mention, resolved: list[Resolved]) -> Resolved | None:
    """The figure "the other <N>" as the rest of the last head count resolved before it, else None."""
    first = mention.quantity.first
    if first < 2 or tokens[first - 1] not in _REST or tokens[first - 2] != "the" or not resolved:
        return None
    model = resolved[-1]
    if model.side not in {"ukraine", "russia"} or model.mention.quantity.first > first:
        return None
    return model._replace(mention=mention, approximate=mention.quantity.approximate, additive=False,
                          correction=None, echo=False)
