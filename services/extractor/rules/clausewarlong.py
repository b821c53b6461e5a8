"""A war-long phrase that ends the figure's own clause: "9,500 have been brought back ... through swaps since 2022".

A "since the war began" phrase governs the figures within a few words of it. When it ends the clause that the
figure opens, with no other figure or day between the two, it still dates that figure however long the verb
phrase between them, so the figure is a total over the whole war, not one handover.
"""

from datetime import date
from typing import Final

from services.extractor.rules.surroundings import war_long

CLAUSE_REACH: Final = 20  # tokens: one long clause, never a following sentence's worth


def war_long_in_clause(
    first: int, phrases: list[int], days: list[tuple[int, date]], bounds: tuple[int, int], figures: list[int]
) -> bool:
    """True when a war-long phrase is near `first`, or follows it in its clause with nothing dated or counted between
    (`phrases` holds the start and end token of each phrase, in pairs)."""
    if war_long(first, phrases, days):
        return True
    for at in phrases[::2]:
        if first < at < bounds[1] and at - first <= CLAUSE_REACH and not any(
                first < other < at for other in figures) and not any(first < d < at for d, _ in days):
            return True
    return False
