"""A figure put straight before an owner's possessive counts that owner's people: "got back 64 its soldiers".

Non-native English often leaves out the "of" of "64 of its soldiers"; the possessive still names whose people
the figure counts, so the phrase reads as the full partitive does instead of ending the noun phrase at "its".
"""

from typing import Final

_OWNERS: Final = frozenset({"its", "our", "their"})


def dropped_of(tokens: list[str], at: int) -> bool:
    """True when `tokens[at]` is an owner's possessive opening the noun phrase after a figure ("64 its men")."""
    return at + 1 < len(tokens) and tokens[at] in _OWNERS and tokens[at + 1] != "own"
