"""A deal's figure that "each side" is to free counts both sides, whoever the sentence opens on.

"Forty Ukrainians came home under the accord, under which each side is to free 300 captives": the 300 is
every side's share of the deal, not the Ukrainians' alone.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading
from services.extractor.rules.tokens import tokenize

_EACH: Final = (("each", "side"), ("both", "sides"), ("each", "country"), ("either", "side"))
_REACH: Final = 6  # "each side is to release 600": the subject a few words before the figure
_ONE_SIDE: Final = frozenset({"ukraine", "russia"})


def _each_side_values(tokens: list[str]) -> set[int]:
    """Figures whose clause has "each side" as subject a few words before them."""
    found: set[int] = set()
    for k, token in enumerate(tokens):
        digits = token.replace(",", "")
        if not digits.isdigit():
            continue
        window = tokens[max(k - _REACH, 0) : k]
        if any(w[:1].isdigit() or w in {",", ";"} for w in window[2:]):
            continue
        if any(tuple(window[j : j + 2]) in _EACH for j in range(len(window) - 1)):
            found.add(int(digits))
    return found


def shared_by_each_side(readings: list[Reading]) -> list[Reading]:
    """`readings` with one-sided agreement figures that "each side" is to free given to both sides."""
    out: list[Reading] = []
    for reading in readings:
        if any(f.kind == StageKind.AGREEMENT and f.side in _ONE_SIDE for f in reading.findings):
            values = _each_side_values(tokenize(reading.sentence.text))
            if values:
                reading = replace(reading, findings=tuple(
                    f._replace(side="both") if f.kind == StageKind.AGREEMENT and f.side in _ONE_SIDE
                    and f.value in values else f for f in reading.findings))
        out.append(reading)
    return out
