"""A head count followed by a relative clause whose subject receives or gives its people: "the 40 it received".

"The 40 prisoners it received were flown to hospital", "the 58 soldiers that Ukraine got back": the clause
right after the noun phrase names who took (or handed over) the people counted, as a verb before the figure
would ("it received 40 people"). Only a clause of a few words (a relative pronoun, a subject, an auxiliary)
that opens on the noun phrase of a definite count is read so.
"""

from typing import Final

from services.extractor.rules.cues import Cue
from services.extractor.rules.mentions import Mention

_REACH: Final = 4  # "the 40 people [that] [it] [had] received"
_STOPS: Final = frozenset({",", ";", ":", "—", "and", "or", "but"})


def relative_agent(tokens: list[str], mention: Mention, cues: list[Cue]) -> str | None:
    """The side a relative clause right after the definite head count at `mention` sends its people to."""
    first = mention.quantity.first
    if not first or tokens[first - 1] != "the":
        return None
    for cue in cues:
        if cue.kind == "agent" and mention.end + 1 < cue.at <= mention.end + _REACH and cue.side is not None:
            between = tokens[mention.end + 1 : cue.at]
            if _STOPS.isdisjoint(between) and not any(word[:1].isdigit() for word in between):
                return cue.side
    return None
