"""A sentence setting both governments' counts side by side gives, for each side, that side's own count.

"Ukraine said it received 190 people; Russia said it handed over 188": the two figures for Ukraine's side are
two accounts, not one source contradicting itself. The government that received the people is the one that
counts them, so the sentence's figure for that side is its own government's; the other government's differing
count is a disagreement, which the tally shows from that government's own statement.
"""

from collections import defaultdict
from typing import Final

from schemas import Authority, StageKind
from services.extractor.rules.attribution import last_speaker
from services.extractor.rules.model import Finding

_OWN: Final = {"ukraine": Authority.KYIV, "russia": Authority.MOSCOW}


def _speaker(lower: str, start: int, value: int) -> Authority | None:
    """The government speaking where `value` is first written (in digits) in the sentence at lower[start:]."""
    at = min((k for k in (lower.find(f" {form}", start) for form in {str(value), f"{value:,}"}) if k != -1),
             default=-1)
    return None if at == -1 else last_speaker(lower[start : at + 1], at + 1 - start)


def own_accounts(lower: str, start: int, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Drop, for a side given two handover figures in one field, those said by the other government only."""
    values: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in findings:
        if f.kind == StageKind.STAGE and f.side in _OWN:
            values[(f.side, f.field)].add(f.value)
    dropped: set[tuple[str, str, int]] = set()
    for (side, field), found in values.items():
        if len(found) < 2:
            continue
        speakers = {value: _speaker(lower, start, value) for value in found}
        own = [value for value, who in speakers.items() if who == _OWN[side]]
        if len(own) == 1 and all(who not in (None, Authority.PRESS) for who in speakers.values()):
            dropped |= {(side, field, value) for value in found if value != own[0]}
    return tuple(f for f in findings if (f.side, f.field, f.value) not in dropped) if dropped else findings
