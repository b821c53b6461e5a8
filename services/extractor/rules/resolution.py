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
from typing import Final

from schemas import Authority
from services.extractor.rules.fills import fills_total
from services.extractor.rules.lexicon import OTHER, Side
from services.extractor.rules.model import Finding, Item
from services.extractor.rules.sides import MEDIUM
from services.extractor.rules.twosided import as_combined, restated_side

SIDES: tuple[Side, Side] = ("ukraine", "russia")
FIELDS: Final = ("total", "military", "civilian")
OWN: dict[Side, Authority] = {"ukraine": Authority.KYIV, "russia": Authority.MOSCOW}


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


def _rank(f: Finding) -> tuple[bool, bool, int, bool]:
    return (f.correction == "corrected", not f.approximate, f.strength, f.listed)


def for_side(items: list[Item], side: Side) -> dict[str, tuple[list[Item], list[Item]]]:
    """Bucket one side's findings by field into (base, additive), dropping what a correction retracts."""
    chosen = [item for item in items if item[2].side == side or item[2].side == "both"]
    corrections = any(f.correction is not None for _, _, f in chosen)  # rare: most articles correct nothing
    corrected = {f.field for _, _, f in chosen if f.correction == "corrected"} if corrections else set()
    retracted = {(f.field, f.value) for _, _, f in chosen if f.correction == "retracted"} if corrections else set()
    buckets: dict[str, tuple[list[Item], list[Item]]] = {name: ([], []) for name in FIELDS}
    for item in chosen:
        f = item[2]
        if corrections and (f.correction == "retracted" or (
            f.correction != "corrected" and (f.field in corrected or (f.field, f.value) in retracted)
        )):
            continue
        if f.additive and f.side == "both" and f.strength < MEDIUM:
            continue  # an extra nobody is said to have received is not added to both sides
        buckets[f.field][1 if f.additive else 0].append(item)
    return buckets


OUTLIER_RATIO: Final = 5  # same-rank figures this many times apart describe different things, not one handover


def _elect(candidates: list[Item], side: str = "") -> tuple[Finding | None, list[int], bool]:
    """Return the winning finding, the values it beat at the same rank, and whether that is a contradiction.

    Different values from different authorities ("Moscow says 150, Kyiv says 189") are a disagreement the
    tally shows, not a contradiction: the side's own government wins. One source giving two values is one.
    """
    if not candidates:
        return None, [], False
    top = max(_rank(f) for _, _, f in candidates)
    best = [(i, a, f) for i, a, f in candidates if _rank(f) == top]
    smallest = min(f.value for _, _, f in best)
    if smallest:  # "230 came home ... 2,598 had been brought back before": a far larger figure is background
        best = [(i, a, f) for i, a, f in best if f.value <= OUTLIER_RATIO * smallest]
    if len(best) == 1:
        return best[0][2], [], False
    voices: dict[int, set[Authority]] = {}
    first_seen: dict[int, int] = {}
    for i, a, f in best:
        voices.setdefault(f.value, set()).add(a)
        first_seen.setdefault(f.value, i)
    if len(voices) == 1:
        return best[0][2], [], False
    own = OWN.get(side)  # type: ignore[call-overload]
    counts = Counter(f.value for _, _, f in best)
    value = max(counts, key=lambda v: (own in voices[v], counts[v], -first_seen[v]))
    winner = next(f for _, _, f in best if f.value == value)
    others = sorted(v for v in counts if v != value)
    shared = any(voices[v] & voices[value] for v in others)
    contradiction = shared and not winner.approximate and winner.strength >= MEDIUM and winner.listed
    return winner, others, contradiction


def _with_extra(base: list[Item], winner: Finding, extra: int, total_included: bool) -> tuple[Finding, bool]:
    """Decide whether a stated figure already counts the people freed on top, and which figure says so.

    "175 each ... plus 22 wounded, so that 197 in all": 197 = 175 + 22 is the figure with the extra in it.
    "154 came home" next to "146 servicemen" and "eight civilians on top": 154 = 146 + 8 already counts them.
    Once the total is known to count them, a category figure that can hold them does too.
    """
    values = {f.value: f for _, _, f in base}
    bigger = values.get(winner.value + extra)
    if bigger is not None:
        return bigger, True
    if winner.value - extra in values or (total_included and winner.value >= extra):
        return winner, True
    return winner, False


def _grand(winner: int, beaten: list[int], extra: int) -> bool:
    """ "100 came home ... plus 10 wounded on top ... 110 in all": a figure that is the winner with the extras
    added (or taken away) is the grand total beside its base, no contradiction."""
    return bool(extra) and all(value in {winner + extra, winner - extra} for value in beaten)


_OTHER_FIELD: Final = {"military": "civilian", "civilian": "military"}


def _overflows(buckets: dict[str, tuple[list[Item], list[Item]]], result: SideResult, name: str, value: int) -> bool:
    """True when a category figure with the extras added would not fit in the total beside the other category's
    figure: the total holds the extras, so this category figure already does ("95 came home: 93 servicemen and
    two civilians ... two civilians over and above"); "100 = 80 soldiers + 20 civilians, plus 10 wounded soldiers,
    110 in all" gives 90 soldiers."""
    if name not in _OTHER_FIELD:
        return True
    other = result.values.get(_OTHER_FIELD[name])
    if other is None:
        winner = _elect(buckets[_OTHER_FIELD[name]][0])[0]
        other = winner.value if winner is not None else 0
    return value + other > result.values.get("total", 0)


def resolve_side(items: list[Item], side: Side, day_label: str) -> tuple[SideResult, list[str]]:
    """Elect one side's total, military and civilian figures from a group's items."""
    buckets = for_side(items, side)
    result = SideResult()
    conflicts: list[str] = []
    if not any(base or additive for base, additive in buckets.values()):
        return result, conflicts  # nothing for this side: every step below would leave the defaults
    exact: dict[str, bool] = {}
    listed: dict[str, bool] = {name: True for name in FIELDS}
    listed_total = True
    total_included = False
    outvoted: set[tuple[int, int]] = set()  # (sentence, value) of totals that lost the election
    unstated: set[tuple[int, int]] = set()  # ... and those a noun implied that a stated total beat
    for name in FIELDS:
        base, additive = buckets[name]
        extra = {f.value: i for i, _, f in additive} if additive else {}
        if not base and not extra:
            continue  # nothing stated for this field (`_elect` would find no winner)
        winner, beaten, contradiction = _elect(base, side)
        if name == "total" and winner is not None:  # totals the side's own government, or a stated one, beat
            by_own = any(a == OWN[side] and f.value == winner.value for _, a, f in base)
            outvoted = {(i, f.value) for i, a, f in base if f.value != winner.value and by_own and a != OWN[side]}
            paired = {i for i, _, f in items if f.side == OTHER[side]}  # "150 for 150": a count of the whole swap
            unstated = {(i, f.value) for i, _, f in base
                        if f.value != winner.value and winner.listed and not f.listed and i in paired}
        if contradiction and winner is not None and not _grand(winner.value, beaten, sum(extra)):
            conflicts.append(f"{side}.{name} {day_label}: {winner.value} vs {beaten}")
        if winner is None and not extra:
            continue
        if winner is not None and extra:
            held = total_included and _overflows(buckets, result, name, winner.value + sum(extra))
            winner, included = _with_extra(base, winner, sum(extra), held)
            total_included = total_included or (name == "total" and included)
            if included:
                extra = {}
        result.values[name] = (winner.value if winner else 0) + sum(extra)
        exact[name] = winner is None or not winner.approximate
        listed[name] = winner is None or winner.listed
        if name == "total" and winner is not None:
            listed_total = winner.listed
            result.approximate = winner.approximate
        backers = {i for i, _, f in base if f.value == winner.value} if winner is not None else set()
        result.backing[name] = backers | set(extra.values())
    values = result.values
    own = {f.value for _, _, f in buckets["total"][0] if not f.listed}
    if not listed_total and values.get("military") in own and values.get("civilian") in own:
        # "84 servicemen were returned" and "8 residents had also been brought back": two parts, one handover
        values["total"] = values["military"] + values["civilian"]
        result.backing["total"] = result.backing["military"] | result.backing["civilian"]
    total = values.get("total")
    for name in ("military", "civilian"):
        lost = outvoted if _OTHER_FIELD[name] in values else outvoted | unstated  # "185 soldiers and 20 civilians"
        if name in values and not listed[name] and values[name] != total and result.backing[name] and all(
            (i, values[name]) in lost for i in result.backing[name]
        ) and not fills_total(values, name):  # Moscow's "150 POWs", outvoted by a stated 189, takes its category
            values.pop(name)
            result.backing.pop(name)
            continue
        if name in values and not listed[name] and not exact[name] and exact.get("total") and values[name] != total:
            values.pop(name)  # "about 200 soldiers were expected": the hedged guess gives way to the exact 230
            result.backing.pop(name, None)
    parts = values.get("military", 0) + values.get("civilian", 0)
    if total is not None and parts > total and all(exact.get(n, True) for n in FIELDS):
        implied = [name for name in ("military", "civilian") if name in values and not listed[name]]
        if implied:  # "205 POWs each ... among them 20 civilians": the noun only implied the category
            for name in implied:
                values.pop(name)
                result.backing.pop(name, None)
        else:
            conflicts.append(f"{side} {day_label}: military + civilian = {parts} > total {total}")
    if total is None and values:
        result.approximate = any(f.approximate for base, _ in buckets.values() for _, _, f in base)
    result.authority = _authority([item for base, add in buckets.values() for item in base + add], result, side)
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


def _one_sided(items: list[Item]) -> list[Item]:
    """A side's own government giving a figure read by default as each side's speaks of its own people when
    only that side is stated, with that figure ("Ukraine says 86 servicemen freed in new swap" over "86 Ukrainian
    servicemen were released": Russia's figure is not given). "Russia and Ukraine exchanged 307", from the
    press, still reads as each side.
    """
    stated: dict[str, set[tuple[str, int]]] = {s: set() for s in SIDES}
    for _, _, f in items:
        if f.side in stated and f.strength >= MEDIUM and not f.additive:
            stated[f.side].add((f.field, f.value))
    speaking = [s for s in SIDES if stated[s]]
    if len(speaking) != 1:
        return items
    side = speaking[0]
    out: list[Item] = []
    for i, a, f in items:
        if f.side == "both" and f.strength < MEDIUM and a == OWN[side] and (f.field, f.value) in stated[side]:
            f = f._replace(side=side)
        out.append((i, a, f))
    return out


def resolve_group(items: list[Item], day_label: str) -> GroupResult:
    """Resolve a whole group: both sides and the combined figure."""
    items = _one_sided(as_combined(items))
    sides: dict[Side, SideResult] = {}
    conflicts: list[str] = []
    for side in SIDES:
        sides[side], found = resolve_side(items, side, day_label)
        conflicts += found
    combined = [(i, a, f) for i, a, f in items if f.side == "combined" and f.field == "total"]
    winner, _, _ = _elect(combined)
    backing = {i for i, _, f in combined if winner is not None and f.value == winner.value}
    value = winner.value if winner else None
    restated = restated_side(value, {side: sides[side].values.get("total") for side in SIDES})
    if restated is not None:  # "130 soldiers in all" beside one side's 130 and the other's 110: that side's 130
        sides[restated].backing.setdefault("total", set()).update(backing)
        value, backing = None, set()
    return GroupResult(sides, value, backing, conflicts)
