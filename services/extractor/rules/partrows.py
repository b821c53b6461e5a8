"""Sub-rows of a "label: figure" table: "of whom servicemen: 138" under "Returned to Ukraine: 150".

A table breaks a row down in the rows right under it, each opening on "of whom" (or "including", "of them")
and a category; they name no handover and no side of their own. The side is the one the row above names,
the category that of the sub-row's label, and the figure after the colon the part.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.cues import country
from services.extractor.rules.heads import category_of
from services.extractor.rules.lexicon import NATIONALITY, Side
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.pagelines import page_lines
from services.extractor.rules.sentences import Sentence, sentence_at
from services.extractor.rules.sides import MEDIUM
from services.extractor.rules.tokens import tokenize

_OPENERS: Final = ("of whom ", "of them ", "of them, ", "including ", "among them ")
_PARTS: Final = frozenset({"military", "civilian"})
_ROW_CHARS: Final = 60


def _part_label(line: str) -> str | None:
    """The category of a sub-row "of whom servicemen: 138", else None."""
    lower = line.lower()
    colon = lower.find(": ")
    if colon == -1 or len(line) > _ROW_CHARS or not lower.startswith(_OPENERS):
        return None
    words = tokenize(lower[:colon])
    category = category_of(words[-1]) if words else None
    return category if category in _PARTS else None


def _row_side(line: str) -> Side | None:
    """The one side the label of a row "Returned to Ukraine: 150" names."""
    colon = line.find(": ")
    sides: set[Side] = set()
    for word in tokenize(line[:colon].lower()) if colon > 0 else []:
        side = country(word) or NATIONALITY.get(word)
        if side is not None:
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def part_rows(text: str, starts: list[int], end: int) -> dict[int, tuple[Sentence, str]]:
    """The sub-rows under a row naming a side, by start offset, each with that side."""
    found: dict[int, tuple[Sentence, str]] = {}
    side: Side | None = None
    for at, stop, line in page_lines(text, end):
        if side is not None and _part_label(line) is not None:
            sentence = sentence_at(text, starts, at, end)
            if sentence.start == at and sentence.end <= stop:
                found[at] = (sentence, side)
        else:
            side = _row_side(line) if 0 < line.find(": ") and len(line) <= _ROW_CHARS else None
    return found


def row_part(reading: Reading, row: tuple[Sentence, str] | None) -> Reading:
    """The part a sub-row counts, for the side of the row above; any other reading is left as it is."""
    if row is None or reading.findings:
        return reading
    sentence, side = row
    category = _part_label(sentence.text)
    tokens = tokenize(sentence.text.lower())
    colon = tokens.index(":") if ":" in tokens else -1
    quantities = [q for q in find_quantities(tokens) if q.first == colon + 1]
    if category is None or colon == -1 or len(quantities) != 1:
        return reading
    count = quantities[0]
    finding = Finding(StageKind.STAGE, side, category, count.value, count.approximate, MEDIUM)
    return replace(reading, findings=(finding,))
