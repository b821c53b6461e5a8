"""A person named right after a count of people handed over is one more person in that handover.

"Kyiv handed over 30 Russian soldiers and Pavel Orlov, a former deputy.": the soldiers are 30 and Orlov is on
top of them, so the side's total is 31 (its military figure stays 30). Only a name directly joined to the
count's noun by "and", then told of by an apposition (", a/an/the ...") or "who", counts: "30 soldiers and
Pavel Orlov said ..." makes Orlov a speaker, not a prisoner.
"""

import re
from typing import Final

from schemas import StageKind
from services.extractor.rules.lexicon import COUNTRY, MILITARY_HEADS, PERSON_HEADS
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.model import Finding
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.tokens import tokenize

_NAMED: Final = re.compile(
    r" and ((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)(?:, (?:a|an|the) | who )"
)
_NAMED_PART: Final = re.compile(
    r" and ((?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)(?:, (?:a|an|the) ([^,.;:]*)| who )"
)
_MILITARY_WORDS: Final = MILITARY_HEADS | frozenset(
    "commander commanders colonel general major lieutenant captain sergeant officer private corporal".split()
)
_NOUN_REACH: Final = 4  # "40 Russian soldiers", "55 of its servicemen"


def _count_before(text: str) -> int | None:
    """The value of a count whose person noun ends `text` ("... handed over 40 Russian soldiers"), if any."""
    tokens = tokenize(text)
    quantities = find_quantities(tokens, frozenset())
    if not quantities or not tokens or tokens[-1] not in PERSON_HEADS:
        return None
    last = quantities[-1]
    return last.value if len(tokens) - 1 - last.last <= _NOUN_REACH else None


def named_extra(text: str, findings: list[Finding]) -> list[Finding]:
    """Add one to the implied total of the count a named person is listed after."""
    match = _NAMED.search(text)
    if match is None:
        return findings
    value = _count_before(text[: match.start()])
    totals = [k for k, f in enumerate(findings) if f.field == "total" and f.value == value and not f.listed
              and f.kind == StageKind.STAGE and f.side in {"ukraine", "russia"}]
    if value is None or len(totals) != 1:
        return findings
    total = findings[totals[0]]
    return [*findings[: totals[0]], total._replace(value=value + 1, listed=True), *findings[totals[0] + 1 :]]


def _breakdown_part(text: str) -> tuple[int, int, bool] | None:
    """(whole, part, part is military) for text ending "<whole> people: <part> <people>", else None."""
    tokens = tokenize(text)
    mentions = find_mentions(tokens, find_quantities(tokens, frozenset()))
    if len(mentions) < 2 or mentions[-1].end != len(tokens) - 1:
        return None
    whole, part = mentions[-2], mentions[-1]
    if tokens[part.quantity.first - 1 : part.quantity.first] != [":"] or whole.end != part.quantity.first - 2:
        return None
    return whole.quantity.value, part.quantity.value, part.category == "military"


def named_part(text: str, findings: list[Finding]) -> list[Finding]:
    """Complete "<N> people: <N-1> soldiers and <Name>, a ..." with the soldiers and, unless the apposition
    names a soldier, one civilian; the whole stays the side's total."""
    match = _NAMED_PART.search(text)
    if match is None or match.group(1).lower() in COUNTRY:
        return findings
    counts = _breakdown_part(text[: match.start()])
    if counts is None or counts[0] != counts[1] + 1:
        return findings
    sides = {f.side for f in findings if f.field == "total" and f.value == counts[0] and f.kind == StageKind.STAGE}
    if len(sides) != 1 or not sides <= {"ukraine", "russia"}:
        return findings
    side = sides.pop()
    if any(f.side == side and f.field != "total" for f in findings):
        return findings
    total = next(f for f in findings if f.side == side and f.field == "total" and f.value == counts[0])
    soldier = bool(_MILITARY_WORDS.intersection((match.group(2) or "").lower().split()))
    added = [total._replace(field="military", value=counts[1])] if counts[2] else []
    added += [] if soldier or match.group(2) is None else [total._replace(field="civilian", value=1)]
    return [*findings, *added]
