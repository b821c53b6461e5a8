"""An aside between commas does not part a head count from its verb: "some 4,000 Ukrainians, men and women,
remain in captivity".

The words between the commas only say who the people are; the verb after the closing comma is the count's own,
so a holding or dying verb there ("remain", "are still", "died") makes the count no handover, as it would with
no aside at all.
"""

from typing import Final

from services.extractor.rules.heldparts import held_part
from services.extractor.rules.mentions import Mention
from services.extractor.rules.surroundings import negative
from services.extractor.rules.tokens import is_word

_ASIDE_REACH: Final = 6  # words an aside may hold


def held_past_aside(tokens: list[str], mention: Mention) -> bool:
    """True when a figureless comma aside follows the count and a holding verb follows the aside."""
    if held_part(tokens, mention):  # "7,000 remain held, among them about 1,800 civilians"
        return True
    opens = mention.end + 1
    if tokens[opens : opens + 1] != [","]:
        return False
    close = next((k for k in range(opens + 1, min(len(tokens), opens + 2 + _ASIDE_REACH)) if tokens[k] == ","), -1)
    if close == -1 or not all(is_word(t) for t in tokens[opens + 1 : close]):
        return False
    return negative(tokens, mention._replace(end=close))  # "..., remain held, but 40 were freed": a handover
