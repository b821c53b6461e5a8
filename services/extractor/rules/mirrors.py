"""The same figures for the other side: "in exchange for as many", "Moscow got back the same number of its soldiers".

Within a sentence a mirror cue copies one side's figures to the other; a sentence that only says "the same
number" takes the figures the sentence before gave one side, or the figure it sets off itself ("the same
number of soldiers, 30").
"""

from collections.abc import Sequence
from typing import Final

from services.extractor.rules.cues import find_cues
from services.extractor.rules.heads import head_category
from services.extractor.rules.model import Finding
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sides import WEAK


def mirror(findings: list[Finding]) -> list[Finding]:
    """Copy one side's figures to the other ("in exchange for as many", "the same number")."""
    present = {(f.kind, f.side, f.field) for f in findings}
    copies = []
    for f in findings:
        if f.side in {"ukraine", "russia"} and not f.additive:  # wounded freed on top go one way only
            other = "russia" if f.side == "ukraine" else "ukraine"
            if (f.kind, other, f.field) not in present and (f.kind, "both", f.field) not in present:
                copies.append(f._replace(side=other))
    return findings + copies


MIRROR_REACH: Final = 2  # sentences back
# "... 206 returned home ... Among those freed are 11 once listed missing. The youngest is 21. In return, Russia
# received the same number": candidate sentences that count nothing (details of the freed) do not end the reach
QUIET_REACH: Final = 2
_PLANS: Final = (
    frozenset("will would could should may might plans plan planned expected expects promised pledged".split())
)
_HEDGES: Final = frozenset({"roughly", "about", "around", "nearly", "approximately", "almost", "some"})


def mirror_previous(tokens: list[str], earlier: Sequence[Sequence[Finding]]) -> list[Finding]:
    """ "Ukraine brought home 90 POWs. Moscow got back the same number": the other side gets the last figures.

    `earlier` holds the findings of the sentences before, nearest first. The figures copied are the nearest
    ones stated for one side only; this sentence must name no receiver or name the other side.
    """
    if not _PLANS.isdisjoint(tokens):
        return []  # "Kyiv will hand over the same number next week": a plan, not a handover
    for previous in [found for found in earlier[:MIRROR_REACH + QUIET_REACH] if found][:MIRROR_REACH]:
        counted = [f for f in previous if f.side in {"ukraine", "russia"} and f.strength > WEAK and not (
            f.additive or f.correction or f.echo)]
        if counted:
            break
    else:
        return []
    if len({f.side for f in counted}) != 1:
        return []
    other = "russia" if counted[0].side == "ukraine" else "ukraine"
    receivers = {c.side for c in find_cues(tokens, None) if c.kind in {"agent", "direction"} and c.side}
    if receivers and receivers != {other}:
        return []
    hedged = not _HEDGES.isdisjoint(tokens)  # "roughly the same number"
    return [f._replace(side=other, strength=f.strength if receivers else WEAK + 1, approximate=f.approximate or hedged)
            for f in _own_category(tokens, counted)]


def _own_category(tokens: list[str], counted: list[Finding]) -> list[Finding]:
    """ "... 71 defenders and four civilians. Russia received the same number of its servicemen": the other side
    gets the same total, in the category the sentence names, not the first side's breakdown."""
    at = next((k for k in range(len(tokens) - 2) if tokens[k + 2] == "of" and (
        tokens[k + 1] == "number" or tokens[k : k + 2] == ["as", "many"])), None)
    field = head_category(tokens, at + 2) if at is not None else None
    total = next((f for f in counted if f.field == "total"), None)
    people = at is not None and not _PEOPLE.isdisjoint(tokens[at + 3 : at + 6])
    if field in {None, "generic"} and total is not None and people:
        return [total]  # "the same number of its citizens": people of either kind, so the total alone
    if field not in {"military", "civilian"} or total is None:
        return counted
    stated = _apposed_count(tokens, at + 3) if at is not None else None
    if stated is not None:  # "the same number of servicemen, 44": the count of that category, as the sentence says
        return [total._replace(value=stated), total._replace(field=field, value=stated)]
    return [total, total._replace(field=field)]


_PEOPLE: Final = frozenset({"citizens", "people", "nationals", "compatriots"})
_APPOSED_REACH: Final = 4  # "the same number of its own servicemen, 44"


def _apposed_count(tokens: list[str], start: int) -> int | None:
    """The figure set off by commas right after the "same number of <people>" phrase, if any."""
    quantities = find_quantities(tokens)
    for k in range(start, min(start + _APPOSED_REACH, len(tokens) - 1)):
        if tokens[k] == ",":
            count = next((q for q in quantities if q.first == k + 1), None)
            closed = count is not None and tokens[count.last + 1 : count.last + 2] in ([","], ["."], [])
            return count.value if count is not None and closed else None
    return None
