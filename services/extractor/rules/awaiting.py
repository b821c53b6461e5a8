"""People still waiting for an exchange: "Forty men sat on the bus, waiting to learn whether the swap would go
ahead" counts no handover.

When the only words of the figure's clause that speak of a handover come after "waiting", "awaiting" or "whether",
the exchange is what the people wait for, or doubt, not what happened to them.
"""

from typing import Final

from services.extractor.rules.expectations import expected_handover
from services.extractor.rules.lexicon import EXCHANGE_STEMS
from services.extractor.rules.wantedlater import wanted_later

_AWAITING: Final = frozenset({"waiting", "awaiting", "await", "awaits", "wait", "waits", "whether"})


def awaiting(tokens: list[str], end: int, clause: tuple[int, int]) -> bool:
    """True when, in `clause`, a word of waiting or doubt follows the head count ending at token `end` and no word
    of a handover comes before it."""
    wait = next((k for k in range(end + 1, clause[1]) if tokens[k] in _AWAITING), -1)
    if wait == -1:  # "19 civilians whom Kyiv wants in a later swap", "200 are expected to be freed" wait for it too
        return wanted_later(tokens, end, clause) or expected_handover(tokens, end, clause)
    return not any(tokens[k].startswith(EXCHANGE_STEMS) or tokens[k] == "back" for k in range(clause[0], wait))
