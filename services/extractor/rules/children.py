"""A two-way return of children: "eleven Ukrainian children and two adults with them went home, and five Russian
children went the other way".

Mediated returns of children move people who are neither prisoners nor soldiers, and the story may never call
them civilians. When no sentence of the story counts prisoners, soldiers or civilians, a sentence counting both
sides' children returned is read with the children, and the adults travelling with them, as civilians: a civilian
exchange. Children of one side only, or children inside a count of other people, are left as they are.
"""

import re
from dataclasses import replace
from typing import Final

from services.extractor.rules.findings import read_sentence
from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.surroundings import Context

_YOUNG: Final = re.compile(r"\b(?:children|adults)\b", re.IGNORECASE)
_BOTH: Final = frozenset({"ukraine", "russia"})


def children_exchanged(readings: list[Reading], context: Context) -> list[Reading]:
    """`readings` with each two-way return of children read as civilians, when no reading counts anyone."""
    if any(r.findings for r in readings):
        return readings
    out: list[Reading] = []
    for reading in readings:
        sentence = reading.sentence
        if _YOUNG.search(sentence.text) is None:
            out.append(reading)
            continue
        read_as = Sentence(_YOUNG.sub("civilians", sentence.text), sentence.start, sentence.end)
        found = read_sentence(reading.index, read_as, context._replace(authority=reading.authority))
        both = {f.side for f in found.findings} == _BOTH
        out.append(replace(found, sentence=sentence) if both else reading)
    return out
