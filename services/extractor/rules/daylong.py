"""A figure of an exchange that lasted several days ("in a three-day swap") sums those days: a running total.

"Qatar: 640 returned to each side in four-day prisoner swap" counts every day of the swap, as "over four
days" does. A figure said of one day or stage of it ("on Sunday, the final day of a two-day exchange", "in
the second stage of a three-day swap") is still that day's handover.
"""

import re
from typing import Final

_SPAN: Final = r"(?:two|three|four|five|six|seven|several|multi|[2-7])-day"
_DAY_LONG: Final = re.compile(
    r" " + _SPAN + r" (?:[a-z]+-[a-z]+ )?(?:prisoner |prisoners )?(?:exchange|swap|handover|operation)s? "
)
_ONE_PART: Final = re.compile(
    r" (?:day|days|stage|stages|part|parts|round|rounds|leg|phase|batch|group) of (?:a|an|the|this|that) " + _SPAN
    + r" |\b(?:first|second|third|final|last|begins|began|starts|started|opens|opened|continues|continued) "
)


def day_long(clause_text: str) -> bool:
    """True when a clause counts an exchange of several days as a whole ("in a three-day swap")."""
    if "-day " not in clause_text:  # a cheap test before the patterns
        return False
    return _DAY_LONG.search(clause_text) is not None and _ONE_PART.search(clause_text) is None
