"""In a story of another swap, only a sentence that names Ukraine counts: "Russia got back four people" does not.

A story whose headline and lead tell of Russia trading prisoners with Western countries (`foreign_opening`)
has Russia as a party, so a figure naming Russia's side ("In return, Moscow received six people") says nothing
of this war, and the people Russia let go are not Ukraine's. Only a sentence that itself names Ukraine, Kyiv or
Ukrainians can count a handover of this war there.
"""

from dataclasses import replace
from typing import Final

from services.extractor.rules.model import Reading

_THIS_WAR: Final = ("ukrain", "kyiv", "kiev", "zelensk")


def naming_ukraine(readings: list[Reading]) -> list[Reading]:
    """The readings, each sentence that names no word of Ukraine left without findings."""
    kept: list[Reading] = []
    for reading in readings:
        lower = reading.sentence.text.lower()
        named = any(word in lower for word in _THIS_WAR)
        kept.append(reading if named or not reading.findings else replace(reading, findings=()))
    return kept
