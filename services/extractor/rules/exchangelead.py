"""A day named only by opening lines that do not speak of the exchange dates the text, not the handover.

"Record of the sitting of 17 March ... The swap was held on Saturday, 14 March. In it, 60 soldiers came home":
a heading's or a greeting's day ("your briefing for Tuesday") is the day the text was made; a day named by a
sentence about the exchange, in the lead or just before the first figures, is the handover's, and comes first;
but not the start of a span ("the two-day exchange that began on Saturday" ends on another day).
"""

from typing import Final

from services.extractor.rules.lexicon import EXCHANGE_STEMS
from services.extractor.rules.sentences import sentence_at

SPAN_STARTS: Final = frozenset({"since"})  # "began on Saturday", "since Friday": when a span opened


def about_exchange(text: str, starts: list[int], end: int, positions: list[int]) -> list[int]:
    """The `positions` whose sentence holds an exchange word ("swap", "freed", "returned" ...)."""
    kept: list[int] = []
    for position in positions:
        lower = sentence_at(text, starts, position, end).text.lower()
        if any(stem in lower for stem in EXCHANGE_STEMS):
            kept.append(position)
    return kept
