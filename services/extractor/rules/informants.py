"""A figure counting the people a report cites is its informants, not people handed over.

"... said two people familiar with the preparations", "three sources close to the talks said", "two officials
said": the figure counts who told the story. It is no head count of freed prisoners, however near an exchange
word it stands.
"""

from typing import Final

_WHO: Final = frozenset("people persons sources officials insiders diplomats".split())
_CLOSE: Final = frozenset("familiar close briefed knowledgeable aware involved".split())
_SPEECH: Final = frozenset("said say says told tell added".split())


def informants(tokens: list[str], tail: int) -> bool:
    """True when the figure ending at token `tail` counts sources: "two people familiar with", "two sources said"."""
    who = tokens[tail + 1 : tail + 2]
    if not who or who[0] not in _WHO:
        return False
    after = tokens[tail + 2 : tail + 4]
    if after[:1] and after[0] in _CLOSE:
        return True  # "two people familiar with the preparations"
    return bool(after[:1]) and after[0] in _SPEECH and after[1:2] != ["to"]  # "two officials said", not "said to be"
