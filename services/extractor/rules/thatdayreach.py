"""A "that day" looks back to the last day named, through the scene its paragraph or the one before sets.

"The first lorry reached the checkpoint on 9 March, just after dawn. Maria had been held for a year. 'We heard
names read out,' she recalls.\n\nShe was one of 140 freed that day": a feature sets the day, then tells a scene of
several sentences; "that day" is still 9 March. The look-back stops at the start of the paragraph before, so a
day told further back does not date the figure (`leadday.antecedent_day` looks at the two sentences before).
"""

from bisect import bisect_right
from datetime import date
from typing import Final

from services.extractor.rules.leadday import antecedent_day
from services.extractor.rules.sentences import Sentence

SCENE_REACH: Final = 8  # sentences at most


def scene_day(text: str, starts: list[int], end: int, reference: date, sentence: Sentence, floor: int) -> date | None:
    """The day named last before `sentence` in its paragraph or the paragraph before (not before `floor`)."""
    at = bisect_right(starts, sentence.start) - 1
    breaks = 0
    reach = 0
    for k in range(at - 1, max(at - 1 - SCENE_REACH, -1), -1):
        breaks += text.count("\n\n", starts[k], starts[k + 1])
        if breaks > 1 or starts[k] < floor:
            break
        reach += 1
    return antecedent_day(text, starts, end, reference, sentence, floor, reach) if reach > 2 else None
