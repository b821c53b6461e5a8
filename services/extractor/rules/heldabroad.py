"""Ukrainians freed from a detention abroad: a third country let them go, no handover between the two sides.

Every exchange of this war has Russia on the other side. A story that never names Russia, Moscow or a Russian,
tells of people detained ("the crew of a trawler detained in a foreign port", "after five months in detention")
and never speaks of an exchange, a swap, captivity or of "each side", tells of people a third country's
authorities released ("eleven sailors freed by order of a local court flew home today"), however much
"returned home" it says.
(`bystanders.freed_elsewhere` reads a pardon or a deportation the same way.)
"""

from typing import Final

from services.extractor.rules.bystanders import _RUSSIA, _SWAP_WORDS, _names

_DETENTION: Final = ("detain", "detention")


def detained_abroad(lower: str) -> bool:
    """True when the story (lower-cased) tells of a detention, never names Russia, and no exchange or captivity."""
    return _names(lower, _DETENTION) and not _names(lower, _RUSSIA) and not _names(lower, _SWAP_WORDS)
