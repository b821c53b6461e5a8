"""A count of days before a named event: "a swap two days before Easter", "a day before the summit in Alaska".

"N days before" on its own looks back from the day being told ("Two days before, 40 had come home"); followed by
a noun phrase it is a preposition that places the named event after the handover, so the handover keeps the day
the sentence names. Only a word after "before" (or "prior to") makes it a preposition: a comma, a full stop or
"that"/"then" ("two days before that") leave the look-back reading.
"""

from typing import Final

_LOOK_BACK: Final = frozenset({"that", "then", "this"})


def before_event(tokens: list[str], before: int) -> bool:
    """True when the "before" or "prior" at index `before` opens a noun phrase naming a later event."""
    at = before + 1 + (tokens[before] == "prior" and tokens[before + 1 : before + 2] == ["to"])
    word = tokens[at] if at < len(tokens) else ""
    return word[:1].isalpha() and word not in _LOOK_BACK
