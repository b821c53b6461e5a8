"""'And 22 more of our soldiers were released as well': people counted as "N more" and freed as well are extras.

A figure followed by "more" ("22 more of our soldiers", "nine more civilians") in a clause that says they were
freed "as well" counts people added to a handover the story has just told, as "a further 22"
does for the wounded: they are freed on top of it, not the handover itself.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_BESIDES: Final = (" as well ",)  # not "also" ("the ministry also said 20 more") nor "too" ("too ill")


def more_freed_as_well(tokens: list[str], clause_text: str, mention: Mention) -> bool:
    """True for "N more ... as well": the word after the figure is "more" and the clause says "as well"."""
    after = mention.quantity.last + 1
    if after >= len(tokens) or tokens[after].lower() != "more":
        return False
    return any(word in clause_text for word in _BESIDES) and " as well as " not in clause_text
