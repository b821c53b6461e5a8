"""A sentence with no day of its own continues the exchange of the sentence before it: when that one recalls a
handover past the story's window, so does the undated one after it.

"That exchange, on January 28 and 29, delivered 180 to each side. Ukraine received 170 servicemen and 10
civilians; Russia received 180 soldiers." in a piece of 9 February: the second sentence tells the same January
handover, not one on the day of the piece. Only before the story tells a handover of its own: once an undated
figure is the story's ("Ninety-five of our people are home"), a later one after a recalled swap ("Summary: 190
changed hands") is its own too, as is any in a story with a dated handover on its day.
"""

from datetime import date

from schemas import StageKind
from services.extractor.rules.model import Item, Reading

Key = tuple[StageKind, date]


def _recalls_past(reading: Reading, placed: set[int]) -> bool:
    """True when every handover finding of the reading is dated and none of them was placed in the window."""
    handovers = [f for f in reading.findings if f.kind != StageKind.AGREEMENT and not f.echo]
    return bool(handovers) and all(f.day is not None for f in handovers) and reading.index not in placed


def past_continued(readings: list[Reading], undated: list[Reading], groups: dict[Key, list[Item]],
                   anchor: date) -> list[Reading]:
    """`undated` less the readings that come right after a sentence recalling a handover past the window, before
    any undated reading of the story's own."""
    if not undated or (StageKind.STAGE, anchor) in groups:
        return undated
    placed = {index for (kind, _), items in groups.items() if kind != StageKind.AGREEMENT for index, _, _ in items}
    previous = {later.index: earlier for earlier, later in zip(readings, readings[1:], strict=False)
                if later.index == earlier.index + 1}  # the sentence right before, not one a paragraph back
    kept: list[Reading] = []
    for reading in undated:  # once an undated handover is the story's own, what follows it is too
        earlier = previous.get(reading.index)
        if kept or earlier is None or not _recalls_past(earlier, placed):
            kept.append(reading)
    return kept
