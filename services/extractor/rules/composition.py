"""Military and civilian: turn the head counts of a sentence into per-side figures.

"270 soldiers and 120 civilians" is an enumeration: military 270, civilian
120, total 390. "three women and 387 men" adds up to a total of 390 with no
category. "390 people, including 120 civilians" gives a category inside a
total already stated, so the including-list gives no total of its own. A
single "307 POWs" gives military 307 and implies (weakly) a total of 307.
Items of one enumeration without a nationality of their own take the side of
the item that has one ("270 Russian servicemen and 120 civilians").
"""

from collections.abc import Sequence
from datetime import date
from typing import Final, NamedTuple

from schemas import StageKind
from services.extractor.rules.alsofreed import also_freed
from services.extractor.rules.asides import without_asides
from services.extractor.rules.commabreakdown import comma_before_list
from services.extractor.rules.halves import halved_wholes
from services.extractor.rules.listtotals import closes_with_total
from services.extractor.rules.membership import is_subset
from services.extractor.rules.mentions import Mention
from services.extractor.rules.model import Finding
from services.extractor.rules.modifiers import of_phrase_glue
from services.extractor.rules.sides import STRONG, WEAK
from services.extractor.rules.subgroups import apposed_whole, details_part, keep_parts

_LIST_GLUE: Final = frozenset({",", "and", "as", "well", "plus", "along", "with", "also", "another"})


class Resolved(NamedTuple):
    """A head count with its side, kind and flags, ready to become findings."""

    mention: Mention
    side: str
    strength: int
    kind: StageKind
    approximate: bool = False
    additive: bool = False
    correction: str | None = None
    day: date | None = None
    echo: bool = False


_CATEGORIES: Final = frozenset({"military", "civilian"})
UNKNOWN: Final = "unknown"  # a count whose side only its enumeration can tell
_ALONG: Final = (["along", "with"], ["together", "with"], ["as", "well"])
_AS_WELL_AS: Final = [",", "as", "well", "as"]  # "61 marines, as well as four medics": one list


def _joined(tokens: list[str], left: Resolved, right: Resolved, starts: Sequence[int]) -> bool:
    gap = tokens[left.mention.end + 1 : right.mention.quantity.first]
    if left.kind != right.kind:
        return False
    if also_freed(tokens, left.mention, right.mention, (left.side, right.side)):
        return True  # "... 96 soldiers had come back and said 11 civilians were also freed" (`alsofreed`)
    if any(left.mention.end < at <= right.mention.quantity.first for at in starts):
        return False  # ", and three hundred people in all crossed": a clause of its own, not a list item
    if right.additive and not left.additive and gap in ([","], []):
        return True  # "in addition to the 185 servicemen, 20 civilians": both parts of one stated handover
    if tokens[max(right.mention.quantity.first - 2, 0) : right.mention.quantity.first] in _ALONG:
        return True  # "185 soldiers ... had returned, along with 20 civilians"
    if gap == _AS_WELL_AS:
        return True
    gap = without_asides(gap) if "—" in gap or "–" in gap or "-" in gap else gap  # "224 soldiers — ... — and six"
    return (len(gap) <= 3 and all(t in _LIST_GLUE for t in gap)) or of_phrase_glue(gap)  # "66 of the navy and 4"


def _closes_detail(tokens: list[str], group: "Group", item: Resolved) -> bool:
    """True for C in "of them A and B, and C": the ", and" after a detail list already closed by "and" goes
    back to the outer enumeration ("80 soldiers, of them 12 officers and 68 privates, and ten civilians")."""
    if len(group) < 2 or not group[-1][1]:
        return False
    before, last = group[-2][0], group[-1][0]
    return (tokens[before.mention.end + 1 : last.mention.quantity.first] == ["and"]
            and tokens[last.mention.end + 1 : item.mention.quantity.first] == [",", "and"])


def _lists(tokens: list[str], resolved: list[Resolved], starts: Sequence[int]) -> "list[Group]":
    """Group consecutive head counts into enumerations; each item carries its subset flag."""
    groups: list[list[tuple[Resolved, bool]]] = []
    for index, item in enumerate(resolved):
        # "including 307 soldiers who crossed on Saturday" inside a running total is a handover of its own
        subset = is_subset(tokens, item.mention) and (index == 0 or resolved[index - 1].kind == item.kind)
        last = groups[-1][-1][0] if groups else None  # counts dated to two days are two handovers, no list
        if last is not None and _joined(tokens, last, item, starts) and (
                last.day == item.day or None in (last.day, item.day)) and not _closes_detail(tokens, groups[-1], item):
            previous_subset = groups[-1][-1][1]
            groups[-1].append((item, subset or previous_subset))
        else:
            groups.append([(item, subset)])
    return groups


def _share_sides(group: list[tuple[Resolved, bool]]) -> list[list[tuple[Resolved, bool]]]:
    """Give unnamed items the side of a named one, then split the enumeration by side.

    An item freed "in addition" next to the figure it adds to is a part of that enumeration, no extra.
    """
    if len(group) > 1 and any(not item.additive for item, _ in group):
        group = [(item._replace(additive=False), sub) for item, sub in group]
    named = [item.side for item, _ in group if item.strength == STRONG and item.side in {"ukraine", "russia"}]
    if len(set(named)) == 1:
        side = named[0]
        group = [
            (item._replace(side=side, strength=STRONG)
             if (item.strength < STRONG or item.side == "both") and item.side != "combined" else item, sub)
            for item, sub in group
        ]
    by_side: dict[str, list[tuple[Resolved, bool]]] = {}
    for item, subset in group:
        by_side.setdefault(item.side, []).append((item, subset))
    return list(by_side.values())


def _finding(item: Resolved, field: str, value: int, approximate: bool, listed: bool = True) -> Finding:
    side = item.side
    if side == "combined" and field != "total":
        side = "both_parts"  # parts of a combined figure are nobody's side figure
    return Finding(
        kind=item.kind, side=side, field=field, value=value, approximate=approximate, strength=item.strength,
        listed=listed, additive=item.additive, correction=item.correction, day=item.day, echo=item.echo,
    )


def _category_field(category: str) -> str | None:
    return {"military": "military", "civilian": "civilian"}.get(category)


_BREAKDOWN: Final = frozenset({":", "—"})
_DASHES: Final = frozenset({"—", "–"})
_SIDES: Final = frozenset({"ukraine", "russia"})


Group = list[tuple[Resolved, bool]]


def _breakdown(
    groups: list[Group], start: int, previous: Resolved, tokens: list[str]
) -> tuple[str | None, int, list[Group]]:
    """After "189 Ukrainians came home: ..." or "... home — 187 ... —", the lists that follow break it down.

    Returns ("full", end, parts) when the top-level groups of groups[start:end] add up to the figure (they are
    its parts), ("partial", end, []) when they add up to less (a part of it, "31 wounded released on top of it"
    included: no figures of their own), else (None, start, []). A list set off by dashes inside the breakdown
    ("230 people: 224 servicemen — 213 soldiers and 11 officers — as well as six civilians") details one part.
    """
    def between(left: int, right: int) -> list[str]:
        return tokens[left + 1 : groups[right][0][0].mention.quantity.first]

    opened_by_dash = not _DASHES.isdisjoint(between(previous.mention.end, start))
    end = start
    depth = 0
    top: list[Group] = []
    while end < len(groups) and all(
        item.kind == previous.kind and (item.side == previous.side or item.strength < STRONG) for item, _ in groups[end]
    ):
        if end > start:
            dashes = sum(1 for t in between(groups[end - 1][-1][0].mention.end, end) if t in _DASHES)
            if dashes and opened_by_dash:
                break  # "146 defenders — 140 soldiers and six officers — and eight civilians": the aside has ended
            depth = (depth + dashes) % 2
        if depth == 0 and not details_part(groups[end], end > start):  # "80 soldiers, of them 12 officers"
            top.append(groups[end])
        end += 1
    if end == start:
        return None, start, []
    total = sum(item.mention.quantity.value for group in top for item, _ in group)
    if total == previous.mention.quantity.value:
        return "full", end, top
    return ("partial", end, []) if total < previous.mention.quantity.value else (None, start, [])


def _extra_side(group: Group, previous: Resolved) -> Group:
    """ ", and eight civilians were released on top of the exchange": a weakly sided extra goes to the subject."""
    if previous.side not in _SIDES or previous.strength != STRONG:
        return group
    return [(item._replace(side=previous.side, strength=STRONG)
             if item.additive and (item.strength <= WEAK or item.side == UNKNOWN) else item, sub)
            for item, sub in group]


def _summed(group: Group, before: Group) -> Group:
    """ "185 servicemen and 20 civilians had come home, 205 people in all": the sum of the list just before.

    A lone figure counting both sides at once, or no side, that equals the sum of the one-side list before it
    is that list's total, not a figure for the two sides together.
    """
    if len(group) != 1 or len(before) < 2 or group[0][1]:
        return group
    item = group[0][0]
    sides = {b.side for b, _ in before}
    if item.side not in {"combined", UNKNOWN} or len(sides) != 1 or not sides <= _SIDES:
        return group
    head = before[0][0]
    if item.kind != head.kind or item.mention.quantity.value != sum(
        b.mention.quantity.value for b, sub in before if not sub
    ):
        return group
    return [(item._replace(side=head.side, strength=min(b.strength for b, _ in before)), False)]


def compose(tokens: list[str], resolved: list[Resolved], starts: Sequence[int] = ()) -> list[Finding]:
    """Turn a sentence's resolved head counts into findings (per side and field)."""
    findings: list[Finding] = []
    previous: Resolved | None = None
    wholes = halved_wholes(tokens, [r.mention for r in resolved], [r.side for r in resolved])  # "604, 302 from each"
    resolved = [r._replace(side="combined") if k in wholes else r for k, r in enumerate(resolved)]
    groups = _lists(tokens, resolved, starts)
    index = 0
    while index < len(groups):
        group = groups[index]
        first, subset = group[0]
        gap = tokens[previous.mention.end + 1 : first.mention.quantity.first] if previous is not None else []
        # a colon, or a dash that opens an aside (not one that closes it: "— ... — had come home, and 20 ...")
        colon = ":" in gap or sum(1 for t in gap if t in _DASHES) % 2 == 1
        colon = colon and not all(item.mention.each for item, _ in group)  # "206 in all — 103 from each side"
        comma = not colon and comma_before_list(gap)  # "96 Russians reached Belgorod, 90 conscripts and six ..."
        if (colon or comma) and previous is not None and not previous.additive:
            shape, end, top = _breakdown(groups, index, previous, tokens)
            if shape == "full" or (shape is not None and not comma):
                if shape == "full":  # one enumeration that restates the figure: "104 soldiers, six marines and ..."
                    parts = [(item._replace(side=previous.side, strength=previous.strength, additive=False), False)
                             for run in top for item, _ in run]
                    said = {(f.side, f.field, f.value) for f in findings}  # "90 soldiers — 85 privates, five officers"
                    findings.extend(f for f in _compose_one(parts) if (f.side, f.field, f.value) not in said)
                index = end
                continue
        if (subset or colon) and previous is not None and first.strength < STRONG:
            group = [(item._replace(side=previous.side, strength=previous.strength), sub) for item, sub in group]
        elif previous is not None:
            group = _extra_side(_summed(group, groups[index - 1]), previous)
        for items in _share_sides(group):
            findings.extend(_compose_one(items))
        previous = group[0][0]
        index += 1
    return [f for f in findings if f.side not in {"both_parts", UNKNOWN}]


def _compose_one(items: list[tuple[Resolved, bool]]) -> list[Finding]:
    whole = [item for item, subset in items if not subset]
    parts = keep_parts([item for item, subset in items if subset], lambda i: _category_field(i.mention.category))
    if apposed_whole([i.mention.quantity.value for i in whole], [_category_field(i.mention.category) for i in whole]):
        whole = whole[1:]  # "90 prisoners, 80 soldiers and ten civilians": the parts of the first figure
    findings: list[Finding] = []
    for item in parts:
        field = _category_field(item.mention.category)
        if field is not None:
            findings.append(_finding(item, field, item.mention.quantity.value, item.approximate))
    if len(whole) == 1:
        item = whole[0]
        value = item.mention.quantity.value
        field = _category_field(item.mention.category)
        if field is not None:  # "307 POWs": military 307, and a total the noun implies
            findings.append(_finding(item, field, value, item.approximate, listed=False))
            findings.append(_finding(item, "total", value, item.approximate, listed=False))
        else:
            findings.append(_finding(item, "total", value, item.approximate))
    elif len(whole) > 1:
        if closes_with_total([i.mention.quantity.value for i in whole],
                             [_category_field(i.mention.category) is not None for i in whole]):
            whole = whole[:-1]  # "40 soldiers and five civilians, 45 people in all": the list's own total
        approximate = any(item.approximate for item in whole)
        head = whole[0]
        for field in ("military", "civilian"):
            values = [i.mention.quantity.value for i in whole if _category_field(i.mention.category) == field]
            if values:
                findings.append(_finding(head, field, sum(values), approximate))
        findings.append(_finding(head, "total", sum(i.mention.quantity.value for i in whole), approximate))
    return findings
