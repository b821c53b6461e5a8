"""A category said of a whole counted group by its predicate: "the 47 men freed in return were all soldiers".

"<be> all <noun>" ("were all servicemen", "are all civilians"), or a sentence ending "<be> <noun>", gives the
sentence's one total that category.
When the sentence counts no handover of its own ("an official said the 47 men released in return were all
soldiers"), its definite "the 47" restates a group the story has counted already: the one side whose total
that is takes the category, as a restatement (an echo) that adds no figure of its own.
"""

from typing import Final

from schemas import StageKind
from services.extractor.rules.heads import head_category
from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sides import MEDIUM

_FIELDS: Final = frozenset({"military", "civilian"})


def _predicate(tokens: list[str]) -> tuple[int, str] | None:
    """(position of "all", category) for the first "<be> all <person noun of a category>", or (position of the
    verb, category) for a sentence ending "<be> <person noun of a category>" ("... freed on Monday were soldiers")."""
    for k in range(1, len(tokens) - 1):
        if tokens[k] == "all" and tokens[k - 1] in BE_FORMS:
            field = head_category(tokens, k + 1)
            if field in _FIELDS:
                return k, field
    last = len(tokens) - 1 - (tokens[-1:] == ["."])
    if last >= 2 and tokens[last - 1] in BE_FORMS and head_category(tokens, last) in _FIELDS:
        return last - 1, head_category(tokens, last) or ""
    return None


def said_of_group(lower: str, start: int, end: int) -> bool:
    """True when a sentence may say a category of a group: "were all ...", "are all ...", or ends "were <noun>"."""
    return any(lower.find(word, start, end) != -1 for word in (" all ", " were ", " are "))


def _definite(tokens: list[str], end: int) -> list[int]:
    """The values of the figures before `end` that follow "the" ("the 47 men"): groups counted already."""
    return [q.value for q in find_quantities(tokens[:end], frozenset()) if q.first and tokens[q.first - 1] == "the"]


def said_of_whole(tokens: list[str], findings: list[Finding]) -> list[Finding]:
    """Add the category "were all <noun>" gives the sentence's single stage total, if it has none; a definite
    total ("the 40 freed first were all soldiers") may be a part of a group, and is left to `restated_group`."""
    found = _predicate(tokens) if findings else None
    if found is None:
        return findings
    totals = [f for f in findings if f.field == "total" and f.kind == StageKind.STAGE and f.side != "combined"]
    if len({(f.side, f.value) for f in totals}) != 1 or any(f.field == found[1] for f in findings):
        return findings
    if totals[0].value in _definite(tokens, found[0]):
        return findings
    return [*findings, totals[0]._replace(field=found[1])]


def _sides_with(findings: tuple[Finding, ...], value: int) -> set[str]:
    return {f.side for f in findings if f.kind == StageKind.STAGE and f.field == "total" and f.value == value
            and not f.echo}


def restated_group(tokens: list[str], earlier: list[Reading], own: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Add the echo "the N ... were all <noun>" makes of the one side counted with N, in this sentence or else
    before, if any: it gives that category only to a handover whose total is N."""
    found = _predicate(tokens)
    definite = _definite(tokens, found[0]) if found is not None else []
    if found is None or not definite:
        return own
    value = definite[-1]
    sides = _sides_with(own, value) or _sides_with(tuple(f for r in earlier for f in r.findings), value)
    if len(sides) != 1 or not sides <= {"ukraine", "russia"}:
        return own
    side = sides.pop()
    if any(f.side == side and f.field == found[1] for f in own):
        return own
    return (*own, Finding(StageKind.STAGE, side, found[1], value, False, MEDIUM, False, False, None, None, True))
