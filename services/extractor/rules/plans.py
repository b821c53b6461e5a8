"""A further batch planned for a coming day: "another 200 should be home next week" counts nothing."""

from typing import Final

from services.extractor.rules.forecasts import hedged_forecast
from services.extractor.rules.kinds import AGREEMENT_NOUNS
from services.extractor.rules.mentions import Mention

_COMING: Final = frozenset({"week", "month", "weekend"})


def planned_batch(tokens: list[str], mention: Mention) -> bool:
    """ "Next week another 200 of our people should be home": a further batch told for a coming day, with no deal
    named in the sentence, is the plan of a next stage, neither a handover nor an agreed target."""
    if hedged_forecast(tokens, mention):  # "expected to exchange about 100 each": a forecast, no deal's size
        return True
    first = mention.quantity.first
    if not (tokens[first - 1 : first] == ["another"] or tokens[max(first - 2, 0) : first] == ["a", "further"]):
        return False
    coming = "tomorrow" in tokens or any(
        tokens[k] == "next" and tokens[k + 1] in _COMING for k in range(len(tokens) - 1))
    return coming and AGREEMENT_NOUNS.isdisjoint(tokens)
