"""What is left of a deal is not the deal: "the remaining 290" sizes no agreement.

"Officials expect the outstanding 340 on each side to be freed by autumn": the figure is what the deal still
owes after the stages so far, not the number the sides agreed to swap, which the story gives elsewhere.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading
from services.extractor.rules.tokens import tokenize

_LEFT: Final = frozenset({"remaining", "outstanding"})


def _left_over(text: str) -> set[int]:
    """The figures of a sentence put right after "remaining" or "outstanding"."""
    tokens = tokenize(text)
    found: set[int] = set()
    for k in range(1, len(tokens)):
        digits = tokens[k].replace(",", "")
        if tokens[k - 1] in _LEFT and digits.isdigit():
            found.add(int(digits))
    return found


def without_remainders(readings: list[Reading]) -> list[Reading]:
    """`readings` less the agreement figures that count only what a deal still owes."""
    out: list[Reading] = []
    for reading in readings:
        if any(f.kind == StageKind.AGREEMENT for f in reading.findings):
            left = _left_over(reading.sentence.text)
            kept = tuple(f for f in reading.findings if f.kind != StageKind.AGREEMENT or f.value not in left)
            reading = replace(reading, findings=kept) if left else reading
        out.append(reading)
    return out
