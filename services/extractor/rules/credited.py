"""A total a party credits to its own efforts: "Turkey said its mediation has now brought 1,870 captives home".

What a mediator's efforts, mediation or good offices "have led to" by now, in all, is its record over every swap
it helped with: background to the exchange the story reports, whatever the wording of the return itself.
"""

from typing import Final

from services.extractor.rules.exchangesums import summed_over_exchanges

_CREDITED: Final = frozenset({"efforts", "effort", "mediation", "mediations", "offices", "involvement", "diplomacy"})
_PERFECT: Final = frozenset({"has", "have", "had"})
_TOTALS: Final = ("now", "so far", "in all", "in total", "to date", "altogether", "overall", "all told")
_REACH: Final = 12  # tokens from the credited noun to the figure
_AFTER: Final = 4  # "... 2,509 prisoners in total": the totals word may follow the figure's noun
_STOPS: Final = frozenset({";", ":", "."})


def credited_total(tokens: list[str], first: int) -> bool:
    """True when the figure at `first` follows "its efforts / mediation has (now) ..." and a word of totals, or
    is the sum several exchanges returned ("two swaps returned 275": `exchangesums`)."""
    if summed_over_exchanges(tokens, first):
        return True
    for k in range(first - 1, max(first - _REACH, 1) - 1, -1):
        if tokens[k] in _STOPS:
            return False
        if tokens[k] in _CREDITED and _PERFECT.intersection(tokens[k + 1 : k + 3]):
            words = " " + " ".join(tokens[k + 1 : first + 1 + _AFTER]) + " "
            return any(f" {total} " in words for total in _TOTALS)
    return False
