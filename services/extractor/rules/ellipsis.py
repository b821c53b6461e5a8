"""Bare figures that restate an earlier one: "... on May 24 the figure was 307", "the correct figure is 95"."""

from datetime import date
from typing import Final

from schemas import StageKind
from services.extractor.rules import kinds
from services.extractor.rules.clauses import clause_of
from services.extractor.rules.composition import Resolved
from services.extractor.rules.localshare import from_a_place
from services.extractor.rules.mentions import Mention
from services.extractor.rules.numbers import Quantity
from services.extractor.rules.sides import WEAK
from services.extractor.rules.surroundings import day_for
from services.extractor.rules.tokens import phrase

RESTATED: Final = WEAK

_ELLIPSIS_VERBS: Final = frozenset({"is", "was", "to", "at", "be", "reached"})
_ELLIPSIS_NOUNS: Final = frozenset({"figure", "number", "total", "it", "tally", "count"})


def elliptic(
    tokens: list[str],
    quantities: list[Quantity],
    mentions: list[Mention],
    resolved: list[Resolved],
    days: list[tuple[int, date]],
    starts: list[int],
) -> list[Resolved]:
    """Bare figures that restate an earlier one take its side and kind.

    "... on May 24 the figure was 307, and on May 25 it was 303" and "... the correct figure is 95" have no
    noun of their own: they copy the head count before them, with their own day.
    """
    if not resolved:
        return _noted(tokens, quantities, mentions, days, starts)
    used = {m.quantity.first for m in mentions}
    dated_ends = {at for at, _ in days}
    extra: list[Resolved] = []
    for quantity in quantities:
        first = quantity.first
        if first in used or first < 2 or quantity.in_range or _spans_time(tokens, quantity):
            continue
        if from_a_place(tokens, first, quantity.last + 1, sorted(used)):
            continue  # "of the 70 freed on Friday, six are from our district": a place's share, no restatement
        # "on Friday 390 were exchanged, on Saturday 307 and on Sunday 303": a day, then a bare figure
        after_day = first - 1 in dated_ends or (first - 2 in dated_ends and tokens[first - 1] in {",", "it"})
        if not after_day:
            if tokens[first - 1] not in _ELLIPSIS_VERBS:
                continue
            reach = 8 if tokens[first - 1] == "to" else 4  # "bringing the number of Russians returned ... to 1,000"
            if not _ELLIPSIS_NOUNS.intersection(tokens[max(first - reach, 0) : first - 1]):
                continue
        earlier = [r for r in resolved if r.mention.quantity.first < first]
        if not earlier:
            continue
        model = earlier[-1]
        # "the total/figure was 205" restates a whole, whatever category the figure before it had
        mention = model.mention._replace(quantity=quantity, end=quantity.last, bare=True, category="generic")
        clause = clause_of(starts, first, len(tokens))
        correction = "corrected" if model.correction == "retracted" else model.correction
        kind = StageKind.CUMULATIVE if kinds.is_cumulative(phrase(tokens, clause[0], clause[1])) else model.kind
        # a restatement is weaker than what it restates: it fills a gap, never contradicts a stated figure
        extra.append(model._replace(mention=mention, correction=correction, kind=kind, additive=False,
                                    strength=min(model.strength, RESTATED),
                                    day=day_for(days, first, clause, kind == StageKind.CUMULATIVE, tokens)))
    return extra


_TIME_UNITS: Final = frozenset("hours days weeks months years hour day week month year".split())


def _spans_time(tokens: list[str], quantity: Quantity) -> bool:
    """ "on Friday, two days after ...": a figure before a unit of time measures time, it restates no count."""
    return quantity.last + 1 < len(tokens) and tokens[quantity.last + 1] in _TIME_UNITS


def _restates(tokens: list[str], first: int) -> bool:
    """ "the figure was 307", "put the number at 95": a bare figure after a figure noun and a linking word."""
    if tokens[first - 1] not in _ELLIPSIS_VERBS:
        return False
    reach = 8 if tokens[first - 1] == "to" else 4
    return not _ELLIPSIS_NOUNS.isdisjoint(tokens[max(first - reach, 0) : first - 1])


def _noted(
    tokens: list[str], quantities: list[Quantity], mentions: list[Mention], days: list[tuple[int, date]],
    starts: list[int],
) -> list[Resolved]:
    """ "Correction: an earlier version put the number at 95 on each side": a correction note's bare figure,
    with no head count to copy, still withdraws (or gives) a figure for both sides."""
    named = {m.quantity.first for m in mentions if not m.bare}
    found: list[Resolved] = []
    for quantity in quantities:
        first = quantity.first
        if first < 2 or first in named or quantity.in_range or not _restates(tokens, first):
            continue
        correction = kinds.withdrawn_in_note(tokens, first)
        if correction is None:
            return []
        mention = Mention(quantity, quantity.last, "generic", None, bare=True)
        clause = clause_of(starts, first, len(tokens))
        found.append(Resolved(mention, "both", RESTATED, StageKind.STAGE, correction=correction,
                              day=day_for(days, first, clause, tokens=tokens)))
    return found
