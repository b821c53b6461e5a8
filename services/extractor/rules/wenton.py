"""An exchange "agreed at the talks" that went on on a day is dated by that day, not demoted as the deal's.

"The swap agreed in Geneva resumed on Sunday": the exchange is the subject and "resumed" its verb, so Sunday is
a day of handovers; "agreed in Geneva" only says where it was settled. "The deal signed on Sunday" and "the
talks on the swap ended on Sunday" still date the agreement (no exchange noun before the agreement word).
"""

from collections.abc import Set
from typing import Final

_EXCHANGE_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade"})
_WENT_ON: Final = frozenset(
    "continued continues resumed resumes proceeded proceeds ended ends concluded concludes finished finishes "
    "went goes took takes happened occurred completed held".split()
)


def went_on(clause: list[str], agreed: Set[str]) -> bool:
    """True for "<exchange> <agreed ...> <went on>" before a date: the date is the exchange's."""
    marks = [k for k, word in enumerate(clause) if word in agreed]
    if not marks:
        return False
    return not _EXCHANGE_NOUNS.isdisjoint(clause[: marks[0]]) and not _WENT_ON.isdisjoint(clause[marks[-1] + 1 :])
