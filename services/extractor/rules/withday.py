"""A figure told "with" the day's own swap in the perfect counts the swaps so far.

"With today's handover, 520 soldiers have come home under the agreement": the opener adds the day's swap to
the earlier ones and the perfect ("have come home") reports where the count now stands, so the figure is the
running total, not the day's own figure (which the story gives elsewhere).
"""

import re
from typing import Final

_DAYS: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|this|the day|the latest|the new"
_SWAPS: Final = "exchange|swap|handover|stage|round|phase|release|transfer"
_WITH_SWAP: Final = re.compile(rf"(?:^|\s)with (?:{_DAYS})(?: 's)? (?:{_SWAPS})\b")
_PERFECT: Final = re.compile(r"\b(?:has|have) (?:now |so far |in all )?(?:been|come|returned|gone|made)\b")


def with_own_swap(clause_text: str) -> bool:
    """True for "with Friday's stage, 310 have been returned": the running total after the day's swap."""
    return _WITH_SWAP.search(clause_text) is not None and _PERFECT.search(clause_text) is not None
