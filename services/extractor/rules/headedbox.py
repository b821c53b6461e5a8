"""A fact box's heading says what its lines count: "WHO CAME HOME" over "- Ukraine: 95 soldiers".

A wire fact box files its figures under short headings, one side to a bulleted line, and the lines name no
handover of their own. Under a heading that speaks of people coming home or being freed, a line labelled
with a side ("- Russia: 95 soldiers, according to ...") counts the people that side got back; under any
other heading ("WHAT COMES NEXT") it counts nothing. A blank line keeps the heading; a line of prose ends it.
"""

import re
from typing import Final

from services.extractor.rules.cues import country
from services.extractor.rules.lexicon import NATIONALITY, Side
from services.extractor.rules.pagelines import page_lines
from services.extractor.rules.sentences import Sentence, sentence_at

_HEADING_WORDS: Final = ("came home", "come home", "coming home", "freed", "released", "returned", "brought back",
                         "swapped", "exchanged", "went home")
_LONGEST_HEADING: Final = 40  # "WHO CAME HOME", "Prisoners freed on Saturday"
_BULLETS: Final = "-•*–"
_LABEL: Final = re.compile(r"[-•*–]\s*([A-Za-z]+)\s*:\s*\S")


def _side(word: str) -> Side | None:
    return country(word) or NATIONALITY.get(word)


def _heading(line: str) -> bool:
    lower = line.lower()
    return len(line) <= _LONGEST_HEADING and line[-1] not in '.!?"' and any(w in lower for w in _HEADING_WORDS)


def headed_rows(text: str, starts: list[int], end: int) -> dict[int, tuple[Sentence, str]]:
    """The bulleted lines labelled with a side under a handover heading, by start offset, each with its side."""
    found: dict[int, tuple[Sentence, str]] = {}
    if not any("\n" + bullet in text for bullet in _BULLETS):
        return found
    heading = False
    for at, stop, line in page_lines(text, end):
        if line and line[0] in _BULLETS:
            label = _LABEL.match(line) if heading else None
            side = _side(label.group(1).lower()) if label is not None else None
            sentence = sentence_at(text, starts, at + text[at:stop].index(line[0]), end) if side else None
            if side is not None and sentence is not None and sentence.text.startswith(line[0]):
                found[sentence.start] = (sentence, side)
        elif line:
            heading = _heading(line)
    return found
