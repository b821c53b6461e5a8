"""An exchange that "ended a pause" ended the wait before it, not itself.

"The exchange that ended on Sunday" is over, so its figures add up its days; but "a swap that ended a lull of
nearly seven weeks" or "which concluded a months-long standstill" names the gap since the last swap as the thing
ended: the figure is that day's handover. Used inside the running-total cue of `kinds`.
"""

from typing import Final

_GAPS: Final = r"(?:pause|lull|break|hiatus|gap|freeze|standstill|wait|drought|silence|deadlock|stalemate)"

# "concluded" / "ended", unless what follows within a few words is a gap ("ended a pause of almost five months")
ENDED_ITSELF: Final = r"(?:concluded|ended)(?! (?:a |an |the |its |their )?(?:\S+ ){0,3}" + _GAPS + r"\b)"
