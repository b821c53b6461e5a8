"""A figure summed together with an earlier stage or day is the exchange's running total, not the day's figure.

"Together with last Friday, 250 have come home", "Along with Monday's group, 150 have been returned": the figure
adds what an earlier handover delivered to what the day's did, so it counts the exchange so far. Read as the
day's own figure it would contradict the day's count.
"""

import re
from typing import Final

from services.extractor.rules.multiday import over_days
from services.extractor.rules.withday import with_own_swap

_DAYS: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
_TOGETHER: Final = re.compile(
    rf"\b(?:together|along|combined|taken together) with (?:the |those (?:of |freed |released )?)?(?:(?:last|previous|"
    rf"earlier|prior|first|preceding) |(?:{_DAYS})\b)|\bcounting (?:the )?(?:last|previous|earlier|prior|first|"
    rf"preceding|{_DAYS})\b"
)


def with_earlier(clause_text: str) -> bool:
    """True when the clause sums its figure "together with" an earlier stage or day."""
    if "with " not in clause_text and "counting " not in clause_text:  # a cheap test before the pattern
        return False
    return _TOGETHER.search(clause_text) is not None


def told_as_running(clause_text: str) -> bool:
    """True when the clause's wording makes its figure a running total: over days, or summed with an earlier day."""
    return over_days(clause_text) or with_earlier(clause_text) or with_own_swap(
        clause_text)  # "over a long weekend", "together with Friday's", "with today's stage, 520 have come home"
