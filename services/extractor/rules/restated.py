"""An undated figure that fits no day's handover but restates a running total the article states is that total.

"Two-day swap frees 130 on each side" over Friday's 70 and Saturday's 60, with "130 people coming home
to each side in all" in the body: the headline sums the days. It is no third handover, and filed
under the story's first day it would clash with that day's own figures and push them aside.
"""

from datetime import date

from schemas import StageKind
from services.extractor.rules.firmness import Firm
from services.extractor.rules.model import Item


def as_restated(
    firmness: dict[tuple[StageKind, date], Firm], default: tuple[StageKind, date], unit: list[Item], ours: Firm
) -> tuple[StageKind, date, list[Item]]:
    """The running total whose firm figures hold every one of the unit's (`ours`), with the unit's findings
    made part of it; else `default` and the unit unchanged."""
    if default[0] == StageKind.STAGE and ours:
        for (kind, day), theirs in firmness.items():
            if kind == StageKind.CUMULATIVE and all(values & theirs.get(key, set()) for key, values in ours.items()):
                return kind, day, [(i, a, f._replace(kind=kind)) for i, a, f in unit]
    return default[0], default[1], unit
