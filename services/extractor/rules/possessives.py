"""A weekday owning another event: "after Monday's shelling of the port" names the day of the shelling.

Such a weekday dates no handover the story tells elsewhere (a live blog's first entry on a strike must not
date the swap announced in the next one). "Monday's exchange" still dates the exchange, and a weekday
written once more without the possessive ("... on Monday") still counts.
"""

import re
from typing import Final

from services.extractor.rules.date_words import WEEKDAYS

_NAMES: Final = {index: name for name, index in WEEKDAYS.items()}
_OWNED: Final = re.compile(r"^['’]s\s+(?:([a-z-]+)\s+)?([a-z-]+)")  # "'s strike", "'s deadly strike"
_OTHER_EVENTS: Final = frozenset(
    "strike strikes attack attacks shelling bombardment raid raids barrage assault offensive blast explosion "
    "missile missiles drone drones storm storms match game vote election".split()
)  # events a story of the war tells beside a swap; "Friday's first stage" or "Monday's swap" are none of them


def _of_another_event(rest: str) -> bool:
    """ "'s strike on ...", "'s deadly strike": the possessive names another kind of event."""
    owned = _OWNED.match(rest)
    return owned is not None and not _OTHER_EVENTS.isdisjoint(owned.groups())


def other_event_weekdays(text: str, weekdays: set[int]) -> set[int]:
    """Those of `weekdays` written only as the possessive of another kind of event (a strike, a storm, a vote)."""
    lower = text.lower()
    found: set[int] = set()
    for weekday in weekdays:
        name = _NAMES[weekday]
        spots = [m.end() for m in re.finditer(rf"\b{name}\b", lower)]
        if spots and all(_of_another_event(lower[at:]) for at in spots):
            found.add(weekday)
    return found
