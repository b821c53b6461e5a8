"""One party's proposal: "Kyiv suggested a new swap of 500 each" is an offer, not an agreed total.

An offer only becomes a target once the other side takes it up; until the sentence says so (accepted,
agreed, approved, signed), the figure it names counts nothing: no handover, no agreement.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_PROPOSING: Final = frozenset({"proposed", "proposes", "propose", "proposing", "suggested", "suggests"})
_TAKEN_UP: Final = frozenset(
    {"accepted", "accept", "accepts", "agreed", "agree", "agrees", "approved", "endorsed", "signed"}
)


def one_sided_proposal(tokens: list[str], mention: Mention, clause: tuple[int, int]) -> bool:
    """True when a proposing verb comes before the figure in its clause and nothing says it was taken up."""
    if _PROPOSING.isdisjoint(tokens[clause[0] : mention.quantity.first]):
        return False
    return _TAKEN_UP.isdisjoint(tokens)
