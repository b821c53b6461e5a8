"""A sentence opening on a group already counted: "The 40 Ukrainian soldiers include medics from Kherson."

The article gave the figure before ("swapped 40 prisoners for 40"); naming the group again with its people's
nationality and category tells what those people are (soldiers), though the sentence has no exchange word. It
is read as a candidate, where the figure is an echo of the handover: it may fill a category, never a new stage.
"""

import re
from typing import Final

from services.extractor.rules.lexicon import NATIONALITY
from services.extractor.rules.sentences import Sentence, sentence_at

_OPENING: Final = re.compile(r"the (\d[\d,]*) ([a-z]+) ")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_MAX_EXTRA: Final = 8  # bounds the work on a pathological text


def with_the_group(text: str, lower: str, starts: list[int], end: int, found: list[Sentence]) -> list[Sentence]:
    """Add the sentences that open "The <N> <Ukrainian|Russian> ..." where N is a figure of an earlier candidate."""
    extra: list[Sentence] = []
    for start in starts:
        if len(extra) == _MAX_EXTRA or start >= end:
            break
        opening = _OPENING.match(lower, start, min(end, start + 40))
        if opening is None or opening.group(2) not in NATIONALITY or _YEAR.fullmatch(opening.group(1)):
            continue  # "The 2022 Russian offensive ...": a year, no group
        figure = re.compile(r"\b" + re.escape(opening.group(1)) + r"\b")
        if not any(s.end <= start and figure.search(lower, s.start, s.end) for s in found):
            continue
        sentence = sentence_at(text, starts, start, end)
        if sentence.start == start and all(s.end <= start or s.start >= sentence.end for s in found + extra):
            extra.append(sentence)
    return sorted(found + extra, key=lambda s: s.start) if extra else found
