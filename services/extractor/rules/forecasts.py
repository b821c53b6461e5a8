"""A rough figure forecast for a handover still to come is neither a handover nor an agreed size.

"The two sides are expected to exchange about 100 prisoners each on Thursday, sources said", "set to trade
around 100": what insiders expect of a coming swap, hedged, with no deal named, is a forecast. Nobody says the
sides agreed on that number, and nobody has been handed over yet; the exact count comes with the swap itself.
A bound ("expected to involve at least 1,000") is how a deal's size is told, and stays one.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_FORECAST: Final = frozenset({"expected", "set", "due", "likely", "poised", "slated", "scheduled", "supposed"})
_DEALT: Final = frozenset(
    "deal deals agreement agreements accord accords plan arrangement memorandum agreed agree agrees".split()
)
_ROUGH: Final = frozenset("about around roughly approximately some nearly almost circa".split())  # not "at least"
_REACH: Final = 6  # "are expected to exchange about 100": the forecast verb a few words before the figure


def hedged_forecast(tokens: list[str], mention: Mention) -> bool:
    """True for a rough figure ("about 100") after "expected to" / "set to" ... in a sentence naming no deal."""
    first = mention.quantity.first
    if not mention.quantity.approximate or _ROUGH.isdisjoint(tokens[max(first - 2, 0) : first]):
        return False  # "at least 1,000", "more than 1,000": a bound, as deals are told, not a guess
    if not _DEALT.isdisjoint(tokens):
        return False
    before = tokens[max(first - _REACH, 0) : first]
    return any(before[k] in _FORECAST and before[k + 1] == "to" for k in range(len(before) - 1))
