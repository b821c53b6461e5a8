"""A piece that opens by placing its exchange in the past tells that exchange, not one on its own day.

"A fortnight ago, when the swap of Saturday 4 May went ahead, ..." or "Earlier this month the deal delivered its
first stage": the piece looks back. Its undated figures are of that earlier exchange: of the day the opening
names, else of no day the article gives (background, never a stage on the day of publication); and a handover
it dates days away from that exchange ("last Thursday another swap followed, 60 for 60") is another exchange.
Only when no figure and no day of the opening is near publication: a fresh report's own handover is within a few
days of its date ("swapped prisoners on Wednesday under the deal agreed last month" looks back at the deal only).
"""

from dataclasses import replace
from datetime import date
from typing import Final, NamedTuple

from schemas import StageKind
from services.extractor.rules.model import Reading
from services.extractor.rules.parsing import parse
from services.extractor.rules.reference import resolve
from services.extractor.rules.sentences import sentence_at

OPENING_SENTENCES: Final = 3  # the headline and the first two sentences of the body
NEAR_DAYS: Final = 3  # a figure dated this close to publication is a fresh report's own handover
SAME_EXCHANGE_DAYS: Final = 3  # ... and one this far from the recalled day is still that exchange
_UNITS: Final = frozenset({"week", "weeks", "fortnight", "month", "months"})
_SPANS: Final = frozenset({"month", "year"})
_DAY_KINDS: Final = frozenset({"explicit", "weekday"})


class Recalled(NamedTuple):
    """The past exchange a piece opens on, and its day when the opening names one."""

    day: date | None


def _looks_back(tokens: list[str]) -> bool:
    """ "two weeks ago", "a fortnight ago", "earlier this month", "earlier in the year", "last month"."""
    for k, word in enumerate(tokens):
        if word == "ago" and k > 0 and tokens[k - 1] in _UNITS:
            return True
        if word in _SPANS and k > 1 and (tokens[k - 2 : k] in (["earlier", "this"], ["the", "last"])
                                         or tokens[k - 1] == "last" or tokens[k - 3 : k] == ["earlier", "in", "the"]):
            return True
    return False


def recalled_exchange(
    text: str, starts: list[int], end: int, reference: date, readings: list[Reading]
) -> Recalled | None:
    """The exchange a retrospective opens on, or None for a piece that reports a handover near its own date."""
    if any(f.day is not None and abs((f.day - reference).days) <= NEAR_DAYS for r in readings for f in r.findings
           if f.kind != StageKind.AGREEMENT):
        return None
    opening = [parse(sentence_at(text, starts, position, end)) for position in starts[:OPENING_SENTENCES]]
    days = [[d for d in (resolve(m, reference, reference) for m in p.dates if m.kind in _DAY_KINDS) if d is not None]
            for p in opening]
    if any(abs((d - reference).days) <= NEAR_DAYS for named in days for d in named):
        return None  # "exchanged prisoners on Wednesday, ... agreed last month": the opening's day is near
    for parsed, named in zip(opening, days, strict=True):
        if _looks_back(parsed.tokens):
            return Recalled(named[0] if named else None)
    return None


def recalled_only(readings: list[Reading], recalled: Recalled) -> list[Reading]:
    """Keep the figures of the recalled exchange: undated ones only when its day is known, dated ones near it."""
    kept: list[Reading] = []
    for reading in readings:
        findings = tuple(
            f for f in reading.findings if f.kind == StageKind.AGREEMENT or (
                recalled.day is not None and (f.day is None or abs((f.day - recalled.day).days) <= SAME_EXCHANGE_DAYS)
            )
        )
        kept.append(reading if len(findings) == len(reading.findings) else replace(reading, findings=findings))
    return kept
