"""A story that calls its exchange "the second exchange in three days" tells the earlier ones as separate swaps.

Handovers a day or two before the story's own are usually the first days of one exchange, and kept as its
stages. An ordinal count of swaps within a short span says otherwise: the story's swap is one more of a run,
and the handovers it recalls from before its own day are earlier exchanges, background like any other.
"""

import re
from datetime import date
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Item, Reading

_ORDINAL_SWAP: Final = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:such |separate |prisoner )?(?:exchange|swap) "
    r"(?:in|within|of|this) (?:the |a |just )?(?:past |last )?(?:[a-z0-9]+ )?(?:days|week|weeks)\b"
)


def of_a_run(readings: list[Reading]) -> bool:
    """True when a sentence read calls the story's exchange the second, third, ... swap within a few days."""
    return any(_ORDINAL_SWAP.search(r.sentence.text.lower()) is not None for r in readings)


def drop_earlier_swaps(groups: dict[tuple[StageKind, date], list[Item]], readings: list[Reading], anchor: date) -> None:
    """In a story of one swap of a run, drop the handovers dated before its own day: separate earlier swaps."""
    earlier = [key for key in groups if key[0] == StageKind.STAGE and key[1] < anchor]
    if earlier and of_a_run(readings):
        for key in earlier:
            groups.pop(key)
