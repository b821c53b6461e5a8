"""A fact box: the bulleted "- Ukrainians freed: 41" / "- Date of the exchange: Tuesday, 4 March" lines.

A feature may keep its figures for a closing list of labelled lines. A label that names people and a
handover ("Ukrainians freed", "Prisoners returned") makes the bare figure after its colon their count, and
a line labelled as the exchange's date dates every other line of the same list.
"""

import re
from typing import Final

from services.extractor.rules.lexicon import NATIONALITY, PERSON_HEADS

_LABEL_WORDS: Final = 4  # "Ukrainian soldiers returned home"
_BULLETS: Final = frozenset({"-", "•", "*", "–"})
_DATE_LINE: Final = re.compile(
    r"^[-•*–]\s*(?:date|day)(?: of (?:the )?(?:exchange|swap|handover|release|prisoner exchange))?\s*:\s*(.+)$",
    re.IGNORECASE,
)


def labelled_count(tokens: list[str], colon: int, verbs: frozenset[str]) -> bool:
    """True when tokens[colon] is the colon closing a label "<people> <verb>" that opens the line."""
    if colon < 2 or tokens[colon] != ":" or tokens[colon - 1] not in verbs:
        return False
    start = 1 if tokens[0] in _BULLETS else 0
    label = tokens[start:colon]
    return 0 < len(label) <= _LABEL_WORDS and not PERSON_HEADS.isdisjoint(label)


def label_side(tokens: list[str], first: int, verbs: frozenset[str]) -> set[str]:
    """The side a fact-box label names for the figure at `first` right after its colon ("Russians freed: 39")."""
    colon = first - 1
    if not labelled_count(tokens, colon, verbs):
        return set()
    return {NATIONALITY[word] for word in tokens[:colon] if word in NATIONALITY}


def box_date_line(text: str, start: int) -> str | None:
    """The date written on the date line of the bulleted list holding the line that opens at `start`.

    The list is the run of lines starting with a bullet around that line; returns the text after the colon.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start : line_start + 1] not in _BULLETS:
        return None
    lines = _block(text, line_start)
    for line in lines:
        found = _DATE_LINE.match(line)
        if found is not None:
            return found.group(1)
    return None


def _block(text: str, line_start: int) -> list[str]:
    """The bulleted lines contiguous with the one at `line_start`."""
    lines = text.split("\n")
    offsets: list[int] = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    here = offsets.index(line_start) if line_start in offsets else -1
    if here == -1:
        return []
    lo = here
    while lo > 0 and lines[lo - 1][:1] in _BULLETS:
        lo -= 1
    hi = here
    while hi + 1 < len(lines) and lines[hi + 1][:1] in _BULLETS:
        hi += 1
    return lines[lo : hi + 1]
