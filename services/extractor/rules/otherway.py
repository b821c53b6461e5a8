"""The other half of a swap: "Kyiv got back 60 soldiers. Sixty-five people went the other way."

Right after a sentence that counts one side's people handed over, "the other way" (or "the other direction")
names the people moving opposite to them: a handover to the other side. With no such sentence before it, the
phrase counts nothing (a story of some other swap, "the other way round").
"""

from typing import Final

from services.extractor.rules.lexicon import OTHER

_PHRASES: Final = (" the other way", " the other direction", " the opposite direction")
_ROUND: Final = (" round", " around")


def _direction(lower: str, start: int, end: int) -> bool:
    for words in _PHRASES:
        at = lower.find(words, start, end)
        if at != -1 and not lower.startswith(_ROUND, at + len(words)):
            return True
    return False


def other_way_side(lower: str, start: int, end: int, previous: str | None) -> str | None:
    """The side the people "gone the other way" in lower[start:end] went to: the other one than `previous`."""
    if previous not in OTHER or not _direction(lower, start, end):
        return None
    return OTHER[previous]  # type: ignore[index]
