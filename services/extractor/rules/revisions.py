"""A sentence that puts the number at a new figure revises the count the sentence before gave.

"Officials first said 60 soldiers had been freed. By evening the headquarters put the final number at 62
soldiers": the second figure counts the same people as the first and replaces it, though its sentence names no
handover of its own. It takes the earlier figure's side and fields, as a correction; the earlier figure then
gives way (`resolution`). A figure of the other side, or of another kind of people, revises nothing; nor does a
running total ("put the number at 3,500 since 2022"), a count of people still held ("the number still held at
8,000"), or a figure far from the one before (a revision corrects a count, it does not multiply it).
"""

import re
from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.kinds import is_cumulative
from services.extractor.rules.lexicon import NEGATIVE_BEFORE
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.model import Reading
from services.extractor.rules.numbers import Quantity, find_quantities
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.tokens import phrase

_REVISED: Final = re.compile(
    r"\b(?:put|puts|raised|raises|revised|revises|corrected|corrects|updated|updates|lifted|lifts|lowered|lowers|"
    r"cut|cuts) (?:the|its|their) (?:(?:final|revised|updated|new|latest|official|correct|definitive|exact) )?"
    r"(?:number|figure|count|tally|toll)\b"
)
_COUNTED: Final = frozenset({"number", "figure", "count", "tally", "toll"})
_OF_REACH: Final = 6  # "the number of freed soldiers at 62": a few words between the noun and "at"
_NOT_FREED: Final = NEGATIVE_BEFORE | {"still", "remain", "remaining", "missing", "captive", "captivity"}
_RUNNING: Final = frozenset({"since", "overall", "altogether", "total", "all"})
_REVISION_RATIO: Final = 2  # a revised count lies within half to twice the count it corrects


def revises(lower: str, start: int, end: int) -> bool:
    """True when lower[start:end] puts a number at a new figure ("put the final number at 62")."""
    return _REVISED.search(lower, start, end) is not None


def _revised_figure(tokens: list[str]) -> Quantity | None:
    """The figure after "number at" / "figure to" / "number of freed soldiers at"."""
    quantities = {q.first: q for q in find_quantities(tokens)}
    for k, word in enumerate(tokens):
        if word not in _COUNTED:
            continue
        for at in range(k + 1, min(len(tokens) - 1, k + 1 + _OF_REACH)):
            if tokens[at] in {"at", "to"} and at + 1 in quantities:
                return quantities[at + 1]
            if tokens[at] in {",", ";", ".", ":"} or tokens[at] in _NOT_FREED:
                break  # "the number still held at 8,000" counts no one freed
    return None


def revised(tokens: list[str], previous: Reading, reading: Reading) -> Reading:
    """The reading of a sentence revising the count of `previous`: its figure for the same side and fields."""
    earlier = previous.findings
    sides = {f.side for f in earlier}
    values = {f.value for f in earlier}
    if (
        reading.findings
        or len(sides) != 1
        or not sides <= {"ukraine", "russia"}
        or len(values) != 1
        or any(f.kind != StageKind.STAGE or f.additive or f.correction for f in earlier)
    ):
        return reading
    if not _RUNNING.isdisjoint(tokens) or is_cumulative(phrase(tokens, 0, len(tokens))):
        return reading  # "... put the number at 3,500 since 2022": a running total, no revision
    quantity = _revised_figure(tokens)
    old = next(iter(values))
    if (
        quantity is None
        or quantity.value == old
        or quantity.in_range
        or not (old <= _REVISION_RATIO * quantity.value and quantity.value <= _REVISION_RATIO * old)
    ):
        return reading
    mention = next((m for m in find_mentions(tokens, [quantity])), None)
    if mention is not None and (
        (mention.nationality is not None and mention.nationality not in sides)
        or (mention.category in {"military", "civilian"} and mention.category not in {f.field for f in earlier})
    ):
        return reading
    day = reading.day or previous.day
    found = tuple(
        f._replace(value=quantity.value, approximate=quantity.approximate, correction="corrected", day=f.day and day)
        for f in earlier
    )
    return replace(reading, findings=found, day=day)


def with_revisions(lower: str, sentences: list[Sentence], following: list[Sentence]) -> list[Sentence]:
    """Add to the candidates `sentences` each of `following` (the sentence right after one) that revises it."""
    taken = {s.start for s in sentences}
    extra = [s for s in following if s.start not in taken and revises(lower, s.start, s.end)]
    return sorted(sentences + extra, key=lambda s: s.start) if extra else sentences
