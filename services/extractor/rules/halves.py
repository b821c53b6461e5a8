"""A figure followed by its half "from each side" is the two sides' sum: "604 captives, 302 from each side".

The second figure splits the first between the two sides (as "206 in all — 103 from each side" does after a
dash); read as one list, the two would add up to a figure nobody gave (906 each).
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_SPLIT_GAPS: Final = ([","], ["("])


def splits_in_half(tokens: list[str], whole: Mention, half: Mention) -> bool:
    """True when `half` ("302 from each side") follows `whole` ("604 captives") as its per-side share."""
    if not half.each or whole.each or whole.nationality is not None:
        return False
    if whole.quantity.value != 2 * half.quantity.value:
        return False
    return tokens[whole.end + 1 : half.quantity.first] in _SPLIT_GAPS


def halved_wholes(tokens: list[str], mentions: list[Mention], sides: list[str]) -> set[int]:
    """Indexes of the figures read for each side that the next figure splits in half ("604, 302 from each side")."""
    return {k for k in range(len(mentions) - 1) if sides[k] == "both" and splits_in_half(
        tokens, mentions[k], mentions[k + 1])}
