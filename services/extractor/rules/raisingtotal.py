"""A running total set to a new figure: "That takes the number of Ukrainians freed this year to 1,450".

Whatever verb moves it ("brings", "raises", "takes", "pushes"), a total, number or tally set "to N" sums every
exchange so far; N is background to the handover told, never that handover's own figure.
"""

from typing import Final

_VERB: Final = r"(?:brings|bringing|brought|raises|raising|raised|takes|taking|took|pushes|pushing|pushed)"
RAISED_TOTAL: Final = (
    _VERB + r" (?:to \S+ )?the (?:total|number|tally)|"
    + _VERB + r" (?:this |that |the )?(?!home )[a-z]+ (?:total|tally) to"
)
