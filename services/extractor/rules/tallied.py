"""A pair told as the count a handover came to is its result, not a deal's size.

"That makes it 64 for 64", "which made it 30 for 30", "the count came out at 90 for 90": the reader adds up
what each side reported and states the outcome. Nothing is agreed or planned by such a sentence; the pair only
describes people already handed over.
"""

from typing import Final

_MAKE: Final = frozenset({"makes", "made", "making", "make"})
_OBJECTS: Final = frozenset({"it", "that", "this"})
_OUT: Final = frozenset({"came", "comes", "come", "coming", "worked", "works", "ended"})
_LEVEL: Final = frozenset({"stood", "stands", "ended", "finished", "closed"})


def told_as_result(tokens: list[str], first: int) -> bool:
    """True when the pair at token `first` follows "makes it", "came out at" or "ended at": a result."""
    before = tokens[max(first - 3, 0) : first]
    if len(before) >= 2 and before[-2] in _MAKE and before[-1] in _OBJECTS:
        return True  # "that makes it 64 for 64"
    if len(before) >= 3 and before[-3] in _OUT and before[-2:] == ["out", "at"]:
        return True  # "the count came out at 64 for 64"
    return len(before) >= 2 and before[-2] in _LEVEL and before[-1] == "at"  # "the tally stood at 64 for 64"
