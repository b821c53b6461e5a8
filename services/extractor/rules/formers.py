"""People counted by what they once were: "five former prisoners of war spoke at the hearing".

A head count of *former* captives names people freed at some earlier time and now doing something else (guests,
witnesses, speakers): the count says who they are, not a handover the story reports. People are not yet former
prisoners while they are being exchanged, so the word never marks the story's own swap.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_FORMER: Final = frozenset({"former", "onetime", "one-time", "erstwhile"})
_CAPTIVES: Final = frozenset({"prisoners", "prisoner", "pows", "pow", "captives", "detainees", "hostages"})


def former_captives(tokens: list[str], mention: Mention) -> bool:
    """True when the count's own noun phrase calls its people former prisoners ("three former POWs")."""
    words = tokens[mention.quantity.last + 1 : mention.end + 1]
    return bool(_FORMER.intersection(words)) and bool(_CAPTIVES.intersection(words))
