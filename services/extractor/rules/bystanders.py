"""A swap between other countries: Russia named only as an onlooker, or Ukrainians freed by a third country.

Every exchange of this war has Ukraine on one side and Russia on the other. A story that never names Ukraine,
Kyiv or a Ukrainian, yet names Russia ("Moscow welcomed the swap between its two neighbours"), tells someone
else's exchange unless a figure names Russia's own people: its bare "18 detainees were exchanged" counts
that other swap (`onlookers_only`). Once a figure counts Russians handed back, Russia is a party and the
unnamed other side is Ukraine: "450 of our people", in a Kyiv bulletin that names only Moscow, still counts.
A story that never names Russia, Moscow or a Russian, and tells of a pardon, an amnesty or a deportation
without a word of an exchange, a swap or captivity, tells people sent home by a third country ("three
Ukrainians pardoned by the king will be flown home"), no handover between the two sides (`freed_elsewhere`).
"""

from collections.abc import Sequence
from typing import Final

from services.extractor.rules.model import Reading

_UKRAINE: Final = ("ukrain", "kyiv", "kiev", "zelensk")
_RUSSIA: Final = ("russia", "moscow", "kremlin", "putin")
_SWAP_WORDS: Final = ("exchang", "swap", "captiv", "prisoners of war", "prisoner of war", " pows", " pow ", "traded",
                       "each way", "each direction", "the other way", "changed hands", "crossed the line",
                       "crossed the front",
                       "each side", "both sides")  # "Each side freed 210 detainees": two sides handing people over
_CLEMENCY: Final = ("pardon", "amnest", "clemency", "deport", "extradit")


def _names(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


def onlookers_only(lower: str, readings: Sequence[Reading]) -> bool:
    """True when the story (lower-cased) names Russia and never Ukraine, and no figure counts Russia's own people."""
    if _names(lower, _UKRAINE) or not _names(lower, _RUSSIA):
        return False
    return not any(f.side == "russia" and f.strength > 0 for reading in readings for f in reading.findings)


def freed_elsewhere(lower: str) -> bool:
    """True when the story tells of a pardon or a deportation, never names Russia, and no exchange or captivity."""
    return _names(lower, _CLEMENCY) and not _names(lower, _RUSSIA) and not _names(lower, _SWAP_WORDS)
