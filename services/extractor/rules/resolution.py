"""Resolve the findings of one (kind, day) group into each side's figures, and name contradictions.

Within one article: an exact figure beats a hedged one; a stated side beats
a defaulted one ("exchanged 307" read as each side); a stated total beats one
implied by a single category ("307 POWs"). People freed on top of the
exchange add to the receiving side. A correction replaces what it retracts.
Two different exact totals at the top of that order, or parts that add up to
more than the whole, are a contradiction.
"""

from collections import Counter
from dataclasses import dataclass, field

from schemas import Authority
from services.extractor.rules.lexicon import Side
from services.extractor.rules.model import Finding
from services.extractor.rules.sides import MEDIUM, STRONG

SIDES: tuple[Side, Side] = ("ukraine", "russia")
FIELDS = ("total", "military", "civilian")
OWN: dict[Side, Authority] = {"ukraine": Authority.KYIV, "russia": Authority.MOSCOW}

Item = tuple[int, Authority, Finding]  # (sentence index, authority, finding)


@dataclass
class SideResult:
    """The figures of one side, with hedge, authority and the sentences that back each field."""

    values: dict[str, int] = field(default_factory=dict)
    approximate: bool = False
    authority: Authority = Authority.PRESS
    backing: dict[str, set[int]] = field(default_factory=dict)


@dataclass
class GroupResult:
    """Both sides, the combined figure and any contradiction found."""

    sides: dict[Side, SideResult]
    combined: int | None
    combined_backing: set[int]
    conflicts: list[str]


def _rank(f: Finding) -> tuple[int, int, int, int]:
    return (f.correction == "corrected", not f.approximate, f.strength, f.listed)


def _for_side(items: list[Item], side: Side) -> list[Item]:
    chosen = [(i, a, f) for i, a, f in items if f.side in (side, "both")]
    corrected = {f.field for _, _, f in chosen if f.correction == "corrected"}
    retracted = {(f.field, f.value) for _, _, f in chosen if f.correction == "retracted"}
    return [
        (i, a, f)
        for i, a, f in chosen
        if f.correction != "retracted"
        and (f.field not in corrected or f.correction == "corrected")
        and ((f.field, f.value) not in retracted or f.correction == "corrected")
    ]


def _elect(candidates: list[Item]) -> tuple[Finding | None, list[int], bool]:
    """Return the winning finding, the values it beat at the same rank, and whether that is a contradiction."""
    if not candidates:
        return None, [], False
    top = max(_rank(f) for _, _, f in candidates)
    best = [(i, f) for i, _, f in candidates if _rank(f) == top]
    counts = Counter(f.value for _, f in best)
    value = max(counts, key=lambda v: (counts[v], -min(i for i, f in best if f.value == v)))
    winner = next(f for _, f in best if f.value == value)
    others = sorted(v for v in counts if v != value)
    contradiction = bool(others) and not winner.approximate and winner.strength >= MEDIUM and winner.listed
    return winner, others, contradiction


def resolve_side(items: list[Item], side: Side, day_label: str) -> tuple[SideResult, list[str]]:
    """Elect one side's total, military and civilian figures from a group's items."""
    pool = _for_side(items, side)
    result = SideResult()
    conflicts: list[str] = []
    exact: dict[str, bool] = {}
    listed_total = True
    for name in FIELDS:
        base = [(i, a, f) for i, a, f in pool if f.field == name and not f.additive]
        extra = {f.value: i for i, _, f in pool if f.field == name and f.additive}
        winner, beaten, contradiction = _elect(base)
        if contradiction:
            conflicts.append(f"{side}.{name} {day_label}: {winner.value if winner else '?'} vs {beaten}")
        if winner is None and not extra:
            continue
        value = (winner.value if winner else 0) + sum(extra)
        result.values[name] = value
        exact[name] = winner is None or not winner.approximate
        if name == "total" and winner is not None:
            listed_total = winner.listed
            result.approximate = winner.approximate
        backers = {i for i, _, f in base if winner is not None and f.value == winner.value} | set(extra.values())
        result.backing[name] = backers
    values = result.values
    if not listed_total and "military" in values and "civilian" in values:
        values["total"] = values["military"] + values["civilian"]
        result.backing["total"] = result.backing["military"] | result.backing["civilian"]
    parts = values.get("military", 0) + values.get("civilian", 0)
    if "total" in values and parts > values["total"] and all(exact.get(n, True) for n in FIELDS):
        conflicts.append(f"{side} {day_label}: military + civilian = {parts} > total {values['total']}")
    if "total" not in values and result.values:
        result.approximate = any(f.approximate for _, _, f in pool)
    result.authority = _authority(pool, result, side)
    return result, conflicts


def _authority(pool: list[Item], result: SideResult, side: Side) -> Authority:
    backers = set().union(*result.backing.values()) if result.backing else set()
    names = {a for i, a, _ in pool if i in backers}
    if OWN[side] in names:
        return OWN[side]
    for authority in (Authority.KYIV, Authority.MOSCOW):
        if authority in names:
            return authority
    return Authority.PRESS


def _as_combined(items: list[Item]) -> list[Item]:
    """A defaulted "both sides" total equal to the two stated side totals added up is a combined figure."""
    stated: dict[str, set[int]] = {s: set() for s in SIDES}
    for _, _, f in items:
        if f.side in stated and f.field == "total" and f.strength == STRONG and not f.approximate:
            stated[f.side].add(f.value)
    sums = {u + r for u in stated["ukraine"] for r in stated["russia"]}
    out: list[Item] = []
    for i, a, f in items:
        if f.side == "both" and f.strength < MEDIUM and f.field == "total" and f.value in sums:
            f = Finding(f.kind, "combined", "total", f.value, f.approximate, f.strength, f.listed, f.additive,
                        f.correction, f.day)
        out.append((i, a, f))
    return out


def resolve_group(items: list[Item], day_label: str) -> GroupResult:
    """Resolve a whole group: both sides and the combined figure."""
    items = _as_combined(items)
    sides: dict[Side, SideResult] = {}
    conflicts: list[str] = []
    for side in SIDES:
        sides[side], found = resolve_side(items, side, day_label)
        conflicts += found
    combined = [(i, a, f) for i, a, f in items if f.side == "combined" and f.field == "total"]
    winner, _, _ = _elect(combined)
    backing = {i for i, _, f in combined if winner is not None and f.value == winner.value}
    return GroupResult(sides, winner.value if winner else None, backing, conflicts)


def clashes(items: list[Item], unit: list[Item]) -> bool:
    """True when `unit` disagrees with `items` on an exact figure (used to place undated sentences)."""
    merged = items + unit
    for side in SIDES:
        for name in FIELDS:
            ours = {f.value for _, _, f in _for_side(unit, side) if f.field == name and not f.additive
                    and not f.approximate and f.strength >= MEDIUM}
            theirs = {f.value for _, _, f in _for_side(items, side) if f.field == name and not f.additive
                      and not f.approximate and f.strength >= MEDIUM}
            if ours and theirs and ours != theirs and not ours & theirs:
                return True
    before = resolve_group(items, "").conflicts
    return len(resolve_group(merged, "").conflicts) > len(before)
