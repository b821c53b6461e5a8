"""Gapping: "Ukraine received 30 soldiers, and Russia 25 servicemen" leaves the verb out of its second half.

A clause that opens on "and <country>" followed straight by a figure has no verb of its own: it shares
the verb of the clause before it, so it speaks of the same handover. Its clause reaches back over the
clauses before it (an aside such as ", among them two medics," included) to the nearest one that names
an exchange.
"""

from collections.abc import Callable
from typing import Final

from services.extractor.rules.clauses import clause_of

_COUNTRIES: Final = frozenset({"russia", "ukraine", "moscow", "kyiv", "kiev"})
_REACH: Final = 3  # clauses looked back over


def opens_gapped(tokens: list[str], clause: tuple[int, int], position: int) -> bool:
    """True when the clause is "and <country> <figure ...>" and `position` is that figure."""
    start = clause[0]
    return (start + 2 == position and tokens[start] == "and" and tokens[start + 1] in _COUNTRIES
            and start > 0 and tokens[start - 1] == ",")


def gapped_clause(
    tokens: list[str], starts: list[int], position: int, clause: tuple[int, int],
    speaks_of_exchange: Callable[[list[str], tuple[int, int]], bool],
) -> tuple[int, int]:
    """The clause of a gapped figure, reaching back to the clause whose verb it shares (unchanged otherwise)."""
    if not opens_gapped(tokens, clause, position) or speaks_of_exchange(tokens, clause):
        return clause
    begin = clause[0]
    for _ in range(_REACH):
        if begin == 0:
            break
        begin = clause_of(starts, begin - 1, len(tokens))[0]
        if speaks_of_exchange(tokens, (begin, clause[0])):
            return begin, clause[1]
    return clause
