"""The war's own start: "since Russia's invasion began in February" dates the war, never an exchange.

A month or year named as the start of the invasion or war qualifies a superlative ("the largest swap since
the invasion began in February"); read as a period it would make the figure next to it an earlier exchange.
"""

from typing import Final

from services.extractor.rules.tokens import is_word

_WAR_NOUNS: Final = frozenset({"invasion", "war", "offensive", "aggression", "conflict", "hostilities"})
_STARTED: Final = frozenset({"began", "begun", "started", "launched", "broke", "erupted", "start", "beginning"})
_REACH: Final = 6  # "the full-scale invasion began in", "Russia launched its full-scale invasion in"


def war_start_period(tokens: list[str], at: int) -> bool:
    """True when the month or year at `at` dates the start of the war ("... invasion began in February")."""
    if at < 2 or tokens[at - 1] not in {"in", "of"}:
        return False
    window: list[str] = []
    for word in reversed(tokens[max(at - 1 - _REACH, 0) : at - 1]):
        if not is_word(word):
            break  # the clause before a comma says nothing of this date
        window.append(word)
    return not _STARTED.isdisjoint(window) and not _WAR_NOUNS.isdisjoint(window)
