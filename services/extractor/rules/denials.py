"""Denied figures: "Not 101." or "... 150 defenders had been freed. That was our error." withdraw a figure.

A receiving government rejecting a count ("Not 101. One hundred and sixteen of our soldiers are home") and
an outlet owning up to a wrong one ("we reported that 150 ... That was our error") both say the figure is
no count of the handover: every finding of that value told before the denial, or of the sentence owned up
to, is retracted, leaving the figure that replaces it.
"""

from dataclasses import replace
from typing import Final

from services.extractor.rules.model import Reading

_OWNED_UP: Final = (
    "that was our error", "that was an error", "this was an error", "that was our mistake", "that was a mistake",
    "this was a mistake", "that was wrong", "this was wrong", "that was incorrect", "this was incorrect",
    "that figure was wrong", "that figure was incorrect", "that number was wrong", "that number was incorrect",
)
_DENIAL_ENDS: Final = (".", ",", "!", " but", ";", '"', "\u201d")
_MAX_FIGURE: Final = 7  # digits and separators of a head count


def _denied_values(lower: str, end: int) -> dict[int, int]:
    """Figures a sentence or clause denies outright ("Not 101.", "not 150 but 115"), each with where it is last
    denied: a denial answers a figure already told."""
    found: dict[int, int] = {}
    at = lower.find("not ", 0, end)
    while at != -1:
        opens = at == 0 or lower[at - 1] in ' "\u201c(\n'
        start = at + 4
        stop = start
        while stop < min(end, start + _MAX_FIGURE) and (lower[stop].isdigit() or lower[stop] == ","):
            stop += 1
        figure = lower[start:stop].rstrip(",")
        rest = lower[start + len(figure) : start + len(figure) + 4]
        if opens and figure.replace(",", "").isdigit() and any(rest.startswith(e) for e in _DENIAL_ENDS):
            found[int(figure.replace(",", ""))] = at
        at = lower.find("not ", at + 4, end)
    return found


def _owned_up(lower: str, reading: Reading, following: int) -> bool:
    """True when the text right after the sentence opens on "That was our error" (or the like)."""
    gap = lower[reading.sentence.end : min(following, reading.sentence.end + 60)].lstrip(' "\u201d\n')
    return gap.startswith(_OWNED_UP)


def retract_denied(lower: str, end: int, readings: list[Reading]) -> list[Reading]:
    """Retract every finding of a value the story denies, and those of a sentence owned up to as an error."""
    denied = _denied_values(lower, end) if "not " in lower else {}
    owned = any(phrase in lower for phrase in _OWNED_UP)
    if not denied and not owned:
        return readings
    out: list[Reading] = []
    for k, reading in enumerate(readings):
        if reading.findings:
            following = readings[k + 1].sentence.start if k + 1 < len(readings) else end
            whole = owned and _owned_up(lower, reading, following)
            start = reading.sentence.start
            findings = tuple(f._replace(correction="retracted") if whole or denied.get(f.value, -1) > start else f
                             for f in reading.findings)
            reading = replace(reading, findings=findings)
        out.append(reading)
    return out
