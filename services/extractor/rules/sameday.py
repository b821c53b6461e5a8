"""The antecedent of "that day" / "the same day" is the last day the story named, with figures or without.

"Kyiv and Moscow traded prisoners on Monday. Kyiv said 40 of its men were home. Moscow said the same day that 40
of its soldiers had returned": no sentence between names a day, so "the same day" is Monday, the day of the
last sentence that named one, even though that sentence gave no figure.
"""

from datetime import date

from services.extractor.rules.model import Reading


def last_named_day(readings: list[Reading]) -> date | None:
    """The day of the latest reading that names one."""
    return next((r.day for r in reversed(readings) if r.day is not None), None)
