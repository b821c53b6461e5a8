"""Elect one figure per side and field from the sources' claims, keeping every loser visible.

Precedence, strongest first:
1. An exact figure beats a hedged one ("about", "at least", "preliminary"),
   whatever the order of arrival; hedged figures vote only when no exact
   figure is eligible.
2. The side's own government (Kyiv for `ukraine`, Moscow for `russia`)
   outranks the other government and the press: more own-government sources
   for a value win first.
3. The value most sources agree on.
4. Tie: the smaller value, so that the tally never overstates; the larger one
   stays visible as an alternative.

A value above `ceiling` (a part larger than the resolved whole) is not
eligible. A losing exact value makes the figure disputed; a losing hedged
value is superseded, not a dispute, but is still listed (marked approximate).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from schemas import Alternative, Authority

Side = Literal["ukraine", "russia"]
FieldName = Literal["total", "military", "civilian"]
SIDES: tuple[Side, Side] = ("ukraine", "russia")
FIELDS: tuple[FieldName, FieldName, FieldName] = ("total", "military", "civilian")
OWN_GOVERNMENT: dict[Side, Authority] = {"ukraine": Authority.KYIV, "russia": Authority.MOSCOW}


@dataclass(frozen=True)
class Claim:
    """One source's figure for one side and field of a stage."""

    source: str
    value: int
    approximate: bool
    own_government: bool


@dataclass(frozen=True)
class Resolution:
    """The elected figure (or None), the losing values, and whether exact sources disagree."""

    value: int | None
    approximate: bool
    alternatives: tuple[Alternative, ...]
    disputed: bool


def _rank(value: int, claims: list[Claim]) -> tuple[int, int, int]:
    """Order candidate values: own-government sources, then all sources, then the smaller value."""
    own = sum(1 for claim in claims if claim.own_government)
    return (own, len(claims), -value)


def resolve(side: Side, field: FieldName, claims: Iterable[Claim], ceiling: int | None = None) -> Resolution:
    """Elect the figure for `side`/`field` from one claim per source."""
    by_value: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_value[claim.value].append(claim)
    if not by_value:
        return Resolution(None, False, (), False)
    if len(by_value) == 1 and (ceiling is None or next(iter(by_value)) <= ceiling):
        [(value, group)] = by_value.items()  # the common case: every source agrees
        return Resolution(value, all(claim.approximate for claim in group), (), False)

    def eligible(value: int) -> bool:
        return ceiling is None or value <= ceiling

    exact_pool = {
        value: [c for c in group if not c.approximate] for value, group in by_value.items() if eligible(value)
    }
    exact_pool = {value: group for value, group in exact_pool.items() if group}
    hedged = not exact_pool
    pool = exact_pool or {value: group for value, group in by_value.items() if eligible(value)}
    winner = max(pool, key=lambda value: _rank(value, pool[value])) if pool else None

    alternatives: list[Alternative] = []
    disputed = False
    for value in sorted(by_value):
        if value == winner:
            continue
        group = by_value[value]
        approximate = all(claim.approximate for claim in group)
        disputed = disputed or not approximate
        sources = sorted({claim.source for claim in group})
        alternatives.append(Alternative(side=side, field=field, value=value, sources=sources, approximate=approximate))
    return Resolution(winner, hedged and winner is not None, tuple(alternatives), disputed)
