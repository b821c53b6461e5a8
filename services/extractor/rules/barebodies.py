"""A bare figure that answers a count of bodies counts bodies too.

"Kyiv gets the remains of 750 soldiers while Moscow takes back 41": the 41 has no noun of its own and
takes the one of the figure it answers, so it is 41 bodies, not 41 people freed.
"""

from typing import Final

_REMAINS: Final = frozenset({"bodies", "remains", "corpses", "body"})


def _counts_bodies(tokens: list[str], at: int) -> bool:
    """True for "the bodies of 1,000 ..." or "1,000 bodies"."""
    before = at >= 2 and tokens[at - 1] == "of" and tokens[at - 2] in _REMAINS
    return before or (at + 1 < len(tokens) and tokens[at + 1] in _REMAINS)


def answers_bodies(tokens: list[str], first: int, figures: list[int]) -> bool:
    """True when the nearest earlier figure of the sentence counts bodies."""
    earlier = [k for k in figures if k < first]
    return bool(earlier) and _counts_bodies(tokens, max(earlier))
